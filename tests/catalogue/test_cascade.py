# SPDX-License-Identifier: GPL-3.0-or-later
"""What a delete takes with it, and what it must leave alone."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

from filmdesk.catalogue.dto import CastCredit, FilmRecord, SimilarFilm
from filmdesk.catalogue.service import CatalogueService


def test_delete_removes_every_child_row_and_nothing_else(
    service: CatalogueService,
    full_film: Callable[..., FilmRecord],
    film_row_counts: Callable[[Path, int], dict[str, int]],
    shared_names: Callable[[Path], dict[str, set[str]]],
) -> None:
    assert service.path is not None
    doomed = service.add_film(full_film())
    # Shares a director, a genre, a tag, a language, a country and an actor with it.
    neighbour = service.add_film(
        FilmRecord(
            title="One from the Heart",
            year=1981,
            directors=("Mike Figgis",),
            genres=("Drama",),
            tags=("favourite",),
            languages=("English",),
            countries=("France",),
            cast=(CastCredit("Nicolas Cage", "Extra"),),
            similar=(SimilarFilm("Leaving Las Vegas", 1995),),
        )
    )
    before_doomed = film_row_counts(service.path, doomed.id or 0)
    before_neighbour = film_row_counts(service.path, neighbour.id or 0)
    # Every child table has something to lose, or the test would prove nothing.
    assert all(before_doomed.values()), before_doomed
    assert service.film(neighbour.id or 0).similar[0].film_id == doomed.id

    service.delete_films([doomed.id or 0])

    assert film_row_counts(service.path, doomed.id or 0) == dict.fromkeys(before_doomed, 0)
    assert film_row_counts(service.path, neighbour.id or 0) == before_neighbour
    names = shared_names(service.path)
    assert {"Mike Figgis", "Nicolas Cage"} <= names["people"]
    assert "Drama" in names["genres"]
    assert "favourite" in names["tags"]
    assert "English" in names["languages"]
    assert "France" in names["countries"]
    after = service.film(neighbour.id or 0)
    # Only the pointer goes: the neighbour keeps the title and year it listed.
    assert after.similar == (SimilarFilm("Leaving Las Vegas", 1995),)
    assert dataclasses.replace(after, similar=()) == dataclasses.replace(neighbour, similar=())
    assert service.search("figgis").ids == [neighbour.id]
    assert service.search("sanderson").ids == []


def test_delete_leaves_other_films_untouched(
    service: CatalogueService, full_film: Callable[..., FilmRecord]
) -> None:
    keep = [service.add_film(FilmRecord(title=f"Keeper {n}", year=2000 + n)) for n in range(3)]
    doomed = service.add_film(full_film())
    service.delete_films([doomed.id or 0])
    assert service.films([f.id or 0 for f in keep]) == keep
    assert service.count() == 3


def test_title_only_links_attach_when_the_film_arrives(service: CatalogueService) -> None:
    fan = service.add_film(
        FilmRecord(
            title="Fan",
            similar=(
                SimilarFilm("ghost world", 2001),  # case differs from the film's title
                SimilarFilm("The Apartment"),  # no year: any year matches
            ),
        )
    )
    assert all(s.film_id is None for s in fan.similar)

    wrong_year = service.add_film(FilmRecord(title="Ghost World", year=1950))
    assert service.film(fan.id or 0).similar[0].film_id is None

    right = service.add_film(FilmRecord(title="Ghost World", year=2001))
    apartment = service.add_film(FilmRecord(title="Apartment, The", year=1960))
    later = service.film(fan.id or 0)
    assert later.similar[0] == SimilarFilm("Ghost World", 2001, right.id, right.uuid)
    # "Apartment, The" folds differently from "The Apartment": no false match.
    assert later.similar[1].film_id is None
    assert [b.film_id for b in service.backlinks(right.id or 0)] == [fan.id]
    assert service.backlinks(wrong_year.id or 0) == []
    assert service.backlinks(apartment.id or 0) == []

    the_apartment = service.add_film(FilmRecord(title="The Apartment", year=1960))
    assert service.film(fan.id or 0).similar[1].film_id == the_apartment.id


def test_links_attach_when_a_film_is_renamed(service: CatalogueService) -> None:
    fan = service.add_film(FilmRecord(title="Fan", similar=(SimilarFilm("Heat", 1995),)))
    film = service.add_film(FilmRecord(title="Heat (working title)", year=1995))
    assert service.film(fan.id or 0).similar[0].film_id is None
    renamed = service.update_film(dataclasses.replace(film, title="Heat"))
    assert service.film(fan.id or 0).similar[0].film_id == renamed.id
