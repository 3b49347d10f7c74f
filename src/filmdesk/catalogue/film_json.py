# SPDX-License-Identifier: GPL-3.0-or-later
"""Each film's ``FilmRecord.to_json()`` as text, written by SQLite itself, for big exports.

Reading a film into Python objects and encoding it again costs about ten times what
SQLite takes to build the same JSON with ``json_object`` in C. An export of a SQLite
catalogue therefore asks SQLite for each film's JSON text, a batch of films per query.
On a machine with more than one core, batches are built by worker processes (not
threads: two threads building JSON in SQLite ran slower here than one) and come back in
order.

Every batch must come from one state of the catalogue. Each worker holds one read
transaction for its whole life and reports the catalogue's change counter as of that
transaction; batches that disagree raise ``SnapshotMovedError`` and the caller starts over
the slow, single-snapshot way. A test compares this text with ``to_json`` field by field.

This module imports nothing but the standard library: worker processes start with it.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
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


def _section(value: str, rows: str) -> str:
    """A JSON array of ``value`` over one film's ``rows`` of a section table, in order.

    Each section table has an index on (film_id, …, position), the only index that fits
    ``film_id = f.id``: its rows come out of it in order, without the sort (and the
    subquery) an ORDER BY costs per film, a seventh of the whole. A test checks the plan.
    """
    return f"(SELECT json_group_array({value}) FROM {rows})"


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
    return _section(value, f"film_notes WHERE film_id = f.id AND kind = '{kind}'")


def _credits(kind: str, value: str) -> str:
    return _section(
        f"json_object('person', p.name, {value})",
        "credits c JOIN people p ON p.id = c.person_id"
        f" WHERE c.film_id = f.id AND c.kind = '{kind}'",
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
        "timeline_events WHERE film_id = f.id",
    )},
    'characters', {_section(
        "json_object('name', name, 'played_by', played_by, 'description', description,"
        f" 'spoiler', {_flag('spoiler')})",
        "characters WHERE film_id = f.id",
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
        "json_object('label', label, 'url', url)", "film_links WHERE film_id = f.id"
    )},
    'imdb_id', coalesce(f.imdb_id, ''), 'tmdb_id', coalesce(f.tmdb_id, ''),
    'similar', {_section(
        _SIMILAR,
        "similar_films s LEFT JOIN films t ON t.id = s.target_id WHERE s.film_id = f.id",
    )},
    'rating', f.rating / 2.0, 'watched', {_flag("f.watched")},
    'viewings', {_section("watched_on", "viewings WHERE film_id = f.id")},
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


class SnapshotMovedError(Exception):
    """The catalogue changed while its films were read by several processes."""


@dataclass(frozen=True, slots=True)
class PosterBlob:
    mime_type: str
    width: int
    height: int
    image: bytes
    thumbnail: bytes


# What an export makes of a film's poster: (uuid, the film's place in the export, poster)
# → the film's "poster" entry and the files it names, as (name, bytes) pairs. A module
# function, since worker processes receive it by name.
PosterFiles = list[tuple[str, bytes]]
PosterEntry = Callable[[str, int, PosterBlob], tuple[dict[str, Any], PosterFiles]]


@dataclass(frozen=True, slots=True)
class JsonBatch:
    """Consecutive films of an export as one piece of text, and the files they name."""

    stamp: int  # the change counter the batch was read at
    count: int  # films in the batch (ids no longer in the catalogue are left out)
    text: bytes  # their JSON objects, UTF-8, separated by ",\n"
    files: PosterFiles


_NO_POSTER = b',"poster":null}'
_encode = json.JSONEncoder(ensure_ascii=False, check_circular=False, separators=(",", ":")).encode


def open_snapshot(path: Path | str) -> tuple[sqlite3.Connection, int]:
    """A read-only connection held in one read transaction, and its change counter."""
    # mode=rw: a missing file is an error, never a new empty database.
    connection = sqlite3.connect(
        f"{Path(path).resolve().as_uri()}?mode=rw",
        uri=True,
        isolation_level=None,
        check_same_thread=False,
        timeout=5.0,
    )
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


def read_batch(
    connection: sqlite3.Connection,
    stamp: int,
    film_ids: Sequence[int],
    first: int,
    poster_entry: PosterEntry,
) -> JsonBatch:
    """The JSON of ``film_ids``, the ``first``-th film of the export onwards, in order."""
    wanted = json.dumps(list(film_ids))
    rows = connection.execute(FILM_JSON_SQL, (wanted,)).fetchall()
    posters = {film_id: PosterBlob(*rest) for film_id, *rest in connection.execute(
        _POSTERS_SQL, (wanted,)
    )}
    return assemble_batch(stamp, rows, posters, film_ids, first, poster_entry)


def assemble_batch(
    stamp: int,
    rows: list[tuple[int, int, str, bytes]],
    posters: dict[int, PosterBlob],
    film_ids: Sequence[int],
    first: int,
    poster_entry: PosterEntry,
) -> JsonBatch:
    """One batch from (place in the batch, id, uuid, JSON with a null poster) per film."""
    # Sorted here, not by an ORDER BY: SQLite would copy every film's text into a sorter,
    # where the rows almost always arrive in order already (a sort of sorted keys is cheap).
    rows.sort(key=itemgetter(0))
    files: PosterFiles = []
    if posters:
        place = {film_id: first + i for i, film_id in enumerate(film_ids)}
        texts = []
        for _, film_id, film_uuid, text in rows:
            blob = posters.get(film_id)
            if blob is not None:
                entry, named = poster_entry(film_uuid, place[film_id], blob)
                text = b'%s,"poster":%s}' % (text[: -len(_NO_POSTER)], _encode(entry).encode())
                files += named
            texts.append(text)
    else:
        texts = [text for _, _, _, text in rows]
    return JsonBatch(stamp, len(texts), b",\n".join(texts), files)


# A worker process's connection, opened by its first batch and kept to its end.
_worker: tuple[str, sqlite3.Connection, int] | None = None


def _worker_batch(
    path: str, film_ids: list[int], first: int, poster_entry: PosterEntry
) -> JsonBatch:
    global _worker
    if _worker is None or _worker[0] != path:
        _worker = (path, *open_snapshot(path))
    _, connection, stamp = _worker
    return read_batch(connection, stamp, film_ids, first, poster_entry)


def film_json_batches(
    path: Path | str,
    film_ids: Sequence[int],
    poster_entry: PosterEntry,
    *,
    batch_size: int = BATCH,
    workers: int | None = None,
) -> Iterator[JsonBatch]:
    """Batches of films' JSON text from the SQLite catalogue at ``path``, in order.

    Raises:
        SnapshotMovedError: if a write committed between two workers' reads; what was
            read so far is then not one catalogue, and the caller should read it again
            another way.
    """
    ids = list(film_ids)
    parts = [(ids[start : start + batch_size], start) for start in range(0, len(ids), batch_size)]
    if workers is None:
        workers = min(4, os.cpu_count() or 1)
    if workers < 2 or len(ids) < PARALLEL_FROM:
        connection, stamp = open_snapshot(path)
        try:
            for part, first in parts:
                yield read_batch(connection, stamp, part, first, poster_entry)
        finally:
            connection.close()
        return
    yield from _parallel(str(path), parts, poster_entry, workers)


def _parallel(
    path: str, parts: list[tuple[list[int], int]], poster_entry: PosterEntry, workers: int
) -> Iterator[JsonBatch]:
    # "spawn": a forked copy of a process running Qt threads may deadlock.
    with ProcessPoolExecutor(workers, mp_context=get_context("spawn")) as pool:
        queued = iter(parts)
        pending: deque[Future[JsonBatch]] = deque()

        def submit() -> None:
            part = next(queued, None)
            if part is not None:
                pending.append(pool.submit(_worker_batch, path, *part, poster_entry))

        def in_order() -> Iterator[JsonBatch]:
            # A few batches ahead per worker keeps them busy without holding the whole
            # export in memory when the writer is slower than the readers.
            for _ in range(3 * workers):
                submit()
            while pending:
                batch = pending.popleft().result()
                submit()
                yield batch

        try:
            yield from one_snapshot(in_order())
        finally:
            for future in pending:
                future.cancel()


def one_snapshot(batches: Iterator[JsonBatch]) -> Iterator[JsonBatch]:
    """``batches`` as they come, as long as all were read at the same change."""
    first = next(batches, None)
    if first is None:
        return
    yield first
    for batch in batches:
        if batch.stamp != first.stamp:
            raise SnapshotMovedError
        yield batch


__all__ = [
    "FILM_JSON_SQL",
    "JsonBatch",
    "PosterBlob",
    "PosterEntry",
    "assemble_batch",
    "SnapshotMovedError",
    "film_json_batches",
    "one_snapshot",
    "open_snapshot",
    "read_batch",
]
