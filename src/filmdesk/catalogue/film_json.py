# SPDX-License-Identifier: GPL-3.0-or-later
"""Each film's ``FilmRecord.to_json()`` as text, written by SQLite itself, for big exports.

Reading a film into Python objects and encoding it again costs about ten times what
SQLite takes to build the same JSON with ``json_object`` in C. An export of a SQLite
catalogue therefore asks SQLite for each film's JSON text, a batch of films per query.
On a machine with more than one core, batches are built by worker processes (not
threads: two threads building JSON in SQLite ran slower here than one) and come back in
order.

Every batch must come from one state of the catalogue. The writing process holds a read
transaction for the whole export (it reads the posters there), and so does each worker,
which reports the catalogue's change counter with every batch; a batch read at another
change raises ``SnapshotMovedError``, and any failure here a ``JsonReadError``, on which
the caller starts over the slow, single-snapshot way. A test compares this text with
``to_json`` field by field.

This module imports nothing but the standard library: worker processes start with it.
"""

from __future__ import annotations

import json
import os
import pickle
import sqlite3
from collections import deque
from collections.abc import Callable, Generator, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from multiprocessing import get_context
from operator import itemgetter
from pathlib import Path
from typing import Any

BATCH = 1000
# Below this many films, starting worker processes (~0.2 s) costs more than it saves.
PARALLEL_FROM = 5000


def _ordered(value: str, select: str) -> str:
    """A JSON array of ``value`` over the rows ``select`` returns, in its ORDER BY."""
    # An ordered subquery is never flattened into the aggregate, so its order holds. The
    # value is built here, not in the subquery: a JSON object would come out as a string.
    return f"(SELECT json_group_array({value}) FROM ({select}))"


def _section(value: str, table: str, alias: str, rest: str) -> str:
    """A JSON array of ``value`` over one film's rows of a section ``table``, in order.

    The rows are read through the table's (film_id, …, position) index, named with
    INDEXED BY so no statistics can make SQLite pick another (a CROSS JOIN after it keeps
    it the outer loop): they come out in order, without the sort (and the subquery) an
    ORDER BY costs per film, a seventh of the whole. A test checks the plan.
    """
    return (
        f"(SELECT json_group_array({value}) FROM {table} AS {alias}"
        f" INDEXED BY ix_{table}_film_order {rest})"
    )


def _flag(expression: str) -> str:
    # json('true') of a constant is worked out once per statement, not once per row.
    return f"CASE WHEN {expression} THEN json('true') ELSE json('false') END"


def _timestamp(column: str) -> str:
    """``datetime.isoformat()`` of a UTC time SQLAlchemy stored as 'YYYY-MM-DD HH:MM:SS.ffffff'."""
    return (
        f"substr({column}, 1, 10) || 'T' || substr({column}, 12, 8)"
        f" || CASE WHEN substr({column}, 21) IN ('', '000000') THEN ''"
        f" ELSE '.' || substr({column}, 21) END || '+00:00'"
    )


def _names(link: str, shared: str, id_column: str) -> str:
    # Link tables are keyed (film_id, name id), not in list order: these are sorted.
    return _ordered(
        "name",
        f"SELECT s.name FROM {link} x JOIN {shared} s ON s.id = x.{id_column}"
        " WHERE x.film_id = f.id ORDER BY x.position",
    )


def _notes(kind: str, value: str) -> str:
    return _section(value, "film_notes", "n", f"WHERE n.film_id = f.id AND n.kind = '{kind}'")


def _credits(kind: str, value: str) -> str:
    return _section(
        f"json_object('person', p.name, {value})",
        "credits",
        "c",
        f"CROSS JOIN people p ON p.id = c.person_id WHERE c.film_id = f.id AND c.kind = '{kind}'",
    )


_NOTE = "json_object('name', name, 'description', description)"
# A link to a catalogue film shows that film's title and year, as the reader does.
_SIMILAR = (
    "CASE WHEN t.id IS NULL THEN json_object('title', s.title, 'year', s.year)"
    " ELSE json_object('title', t.title, 'year', t.year, 'uuid', t.uuid) END"
)

# Keys in the order of FilmRecord.to_json(); "poster" is the exporter's to fill in.
FILM_JSON_SQL = f"""
SELECT wanted.key, f.id, f.uuid, CAST(json_object(
    'title', f.title, 'uuid', f.uuid, 'original_title', f.original_title, 'year', f.year,
    'runtime', f.runtime, 'certification', f.certification,
    'languages', {_names("film_languages", "languages", "language_id")},
    'directors', {_names("film_directors", "people", "person_id")},
    'genres', {_names("film_genres", "genres", "genre_id")},
    'countries', {_names("film_countries", "countries", "country_id")},
    'synopsis', f.synopsis, 'plot', f.plot, 'ending', f.ending,
    'timeline', {_section(
        f"json_object('text', text, 'marker', marker, 'spoiler', {_flag('spoiler')})",
        "timeline_events", "e", "WHERE e.film_id = f.id",
    )},
    'characters', {_section(
        "json_object('name', name, 'played_by', played_by, 'description', description,"
        f" 'spoiler', {_flag('spoiler')})",
        "characters", "h", "WHERE h.film_id = f.id",
    )},
    'settings', {_notes("setting", _NOTE)},
    'themes', {_notes("theme", _NOTE)},
    'cast', {_credits("cast", "'character', c.character")},
    'crew', {_credits("crew", "'job', c.job")},
    'budget', f.budget, 'gross', f.gross, 'currency', f.currency,
    'studios', {_notes("studio", "name")},
    'filming_locations', {_notes("filming_location", "name")},
    'release_date', f.release_date, 'post_credits', f.post_credits,
    'links', {_section(
        "json_object('label', label, 'url', url)", "film_links", "l", "WHERE l.film_id = f.id"
    )},
    'imdb_id', coalesce(f.imdb_id, ''), 'tmdb_id', coalesce(f.tmdb_id, ''),
    'similar', {_section(
        _SIMILAR,
        "similar_films",
        "s",
        "LEFT JOIN films t ON t.id = s.target_id WHERE s.film_id = f.id",
    )},
    'rating', f.rating / 2.0, 'watched', {_flag("f.watched")},
    'viewings', {_section("watched_on", "viewings", "v", "WHERE v.film_id = f.id")},
    'tags', {_names("film_tags", "tags", "tag_id")},
    'notes', f.notes,
    'added_at', {_timestamp("f.added_at")}, 'updated_at', {_timestamp("f.updated_at")},
    'poster', NULL
) AS BLOB)
FROM json_each(?) AS wanted JOIN films f ON f.id = wanted.value
"""

_POSTERS_SQL = """
SELECT p.film_id, p.mime_type, p.width, p.height, p.image, p.thumbnail
FROM json_each(?) AS wanted JOIN posters p ON p.film_id = wanted.value
"""


class JsonReadError(Exception):
    """The films' JSON could not be read this way; read them as records instead."""


class SnapshotMovedError(JsonReadError):
    """The catalogue changed while its films were read by several processes."""


@dataclass(frozen=True, slots=True)
class PosterBlob:
    mime_type: str
    width: int
    height: int
    image: bytes
    thumbnail: bytes


# What an export makes of a film's poster: (uuid, the film's place in the export, poster)
# → the film's "poster" entry and the files it names, as (name, bytes) pairs.
PosterFiles = list[tuple[str, bytes]]
PosterEntry = Callable[[str, int, PosterBlob], tuple[dict[str, Any], PosterFiles]]
# (place in the batch, film id, uuid, UTF-8 JSON text ending in a null "poster") per film
FilmText = tuple[int, int, str, bytes]


@dataclass(frozen=True, slots=True)
class JsonBatch:
    """Consecutive films of an export as one piece of text, and the files they name."""

    count: int  # films in the batch (ids no longer in the catalogue are left out)
    text: bytes  # their JSON objects, UTF-8, separated by ",\n"
    files: PosterFiles


_NO_POSTER = b',"poster":null}'


def open_snapshot(path: Path | str) -> tuple[sqlite3.Connection, int]:
    """A read-only connection held in one read transaction, and its change counter."""
    path = Path(path)
    if not path.is_file():  # sqlite3 would make a new, empty database there
        raise sqlite3.OperationalError(f"{path} is not there")
    connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=5)
    connection.execute("PRAGMA query_only = ON")
    # The films' text is taken as the database's bytes (CAST … AS BLOB, no decoding into
    # Python strings and back): those must be UTF-8, as in every catalogue filmdesk makes.
    (encoding,) = connection.execute("PRAGMA encoding").fetchone()
    if encoding != "UTF-8":
        connection.close()
        raise sqlite3.DatabaseError(f"{path} stores its text as {encoding}, not UTF-8")
    # SQLite's small default page cache, not the window's 64 MB: an export reads each page
    # about once, the system keeps the file's pages anyway, and a big cache only cost time
    # (an export ran a quarter slower with it; memory-mapping the file, as fast as the
    # small cache, would count the whole catalogue in each worker's memory).
    connection.execute("BEGIN")
    # The first read fixes the snapshot this connection sees until it ends.
    row = connection.execute("SELECT value FROM change_counter").fetchone()
    return connection, int(row[0]) if row else 0


def read_texts(connection: sqlite3.Connection, film_ids: Sequence[int]) -> list[FilmText]:
    """The JSON of the films of ``film_ids`` still in the catalogue, in that order."""
    wanted = json.dumps(list(film_ids))
    rows: list[FilmText] = connection.execute(FILM_JSON_SQL, (wanted,)).fetchall()
    # Sorted here, not by an ORDER BY: SQLite would copy every film's text into a sorter,
    # where the rows almost always arrive in order already (a sort of sorted keys is cheap).
    rows.sort(key=itemgetter(0))
    for row in rows:
        row[3].decode()  # text another program stored as invalid UTF-8 fails here, not in a reader
    return rows


def read_posters(connection: sqlite3.Connection, film_ids: Sequence[int]) -> dict[int, PosterBlob]:
    rows = connection.execute(_POSTERS_SQL, (json.dumps(list(film_ids)),))
    return {film_id: PosterBlob(*rest) for film_id, *rest in rows}


def assemble_batch(
    rows: list[FilmText], posters: dict[int, PosterBlob], first: int, poster_entry: PosterEntry
) -> JsonBatch:
    """One batch from its films' texts, whose first is the ``first``-th film exported."""
    files: PosterFiles = []
    if posters:
        texts = []
        for place, (_, film_id, film_uuid, text) in enumerate(rows, start=first):
            blob = posters.get(film_id)
            if blob is not None:
                entry, named = poster_entry(film_uuid, place, blob)
                encoded = json.dumps(entry, ensure_ascii=False, separators=(",", ":"))
                text = b'%s,"poster":%s}' % (text[: -len(_NO_POSTER)], encoded.encode())
                files += named
            texts.append(text)
    else:
        texts = [text for _, _, _, text in rows]
    return JsonBatch(len(texts), b",\n".join(texts), files)


@dataclass(frozen=True, slots=True)
class TextPart:
    """One batch's films as read: joined already, or film by film when some have posters
    (their "poster" entries are filled in by the process that writes the export)."""

    stamp: int  # the change counter it was read at
    count: int
    joined: bytes = b""
    rows: list[FilmText] | None = None


_WITH_POSTERS_SQL = "SELECT 1 FROM posters WHERE film_id IN (SELECT value FROM json_each(?))"


def read_part(connection: sqlite3.Connection, stamp: int, film_ids: Sequence[int]) -> TextPart:
    rows = read_texts(connection, film_ids)
    if connection.execute(_WITH_POSTERS_SQL, (json.dumps(list(film_ids)),)).fetchone():
        return TextPart(stamp, len(rows), rows=rows)
    # Joined here: in a worker, that spares the writing process a thousand objects a batch.
    return TextPart(stamp, len(rows), joined=b",\n".join([text for _, _, _, text in rows]))


# A worker process's connection, opened by its first batch and kept to its end.
_worker: tuple[str, sqlite3.Connection, int] | None = None


def _worker_part(path: str, film_ids: list[int]) -> TextPart:
    global _worker
    if _worker is None or _worker[0] != path:
        _worker = (path, *open_snapshot(path))
    _, connection, stamp = _worker
    return read_part(connection, stamp, film_ids)


def workers_to_use() -> int:
    """Worker processes for a big export: FILMDESK_EXPORT_WORKERS, else the usable cores."""
    chosen = os.environ.get("FILMDESK_EXPORT_WORKERS", "")
    if chosen.isdecimal():
        return int(chosen)
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return min(4, cores or 1)


def film_json_batches(
    path: Path | str,
    film_ids: Sequence[int],
    poster_entry: PosterEntry,
    *,
    batch_size: int = BATCH,
    workers: int | None = None,
) -> Generator[JsonBatch, None, None]:
    """Batches of films' JSON text from the SQLite catalogue at ``path``, in order.

    Posters are read here, a batch at a time, from this process's own snapshot, which the
    workers' must match.

    Raises:
        JsonReadError: when SQLite or a worker process could not build the text (a
            ``SnapshotMovedError`` when a write committed between two reads); what was
            read so far is then no use, and the films should be read as records.
    """
    ids = list(film_ids)
    parts = [ids[start : start + batch_size] for start in range(0, len(ids), batch_size)]
    workers = workers_to_use() if workers is None else workers
    try:
        connection, stamp = open_snapshot(path)
        try:
            read: Iterator[TextPart]
            if workers < 2 or len(ids) < PARALLEL_FROM:
                read = (read_part(connection, stamp, part) for part in parts)
            else:
                read = _parallel(str(path), parts, workers)
            done = 0
            for part, text_part in zip(parts, read):  # noqa: B905 (read stops early on error)
                if text_part.stamp != stamp:
                    raise SnapshotMovedError
                if text_part.rows is None:
                    batch = JsonBatch(text_part.count, text_part.joined, [])
                else:
                    posters = read_posters(connection, part)
                    batch = assemble_batch(text_part.rows, posters, done, poster_entry)
                done += batch.count
                yield batch
        finally:
            connection.close()
    except (sqlite3.Error, BrokenProcessPool, UnicodeDecodeError, pickle.PickleError) as exc:
        raise JsonReadError(str(exc)) from exc


def _parallel(path: str, parts: list[list[int]], workers: int) -> Iterator[TextPart]:
    """Each part's text in order, built by ``workers`` worker processes."""
    # "spawn": a forked copy of a process running Qt threads may deadlock.
    pool = ProcessPoolExecutor(workers, mp_context=get_context("spawn"))
    queued = iter(parts)
    pending: deque[Future[TextPart]] = deque()

    def submit() -> None:
        part = next(queued, None)
        if part is not None:
            pending.append(pool.submit(_worker_part, path, part))

    try:
        # A few batches ahead per worker keeps them busy without holding the whole export
        # in memory when the writer is slower than the readers (posters are not in them).
        for _ in range(3 * workers):
            submit()
        while pending:
            result = pending.popleft().result()
            submit()
            yield result
    finally:
        # On an error or an export stopped early, nothing waits for the workers: queued
        # batches are dropped, and each worker ends after the batch it is on.
        pool.shutdown(wait=False, cancel_futures=True)


__all__ = [
    "FILM_JSON_SQL",
    "FilmText",
    "JsonBatch",
    "JsonReadError",
    "PosterBlob",
    "PosterEntry",
    "SnapshotMovedError",
    "TextPart",
    "assemble_batch",
    "film_json_batches",
    "open_snapshot",
    "read_part",
    "read_texts",
    "workers_to_use",
]
