# SPDX-License-Identifier: GPL-3.0-or-later
"""The sample catalogue shipped in data/sample loads whole, once."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from filmdesk.catalogue.dto import CastCredit, FilmRecord
from filmdesk.catalogue.service import CatalogueService
from filmdesk.paths import sample_data_dir

# What the film page shows as sections; each must have content for the showcase film.
# (post_credits is left out: Leaving Las Vegas has no post-credit scene.)
SECTIONS = (
    "certification", "languages", "directors", "genres", "countries", "synopsis", "plot",
    "ending", "timeline", "characters", "settings", "themes", "cast", "crew", "budget",
    "gross", "studios", "filming_locations", "release_date", "links", "imdb_id", "tmdb_id",
    "similar",
)  # fmt: skip


def _sample_files() -> list[Path]:
    return sorted(sample_data_dir().glob("films-*.json"))


pytestmark = pytest.mark.skipif(not _sample_files(), reason="data/sample has no films-*.json yet")


@pytest.fixture
def loaded(service: CatalogueService) -> tuple[CatalogueService, list[int]]:
    return service, service.load_sample()


def test_sample_files_are_well_formed() -> None:
    uuids: list[str] = []
    for path in _sample_files():
        films = json.loads(path.read_text("utf-8"))
        assert isinstance(films, list) and films, path.name
        for data in films:
            record = FilmRecord.from_json(data)
            assert record.uuid, f"{path.name}: {record.title} has no uuid"
            uuids.append(record.uuid)
    assert len(uuids) == len(set(uuids)), "a uuid is used twice in the sample"


def test_sample_loads(loaded: tuple[CatalogueService, list[int]]) -> None:
    service, ids = loaded
    assert len(ids) >= 12
    assert service.count() == len(ids)
    # Every sample film is findable by its own title.
    for film in service.films(ids, with_posters=False):
        phrase = film.title.replace('"', " ")
        assert film.id in service.search(f'title:"{phrase}"').ids, film.title


def test_sample_showcase_film(loaded: tuple[CatalogueService, list[int]]) -> None:
    service, _ = loaded
    film = service.find("Leaving Las Vegas (1995)")
    assert film.runtime == 111
    assert "Mike Figgis" in film.directors
    assert CastCredit("Nicolas Cage", "Ben Sanderson") in film.cast
    empty = [name for name in SECTIONS if getattr(film, name) in (None, "", ())]
    assert empty == []
    assert service.search("leav veg").ids == [film.id]


def test_sample_similar_links_mostly_resolve(loaded: tuple[CatalogueService, list[int]]) -> None:
    service, ids = loaded
    links = [s for film in service.films(ids, with_posters=False) for s in film.similar]
    resolved = [s for s in links if s.film_id is not None]
    assert links, "the sample lists no similar films"
    assert len(resolved) > len(links) / 2, f"only {len(resolved)} of {len(links)} resolve"
    assert {s.film_id for s in resolved} <= set(ids)


def test_loading_the_sample_twice_adds_nothing(loaded: tuple[CatalogueService, list[int]]) -> None:
    service, ids = loaded
    before = service.films(ids)
    assert service.load_sample() == []
    assert service.count() == len(ids)
    assert service.films(ids) == before
