# SPDX-License-Identifier: GPL-3.0-or-later
"""Opening a catalogue: the engine, the schema check and migrations.

A new, empty database gets the current schema and is stamped with Alembic's head. An
existing one is checked first: a file that is not a filmdesk catalogue, or one written
by a newer filmdesk, is refused and left untouched. An older one is copied next to
itself and then upgraded by the migrations shipped inside the package.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
import sqlite3
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, inspect, make_url, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DatabaseError, OperationalError

from filmdesk import __version__
from filmdesk.catalogue.backends import Backend, backend_for
from filmdesk.catalogue.models import Base, CatalogueInfo
from filmdesk.errors import CatalogueOpenError, NewerCatalogueError, NotACatalogueError

log = logging.getLogger(__name__)

# The newest migration this filmdesk knows. A test checks it against Alembic's head;
# keeping it here lets an up-to-date catalogue open without loading Alembic at all.
SCHEMA_HEAD = "0001"
CATALOGUE_MARK = "filmdesk catalogue"
SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True, slots=True)
class OpenCatalogue:
    engine: Engine
    backend: Backend
    location: str  # for messages and the window title: a file path or a URL without password
    path: Path | None  # the SQLite file, when there is one
    backup: Path | None  # the copy taken before a migration, when one ran


def database_url(location: str | Path) -> URL:
    """Accept a SQLAlchemy URL or a plain file path (taken as a SQLite catalogue)."""
    if isinstance(location, Path) or "://" not in str(location):
        return URL.create("sqlite+pysqlite", database=str(Path(location).expanduser()))
    return make_url(str(location))


def open_catalogue(location: str | Path, *, create: bool = True) -> OpenCatalogue:
    """Open (and when needed create or upgrade) the catalogue at ``location``."""
    url = database_url(location)
    path = _sqlite_path(url)
    shown = str(path) if path else url.render_as_string(hide_password=True)
    if path is not None:
        _check_sqlite_file(path, shown, create=create)
    backend = backend_for(url.get_backend_name())
    engine = create_engine(url)
    backend.configure_engine(engine)
    try:
        backup = _prepare_schema(engine, backend, path, shown)
    except CatalogueOpenError:
        engine.dispose()
        raise
    except (OperationalError, DatabaseError) as exc:
        engine.dispose()
        raise NotACatalogueError(shown, f"the database cannot be read ({exc.orig})") from exc
    return OpenCatalogue(engine, backend, shown, path, backup)


def _sqlite_path(url: URL) -> Path | None:
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database)  # type: ignore[arg-type]


def _check_sqlite_file(path: Path, shown: str, *, create: bool) -> None:
    if not path.exists():
        if not create:
            raise CatalogueOpenError(shown, "the file does not exist")
        path.parent.mkdir(parents=True, exist_ok=True)
        return
    if path.is_dir():
        raise NotACatalogueError(shown, "it is a folder, not a catalogue file")
    with path.open("rb") as handle:
        header = handle.read(20)
    if header and not header.startswith(SQLITE_HEADER):
        raise NotACatalogueError(shown, "the file is not a filmdesk catalogue (not a SQLite database)")
    # Header byte 18 is 2 in WAL mode. The engine's connect hook switches a file to WAL,
    # rewriting its header, so any other SQLite file is checked read-only first: a file
    # that is refused must be left exactly as it was.
    if len(header) == 20 and header[18] != 2:
        _check_read_only(path, shown)


def _check_read_only(path: Path, shown: str) -> None:
    try:
        uri = f"{path.resolve().as_uri()}?mode=ro"
        with closing(sqlite3.connect(uri, uri=True)) as connection:
            tables = {
                name
                for (name,) in connection.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' "
                    "AND name NOT LIKE 'sqlite_%'"
                )
            }
            if tables:

                def scalar(sql: str) -> Any:
                    row = connection.execute(sql).fetchone()
                    return row[0] if row else None

                _catalogue_revision(shown, tables, scalar)
    except sqlite3.DatabaseError as exc:
        raise NotACatalogueError(shown, f"the database cannot be read ({exc})") from exc


def _prepare_schema(engine: Engine, backend: Backend, path: Path | None, shown: str) -> Path | None:
    with engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
        if not tables:
            _create_schema(engine, backend)
            return None
        revision = _catalogue_revision(shown, tables, lambda sql: connection.scalar(text(sql)))
    if revision == SCHEMA_HEAD:
        return None
    from filmdesk.catalogue import migrate

    backup = _backup_sqlite(path) if path else None
    migrate.upgrade(engine)
    return backup


def _catalogue_revision(shown: str, tables: set[str], scalar: Callable[[str], Any]) -> str | None:
    """The schema revision of a catalogue this filmdesk can open; raises for anything else."""
    if "catalogue_info" not in tables or "alembic_version" not in tables:
        raise NotACatalogueError(shown, "the database is not a filmdesk catalogue")
    if scalar("SELECT value FROM catalogue_info WHERE key = 'format'") != CATALOGUE_MARK:
        raise NotACatalogueError(shown, "the database is not a filmdesk catalogue")
    revision: str | None = scalar("SELECT version_num FROM alembic_version")
    if revision == SCHEMA_HEAD:
        return revision
    from filmdesk.catalogue import migrate  # Alembic is only loaded when there is work for it

    if not migrate.is_known_revision(revision):
        writer = scalar("SELECT value FROM catalogue_info WHERE key = 'written_by'")
        raise NewerCatalogueError(
            shown,
            f"it was written by {writer or 'a newer filmdesk'} (schema {revision}); "
            "please update filmdesk",
        )
    return revision


def _create_schema(engine: Engine, backend: Backend) -> None:
    from filmdesk.catalogue import migrate

    with engine.begin() as connection:
        Base.metadata.create_all(connection)
        backend.create_search_index(connection)
        connection.execute(
            CatalogueInfo.__table__.insert(),
            [
                {"key": "format", "value": CATALOGUE_MARK},
                {"key": "created_by", "value": f"filmdesk {__version__}"},
                {"key": "written_by", "value": f"filmdesk {__version__}"},
                {"key": "created_at", "value": dt.datetime.now(dt.UTC).isoformat()},
            ],
        )
        migrate.stamp_head(connection)


def _backup_sqlite(path: Path) -> Path:
    """Copy the catalogue (and its WAL, if any) before the schema is touched."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    backup = path.with_name(f"{path.name}.before-upgrade-{stamp}")
    shutil.copy2(path, backup)
    wal = Path(f"{path}-wal")
    if wal.exists():
        shutil.copy2(wal, Path(f"{backup}-wal"))
    log.info("Backed up %s to %s before upgrading its schema", path, backup)
    return backup


def default_catalogue_path() -> Path:
    """The embedded catalogue in the user's data folder (FILMDESK_DATA_DIR overrides)."""
    from filmdesk.paths import data_dir

    return data_dir() / "My Films.filmdesk"


def migrations_location() -> str:
    return str(resources.files("filmdesk.catalogue") / "migrations")


def resolve_location(explicit: str | None) -> str | Path:
    """``--database`` if given, else FILMDESK_DATABASE_URL, else the embedded catalogue."""
    return explicit or os.environ.get("FILMDESK_DATABASE_URL") or default_catalogue_path()
