# SPDX-License-Identifier: GPL-3.0-or-later
"""Helpers shared by the import/export tests: posters and comparing whole catalogues."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterable
from dataclasses import fields, replace

from hypothesis import strategies as st
from PIL import Image, ImageDraw

from filmdesk.catalogue.dto import (
    CastCredit,
    Character,
    CrewCredit,
    FilmRecord,
    Link,
    NamedNote,
    Poster,
    SimilarFilm,
    TimelineEvent,
)
from filmdesk.catalogue.service import CatalogueService
from filmdesk.catalogue.text import clean
from filmdesk.posters import poster_from_bytes


def make_poster(colour: tuple[int, int, int], *, alpha: bool = False) -> Poster:
    """A small real poster made the way the editor makes one (Pillow, bounded, thumbnail)."""
    image = Image.new("RGBA" if alpha else "RGB", (90, 135), (*colour, 180) if alpha else colour)
    ImageDraw.Draw(image).rectangle((10, 20, 70, 110), outline=(255, 255, 255), width=3)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return poster_from_bytes(buffer.getvalue(), source="test poster")


def with_posters(
    films: Iterable[FilmRecord], posters: list[Poster], every: int = 3
) -> list[FilmRecord]:
    """``films`` with a poster on every ``every``-th one."""
    return [
        replace(film, poster=posters[i % len(posters)]) if i % every == 0 else film
        for i, film in enumerate(films)
    ]


# --- comparing catalogues ----------------------------------------------------------------------


def portable(film: FilmRecord, *, poster: bool = True) -> FilmRecord:
    """``film`` without what only names its place in one database (ids and versions)."""
    return replace(
        film,
        id=None,
        version=None,
        similar=tuple(replace(s, film_id=None) for s in film.similar),
        poster=film.poster if poster else None,
    )


def differences(expected: FilmRecord, actual: FilmRecord) -> list[str]:
    return [
        f"{f.name}: {getattr(expected, f.name)!r:.200} != {getattr(actual, f.name)!r:.200}"
        for f in fields(FilmRecord)
        if getattr(expected, f.name) != getattr(actual, f.name)
    ]


def all_films(service: CatalogueService) -> dict[str, FilmRecord]:
    """Every film by uuid."""
    return {film.uuid or "": film for film in service.stream_films(service.search("").ids)}


def assert_same_catalogue(
    expected: CatalogueService, actual: CatalogueService, *, posters: bool = True
) -> None:
    """Every film of ``expected`` is in ``actual`` with every field equal (by uuid)."""
    want = all_films(expected)
    got = all_films(actual)
    assert set(want) == set(got), "the catalogues hold different films"
    problems = []
    for uuid, film in want.items():
        diff = differences(portable(film, poster=posters), portable(got[uuid], poster=posters))
        if diff:
            problems.append(f"{film.display_title}: " + "; ".join(diff))
    assert not problems, "\n".join(problems[:10])


# --- random films (Hypothesis) -------------------------------------------------------------------


def films(*, stripped: bool = False) -> st.SearchStrategy[FilmRecord]:
    """Random films the catalogue would accept; ``stripped`` texts for CSV, which trims cells."""
    text = st.text(max_size=30)
    if stripped:
        text = text.map(str.strip)
    name = st.text(min_size=1, max_size=20).map(str.strip).filter(lambda n: bool(clean(n)))
    names = st.lists(name, max_size=3).map(tuple)
    year = st.none() | st.integers(1870, 2030)
    day = st.dates(dt.date(1870, 1, 1), dt.date(2100, 12, 31))
    moment = st.none() | st.datetimes(
        dt.datetime(1990, 1, 1), dt.datetime(2100, 1, 1), timezones=st.just(dt.UTC)
    )
    film_uuid = st.uuids().map(str)
    return st.builds(
        FilmRecord,
        title=name,
        uuid=st.none() | film_uuid,
        original_title=text,
        year=year,
        runtime=st.none() | st.integers(1, 1000),
        certification=st.text(max_size=10).map(str.strip) if stripped else st.text(max_size=10),
        languages=names,
        directors=names,
        genres=names,
        countries=names,
        synopsis=text,
        plot=text,
        ending=text,
        timeline=st.lists(st.builds(TimelineEvent, name, text.map(str.strip), st.booleans()),
                          max_size=3).map(tuple),
        characters=st.lists(st.builds(Character, name, text, text, st.booleans()),
                            max_size=2).map(tuple),
        settings=st.lists(st.builds(NamedNote, name, text), max_size=2).map(tuple),
        themes=st.lists(st.builds(NamedNote, name, text), max_size=2).map(tuple),
        cast=st.lists(st.builds(CastCredit, name, text), max_size=3).map(tuple),
        crew=st.lists(st.builds(CrewCredit, name, text), max_size=2).map(tuple),
        budget=st.none() | st.integers(0, 10**15 - 1),
        gross=st.none() | st.integers(0, 10**15 - 1),
        currency=st.sampled_from(["USD", "EUR", "JPY"]),
        studios=names,
        filming_locations=names,
        release_date=st.none() | day,
        post_credits=text,
        links=st.lists(
            st.builds(Link, text, st.from_regex(r"\Ahttps?://[a-z]{1,10}\.org/[a-z0-9|;]{0,8}\Z")),
            max_size=2,
        ).map(tuple),
        imdb_id=st.just("") | st.from_regex(r"\Att\d{7}\Z"),
        tmdb_id=st.just("") | st.from_regex(r"\A[1-9]\d{0,6}\Z"),
        similar=st.lists(st.builds(SimilarFilm, name, year, st.none(), st.none() | film_uuid),
                         max_size=2).map(tuple),
        rating=st.none() | st.sampled_from([n / 2 for n in range(1, 11)]),
        watched=st.booleans(),
        viewings=st.lists(day, max_size=3).map(lambda days: tuple(sorted(days))),
        tags=names,
        notes=text,
        added_at=moment,
        updated_at=moment,
    )
