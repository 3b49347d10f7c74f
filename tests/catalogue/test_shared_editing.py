# SPDX-License-Identifier: GPL-3.0-or-later
"""Several people on one catalogue: stale saves are refused, nothing is lost silently, and
each window learns what the others changed. Every test runs on SQLite (two services on
one file) and on PostgreSQL (two services on one server catalogue)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import replace

import pytest

from filmdesk.catalogue.changes import KEEP, RESET_ABOVE, ChangeSet
from filmdesk.catalogue.dto import FilmRecord, film_differences
from filmdesk.catalogue.generator import generate_films
from filmdesk.catalogue.service import CatalogueService
from filmdesk.errors import ConcurrentEditError


@pytest.fixture
def two(catalogue_url: str) -> Iterator[tuple[CatalogueService, CatalogueService]]:
    """Two people: two services (two engines, two pools) on the same catalogue."""
    first = CatalogueService.open(catalogue_url)
    second = CatalogueService.open(catalogue_url)
    yield first, second
    first.close()
    second.close()


# --- optimistic concurrency ---------------------------------------------------------------


def test_second_save_of_the_same_film_is_refused(
    two: tuple[CatalogueService, CatalogueService], full_film: Callable[..., FilmRecord]
) -> None:
    anna, ben = two
    saved = anna.add_film(full_film())
    anna_copy, ben_copy = anna.film(saved.id or 0), ben.film(saved.id or 0)

    anna_saved = anna.update_film(replace(anna_copy, notes="Anna's notes", rating=3.0))
    with pytest.raises(ConcurrentEditError) as caught:
        ben.update_film(replace(ben_copy, title="Ben's title"))

    # The error shows Ben what Anna changed, and Anna's save is intact.
    error = caught.value
    assert error.film_id == saved.id and not error.deleted
    assert error.current == anna_saved
    assert set(film_differences(ben_copy, error.current)) == {"rating", "notes"}
    assert set(film_differences(ben_copy, replace(ben_copy, title="Ben's title"))) == {"title"}
    stored = ben.film(saved.id or 0)
    assert stored == anna_saved and stored.title == full_film().title

    # "Reload": Ben re-applies his change to the current film, and it saves.
    merged = ben.update_film(replace(error.current, title="Ben's title"))
    assert (merged.title, merged.notes, merged.version) == ("Ben's title", "Anna's notes", 3)


def test_overwrite_keeps_mine_on_purpose(
    two: tuple[CatalogueService, CatalogueService], full_film: Callable[..., FilmRecord]
) -> None:
    anna, ben = two
    film = anna.add_film(full_film())
    ben_copy = ben.film(film.id or 0)
    anna.set_rating([film.id or 0], 1.0)
    with pytest.raises(ConcurrentEditError):
        ben.update_film(replace(ben_copy, notes="mine"))
    overwritten = ben.update_film(replace(ben_copy, notes="mine"), overwrite=True)
    assert overwritten.notes == "mine" and overwritten.rating == ben_copy.rating
    assert overwritten.version == 3


def test_saving_a_film_someone_deleted_is_refused(
    two: tuple[CatalogueService, CatalogueService], full_film: Callable[..., FilmRecord]
) -> None:
    anna, ben = two
    film = anna.add_film(full_film())
    ben_copy = ben.film(film.id or 0)
    anna.delete_films([film.id or 0])
    with pytest.raises(ConcurrentEditError) as caught:
        ben.update_film(replace(ben_copy, notes="edited meanwhile"))
    assert caught.value.deleted and caught.value.current is None
    assert anna.count() == 0

    # Overwrite brings the film back whole: same uuid, the edit applied, poster and all.
    restored = ben.update_film(replace(ben_copy, notes="edited meanwhile"), overwrite=True)
    assert restored.uuid == film.uuid and restored.notes == "edited meanwhile"
    assert replace(restored, notes=film.notes, version=None, updated_at=None, id=None) == replace(
        film, version=None, updated_at=None, id=None
    )


def test_deleting_a_film_someone_changed_is_refused(
    two: tuple[CatalogueService, CatalogueService], full_film: Callable[..., FilmRecord]
) -> None:
    anna, ben = two
    film = anna.add_film(full_film())
    seen = ben.film(film.id or 0)
    anna.update_film(replace(film, notes="Anna was here"))
    with pytest.raises(ConcurrentEditError) as caught:
        ben.delete_films([film.id or 0], versions={film.id or 0: seen.version or 0})
    assert caught.value.current is not None and caught.value.current.notes == "Anna was here"
    assert ben.count() == 1
    current = ben.film(film.id or 0)
    ben.delete_films([film.id or 0], versions={film.id or 0: current.version or 0})
    assert anna.count() == 0


def test_undo_does_not_undo_someone_elses_later_edit(
    two: tuple[CatalogueService, CatalogueService], full_film: Callable[..., FilmRecord]
) -> None:
    anna, ben = two
    before = anna.add_film(full_film())
    after = anna.update_film(replace(before, notes="Anna's edit"))
    ben.update_film(replace(ben.film(before.id or 0), rating=1.0))
    with pytest.raises(ConcurrentEditError) as caught:
        anna.replace_films([before], versions={before.id or 0: after.version or 0})
    assert caught.value.film_id == before.id
    assert anna.film(before.id or 0).rating == 1.0  # Ben's edit survives the refused undo


def test_a_save_after_delete_and_reuse_never_hits_the_newcomer(
    two: tuple[CatalogueService, CatalogueService], full_film: Callable[..., FilmRecord]
) -> None:
    """SQLite hands a deleted film's id to the next new film: the uuid tells them apart."""
    anna, ben = two
    film = anna.add_film(full_film())
    ben_copy = ben.film(film.id or 0)
    anna.delete_films([film.id or 0])
    newcomer = anna.add_film(FilmRecord(title="Newcomer"))
    with pytest.raises(ConcurrentEditError):
        ben.update_film(replace(ben_copy, notes="stale"))
    assert anna.film(newcomer.id or 0).title == "Newcomer"


def test_racing_writers_lose_no_update(catalogue_url: str) -> None:
    """Three threads, each with its own service, increment one counter with retries."""
    setup = CatalogueService.open(catalogue_url)
    film = setup.add_film(FilmRecord(title="Counter", notes="0"))
    assert film.id is not None
    saves = [0] * 3
    conflicts = [0] * 3

    def client(index: int) -> None:
        service = CatalogueService.open(catalogue_url)
        try:
            while saves[index] < 8:
                current = service.film(film.id or 0)
                try:
                    service.update_film(replace(current, notes=str(int(current.notes) + 1)))
                except ConcurrentEditError:
                    conflicts[index] += 1
                    continue
                saves[index] += 1
        finally:
            service.close()

    threads = [threading.Thread(target=client, args=(i,)) for i in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    final = setup.film(film.id)
    setup.close()
    assert int(final.notes) == sum(saves) == 24
    assert final.version == 25


# --- telling others what changed ----------------------------------------------------------


def test_changes_since_lists_others_changes(
    two: tuple[CatalogueService, CatalogueService], full_film: Callable[..., FilmRecord]
) -> None:
    anna, ben = two
    token = ben.change_token()
    assert ben.changes_since(token) == ChangeSet(token)

    kept = anna.add_film(full_film())
    gone = anna.add_film(FilmRecord(title="Short-lived"))
    seen = ben.changes_since(token)
    assert seen.added == {kept.id, gone.id} and not seen.changed and not seen.deleted
    assert seen.token > token

    anna.set_watched([kept.id or 0], False)
    anna.delete_films([gone.id or 0])
    later = ben.changes_since(seen.token)
    assert later.changed == {kept.id} and later.deleted == {gone.id} and not later.added

    # Ben's own writes are not news to Ben, but are to Anna.
    ben_film = ben.add_film(FilmRecord(title="Ben's"))
    assert ben.changes_since(later.token).empty
    assert ben.changes_since(later.token, include_own=True).added == {ben_film.id}
    assert anna.changes_since(later.token).added == {ben_film.id}


def test_a_failed_write_logs_nothing(
    two: tuple[CatalogueService, CatalogueService], full_film: Callable[..., FilmRecord]
) -> None:
    anna, ben = two
    film = anna.add_film(full_film())
    token = ben.change_token()
    with pytest.raises(ConcurrentEditError):
        anna.update_film(replace(film, version=99))
    assert ben.change_token() == token and ben.changes_since(token).empty
    anna.set_rating([film.id or 0], 2.0)  # the next write logs only itself
    assert ben.changes_since(token).changed == {film.id}


def test_an_import_is_one_reset(two: tuple[CatalogueService, CatalogueService]) -> None:
    anna, ben = two
    token = ben.change_token()
    anna.add_films(generate_films(RESET_ABOVE + 1))
    seen = ben.changes_since(token)
    assert seen.reset and seen.token == token + 1


def test_a_token_from_another_catalogue_or_too_old_asks_for_a_reload(
    two: tuple[CatalogueService, CatalogueService],
) -> None:
    anna, ben = two
    assert ben.changes_since(10**9).reset
    anna.add_film(FilmRecord(title="One"))
    assert not ben.changes_since(0).reset
    assert KEEP > 1000  # pruning keeps far more than a poll interval ever needs


def test_listener_reports_others_changes_within_seconds(
    two: tuple[CatalogueService, CatalogueService],
) -> None:
    anna, ben = two
    film = anna.add_film(FilmRecord(title="Watched by two"))
    listener = ben.change_listener(interval=0.2)
    try:
        assert listener.poll(force=True) is None  # nothing new yet
        anna.set_rating([film.id or 0], 4.0)
        deadline = time.monotonic() + 5
        changes = None
        while changes is None and time.monotonic() < deadline:
            changes = listener.poll()
            time.sleep(0.05)
        assert changes is not None and changes.changed == {film.id}
        assert listener.token == anna.change_token()
        assert listener.pushed == (ben.backend_name == "postgresql")
    finally:
        listener.close()


def test_posters_are_read_lazily(
    any_service: CatalogueService, full_film: Callable[..., FilmRecord]
) -> None:
    film = any_service.add_film(full_film())
    assert film.id is not None and film.poster is not None
    (light,) = any_service.films([film.id], with_posters=False)
    assert light.poster is None
    assert any_service.poster(film.id) == film.poster
    assert any_service.thumbnails([film.id]) == {film.id: film.poster.thumbnail}
    assert any_service.rows([film.id])[0].has_poster
