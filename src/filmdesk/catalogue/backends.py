# SPDX-License-Identifier: GPL-3.0-or-later
"""The few things that differ between database back ends, behind one small interface.

Everything else in the catalogue is portable SQLAlchemy. A back end owns the full-text
index (SQLite FTS5 here) and the connection set-up its engine needs.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy import (
    Connection,
    Engine,
    Integer,
    Select,
    and_,
    bindparam,
    column,
    event,
    exists,
    func,
    or_,
    select,
    text,
)
from sqlalchemy import table as table_clause
from sqlalchemy.sql.elements import BindParameter, ColumnElement

from filmdesk.catalogue.models import Film

# The searchable text of a film, split by what a query field may aim at.
SEARCH_COLUMNS = ("title", "directors", "cast", "characters", "tags", "synopsis", "plot")
# Free words never look at spoilers; `plot:` must be asked for.
FREE_TEXT_COLUMNS = ("title", "directors", "cast", "characters", "tags", "synopsis")

# SQLite keeps the spoilers in an FTS5 table of their own. They are three quarters of a
# film's words, and free words (every keystroke of search as you type) would otherwise
# step over all of their positions; their own table also needs no prefix indexes, which
# roughly halves the cost of indexing a film.
FTS_TABLES = {"film_search": FREE_TEXT_COLUMNS, "film_search_plot": ("plot",)}
FTS_TOKENIZE = "tokenize='unicode61 remove_diacritics 2'"
# remove_diacritics 2 folds accents on both the text and the query; prefix indexes keep
# one- to three-letter prefix queries of free words fast at 100k films.
FTS_OPTIONS = {"film_search": f"{FTS_TOKENIZE}, prefix='1 2 3'", "film_search_plot": FTS_TOKENIZE}
# Pending index data FTS5 holds in memory before writing a segment (default 1 MB): fewer,
# larger segments make a bulk import merge less. Only a long write transaction fills it.
FTS_HASH_SIZE = 16 * 1024 * 1024
# A text match is "broad" past this share of the catalogue (and this many films), and is
# then checked while films are read in list order rather than looked up one by one.
BROAD_SHARE = 0.1
BROAD_MINIMUM = 2000
# Checking one film against a match costs FTS5 a seek per word (tens of microseconds), so
# a first screen asks film by film only while it expects to look at no more films than this.
PAGE_PROBE_LIMIT = 200


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
    """SQLite with FTS5 tables whose rowid is the film id."""

    name = "sqlite"

    def __init__(self, connection: Connection | None = None) -> None:
        self._connection = connection  # only on the copy for_connection() makes
        self._catalogue_size: int | None = None
        # id() of each match this copy made → the match itself (held, so its id is never
        # reused by a later clause), its table, parameter and number of films
        self._counted: dict[int, tuple[ColumnElement[bool], str, BindParameter[str], int]] = {}

    def for_connection(self, connection: Connection) -> SQLiteBackend:
        """This back end for compiling one search that runs on ``connection``.

        Its text matches look at how much of the catalogue they take in (see
        ``text_match``). An optional capability: the service looks it up with getattr.
        """
        return SQLiteBackend(connection)

    def match_count(self, condition: ColumnElement[bool]) -> int | None:
        """How many films ``condition`` matches, if it is one text match this copy counted.

        Counting in the FTS5 table alone takes milliseconds where counting films "IN" a
        broad match builds the whole set of ids first; most typed searches are one match.
        """
        counted = self._counted.get(id(condition))
        return counted[3] if counted is not None and counted[0] is condition else None

    def first_rows_condition(
        self, condition: ColumnElement[bool], rows: int
    ) -> ColumnElement[bool]:
        """``condition`` (one text match this copy made) tuned to find its first ``rows`` films.

        A one-letter prefix takes in most of the catalogue. Reading films in list order and
        asking FTS5 about each one finds sixty of them after a hundred-odd films, without
        building the set of every match. Each question costs a seek in the prefix indexes,
        so this pays only where the share matched is large and those indexes exist.
        """
        counted = self._counted.get(id(condition))
        if counted is None or counted[0] is not condition:
            return condition
        _, table, fts, found = counted
        if table != "film_search" or found * PAGE_PROBE_LIMIT < rows * self._size():
            return condition
        index = table_clause(table, column("rowid", Integer), column(table))
        film_id: ColumnElement[int] = Film.__table__.c.id
        return exists().where(index.c[table].op("MATCH")(fts), index.c.rowid == film_id)

    def read_snapshot(self, connection: Connection) -> Connection:
        """``connection`` reading one unchanging catalogue until it is closed.

        Python's sqlite3 starts no transaction for reads, so each query would see the
        latest commit; an explicit BEGIN makes the WAL keep this connection's snapshot.
        """
        connection.exec_driver_sql("BEGIN")
        return connection

    def fetch_ids(self, connection: Connection, statement: Select[Any]) -> list[int]:
        """The ids a one-column select returns, in its order, fetched as one text.

        A one-letter search returns most of a 100k catalogue. Python takes about half a
        microsecond per row it fetches; SQLite joins the ids into one string in C instead,
        and the JSON parser reads it back as a list. The aggregate reads its subquery in
        the subquery's order (SQLite never flattens an ordered subquery into an aggregate).
        """
        ordered = statement.subquery()
        joined = select(func.group_concat(ordered.c[0], ",")).select_from(ordered)
        text_ids = connection.scalar(joined)
        return json.loads(f"[{text_ids}]") if text_ids else []

    def configure_engine(self, engine: Engine) -> None:
        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_connection, _record):  # type: ignore[no-untyped-def]
            cursor = dbapi_connection.cursor()
            # Foreign keys are off by default in SQLite; without them cascades silently fail.
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA busy_timeout=5000")
            # The default 2 MB page cache holds a fraction of a 100k catalogue's indexes:
            # imports would write the same pages to the WAL again and again, and every
            # search would re-read them. This is a ceiling; memory is taken as pages are.
            cursor.execute("PRAGMA cache_size=-65536")
            # Sorts and IN (...) sets of a search stay in memory, not in temporary files.
            cursor.execute("PRAGMA temp_store=MEMORY")
            cursor.close()

    def create_search_index(self, connection: Connection) -> None:
        for table, columns in FTS_TABLES.items():
            connection.execute(
                text(
                    f"CREATE VIRTUAL TABLE IF NOT EXISTS {table} USING fts5("
                    f"{', '.join(columns)}, {FTS_OPTIONS[table]})"
                )
            )
            connection.execute(
                text(f"INSERT INTO {table}({table}, rank) VALUES ('hashsize', {FTS_HASH_SIZE})")
            )

    def index_films(self, connection: Connection, documents: Sequence[SearchDocument]) -> None:
        if not documents:
            return
        self.unindex_films(connection, [d.film_id for d in documents])
        # Plain tuples straight to the driver: SQLAlchemy's per-row parameter handling
        # costs as much as FTS5's tokenising in a bulk import.
        connection.exec_driver_sql(
            f"INSERT INTO film_search(rowid, {', '.join(FREE_TEXT_COLUMNS)}) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (d.film_id, d.title, d.directors, d.cast, d.characters, d.tags, d.synopsis)
                for d in documents
            ],
        )
        connection.exec_driver_sql(
            "INSERT INTO film_search_plot(rowid, plot) VALUES (?, ?)",
            [(d.film_id, d.plot) for d in documents],
        )

    def unindex_films(self, connection: Connection, film_ids: Iterable[int]) -> None:
        ids = [(i,) for i in film_ids]
        if ids:
            for table in FTS_TABLES:
                connection.exec_driver_sql(f"DELETE FROM {table} WHERE rowid = ?", ids)

    def text_match(
        self, columns: Sequence[str], terms: Sequence[TextTerm]
    ) -> ColumnElement[bool]:
        free = [c for c in columns if c != "plot"]
        if len(free) in (0, len(columns)):
            table = "film_search" if free else "film_search_plot"
            return self._match(table, fts5_expression(columns, terms))
        # Columns from both tables (no query field asks for that yet): every word or
        # phrase may then be found in either table, as within one FTS5 column filter.
        parts = [
            TextTerm((word,)) for term in terms if not term.phrase for word in term.words
        ] + [term for term in terms if term.phrase]
        return and_(
            *(
                or_(
                    self._match("film_search", fts5_expression(free, [part])),
                    self._match("film_search_plot", fts5_expression(["plot"], [part])),
                )
                for part in parts
            )
        )

    def _match(self, table: str, expression: str) -> ColumnElement[bool]:
        # unique=True: several matches in one query (a OR b) must not share one parameter.
        fts: BindParameter[str] = bindparam("fts", expression, unique=True)
        film_id: ColumnElement[int] = Film.__table__.c.id
        if self._connection is None:
            return film_id.in_(self._matching_ids(table, fts))
        found = self._count(table, expression)
        if found >= max(BROAD_MINIMUM, self._size() * BROAD_SHARE):
            # SQLite plans "id IN (matches)" as one look-up by id per match and a sort of
            # them all: fast for a few hundred films, slow when a one-letter prefix takes
            # in most of the catalogue. "id + 0" cannot drive the plan, so SQLite reads
            # the films in list order from the sort index and checks each against the
            # set of matches instead. The result is the same either way.
            film_id = Film.id + 0
        condition = film_id.in_(self._matching_ids(table, fts))
        self._counted[id(condition)] = (condition, table, fts, found)
        return condition

    @staticmethod
    def _matching_ids(table: str, fts: BindParameter[str]) -> Any:
        subquery = text(f"SELECT rowid FROM {table} WHERE {table} MATCH :fts").bindparams(fts)
        return subquery.columns(column("rowid", Integer))

    def _size(self) -> int:
        assert self._connection is not None
        if self._catalogue_size is None:
            # The largest id bounds the number of films, from the primary key, at once.
            size = self._connection.exec_driver_sql("SELECT max(id) FROM films").scalar()
            self._catalogue_size = int(size or 0)
        return self._catalogue_size

    def _count(self, table: str, expression: str) -> int:
        assert self._connection is not None
        found = self._connection.exec_driver_sql(
            f"SELECT count(*) FROM {table} WHERE {table} MATCH ?", (expression,)
        ).scalar()
        return int(found or 0)


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
    if any(set(columns) == set(every) for every in FTS_TABLES.values()):
        # Every column of its table: a filter would only cost time (a third of a count).
        return body
    return "{" + " ".join(columns) + "} : (" + body + ")"


def backend_for(dialect_name: str) -> Backend:
    if dialect_name == "sqlite":
        return SQLiteBackend()
    if dialect_name == "postgresql":
        from filmdesk.catalogue.pg_backend import PostgreSQLBackend  # only loaded when used

        return PostgreSQLBackend()
    from filmdesk.errors import CatalogueOpenError

    raise CatalogueOpenError(dialect_name, f"the {dialect_name} database is not supported yet")
