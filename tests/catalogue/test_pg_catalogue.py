# SPDX-License-Identifier: GPL-3.0-or-later
"""A catalogue on a PostgreSQL server: schema and migrations, connecting and its failures,
and copying whole catalogues between back ends without losing anything."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, create_engine, text
from sqlalchemy.engine import URL, make_url

from filmdesk.catalogue import migrate
from filmdesk.catalogue.copying import CopyRefusedError, copy_catalogue
from filmdesk.catalogue.db import SCHEMA_HEAD, safe_location, server_url
from filmdesk.catalogue.dto import FilmRecord, Poster, SimilarFilm
from filmdesk.catalogue.generator import generate_films
from filmdesk.catalogue.models import Base
from filmdesk.catalogue.service import CatalogueService
from filmdesk.cli import main
from filmdesk.errors import (
    CatalogueOpenError,
    DatabaseMissingError,
    NotACatalogueError,
    ServerLoginError,
    ServerPermissionError,
    ServerUnreachableError,
)

from .conftest import make_poster, schema_url, shelf_films


def _new_schema(database: URL, name: str) -> URL:
    engine = create_engine(database)
    with engine.begin() as connection:
        connection.execute(text(f'DROP SCHEMA IF EXISTS "{name}" CASCADE'))
        connection.execute(text(f'CREATE SCHEMA "{name}"'))
    engine.dispose()
    return schema_url(database, name)


# --- schema --------------------------------------------------------------------------------


def _schema(connection: Connection) -> dict[str, object]:
    """Tables, columns (with types and collations), constraints and indexes, as stored."""
    schema = connection.scalar(text("SELECT current_schema()"))
    columns = connection.execute(
        text(
            "SELECT table_name, column_name, data_type, character_maximum_length, "
            "is_nullable, collation_name, ordinal_position FROM information_schema.columns "
            "WHERE table_schema = :s ORDER BY table_name, ordinal_position"
        ),
        {"s": schema},
    ).all()
    constraints = connection.execute(
        text(
            "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) "
            "FROM pg_constraint WHERE connamespace = CAST(:s AS regnamespace)"
        ),
        {"s": schema},
    ).all()
    indexes = connection.execute(
        text("SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = :s"),
        {"s": schema},
    ).all()
    return {
        "columns": [tuple(c) for c in columns],
        "constraints": sorted(tuple(c) for c in constraints),
        # The schema name differs between the two catalogues compared.
        "indexes": sorted(
            (t, n, d.replace(f"{schema}.", "")) for t, n, d in indexes
        ),
    }


@pytest.fixture
def migrated(pg_database: URL) -> Iterator[URL]:
    """A schema brought to head by the shipped migrations alone."""
    url = _new_schema(pg_database, "migrated")
    engine = create_engine(url)
    migrate.upgrade(engine)
    engine.dispose()
    yield url


def test_migrations_and_create_all_build_the_same_schema(migrated: URL, pg_url: str) -> None:
    CatalogueService.open(pg_url).close()
    created_engine, migrated_engine = create_engine(pg_url), create_engine(migrated)
    with created_engine.connect() as created, migrated_engine.connect() as built:
        created_schema, migrated_schema = _schema(created), _schema(built)
        assert migrate.current_revision(built) == SCHEMA_HEAD
        assert migrate.current_revision(created) == SCHEMA_HEAD
    created_engine.dispose()
    migrated_engine.dispose()
    assert migrated_schema == created_schema
    names = {c[0] for c in created_schema["columns"]}  # type: ignore[union-attr]
    assert {"films", "film_search", "film_changes", "change_counter"} <= names
    # Folded keys order by code point, whatever the database's locale.
    collations = {(t, c): coll for t, c, _, _, _, coll, _ in created_schema["columns"]}  # type: ignore[union-attr]
    assert collations["films", "sort_key"] == "C"
    assert collations["people", "key"] == "C"


def test_migrations_match_the_models(migrated: URL) -> None:
    def ours(name: str | None, kind: str, parent: object) -> bool:
        return not (kind == "table" and name == "film_search")

    engine = create_engine(migrated)
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "include_name": ours}
        )
        differences = compare_metadata(context, Base.metadata)
    engine.dispose()
    assert differences == []


def test_a_migrated_database_opens_as_a_catalogue(migrated: URL) -> None:
    engine = create_engine(migrated)
    with engine.begin() as connection:
        connection.execute(
            text("INSERT INTO catalogue_info (key, value) VALUES ('format', 'filmdesk catalogue')")
        )
    engine.dispose()
    service = CatalogueService.open(migrated, create=False)
    try:
        film = service.add_film(FilmRecord(title="Migrated"))
        assert service.search("migrat").ids == [film.id]
        assert service.changes_since(0, include_own=True).added == {film.id}
    finally:
        service.close()


def test_an_empty_database_is_only_set_up_when_asked(pg_url: str) -> None:
    with pytest.raises(CatalogueOpenError, match="holds no filmdesk catalogue"):
        CatalogueService.open(pg_url, create=False)
    CatalogueService.open(pg_url, create=True).close()
    CatalogueService.open(pg_url, create=False).close()


def test_a_foreign_database_is_refused_and_left_alone(pg_url: str) -> None:
    engine = create_engine(pg_url)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE invoices (id integer primary key)"))
    with pytest.raises(NotACatalogueError):
        CatalogueService.open(pg_url)
    with engine.connect() as connection:
        tables = connection.execute(
            text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
        ).scalars().all()
    engine.dispose()
    assert tables == ["invoices"]


# --- connecting ----------------------------------------------------------------------------


def test_wrong_password_missing_database_and_no_server_are_told_apart(
    pg_server: URL, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    secret = "not-the-password-5f3a"
    cases: list[tuple[URL, type[CatalogueOpenError], str]] = [
        (pg_server.set(password=secret), ServerLoginError, "refused the password"),
        (pg_server.set(database="no_such_catalogue"), DatabaseMissingError, "no database named"),
        (pg_server._replace(password=None), ServerLoginError, "needs a password"),
        (pg_server.set(username="nobody_here", password=secret), ServerLoginError, "no such"),
        (pg_server.set(host="127.0.0.1", port=1), ServerUnreachableError, "no database server"),
    ]
    for url, kind, message in cases:
        with pytest.raises(kind, match=message) as caught:
            CatalogueService.open(url)
        assert secret not in str(caught.value) and "***" not in caught.value.reason
        if url.password:
            assert str(url.password) not in str(caught.value)
    assert str(pg_server.password) not in caplog.text and secret not in caplog.text


def test_password_comes_from_pgpass(
    pg_server: URL, pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without a password in the URL, libpq reads PGPASSFILE (or ~/.pgpass)."""
    CatalogueService.open(pg_url).close()
    passfile = tmp_path / "pgpass"
    passfile.write_text(f"{pg_server.host}:{pg_server.port}:*:{pg_server.username}:"
                        f"{pg_server.password}\n")
    passfile.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(passfile))
    without = make_url(pg_url)._replace(password=None)
    service = CatalogueService.open(without, create=False)
    try:
        assert service.count() == 0
        assert str(pg_server.password) not in service.location
    finally:
        service.close()


def test_locations_for_settings_never_hold_the_password(pg_server: URL) -> None:
    url = server_url("db.example", "films", "anna", port=5433, password="hunter2")
    assert url.password == "hunter2"  # kept in memory to connect …
    assert safe_location(url) == "postgresql+psycopg://anna@db.example:5433/films"
    assert "hunter2" not in safe_location("postgresql://anna:hunter2@db.example/films")
    assert safe_location("/home/anna/films.filmdesk") == "/home/anna/films.filmdesk"


def test_a_user_without_create_rights_is_told_so(pg_server: URL, pg_database: URL) -> None:
    admin = create_engine(pg_database, isolation_level="AUTOCOMMIT")
    role = "fd_reader"
    with admin.connect() as connection:
        connection.execute(text(f"DROP ROLE IF EXISTS {role}"))
        connection.execute(text(f"CREATE ROLE {role} LOGIN PASSWORD 'reader-pw'"))
        connection.execute(text(f"REVOKE CREATE ON SCHEMA public FROM PUBLIC, {role}"))
    try:
        url = pg_database.set(username=role, password="reader-pw")
        with pytest.raises(ServerPermissionError, match="may not create"):
            CatalogueService.open(url)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f"DROP OWNED BY {role}"))
            connection.execute(text(f"DROP ROLE {role}"))
        admin.dispose()


def test_cli_works_on_a_server(pg_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["init", "--sample", "--database", pg_url]) == 0
    capsys.readouterr()
    assert main(["search", "leav veg", "--database", pg_url]) == 0
    assert "Leaving Las Vegas (1995)" in capsys.readouterr().out
    assert main(["search", "x", "--database", make_url(pg_url).set(password="Wrong-Secret-42")
                 .render_as_string(hide_password=False)]) == 1
    err = capsys.readouterr().err
    assert "refused the password" in err and "Wrong-Secret-42" not in err


# --- copying between back ends -------------------------------------------------------------


def _comparable(film: FilmRecord) -> FilmRecord:
    """A film without what a copy may renumber: ids, versions and link ids."""
    return dataclasses.replace(
        film,
        id=None,
        version=None,
        similar=tuple(dataclasses.replace(s, film_id=None) for s in film.similar),
    )


def _everything(service: CatalogueService) -> dict[str, FilmRecord]:
    ids = service.search("").ids
    return {f.uuid or "": _comparable(f) for f in service.films(ids)}


@pytest.fixture
def rich_source(
    tmp_path: Path, full_film: Callable[..., FilmRecord], poster: Poster
) -> Iterator[CatalogueService]:
    """Every field set, posters, viewings, similar links by uuid, by title and dangling."""
    service = CatalogueService.open(tmp_path / "source.sqlite")
    service.add_films(shelf_films(poster).values())
    lost = service.find("The Lost Weekend")
    service.add_film(
        full_film(similar=(SimilarFilm(lost.title, lost.year, lost.id, lost.uuid),
                           SimilarFilm("Not In The Catalogue", 1990)))
    )
    generated = list(generate_films(60))
    generated[0] = dataclasses.replace(generated[0], poster=make_poster((9, 9, 9), alpha=True))
    service.add_films(generated)
    # A bare-title link although a film of that title exists: it pointed at the first of
    # two films so named, which was deleted (links are attached when a film is saved only).
    first = service.add_film(FilmRecord(title="Latecomer", year=2001))
    service.add_film(FilmRecord(title="Latecomer", year=2002))
    service.add_film(FilmRecord(title="Linker", similar=(SimilarFilm("Latecomer"),)))
    linker = service.find("Linker")
    assert service.film(linker.id or 0).similar[0].film_id == first.id
    service.delete_films([first.id or 0])
    assert service.film(linker.id or 0).similar[0].film_id is None
    yield service
    service.close()


def test_copy_sqlite_to_postgresql_and_back_loses_nothing(
    rich_source: CatalogueService, pg_url: str, tmp_path: Path
) -> None:
    original = _everything(rich_source)
    server = CatalogueService.open(pg_url)
    back = CatalogueService.open(tmp_path / "back.sqlite")
    try:
        progress: list[tuple[int, int]] = []
        summary = copy_catalogue(rich_source, server, progress=lambda d, t: progress.append((d, t)))
        assert summary.films == len(original) and summary.posters >= 2
        assert progress[-1] == (len(original), len(original))
        assert _everything(server) == original
        copy_catalogue(server, back)
        assert _everything(back) == original
        # Similar links point at the same films (by uuid) on every side.
        linker = server.find("Linker")
        assert linker.similar[0].film_id is None
        # The copies search alike too.
        for query in ("leav veg", "amelie", "plot:quicksilver", "director:figgis"):
            found = [
                sorted(f.uuid or "" for f in s.films(s.search(query).ids))
                for s in (rich_source, server, back)
            ]
            assert found[0] == found[1] == found[2]
    finally:
        server.close()
        back.close()


def test_copy_refuses_a_catalogue_with_films_unless_replacing(
    rich_source: CatalogueService, pg_url: str
) -> None:
    target = CatalogueService.open(pg_url)
    try:
        kept = target.add_film(FilmRecord(title="Already here"))
        with pytest.raises(CopyRefusedError, match="already holds 1 films"):
            copy_catalogue(rich_source, target)
        assert target.film(kept.id or 0).title == "Already here"
        token = target.change_token()
        summary = copy_catalogue(rich_source, target, replace=True)
        assert summary.replaced == 1
        assert _everything(target) == _everything(rich_source)
        assert "Already here" not in target.completions("people") + [
            f.title for f in target.films(target.search("").ids)
        ]
        assert target.changes_since(token, include_own=True).reset  # others reload all
        with pytest.raises(CopyRefusedError):
            copy_catalogue(target, target)
    finally:
        target.close()


def test_copy_catalogue_command(
    rich_source: CatalogueService, pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert rich_source.path is not None
    assert main(["copy-catalogue", str(rich_source.path), pg_url]) == 0
    out = capsys.readouterr().out
    assert f"Copied {rich_source.count()} films" in out
    assert str(make_url(pg_url).password) not in out
    assert main(["copy-catalogue", str(rich_source.path), pg_url]) == 1
    assert "--replace" in capsys.readouterr().err
    assert main(["copy-catalogue", str(rich_source.path), pg_url, "--replace"]) == 0
    target = tmp_path / "again.sqlite"
    assert main(["copy-catalogue", pg_url, str(target)]) == 0
    again = CatalogueService.open(target, create=False)
    try:
        assert _everything(again) == _everything(rich_source)
    finally:
        again.close()
    assert main(["copy-catalogue", str(tmp_path / "missing.sqlite"), str(target)]) == 1
    assert "does not exist" in capsys.readouterr().err
