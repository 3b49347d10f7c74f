# SPDX-License-Identifier: GPL-3.0-or-later
"""The PostgreSQL back end: full-text search in tsvector columns that find what FTS5 finds.

A search must give the same films on a shared PostgreSQL catalogue as on a SQLite file.
PostgreSQL's own text parser does not split text the way SQLite's ``unicode61`` tokenizer
does ("film-noir" also yields the lexeme "film-noir", "4.5" stays one number, URLs and
e-mail addresses become single tokens), and ``unaccent`` folds more than FTS5's
``remove_diacritics 2`` does ("æ" becomes "ae", "ø" becomes "o"; FTS5 keeps both). So the
text is not given to ``to_tsvector`` at all: SQLite's tokenizer itself, run on an
in-memory FTS5 table, turns each column into lexemes and positions, and those go to the
server as a tsvector literal. Queries are built the same way and cast to ``tsquery``.
Both sides of every comparison are then SQLite's own tokens, whichever database stores
them, and no extension or privilege beyond creating tables is needed on the server.

Layout of ``film_search`` (one row per film, GIN index on each tsvector):

- ``document``: the six columns free words look at, one after the other with a gap of
  one position so no phrase spans two of them; weight A marks the title, B the
  directors, C the cast, D the characters, tags and synopsis.
- ``characters``: the characters again, for ``character:`` (weight D is shared).
- ``plot``: the spoilers, which only ``plot:`` searches.
"""

from __future__ import annotations

import contextlib
import select as select_module
import sqlite3
import threading
from collections.abc import Iterable, Sequence
from itertools import groupby
from operator import itemgetter
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    Table,
    and_,
    bindparam,
    cast,
    column,
    false,
    or_,
    select,
    table,
    text,
)
from sqlalchemy.dialects.postgresql import TSQUERY, TSVECTOR
from sqlalchemy.sql.elements import ColumnElement

from filmdesk.catalogue.backends import SEARCH_COLUMNS, SearchDocument, TextTerm
from filmdesk.catalogue.film_json import PosterBlob
from filmdesk.catalogue.models import Film

# The tokenizer of the SQLite back end's FTS5 table, character for character.
FTS5_TOKENIZE = "unicode61 remove_diacritics 2"
CHANGES_CHANNEL = "filmdesk_changes"
# Any fixed number: the key of the advisory lock taken while a schema is created.
_SCHEMA_LOCK_KEY = 0x66696C6D6465736B  # "filmdesk"

# Where each searchable column lives: (tsvector column, weight letter).
_DOCUMENT_ORDER = ("title", "directors", "cast", "characters", "tags", "synopsis")
_PLACES: dict[str, tuple[str, str]] = {
    "title": ("document", "A"),
    "directors": ("document", "B"),
    "cast": ("document", "C"),
    "characters": ("characters", ""),
    "tags": ("document", "D"),
    "synopsis": ("document", "D"),
    "plot": ("plot", ""),
}
# tsvector positions stop at 16383; later words all share that last position.
MAX_POSITION = 16383

film_search = table(
    "film_search",
    column("film_id"),
    column("document", TSVECTOR),
    column("characters", TSVECTOR),
    column("plot", TSVECTOR),
)


class Unicode61:
    """SQLite's ``unicode61`` tokenizer as a library: text in, folded tokens out.

    Each thread gets its own in-memory database (sqlite3 connections are not shared
    across threads); the FTS5 table is filled, read through ``fts5vocab``, and emptied.
    """

    def __init__(self) -> None:
        self._local = threading.local()

    def _db(self) -> sqlite3.Connection:
        db: sqlite3.Connection | None = getattr(self._local, "db", None)
        if db is None:
            db = sqlite3.connect(":memory:")
            columns = ", ".join(f"c{i}" for i in range(len(SEARCH_COLUMNS)))
            db.execute(f"CREATE VIRTUAL TABLE t USING fts5({columns}, tokenize='{FTS5_TOKENIZE}')")
            db.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance')")
            self._local.db = db
        return db

    def tokenise_rows(self, rows: Sequence[Sequence[str]]) -> list[list[list[str]]]:
        """For each row of up to seven texts, each text's tokens in order."""
        if not rows:
            return []
        width = len(SEARCH_COLUMNS)
        db = self._db()
        placeholders = ", ".join("?" for _ in range(width + 1))
        names = ", ".join(f"c{i}" for i in range(width))
        db.executemany(
            f"INSERT INTO t(rowid, {names}) VALUES ({placeholders})",
            [(i, *row, *([""] * (width - len(row)))) for i, row in enumerate(rows)],
        )
        found: list[list[list[str]]] = [[[] for _ in range(width)] for _ in rows]
        columns = {f"c{i}": i for i in range(width)}
        try:
            # SQLite sorts in C; Python then only appends each token to its cell.
            ordered = db.execute("SELECT doc, col, term FROM v ORDER BY doc, col, offset")
            for (doc, col), terms in groupby(ordered, key=itemgetter(0, 1)):
                found[doc][columns[col]] = [term for _, _, term in terms]
        finally:
            db.execute("DELETE FROM t")
        return found

    def tokens(self, text: str) -> list[str]:
        if text.isascii() and text.isalnum():
            return [text.lower()]  # one token, as unicode61 would make it: skip the round trip
        return self.tokenise_rows([[text]])[0][0]


def _lexeme(token: str) -> str:
    """A token quoted for tsvector/tsquery input (FTS5 tokens hold no quotes, but be safe)."""
    return "'" + token.replace("\\", "\\\\").replace("'", "''") + "'"


def tsvector_literal(columns: Iterable[tuple[Sequence[str], str]]) -> str:
    """A tsvector in PostgreSQL's input syntax: ``'las':2A 'vegas':3A 'mike':5B``.

    ``columns`` are (tokens, weight) in order; each starts two positions after the last
    one ended, so the phrase operator ``<->`` never matches across two columns. A word
    may be listed at several positions: the server merges them on input.
    """
    parts = []
    start = 1  # the first column starts after a gap too, which does no harm
    for tokens, weight in columns:
        if not tokens:
            continue
        joined = "".join(tokens)
        if "'" in joined or "\\" in joined:  # never from unicode61, but be safe
            tokens = [_lexeme(t)[1:-1] for t in tokens]
        if start + len(tokens) < MAX_POSITION:
            parts.append(" ".join(
                f"'{token}':{position}{weight}"
                for position, token in enumerate(tokens, start + 1)
            ))
        else:
            parts.append(" ".join(
                f"'{token}':{min(position, MAX_POSITION)}{weight}"
                for position, token in enumerate(tokens, start + 1)
            ))
        start += len(tokens) + 1
    return " ".join(parts)


class PostgreSQLBackend:
    """PostgreSQL with a ``film_search`` table of tsvectors built from FTS5's tokens."""

    name = "postgresql"

    def __init__(self) -> None:
        self._tokenizer = Unicode61()

    # --- Backend protocol -----------------------------------------------------------------

    def configure_engine(self, engine: Engine) -> None:
        """Nothing to set per connection: time zones are handled by UTCDateTime."""

    def create_search_index(self, connection: Connection) -> None:
        # The same statements as migration 0001's PostgreSQL branch (a test compares them).
        connection.execute(
            text(
                "CREATE TABLE film_search ("
                "film_id INTEGER NOT NULL, "
                "document TSVECTOR NOT NULL, "
                "characters TSVECTOR NOT NULL, "
                "plot TSVECTOR NOT NULL, "
                "CONSTRAINT pk_film_search PRIMARY KEY (film_id), "
                "CONSTRAINT fk_film_search_film_id_films FOREIGN KEY (film_id) "
                "REFERENCES films (id) ON DELETE CASCADE)"
            )
        )
        for name in ("document", "characters", "plot"):
            connection.execute(
                text(f"CREATE INDEX ix_film_search_{name} ON film_search USING gin ({name})")
            )

    def index_films(self, connection: Connection, documents: Sequence[SearchDocument]) -> None:
        if not documents:
            return
        rows = self._tokenizer.tokenise_rows(
            [[getattr(d, name) for name in SEARCH_COLUMNS] for d in documents]
        )
        index = {name: i for i, name in enumerate(SEARCH_COLUMNS)}
        ids, texts, characters, plots = [], [], [], []
        for document, tokens in zip(documents, rows, strict=True):
            ids.append(document.film_id)
            texts.append(
                tsvector_literal(
                    (tokens[index[name]], _PLACES[name][1]) for name in _DOCUMENT_ORDER
                )
            )
            characters.append(tsvector_literal([(tokens[index["characters"]], "")]))
            plots.append(tsvector_literal([(tokens[index["plot"]], "")]))
        # One statement per batch: arrays unnested server-side beat an executemany.
        connection.execute(
            text(
                "INSERT INTO film_search (film_id, document, characters, plot) "
                "SELECT * FROM unnest(CAST(:ids AS integer[]), CAST(:documents AS tsvector[]), "
                "CAST(:characters AS tsvector[]), CAST(:plots AS tsvector[])) "
                "ON CONFLICT (film_id) DO UPDATE SET document = excluded.document, "
                "characters = excluded.characters, plot = excluded.plot"
            ),
            {"ids": ids, "documents": texts, "characters": characters, "plots": plots},
        )

    def unindex_films(self, connection: Connection, film_ids: Iterable[int]) -> None:
        # Deleting a film cascades to its row; this covers a caller that unindexes first.
        ids = list(film_ids)
        if ids:
            connection.execute(
                text("DELETE FROM film_search WHERE film_id = ANY(CAST(:ids AS integer[]))"),
                {"ids": ids},
            )

    def text_match(
        self, columns: Sequence[str], terms: Sequence[TextTerm]
    ) -> ColumnElement[bool]:
        places = _places(columns)
        phrases = [self._phrases(term) for term in terms]
        if any(p is None for p in phrases):
            return false()  # FTS5: a phrase without tokens matches no film
        if len(places) == 1:
            # One tsvector for every term: a single tsquery, one GIN lookup.
            ((vector, weights),) = places.items()
            every = [phrase for term_phrases in phrases for phrase in term_phrases or ()]
            condition = _matches(vector, _tsquery(every, weights))
        else:
            # Each term may match in any of the places, independently of the others.
            condition = and_(
                *(
                    or_(*(_matches(v, _tsquery(term_phrases or (), w)) for v, w in places.items()))
                    for term_phrases in phrases
                )
            )
        return Film.id.in_(select(film_search.c.film_id).where(condition))

    # --- extra capabilities (bulk insert, schema lock, change notification) ----------------

    def insert_rows(self, connection: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
        """Many rows of one table in a single COPY, inside the caller's transaction.

        An executemany costs a protocol round of messages per row, which dominates a bulk
        import; COPY streams them. Values pass through the same bind processors as Core.
        """
        dialect = connection.dialect
        keys = list(rows[0])
        processors = [
            (i, p)
            for i, key in enumerate(keys)
            if (p := table.c[key].type.dialect_impl(dialect).bind_processor(dialect)) is not None
        ]
        quote = dialect.identifier_preparer.quote
        sql = f"COPY {quote(table.name)} ({', '.join(quote(k) for k in keys)}) FROM STDIN"
        driver = connection.connection.driver_connection
        assert driver is not None
        with driver.cursor() as cursor, cursor.copy(sql) as copy:
            for row in rows:
                values = [row[key] for key in keys]
                for index, process in processors:
                    values[index] = process(values[index])
                copy.write_row(values)

    def film_json(
        self, connection: Connection, film_ids: Sequence[int]
    ) -> tuple[list[tuple[int, int, str, bytes]], dict[int, PosterBlob]]:
        """Each film's ``to_json()`` text built by the server, and the films' posters.

        (place, id, uuid, UTF-8 JSON ending in a null ``"poster"``) per film found, in the
        order asked; an optional capability that exports look up by name (``FilmStream``).
        """
        ids = list(film_ids)
        rows = [tuple(row) for row in connection.execute(text(FILM_JSON_SQL), {"ids": ids})]
        posters = {
            film_id: PosterBlob(*rest)
            for film_id, *rest in connection.execute(text(_POSTERS_SQL), {"ids": ids})
        }
        return rows, posters

    def read_snapshot(self, connection: Connection) -> Connection:
        """``connection`` reading one unchanging catalogue: REPEATABLE READ keeps the
        snapshot of its first query, where READ COMMITTED takes a new one per query."""
        return connection.execution_options(isolation_level="REPEATABLE READ")

    def lock_schema(self, connection: Connection) -> None:
        """Serialise schema creation and upgrades between machines opening the same database."""
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _SCHEMA_LOCK_KEY})

    def notify_changes(self, connection: Connection, token: int) -> None:
        """Wake other filmdesk windows when this transaction commits (NOTIFY is transactional)."""
        connection.execute(
            text("SELECT pg_notify(:channel, :payload)"),
            {"channel": CHANGES_CHANNEL, "payload": str(token)},
        )

    def open_listener(self, engine: Engine) -> PostgreSQLListener:
        return PostgreSQLListener(engine)

    # --- helpers ----------------------------------------------------------------------------

    def _phrases(self, term: TextTerm) -> list[tuple[list[str], bool]] | None:
        """The term as (tokens, last-token-is-a-prefix) phrases, as FTS5 would read it.

        The SQLite back end writes each word as ``"word"*`` and a phrase as ``"w1 w2"``;
        FTS5 tokenises inside the quotes, so "foo_bar" is the phrase "foo bar*" there.
        ``None`` when some phrase has no tokens at all.
        """
        if term.phrase:
            tokens = [t for word in term.words for t in self._tokenizer.tokens(word)]
            return [(tokens, False)] if tokens else None
        phrases = []
        for word in term.words:
            tokens = self._tokenizer.tokens(word)
            if not tokens:
                return None
            phrases.append((tokens, True))
        return phrases


_WANTED = "ANY(CAST(:ids AS integer[]))"


def _json_lists(alias: str, rows: str, lists: dict[str, tuple[str, str]]) -> str:
    """A join giving, per film of the batch, one JSON array per ``lists`` entry.

    ``lists`` maps a column name to (value, filter); ``rows`` reads the section's rows
    of the batch's films as ``r``. One grouped scan per section for the whole batch: per
    film subqueries leave the planner a choice per film, which stale statistics after
    a big import turn into a scan of every person for every film.
    """
    columns = ", ".join(
        f"json_agg({value} ORDER BY r.position){f' FILTER (WHERE {where})' if where else ''}"
        f" AS {name}"
        for name, (value, where) in lists.items()
    )
    return (
        f"LEFT JOIN (SELECT r.film_id, {columns} FROM {rows} WHERE r.film_id = {_WANTED}"
        f" GROUP BY r.film_id) {alias} ON {alias}.film_id = f.id"
    )


def _names_join(alias: str, link: str, shared: str, id_column: str) -> str:
    return _json_lists(
        alias, f"{link} r JOIN {shared} s ON s.id = r.{id_column}", {"v": ("s.name", "")}
    )


def _json_timestamp(column: str) -> str:
    """``datetime.isoformat()`` of a UTC time, microseconds only when there are some."""
    utc = f"({column} AT TIME ZONE 'UTC')"
    return (
        f"""to_char({utc}, 'YYYY-MM-DD"T"HH24:MI:SS')"""
        f" || CASE WHEN to_char({utc}, 'US') = '000000' THEN '' ELSE '.' || to_char({utc}, 'US')"
        " END || '+00:00'"
    )


def _or_empty(column: str) -> str:
    return f"coalesce({column}, '[]'::json)"


_JSON_NOTE = "json_build_object('name', r.name, 'description', r.description)"
# FilmRecord.to_json() of each film, as catalogue/film_json.py builds it on SQLite (a test
# compares both with to_json); "poster" is appended as null for the exporter to fill in
# (its colon escaped: text() would take ":null" for a parameter).
FILM_JSON_SQL = f"""
SELECT wanted.key, f.id, f.uuid, convert_to(left(json_build_object(
    'title', f.title, 'uuid', f.uuid, 'original_title', f.original_title, 'year', f.year,
    'runtime', f.runtime, 'certification', f.certification,
    'languages', {_or_empty("la.v")}, 'directors', {_or_empty("di.v")},
    'genres', {_or_empty("ge.v")}, 'countries', {_or_empty("co.v")},
    'synopsis', f.synopsis, 'plot', f.plot, 'ending', f.ending,
    'timeline', {_or_empty("ti.v")}, 'characters', {_or_empty("ch.v")},
    'settings', {_or_empty("no.settings")}, 'themes', {_or_empty("no.themes")},
    'cast', {_or_empty("cr.cast_")}, 'crew', {_or_empty("cr.crew")},
    'budget', f.budget, 'gross', f.gross, 'currency', f.currency,
    'studios', {_or_empty("no.studios")}, 'filming_locations', {_or_empty("no.locations")},
    'release_date', to_char(f.release_date, 'YYYY-MM-DD'), 'post_credits', f.post_credits,
    'links', {_or_empty("li.v")},
    'imdb_id', coalesce(f.imdb_id, ''), 'tmdb_id', coalesce(f.tmdb_id, ''),
    'similar', {_or_empty("si.v")},
    'rating', f.rating / 2.0, 'watched', f.watched,
    'viewings', {_or_empty("vi.v")}, 'tags', {_or_empty("ta.v")},
    'notes', f.notes,
    'added_at', {_json_timestamp("f.added_at")}, 'updated_at', {_json_timestamp("f.updated_at")}
)::text, -1) || ',"poster"\\:null}}', 'UTF8')
FROM unnest(CAST(:ids AS integer[])) WITH ORDINALITY AS wanted(id, key)
JOIN films f ON f.id = wanted.id
{_names_join("la", "film_languages", "languages", "language_id")}
{_names_join("di", "film_directors", "people", "person_id")}
{_names_join("ge", "film_genres", "genres", "genre_id")}
{_names_join("co", "film_countries", "countries", "country_id")}
{_names_join("ta", "film_tags", "tags", "tag_id")}
{_json_lists("ti", "timeline_events r", {"v": (
    "json_build_object('text', r.text, 'marker', r.marker, 'spoiler', r.spoiler)", "")})}
{_json_lists("ch", "characters r", {"v": (
    "json_build_object('name', r.name, 'played_by', r.played_by,"
    " 'description', r.description, 'spoiler', r.spoiler)", "")})}
{_json_lists("no", "film_notes r", {
    "settings": (_JSON_NOTE, "r.kind = 'setting'"),
    "themes": (_JSON_NOTE, "r.kind = 'theme'"),
    "studios": ("r.name", "r.kind = 'studio'"),
    "locations": ("r.name", "r.kind = 'filming_location'"),
})}
{_json_lists("cr", "credits r JOIN people p ON p.id = r.person_id", {
    "cast_": ("json_build_object('person', p.name, 'character', r.character)",
              "r.kind = 'cast'"),
    "crew": ("json_build_object('person', p.name, 'job', r.job)", "r.kind = 'crew'"),
})}
{_json_lists("li", "film_links r", {"v": (
    "json_build_object('label', r.label, 'url', r.url)", "")})}
{_json_lists("si", "similar_films r LEFT JOIN films t ON t.id = r.target_id", {"v": (
    "CASE WHEN t.id IS NULL THEN json_build_object('title', r.title, 'year', r.year)"
    " ELSE json_build_object('title', t.title, 'year', t.year, 'uuid', t.uuid) END", "")})}
LEFT JOIN (SELECT r.film_id, json_agg(to_char(r.watched_on, 'YYYY-MM-DD') ORDER BY r.watched_on)
    AS v FROM viewings r WHERE r.film_id = {_WANTED} GROUP BY r.film_id) vi ON vi.film_id = f.id
ORDER BY wanted.key
"""
_POSTERS_SQL = (
    "SELECT film_id, mime_type, width, height, image, thumbnail FROM posters"
    " WHERE film_id = ANY(CAST(:ids AS integer[]))"
)


def _places(columns: Sequence[str]) -> dict[str, str]:
    """tsvector column -> weight letters ("" for any) covering exactly ``columns``."""
    wanted = set(columns)
    if wanted == set(_DOCUMENT_ORDER):
        return {"document": ""}
    places: dict[str, str] = {}
    for name in sorted(wanted):
        vector, weight = _PLACES[name]
        if weight == "D":
            # Tags and synopsis share D with the characters: only all three together
            # (the free-word set above) can be told apart. No query field asks for less.
            raise ValueError(f"no full-text index covers {name!r} on its own")
        places[vector] = places.get(vector, "") + weight
    return places


def _matches(vector: str, query: str) -> ColumnElement[bool]:
    # unique=True: several matches in one search (a OR b) must not share one parameter.
    parameter = bindparam("tsquery", query, type_=TSQUERY, unique=True)
    matched: ColumnElement[bool] = film_search.c[vector].bool_op("@@")(cast(parameter, TSQUERY))
    return matched


def _tsquery(phrases: Sequence[tuple[Sequence[str], bool]], weights: str) -> str:
    """``'las':A <-> 'veg':*A & ...``: every phrase must match (AND), words adjacent."""
    parts = []
    for tokens, prefix in phrases:
        words = []
        for i, token in enumerate(tokens):
            marks = ("*" if prefix and i == len(tokens) - 1 else "") + weights
            words.append(_lexeme(token) + (f":{marks}" if marks else ""))
        parts.append("(" + " <-> ".join(words) + ")")
    return " & ".join(parts)


class PostgreSQLListener:
    """LISTENs for other clients' commits on a connection of its own (outside the pool).

    ``pending()`` never blocks: it reads whatever notifications the socket holds. If the
    connection breaks (server restart, network), it says "maybe" (True) so the caller
    polls the counter, and reconnects on a later call.
    """

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._connection: Any = None
        self._connect()

    def _connect(self) -> None:
        try:
            cargs, cparams = self._engine.dialect.create_connect_args(self._engine.url)
            connection = self._engine.dialect.connect(*cargs, **cparams)
            connection.autocommit = True
            connection.execute(f"LISTEN {CHANGES_CHANNEL}")
            self._connection = connection
        except Exception:  # any failure means "poll instead"
            self._connection = None

    def pending(self) -> bool:
        if self._connection is None:
            self._connect()
            return True
        try:
            # The socket is readable when the server sent something; otherwise no round trip.
            ready, _, _ = select_module.select([self._connection.fileno()], [], [], 0)
            if not ready:
                return False
            return bool(list(self._connection.notifies(timeout=0)))
        except Exception:  # a broken connection: poll, reconnect next time
            self.close()
            return True

    def close(self) -> None:
        if self._connection is not None:
            with contextlib.suppress(Exception):
                self._connection.close()
            self._connection = None
