# SPDX-License-Identifier: GPL-3.0-or-later
"""Fixtures for the catalogue suite: fresh SQLite catalogues, posters and known films.

Core tests never create a QApplication. Each catalogue is a real SQLite file under
``tmp_path`` (foreign keys, WAL and FTS5 behave differently in memory and in files).
"""

from __future__ import annotations

import datetime as dt
import io
import os
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from contextlib import closing
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from sqlalchemy import Engine, create_engine, make_url, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError

from filmdesk.catalogue.dto import (
    CastCredit,
    Character,
    CrewCredit,
    FilmRecord,
    Link,
    NamedNote,
    Poster,
    SimilarFilm,
    SortKey,
    TimelineEvent,
)
from filmdesk.catalogue.service import CatalogueService
from filmdesk.posters import poster_from_bytes

UTC = dt.UTC

# Tables holding rows that belong to exactly one film, keyed by their film column.
FILM_OWNED_TABLES = (
    "credits",
    "timeline_events",
    "characters",
    "film_notes",
    "film_links",
    "similar_films",
    "viewings",
    "posters",
    "film_directors",
    "film_genres",
    "film_languages",
    "film_countries",
    "film_tags",
)


def make_poster(colour: tuple[int, int, int], *, alpha: bool = False) -> Poster:
    """A small real image pushed through the same Pillow path as a user's poster."""
    mode = "RGBA" if alpha else "RGB"
    image = Image.new(mode, (120, 180), (*colour, 200) if alpha else colour)
    draw = ImageDraw.Draw(image)
    draw.rectangle((20, 30, 100, 150), outline=(255, 255, 255), width=4)
    draw.text((30, 80), "FILM", fill=(255, 255, 0))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return poster_from_bytes(buffer.getvalue(), source="test poster")


@pytest.fixture(scope="session")
def poster() -> Poster:
    return make_poster((140, 20, 40))


@pytest.fixture(scope="session")
def other_poster() -> Poster:
    return make_poster((20, 60, 140), alpha=True)


@pytest.fixture
def service(tmp_path: Path) -> Iterator[CatalogueService]:
    catalogue = CatalogueService.open(tmp_path / "c.sqlite")
    yield catalogue
    catalogue.close()


@pytest.fixture(scope="session")
def full_film(poster: Poster) -> Callable[..., FilmRecord]:
    """A factory for a film with every field set to a non-default value."""

    def build(**changes: object) -> FilmRecord:
        record = FilmRecord(
            title="Leaving Las Vegas",
            uuid="3f0c9a52-6f39-4a63-9a1e-1b2f4f8d2a10",
            original_title="Adiós a Las Vegas",
            year=1995,
            runtime=111,
            certification="R",
            languages=("English", "Russian"),
            directors=("Mike Figgis",),
            genres=("Drama", "Romance"),
            countries=("United States", "France"),
            synopsis="A screenwriter drives to Las Vegas to drink himself to death.",
            plot="Ben sells everything he owns and moves into a motel off the Strip.",
            ending="Ben dies in a rented room with Sera beside him.",
            timeline=(
                TimelineEvent("Ben is fired from the studio.", "Day 1"),
                TimelineEvent("Ben dies with Sera beside him.", "Week 4", spoiler=True),
            ),
            characters=(
                Character("Ben Sanderson", "Nicolas Cage", "A screenwriter who drinks."),
                Character("Sera", "Elisabeth Shue", "She tells it all to a therapist.", True),
            ),
            settings=(
                NamedNote("Las Vegas Strip", "Neon that never sleeps."),
                NamedNote("Desert motel", ""),
            ),
            themes=(NamedNote("Addiction", "Shown without a recovery arc."),),
            cast=(
                CastCredit("Nicolas Cage", "Ben Sanderson"),
                CastCredit("Elisabeth Shue", "Sera"),
                CastCredit("Julian Sands", "Yuri Butsov"),
            ),
            crew=(
                CrewCredit("Mike Figgis", "Screenplay"),
                CrewCredit("Declan Quinn", "Cinematography"),
            ),
            budget=3_600_000,
            gross=49_800_000,
            currency="EUR",
            studios=("Lumière Pictures", "United Artists"),
            filming_locations=("Las Vegas, Nevada", "Los Angeles, California"),
            release_date=dt.date(1995, 10, 27),
            post_credits="A dedication to the novelist.",
            links=(
                Link("IMDb", "https://www.imdb.com/title/tt0113627/"),
                Link("Wikipedia", "http://en.wikipedia.org/wiki/Leaving_Las_Vegas"),
            ),
            imdb_id="tt0113627",
            tmdb_id="451",
            similar=(SimilarFilm("Blue Valentine", 2010), SimilarFilm("Barfly")),
            poster=poster,
            rating=4.5,
            watched=True,
            viewings=(dt.date(2016, 3, 12), dt.date(2019, 11, 2)),
            tags=("favourite", "own on blu-ray"),
            notes="Shue's monologue stays with me.\nRewatch in winter.",
            added_at=dt.datetime(2026, 1, 14, 20, 11, 5, tzinfo=UTC),
            updated_at=dt.datetime(2026, 2, 15, 9, 42, 30, tzinfo=UTC),
        )
        return replace(record, **changes)  # type: ignore[arg-type]

    return build


def _film_row_counts(path: Path, film_id: int) -> dict[str, int]:
    with closing(sqlite3.connect(path)) as connection:
        counts = {
            table: connection.execute(
                f"SELECT count(*) FROM {table} WHERE film_id = ?", (film_id,)
            ).fetchone()[0]
            for table in FILM_OWNED_TABLES
        }
        counts["film_search"] = connection.execute(
            "SELECT count(*) FROM film_search WHERE rowid = ?", (film_id,)
        ).fetchone()[0]
    return counts


def _shared_names(path: Path) -> dict[str, set[str]]:
    with closing(sqlite3.connect(path)) as connection:
        return {
            table: {name for (name,) in connection.execute(f"SELECT name FROM {table}")}
            for table in ("people", "genres", "languages", "countries", "tags")
        }


@pytest.fixture
def film_row_counts() -> Callable[[Path, int], dict[str, int]]:
    """How many rows of each film-owned table belong to a film (read outside the service)."""
    return _film_row_counts


@pytest.fixture
def shared_names() -> Callable[[Path], dict[str, set[str]]]:
    """The names in every shared table, to see which survive a delete."""
    return _shared_names


# --- a small, fully known catalogue for search, sorting and the read-only service calls ---


def _at(year: int, month: int, day: int, hour: int = 12) -> dt.datetime:
    return dt.datetime(year, month, day, hour, tzinfo=UTC)


def shelf_films(poster: Poster) -> dict[str, FilmRecord]:
    """Twelve films whose every searchable and sortable value the tests rely on."""
    llv = FilmRecord(
        title="Leaving Las Vegas",
        uuid="00000000-0000-4000-8000-000000000001",
        year=1995,
        runtime=111,
        directors=("Mike Figgis",),
        genres=("Drama", "Romance"),
        languages=("English",),
        countries=("United States",),
        tags=("favourite",),
        cast=(CastCredit("Nicolas Cage", "Ben Sanderson"), CastCredit("Elisabeth Shue", "Sera")),
        crew=(CrewCredit("Declan Quinn", "Cinematography"),),
        characters=(
            Character("Ben Sanderson", "Nicolas Cage"),
            Character("Sera", "Elisabeth Shue", "Her pelican brooch was a gift.", spoiler=True),
        ),
        synopsis="A screenwriter drives to Las Vegas to drink himself to death.",
        # Spoiler-only words: free words must never find them, plot: must.
        plot="His quicksilver charm fades as the money runs out.",
        ending="Sera spreads marmalade on toast the morning after.",
        post_credits="A hummingbird drinks from a feeder.",
        timeline=(TimelineEvent("The zeppelin poster falls.", "Week 4", spoiler=True),),
        imdb_id="tt0113627",
        similar=(
            SimilarFilm("The Lost Weekend", 1945),
            SimilarFilm("The Las Vegas Story", 1952),
            SimilarFilm("Blue Valentine", 2010),
        ),
        poster=poster,
        rating=4.5,
        watched=True,
        viewings=(dt.date(2016, 3, 12), dt.date(2019, 11, 2)),
        added_at=_at(2024, 3, 10),
    )
    films = {
        "llv": llv,
        "amelie": FilmRecord(
            title="Amélie",
            original_title="Le Fabuleux Destin d'Amélie Poulain",
            year=2001,
            runtime=122,
            directors=("Jean-Pierre Jeunet",),
            genres=("Comedy", "Romance"),
            languages=("French",),
            countries=("France",),
            tags=("favourite", "paris"),
            cast=(CastCredit("Audrey Tautou", "Amélie Poulain"),),
            synopsis="A shy waitress in Montmartre quietly arranges the happiness of others.",
            rating=5.0,
            watched=True,
            viewings=(dt.date(2002, 1, 1), dt.date(2024, 12, 24)),
            added_at=_at(2025, 6, 1),
        ),
        "amelie_doc": FilmRecord(
            title="AMÉLIE",
            year=2019,
            runtime=52,
            directors=("Émile Lévesque",),
            genres=("Documentary",),
            languages=("French",),
            countries=("Belgium",),
            synopsis="A portrait of a café and its regulars.",
            added_at=_at(2026, 1, 5),
        ),
        "lost_weekend": FilmRecord(
            title="The Lost Weekend",
            year=1945,
            runtime=101,
            directors=("Billy Wilder",),
            genres=("Drama", "Film-Noir"),
            languages=("English",),
            countries=("United States",),
            cast=(CastCredit("Ray Milland", "Don Birnam"),),
            synopsis="A writer goes on a four-day bender in New York.",
            rating=4.0,
            watched=True,
            viewings=(dt.date(2010, 5, 5),),
            added_at=_at(2023, 1, 1),
        ),
        "vegas_vacation": FilmRecord(
            title="Vegas Vacation",
            year=1997,
            runtime=93,
            directors=("Stephen Kessler",),
            genres=("Comedy",),
            languages=("English",),
            countries=("United States",),
            cast=(CastCredit("Chevy Chase", "Clark Griswold"),),
            synopsis="The Griswolds lose their savings in the casinos.",
            similar=(SimilarFilm("The Las Vegas Story", 1952),),
            rating=2.5,
            added_at=_at(2024, 7, 4),
        ),
        "education": FilmRecord(
            title="An Education",
            year=2009,
            runtime=100,
            directors=("Lone Scherfig",),
            genres=("Drama",),
            languages=("English",),
            countries=("United Kingdom",),
            tags=("coming of age",),
            cast=(CastCredit("Carey Mulligan", "Jenny Mellor"),),
            synopsis="Jenny dreams of Paris, not Vegas, until an older man charms her family.",
            rating=3.5,
            watched=True,
            viewings=(dt.date(2021, 9, 9),),
            # 23:30 at UTC-2 is already 1 January 2025 in UTC: the date boundary needs tz care.
            added_at=dt.datetime(2024, 12, 31, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=-2))),
        ),
        "elite": FilmRecord(
            title="Élite Squad",
            original_title="Tropa de Elite",
            year=2007,
            runtime=115,
            directors=("José Padilha",),
            genres=("Action", "Crime"),
            languages=("Portuguese",),
            countries=("Brazil",),
            cast=(CastCredit("Wagner Moura", "Capitão Nascimento"),),
            synopsis="A police captain in Rio looks for his successor.",
            added_at=_at(2025, 2, 2),
        ),
        "nosferatu": FilmRecord(
            title="Nosferatu",
            year=1922,
            runtime=94,
            directors=("F. W. Murnau",),
            genres=("Horror",),
            languages=("German",),
            countries=("Germany",),
            tags=("silent",),
            cast=(CastCredit("Max Schreck", "Count Orlok"),),
            synopsis="An estate agent travels to Transylvania.",
            rating=4.0,
            watched=True,
            viewings=(dt.date(2022, 10, 31),),
            added_at=_at(2023, 5, 5),
        ),
        "untitled": FilmRecord(
            title="Untitled Home Movie",
            synopsis="Summer holidays, nobody remembers which year.",
            added_at=_at(2026, 2, 1),
        ),
        "zabriskie": FilmRecord(
            title="Zabriskie Point",
            year=1970,
            directors=("Michelangelo Antonioni",),
            genres=("Drama",),
            languages=("English",),
            countries=("United States",),
            added_at=_at(2023, 11, 11),
        ),
        "vegas_story": FilmRecord(
            title="The Las Vegas Story",
            year=1952,
            runtime=88,
            directors=("Robert Stevenson",),
            genres=("Film-Noir",),
            languages=("English",),
            countries=("United States",),
            cast=(CastCredit("Victor Mature", "Dave Andrews"),),
            rating=3.0,
            added_at=_at(2023, 8, 8),
        ),
        "theatre": FilmRecord(
            title="Theatre of Blood",
            year=1973,
            runtime=104,
            directors=("Douglas Hickox",),
            genres=("Horror", "Comedy"),
            languages=("English",),
            countries=("United Kingdom",),
            cast=(CastCredit("Vincent Price", "Edward Lionheart"),),
            rating=3.5,
            added_at=_at(2024, 10, 31),
        ),
    }
    return films


@dataclass
class Shelf:
    """The known catalogue, with films named by short labels instead of ids."""

    service: CatalogueService
    path: Path
    films: dict[str, FilmRecord]
    ids: dict[str, int]

    def label(self, film_id: int) -> str:
        return next(label for label, i in self.ids.items() if i == film_id)

    def found(self, query: str) -> set[str]:
        return {self.label(i) for i in self.service.search(query).ids}

    def order(self, key: SortKey, *, descending: bool = False) -> list[str]:
        return [self.label(i) for i in self.service.search("", key, descending=descending).ids]


@pytest.fixture(scope="session")
def shelf(tmp_path_factory: pytest.TempPathFactory, poster: Poster) -> Iterator[Shelf]:
    """Shared by read-only tests only; anything that writes makes its own catalogue."""
    path = tmp_path_factory.mktemp("shelf") / "shelf.sqlite"
    catalogue = CatalogueService.open(path)
    films = shelf_films(poster)
    ids = dict(zip(films, catalogue.add_films(films.values()), strict=True))
    yield Shelf(catalogue, path, films, ids)
    catalogue.close()


# --- PostgreSQL: the same tests on a server (scripts/test.sh starts a throw-away one) ------

PG_URL_VARIABLE = "FILMDESK_TEST_PG_URL"
BACKENDS = ["sqlite", "postgresql"]


@pytest.fixture(scope="session")
def pg_server() -> URL:
    """The test server's URL (a superuser on its maintenance database), or a skip."""
    raw = os.environ.get(PG_URL_VARIABLE)
    if not raw:
        reason = f"{PG_URL_VARIABLE} is not set (scripts/test.sh starts a throw-away PostgreSQL)"
        if os.environ.get("FILMDESK_REQUIRE_PG"):
            pytest.fail(reason)  # CI must never pass by skipping the server half
        pytest.skip(reason)
    return make_url(raw)


def _admin(server: URL) -> Engine:
    return create_engine(server, isolation_level="AUTOCOMMIT")


@pytest.fixture(scope="module")
def pg_database(pg_server: URL, request: pytest.FixtureRequest) -> Iterator[URL]:
    """A fresh database for one test module, dropped afterwards.

    It collates with ICU's en-US where the server has ICU, as real servers usually do
    (not byte order), so a missing COLLATE "C" shows up as a different sort order.
    """
    module = request.module.__name__.rsplit(".", 1)[-1][:30]
    name = f"fd_{module}_{uuid.uuid4().hex[:8]}".lower()
    admin = _admin(pg_server)
    with admin.connect() as connection:
        try:
            connection.execute(text(
                f'CREATE DATABASE "{name}" TEMPLATE template0 ENCODING UTF8 '
                "LOCALE_PROVIDER icu ICU_LOCALE 'en-US' LOCALE 'C.UTF-8'"
            ))
        except DBAPIError:
            connection.execute(text(f'CREATE DATABASE "{name}" TEMPLATE template0 ENCODING UTF8'))
    try:
        yield pg_server.set(database=name)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def schema_url(database: URL, schema: str) -> URL:
    """``database`` with every connection's search_path set to ``schema``."""
    return database.update_query_dict({"options": f"-csearch_path={schema}"})


@pytest.fixture
def pg_url(pg_database: URL) -> Iterator[str]:
    """A catalogue URL of its own: a fresh schema in the module's database."""
    schema = f"t_{uuid.uuid4().hex[:12]}"
    engine = _admin(pg_database)
    with engine.connect() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield schema_url(pg_database, schema).render_as_string(hide_password=False)
    finally:
        with engine.connect() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        engine.dispose()


@pytest.fixture(params=BACKENDS)
def catalogue_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A new, empty catalogue location on each back end in turn."""
    if request.param == "sqlite":
        return str(tmp_path / "catalogue.sqlite")
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def any_service(catalogue_url: str) -> Iterator[CatalogueService]:
    catalogue = CatalogueService.open(catalogue_url)
    yield catalogue
    catalogue.close()
