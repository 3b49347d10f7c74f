# SPDX-License-Identifier: GPL-3.0-or-later
"""Search as you type: the query language, the count label, errors, and the shortcuts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from filmdesk.catalogue.service import CatalogueService
from filmdesk.ui.main_window import MainWindow


def _titles(window: MainWindow) -> list[str]:
    model = window.browser.model
    return [model.index(row, 1).data() for row in range(model.rowCount())]


def _type(qtbot: QtBot, window: MainWindow, text: str) -> None:
    """Type into the search box and wait until the debounced search has shown its result."""
    bar = window.search_bar
    bar.setFocus()
    bar.selectAll()
    qtbot.keyClicks(bar, text)
    # The synchronous task runner shows the result as soon as the debounce has fired.
    qtbot.waitUntil(lambda: not bar.is_pending(), timeout=2000)


def test_count_label_shows_the_catalogue_size(window: MainWindow) -> None:
    assert window.count_label.text() == "14 films"
    assert window.browser.model.rowCount() == 14


def test_typing_filters_the_list(qtbot: QtBot, window: MainWindow) -> None:
    _type(qtbot, window, "leav veg")
    assert _titles(window) == ["Leaving Las Vegas"]
    assert window.count_label.text() == "1 of 14 films"
    # The selection follows the only match and fills the film page.
    assert window.film is not None and window.film.title == "Leaving Las Vegas"


def test_typing_debounces_into_a_single_search(qtbot: QtBot, window: MainWindow) -> None:
    seen: list[str] = []
    window.search_bar.query_changed.connect(seen.append)
    _type(qtbot, window, "crazy")
    assert seen == ["crazy"]
    assert _titles(window) == ["Crazy Heart"]


@pytest.mark.parametrize(
    ("query", "titles"),
    [
        ("director:figgis", ["Leaving Las Vegas"]),
        ("genre:music", ["Crazy Heart"]),
        ("year:1990..1999", ["Before Sunrise", "Leaving Las Vegas"]),
        (
            "-watched:yes",
            ["Amélie", "Blue Valentine", "Crazy Heart", "Days of Wine and Roses", "Her"],
        ),
    ],
)
def test_query_language_fields(
    qtbot: QtBot, window: MainWindow, query: str, titles: list[str]
) -> None:
    _type(qtbot, window, query)
    assert _titles(window) == titles
    assert window.count_label.text() == f"{len(titles)} of 14 films"


def test_no_match_leaves_an_empty_list_and_a_message(qtbot: QtBot, window: MainWindow) -> None:
    _type(qtbot, window, "zzzzqqq")
    assert window.browser.model.rowCount() == 0
    assert window.count_label.text() == "0 of 14 films"
    assert window.film is None
    assert window.detail.film is None


def test_malformed_query_keeps_the_previous_result(qtbot: QtBot, window: MainWindow) -> None:
    _type(qtbot, window, "genre:romance")
    before = _titles(window)
    assert len(before) == 10
    _type(qtbot, window, "year:")
    message = window.statusBar().currentMessage()
    assert "year:" in message and "value" in message
    assert window.search_bar.property("error") is True
    assert _titles(window) == before
    assert window.count_label.text() == "10 of 14 films"
    # A good query afterwards clears the error again.
    _type(qtbot, window, "year:2009")
    assert _titles(window) == ["Crazy Heart"]
    assert window.statusBar().currentMessage() == ""
    assert window.search_bar.property("error") is False


def test_escape_clears_the_search(qtbot: QtBot, window: MainWindow) -> None:
    _type(qtbot, window, "director:figgis")
    assert window.browser.model.rowCount() == 1
    qtbot.keyClick(window.search_bar, Qt.Key.Key_Escape)
    assert window.search_bar.text() == ""
    assert window.browser.model.rowCount() == 14
    assert window.count_label.text() == "14 films"
    # The film that was selected stays selected in the full list.
    assert window.film is not None and window.film.title == "Leaving Las Vegas"


def test_ctrl_f_focuses_the_search(qtbot: QtBot, window: MainWindow) -> None:
    window.search_bar.setText("tender")
    window.browser.table.setFocus()
    qtbot.waitUntil(window.browser.table.hasFocus)
    qtbot.keyClick(window.browser.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.search_bar.hasFocus)
    # Selected, so typing replaces the previous query.
    assert window.search_bar.selectedText() == "tender"


@pytest.mark.parametrize("start", ["table", "detail"])
def test_slash_focuses_the_search(qtbot: QtBot, window: MainWindow, start: str) -> None:
    widget = window.browser.table if start == "table" else window.detail.tabs.tabBar()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    qtbot.keyClicks(widget, "/")
    qtbot.waitUntil(window.search_bar.hasFocus)
    assert window.search_bar.text() == ""  # the slash is a shortcut, not typed text


def test_a_search_in_sql_survives_a_sort(qtbot: QtBot, window: MainWindow) -> None:
    _type(qtbot, window, "genre:romance -watched:yes")
    window.browser.model.sort(2, Qt.SortOrder.DescendingOrder)  # year, newest first
    assert _titles(window) == [
        "Her",
        "Blue Valentine",
        "Crazy Heart",
        "Amélie",
        "Days of Wine and Roses",
    ]
    assert window.count_label.text() == "5 of 14 films"


def test_search_results_come_from_the_service(
    qtbot: QtBot, window: MainWindow, service: CatalogueService
) -> None:
    _type(qtbot, window, "actor:cage")
    expected = service.search("actor:cage").ids
    assert window.browser.model.ids == expected and expected
