# SPDX-License-Identifier: GPL-3.0-or-later
"""Undo and redo of every change: each step puts the catalogue back exactly, and a delete
comes back with its id, uuid, poster, links and the links other films had to it."""

from __future__ import annotations

from dataclasses import replace

from editing_helpers import (
    FakeDialogs,
    content,
    jpeg_bytes,
    redo_text,
    select,
    undo_text,
)
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from filmdesk.catalogue.dto import FilmRecord, Link
from filmdesk.catalogue.service import CatalogueService
from filmdesk.errors import FilmNotFoundError
from filmdesk.posters import poster_from_bytes
from filmdesk.ui.dialogs.bulk_edit_dialog import BulkEditDialog
from filmdesk.ui.main_window import MainWindow

SAVE = QDialogButtonBox.StandardButton.Save
YES = QMessageBox.StandardButton.Yes

Snapshot = dict[int, FilmRecord]


def snapshot(service: CatalogueService) -> Snapshot:
    """Every film as stored, minus the counters a write bumps (version, updated_at)."""
    ids = service.search().ids
    return {f.id or 0: replace(f, version=None, updated_at=None) for f in service.films(ids)}


def links_to(service: CatalogueService, film: FilmRecord) -> list[tuple[str, int | None]]:
    """(title of the film that lists it, the id that entry points at) for each backlink."""
    out = []
    for row in service.search().ids:
        other = service.film(row)
        out += [(other.title, s.film_id) for s in other.similar if s.title == film.title]
    return sorted(out)


def test_undo_and_redo_an_edit(qtbot: QtBot, window: MainWindow, service: CatalogueService) -> None:
    (before,) = select(window, service, "Leaving Las Vegas")
    dialog = window.editing.edit_film()
    assert dialog is not None
    dialog.title_edit.setText("Leaving Las Vegas (Director's Cut)")
    dialog.links_editor.set_rows([("Home", "https://example.com/llv")])
    dialog.buttons.button(SAVE).click()
    after = service.film(before.id or 0)
    assert after.links == (Link("Home", "https://example.com/llv"),)
    assert undo_text(window) == "Undo Edit ‘Leaving Las Vegas (Director's Cut)’"

    window.undo_action.trigger()
    assert content(service.film(before.id or 0)) == content(before)
    assert window.film is not None and window.film.title == "Leaving Las Vegas"  # page follows
    assert redo_text(window) == "Redo Edit ‘Leaving Las Vegas (Director's Cut)’"
    window.redo_action.trigger()
    assert content(service.film(before.id or 0)) == content(after)


def test_undo_and_redo_adding_a_film(
    qtbot: QtBot, window: MainWindow, service: CatalogueService
) -> None:
    dialog = window.editing.add_film()
    dialog.title_edit.setText("Mystery Train")
    dialog.year_spin.setValue(1989)
    dialog.poster_well.set_poster(poster_from_bytes(jpeg_bytes(200, 300)), changed=True)
    dialog.buttons.button(SAVE).click()
    added = service.find("Mystery Train")
    assert undo_text(window) == "Undo Add ‘Mystery Train’"

    window.undo_action.trigger()
    assert service.count() == 14
    try:
        service.find("Mystery Train")
        raise AssertionError("the film is still there")
    except FilmNotFoundError:
        pass
    window.redo_action.trigger()
    back = service.find("Mystery Train")
    assert back == added  # the same id, uuid, version and poster
    qtbot.waitUntil(lambda: window.browser.model.row_of(back.id or 0) is not None)


def test_undoing_a_delete_restores_the_film_exactly_with_the_links_to_it(
    qtbot: QtBot, window: MainWindow, service: CatalogueService, dialogs: FakeDialogs
) -> None:
    las_vegas = service.find("Leaving Las Vegas")
    service.update_film(replace(las_vegas, poster=poster_from_bytes(jpeg_bytes(400, 600))))
    (before,) = select(window, service, "Leaving Las Vegas")
    assert before.poster is not None and before.links and before.similar and before.viewings
    backlinks = service.backlinks(before.id or 0)
    assert len(backlinks) == 6  # six sample films list it as similar
    linked = links_to(service, before)
    assert all(target == before.id for _, target in linked)

    dialogs.answer = YES
    window.editing.delete_films()
    assert dialogs.last().text.startswith("Delete ‘Leaving Las Vegas (1995)’?")
    assert service.count() == 13
    # The films that listed it keep the title, no longer linked to anything.
    assert all(target is None for _, target in links_to(service, before))
    assert undo_text(window) == "Undo Delete ‘Leaving Las Vegas’"

    window.undo_action.trigger()
    assert service.film(before.id or 0) == before  # id, uuid, version, poster, links …
    assert service.backlinks(before.id or 0) == backlinks
    assert links_to(service, before) == linked
    assert service.search("vegas").ids == [before.id]  # searchable again
    assert service.thumbnails([before.id or 0])[before.id or 0] == before.poster.thumbnail

    # And again: redo deletes it, a second undo brings it back just the same.
    window.redo_action.trigger()
    assert service.count() == 13
    window.undo_action.trigger()
    assert service.film(before.id or 0) == before
    assert service.backlinks(before.id or 0) == backlinks


def test_undoing_a_delete_of_films_that_list_each_other(
    qtbot: QtBot, window: MainWindow, service: CatalogueService, dialogs: FakeDialogs
) -> None:
    films = select(
        window, service, "Leaving Las Vegas", "The Lost Weekend", "Days of Wine and Roses"
    )
    whole = {f.id: f for f in service.films([f.id or 0 for f in films])}
    everything = snapshot(service)
    dialogs.answer = YES
    window.editing.delete_films()
    assert dialogs.last().text.startswith("Delete 3 films?")
    assert service.count() == 11
    assert undo_text(window) == "Undo Delete 3 films"
    window.undo_action.trigger()
    for film_id, film in whole.items():
        assert service.film(film_id or 0) == film
    assert snapshot(service) == everything


def test_cancelling_the_delete_question_deletes_nothing(
    qtbot: QtBot, window: MainWindow, service: CatalogueService, dialogs: FakeDialogs
) -> None:
    select(window, service, "Her")
    dialogs.answer = QMessageBox.StandardButton.Cancel
    window.editing.delete_films()
    assert dialogs.kinds() == ["question"]
    assert service.count() == 14 and not window.undo_action.isEnabled()


def test_undo_and_redo_mark_watched_and_rate(
    qtbot: QtBot, window: MainWindow, service: CatalogueService
) -> None:
    import datetime as dt

    (before,) = select(window, service, "Crazy Heart")
    window.editing.mark_watched(True)
    assert service.film(before.id or 0).viewings == (dt.date.today(),)
    assert undo_text(window).casefold() == "undo mark ‘crazy heart’ watched"
    window.editing.rate(3.0)
    assert undo_text(window).casefold() == "undo rate ‘crazy heart’ 3 stars"
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert content(service.film(before.id or 0)) == content(before)
    window.redo_action.trigger()
    window.redo_action.trigger()
    now = service.film(before.id or 0)
    assert (now.watched, now.viewings, now.rating) == (True, (dt.date.today(),), 3.0)


def test_every_action_undone_in_turn_gives_back_the_catalogue_and_redone_gives_it_again(
    qtbot: QtBot, window: MainWindow, service: CatalogueService, dialogs: FakeDialogs
) -> None:
    start = snapshot(service)
    editing = window.editing
    dialogs.answer = YES

    dialog = editing.add_film()  # add
    dialog.title_edit.setText("Mystery Train")
    dialog.similar_editor.set_rows([("Taxi Driver", "1976")])
    dialog.buttons.button(SAVE).click()
    select(window, service, "Her")
    dialog = editing.edit_film()  # edit
    assert dialog is not None
    dialog.tags_edit.setText("sci-fi; favourite")
    dialog.buttons.button(SAVE).click()
    select(window, service, "Her")
    editing.duplicate_film()  # duplicate
    qtbot.waitUntil(lambda: window.film is not None and window.film.title == "Her (copy)")
    select(window, service, "Amélie", "Her")
    editing.mark_watched(True)  # mark watched
    editing.rate(5.0)  # rate
    bulk = editing.bulk_edit()  # bulk edit
    assert isinstance(bulk, BulkEditDialog)
    qtbot.keyClicks(bulk.add_genres, "Fantasy")
    bulk.buttons.button(QDialogButtonBox.StandardButton.Apply).click()
    (taxi,) = select(window, service, "Taxi Driver")
    editing.set_poster_from_bytes(taxi.id or 0, jpeg_bytes(200, 300), "taxi.jpg")  # poster
    editing.add_similar_film(taxi, "The King of Comedy", 1982)  # add from the Similar tab
    select(window, service, "Leaving Las Vegas", "Taxi Driver")
    editing.delete_films()  # delete, with a poster and links both ways

    steps = window.undo_stack.count()
    assert steps == 9, [window.undo_stack.text(i) for i in range(steps)]
    end = snapshot(service)
    assert len(end) == 14 + 3 - 2

    for _ in range(steps):
        window.undo_action.trigger()
    assert snapshot(service) == start
    for _ in range(steps):
        window.redo_action.trigger()
    assert snapshot(service) == end
