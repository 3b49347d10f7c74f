# SPDX-License-Identifier: GPL-3.0-or-later
"""What the window remembers: a second MainWindow on the same settings file is a restart."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtWidgets import QHeaderView
from pytestqt.qtbot import QtBot

from filmdesk.catalogue.dto import SortKey
from filmdesk.catalogue.service import CatalogueService
from filmdesk.ui.actions import ActionId
from filmdesk.ui.main_window import MainWindow
from filmdesk.ui.settings import ViewMode

TITLE, YEAR, DIRECTOR, RUNTIME, GENRES, RATING, WATCHED = 1, 2, 3, 4, 5, 6, 7


def _click_header(qtbot: QtBot, header: QHeaderView, section: int) -> None:
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )


def _years(window: MainWindow) -> list[int]:
    model = window.browser.model
    return [int(model.index(row, YEAR).data()) for row in range(model.rowCount())]


def test_state_is_restored_after_a_restart(
    qtbot: QtBot,
    window: MainWindow,
    service: CatalogueService,
    make_window: Callable[..., MainWindow],
) -> None:
    # The offscreen screen is 800 x 800 and restoreGeometry() keeps windows on screen.
    window.setGeometry(30, 40, 760, 560)
    qtbot.waitUntil(lambda: window.size() == QSize(760, 560))
    window.splitter.setSizes([300, 460])
    sizes = window.splitter.sizes()
    assert sizes[0] < sizes[1]

    # Sort by year, newest first: two clicks on the Year header.
    header = window.browser.table.horizontalHeader()
    _click_header(qtbot, header, YEAR)
    _click_header(qtbot, header, YEAR)
    assert window.browser.sort_key == SortKey.YEAR and window.browser.descending
    assert _years(window) == sorted(_years(window), reverse=True)
    order = list(window.browser.model.ids)

    window.browser.table.setColumnHidden(RUNTIME, True)
    header.moveSection(header.visualIndex(GENRES), 2)  # Genres dragged next to the title
    window.detail.tabs.setCurrentIndex(2)
    crazy_heart = service.find("Crazy Heart")
    assert window.browser.select_film(crazy_heart.id or 0)
    window.actions_[ActionId.VIEW_GRID].trigger()
    assert window.browser.currentWidget() is window.browser.grid
    window.close()

    again = make_window()
    assert again.size() == QSize(760, 560)
    assert again.pos() == window.pos()
    assert again.splitter.sizes() == sizes
    assert again.browser.view_mode() == ViewMode.GRID
    assert again.browser.currentWidget() is again.browser.grid
    assert again.actions_[ActionId.VIEW_GRID].isChecked()
    assert not again.actions_[ActionId.VIEW_LIST].isChecked()
    assert again.browser.sort_key == SortKey.YEAR and again.browser.descending
    assert again.browser.model.ids == order
    restored = again.browser.table.horizontalHeader()
    assert restored.sortIndicatorSection() == YEAR
    assert restored.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert again.browser.table.isColumnHidden(RUNTIME)
    assert not again.browser.table.isColumnHidden(YEAR)
    assert restored.visualIndex(GENRES) == 2
    assert again.detail.tabs.currentIndex() == 2
    assert again.film is not None and again.film.title == "Crazy Heart"
    assert again.browser.current_film() == crazy_heart.id
    current = again.browser.grid.currentIndex()
    assert current.isValid() and again.browser.model.film_id(current.row()) == crazy_heart.id


def test_a_fresh_settings_file_gives_the_defaults(window: MainWindow) -> None:
    assert window.browser.view_mode() == ViewMode.LIST
    assert window.browser.currentWidget() is window.browser.table
    assert window.browser.sort_key == SortKey.TITLE and not window.browser.descending
    titles = [window.browser.model.index(r, 1).data() for r in range(3)]
    assert titles == ["Amélie", "Before Sunrise", "Blue Valentine"]
    # The first film is selected so the page is never blank.
    assert window.film is not None and window.film.title == "Amélie"
    # Every column shows, the poster column only when posters in the list are on.
    table = window.browser.table
    posters = window.actions_[ActionId.SHOW_POSTERS_IN_LIST].isChecked()
    hidden = [c for c in range(8) if table.isColumnHidden(c)]
    assert hidden == ([] if posters else [0])
    window.actions_[ActionId.SHOW_POSTERS_IN_LIST].trigger()
    assert table.isColumnHidden(0) == posters
    # Genres come last, where the list's edge may cut them, after my rating and Watched.
    header = table.horizontalHeader()
    visual = [header.logicalIndex(v) for v in range(header.count())]
    assert visual == [0, TITLE, YEAR, DIRECTOR, RUNTIME, RATING, WATCHED, GENRES]
    assert header.stretchLastSection()


def test_a_deleted_last_film_falls_back_to_the_first(
    window: MainWindow, service: CatalogueService, make_window: Callable[..., MainWindow]
) -> None:
    her = service.find("Her")
    window.browser.select_film(her.id or 0)
    window.close()
    service.delete_films([her.id or 0])
    again = make_window()
    assert again.film is not None and again.film.title == "Amélie"
    assert again.count_label.text() == "13 films"


def test_unsortable_columns_keep_the_real_sort_indicator(qtbot: QtBot, window: MainWindow) -> None:
    header = window.browser.table.horizontalHeader()
    order = list(window.browser.model.ids)
    for section in (DIRECTOR, GENRES):
        _click_header(qtbot, header, section)
        # Director and genres are not sorted in SQL: the arrow stays on Title.
        assert header.sortIndicatorSection() == TITLE
        assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
        assert window.browser.sort_key == SortKey.TITLE
        assert window.browser.model.ids == order
    _click_header(qtbot, header, YEAR)
    assert header.sortIndicatorSection() == YEAR
    assert window.browser.sort_key == SortKey.YEAR
    assert _years(window) == sorted(_years(window))


def test_a_restart_searches_the_catalogue_once(
    window: MainWindow,
    service: CatalogueService,
    make_window: Callable[..., MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # As a click on the header does: the arrow moves and the view asks the model to sort.
    window.browser.table.horizontalHeader().setSortIndicator(YEAR, Qt.SortOrder.DescendingOrder)
    assert window.browser.sort_key == SortKey.YEAR
    window.close()  # saves the header state, sort indicator included
    queries: list[tuple[str, SortKey]] = []
    search = service.search

    def counting(query: str = "", sort: SortKey = SortKey.TITLE, **options: Any) -> Any:
        queries.append((query, sort))
        return search(query, sort, **options)

    monkeypatch.setattr(service, "search", counting)
    again = make_window()
    # Restoring the header re-announces the sort; that must not search 100,000 films twice.
    assert queries == [("", SortKey.YEAR)]
    assert again.browser.sort_key == SortKey.YEAR and again.browser.descending
