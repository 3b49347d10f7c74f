# SPDX-License-Identifier: GPL-3.0-or-later
"""The catalogue service: the one API the GUI, the importers and the CLI use.

Every method is a short use case on its own connection and transaction, takes and
returns frozen records, and may be called from any thread (one service per catalogue;
SQLAlchemy's pool gives each thread its own connection).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import uuid
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any, NamedTuple, cast

from sqlalchemy import Connection, Select, Table, bindparam, delete, func, select, update
from sqlalchemy.engine import URL
from sqlalchemy.exc import DataError, OperationalError, ProgrammingError
from sqlalchemy.sql.elements import ColumnElement

from filmdesk.catalogue import changes
from filmdesk.catalogue.backends import Backend
from filmdesk.catalogue.changes import ChangeListener, ChangeSet, ChangeSignal, ChangeSignals
from filmdesk.catalogue.db import OpenCatalogue, open_catalogue
from filmdesk.catalogue.dto import (
    Backlink,
    CatalogueStats,
    FilmRecord,
    FilmRow,
    Poster,
    SearchResult,
    SortKey,
)
from filmdesk.catalogue.film_json import BATCH as JSON_BATCH
from filmdesk.catalogue.film_json import (
    JsonBatch,
    PosterEntry,
    assemble_batch,
    film_json_batches,
)
from filmdesk.catalogue.listing import YEARS_TIE_SQL, order_terms
from filmdesk.catalogue.models import (
    SHARED_LINKS,
    Film,
    FilmDirector,
    FilmGenre,
    Genre,
    Person,
    PosterImage,
    SimilarLink,
    Viewing,
)
from filmdesk.catalogue.reader import iter_films, read_films, read_rows
from filmdesk.catalogue.search import compile_query
from filmdesk.catalogue.text import fold, sort_key
from filmdesk.catalogue.validation import check_rating
from filmdesk.catalogue.writer import FilmWriter, chunks
from filmdesk.collector import collection_paused
from filmdesk.errors import (
    ConcurrentEditError,
    FilmNotFoundError,
    StorageError,
    ValidationError,
)

log = logging.getLogger(__name__)

ProgressCallback = Callable[[int, int], None]  # (done, total); may raise to cancel
COMPLETION_KINDS = {
    "people": Person,
    **{k: v[1] for k, v in SHARED_LINKS.items() if k != "directors"},
}


def _sort_columns(key: SortKey, descending: bool, *, years_tie: bool = True) -> list[Any]:
    """ORDER BY terms for ``key`` (see ``listing.order_terms``) as SQLAlchemy columns."""
    columns = []
    for term in order_terms(key, descending, years_tie=years_tie):
        column = Film.__table__.c[term.column]
        ordered = column.desc() if term.descending else column.asc()
        columns.append(ordered.nulls_last() if term.nulls_last else ordered)
    return columns


def _years_tie(connection: Connection) -> bool:
    return connection.exec_driver_sql(YEARS_TIE_SQL).first() is not None


def _single_column(connection: Connection, statement: Select[Any]) -> list[Any]:
    """The one column of every row, as the driver returns it.

    A search can return every film of a large catalogue; building a Row object per film
    would cost more than SQLite takes to find them. Statements with result processing
    (dates, booleans) must not come here: only plain ids do.
    """
    result = connection.execute(statement)
    try:
        rows = cast(Iterable[tuple[Any]], result.cursor)  # DB-API cursors iterate rows
        return [value for (value,) in rows]
    finally:
        result.close()


class CatalogueService:
    """Films in, films out, for one open catalogue."""

    def __init__(self, catalogue: OpenCatalogue) -> None:
        self._catalogue = catalogue
        self._engine = catalogue.engine
        self._backend = catalogue.backend
        # Marks this service's entries in the change log, so it can skip its own changes.
        self._origin = uuid.uuid4().hex

    @classmethod
    def open(cls, location: str | Path | URL, *, create: bool = True) -> CatalogueService:
        return cls(open_catalogue(location, create=create))

    @property
    def location(self) -> str:
        return self._catalogue.location

    @property
    def path(self) -> Path | None:
        return self._catalogue.path

    @property
    def backend_name(self) -> str:
        return self._backend.name

    def close(self) -> None:
        self._engine.dispose()

    # --- other people's changes ------------------------------------------------------------

    def change_token(self) -> int:
        """The catalogue's change counter now: the starting point for ``changes_since``."""
        with self._engine.connect() as connection:
            return changes.current_token(connection)

    def changes_since(self, token: int, *, include_own: bool = False) -> ChangeSet:
        """What was added, changed or deleted after ``token`` (by others, unless
        ``include_own``); pass the returned ``token`` next time."""
        with self._engine.connect() as connection:
            return changes.changes_since(
                connection, token, skip_origin=None if include_own else self._origin
            )

    def change_listener(self, *, interval: float = 2.0) -> ChangeListener:
        """A poller for the window's timer; see ``changes.ChangeListener``."""
        return ChangeListener(self, interval=interval)

    def open_change_signal(self) -> ChangeSignal | None:
        """A push channel for commits by others (PostgreSQL LISTEN), or None (poll)."""
        if isinstance(self._backend, ChangeSignals):
            return self._backend.open_listener(self._engine)
        return None

    @contextmanager
    def _begin(self) -> Iterator[Connection]:
        """A write transaction whose storage failures read as sentences, not driver errors.

        The transaction is rolled back before the error surfaces, so a full disk or a
        read-only folder never leaves a half-written change.
        """
        try:
            with self._engine.begin() as connection:
                changes.discard(connection)  # notes left by a transaction that failed
                yield connection
                # Last, so the change counter's row lock is held only for the commit.
                changes.record(connection, self._backend, self._origin)
        except OperationalError as exc:
            raise StorageError(_storage_message(str(exc.orig), self.location)) from exc
        except ProgrammingError as exc:
            if getattr(exc.orig, "sqlstate", None) != "42501":  # insufficient privilege
                raise
            raise StorageError(
                f"The change was not saved to {self.location}: your database user may only "
                "read this catalogue. Nothing was lost."
            ) from exc
        except DataError as exc:
            # PostgreSQL text cannot hold NUL characters; SQLite can. Refuse, don't crash.
            if "NUL" not in str(exc.orig):
                raise
            raise ValidationError("text", "a NUL character cannot be stored") from exc

    # --- reading ---------------------------------------------------------------------------

    def count(self) -> int:
        with self._engine.connect() as connection:
            return int(connection.scalar(select(func.count()).select_from(Film)) or 0)

    def search(
        self,
        query: str = "",
        sort: SortKey = SortKey.TITLE,
        *,
        descending: bool = False,
        limit: int | None = None,
    ) -> SearchResult:
        """The films matching ``query`` in list order; raises ``QuerySyntaxError``.

        Without ``limit`` the result holds every matching id. With it, only the first
        ``limit`` ids are fetched, which is what a list needs to show its first screen at
        once; ``count`` is the number of all matches either way.
        """
        with self._engine.connect() as connection:
            # A back end may tune the SQL of text matches to the catalogue it searches.
            sized: Callable[[Connection], Backend] | None = getattr(
                self._backend, "for_connection", None
            )
            backend = sized(connection) if sized is not None else self._backend
            condition: ColumnElement[bool] = compile_query(query, backend)
            size = self._count(connection)
            # How many films match, when that is known without fetching them all: for
            # the whole catalogue, and for a lone text match the back end counted.
            count: int | None = size if not query.strip() else None
            if count is None and limit is not None:
                counted = getattr(backend, "match_count", None)
                count = counted(condition) if counted is not None else None
                if count is not None:
                    condition = backend.first_rows_condition(condition, limit)  # type: ignore[attr-defined]
            years_tie = sort is SortKey.TITLE and not descending and _years_tie(connection)
            order = _sort_columns(sort, descending, years_tie=years_tie)
            statement = select(Film.id).where(condition).order_by(*order)
            if count is not None and limit is not None:
                statement = statement.limit(limit)
            ids = self._ids(connection, statement)
            if count is None:
                # Counting a filter costs about what fetching its matches does.
                count = len(ids)
                ids = ids[:limit] if limit is not None else ids
        return SearchResult(ids, count, size)

    def _ids(self, connection: Connection, statement: Select[Any]) -> list[int]:
        # A back end may fetch a long id list faster than row by row (SQLite: as one text).
        fetch: Callable[[Connection, Select[Any]], list[int]] | None = getattr(
            self._backend, "fetch_ids", None
        )
        return fetch(connection, statement) if fetch is not None else _single_column(
            connection, statement
        )

    def _count(self, connection: Connection) -> int:
        return int(connection.scalar(select(func.count()).select_from(Film)) or 0)

    def rows(self, film_ids: Sequence[int]) -> list[FilmRow]:
        """List rows for the given ids, in that order; unknown ids are skipped."""
        with self._engine.connect() as connection:
            return read_rows(connection, film_ids)

    def film(self, film_id: int) -> FilmRecord:
        films = self.films([film_id])
        if not films:
            raise FilmNotFoundError(film_id)
        return films[0]

    def films(self, film_ids: Sequence[int], *, with_posters: bool = True) -> list[FilmRecord]:
        with self._snapshot() as connection:  # a film's sections all from one commit
            return read_films(connection, film_ids, with_posters=with_posters)

    @contextmanager
    def _snapshot(self) -> Iterator[Connection]:
        """A connection whose reads all see the catalogue as of the first one."""
        with self._engine.connect() as opened:
            snapshot: Callable[[Connection], Connection] | None = getattr(
                self._backend, "read_snapshot", None
            )
            yield snapshot(opened) if snapshot is not None else opened

    def find(self, key: str) -> FilmRecord:
        """A film by uuid, IMDb id or (case- and accent-insensitive) title,
        ``"Title (1995)"`` too."""
        key = key.strip()
        with self._engine.connect() as connection:
            film_id = connection.scalar(
                select(Film.id).where((Film.uuid == key) | (Film.imdb_id == key))
            )
            if film_id is None:
                title, year = key, None
                if key.endswith(")") and "(" in key:
                    head, _, tail = key[:-1].rpartition("(")
                    if tail.strip().isdecimal():
                        title, year = head.strip(), int(tail)
                query = select(Film.id).where(Film.sort_key == sort_key(title))
                if year is not None:
                    query = query.where(Film.year == year)
                film_id = connection.scalar(query.order_by(Film.year, Film.id))
        if film_id is None:
            raise FilmNotFoundError(key)
        return self.film(film_id)

    def same_title_and_year(
        self, title: str, year: int | None, *, excluding: int | None = None
    ) -> list[FilmRow]:
        """Films that look like the same film (for the editor's duplicate warning)."""
        query = select(Film.id).where(Film.sort_key == sort_key(title), Film.year == year)
        if excluding is not None:
            query = query.where(Film.id != excluding)
        with self._engine.connect() as connection:
            return read_rows(connection, list(connection.scalars(query)))

    def backlinks(self, film_id: int) -> list[Backlink]:
        """Films that list ``film_id`` among their similar films."""
        query = (
            select(Film.id, Film.title, Film.year)
            .join(SimilarLink, SimilarLink.film_id == Film.id)
            .where(SimilarLink.target_id == film_id)
            .order_by(Film.sort_key, Film.year)
        )
        with self._engine.connect() as connection:
            return [Backlink(*row) for row in connection.execute(query)]

    def poster(self, film_id: int) -> Poster | None:
        """One film's full poster, read on its own (lists and ``films(with_posters=False)``
        never carry the image, which on a server would cross the network each time)."""
        with self._engine.connect() as connection:
            row = connection.execute(
                select(
                    PosterImage.image, PosterImage.thumbnail, PosterImage.mime_type,
                    PosterImage.width, PosterImage.height,
                ).where(PosterImage.film_id == film_id)
            ).first()
            return Poster(*row) if row is not None else None

    def thumbnails(self, film_ids: Sequence[int]) -> dict[int, bytes]:
        out: dict[int, bytes] = {}
        with self._engine.connect() as connection:
            for part in chunks(list(film_ids)):
                query = select(PosterImage.film_id, PosterImage.thumbnail).where(
                    PosterImage.film_id.in_(part)
                )
                out.update({film_id: data for film_id, data in connection.execute(query)})
        return out

    def completions(self, kind: str, prefix: str = "", limit: int = 50) -> list[str]:
        """Known names of ``kind`` (people, genres, languages, countries, tags) by prefix."""
        model = COMPLETION_KINDS[kind]
        query = select(model.name).order_by(model.key).limit(limit)  # type: ignore[attr-defined]
        if prefix.strip():
            escaped = fold(prefix).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            query = query.where(model.key.like(escaped + "%", escape="\\"))  # type: ignore[attr-defined]
        with self._engine.connect() as connection:
            return list(connection.scalars(query))

    def titles(self, prefix: str = "", limit: int = 50) -> list[tuple[int, str, int | None]]:
        """(id, title, year) of films whose title starts with ``prefix``, for completers."""
        query = select(Film.id, Film.title, Film.year).order_by(Film.sort_key, Film.year)
        if prefix.strip():
            escaped = sort_key(prefix).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            query = query.where(Film.sort_key.like(escaped + "%", escape="\\"))
        with self._engine.connect() as connection:
            return [tuple(row) for row in connection.execute(query.limit(limit))]  # type: ignore[misc]

    def stats(self, top: int = 10) -> CatalogueStats:
        with self._engine.connect() as connection:
            films, watched, runtime = connection.execute(
                select(
                    func.count(),
                    func.coalesce(func.sum(Film.watched.cast(_int())), 0),
                    func.coalesce(func.sum(Film.runtime), 0),
                )
            ).one()
            by_genre = connection.execute(
                select(Genre.name, func.count())
                .join(FilmGenre, FilmGenre.genre_id == Genre.id)
                .group_by(Genre.id, Genre.name)
                .order_by(func.count().desc(), Genre.name)
            ).all()
            # Floor division: "/" is true division in SQLAlchemy 2, and PostgreSQL's cast to
            # integer rounds (1995 / 10 = 199.5 would land in the 2000s).
            decade = (Film.year // 10).cast(_int()) * 10
            by_decade = connection.execute(
                select(decade, func.count())
                .where(Film.year.is_not(None))
                .group_by(decade)
                .order_by(decade)
            ).all()
            by_director = connection.execute(
                select(Person.name, func.count())
                .join(FilmDirector, FilmDirector.person_id == Person.id)
                .group_by(Person.id, Person.name)
                .order_by(func.count().desc(), Person.name)
                .limit(top)
            ).all()
            by_rating = connection.execute(
                select(Film.rating, func.count())
                .where(Film.rating.is_not(None))
                .group_by(Film.rating)
                .order_by(Film.rating)
            ).all()
        return CatalogueStats(
            films=int(films),
            watched=int(watched),
            total_runtime=int(runtime),
            by_genre=[(str(n), int(c)) for n, c in by_genre],
            by_decade=[(int(d), int(c)) for d, c in by_decade],
            by_director=[(str(n), int(c)) for n, c in by_director],
            # the query skipped NULL ratings
            by_rating=[(cast(int, r) / 2, int(c)) for r, c in by_rating],
        )

    # --- writing ---------------------------------------------------------------------------

    def add_film(self, film: FilmRecord) -> FilmRecord:
        """Save a new film (a given uuid is kept)."""
        with self._begin() as connection:
            (film_id,) = FilmWriter(connection, self._backend).add([film])
        return self.film(film_id)

    def restore_films(self, films: Sequence[FilmRecord]) -> None:
        """Put deleted films back exactly: same id, uuid, poster and links (undo of delete)."""
        with self._begin() as connection:
            FilmWriter(connection, self._backend).add(list(films), keep_ids=True)

    def replace_films(
        self, films: Sequence[FilmRecord], *, versions: Mapping[int, int] | None = None
    ) -> None:
        """Overwrite films with earlier states in one transaction (undo of an edit).

        On a shared catalogue pass ``versions`` (film id -> the version the undone edit
        left): if someone changed a film since, ``ConcurrentEditError`` is raised and
        nothing is written, rather than their change being undone with mine.
        """
        with self._begin() as connection:
            writer = FilmWriter(connection, self._backend)
            for film in films:
                expected = versions.get(film.id) if versions and film.id is not None else None
                writer.replace(replace(film, version=expected))

    def add_films(
        self,
        films: Iterable[FilmRecord],
        *,
        total: int | None = None,
        batch_size: int = 1000,
        progress: ProgressCallback | None = None,
        connection: Connection | None = None,
    ) -> list[int]:
        """Add many films in one transaction: all of them, or (on any error) none."""
        if connection is None:
            with collection_paused(), self._begin() as own:
                return self.add_films(
                    films, total=total, batch_size=batch_size, progress=progress, connection=own
                )
        writer = FilmWriter(connection, self._backend)
        ids: list[int] = []
        batch: list[FilmRecord] = []
        for film in films:
            batch.append(film)
            if len(batch) >= batch_size:
                ids += writer.add(batch)
                batch = []
                if progress:
                    progress(len(ids), total or len(ids))
        ids += writer.add(batch)
        if progress:
            progress(len(ids), total or len(ids))
        return ids

    def update_film(self, film: FilmRecord, *, overwrite: bool = False) -> FilmRecord:
        """Save an edited film and return it as saved.

        Raises ``ConcurrentEditError`` when someone else changed or deleted the film since
        ``film.version`` was read; the error carries the film as it is now (``current``,
        ``None`` once deleted), and nothing was written. ``overwrite=True`` is the
        conflict dialog's "keep mine": it saves over any newer version, and puts a
        deleted film back (same uuid, and same id unless that was taken since).
        """
        assert film.id is not None, "update_film() needs a saved film"
        try:
            with self._begin() as connection:
                film_id = self._write_edit(connection, film, overwrite=overwrite)
        except ConcurrentEditError as error:
            if error.current is not None:
                raise
            # Read after the rollback: the film as the other person left it.
            current = self.films([film.id])
            raise ConcurrentEditError(
                film.id, current[0] if current else None, deleted=not current
            ) from error
        return self.film(film_id)

    def _write_edit(self, connection: Connection, film: FilmRecord, *, overwrite: bool) -> int:
        assert film.id is not None
        writer = FilmWriter(connection, self._backend)
        if not overwrite:
            return writer.replace(film)
        same_film = select(Film.id).where(Film.id == film.id, Film.uuid == film.uuid)
        if connection.scalar(same_film) is not None:
            return writer.replace(replace(film, version=None))
        # Deleted meanwhile: put it back under its uuid, and its id unless that was reused.
        if connection.scalar(select(Film.id).where(Film.uuid == film.uuid)) is not None:
            raise ConcurrentEditError(film.id)  # its uuid lives on under another id
        id_free = connection.scalar(select(Film.id).where(Film.id == film.id)) is None
        (film_id,) = writer.add([film], keep_ids=id_free)
        return film_id

    def delete_films(
        self, film_ids: Sequence[int], *, versions: Mapping[int, int] | None = None
    ) -> list[FilmRecord]:
        """Delete films and return them whole, posters included, so an undo can restore them.

        With ``versions`` (film id -> the version the caller saw), nothing is deleted if
        any of those films changed since: ``ConcurrentEditError`` names the first one.
        """
        with self._begin() as connection:
            if versions:
                wanted = [i for i in film_ids if i in versions]
                stored: dict[int, int] = {}
                for part in chunks(wanted):
                    # FOR UPDATE (PostgreSQL): an edit committing now cannot slip in between.
                    query = select(Film.id, Film.version).where(Film.id.in_(part))
                    for film_id, version in connection.execute(query.with_for_update()):
                        stored[film_id] = version
                for film_id in wanted:
                    if stored.get(film_id) != versions[film_id]:
                        current = read_films(connection, [film_id])
                        raise ConcurrentEditError(
                            film_id, current[0] if current else None, deleted=not current
                        )
            deleted = read_films(connection, film_ids)
            FilmWriter(connection, self._backend).delete(film_ids)
        return deleted

    def set_watched(
        self, film_ids: Sequence[int], watched: bool, *, on: dt.date | None = None
    ) -> None:
        """Mark films watched (recording a viewing on ``on``, today by default) or unwatched."""
        # An empty list would insert one viewing of no film; a repeated id, two viewings.
        film_ids = list(dict.fromkeys(film_ids))
        if not film_ids:
            return
        with self._begin() as connection:
            writer = FilmWriter(connection, self._backend)
            if watched:
                day = on or dt.date.today()
                connection.execute(
                    cast(Table, Viewing.__table__).insert(),
                    [{"film_id": i, "watched_on": day} for i in film_ids],
                )
                for part in chunks(list(film_ids)):
                    latest = (
                        select(func.max(Viewing.watched_on))
                        .where(Viewing.film_id == Film.id)
                        .scalar_subquery()
                    )
                    connection.execute(
                        cast(Table, Film.__table__).update()
                        .where(Film.id.in_(part))
                        .values(last_watched=latest)
                    )
            writer.set_simple(film_ids, watched=watched)

    def restore_watched(
        self, states: Sequence[tuple[int, bool, Sequence[dt.date]]]
    ) -> None:
        """Put back films' watched flags and exact viewing dates (undo of a mark)."""
        with self._begin() as connection:
            writer = FilmWriter(connection, self._backend)
            for film_id, watched, viewings in states:
                connection.execute(
                    cast(Table, Viewing.__table__).delete().where(Viewing.film_id == film_id)
                )
                if viewings:
                    connection.execute(
                        cast(Table, Viewing.__table__).insert(),
                        [{"film_id": film_id, "watched_on": day} for day in viewings],
                    )
                connection.execute(
                    cast(Table, Film.__table__).update()
                    .where(Film.id == film_id)
                    .values(last_watched=max(viewings) if viewings else None)
                )
                writer.set_simple([film_id], watched=watched)

    def set_rating(self, film_ids: Sequence[int], rating: float | None) -> None:
        check_rating(rating)
        with self._begin() as connection:
            FilmWriter(connection, self._backend).set_simple(
                film_ids, rating=round(rating * 2) if rating is not None else None
            )

    # --- bulk import (used by filmdesk.interchange.importing) -------------------------------

    @contextmanager
    def transaction(self) -> Iterator[BulkWrite]:
        """One transaction for a whole import: committed at the end, rolled back on any error.

        Everything written through the yielded ``BulkWrite`` is one change, so an importer
        that fails or is cancelled halfway leaves the catalogue exactly as it was.
        """
        with collection_paused(), self._begin() as connection:
            yield BulkWrite(connection, self._backend)

    def stream_films(
        self, film_ids: Sequence[int], *, batch_size: int = 1000, with_posters: bool = True
    ) -> Iterator[FilmRecord]:
        """Whole films in order for exports: a batch at a time, all from one snapshot.

        The window may go on editing meanwhile; the export is the catalogue as it was
        when it began.
        """
        with self._snapshot() as connection:
            yield from iter_films(
                connection, film_ids, with_posters=with_posters, batch_size=batch_size
            )

    def export_stream(self, film_ids: Sequence[int]) -> FilmStream:
        """The films of an export: whole records, or each film's JSON text where the back
        end can write it (see ``FilmStream``)."""
        return FilmStream(self, list(film_ids))

    def server_json_batches(
        self, film_ids: Sequence[int], poster_entry: PosterEntry
    ) -> Generator[JsonBatch, None, None] | None:
        """Films' JSON built by a database server, from one snapshot; None if it cannot."""
        build: Callable[..., Any] | None = getattr(self._backend, "film_json", None)
        if build is None:
            return None

        def batches() -> Generator[JsonBatch, None, None]:
            with self._snapshot() as connection:
                done = 0
                for start in range(0, len(film_ids), JSON_BATCH):
                    rows, posters = build(connection, film_ids[start : start + JSON_BATCH])
                    batch = assemble_batch(rows, posters, done, poster_entry)
                    done += batch.count
                    yield batch

        return batches()

    def film_ids(self) -> list[int]:
        """Every film's id, in the order the films were added."""
        with self._engine.connect() as connection:
            return self._ids(connection, select(Film.id).order_by(Film.id))

    def match_keys(self) -> list[MatchKey]:
        """What identifies each film (uuid, IMDb/TMDb ids, title key and year), for matching."""
        query = select(Film.id, Film.uuid, Film.imdb_id, Film.tmdb_id, Film.sort_key, Film.year)
        with self._engine.connect() as connection:
            return [MatchKey(*row) for row in connection.execute(query)]

    def director_keys(self, film_ids: Sequence[int]) -> dict[int, frozenset[str]]:
        """Folded director names of each film, to tell apart films with the same title."""
        found: dict[int, set[str]] = {}
        with self._engine.connect() as connection:
            for part in chunks(list(film_ids)):
                query = (
                    select(FilmDirector.film_id, Person.key)
                    .join(Person, Person.id == FilmDirector.person_id)
                    .where(FilmDirector.film_id.in_(part))
                )
                for film_id, key in connection.execute(query):
                    found.setdefault(film_id, set()).add(key)
        return {film_id: frozenset(keys) for film_id, keys in found.items()}

    def backup_copy(self, reason: str) -> Path | None:
        """Copy a SQLite catalogue beside itself before a risky change; None for servers."""
        if self.path is None or not self.path.exists():
            return None
        from filmdesk.catalogue.backups import copy_database

        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"{self.path.name}.before-{reason}-{stamp}")
        copy_database(self.path, target)
        log.info("Backed up %s to %s before %s", self.path, target, reason)
        return target

    # --- sample ----------------------------------------------------------------------------

    def load_sample(self) -> list[int]:
        """Add the sample films shipped with filmdesk (skipping any already present)."""
        from filmdesk.paths import sample_data_dir

        films: list[FilmRecord] = []
        folder = sample_data_dir()
        for path in sorted(folder.glob("films-*.json")):
            films += [FilmRecord.from_json(item) for item in json.loads(path.read_text("utf-8"))]
        posters = folder / "posters"
        with self._engine.connect() as connection:
            present = set(connection.scalars(select(Film.uuid)))
        films = [f for f in films if f.uuid not in present]
        films = [_with_sample_poster(f, posters) for f in films]
        return self.add_films(films)


class MatchKey(NamedTuple):
    id: int
    uuid: str
    imdb_id: str | None
    tmdb_id: str | None
    sort_key: str
    year: int | None


class BulkWrite:
    """The writes of one import, on one connection inside ``CatalogueService.transaction``."""

    def __init__(self, connection: Connection, backend: Backend) -> None:
        self._connection = connection
        self._backend = backend
        # One writer for the whole import, so shared names are looked up once.
        self._writer = FilmWriter(connection, backend)

    def add(self, films: Sequence[FilmRecord]) -> list[int]:
        return self._writer.add(films)

    def replace(self, film: FilmRecord) -> None:
        """Overwrite a film read in this transaction (its ``version`` is checked)."""
        self._writer.replace(film)

    def films(self, film_ids: Sequence[int]) -> list[FilmRecord]:
        """Whole films as this transaction sees them, earlier writes included."""
        return read_films(self._connection, film_ids)

    def count(self) -> int:
        """How many films the catalogue holds, as this transaction sees it."""
        return int(self._connection.scalar(select(func.count()).select_from(Film)) or 0)

    def clear(self) -> None:
        """Delete every film and every shared name (a copy replacing a catalogue's films)."""
        self._writer.delete(list(self._connection.scalars(select(Film.id))))
        for _, shared, _ in SHARED_LINKS.values():
            self._connection.execute(delete(shared))
        self._writer = FilmWriter(self._connection, self._backend)  # its name cache is stale
        changes.note(self._connection, "reset", ())

    def ids_by_uuid(self, uuids: Iterable[str]) -> dict[str, int]:
        found: dict[str, int] = {}
        for part in chunks(sorted(set(uuids))):
            query = select(Film.uuid, Film.id).where(Film.uuid.in_(part))
            found.update({u: i for u, i in self._connection.execute(query)})
        return found

    def set_similar_targets(self, links: Sequence[tuple[int, int, int]]) -> int:
        """Point similar-film links (film id, position) at target ids; returns how many moved.

        The writer links a similar film by uuid only when the target is already saved, and
        otherwise by title, so an import fixes up the links that named a later film.
        """
        wanted: dict[tuple[int, int], int | None] = {(f, p): t for f, p, t in links}
        return self._move_links(wanted, keep_unset=True)

    def restore_similar_targets(self, links: Sequence[tuple[int, int, int | None]]) -> int:
        """Make links (film id, position) point exactly at these targets, None detaching.

        For a lossless copy: the writer attaches title-only links by title, which the
        source catalogue may not have done (its film of that title came later).
        """
        return self._move_links({(f, p): t for f, p, t in links}, keep_unset=False)

    def _move_links(self, wanted: dict[tuple[int, int], int | None], *, keep_unset: bool) -> int:
        moves = []
        moved_films: set[int] = set()
        for part in chunks(sorted({film_id for film_id, _ in wanted})):
            query = select(SimilarLink.id, SimilarLink.film_id, SimilarLink.position,
                           SimilarLink.target_id).where(SimilarLink.film_id.in_(part))
            for link_id, film_id, position, target in self._connection.execute(query):
                if (film_id, position) not in wanted:
                    continue
                expected = wanted[film_id, position]
                if expected is None and keep_unset:
                    continue
                if expected != target and expected != film_id:
                    moves.append({"link_id": link_id, "target": expected})
                    moved_films.add(film_id)
        if moves:
            changes.note(self._connection, "changed", sorted(moved_films))
            self._connection.execute(
                update(SimilarLink)
                .where(SimilarLink.id == bindparam("link_id"))
                .values(target_id=bindparam("target")),
                moves,
            )
        return len(moves)


def _storage_message(driver_message: str, location: str) -> str:
    text = driver_message.lower()
    if "full" in text:
        reason = "the disk is full"
    elif "readonly" in text or "read-only" in text or "permission" in text:
        reason = "the catalogue or its folder is read-only"
    elif "locked" in text or "busy" in text:
        reason = "another program is writing to it"
    else:
        reason = driver_message
    return f"The change was not saved to {location}: {reason}. Nothing was lost."


def _with_sample_poster(film: FilmRecord, folder: Path) -> FilmRecord:
    path = folder / f"{film.uuid}.png"
    if not path.exists():
        return film
    from filmdesk.posters import poster_from_bytes

    return replace(film, poster=poster_from_bytes(path.read_bytes(), source=str(path)))


def _int() -> Any:
    from sqlalchemy import Integer

    return Integer()


class FilmStream:
    """Films for an export, read from one state of the catalogue.

    Iterating gives whole ``FilmRecord`` objects, which every format can write. The
    native format asks ``json_batches()`` first: on a SQLite file, SQLite writes each
    film's ``to_json()`` text itself, several times faster (``catalogue.film_json``).
    """

    def __init__(self, service: CatalogueService, film_ids: list[int]) -> None:
        self._service = service
        self.film_ids = film_ids

    def __len__(self) -> int:
        return len(self.film_ids)

    def __iter__(self) -> Iterator[FilmRecord]:
        return self._service.stream_films(self.film_ids)

    def json_batches(
        self, poster_entry: PosterEntry
    ) -> Generator[JsonBatch, None, None] | None:
        """Batches of the films' JSON text, or ``None`` where only records can be read.

        ``poster_entry`` makes a film's ``"poster"`` entry (see ``film_json``).

        Raises:
            JsonReadError: while iterating, if the catalogue changed under a parallel
                read or SQLite could not build the text; read the films again by
                iterating this stream instead.
        """
        path = self._service.path
        if path is not None and self._service.backend_name == "sqlite":
            return film_json_batches(path, self.film_ids, poster_entry)
        return self._service.server_json_batches(self.film_ids, poster_entry)
