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
from typing import Any, cast

from sqlalchemy import Connection, Engine, Table, create_engine, insert, inspect, make_url, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DatabaseError, DBAPIError, OperationalError

from filmdesk import __version__
from filmdesk.catalogue.backends import Backend, backend_for
from filmdesk.catalogue.models import Base, CatalogueInfo, ChangeCounter
from filmdesk.catalogue.revision import CATALOGUE_MARK, SCHEMA_HEAD
from filmdesk.errors import (
    CatalogueOpenError,
    DatabaseMissingError,
    NewerCatalogueError,
    NotACatalogueError,
    ServerLoginError,
    ServerPermissionError,
    ServerUnreachableError,
)
from filmdesk.paths import default_catalogue_path

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True, slots=True)
class OpenCatalogue:
    engine: Engine
    backend: Backend
    location: str  # for messages and the window title: a file path or a URL without password
    path: Path | None  # the SQLite file, when there is one
    backup: Path | None  # the copy taken before a migration, when one ran


def database_url(location: str | Path | URL) -> URL:
    """Accept a SQLAlchemy URL (text or object) or a plain file path (a SQLite catalogue)."""
    if isinstance(location, URL):
        url = location  # str() of a URL object would mask its password
    elif isinstance(location, Path) or "://" not in location:
        return URL.create("sqlite+pysqlite", database=str(Path(location).expanduser()))
    else:
        url = make_url(location)
    # A bare "postgresql://" would pick psycopg2; filmdesk's PostgreSQL driver is psycopg 3.
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    return url


def server_url(
    host: str, database: str, user: str, *, port: int | None = None, password: str | None = None
) -> URL:
    """The URL of a shared catalogue on a PostgreSQL server (for File → Connect).

    Leave ``password`` out to let libpq find one in PGPASSFILE or ~/.pgpass; keep a URL
    that has one in memory only (``safe_location`` gives the form to store or show).
    """
    return URL.create(
        "postgresql+psycopg", username=user, password=password, host=host, port=port,
        database=database,
    )


def safe_location(location: str | Path | URL) -> str:
    """``location`` without any password: for settings, recent-file lists and logs."""
    url = location if isinstance(location, URL) else database_url(location)
    if url.get_backend_name() == "sqlite":
        return str(location) if not isinstance(location, URL) else str(url.database)
    # Not url.set(password=None): set() takes None to mean "leave as it is".
    return url._replace(password=None).render_as_string(hide_password=False)


def open_catalogue(location: str | Path | URL, *, create: bool = True) -> OpenCatalogue:
    """Open (and when needed create or upgrade) the catalogue at ``location``."""
    url = database_url(location)
    path = _sqlite_path(url)
    shown = str(path) if path else url.render_as_string(hide_password=True)
    if path is not None:
        _check_sqlite_file(path, shown, create=create)
    backend = backend_for(url.get_backend_name())
    try:
        engine = create_engine(url, **_engine_options(url))
    except ModuleNotFoundError as exc:
        raise CatalogueOpenError(
            shown, f"the database driver is not installed ({exc.name}; "
            "pip install 'filmdesk[postgresql]')"
        ) from exc
    backend.configure_engine(engine)
    try:
        backup = _prepare_schema(engine, backend, path, shown, create=create)
    except CatalogueOpenError:
        engine.dispose()
        raise
    except (OperationalError, DatabaseError) as exc:
        engine.dispose()
        if path is None and url.get_backend_name() != "sqlite":
            raise server_error(shown, url, exc) from exc
        raise NotACatalogueError(shown, f"the database cannot be read ({exc.orig})") from exc
    log.info("Opened catalogue %s (%s)", shown, backend.name)
    return OpenCatalogue(engine, backend, shown, path, backup)


def _engine_options(url: URL) -> dict[str, Any]:
    if url.get_backend_name() != "postgresql":
        return {}
    connect_args: dict[str, Any] = {}
    if "connect_timeout" not in url.query:
        connect_args["connect_timeout"] = 10  # an unreachable host fails in seconds, not minutes
    if "application_name" not in url.query:
        connect_args["application_name"] = "filmdesk"  # shows in pg_stat_activity
    return {
        # A desktop session idles for hours: test each connection before use, and
        # recycle them before firewalls and server timeouts cut them silently.
        "pool_pre_ping": True,
        "pool_recycle": 1800,
        "pool_size": 4,
        "max_overflow": 8,
        "connect_args": connect_args,
    }


def server_error(shown: str, url: URL, exc: DBAPIError) -> CatalogueOpenError:
    """A sentence for why a database server could not be used, by kind of failure."""
    orig = exc.orig
    state = getattr(orig, "sqlstate", None) or ""
    message = str(orig)
    lowered = message.lower()
    user = url.username or "(your login name)"
    where = f"{url.host or 'localhost'}:{url.port or 5432}"
    if state == "28P01" or "password authentication failed" in lowered:
        # The server does not say whether the user exists (on purpose); neither can we.
        return ServerLoginError(
            shown, f"the server refused the password for user {user} (or knows no such user)"
        )
    if "no password supplied" in lowered or "password is required" in lowered:
        return ServerLoginError(shown, f"the server needs a password for user {user}")
    if f'role "{url.username}" does not exist' in message:
        return ServerLoginError(shown, f"the server has no user named {user}")
    if "pg_hba.conf" in lowered:
        return ServerLoginError(
            shown, f"the server does not accept user {user} from this computer (pg_hba.conf)"
        )
    if state == "3D000" or ("database" in lowered and "does not exist" in lowered):
        return DatabaseMissingError(shown, f"the server has no database named {url.database}")
    if state == "42501" or "permission denied" in lowered:
        return ServerPermissionError(
            shown,
            f"user {user} may not create or read the catalogue's tables in database "
            f"{url.database} (its owner can GRANT CREATE ON SCHEMA public, or give you a "
            "database of your own)",
        )
    if any(
        sign in lowered
        for sign in (
            "connection refused", "could not translate host name", "name or service not known",
            "timeout expired", "no route to host", "network is unreachable",
            "could not connect", "connection failed", "server closed the connection",
        )
    ):
        return ServerUnreachableError(shown, f"no database server answers at {where}")
    first_line = message.strip().splitlines()[0] if message.strip() else type(orig).__name__
    return CatalogueOpenError(shown, f"the server reported: {first_line}")


def _sqlite_path(url: URL) -> Path | None:
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database)


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
        raise NotACatalogueError(
            shown, "the file is not a filmdesk catalogue (not a SQLite database)"
        )
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


def _prepare_schema(
    engine: Engine, backend: Backend, path: Path | None, shown: str, *, create: bool = True
) -> Path | None:
    with engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
        if tables:
            revision = _catalogue_revision(shown, tables, lambda sql: connection.scalar(text(sql)))
    if not tables:
        # An empty file was asked for by its path; an empty server database may be a typo.
        if not create and engine.dialect.name != "sqlite":
            raise CatalogueOpenError(shown, "the database holds no filmdesk catalogue yet")
        if _create_schema(engine, backend):
            return None
        return _prepare_schema(engine, backend, path, shown)  # someone else just made it
    if revision == SCHEMA_HEAD:
        return None
    from filmdesk.catalogue import migrate

    backup = _backup_sqlite(path) if path else None
    migrate.upgrade(engine, before=lambda connection: _lock_schema(backend, connection))
    return backup


def _lock_schema(backend: Backend, connection: Connection) -> None:
    """Hold off other machines creating or upgrading the same server database meanwhile."""
    lock: Callable[[Connection], None] | None = getattr(backend, "lock_schema", None)
    if lock is not None:
        lock(connection)


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


def _create_schema(engine: Engine, backend: Backend) -> bool:
    """Give an empty database the current schema; False if another client just did."""
    from filmdesk.catalogue import migrate

    with engine.begin() as connection:
        _lock_schema(backend, connection)
        if inspect(connection).get_table_names():
            return False
        Base.metadata.create_all(connection)
        backend.create_search_index(connection)
        connection.execute(
            cast(Table, CatalogueInfo.__table__).insert(),
            [
                {"key": "format", "value": CATALOGUE_MARK},
                {"key": "created_by", "value": f"filmdesk {__version__}"},
                {"key": "written_by", "value": f"filmdesk {__version__}"},
                {"key": "created_at", "value": dt.datetime.now(dt.UTC).isoformat()},
            ],
        )
        connection.execute(insert(ChangeCounter), {"id": 1, "value": 0, "pruned_to": 0})
        migrate.stamp_head(connection)
    return True


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


def migrations_location() -> str:
    return str(resources.files("filmdesk.catalogue") / "migrations")


def resolve_location(explicit: str | None) -> str | Path:
    """``--database`` if given, else FILMDESK_DATABASE_URL, else the embedded catalogue."""
    return explicit or os.environ.get("FILMDESK_DATABASE_URL") or default_catalogue_path()
