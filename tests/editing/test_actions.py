# SPDX-License-Identifier: GPL-3.0-or-later
"""The window's editing actions from the keyboard and the mouse: add, edit, duplicate,
delete, mark watched, rate, undo and redo, and add or edit from the Similar tab."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from editing_helpers import FakeDialogs, content, select, undo_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from filmdesk.catalogue.dto import FilmRecord
from filmdesk.catalogue.service import CatalogueService
from filmdesk.ui.actions import ActionId
from filmdesk.ui.dialogs.film_edit_dialog import FilmEditDialog
from filmdesk.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
YES = QMessageBox.StandardButton.Yes
DETAIL_TABS = ["Overview", "Plot", "Timeline", "Characters && Themes", "More", "Similar"]


def open_editor(window: MainWindow) -> FilmEditDialog:
    dialog = window.editing.open_dialog
    assert isinstance(dialog, FilmEditDialog), "no editor opened"
    return dialog


def close(dialog: FilmEditDialog) -> None:
    dialog.reject()  # nothing changed, so nothing is asked
    assert not dialog.isVisible()


def test_ctrl_n_opens_an_empty_editor(qtbot: QtBot, window: MainWindow) -> None:
    window.browser.table.setFocus()
    qtbot.keyClick(window.browser.table, Qt.Key.Key_N, CTRL)
    dialog = open_editor(window)
    assert dialog.windowTitle() == "Add Film" and dialog.title_edit.text() == ""
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == DETAIL_TABS
    close(dialog)


def test_the_editor_opens_with_ctrl_e_enter_and_a_double_click(
    qtbot: QtBot, window: MainWindow, service: CatalogueService
) -> None:
    (film,) = select(window, service, "Her")
    table = window.browser.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_E, CTRL)
    dialog = open_editor(window)
    assert dialog.windowTitle() == "Edit ‘Her’" and dialog.record() == film
    close(dialog)

    qtbot.keyClick(table, Qt.Key.Key_Return)
    dialog = open_editor(window)
    assert dialog.record() == film
    close(dialog)

    (other,) = select(window, service, "Amélie")
    index = table.model().index(table.currentIndex().row(), 1)  # the title cell
    table.scrollTo(index)
    rect = table.visualRect(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = open_editor(window)
    assert dialog.record() == other
    close(dialog)


def test_ctrl_1_to_6_switch_the_editor_tabs(qtbot: QtBot, window: MainWindow) -> None:
    dialog = window.editing.add_film()
    dialog.activateWindow()  # window shortcuts answer in the active window only
    qtbot.waitUntil(dialog.isActiveWindow)
    for number in (6, 3, 1):
        qtbot.keyClick(dialog, getattr(Qt.Key, f"Key_{number}"), CTRL)
        assert dialog.tabs.currentIndex() == number - 1
    close(dialog)


def test_duplicate_adds_a_copy_with_its_own_identity(
    qtbot: QtBot, window: MainWindow, service: CatalogueService
) -> None:
    (film,) = select(window, service, "Her")
    window.actions_[ActionId.DUPLICATE_FILM].trigger()
    copy = service.find("Her (copy)")
    assert copy.id != film.id and copy.uuid != film.uuid
    assert content(copy) == replace(content(film), title="Her (copy)")
    assert undo_text(window) == "Undo Add ‘Her (copy)’"
    qtbot.waitUntil(lambda: window.browser.current_film() == copy.id)


def test_the_delete_key_asks_by_name_and_deletes(
    qtbot: QtBot, window: MainWindow, service: CatalogueService, dialogs: FakeDialogs
) -> None:
    (film,) = select(window, service, "Leaving Las Vegas")
    table = window.browser.table
    table.setFocus()
    dialogs.answer = QMessageBox.StandardButton.Cancel
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert dialogs.last().text.startswith("Delete ‘Leaving Las Vegas (1995)’?")
    assert service.count() == 14  # cancelled

    dialogs.answer = YES
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert service.count() == 13
    assert window.browser.model.row_of(film.id or 0) is None  # gone from the list
    assert undo_text(window) == "Undo Delete ‘Leaving Las Vegas’"


def test_several_selected_films_are_deleted_at_once(
    qtbot: QtBot, window: MainWindow, service: CatalogueService, dialogs: FakeDialogs
) -> None:
    select(window, service, "Her", "Amélie", "Taxi Driver")
    window.browser.table.setFocus()
    dialogs.answer = YES
    qtbot.keyClick(window.browser.table, Qt.Key.Key_Delete)
    assert dialogs.last().text.startswith("Delete 3 films?")
    assert service.count() == 11


def test_the_delete_key_in_the_search_box_edits_text(
    qtbot: QtBot, window: MainWindow, service: CatalogueService, dialogs: FakeDialogs
) -> None:
    select(window, service, "Her")
    window.search_bar.setText("her")
    window.search_bar.setFocus()
    window.search_bar.setCursorPosition(0)
    qtbot.keyClick(window.search_bar, Qt.Key.Key_Delete)
    assert dialogs.asked == [] and service.count() == 14
    assert window.search_bar.text() == "er"


def test_ctrl_w_marks_watched_today_and_ctrl_shift_w_unwatched(
    qtbot: QtBot, window: MainWindow, service: CatalogueService
) -> None:
    (film,) = select(window, service, "Crazy Heart")
    table = window.browser.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_W, CTRL)
    marked = service.film(film.id or 0)
    assert marked.watched and marked.viewings == (dt.date.today(),)
    qtbot.keyClick(table, Qt.Key.Key_W, CTRL | SHIFT)
    assert not service.film(film.id or 0).watched


def test_ctrl_alt_digits_rate_and_ctrl_digits_switch_tabs(
    qtbot: QtBot, window: MainWindow, service: CatalogueService
) -> None:
    (film,) = select(window, service, "Her")
    table = window.browser.table
    table.setFocus()
    for stars in (3, 5, 1):
        qtbot.keyClick(table, getattr(Qt.Key, f"Key_{stars}"), CTRL | ALT)
        assert service.film(film.id or 0).rating == float(stars)
    qtbot.keyClick(table, Qt.Key.Key_0, CTRL | ALT)
    assert service.film(film.id or 0).rating is None
    # Ctrl+digit without Alt belongs to the film page's tabs and rates nothing.
    qtbot.keyClick(table, Qt.Key.Key_3, CTRL)
    assert window.detail.tabs.currentIndex() == 2
    assert service.film(film.id or 0).rating is None
    assert window.undo_stack.count() == 4


def test_ctrl_z_and_ctrl_shift_z_undo_and_redo(
    qtbot: QtBot, window: MainWindow, service: CatalogueService
) -> None:
    (film,) = select(window, service, "Her")
    table = window.browser.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_2, CTRL | ALT)
    assert service.film(film.id or 0).rating == 2.0
    qtbot.keyClick(table, Qt.Key.Key_Z, CTRL)
    assert service.film(film.id or 0).rating == film.rating
    qtbot.keyClick(table, Qt.Key.Key_Z, CTRL | SHIFT)
    assert service.film(film.id or 0).rating == 2.0


def test_a_similar_film_not_in_the_catalogue_is_added_from_the_similar_tab(
    qtbot: QtBot, window: MainWindow, service: CatalogueService
) -> None:
    (taxi,) = select(window, service, "Taxi Driver")
    assert [s.title for s in taxi.similar][3] == "The King of Comedy"
    window.detail.tabs.setCurrentIndex(5)
    (button,) = [
        b for b in window.detail.pages[5].findChildren(QPushButton, "addSimilar3") if b.isVisible()
    ]
    button.click()
    added = service.find("The King of Comedy")
    assert added.year == 1982
    # Linked both ways: Taxi Driver's entry now points at it, and it lists Taxi Driver.
    assert service.film(taxi.id or 0).similar[3].film_id == added.id
    assert [(s.title, s.film_id) for s in added.similar] == [("Taxi Driver", taxi.id)]
    qtbot.waitUntil(lambda: window.browser.current_film() == added.id)
    assert undo_text(window) == "Undo Add ‘The King of Comedy’"
    window.undo_action.trigger()
    assert service.film(taxi.id or 0).similar[3].film_id is None


def test_the_edit_link_on_an_empty_similar_tab_opens_the_editor_there(
    qtbot: QtBot, window: MainWindow, service: CatalogueService
) -> None:
    added = service.add_film(FilmRecord(title="Mystery Train", year=1989))
    window.browser.refresh()
    select(window, service, "Mystery Train")
    window.detail._on_link("edit")  # noqa: SLF001 - what clicking "Edit" in the page does
    dialog = open_editor(window)
    dialog.tabs.setCurrentIndex(5)
    dialog.similar_editor.set_rows([("Taxi Driver", "1976"), ("Down by Law", "1986")])
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    stored = service.film(added.id or 0)
    taxi = service.find("Taxi Driver")
    assert [(s.title, s.film_id) for s in stored.similar] == [
        ("Taxi Driver", taxi.id),
        ("Down by Law", None),  # not in the catalogue: kept as a title
    ]
    assert any(link.film_id == added.id for link in service.backlinks(taxi.id or 0))
