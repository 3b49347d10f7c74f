# SPDX-License-Identifier: GPL-3.0-or-later
"""Reading films back out as frozen records: whole films for a page or an export, slim
rows for lists.

Whole films are read with one plain Core query per section for a batch of films, and
the records are built straight from the rows: building ORM objects for every row cost
more than the database did (an export of 100,000 films spent most of its time there).
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, bindparam, select
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
from filmdesk.catalogue.models import (
    SHARED_LINKS,
    Credit,
    Film,
    FilmCharacter,
    FilmDirector,
    FilmGenre,
    FilmLink,
    FilmNote,
    Person,
    PosterImage,
    SimilarLink,
    TimelineEntry,
    Viewing,
)
from filmdesk.catalogue.writer import chunks

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
    found: dict[int, FilmRecord] = {}
    for part in chunks(list(film_ids)):
        found.update(_read_part(connection, list(part), with_posters))
    return [found[i] for i in film_ids if i in found]


def _grouped(connection: Connection, query: Any, ids: list[int]) -> dict[int, list[Any]]:
    """Rows of ``query`` (film id first) grouped by film, in the query's order."""
    groups: dict[int, list[Any]] = defaultdict(list)
    # One fetch: far cheaper than row by row.
    for row in connection.execute(query, {"ids": ids}).all():
        groups[row[0]].append(row)
    return groups


@functools.cache
def _statements() -> dict[str, Any]:
    """Every section's query, built once: constructing them cost as much as running them
    for one film. ``:ids`` expands to the batch of film ids at execution."""
    ids = bindparam("ids", expanding=True)
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
    built["credits"] = (
        select(Credit.film_id, Credit.kind, Person.name, Credit.character, Credit.job)
        .join(Person, Person.id == Credit.person_id)
        .where(Credit.film_id.in_(ids))
        .order_by(Credit.film_id, Credit.position)
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
        .order_by(FilmNote.film_id, FilmNote.position)
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


def _read_part(
    connection: Connection, ids: list[int], with_posters: bool
) -> dict[int, FilmRecord]:
    query = _statements()
    names = {attribute: _grouped(connection, query[attribute], ids) for attribute in SHARED_LINKS}
    credits = _grouped(connection, query["credits"], ids)
    timeline = _grouped(connection, query["timeline"], ids)
    characters = _grouped(connection, query["characters"], ids)
    notes = _grouped(connection, query["notes"], ids)
    links = _grouped(connection, query["links"], ids)
    similar = _grouped(connection, query["similar"], ids)
    viewings = _grouped(connection, query["viewings"], ids)
    posters: dict[int, Poster] = {}
    if with_posters:
        for film_id, image, thumbnail, mime, width, height in connection.execute(
            query["posters"], {"ids": ids}
        ):
            posters[film_id] = Poster(image, thumbnail, mime, width, height)

    empty: list[Any] = []
    films: dict[int, FilmRecord] = {}
    for row in connection.execute(query["films"], {"ids": ids}):
        film_id = row.id
        by_kind: dict[str, list[Any]] = defaultdict(list)
        for note in notes.get(film_id, empty):
            by_kind[note.kind].append(note)
        credit_rows = credits.get(film_id, empty)

        def listed(attribute: str, film_id: int = film_id) -> tuple[str, ...]:
            return tuple(r.name for r in names[attribute].get(film_id, empty))

        films[film_id] = FilmRecord(
            id=film_id,
            uuid=row.uuid,
            version=row.version,
            title=row.title,
            original_title=row.original_title,
            year=row.year,
            runtime=row.runtime,
            certification=row.certification,
            languages=listed("languages"),
            directors=listed("directors"),
            genres=listed("genres"),
            countries=listed("countries"),
            synopsis=row.synopsis,
            plot=row.plot,
            ending=row.ending,
            timeline=tuple(TimelineEvent(r.text, r.marker, r.spoiler)
                           for r in timeline.get(film_id, empty)),
            characters=tuple(Character(r.name, r.played_by, r.description, r.spoiler)
                             for r in characters.get(film_id, empty)),
            settings=tuple(NamedNote(r.name, r.description) for r in by_kind["setting"]),
            themes=tuple(NamedNote(r.name, r.description) for r in by_kind["theme"]),
            cast=tuple(CastCredit(r.name, r.character) for r in credit_rows if r.kind == "cast"),
            crew=tuple(CrewCredit(r.name, r.job) for r in credit_rows if r.kind == "crew"),
            budget=row.budget,
            gross=row.gross,
            currency=row.currency,
            studios=tuple(r.name for r in by_kind["studio"]),
            filming_locations=tuple(r.name for r in by_kind["filming_location"]),
            release_date=row.release_date,
            post_credits=row.post_credits,
            links=tuple(Link(r.label, r.url) for r in links.get(film_id, empty)),
            imdb_id=row.imdb_id or "",
            tmdb_id=row.tmdb_id or "",
            similar=tuple(
                SimilarFilm(r[4], r[5], r[3], r[6]) if r[3] is not None else SimilarFilm(r[1], r[2])
                for r in similar.get(film_id, empty)
            ),
            poster=posters.get(film_id),
            rating=row.rating / 2 if row.rating is not None else None,
            watched=row.watched,
            viewings=tuple(r.watched_on for r in viewings.get(film_id, empty)),
            tags=listed("tags"),
            notes=row.notes,
            added_at=row.added_at,
            updated_at=row.updated_at,
        )
    return films


def read_rows(connection: Connection, film_ids: Sequence[int]) -> list[FilmRow]:
    """List rows for ``film_ids``, in that order: three small queries, no whole films."""
    ids = list(film_ids)
    if not ids:
        return []
    has_poster = select(PosterImage.film_id).where(PosterImage.film_id == Film.id).exists()
    base = {
        row.id: row
        for row in connection.execute(
            select(
                Film.id, Film.uuid, Film.title, Film.year, Film.runtime, Film.rating,
                Film.watched, has_poster.label("has_poster"),
            ).where(Film.id.in_(ids))
        )
    }
    directors = _names(connection, ids, FilmDirector, Person, "person_id")
    genre_model = SHARED_LINKS["genres"][1]
    genres = _names(connection, ids, FilmGenre, genre_model, "genre_id")
    return [
        FilmRow(
            id=row.id,
            uuid=row.uuid,
            title=row.title,
            year=row.year,
            runtime=row.runtime,
            directors=tuple(directors.get(row.id, ())),
            genres=tuple(genres.get(row.id, ())),
            rating=row.rating / 2 if row.rating is not None else None,
            watched=bool(row.watched),
            has_poster=bool(row.has_poster),
        )
        for i in ids
        if (row := base.get(i)) is not None
    ]


def _names(
    connection: Connection, ids: list[int], link: type, shared: type, column: str
) -> dict[int, list[str]]:
    out: dict[int, list[str]] = defaultdict(list)
    query = (
        select(link.film_id, shared.name)  # type: ignore[attr-defined]
        .join(shared, shared.id == getattr(link, column))  # type: ignore[attr-defined]
        .where(link.film_id.in_(ids))  # type: ignore[attr-defined]
        .order_by(link.film_id, link.position)  # type: ignore[attr-defined]
    )
    for film_id, name in connection.execute(query):
        out[film_id].append(name)
    return out
