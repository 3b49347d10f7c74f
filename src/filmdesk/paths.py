# SPDX-License-Identifier: GPL-3.0-or-later
"""Where filmdesk keeps its files; each folder can be moved with an environment variable."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

import platformdirs

_APP = "filmdesk"


def portable_root() -> Path | None:
    """The bundle's folder when it was built portable (a portable.txt beside the executable).

    Only a frozen build can be portable: in a virtual environment sys.executable is the
    Python interpreter, whose folder says nothing about filmdesk.
    """
    if not getattr(sys, "frozen", False):
        return None
    root = Path(sys.executable).resolve().parent
    return root if (root / "portable.txt").is_file() else None


def _folder(variable: str, name: str, default: Callable[[], str]) -> Path:
    # The environment wins, then a portable bundle's own folder, then the platform's.
    override = os.environ.get(variable)
    portable = portable_root()
    if override:
        path = Path(override)
    elif portable is not None:
        path = portable / "user" / name
    else:
        path = Path(default())
    path.mkdir(parents=True, exist_ok=True)
    return path


def data_dir() -> Path:
    return _folder(
        "FILMDESK_DATA_DIR", "data", lambda: platformdirs.user_data_dir(_APP, appauthor=False)
    )


def default_catalogue_path() -> Path:
    """The embedded catalogue in the user's data folder (FILMDESK_DATA_DIR overrides)."""
    return data_dir() / "My Films.filmdesk"


def config_dir() -> Path:
    return _folder(
        "FILMDESK_CONFIG_DIR", "config", lambda: platformdirs.user_config_dir(_APP, appauthor=False)
    )


def log_dir() -> Path:
    return _folder(
        "FILMDESK_LOG_DIR", "logs", lambda: platformdirs.user_log_dir(_APP, appauthor=False)
    )


def sample_data_dir() -> Path:
    """The sample catalogue: shipped in the package (wheel, bundle) or in the source tree."""
    packaged = Path(__file__).parent / "data" / "sample"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "data" / "sample"
