# SPDX-License-Identifier: GPL-3.0-or-later
"""Films go in and come out whole: add, read, update, delete and restore."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

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
from filmdesk.errors import ConcurrentEditError, FilmNotFoundError, ValidationError

# Assigned by the catalogue, never taken from the caller's record.
ASSIGNED = {"id", "version"}


def _assert_same(actual: FilmRecord, expected: FilmRecord) -> None:
    """Field by field, so a failure names the field that did not survive."""
    for field in dataclasses.fields(FilmRecord):
        assert getattr(actual, field.name) == getattr(expected, field.name), field.name


def test_full_film_really_sets_every_field(full_film: Callable[..., FilmRecord]) -> None:
    """Guards the round-trip tests: a field added to FilmRecord later must be filled in too."""
    film = full_film()
    defaults = FilmRecord(title="")
    unset = [
        f.name
        for f in dataclasses.fields(FilmRecord)
        if f.name not in ASSIGNED | {"uuid"} and getattr(film, f.name) == getattr(defaults, f.name)
    ]
    assert unset == []
    assert film.uuid


def test_add_and_read_round_trip_every_field(
    service: CatalogueService, full_film: Callable[..., FilmRecord]
) -> None:
    target = service.add_film(FilmRecord(title="The Lost Weekend", year=1945))
    record = full_film(
        similar=(
            SimilarFilm("The Lost Weekend", 1945, film_uuid=target.uuid),
            SimilarFilm("Blue Valentine", 2010),
            SimilarFilm("Barfly"),
        )
    )

    saved = service.add_film(record)

    assert saved.id is not None and saved.id != target.id
    assert saved.version == 1
    expected = dataclasses.replace(
        record,
        id=saved.id,
        version=1,
        similar=(
            SimilarFilm("The Lost Weekend", 1945, target.id, target.uuid),
            SimilarFilm("Blue Valentine", 2010),
            SimilarFilm("Barfly"),
        ),
    )
    _assert_same(saved, expected)
    _assert_same(service.film(saved.id), expected)
    # Lists never carry posters; the thumbnail is served on its own.
    assert service.thumbnails([saved.id]) == {saved.id: record.poster.thumbnail}  # type: ignore[union-attr]


def test_added_at_keeps_its_instant_whatever_the_offset(service: CatalogueService) -> None:
    paris = dt.timezone(dt.timedelta(hours=2))
    added = dt.datetime(2024, 6, 1, 23, 30, tzinfo=paris)
    saved = service.add_film(FilmRecord(title="Offset", added_at=added, updated_at=added))
    assert saved.added_at == added
    assert saved.added_at is not None and saved.added_at.utcoffset() is not None
    assert saved.updated_at == added


def test_new_film_gets_uuid_and_timestamps(service: CatalogueService) -> None:
    before = dt.datetime.now(dt.UTC).replace(microsecond=0)
    saved = service.add_film(FilmRecord(title="Plain"))
    after = dt.datetime.now(dt.UTC)
    assert saved.uuid and len(saved.uuid) == 36
    assert saved.added_at is not None and before <= saved.added_at <= after
    assert saved.updated_at == saved.added_at


def _edited(film: FilmRecord, poster: Poster, target: FilmRecord) -> FilmRecord:
    """Every editable field changed to another non-default value."""
    return dataclasses.replace(
        film,
        title="Leaving Las Vegas (Director's Cut)",
        original_title="Leaving Las Vegas",
        year=1996,
        runtime=120,
        certification="18",
        languages=("French",),
        directors=("Mike Figgis", "Annie Stewart"),
        genres=("Romance",),
        countries=("United Kingdom",),
        synopsis="Edited synopsis.",
        plot="Edited plot.",
        ending="Edited ending.",
        timeline=(TimelineEvent("Only event", "1995", spoiler=True),),
        characters=(Character("Yuri", "Julian Sands", "A pimp.", False),),
        settings=(NamedNote("Los Angeles", "Where it starts."),),
        themes=(NamedNote("Acceptance", ""), NamedNote("Loneliness", "Everyone is alone.")),
        cast=(CastCredit("Elisabeth Shue", "Sera"),),
        crew=(CrewCredit("Anne Dudley", "Music"),),
        budget=4_000_000,
        gross=50_000_000,
        currency="GBP",
        studios=("Initial Productions",),
        filming_locations=("Laughlin, Nevada",),
        release_date=dt.date(1996, 1, 19),
        post_credits="Nothing after the credits.",
        links=(Link("Letterboxd", "https://letterboxd.com/film/leaving-las-vegas/"),),
        imdb_id="tt0113628",
        tmdb_id="452",
        similar=(SimilarFilm(target.title, target.year, film_uuid=target.uuid),),
        poster=poster,
        rating=3.5,
        watched=False,
        viewings=(dt.date(2020, 1, 1),),
        tags=("rewatch",),
        notes="Edited notes.",
    )


def test_update_round_trips_every_field(
    service: CatalogueService, full_film: Callable[..., FilmRecord], other_poster: Poster
) -> None:
    target = service.add_film(FilmRecord(title="Barfly", year=1987))
    saved = service.add_film(full_film())
    edited = _edited(saved, other_poster, target)
    for field in dataclasses.fields(FilmRecord):
        if field.name not in {"id", "uuid", "version", "added_at", "updated_at"}:
            assert getattr(edited, field.name) != getattr(saved, field.name), field.name

    updated = service.update_film(edited)

    assert updated.version == 2
    # uuid and added_at are the film's identity and history: an edit never moves them.
    assert updated.uuid == saved.uuid and updated.added_at == saved.added_at
    assert updated.updated_at is not None and saved.updated_at is not None
    assert updated.updated_at > saved.updated_at
    expected = dataclasses.replace(
        edited,
        version=2,
        updated_at=updated.updated_at,
        similar=(SimilarFilm(target.title, target.year, target.id, target.uuid),),
    )
    _assert_same(updated, expected)
    _assert_same(service.film(saved.id or 0), expected)


def test_update_can_clear_sections(
    service: CatalogueService, full_film: Callable[..., FilmRecord]
) -> None:
    saved = service.add_film(full_film())
    cleared = dataclasses.replace(
        saved, cast=(), crew=(), timeline=(), similar=(), poster=None, viewings=(), rating=None
    )
    updated = service.update_film(cleared)
    assert (updated.cast, updated.crew, updated.timeline, updated.similar) == ((), (), (), ())
    assert updated.poster is None and updated.viewings == () and updated.rating is None
    assert service.thumbnails([saved.id or 0]) == {}


def test_stale_version_is_refused(
    service: CatalogueService, full_film: Callable[..., FilmRecord]
) -> None:
    opened_here = service.add_film(full_film())
    opened_there = service.film(opened_here.id or 0)
    winner = service.update_film(dataclasses.replace(opened_there, notes="Saved first."))

    with pytest.raises(ConcurrentEditError) as caught:
        service.update_film(dataclasses.replace(opened_here, notes="Saved second."))

    assert caught.value.film_id == opened_here.id
    assert service.film(opened_here.id or 0) == winner


def test_quick_edits_bump_the_version(service: CatalogueService) -> None:
    """Rating or ticking "watched" in the list must also invalidate an open editor."""
    film = service.add_film(FilmRecord(title="Busy"))
    service.set_rating([film.id or 0], 4.0)
    with pytest.raises(ConcurrentEditError):
        service.update_film(dataclasses.replace(film, notes="Old copy."))
    current = service.film(film.id or 0)
    service.set_watched([film.id or 0], True, on=dt.date(2024, 1, 1))
    with pytest.raises(ConcurrentEditError):
        service.update_film(dataclasses.replace(current, notes="Old copy."))


def test_updating_a_deleted_film_is_refused(service: CatalogueService) -> None:
    film = service.add_film(FilmRecord(title="Short-lived"))
    service.delete_films([film.id or 0])
    with pytest.raises(ConcurrentEditError):
        service.update_film(film)
    assert service.count() == 0


def test_reading_a_missing_film(service: CatalogueService) -> None:
    with pytest.raises(FilmNotFoundError):
        service.film(12345)
    assert service.films([12345]) == []


def test_delete_returns_whole_films_and_add_restores_them(
    service: CatalogueService, full_film: Callable[..., FilmRecord]
) -> None:
    weekend = service.add_film(FilmRecord(title="The Lost Weekend", year=1945))
    film = service.add_film(
        full_film(similar=(SimilarFilm("The Lost Weekend", 1945, film_uuid=weekend.uuid),))
    )
    fan = service.add_film(
        FilmRecord(title="Barfly", year=1987, similar=(SimilarFilm("Leaving Las Vegas", 1995),))
    )
    assert service.film(fan.id or 0).similar[0].film_id == film.id

    (deleted,) = service.delete_films([film.id or 0])

    _assert_same(deleted, film)
    assert deleted.poster == film.poster
    assert service.count() == 2
    with pytest.raises(FilmNotFoundError):
        service.film(film.id or 0)
    # The link from Barfly survives as plain text while the film is gone.
    assert service.film(fan.id or 0).similar == (SimilarFilm("Leaving Las Vegas", 1995),)

    restored = service.add_film(deleted)

    assert restored.uuid == film.uuid
    assert restored.poster == film.poster
    _assert_same(restored, dataclasses.replace(film, id=restored.id, version=1))
    assert service.film(fan.id or 0).similar == (
        SimilarFilm("Leaving Las Vegas", 1995, restored.id, film.uuid),
    )
    assert [b.film_id for b in service.backlinks(restored.id or 0)] == [fan.id]


def test_undo_of_films_that_point_at_each_other(service: CatalogueService) -> None:
    """Deleting two films that list each other, then restoring them one by one."""
    first = service.add_film(FilmRecord(title="Alpha", year=1990))
    second = service.add_film(
        FilmRecord(title="Beta", year=1991, similar=(SimilarFilm("Alpha", 1990),))
    )
    first = service.update_film(
        dataclasses.replace(first, similar=(SimilarFilm("Beta", 1991, film_uuid=second.uuid),))
    )
    bystander = service.add_film(FilmRecord(title="Gamma", year=1992))

    deleted = service.delete_films([first.id or 0, second.id or 0])
    assert [f.uuid for f in deleted] == [first.uuid, second.uuid]
    restored = [service.add_film(f) for f in deleted]

    alpha, beta = (service.film(f.id or 0) for f in restored)
    assert alpha.similar == (SimilarFilm("Beta", 1991, beta.id, second.uuid),)
    assert beta.similar == (SimilarFilm("Alpha", 1990, alpha.id, first.uuid),)
    # Reused row ids must never make a restored link point at an unrelated film.
    assert service.backlinks(bystander.id or 0) == []


def test_delete_of_unknown_ids_is_harmless(service: CatalogueService) -> None:
    film = service.add_film(FilmRecord(title="Stays"))
    assert service.delete_films([999]) == []
    assert service.delete_films([]) == []
    assert service.film(film.id or 0) == film


def test_add_films_is_all_or_nothing(service: CatalogueService) -> None:
    from filmdesk.errors import ValidationError

    good = [FilmRecord(title=f"Film {n}") for n in range(5)]
    with pytest.raises(ValidationError):
        service.add_films([*good, FilmRecord(title="Bad", runtime=0)], batch_size=2)
    assert service.count() == 0
    progress: list[tuple[int, int]] = []
    ids = service.add_films(
        good, batch_size=2, total=5, progress=lambda done, total: progress.append((done, total))
    )
    assert len(ids) == 5 and service.count() == 5
    assert progress[-1] == (5, 5)


def test_bulk_writes_pause_the_collector_and_restore_it(tmp_path: Path) -> None:
    import gc

    from filmdesk.collector import collection_paused

    assert gc.isenabled()
    with collection_paused():
        assert not gc.isenabled()
        with collection_paused():  # nested (an import inside a copy, another thread…)
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    service = CatalogueService.open(tmp_path / "c.filmdesk")
    try:
        with pytest.raises(ValidationError):
            service.add_films([FilmRecord(title="Fine"), FilmRecord(title=" ")])
        assert gc.isenabled() and service.count() == 0  # restored, and nothing written
        gc.disable()
        service.add_films([FilmRecord(title="Fine")])
        assert not gc.isenabled()  # left as the caller had it
    finally:
        gc.enable()
        service.close()
