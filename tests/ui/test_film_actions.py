# SPDX-License-Identifier: GPL-3.0-or-later
"""Mark watched and rate from the window's actions, with undo and redo."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QItemSelectionModel, Qt
from pytestqt.qtbot import QtBot

from filmdesk.catalogue.dto import FilmRecord
from filmdesk.catalogue.service import CatalogueService
from filmdesk.ui.actions import ActionId
from filmdesk.ui.main_window import MainWindow
from filmdesk.ui.settings import ViewMode

RATING, WATCHED = 6, 7  # list columns


def select(window: MainWindow, service: CatalogueService, title: str) -> FilmRecord:
    film = service.find(title)
    assert film.id is not None and window.browser.select_film(film.id)
    return film


def undo_text(window: MainWindow) -> str:
    # Compared without the mnemonic and case: the wording is what must describe the step.
    return window.undo_action.text().replace("&", "").lower()


def redo_text(window: MainWindow) -> str:
    return window.redo_action.text().replace("&", "").lower()


def cell(window: MainWindow, film_id: int, column: int) -> str:
    model = window.browser.model
    return str(model.index(model.row_of(film_id) or 0, column).data())


def test_mark_watched_undo_redo(window: MainWindow, service: CatalogueService) -> None:
    before = select(window, service, "Crazy Heart")
    assert not before.watched and before.viewings == ()
    assert window.undo_action.isEnabled() is False

    window.actions_[ActionId.MARK_WATCHED].trigger()
    after = service.film(before.id or 0)
    assert after.watched and after.viewings == (dt.date.today(),)
    assert cell(window, after.id or 0, WATCHED) == "✓"
    assert window.film is not None and window.film.watched  # the page follows
    assert undo_text(window) == "undo mark ‘crazy heart’ watched"

    window.undo_action.trigger()
    undone = service.film(before.id or 0)
    assert not undone.watched and undone.viewings == ()
    assert cell(window, before.id or 0, WATCHED) == ""
    assert window.film is not None and not window.film.watched
    assert redo_text(window) == "redo mark ‘crazy heart’ watched"

    window.redo_action.trigger()
    assert service.film(before.id or 0).watched


def test_mark_unwatched_restores_the_viewing_history(
    window: MainWindow, service: CatalogueService
) -> None:
    before = select(window, service, "Leaving Las Vegas")
    assert before.watched and len(before.viewings) == 3
    window.actions_[ActionId.MARK_UNWATCHED].trigger()
    assert not service.film(before.id or 0).watched
    assert undo_text(window) == "undo mark ‘leaving las vegas’ unwatched"
    window.undo_action.trigger()
    restored = service.film(before.id or 0)
    assert restored.watched and restored.viewings == before.viewings


def test_rate_undo_redo(qtbot: QtBot, window: MainWindow, service: CatalogueService) -> None:
    before = select(window, service, "Leaving Las Vegas")
    assert before.rating == 4.5
    window.actions_[ActionId.RATE_2].trigger()
    assert service.film(before.id or 0).rating == 2.0
    assert cell(window, before.id or 0, RATING) == "★★☆☆☆"
    assert undo_text(window) == "undo rate ‘leaving las vegas’ 2 stars"

    # The shortcut removes the rating altogether.
    window.browser.table.setFocus()
    qtbot.keyClick(
        window.browser.table,
        Qt.Key.Key_0,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier,
    )
    assert service.film(before.id or 0).rating is None
    assert undo_text(window) == "undo remove rating of ‘leaving las vegas’"

    window.undo_action.trigger()
    assert service.film(before.id or 0).rating == 2.0
    window.undo_action.trigger()
    assert service.film(before.id or 0).rating == 4.5
    assert cell(window, before.id or 0, RATING) == "★★★★½"
    assert window.film is not None and window.film.rating == 4.5
    window.redo_action.trigger()
    assert service.film(before.id or 0).rating == 2.0


def test_rating_several_films_undoes_each_to_its_own_value(
    window: MainWindow, service: CatalogueService
) -> None:
    titles = ("Leaving Las Vegas", "Crazy Heart", "Taxi Driver")
    films = [service.find(t) for t in titles]
    assert [f.rating for f in films] == [4.5, None, 5.0]
    model = window.browser.model
    selection = window.browser.table.selectionModel()
    selection.clearSelection()
    for film in films:
        selection.select(
            model.index(model.row_of(film.id or 0) or 0, 1),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    window.actions_[ActionId.RATE_3].trigger()
    assert [service.film(f.id or 0).rating for f in films] == [3.0, 3.0, 3.0]
    assert undo_text(window) == "undo rate 3 films 3 stars"
    window.undo_action.trigger()
    assert [service.film(f.id or 0).rating for f in films] == [4.5, None, 5.0]


def test_films_picked_in_the_grid_are_all_marked(
    qtbot: QtBot, window: MainWindow, service: CatalogueService
) -> None:
    window.set_view_mode(ViewMode.GRID)
    grid = window.browser.grid
    model = window.browser.model
    crazy, her = service.find("Crazy Heart"), service.find("Her")

    def click(film: FilmRecord, modifier: Qt.KeyboardModifier) -> None:
        index = model.index(model.row_of(film.id or 0) or 0, 1)
        grid.scrollTo(index)
        qtbot.waitUntil(lambda: grid.visualRect(index).isValid())  # laid out lazily
        qtbot.mouseClick(
            grid.viewport(), Qt.MouseButton.LeftButton, modifier, grid.visualRect(index).center()
        )

    click(crazy, Qt.KeyboardModifier.NoModifier)
    click(her, Qt.KeyboardModifier.ControlModifier)
    assert set(window.browser.selected_films()) == {crazy.id, her.id}
    window.actions_[ActionId.MARK_WATCHED].trigger()
    assert service.film(crazy.id or 0).watched and service.film(her.id or 0).watched
    assert undo_text(window) == "undo mark 2 films watched"
    window.undo_action.trigger()
    assert not service.film(crazy.id or 0).watched and not service.film(her.id or 0).watched
