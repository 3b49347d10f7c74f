# SPDX-License-Identifier: GPL-3.0-or-later
"""What the film list reads, as plain SQL that any DB-API connection can run.

The list's orders and its rows are spelled here once. The service runs them through
SQLAlchemy; ``first_screen`` runs them on a bare ``sqlite3`` connection, so the window
can show its first rows before SQLAlchemy has finished loading. Nothing here imports
SQLAlchemy or Qt.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

from filmdesk.catalogue.dto import FilmRow, SortKey


class OrderTerm(NamedTuple):
    column: str  # a column of the films table
    descending: bool
    nulls_last: bool

    def sql(self) -> str:
        direction = "DESC" if self.descending else "ASC"
        return f"films.{self.column} {direction}" + (" NULLS LAST" if self.nulls_last else "")


# Each order: the columns that follow the chosen direction (and whether they may be NULL),
# then the ascending tie-breakers. Missing values (NULL) always come last.
_ORDERS: dict[SortKey, tuple[tuple[tuple[str, bool], ...], tuple[str, ...]]] = {
    SortKey.TITLE: ((("sort_key", False), ("year", True), ("id", False)), ()),
    SortKey.YEAR: ((("year", True),), ("sort_key", "id")),
    SortKey.RUNTIME: ((("runtime", True),), ("sort_key", "id")),
    SortKey.RATING: ((("rating", True),), ("sort_key", "id")),
    SortKey.ADDED: ((("added_at", False), ("id", False)), ()),
    SortKey.LAST_WATCHED: ((("last_watched", True),), ("sort_key", "id")),
}

# Whether a film without a year shares its sort key with a film that has one. Only then
# does "year NULLS LAST" order two films differently from a plain ascending year (NULL
# first) in the title order. Answered from the year and title indexes, so it is instant.
YEARS_TIE_SQL = (
    "SELECT 1 FROM films WHERE films.year IS NULL AND EXISTS ("
    "SELECT 1 FROM films AS dated WHERE dated.sort_key = films.sort_key "
    "AND dated.year IS NOT NULL) LIMIT 1"
)


def order_terms(key: SortKey, descending: bool, *, years_tie: bool = True) -> list[OrderTerm]:
    """ORDER BY terms for ``key``.

    NULLS LAST is left off the columns that are never NULL: it would change nothing but
    keep SQLite from reading the order straight off an index. With ``years_tie`` false
    (see ``YEARS_TIE_SQL``) it is left off the year of the ascending title order too.
    """
    directed, ties = _ORDERS[key]
    terms = []
    for column, nullable in directed:
        if key is SortKey.TITLE and column == "year" and not descending and not years_tie:
            nullable = False
        terms.append(OrderTerm(column, descending, nullable))
    terms += [OrderTerm(column, False, False) for column in ties]
    return terms


# The three reads behind a screenful of rows; ``{ids}`` stands for the list of ids in
# whichever form the connection takes (an expanding parameter, or "(?, ?, …)").
ROWS_SQL = (
    "SELECT films.id, films.uuid, films.title, films.year, films.runtime, films.rating, "
    "films.watched, EXISTS (SELECT 1 FROM posters WHERE posters.film_id = films.id) "
    "FROM films WHERE films.id IN {ids}"
)
DIRECTORS_SQL = (
    "SELECT film_directors.film_id, people.name FROM film_directors "
    "JOIN people ON people.id = film_directors.person_id "
    "WHERE film_directors.film_id IN {ids} "
    "ORDER BY film_directors.film_id, film_directors.position"
)
GENRES_SQL = (
    "SELECT film_genres.film_id, genres.name FROM film_genres "
    "JOIN genres ON genres.id = film_genres.genre_id "
    "WHERE film_genres.film_id IN {ids} "
    "ORDER BY film_genres.film_id, film_genres.position"
)


def film_rows(
    ids: Sequence[int],
    rows: Iterable[Sequence[Any]],
    directors: Iterable[Sequence[Any]],
    genres: Iterable[Sequence[Any]],
) -> list[FilmRow]:
    """``FilmRow``s in the order of ``ids`` from what the three reads returned."""
    names: dict[str, dict[int, list[str]]] = {"directors": defaultdict(list),
                                               "genres": defaultdict(list)}
    for kind, found in (("directors", directors), ("genres", genres)):
        for film_id, name in found:
            names[kind][film_id].append(name)
    by_id = {row[0]: row for row in rows}
    out = []
    for film_id in ids:
        row = by_id.get(film_id)
        if row is None:
            continue  # deleted meanwhile: a list skips it
        _, uuid, title, year, runtime, rating, watched, has_poster = row
        out.append(
            FilmRow(
                id=film_id,
                uuid=uuid,
                title=title,
                year=year,
                runtime=runtime,
                directors=tuple(names["directors"].get(film_id, ())),
                genres=tuple(names["genres"].get(film_id, ())),
                rating=rating / 2 if rating is not None else None,
                watched=bool(watched),
                has_poster=bool(has_poster),
            )
        )
    return out
