# SPDX-License-Identifier: GPL-3.0-or-later
"""Session set-up shared by every test folder.

This module is imported before pytest-qt loads Qt, so the platform plugin and the
folder overrides are in place before anything could read them. No QApplication is
made here: the core suites need none, and tests/ui gets one from pytest-qt's ``qapp``.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

# Qt reads this when the first QGuiApplication is created; headless CI has no display.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

# One throw-away home for the whole session, so no test reads or writes the real
# user folders (catalogue, settings, logs) of whoever runs the suite.
_SESSION_HOME = Path(tempfile.mkdtemp(prefix="filmdesk-tests-"))
for _variable, _name in (
    ("FILMDESK_DATA_DIR", "data"),
    ("FILMDESK_CONFIG_DIR", "config"),
    ("FILMDESK_LOG_DIR", "logs"),
):
    os.environ[_variable] = str(_SESSION_HOME / _name)
# A catalogue URL from the developer's shell would send CLI tests to a real database.
os.environ.pop("FILMDESK_DATABASE_URL", None)


@pytest.fixture(scope="session")
def session_home() -> Path:
    """The temporary folder standing in for the user's data, config and log folders."""
    return _SESSION_HOME


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(_SESSION_HOME, ignore_errors=True)
