# SPDX-License-Identifier: GPL-3.0-or-later
"""The few things that differ between database back ends, behind one small interface.

Everything else in the catalogue is portable SQLAlchemy. A back end owns the full-text
index (SQLite FTS5 here) and the connection set-up its engine needs.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import Connection, Engine, Integer, bindparam, column, event, text
from sqlalchemy.sql.elements import ColumnElement

from filmdesk.catalogue.models import Film

# The searchable text of a film, split by what a query field may aim at.
SEARCH_COLUMNS = ("title", "directors", "cast", "characters", "tags", "synopsis", "plot")
# Free words never look at spoilers; `plot:` must be asked for.
FREE_TEXT_COLUMNS = ("title", "directors", "cast", "characters", "tags", "synopsis")


@dataclass(frozen=True, slots=True)
class SearchDocument:
    film_id: int
    title: str  # title and original title
    directors: str
    cast: str
    characters: str
    tags: str
    synopsis: str
    plot: str  # plot, ending, spoiler timeline events, spoiler character notes, post-credits


@dataclass(frozen=True, slots=True)
class TextTerm:
    """Words that must all appear: each as a prefix, or together as an exact ``phrase``."""

    words: tuple[str, ...]
    phrase: bool = False


class Backend(Protocol):
    name: str

    def configure_engine(self, engine: Engine) -> None: ...

    def create_search_index(self, connection: Connection) -> None: ...

    def index_films(self, connection: Connection, documents: Sequence[SearchDocument]) -> None: ...

    def unindex_films(self, connection: Connection, film_ids: Iterable[int]) -> None: ...

    def text_match(
        self, columns: Sequence[str], terms: Sequence[TextTerm]
    ) -> ColumnElement[bool]: ...


class SQLiteBackend:
    """SQLite with an FTS5 table whose rowid is the film id."""

    name = "sqlite"

    def configure_engine(self, engine: Engine) -> None:
        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_connection, _record):  # type: ignore[no-untyped-def]
            cursor = dbapi_connection.cursor()
            # Foreign keys are off by default in SQLite; without them cascades silently fail.
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA busy_timeout=5000")
            cursor.close()

    def create_search_index(self, connection: Connection) -> None:
        columns = ", ".join(SEARCH_COLUMNS)
        # remove_diacritics 2 folds accents on both the text and the query; prefix
        # indexes keep two- and three-letter prefix queries fast at 100k films.
        connection.execute(
            text(
                f"CREATE VIRTUAL TABLE IF NOT EXISTS film_search USING fts5({columns}, "
                "tokenize='unicode61 remove_diacritics 2', prefix='1 2 3')"
            )
        )

    def index_films(self, connection: Connection, documents: Sequence[SearchDocument]) -> None:
        if not documents:
            return
        self.unindex_films(connection, [d.film_id for d in documents])
        # Plain tuples straight to the driver: SQLAlchemy's per-row parameter handling
        # costs as much as FTS5's tokenising in a bulk import.
        placeholders = ", ".join("?" for _ in SEARCH_COLUMNS)
        connection.exec_driver_sql(
            f"INSERT INTO film_search(rowid, {', '.join(SEARCH_COLUMNS)}) "
            f"VALUES (?, {placeholders})",
            [
                (d.film_id, d.title, d.directors, d.cast, d.characters, d.tags, d.synopsis, d.plot)
                for d in documents
            ],
        )

    def unindex_films(self, connection: Connection, film_ids: Iterable[int]) -> None:
        ids = [(i,) for i in film_ids]
        if ids:
            connection.exec_driver_sql("DELETE FROM film_search WHERE rowid = ?", ids)

    def text_match(
        self, columns: Sequence[str], terms: Sequence[TextTerm]
    ) -> ColumnElement[bool]:
        expression = fts5_expression(columns, terms)
        # unique=True: several matches in one query (a OR b) must not share one parameter.
        subquery = text("SELECT rowid FROM film_search WHERE film_search MATCH :fts").bindparams(
            bindparam("fts", expression, unique=True)
        )
        return Film.id.in_(subquery.columns(column("rowid", Integer)))


def fts5_expression(columns: Sequence[str], terms: Sequence[TextTerm]) -> str:
    """An FTS5 query string built only from quoted tokens, never from raw user syntax."""
    parts = []
    for term in terms:
        words = [w.replace('"', '""') for w in term.words]
        if term.phrase:
            parts.append('"' + " ".join(words) + '"')
        else:
            # Every word is a prefix: "leav veg" finds "Leaving Las Vegas".
            parts.extend(f'"{word}"*' for word in words)
    body = " AND ".join(parts)
    return "{" + " ".join(columns) + "} : (" + body + ")"


def backend_for(dialect_name: str) -> Backend:
    if dialect_name == "sqlite":
        return SQLiteBackend()
    from filmdesk.errors import CatalogueOpenError

    raise CatalogueOpenError(dialect_name, f"the {dialect_name} database is not supported yet")
