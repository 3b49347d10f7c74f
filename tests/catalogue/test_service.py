# SPDX-License-Identifier: GPL-3.0-or-later
"""The service calls the list, the detail page, completers, statistics and quick edits use."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter
from typing import TYPE_CHECKING

import pytest

from filmdesk.catalogue.dto import Backlink, FilmRecord, FilmRow, SortKey
from filmdesk.catalogue.service import CatalogueService
from filmdesk.errors import FilmNotFoundError

if TYPE_CHECKING:
    from .conftest import Shelf

# --- rows ------------------------------------------------------------------------------------


def test_rows_hold_only_list_columns_in_the_requested_order(shelf: Shelf) -> None:
    wanted = ["theatre", "llv", "untitled", "amelie"]
    ids = [shelf.ids[label] for label in wanted]

    rows = shelf.service.rows([*ids[:2], 999_999, *ids[2:]])

    assert [row.id for row in rows] == ids  # unknown ids are skipped, order kept
    assert all(type(row) is FilmRow for row in rows)
    assert {f.name for f in dataclasses.fields(FilmRow)} == {
        "id", "uuid", "title", "year", "runtime", "directors", "genres", "rating", "watched",
        "has_poster",
    }  # fmt: skip
    theatre, llv, untitled, amelie = rows
    assert llv == FilmRow(
        id=shelf.ids["llv"],
        uuid="00000000-0000-4000-8000-000000000001",
        title="Leaving Las Vegas",
        year=1995,
        runtime=111,
        directors=("Mike Figgis",),
        genres=("Drama", "Romance"),
        rating=4.5,
        watched=True,
        has_poster=True,
    )
    assert theatre.genres == ("Horror", "Comedy")  # the film's own order, not alphabetical
    assert (untitled.year, untitled.runtime, untitled.rating, untitled.directors) == (
        None, None, None, (),
    )  # fmt: skip
    assert not amelie.has_poster and amelie.rating == 5.0
    assert shelf.service.rows([]) == []


def test_backlinks(shelf: Shelf) -> None:
    service, ids = shelf.service, shelf.ids
    assert service.backlinks(ids["vegas_story"]) == [
        Backlink(ids["llv"], "Leaving Las Vegas", 1995),
        Backlink(ids["vegas_vacation"], "Vegas Vacation", 1997),
    ]
    assert service.backlinks(ids["lost_weekend"]) == [
        Backlink(ids["llv"], "Leaving Las Vegas", 1995)
    ]
    assert service.backlinks(ids["llv"]) == []


def test_similar_links_resolve_to_catalogue_films(shelf: Shelf) -> None:
    llv = shelf.service.film(shelf.ids["llv"])
    assert [(s.title, s.film_id) for s in llv.similar] == [
        ("The Lost Weekend", shelf.ids["lost_weekend"]),
        ("The Las Vegas Story", shelf.ids["vegas_story"]),
        ("Blue Valentine", None),
    ]


# --- completions ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "kind, prefix, expected",
    [
        ("people", "mike", ["Mike Figgis"]),
        ("people", "MIKE F", ["Mike Figgis"]),
        ("people", "emi", ["Émile Lévesque"]),
        ("people", "ÉMILE LÉ", ["Émile Lévesque"]),
        ("people", "declan", ["Declan Quinn"]),  # crew are people too
        ("people", "nicolas", ["Nicolas Cage"]),
        ("people", "figgis", []),  # prefixes of the whole name only
        ("people", "jose", ["José Padilha"]),
        ("genres", "dr", ["Drama"]),
        ("genres", "FILM", ["Film-Noir"]),
        ("genres", "c", ["Comedy", "Crime"]),
        ("tags", "fav", ["favourite"]),
        ("tags", "", ["coming of age", "favourite", "paris", "silent"]),
        ("languages", "fr", ["French"]),
        ("languages", "PORT", ["Portuguese"]),
        ("countries", "united", ["United Kingdom", "United States"]),
        ("countries", "bel", ["Belgium"]),
        ("countries", "%", []),  # a LIKE wildcard is just a character
        ("genres", "_", []),
    ],
)
def test_completions(shelf: Shelf, kind: str, prefix: str, expected: list[str]) -> None:
    assert shelf.service.completions(kind, prefix) == expected


def test_completion_limit(shelf: Shelf) -> None:
    everyone = shelf.service.completions("people")
    assert len(everyone) > 5
    assert shelf.service.completions("people", limit=3) == everyone[:3]


def test_titles_for_completers(shelf: Shelf) -> None:
    assert shelf.service.titles("lost") == [(shelf.ids["lost_weekend"], "The Lost Weekend", 1945)]
    assert [title for _, title, _ in shelf.service.titles("AMEL")] == ["Amélie", "AMÉLIE"]


# --- statistics -------------------------------------------------------------------------------


def test_stats(shelf: Shelf) -> None:
    films = shelf.films.values()
    stats = shelf.service.stats()

    assert stats.films == 12
    assert stats.watched == 5
    assert stats.total_runtime == 980
    genres = Counter(genre for film in films for genre in film.genres)
    assert stats.by_genre == sorted(genres.items(), key=lambda item: (-item[1], item[0]))
    assert stats.by_genre[0] == ("Drama", 4)
    assert stats.by_decade == [
        (1920, 1), (1940, 1), (1950, 1), (1970, 2), (1990, 2), (2000, 3), (2010, 1),
    ]  # fmt: skip
    directors = Counter(d for film in films for d in film.directors)
    assert stats.by_director == sorted(directors.items(), key=lambda i: (-i[1], i[0]))[:10]
    assert stats.by_rating == [(2.5, 1), (3.0, 1), (3.5, 2), (4.0, 2), (4.5, 1), (5.0, 1)]
    as_json = stats.to_json()
    assert as_json["unwatched"] == 7 and as_json["by_decade"]["1990s"] == 2


def test_stats_of_an_empty_catalogue(service: CatalogueService) -> None:
    stats = service.stats()
    assert (stats.films, stats.watched, stats.total_runtime) == (0, 0, 0)
    assert [stats.by_genre, stats.by_decade, stats.by_director, stats.by_rating] == [[]] * 4


def test_stats_count_a_shared_director_once_per_film(service: CatalogueService) -> None:
    service.add_films(
        [
            FilmRecord(title="Double Indemnity", directors=("Billy Wilder",), year=1944),
            FilmRecord(title="The Apartment", directors=("Billy Wilder",), year=1960),
            FilmRecord(title="Heat", directors=("Michael Mann",), year=1995),
        ]
    )
    assert service.stats().by_director == [("Billy Wilder", 2), ("Michael Mann", 1)]


# --- quick edits ---------------------------------------------------------------------------


def test_set_watched_records_viewings(service: CatalogueService) -> None:
    film = service.add_film(FilmRecord(title="Heat", year=1995))
    other = service.add_film(FilmRecord(title="Ronin", year=1998))

    service.set_watched([film.id or 0], True, on=dt.date(2020, 5, 1))
    service.set_watched([film.id or 0, other.id or 0], True, on=dt.date(2023, 7, 9))

    heat = service.film(film.id or 0)
    assert heat.watched and heat.viewings == (dt.date(2020, 5, 1), dt.date(2023, 7, 9))
    assert service.film(other.id or 0).viewings == (dt.date(2023, 7, 9),)
    assert service.search("watched:yes").count == 2
    # last_watched follows the newest viewing, so the list can sort on it.
    service.set_watched([other.id or 0], True, on=dt.date(2024, 1, 1))
    assert service.search("", SortKey.LAST_WATCHED).ids == [film.id, other.id]

    service.set_watched([film.id or 0], False)
    unwatched = service.film(film.id or 0)
    assert not unwatched.watched
    assert unwatched.viewings == heat.viewings  # history is kept
    assert service.search("watched:no").ids == [film.id]


def test_set_watched_defaults_to_today(service: CatalogueService) -> None:
    film = service.add_film(FilmRecord(title="Today"))
    before = dt.date.today()
    service.set_watched([film.id or 0], True)
    (day,) = service.film(film.id or 0).viewings
    assert before <= day <= dt.date.today()


def test_set_watched_on_nothing_or_the_same_film_twice(service: CatalogueService) -> None:
    film = service.add_film(FilmRecord(title="Once"))
    service.set_watched([], True)
    service.set_watched([film.id or 0, film.id or 0], True, on=dt.date(2024, 2, 2))
    after = service.film(film.id or 0)
    assert after.viewings == (dt.date(2024, 2, 2),)
    assert after.version == 2


def test_set_rating(service: CatalogueService) -> None:
    films = service.add_films([FilmRecord(title="One"), FilmRecord(title="Two", rating=1.0)])
    service.set_rating(films, 3.5)
    assert [service.film(i).rating for i in films] == [3.5, 3.5]
    assert service.search("rating:3.5").ids == service.search("").ids
    service.set_rating(films[:1], None)
    assert service.film(films[0]).rating is None
    assert service.film(films[1]).rating == 3.5
    assert service.film(films[1]).version == 2


# --- finding one film ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "key, label",
    [
        ("00000000-0000-4000-8000-000000000001", "llv"),
        ("tt0113627", "llv"),
        ("Leaving Las Vegas", "llv"),
        ("  leaving   las vegas ", "llv"),
        ("Leaving Las Vegas (1995)", "llv"),
        ("The Lost Weekend", "lost_weekend"),
        ("lost weekend", "lost_weekend"),
        ("amelie", "amelie"),  # two films fold to "amelie": the older comes first
        ("AMÉLIE (2019)", "amelie_doc"),
        ("Amélie (2001)", "amelie"),
        ("Untitled Home Movie", "untitled"),
    ],
)
def test_find(shelf: Shelf, key: str, label: str) -> None:
    assert shelf.service.find(key).id == shelf.ids[label]


@pytest.mark.parametrize("key", ["Nope", "Leaving Las Vegas (1994)", "tt9999999", ""])
def test_find_unknown(shelf: Shelf, key: str) -> None:
    with pytest.raises(FilmNotFoundError):
        shelf.service.find(key)


def test_same_title_and_year(shelf: Shelf) -> None:
    service, ids = shelf.service, shelf.ids
    assert [r.id for r in service.same_title_and_year("amélie", 2001)] == [ids["amelie"]]
    assert [r.id for r in service.same_title_and_year("Lost Weekend", 1945)] == [
        ids["lost_weekend"]
    ]
    assert service.same_title_and_year("Amélie", 2001, excluding=ids["amelie"]) == []
    assert service.same_title_and_year("Amélie", 1999) == []
    assert [r.id for r in service.same_title_and_year("untitled home movie", None)] == [
        ids["untitled"]
    ]


def test_a_stream_of_films_reads_one_snapshot(service: CatalogueService) -> None:
    """An export sees the catalogue as it was when it began, whatever is saved meanwhile."""
    service.load_sample()
    ids = service.search("").ids
    last = service.film(ids[-1])
    stream = service.stream_films(ids, batch_size=2)
    first = next(stream)
    service.update_film(dataclasses.replace(last, title=last.title + " (edited)"))
    service.delete_films([ids[-2]])
    rest = list(stream)
    assert [f.id for f in [first, *rest]] == ids
    assert rest[-1].title == last.title
