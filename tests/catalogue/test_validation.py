# SPDX-License-Identifier: GPL-3.0-or-later
"""Bad values are refused with the field's name, and a refused write changes nothing."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import create_engine
from sqlalchemy.exc import IntegrityError

from filmdesk.catalogue.backends import SQLiteBackend
from filmdesk.catalogue.dto import FilmRecord, Link, SimilarFilm
from filmdesk.catalogue.service import CatalogueService
from filmdesk.catalogue.validation import validate_film
from filmdesk.catalogue.writer import FilmWriter
from filmdesk.errors import ValidationError

TEN_MB = 10 * 1024 * 1024

# (field the error must name, the change that makes a good film bad)
BAD_VALUES: list[tuple[str, dict[str, object]]] = [
    ("title", {"title": ""}),
    ("title", {"title": "   \t "}),
    ("title", {"title": "x" * TEN_MB}),
    ("year", {"year": 99999}),
    ("year", {"year": 1869}),
    ("runtime", {"runtime": -5}),
    ("runtime", {"runtime": 0}),
    ("runtime", {"runtime": 1001}),
    ("rating", {"rating": 4.3}),
    ("rating", {"rating": 6.0}),
    ("rating", {"rating": 0.0}),
    ("imdb_id", {"imdb_id": "0113627"}),
    ("imdb_id", {"imdb_id": "tt12"}),
    ("imdb_id", {"imdb_id": "tt0113627; DROP TABLE films"}),
    ("links", {"links": (Link("Home", "ftp://example.org/film"),)}),
    ("links", {"links": (Link("Script", "javascript:alert(1)"),)}),
    ("links", {"links": (Link("Relative", "www.example.org"),)}),
    ("currency", {"currency": "dollars"}),
    ("directors", {"directors": ("Mike Figgis", "  ")}),
    ("similar", {"similar": (SimilarFilm("", 1990),)}),
]


def _ids(case: tuple[str, dict[str, object]]) -> str:
    field, change = case
    value = next(iter(change.values()))
    shown = repr(value)
    return f"{field}={shown[:20]}..." if len(shown) > 20 else f"{field}={shown}"


def _snapshot(path: Path) -> list[tuple[object, ...]]:
    """Every row of every table, read straight from the file."""
    with closing(sqlite3.connect(path)) as connection:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        rows: list[tuple[object, ...]] = []
        for table in tables:
            rows += [(table, *row) for row in connection.execute(f"SELECT * FROM {table}")]
        return rows


@pytest.fixture(scope="module")
def held(
    tmp_path_factory: pytest.TempPathFactory, full_film: Callable[..., FilmRecord]
) -> Iterator[tuple[CatalogueService, FilmRecord]]:
    """One catalogue for every refusal: a refused write changes nothing, and the
    whole-file snapshot in each test would catch one that did."""
    catalogue = CatalogueService.open(tmp_path_factory.mktemp("validation") / "c.sqlite")
    catalogue.add_film(FilmRecord(title="Already here", year=2000))
    yield catalogue, catalogue.add_film(full_film(uuid=None, title="Saved"))
    catalogue.close()


@pytest.mark.parametrize("case", BAD_VALUES, ids=[_ids(c) for c in BAD_VALUES])
def test_add_film_refuses_bad_value(
    held: tuple[CatalogueService, FilmRecord],
    full_film: Callable[..., FilmRecord],
    case: tuple[str, dict[str, object]],
) -> None:
    field, change = case
    service, _ = held
    assert service.path is not None
    before = _snapshot(service.path)

    with pytest.raises(ValidationError) as caught:
        service.add_film(full_film(**change))

    assert caught.value.field == field
    assert str(caught.value).startswith(f"{field}:")
    # The error message must stay short even when the bad value is 10 MB long.
    assert len(str(caught.value)) < 300
    assert _snapshot(service.path) == before


@pytest.mark.parametrize("case", BAD_VALUES, ids=[_ids(c) for c in BAD_VALUES])
def test_update_film_refuses_bad_value(
    held: tuple[CatalogueService, FilmRecord], case: tuple[str, dict[str, object]]
) -> None:
    field, change = case
    service, saved = held
    assert service.path is not None
    before = _snapshot(service.path)

    with pytest.raises(ValidationError) as caught:
        service.update_film(replace(saved, **change))  # type: ignore[arg-type]

    assert caught.value.field == field
    assert _snapshot(service.path) == before
    assert service.film(saved.id or 0) == saved


@pytest.mark.parametrize("rating", [4.3, 6.0, -1.0, float("nan")])
def test_set_rating_refuses_bad_stars(service: CatalogueService, rating: float) -> None:
    film = service.add_film(FilmRecord(title="Rated", rating=3.0))
    with pytest.raises(ValidationError) as caught:
        service.set_rating([film.id or 0], rating)
    assert caught.value.field == "rating"
    assert service.film(film.id or 0) == film


def test_edge_values_are_accepted(service: CatalogueService) -> None:
    """The limits themselves are valid; only values past them are refused."""
    today = dt.date(2026, 6, 1)
    for film in (
        FilmRecord(title="First", year=1870, runtime=1, rating=0.5),
        FilmRecord(title="Last", year=2031, runtime=1000, rating=5.0),
        FilmRecord(title="T" * 500, imdb_id="tt1234567890"),
    ):
        validate_film(film, today=today)
    with pytest.raises(ValidationError):
        validate_film(FilmRecord(title="Too far", year=2032), today=today)
    with pytest.raises(ValidationError):
        validate_film(FilmRecord(title="T" * 501), today=today)


@pytest.mark.parametrize(
    "column, value",
    [("title", ""), ("year", 99999), ("runtime", 0), ("rating", 11)],
)
def test_database_checks_back_up_validation(
    service: CatalogueService, column: str, value: object
) -> None:
    """Even a writer that skips validation cannot store values outside the schema's checks."""
    film = FilmRecord(title="Placeholder")
    if column == "rating":
        film = replace(film, rating=value / 2)  # type: ignore[operator]
    else:
        film = replace(film, **{column: value})  # type: ignore[arg-type]
    assert service.path is not None
    backend = SQLiteBackend()
    engine = create_engine(f"sqlite:///{service.path}")
    backend.configure_engine(engine)
    try:
        with pytest.raises(IntegrityError), engine.begin() as connection:
            FilmWriter(connection, backend, validate=False).add([film])
    finally:
        engine.dispose()
    assert service.count() == 0


def test_a_title_of_nul_characters_is_no_title(service: CatalogueService) -> None:
    # SQLite's length() stops at NUL: such a title used to pass here and fail in the database.
    with pytest.raises(ValidationError, match="needs a title"):
        service.add_film(FilmRecord("\x00"))
    film = service.add_film(FilmRecord("Nul\x00l"))
    assert film.title == "Null"
