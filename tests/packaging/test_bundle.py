# SPDX-License-Identifier: GPL-3.0-or-later
"""The PyInstaller bundle (dist/filmdesk/) really runs: CLI, data files and the window.

Nothing is built here; `make bundle` (a prerequisite of `make test`) builds it. What can
go wrong only in a bundle is missing files and modules: the Alembic scripts (a new
catalogue is stamped through them), the sample films, format modules imported by name
and Qt plugins. Each test below fails if one of those was left out.
"""

from __future__ import annotations

import os
import subprocess
import uuid
from pathlib import Path

import pytest
from launch_helpers import (
    catalogue_for_parallel_export,
    check_parallel_export,
    isolated_env,
    start_until_shown,
)
from sqlalchemy import create_engine, make_url, text

from filmdesk import __version__

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "src"
BUNDLE = ROOT / "dist" / "filmdesk" / "filmdesk"

pytestmark = pytest.mark.skipif(
    not BUNDLE.exists(), reason=f"no bundle at {BUNDLE}: run `make bundle` to build it"
)


def _run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(BUNDLE), *args],
        env=isolated_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_version_is_the_package_version(tmp_path: Path) -> None:
    done = _run(tmp_path, "--version")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"filmdesk {__version__}"


def test_cli_creates_and_searches_the_sample_catalogue(tmp_path: Path) -> None:
    catalogue = tmp_path / "b.filmdesk"
    done = _run(tmp_path, "init", "--sample", "--database", str(catalogue))
    assert done.returncode == 0, done.stderr
    assert "14 sample films added" in done.stdout

    done = _run(tmp_path, "search", "leav", "--database", str(catalogue))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Leaving Las Vegas (1995)")


def test_a_big_export_starts_bundled_workers(tmp_path: Path) -> None:
    # Worker processes of a bundle are the bundle itself, made workers by freeze_support:
    # without it each would start another filmdesk.
    check_parallel_export([str(BUNDLE)], catalogue_for_parallel_export(tmp_path), tmp_path)


def test_cli_on_postgresql(tmp_path: Path) -> None:
    # psycopg and its binary wheel are optional in the spec; CI has a server, so check them.
    server = os.environ.get("FILMDESK_TEST_PG_URL")
    if not server:
        pytest.skip("FILMDESK_TEST_PG_URL is not set (scripts/test.sh starts a PostgreSQL)")
    name = f"fd_bundle_{uuid.uuid4().hex[:8]}"
    admin = create_engine(make_url(server), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        url = make_url(server).set(database=name).render_as_string(hide_password=False)
        done = _run(tmp_path, "init", "--sample", "--database", url)
        assert done.returncode == 0, done.stderr
        done = _run(tmp_path, "search", "leav", "--database", url)
        assert done.returncode == 0, done.stderr
        assert done.stdout.startswith("Leaving Las Vegas (1995)")
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def test_every_filmdesk_module_is_bundled() -> None:
    # Format modules are imported by name, which PyInstaller's analysis cannot follow;
    # the spec collects the whole package. This also catches a bundle older than src/.
    readers = pytest.importorskip("PyInstaller.archive.readers", reason="needs PyInstaller")
    bundled = set(readers.CArchiveReader(str(BUNDLE)).open_embedded_archive("PYZ.pyz").toc)
    package = SRC / "filmdesk"
    expected = {
        ".".join(path.relative_to(SRC).with_suffix("").parts).removesuffix(".__init__")
        for path in package.rglob("*.py")
        if "migrations" not in path.parts  # shipped as files for Alembic instead
    }
    missing = sorted(expected - bundled)
    assert not missing, f"not in the bundle (run `make bundle` again?): {missing}"


def test_migrations_are_files_in_the_bundle() -> None:
    # Alembic reads these from disk at importlib.resources' location for the package.
    migrations = BUNDLE.parent / "_internal" / "filmdesk" / "catalogue" / "migrations"
    source = SRC / "filmdesk" / "catalogue" / "migrations"
    for path in [source / "env.py", source / "script.py.mako", *source.glob("versions/*.py")]:
        assert (migrations / path.relative_to(source)).is_file(), path.name


def test_window_is_shown(tmp_path: Path) -> None:
    catalogue = tmp_path / "Bundle Test.filmdesk"
    assert _run(tmp_path, "init", "--sample", "--database", str(catalogue)).returncode == 0

    started = start_until_shown([str(BUNDLE), "--database", str(catalogue)], tmp_path)

    assert started.ready == "shown Bundle Test — filmdesk\n", started.stderr
    assert started.returncode == 0, started.stderr


def test_first_start_creates_the_default_catalogue(tmp_path: Path) -> None:
    started = start_until_shown([str(BUNDLE)], tmp_path)

    assert started.ready.startswith("shown "), started.stderr
    assert started.returncode == 0, started.stderr
    assert (tmp_path / "data" / "My Films.filmdesk").exists()
