# SPDX-License-Identifier: GPL-3.0-or-later
"""A portable bundle (portable.txt beside the executable) keeps its files in its folder."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from filmdesk import paths

VARIABLES = ("FILMDESK_DATA_DIR", "FILMDESK_CONFIG_DIR", "FILMDESK_LOG_DIR")


@pytest.fixture
def frozen_in(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Pretend to be a bundle whose executable lives in tmp_path/app."""
    app = tmp_path / "app"
    app.mkdir()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(app / "filmdesk"))
    for variable in VARIABLES:
        monkeypatch.delenv(variable, raising=False)
    return app


def test_marker_moves_every_folder_into_the_bundle(frozen_in: Path) -> None:
    (frozen_in / "portable.txt").write_text("portable\n")

    assert paths.portable_root() == frozen_in.resolve()
    assert paths.data_dir() == frozen_in.resolve() / "user" / "data"
    assert paths.config_dir() == frozen_in.resolve() / "user" / "config"
    assert paths.log_dir() == frozen_in.resolve() / "user" / "logs"


def test_environment_still_wins(frozen_in: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (frozen_in / "portable.txt").write_text("portable\n")
    monkeypatch.setenv("FILMDESK_DATA_DIR", str(frozen_in / "elsewhere"))

    assert paths.data_dir() == frozen_in / "elsewhere"


def test_without_marker_a_bundle_uses_the_user_folders(
    frozen_in: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # platformdirs follows XDG_DATA_HOME on Linux; keeps the real home untouched.
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))

    assert paths.portable_root() is None
    if sys.platform.startswith("linux"):
        assert paths.data_dir() == tmp_path / "xdg" / "filmdesk"


def test_an_unfrozen_interpreter_is_never_portable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A portable.txt that happens to sit beside the venv's python means nothing.
    (tmp_path / "portable.txt").write_text("portable\n")
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python"))
    monkeypatch.delattr(sys, "frozen", raising=False)

    assert paths.portable_root() is None
