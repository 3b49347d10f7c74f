# SPDX-License-Identifier: GPL-3.0-or-later
"""Reading films back out as frozen records: whole films for one page, slim rows for lists."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session, selectinload

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
    Film,
    FilmDirector,
    FilmGenre,
    Person,
    PosterImage,
    SimilarLink,
)
from filmdesk.catalogue.writer import chunks

_SECTIONS = (
    Film.directors,
    Film.genres,
    Film.languages,
    Film.countries,
    Film.tags,
    Film.credits,
    Film.timeline,
    Film.characters,
    Film.notes_items,
    Film.links,
    Film.similar,
    Film.viewings,
)


def read_films(
    connection: Connection, film_ids: Sequence[int], *, with_posters: bool = True
) -> list[FilmRecord]:
    """Whole films in the order of ``film_ids`` (missing ids are skipped)."""
    found: dict[int, FilmRecord] = {}
    with Session(bind=connection) as session:
        for part in chunks(list(film_ids)):
            query = select(Film).where(Film.id.in_(part))
            query = query.options(*(selectinload(section) for section in _SECTIONS))
            posters: dict[int, PosterImage] = {}
            if with_posters:
                posters = {
                    p.film_id: p
                    for p in session.scalars(
                        select(PosterImage).where(PosterImage.film_id.in_(part))
                    )
                }
            for film in session.scalars(query):
                found[film.id] = _record(film, posters.get(film.id))
    return [found[i] for i in film_ids if i in found]


def _record(film: Film, poster: PosterImage | None) -> FilmRecord:
    notes: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for item in film.notes_items:
        notes[item.kind].append((item.name, item.description))
    return FilmRecord(
        id=film.id,
        uuid=film.uuid,
        version=film.version,
        title=film.title,
        original_title=film.original_title,
        year=film.year,
        runtime=film.runtime,
        certification=film.certification,
        languages=tuple(link.language.name for link in film.languages),
        directors=tuple(link.person.name for link in film.directors),
        genres=tuple(link.genre.name for link in film.genres),
        countries=tuple(link.country.name for link in film.countries),
        synopsis=film.synopsis,
        plot=film.plot,
        ending=film.ending,
        timeline=tuple(TimelineEvent(e.text, e.marker, e.spoiler) for e in film.timeline),
        characters=tuple(
            Character(c.name, c.played_by, c.description, c.spoiler) for c in film.characters
        ),
        settings=tuple(NamedNote(n, d) for n, d in notes["setting"]),
        themes=tuple(NamedNote(n, d) for n, d in notes["theme"]),
        cast=tuple(CastCredit(c.person.name, c.character) for c in film.credits if c.kind == "cast"),
        crew=tuple(CrewCredit(c.person.name, c.job) for c in film.credits if c.kind == "crew"),
        budget=film.budget,
        gross=film.gross,
        currency=film.currency,
        studios=tuple(n for n, _ in notes["studio"]),
        filming_locations=tuple(n for n, _ in notes["filming_location"]),
        release_date=film.release_date,
        post_credits=film.post_credits,
        links=tuple(Link(link.label, link.url) for link in film.links),
        imdb_id=film.imdb_id or "",
        tmdb_id=film.tmdb_id or "",
        similar=tuple(_similar(s) for s in film.similar),
        poster=(
            Poster(poster.image, poster.thumbnail, poster.mime_type, poster.width, poster.height)
            if poster is not None
            else None
        ),
        rating=film.rating / 2 if film.rating is not None else None,
        watched=film.watched,
        viewings=tuple(v.watched_on for v in film.viewings),
        tags=tuple(link.tag.name for link in film.tags),
        notes=film.notes,
        added_at=film.added_at,
        updated_at=film.updated_at,
    )


def _similar(link: SimilarLink) -> SimilarFilm:
    if link.target is not None:
        return SimilarFilm(link.target.title, link.target.year, link.target.id, link.target.uuid)
    return SimilarFilm(link.title, link.year)


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
