# SPDX-License-Identifier: GPL-3.0-or-later
"""Starting a real filmdesk process (entry point or bundle) until its window is shown.

The process gets its own data, config and log folders under the test's tmp_path and
reports through the FILMDESK_READY_FILE probe (filmdesk.ui.ready), then quits by itself.
A plain module rather than a conftest: test modules import it by name.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

# Generous for a cold start on a busy 2-core CI machine; a healthy start takes 1-3 s.
SHOW_TIMEOUT = 30.0


@dataclass(frozen=True)
class Started:
    ready: str  # what the probe wrote, "" if it wrote nothing
    returncode: int
    stderr: str


def isolated_env(home: Path) -> dict[str, str]:
    """The caller's environment with every filmdesk folder moved under ``home``."""
    env = dict(os.environ)
    env.pop("FILMDESK_DATABASE_URL", None)  # never a developer's real database
    env["QT_QPA_PLATFORM"] = "offscreen"
    for variable, name in (
        ("FILMDESK_DATA_DIR", "data"),
        ("FILMDESK_CONFIG_DIR", "config"),
        ("FILMDESK_LOG_DIR", "logs"),
    ):
        env[variable] = str(home / name)
    return env


def start_until_shown(command: Sequence[str], home: Path) -> Started:
    """Run ``command`` (which opens the window) until it quits after the first paint."""
    ready_file = home / "ready"
    ready_file.unlink(missing_ok=True)
    env = isolated_env(home)
    env["FILMDESK_READY_FILE"] = str(ready_file)
    env["FILMDESK_QUIT_AFTER_READY"] = "1"
    try:
        done = subprocess.run(
            # A crash dialog would wait for a click that never comes.
            [*command, "--no-crash-dialog"],
            env=env,
            capture_output=True,
            text=True,
            timeout=SHOW_TIMEOUT,
        )
    except subprocess.TimeoutExpired as exc:
        stderr = exc.stderr.decode(errors="replace") if isinstance(exc.stderr, bytes) else ""
        pytest.fail(f"no window within {SHOW_TIMEOUT:.0f} s from {list(command)}\n{stderr}")
    ready = ready_file.read_text(encoding="utf-8") if ready_file.exists() else ""
    return Started(ready, done.returncode, done.stderr)


def catalogue_for_parallel_export(folder: Path) -> Path:
    """A catalogue big enough for exports to read it with worker processes."""
    from filmdesk.catalogue.film_json import PARALLEL_FROM
    from filmdesk.catalogue.generator import generate_films
    from filmdesk.catalogue.service import CatalogueService

    path = folder / "big.filmdesk"
    service = CatalogueService.open(path)
    try:
        service.add_films(generate_films(PARALLEL_FROM, seed=5), total=PARALLEL_FROM)
    finally:
        service.close()
    return path


def check_parallel_export(command: list[str], catalogue: Path, home: Path) -> None:
    """Export through worker processes with ``command`` and read every film back."""
    import json
    import zipfile

    from filmdesk.catalogue.film_json import PARALLEL_FROM

    home.mkdir(exist_ok=True)
    target = home / "all.filmdesk"
    done = subprocess.run(
        [*command, "export", str(target), "--json", "--database", str(catalogue)],
        # Two workers whatever this machine's cores: the parallel road is the one tested.
        env={**isolated_env(home), "FILMDESK_EXPORT_WORKERS": "2"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["films"] == PARALLEL_FROM
    with zipfile.ZipFile(target) as archive:
        films = json.loads(archive.read("catalogue.json"))["films"]
    assert len({film["uuid"] for film in films}) == PARALLEL_FROM
