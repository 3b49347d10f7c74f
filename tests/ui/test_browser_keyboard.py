# SPDX-License-Identifier: GPL-3.0-or-later
"""Moving through the list from the keyboard, type-ahead, and the poster grid."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from pytestqt.qtbot import QtBot

from filmdesk.catalogue.service import CatalogueService
from filmdesk.ui.actions import ActionId
from filmdesk.ui.main_window import MainWindow
from filmdesk.ui.settings import ViewMode
from filmdesk.ui.widgets import film_views

TITLES = [
    "Amélie", "Before Sunrise", "Blue Valentine", "Crazy Heart", "Days of Wine and Roses",
    "Eternal Sunshine of the Spotless Mind", "Her", "In the Mood for Love", "Leaving Las Vegas",
    "Lost in Translation", "The Lost Weekend", "Midnight Cowboy", "Requiem for a Dream",
    "Taxi Driver",
]  # fmt: skip


def _current_title(window: MainWindow) -> str | None:
    return window.film.title if window.film else None


def _current_id(window: MainWindow) -> int | None:
    return window.film.id if window.film else None


def _focused_table(qtbot: QtBot, window: MainWindow) -> film_views.FilmTableView:
    table = window.browser.table
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    return table


def test_list_is_in_title_order(window: MainWindow) -> None:
    model = window.browser.model
    # Leading articles are ignored and accents folded, as a person would file them.
    assert [model.index(r, 1).data() for r in range(model.rowCount())] == TITLES


def test_arrow_home_and_end_move_the_selection(qtbot: QtBot, window: MainWindow) -> None:
    table = _focused_table(qtbot, window)
    assert _current_title(window) == TITLES[0]
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert _current_title(window) == TITLES[1]
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Up)
    assert _current_title(window) == TITLES[1]
    qtbot.keyClick(table, Qt.Key.Key_End)
    assert _current_title(window) == TITLES[-1]
    assert table.selectionModel().isRowSelected(len(TITLES) - 1)
    qtbot.keyClick(table, Qt.Key.Key_Down)  # stays on the last row
    assert _current_title(window) == TITLES[-1]
    qtbot.keyClick(table, Qt.Key.Key_Home)
    assert _current_title(window) == TITLES[0]
    qtbot.keyClick(table, Qt.Key.Key_PageDown)
    assert _current_title(window) != TITLES[0]
    # Only the current row is selected after plain moves.
    assert len(table.selectionModel().selectedRows()) == 1


def test_shift_arrows_extend_the_selection(qtbot: QtBot, window: MainWindow) -> None:
    table = _focused_table(qtbot, window)
    qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    ids = window.browser.selected_films()
    assert ids == window.browser.model.ids[:3]


@pytest.mark.parametrize(
    ("typed", "title"),
    [
        ("c", "Crazy Heart"),
        ("bl", "Blue Valentine"),
        ("ame", "Amélie"),  # accents are folded
        ("lost w", "The Lost Weekend"),  # the article is ignored, the space kept
        ("lo", "Lost in Translation"),
    ],
)
def test_typing_jumps_to_the_first_matching_title(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, typed: str, title: str
) -> None:
    # Each key loads a film page; on a busy machine that can outlast the real pause limit.
    monkeypatch.setattr(film_views, "TYPE_AHEAD_MS", 10_000)
    table = _focused_table(qtbot, window)
    qtbot.keyClicks(table, typed)
    assert _current_title(window) == title
    row = window.browser.model.row_of(_current_id(window) or 0)
    assert table.currentIndex().row() == row


def test_type_ahead_starts_over_after_a_pause(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(film_views, "TYPE_AHEAD_MS", 60)
    table = _focused_table(qtbot, window)
    qtbot.keyClicks(table, "d")
    assert _current_title(window) == "Days of Wine and Roses"
    qtbot.keyClicks(table, "x")  # "dx" matches nothing: the selection stays
    assert _current_title(window) == "Days of Wine and Roses"
    qtbot.wait(120)
    qtbot.keyClicks(table, "t")
    assert _current_title(window) == "Taxi Driver"


def test_type_ahead_only_searches_the_shown_films(qtbot: QtBot, window: MainWindow) -> None:
    window.browser.search_now("-watched:yes")
    table = _focused_table(qtbot, window)
    qtbot.keyClicks(table, "l")  # Leaving Las Vegas and Lost … are watched: not in the list
    assert _current_title(window) == "Amélie"
    window.browser.jump_to_title("h")
    assert _current_title(window) == "Her"


# --- the poster grid ------------------------------------------------------------------------


def test_grid_shows_the_same_model_and_selection(
    qtbot: QtBot, window: MainWindow, service: CatalogueService
) -> None:
    browser = window.browser
    crazy = service.find("Crazy Heart")
    browser.select_film(crazy.id or 0)
    window.actions_[ActionId.VIEW_GRID].trigger()
    grid = browser.grid
    assert browser.view_mode() == ViewMode.GRID
    assert browser.currentWidget() is grid and grid.isVisible()
    assert grid.model() is browser.model
    assert grid.selectionModel() is browser.table.selectionModel()
    assert browser.model.film_id(grid.currentIndex().row()) == crazy.id
    assert _current_title(window) == "Crazy Heart"

    # Painting asks the delegate for rows and placeholder posters without errors.
    grid.viewport().repaint()
    image = grid.grab()
    assert not image.isNull()

    # Moving in the grid moves the one shared selection.
    grid.setFocus()
    qtbot.waitUntil(grid.hasFocus)
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    assert _current_title(window) == "Days of Wine and Roses"
    qtbot.keyClicks(grid, "mid")
    assert _current_title(window) == "Midnight Cowboy"
    selected = browser.table.selectionModel().selectedRows()
    assert [browser.model.film_id(i.row()) for i in selected] == [_current_id(window)]

    window.actions_[ActionId.VIEW_LIST].trigger()
    assert browser.currentWidget() is browser.table
    assert browser.model.film_id(browser.table.currentIndex().row()) == _current_id(window)


def test_grid_follows_a_search(qtbot: QtBot, window: MainWindow) -> None:
    window.set_view_mode(ViewMode.GRID)
    window.browser.search_now("genre:music")
    grid = window.browser.grid
    assert grid.model().rowCount() == 1
    assert _current_title(window) == "Crazy Heart"
    qtbot.waitUntil(lambda: grid.visualRect(grid.model().index(0, 1)).isValid())
    rect = grid.visualRect(grid.model().index(0, 1))
    assert grid.viewport().rect().contains(rect.center())


def test_clicking_a_grid_cell_selects_that_film(qtbot: QtBot, window: MainWindow) -> None:
    window.set_view_mode(ViewMode.GRID)
    grid = window.browser.grid
    index = grid.model().index(2, 1)
    qtbot.waitUntil(lambda: grid.visualRect(index).isValid())  # the grid lays out lazily
    rect = grid.visualRect(index)
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert _current_title(window) == TITLES[2]
    # Ctrl-click adds a second film to the selection, seen by the list as well.
    other = grid.visualRect(grid.model().index(4, 1))
    qtbot.mouseClick(
        grid.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier,
        other.center(),
    )  # fmt: skip
    rows = sorted(i.row() for i in window.browser.table.selectionModel().selectedRows())
    assert rows == [2, 4]
    assert window.browser.selected_films() == [window.browser.model.ids[i] for i in (2, 4)]


def test_selecting_a_film_scrolls_the_grid_to_it(
    qtbot: QtBot, window: MainWindow, service: CatalogueService
) -> None:
    window.set_view_mode(ViewMode.GRID)
    grid = window.browser.grid
    assert grid.modelColumn() == 1  # the column the browser selects and scrolls to
    taxi = service.find("Taxi Driver")
    window.browser.select_film(taxi.id or 0)
    index = grid.model().index(window.browser.model.row_of(taxi.id or 0) or 0, 1)
    assert grid.currentIndex() == index
    qtbot.waitUntil(lambda: grid.visualRect(index).isValid())
    assert grid.verticalScrollBar().value() > 0
    assert grid.viewport().rect().contains(grid.visualRect(index))



@pytest.mark.parametrize("size", ["small", "medium", "large"])
@pytest.mark.parametrize("width", [230, 430, 600, 915])
def test_grid_rows_fill_the_width(qtbot: QtBot, size: str, width: int) -> None:
    grid = film_views.PosterGridView()
    qtbot.addWidget(grid)
    grid.setModel(QStandardItemModel(30, 2))  # layout needs only the one cell size
    grid.set_poster_size(size)
    delegate = grid.itemDelegate()
    assert isinstance(delegate, film_views.PosterDelegate)
    grid.resize(width, 700)
    grid.show()
    qtbot.waitExposed(grid)
    grid.doItemsLayout()
    cells = [grid.visualRect(grid.model().index(i, 1)) for i in range(30)]
    row = [rect for rect in cells if rect.top() == cells[0].top()]
    # Every cell is at least as wide as its poster size allows, and the row ends within
    # a few pixels of the viewport's edge: no gap where another column would almost fit.
    assert all(rect.width() >= delegate.narrowest >= delegate.POSTER.width() for rect in row)
    left_over = grid.viewport().width() - (row[-1].right() + 1)
    assert 0 <= left_over <= len(row) + 2 * grid.spacing()
    assert len(row) == max(1, (grid.viewport().width() - grid.spacing())
                           // (delegate.narrowest + grid.spacing()))
