# SPDX-License-Identifier: GPL-3.0-or-later
"""Reading films back out as frozen records: whole films for a page or an export, slim
rows for lists.

Whole films are read with one plain Core query per section for a batch of films, and
the records are built straight from the rows: building ORM objects for every row cost
more than the database did (an export of 100,000 films spent most of its time there).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import groupby
from operator import itemgetter
from typing import Any

from sqlalchemy import (
    BindParameter,
    Connection,
    Dialect,
    Select,
    TextClause,
    bindparam,
    select,
    text,
)
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import aliased

from filmdesk.catalogue.dto import (
    CastCredit,
    Character,
    CrewCredit,
    FilmRecord,
    FilmRow,
    Link,
    NamedNote,
    Poster,
    SimilarFilm,
    TimelineEvent,
)
from filmdesk.catalogue.listing import DIRECTORS_SQL, GENRES_SQL, ROWS_SQL, film_rows
from filmdesk.catalogue.models import (
    SHARED_LINKS,
    Credit,
    Film,
    FilmCharacter,
    FilmLink,
    FilmNote,
    Person,
    PosterImage,
    SimilarLink,
    TimelineEntry,
    Viewing,
)
from filmdesk.catalogue.writer import CHUNK, chunks

_FILM_COLUMNS = (
    Film.id, Film.uuid, Film.version, Film.title, Film.original_title, Film.year,
    Film.runtime, Film.certification, Film.synopsis, Film.plot, Film.ending,
    Film.post_credits, Film.budget, Film.gross, Film.currency, Film.release_date,
    Film.imdb_id, Film.tmdb_id, Film.rating, Film.watched, Film.notes, Film.added_at,
    Film.updated_at,
)


def read_films(
    connection: Connection, film_ids: Sequence[int], *, with_posters: bool = True
) -> list[FilmRecord]:
    """Whole films in the order of ``film_ids`` (missing ids are skipped)."""
    return list(iter_films(connection, film_ids, with_posters=with_posters))


def iter_films(
    connection: Connection,
    film_ids: Sequence[int],
    *,
    with_posters: bool = True,
    batch_size: int = CHUNK,
) -> Iterator[FilmRecord]:
    """``read_films`` a batch of ids at a time, as exports want them.

    Each batch costs one query per section. A record is built only when it is taken, so
    a batch holds its rows in memory but not its records.
    """
    for part in chunks(list(film_ids), batch_size):
        batch = _Batch(connection, list(part), with_posters)
        for film_id in part:
            film = batch.film(film_id)
            if film is not None:
                yield film


_FILM = itemgetter(0)
_FILM_AND_KIND = itemgetter(0, 1)
_SECOND = itemgetter(1)


def _grouped(rows: Iterable[Any], key: Callable[[Any], Any] = _FILM) -> dict[Any, list[Any]]:
    """Rows split by ``key``; the query must return them sorted on it."""
    return {value: list(group) for value, group in groupby(rows, key)}


@functools.cache
def _statements() -> dict[str, Any]:
    """Every section's query, built once: constructing them cost as much as running them
    for one film. ``:ids`` expands to the batch of film ids at execution."""
    ids: BindParameter[list[int]] = bindparam("ids", expanding=True)
    built: dict[str, Any] = {}
    for attribute, (link_model, name_model, id_column) in SHARED_LINKS.items():
        link: Any = link_model
        shared: Any = name_model
        built[attribute] = (
            select(link.film_id, shared.name)
            .join(shared, shared.id == getattr(link, id_column))
            .where(link.film_id.in_(ids))
            .order_by(link.film_id, link.position)
        )
    # Credits and notes come sorted by kind too, so each film's cast, crew, settings …
    # arrive as separate runs of rows.
    built["credits"] = (
        select(Credit.film_id, Credit.kind, Person.name, Credit.character, Credit.job)
        .join(Person, Person.id == Credit.person_id)
        .where(Credit.film_id.in_(ids))
        .order_by(Credit.film_id, Credit.kind, Credit.position)
    )
    built["timeline"] = (
        select(TimelineEntry.film_id, TimelineEntry.text, TimelineEntry.marker,
               TimelineEntry.spoiler)
        .where(TimelineEntry.film_id.in_(ids))
        .order_by(TimelineEntry.film_id, TimelineEntry.position)
    )
    built["characters"] = (
        select(FilmCharacter.film_id, FilmCharacter.name, FilmCharacter.played_by,
               FilmCharacter.description, FilmCharacter.spoiler)
        .where(FilmCharacter.film_id.in_(ids))
        .order_by(FilmCharacter.film_id, FilmCharacter.position)
    )
    built["notes"] = (
        select(FilmNote.film_id, FilmNote.kind, FilmNote.name, FilmNote.description)
        .where(FilmNote.film_id.in_(ids))
        .order_by(FilmNote.film_id, FilmNote.kind, FilmNote.position)
    )
    built["links"] = (
        select(FilmLink.film_id, FilmLink.label, FilmLink.url)
        .where(FilmLink.film_id.in_(ids))
        .order_by(FilmLink.film_id, FilmLink.position)
    )
    target = aliased(Film)
    built["similar"] = (
        select(SimilarLink.film_id, SimilarLink.title, SimilarLink.year, target.id,
               target.title, target.year, target.uuid)
        .outerjoin(target, target.id == SimilarLink.target_id)
        .where(SimilarLink.film_id.in_(ids))
        .order_by(SimilarLink.film_id, SimilarLink.position)
    )
    built["viewings"] = (
        select(Viewing.film_id, Viewing.watched_on)
        .where(Viewing.film_id.in_(ids))
        .order_by(Viewing.film_id, Viewing.watched_on)
    )
    built["posters"] = select(
        PosterImage.film_id, PosterImage.image, PosterImage.thumbnail,
        PosterImage.mime_type, PosterImage.width, PosterImage.height,
    ).where(PosterImage.film_id.in_(ids))
    built["films"] = select(*_FILM_COLUMNS).where(Film.id.in_(ids))
    return built


class _DriverQuery:
    """A section's query compiled once for a dialect and run on the driver's own cursor.

    A film has about 40 section rows. Through SQLAlchemy, wrapping each in a Row and
    expanding the id list on every run took nearly as long as the database itself.
    Conversions a column type needs (SQLite keeps dates as text and flags as 0/1) are
    applied here, as SQLAlchemy would have applied them.
    """

    def __init__(self, statement: Select[Any], dialect: Dialect) -> None:
        self._compiled = statement.compile(dialect=dialect)
        self._conversions = [
            (index, convert)
            for index, column in enumerate(statement.selected_columns)
            if (convert := column.type.dialect_impl(dialect).result_processor(dialect, None))
        ]
        # The SQL for the last batch size seen: an export's batches all share one size.
        self._last: tuple[int, str, list[str]] = (-1, "", [])

    def rows(self, connection: Connection, ids: list[int]) -> Sequence[Any]:
        count, statement, names = self._last
        if count != len(ids):
            state = self._compiled.construct_expanded_state({"ids": list(range(len(ids)))})
            statement, names = state.statement, state.parameter_expansion["ids"]
            # Positional: the batch's ids are the statement's only parameters, in order.
            assert state.positiontup in (None, names)
            self._last = (len(ids), statement, names)
        params = tuple(ids) if self._compiled.positional else dict(zip(names, ids, strict=True))
        error_type = connection.dialect.loaded_dbapi.Error
        cursor = connection.connection.cursor()
        try:
            cursor.execute(statement, params)
            rows: Sequence[Any] = cursor.fetchall()
        except error_type as error:
            # The exception SQLAlchemy would raise, so callers catch one kind either way.
            raise DBAPIError.instance(
                statement, params, error, error_type, dialect=connection.dialect
            ) from error
        finally:
            cursor.close()
        for index, convert in self._conversions:
            rows = [(*row[:index], convert(row[index]), *row[index + 1 :]) for row in rows]
        return rows


_DRIVER_QUERIES: dict[tuple[Any, ...], dict[str, _DriverQuery]] = {}


def _driver_queries(dialect: Dialect) -> dict[str, _DriverQuery]:
    """The section queries compiled for ``dialect`` (films and posters excepted)."""
    key = (dialect.name, dialect.driver, dialect.paramstyle, dialect.server_version_info)
    queries = _DRIVER_QUERIES.get(key)
    if queries is None:
        queries = _DRIVER_QUERIES[key] = {
            section: _DriverQuery(statement, dialect)
            for section, statement in _statements().items()
            if section not in ("films", "posters")
        }
    return queries


class _Batch:
    """The rows of a batch of films, one query per section, and records built from them.

    Rows are read by position and grouped once per batch: looking columns up by name
    on every row took a fifth of an export.
    """

    def __init__(self, connection: Connection, ids: list[int], with_posters: bool) -> None:
        query = _statements()
        # Through SQLAlchemy, which begins the transaction as it always has; one row a film.
        self.films = {row[0]: row for row in connection.execute(query["films"], {"ids": ids})}
        self.posters: dict[int, Poster] = {}
        if with_posters:
            self.posters = {
                row[0]: Poster(*row[1:])
                for row in connection.execute(query["posters"], {"ids": ids})
            }
        section = _driver_queries(connection.dialect)

        def rows(name: str) -> Sequence[Any]:
            return section[name].rows(connection, ids)

        self.languages = _grouped(rows("languages"))
        self.directors = _grouped(rows("directors"))
        self.genres = _grouped(rows("genres"))
        self.countries = _grouped(rows("countries"))
        self.tags = _grouped(rows("tags"))
        self.credits = _grouped(rows("credits"), _FILM_AND_KIND)
        self.notes = _grouped(rows("notes"), _FILM_AND_KIND)
        self.timeline = _grouped(rows("timeline"))
        self.characters = _grouped(rows("characters"))
        self.links = _grouped(rows("links"))
        self.similar = _grouped(rows("similar"))
        self.viewings = _grouped(rows("viewings"))

    def film(self, film_id: int) -> FilmRecord | None:
        row = self.films.get(film_id)
        if row is None:
            return None
        (_, uuid, version, title, original_title, year, runtime, certification, synopsis, plot,
         ending, post_credits, budget, gross, currency, release_date, imdb_id, tmdb_id, rating,
         watched, notes, added_at, updated_at) = row
        none: tuple[Any, ...] = ()
        credits, named = self.credits, self.notes
        return FilmRecord(
            id=film_id,
            uuid=uuid,
            version=version,
            title=title,
            original_title=original_title,
            year=year,
            runtime=runtime,
            certification=certification,
            languages=tuple(map(_SECOND, self.languages.get(film_id, none))),
            directors=tuple(map(_SECOND, self.directors.get(film_id, none))),
            genres=tuple(map(_SECOND, self.genres.get(film_id, none))),
            countries=tuple(map(_SECOND, self.countries.get(film_id, none))),
            synopsis=synopsis,
            plot=plot,
            ending=ending,
            timeline=tuple([TimelineEvent(text, marker, spoiler)
                            for _, text, marker, spoiler in self.timeline.get(film_id, none)]),
            characters=tuple([
                Character(name, played_by, description, spoiler)
                for _, name, played_by, description, spoiler
                in self.characters.get(film_id, none)
            ]),
            settings=tuple([NamedNote(name, description)
                            for _, _, name, description in named.get((film_id, "setting"), none)]),
            themes=tuple([NamedNote(name, description)
                          for _, _, name, description in named.get((film_id, "theme"), none)]),
            cast=tuple([CastCredit(person, character)
                        for _, _, person, character, _ in credits.get((film_id, "cast"), none)]),
            crew=tuple([CrewCredit(person, job)
                        for _, _, person, _, job in credits.get((film_id, "crew"), none)]),
            budget=budget,
            gross=gross,
            currency=currency,
            studios=tuple([r[2] for r in named.get((film_id, "studio"), none)]),
            filming_locations=tuple([r[2] for r in named.get((film_id, "filming_location"), none)]),
            release_date=release_date,
            post_credits=post_credits,
            links=tuple([Link(label, url) for _, label, url in self.links.get(film_id, none)]),
            imdb_id=imdb_id or "",
            tmdb_id=tmdb_id or "",
            similar=tuple([
                SimilarFilm(title_, year_) if target is None
                else SimilarFilm(target_title, target_year, target, target_uuid)
                for _, title_, year_, target, target_title, target_year, target_uuid
                in self.similar.get(film_id, none)
            ]),
            poster=self.posters.get(film_id),
            rating=rating / 2 if rating is not None else None,
            watched=watched,
            viewings=tuple(map(_SECOND, self.viewings.get(film_id, none))),
            tags=tuple(map(_SECOND, self.tags.get(film_id, none))),
            notes=notes,
            added_at=added_at,
            updated_at=updated_at,
        )


def read_rows(connection: Connection, film_ids: Sequence[int]) -> list[FilmRow]:
    """List rows for ``film_ids``, in that order: three small queries, no whole films."""
    ids = list(film_ids)
    if not ids:
        return []

    def read(sql: str) -> list[Any]:
        return list(connection.execute(_row_statement(sql), {"ids": ids}))

    return film_rows(ids, read(ROWS_SQL), read(DIRECTORS_SQL), read(GENRES_SQL))


@functools.cache
def _row_statement(sql: str) -> TextClause:
    return text(sql.format(ids=":ids")).bindparams(bindparam("ids", expanding=True))
