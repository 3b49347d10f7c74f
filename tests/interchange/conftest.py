# SPDX-License-Identifier: GPL-3.0-or-later
"""Fixtures for the import/export suite: catalogues to export, posters, and a comparer.

Every catalogue is a real SQLite file under ``tmp_path``. The generated catalogues come
from ``generate_films`` with posters added to some films, so round trips cover posters,
similar-film links that point forward and backward, and every list section.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from interchange_helpers import make_poster, with_posters

from filmdesk.catalogue.dto import (
    CastCredit,
    Character,
    CrewCredit,
    FilmRecord,
    Link,
    NamedNote,
    Poster,
    SimilarFilm,
    TimelineEvent,
)
from filmdesk.catalogue.generator import generate_films
from filmdesk.catalogue.service import CatalogueService

UTC = dt.UTC


@pytest.fixture(scope="session")
def posters() -> list[Poster]:
    return [make_poster((150, 30, 40)), make_poster((20, 90, 160), alpha=True)]


@pytest.fixture
def catalogue(tmp_path: Path) -> Iterator[CatalogueService]:
    """An empty catalogue."""
    service = CatalogueService.open(tmp_path / "target.sqlite")
    yield service
    service.close()


@pytest.fixture
def make_catalogue(tmp_path: Path) -> Iterator[Callable[[str], CatalogueService]]:
    """More empty catalogues, by name, closed at the end of the test."""
    opened: list[CatalogueService] = []

    def make(name: str) -> CatalogueService:
        service = CatalogueService.open(tmp_path / f"{name}.sqlite")
        opened.append(service)
        return service

    yield make
    for service in opened:
        service.close()


@pytest.fixture(scope="session")
def generated_source(
    tmp_path_factory: pytest.TempPathFactory, posters: list[Poster]
) -> Iterator[CatalogueService]:
    """300 generated films (a third with posters) plus the sample; shared, never written."""
    service = CatalogueService.open(tmp_path_factory.mktemp("generated") / "source.sqlite")
    service.load_sample()
    service.add_films(with_posters(generate_films(300, seed=7), posters))
    yield service
    service.close()


@pytest.fixture
def full_film(posters: list[Poster]) -> FilmRecord:
    """A film with every field set, with characters that stress the text formats."""
    return FilmRecord(
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
        synopsis="A screenwriter drives to Las Vegas; to drink | himself to death.",
        plot="Ben sells everything.\nHe moves into a motel: off the Strip.",
        ending="=SUM(A1:A9) is not a formula here",
        timeline=(
            TimelineEvent("Ben is fired from the studio; he leaves.", "Day 1"),
            TimelineEvent("Ben dies with Sera beside him.", "Week 4", spoiler=True),
            TimelineEvent("No marker: but a colon", ""),
            TimelineEvent("[spoiler] is literally written here", "00:45:10"),
        ),
        characters=(
            Character("Ben Sanderson", "Nicolas Cage", "A screenwriter | who drinks."),
            Character("Sera", "Elisabeth Shue", "She tells it all; to a therapist.", True),
        ),
        settings=(NamedNote("Las Vegas Strip", "Neon that never sleeps."), NamedNote("Motel")),
        themes=(NamedNote("Addiction", "Shown without a recovery arc."),),
        cast=(
            CastCredit("Nicolas Cage", "Ben Sanderson"),
            CastCredit("Elisabeth Shue", "Sera"),
            CastCredit("Julian Sands"),
            CastCredit("Someone as Themselves", "Narrator as a child"),
        ),
        crew=(
            CrewCredit("Mike Figgis", "Screenplay"),
            CrewCredit("Declan Quinn", "Cinematography: 35 mm"),
            CrewCredit("Anonymous", ""),
        ),
        budget=3_600_000,
        gross=49_800_000,
        currency="EUR",
        studios=("Lumière Pictures", "United Artists; UK"),
        filming_locations=("Las Vegas, Nevada", "Los Angeles, California"),
        release_date=dt.date(1995, 10, 27),
        post_credits="-A dedication to the novelist.",
        links=(
            Link("IMDb", "https://www.imdb.com/title/tt0113627/"),
            Link("Wiki | en", "http://en.wikipedia.org/wiki/Leaving_Las_Vegas"),
        ),
        imdb_id="tt0113627",
        tmdb_id="451",
        similar=(SimilarFilm("Blue Valentine", 2010), SimilarFilm("Barfly")),
        poster=posters[0],
        rating=4.5,
        watched=True,
        viewings=(dt.date(2016, 3, 12), dt.date(2019, 11, 2)),
        tags=("favourite", "+own on blu-ray", "back\\slash"),
        notes="@Shue's monologue stays with me.\nRewatch in winter.",
        added_at=dt.datetime(2026, 1, 14, 20, 11, 5, tzinfo=UTC),
        updated_at=dt.datetime(2026, 2, 15, 9, 42, 30, tzinfo=UTC),
    )
