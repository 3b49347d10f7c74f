# SPDX-License-Identifier: GPL-3.0-or-later
"""The film list's first screen, read from a catalogue file with nothing but ``sqlite3``.

Loading SQLAlchemy takes longer than everything else a start-up does. The window shows
the list from this read at once, and the catalogue service (SQLAlchemy, migrations,
search) finishes loading behind it. Anything unusual — a missing or foreign file, an
older or newer schema, a locked or damaged database — returns ``None``, and the start
takes the ordinary road, where the service explains the problem or upgrades the file.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from filmdesk.catalogue.dto import FilmRow, SearchResult, SortKey
from filmdesk.catalogue.listing import (
    DIRECTORS_SQL,
    GENRES_SQL,
    ROWS_SQL,
    YEARS_TIE_SQL,
    film_rows,
    order_terms,
)
from filmdesk.catalogue.revision import CATALOGUE_MARK, SCHEMA_HEAD


@dataclass(frozen=True, slots=True)
class FirstScreen:
    """The whole catalogue in list order: its first ids, and rows for the first of them."""

    result: SearchResult
    rows: list[FilmRow]


def read_first_screen(
    path: Path, sort: SortKey, descending: bool, *, ids: int, rows: int
) -> FirstScreen | None:
    """The first ``ids`` ids of the unfiltered list and rows for the first ``rows``."""
    if not path.is_file():
        return None
    try:
        # mode=rw: never create a file; the read changes nothing.
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True)
    except sqlite3.Error:
        return None
    with closing(connection):
        try:
            return _read(connection, sort, descending, ids, rows)
        except sqlite3.Error:
            return None


def _read(
    connection: sqlite3.Connection, sort: SortKey, descending: bool, ids: int, rows: int
) -> FirstScreen | None:
    tables = {name for (name,) in connection.execute("SELECT name FROM sqlite_master")}
    if not {"catalogue_info", "alembic_version", "films"} <= tables:
        return None
    mark = connection.execute("SELECT value FROM catalogue_info WHERE key = 'format'").fetchone()
    revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    if mark != (CATALOGUE_MARK,) or revision != (SCHEMA_HEAD,):
        return None
    size = connection.execute("SELECT count(*) FROM films").fetchone()[0]
    years_tie = (
        sort is SortKey.TITLE
        and not descending
        and connection.execute(YEARS_TIE_SQL).fetchone() is not None
    )
    order = ", ".join(term.sql() for term in order_terms(sort, descending, years_tie=years_tie))
    listed_ids = connection.execute(f"SELECT id FROM films ORDER BY {order} LIMIT ?", (ids,))
    first = [film_id for (film_id,) in listed_ids]
    shown = first[:rows]
    marks = "(" + ", ".join("?" * len(shown)) + ")"

    def read(sql: str) -> list[tuple[object, ...]]:
        return connection.execute(sql.format(ids=marks), shown).fetchall() if shown else []

    listed = film_rows(shown, read(ROWS_SQL), read(DIRECTORS_SQL), read(GENRES_SQL))
    return FirstScreen(SearchResult(first, size, size), listed)
