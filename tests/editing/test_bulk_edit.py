# SPDX-License-Identifier: GPL-3.0-or-later
"""Bulk edit: only the ticked fields are written, the preview counts the films that
change, and the whole change is one undo step."""

from __future__ import annotations

from dataclasses import replace

from editing_helpers import content, jpeg_bytes, select, undo_text
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from filmdesk.catalogue.dto import FilmRecord
from filmdesk.catalogue.service import CatalogueService
from filmdesk.posters import poster_from_bytes
from filmdesk.ui.dialogs.bulk_edit_dialog import BulkEditDialog
from filmdesk.ui.dialogs.film_edit_dialog import FilmEditDialog
from filmdesk.ui.main_window import MainWindow

APPLY = QDialogButtonBox.StandardButton.Apply
TITLES = ("Leaving Las Vegas", "Crazy Heart", "Taxi Driver")


def open_bulk(window: MainWindow, service: CatalogueService) -> BulkEditDialog:
    select(window, service, *TITLES)
    dialog = window.editing.bulk_edit()
    assert isinstance(dialog, BulkEditDialog)
    assert dialog.windowTitle() == "Edit 3 Films"
    return dialog


def current(service: CatalogueService, films: list[FilmRecord]) -> list[FilmRecord]:
    return [service.film(f.id or 0) for f in films]


def test_nothing_ticked_changes_nothing(
    qtbot: QtBot, window: MainWindow, service: CatalogueService
) -> None:
    dialog = open_bulk(window, service)
    assert dialog.preview.text() == "0 of 3 selected films will change."
    assert not dialog.buttons.button(APPLY).isEnabled()
    dialog.add_tags.setText("noir")  # filled in but not ticked (setText is not typing)
    assert not dialog.add_tags_check.isChecked()
    assert dialog.edited() == []


def test_adding_a_tag_only_touches_tags_and_undoes_in_one_step(
    qtbot: QtBot, window: MainWindow, service: CatalogueService
) -> None:
    films = [service.find(t) for t in TITLES]
    # A poster on one of them: a bulk edit must write it back unchanged, not drop it.
    poster = poster_from_bytes(jpeg_bytes(200, 300))
    service.update_film(replace(films[1], poster=poster))
    films = [service.find(t) for t in TITLES]
    assert [("favourite" in f.tags) for f in films] == [True, False, True]

    dialog = open_bulk(window, service)
    qtbot.keyClicks(dialog.add_tags, "Favourite")  # typing ticks the box
    assert dialog.add_tags_check.isChecked()
    # The two films that have it already (in any case) do not count.
    assert dialog.preview.text() == "1 of 3 selected films will change."
    dialog.buttons.button(APPLY).click()

    after = current(service, films)
    assert [f.tags for f in after] == [
        films[0].tags,
        (*films[1].tags, "favourite"),  # the catalogue's spelling of a known tag
        films[2].tags,
    ]
    for before, now in zip(films, after, strict=True):
        assert content(replace(now, tags=before.tags)) == content(before)
    assert after[1].poster == poster
    assert undo_text(window) == "Undo Edit ‘Crazy Heart’"

    window.undo_action.trigger()
    assert [content(f) for f in current(service, films)] == [content(f) for f in films]
    window.redo_action.trigger()
    assert [f.tags for f in current(service, films)] == [f.tags for f in after]


def test_removing_tags_and_genres_ignores_case(
    qtbot: QtBot, window: MainWindow, service: CatalogueService
) -> None:
    films = [service.find(t) for t in TITLES]
    dialog = open_bulk(window, service)
    genre = films[0].genres[0]
    qtbot.keyClicks(dialog.remove_genres, genre.upper())
    qtbot.keyClicks(dialog.remove_tags, "FAVOURITE")
    dialog.buttons.button(APPLY).click()
    for before, now in zip(films, current(service, films), strict=True):
        assert now.genres == tuple(g for g in before.genres if g.casefold() != genre.casefold())
        assert "favourite" not in now.tags
        assert now.rating == before.rating and now.watched == before.watched


def test_adding_genres(qtbot: QtBot, window: MainWindow, service: CatalogueService) -> None:
    films = [service.find(t) for t in TITLES]
    dialog = open_bulk(window, service)
    qtbot.keyClicks(dialog.add_genres, "Neo-noir; Drama")
    dialog.buttons.button(APPLY).click()
    for before, now in zip(films, current(service, films), strict=True):
        assert now.genres[: len(before.genres)] == before.genres
        assert "Neo-noir" in now.genres
        assert [g.casefold() for g in now.genres].count("drama") == 1  # never twice


def test_setting_watched_rating_and_language(
    qtbot: QtBot, window: MainWindow, service: CatalogueService
) -> None:
    films = [service.find(t) for t in TITLES]
    dialog = open_bulk(window, service)
    dialog.watched_combo.setCurrentIndex(1)
    dialog.watched_combo.activated.emit(1)  # as a person picking "Not watched" would
    assert dialog.watched_check.isChecked()
    dialog.rating.set_rating(2.5)
    assert dialog.rating_check.isChecked()
    qtbot.keyClicks(dialog.languages, "French")
    assert dialog.preview.text() == "3 of 3 selected films will change."
    dialog.buttons.button(APPLY).click()
    assert undo_text(window) == "Undo Edit 3 Films"
    for before, now in zip(films, current(service, films), strict=True):
        assert (now.watched, now.rating, now.languages) == (False, 2.5, ("French",))
        assert now.viewings == before.viewings  # the history stays
        assert content(replace(now, watched=before.watched, rating=before.rating,
                               languages=before.languages)) == content(before)
    window.undo_action.trigger()
    assert [content(f) for f in current(service, films)] == [content(f) for f in films]


def test_setting_no_languages_wipes_nothing(
    qtbot: QtBot, window: MainWindow, service: CatalogueService
) -> None:
    films = [service.find(t) for t in TITLES]
    assert all(film.languages for film in films)
    dialog = open_bulk(window, service)
    dialog.language_check.setChecked(True)  # ticked, but nothing typed
    assert dialog.preview.text() == (
        "0 of 3 selected films will change. Type the languages to set."
    )
    assert not dialog.buttons.button(APPLY).isEnabled()
    qtbot.keyClicks(dialog.languages, "French")
    assert dialog.preview.text() == "3 of 3 selected films will change."


def test_unticking_a_field_leaves_it_alone(
    qtbot: QtBot, window: MainWindow, service: CatalogueService
) -> None:
    films = [service.find(t) for t in TITLES]
    dialog = open_bulk(window, service)
    qtbot.keyClicks(dialog.add_tags, "noir")
    dialog.rating.set_rating(1.0)
    dialog.add_tags_check.setChecked(False)
    dialog.buttons.button(APPLY).click()
    after = current(service, films)
    assert [f.tags for f in after] == [f.tags for f in films]
    assert [f.rating for f in after] == [1.0, 1.0, 1.0]


def test_cancel_writes_nothing(qtbot: QtBot, window: MainWindow, service: CatalogueService) -> None:
    films = [service.find(t) for t in TITLES]
    dialog = open_bulk(window, service)
    dialog.rating.set_rating(1.0)
    dialog.reject()
    assert current(service, films) == films
    assert not window.undo_action.isEnabled()


def test_a_single_film_gets_the_full_editor(
    qtbot: QtBot, window: MainWindow, service: CatalogueService
) -> None:
    select(window, service, "Her")
    assert window.editing.bulk_edit() is None
    assert isinstance(window.editing.open_dialog, FilmEditDialog)
    window.editing.open_dialog.reject()
