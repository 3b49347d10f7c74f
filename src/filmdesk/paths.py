# SPDX-License-Identifier: GPL-3.0-or-later
"""Where filmdesk keeps its files; each folder can be moved with an environment variable."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

_APP = "filmdesk"


def _folder(variable: str, default: str) -> Path:
    path = Path(os.environ.get(variable) or default)
    path.mkdir(parents=True, exist_ok=True)
    return path


def data_dir() -> Path:
    return _folder("FILMDESK_DATA_DIR", platformdirs.user_data_dir(_APP, appauthor=False))


def config_dir() -> Path:
    return _folder("FILMDESK_CONFIG_DIR", platformdirs.user_config_dir(_APP, appauthor=False))


def log_dir() -> Path:
    return _folder("FILMDESK_LOG_DIR", platformdirs.user_log_dir(_APP, appauthor=False))


def sample_data_dir() -> Path:
    """The sample catalogue: shipped in the package (wheel, bundle) or in the source tree."""
    packaged = Path(__file__).parent / "data" / "sample"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "data" / "sample"
