# SPDX-License-Identifier: GPL-3.0-or-later
"""The installed `filmdesk` command and `python -m filmdesk` start the real app.

The script is the one pip generated from [project.gui-scripts]; it sits beside the
interpreter running the tests (.venv/bin after scripts/bootstrap.sh).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from launch_helpers import (
    catalogue_for_parallel_export,
    check_parallel_export,
    isolated_env,
    start_until_shown,
)

from filmdesk import __version__

ENTRY_POINT = Path(sys.executable).parent / "filmdesk"


def test_entry_point_is_installed() -> None:
    assert ENTRY_POINT.is_file(), f"{ENTRY_POINT} missing: run scripts/bootstrap.sh"


def test_entry_point_version(tmp_path: Path) -> None:
    done = subprocess.run(
        [str(ENTRY_POINT), "--version"],
        env=isolated_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"filmdesk {__version__}"


def test_big_exports_start_workers_from_the_command_and_from_python_m(tmp_path: Path) -> None:
    catalogue = catalogue_for_parallel_export(tmp_path)
    check_parallel_export([str(ENTRY_POINT)], catalogue, tmp_path / "command")
    check_parallel_export([sys.executable, "-m", "filmdesk"], catalogue, tmp_path / "module")


def test_python_m_filmdesk_version(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "filmdesk", "--version"],
        env=isolated_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"filmdesk {__version__}"


def test_entry_point_shows_the_window(tmp_path: Path) -> None:
    started = start_until_shown([str(ENTRY_POINT)], tmp_path)

    assert started.ready == "shown My Films — filmdesk\n", started.stderr
    assert started.returncode == 0, started.stderr
    assert (tmp_path / "data" / "My Films.filmdesk").exists()
