# SPDX-License-Identifier: GPL-3.0-or-later
"""Schema versions: new files are stamped, migrations match the models, strangers are refused."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, create_engine

from filmdesk.catalogue import migrate
from filmdesk.catalogue.db import SCHEMA_HEAD
from filmdesk.catalogue.dto import FilmRecord
from filmdesk.catalogue.models import Base
from filmdesk.catalogue.service import CatalogueService
from filmdesk.errors import CatalogueOpenError, NewerCatalogueError, NotACatalogueError


def _folder_state(folder: Path) -> dict[str, bytes | None]:
    """Every entry of a folder with its bytes: a refused open must change none of them."""
    return {
        entry.name: entry.read_bytes() if entry.is_file() else None
        for entry in sorted(folder.iterdir())
    }


def _top_level_items(body: str) -> list[str]:
    """Split a CREATE TABLE body at the commas that are not inside brackets."""
    items, depth, current = [], 0, ""
    for char in body:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "," and depth == 0:
            items.append(current.strip())
            current = ""
        else:
            current += char
    return [*items, current.strip()]


def _schema_sql(path: Path) -> dict[tuple[str, str], object]:
    """What SQLite itself recorded for every table and index.

    Columns keep their order; table constraints are compared as a set, since the
    migration and ``create_all`` may list the same constraints in another order.
    """
    with closing(sqlite3.connect(path)) as connection:
        rows = connection.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL"
        ).fetchall()
    schema: dict[tuple[str, str], object] = {}
    for kind, name, sql in rows:
        text = " ".join(sql.split())
        if kind == "table" and text.startswith("CREATE TABLE"):
            head, _, rest = text.partition("(")
            items = _top_level_items(rest.rstrip()[:-1])
            columns = [i for i in items if not i.startswith("CONSTRAINT")]
            constraints = {i for i in items if i.startswith("CONSTRAINT")}
            schema[(kind, name)] = (head.strip(), columns, constraints)
        else:
            schema[(kind, name)] = text
    return schema


@pytest.fixture
def migrated(tmp_path: Path) -> Iterator[Engine]:
    """An empty SQLite file brought to head by the shipped Alembic migrations alone."""
    engine = create_engine(f"sqlite:///{tmp_path / 'migrated.sqlite'}")
    migrate.upgrade(engine)
    yield engine
    engine.dispose()


def test_new_catalogue_is_stamped_at_head(service: CatalogueService) -> None:
    assert service.path is not None
    with closing(sqlite3.connect(service.path)) as connection:
        versions = connection.execute("SELECT version_num FROM alembic_version").fetchall()
        mark = connection.execute(
            "SELECT value FROM catalogue_info WHERE key = 'format'"
        ).fetchone()
    assert versions == [(SCHEMA_HEAD,)]
    assert mark == ("filmdesk catalogue",)


def test_schema_head_constant_matches_alembic() -> None:
    assert migrate.script_head() == SCHEMA_HEAD


def test_migrations_build_the_schema_of_the_models(migrated: Engine) -> None:
    def ours(name: str | None, kind: str, parent: object) -> bool:
        # FTS5 and its shadow tables are made by hand; the models do not describe them.
        return not (kind == "table" and name is not None and name.startswith("film_search"))

    with migrated.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "include_name": ours}
        )
        assert migrate.current_revision(connection) == SCHEMA_HEAD
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_migrated_and_new_catalogues_are_identical(migrated: Engine, tmp_path: Path) -> None:
    """Autogenerate skips CHECK constraints, ON DELETE rules and FTS5; SQLite's text has all."""
    fresh = CatalogueService.open(tmp_path / "fresh.sqlite")
    fresh.close()
    migrated_path = Path(str(migrated.url.database))
    assert _schema_sql(migrated_path) == _schema_sql(tmp_path / "fresh.sqlite")


def test_migrated_file_opens_as_a_catalogue(migrated: Engine, tmp_path: Path) -> None:
    """A file built by the migrations (plus the mark) is usable without any further upgrade."""
    path = Path(str(migrated.url.database))
    with closing(sqlite3.connect(path)) as connection:
        connection.execute(
            "INSERT INTO catalogue_info (key, value) VALUES ('format', 'filmdesk catalogue')"
        )
        connection.commit()
    migrated.dispose()
    catalogue = CatalogueService.open(path)
    try:
        film = catalogue.add_film(FilmRecord(title="Leaving Las Vegas", year=1995))
        assert catalogue.search("leav veg").ids == [film.id]
    finally:
        catalogue.close()
    assert not list(tmp_path.glob("*.before-upgrade-*"))  # already at head: no backup needed


def _plain_sqlite(path: Path) -> None:
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("CREATE TABLE recipes (name TEXT, minutes INTEGER)")
        connection.execute("INSERT INTO recipes VALUES ('soup', 40)")
        connection.commit()


def _mimic_without_mark(path: Path) -> None:
    """Has filmdesk's table names but no catalogue mark: still not ours."""
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("CREATE TABLE catalogue_info (key TEXT PRIMARY KEY, value TEXT)")
        connection.execute("CREATE TABLE alembic_version (version_num TEXT)")
        connection.execute("INSERT INTO alembic_version VALUES ('0001')")
        connection.commit()


def _text_file(path: Path) -> None:
    path.write_text("title,year\nLeaving Las Vegas,1995\n", encoding="utf-8")


def _short_text_file(path: Path) -> None:
    path.write_text("hi", encoding="utf-8")


@pytest.mark.parametrize("make", [_plain_sqlite, _mimic_without_mark, _text_file, _short_text_file])
def test_a_file_that_is_not_a_catalogue_is_refused_untouched(tmp_path: Path, make: object) -> None:
    folder = tmp_path / "place"
    folder.mkdir()
    path = folder / "stranger.sqlite"
    make(path)  # type: ignore[operator]
    before = _folder_state(folder)

    with pytest.raises(NotACatalogueError) as caught:
        CatalogueService.open(path)

    assert caught.value.location == str(path)
    assert _folder_state(folder) == before


def test_a_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "catalogue.sqlite"
    folder.mkdir()
    (folder / "inside.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(NotACatalogueError):
        CatalogueService.open(folder)
    assert _folder_state(folder) == {"inside.txt": b"keep me"}


def test_a_missing_file_is_not_created_when_asked_not_to(tmp_path: Path) -> None:
    path = tmp_path / "absent.sqlite"
    with pytest.raises(CatalogueOpenError):
        CatalogueService.open(path, create=False)
    assert list(tmp_path.iterdir()) == []


def test_a_newer_catalogue_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite"
    catalogue = CatalogueService.open(path)
    catalogue.add_film(FilmRecord(title="From the future", year=2030))
    catalogue.close()
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
        connection.execute(
            "UPDATE catalogue_info SET value = 'filmdesk 9.0' WHERE key = 'written_by'"
        )
        connection.commit()
    before = _folder_state(tmp_path)

    with pytest.raises(NewerCatalogueError) as caught:
        CatalogueService.open(path)

    assert "9999" in str(caught.value) and "filmdesk 9.0" in str(caught.value)
    assert _folder_state(tmp_path) == before  # no backup, no upgrade, no journal left behind


def test_reopening_keeps_the_films(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    catalogue = CatalogueService.open(path)
    film = catalogue.add_film(FilmRecord(title="Kept", year=1999))
    catalogue.close()
    catalogue = CatalogueService.open(path, create=False)
    try:
        assert catalogue.film(film.id or 0) == film
    finally:
        catalogue.close()


# A catalogue written by the filmdesk of schema 0001 (the sample films), kept as it was.
SCHEMA_0001 = Path(__file__).parents[1] / "fixtures" / "catalogues" / "schema-0001.filmdesk"


def _titles_and_years(path: Path) -> list[tuple[str, int | None, str]]:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute("SELECT title, year, uuid FROM films ORDER BY id").fetchall()


def test_a_catalogue_of_the_first_schema_is_upgraded_after_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "films.filmdesk"
    path.write_bytes(SCHEMA_0001.read_bytes())
    films_before = _titles_and_years(path)
    assert len(films_before) == 14

    catalogue = CatalogueService.open(path, create=False)
    try:
        assert _titles_and_years(path) == films_before
        film = catalogue.find("Leaving Las Vegas (1995)")
        assert [c.person for c in film.cast][:2] == ["Nicolas Cage", "Elisabeth Shue"]
        assert catalogue.search("leav veg").ids == [film.id]
        assert len(film.timeline) > 3
    finally:
        catalogue.close()

    with closing(sqlite3.connect(path)) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (SCHEMA_HEAD,)
        ]
    assert _schema_sql(path) == _schema_sql(_fresh(tmp_path))
    # The untouched copy taken first still reads as the old schema, films and all.
    copies = tmp_path.glob("films.filmdesk.before-upgrade-*")
    (backup,) = (copy for copy in copies if not copy.name.endswith(("-wal", "-shm")))
    assert _titles_and_years(backup) == films_before
    with closing(sqlite3.connect(backup)) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [
            ("0001",)
        ]


def _fresh(tmp_path: Path) -> Path:
    path = tmp_path / "fresh.filmdesk"
    CatalogueService.open(path).close()
    return path
