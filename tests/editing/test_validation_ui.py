# SPDX-License-Identifier: GPL-3.0-or-later
"""The editor's rules shown next to their fields, the duplicate warning, the unsaved-changes
question, and a failed save that leaves the catalogue and the typed text as they were."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from editing_helpers import FakeDialogs, content, select, undo_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from filmdesk.catalogue.dto import FilmRecord
from filmdesk.catalogue.service import CatalogueService
from filmdesk.errors import FilmNotFoundError, ValidationError
from filmdesk.ui.dialogs.film_edit_dialog import FilmEditDialog
from filmdesk.ui.main_window import MainWindow
from filmdesk.ui.tasks import SyncTaskRunner

Button = QDialogButtonBox.StandardButton
Answer = QMessageBox.StandardButton


@pytest.fixture
def editor(qtbot: QtBot, service: CatalogueService) -> FilmEditDialog:
    """An editor on Leaving Las Vegas that saves through the service."""
    film = service.find("Leaving Las Vegas")
    dialog = FilmEditDialog(service, SyncTaskRunner(), film, service.update_film)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def save_enabled(dialog: FilmEditDialog) -> bool:
    return dialog.buttons.button(Button.Save).isEnabled()


def shown_errors(dialog: FilmEditDialog) -> dict[str, str]:
    # isHidden, not isVisible: a message on a tab not in front is still shown there.
    return {key: label.text() for key, label in dialog.errors.items() if not label.isHidden()}


def beside(label: QLabel, field: QWidget) -> bool:
    """The message sits in the field's own little column, right under it."""
    return label.parentWidget() is field.parentWidget() or label.parentWidget() is field


def test_a_new_film_cannot_be_saved_until_it_has_a_title(
    qtbot: QtBot, service: CatalogueService
) -> None:
    dialog = FilmEditDialog(service, SyncTaskRunner(), None, service.add_film)
    qtbot.addWidget(dialog)
    dialog.show()
    # A blank new film is not an error yet: Save waits, and nothing is shown in red.
    assert not save_enabled(dialog)
    assert shown_errors(dialog) == {} and dialog.message.text() == ""
    qtbot.keyClicks(dialog.title_edit, "Mystery Train")
    assert save_enabled(dialog) and shown_errors(dialog) == {}
    dialog.title_edit.setText("   ")  # blanks are no title either
    assert not save_enabled(dialog)
    assert shown_errors(dialog) == {"title": "a film needs a title"}
    assert beside(dialog.errors["title"], dialog.title_edit)
    # Said once: beside the title, which is in view, not again at the bottom.
    assert dialog.message.text() == ""
    dialog.tabs.setCurrentIndex(2)  # the title is out of view: the bottom line names it
    assert dialog.message.text() == "Title: a film needs a title"


def test_year_is_limited_to_1870_through_five_years_ahead(
    qtbot: QtBot, editor: FilmEditDialog
) -> None:
    spin = editor.year_spin
    latest = dt.date.today().year + 5
    assert (spin.minimum(), spin.maximum()) == (1869, latest)
    assert spin.specialValueText() == "Unknown"  # the lowest value stands for no year
    spin.setValue(1869)
    assert editor.record().year is None and save_enabled(editor)
    spin.setValue(1870)
    assert editor.record().year == 1870 and save_enabled(editor)
    spin.setValue(latest + 1)  # out of range values are clamped, never stored
    assert editor.record().year == latest
    spin.selectAll()
    qtbot.keyClicks(spin, "1850")  # the spin box refuses to accept it
    spin.interpretText()
    assert 1870 <= (editor.record().year or 0) <= latest


def test_runtime_is_limited_to_1_through_1000_minutes(
    qtbot: QtBot, editor: FilmEditDialog
) -> None:
    spin = editor.runtime_spin
    assert (spin.minimum(), spin.maximum()) == (0, 1000)
    spin.setValue(0)
    assert editor.record().runtime is None  # 0 shows "Unknown"
    spin.setValue(1000)
    assert editor.record().runtime == 1000
    assert editor.runtime_hint.text() == "16 h 40 min"
    spin.setValue(5000)
    assert editor.record().runtime == 1000


LINKS = {
    "https://example.com/film": True,
    "http://example.com": True,
    "HTTPS://EXAMPLE.COM": True,
    "ftp://example.com/film": False,
    "javascript:alert(1)": False,
    "file:///etc/passwd": False,
    "www.example.com": False,
    "https://exa mple.com": False,
}
IMDB_IDS = {
    "tt0113627": True,
    "tt10872600": True,
    "": True,  # no id at all is fine
    "0113627": False,
    "tt12": False,
    "nm0000115": False,
    "TT0113627": False,
    "tt0113627x": False,
}


def test_links_must_be_http_or_https(editor: FilmEditDialog) -> None:
    # One editor for all cases: building one costs more than checking a dozen values.
    for url, valid in LINKS.items():
        editor.links_editor.set_rows([("Somewhere", url)])
        assert save_enabled(editor) is valid, url
        if not valid:
            assert "http(s)" in shown_errors(editor)["links"], url
            assert beside(editor.errors["links"], editor.links_editor)
            assert editor.message.text().startswith("Links:")


def test_imdb_id_is_tt_and_digits(qtbot: QtBot, editor: FilmEditDialog) -> None:
    for imdb, valid in IMDB_IDS.items():
        editor.imdb_edit.clear()
        qtbot.keyClicks(editor.imdb_edit, imdb)
        assert save_enabled(editor) is valid, imdb
        if not valid:
            assert "IMDb id" in shown_errors(editor)["imdb_id"], imdb
            assert beside(editor.errors["imdb_id"], editor.imdb_edit)


def test_other_fields_are_checked_too(qtbot: QtBot, editor: FilmEditDialog) -> None:
    editor.tmdb_edit.setText("six")
    assert shown_errors(editor).keys() == {"tmdb_id"}
    editor.tmdb_edit.setText("451")
    editor.currency_combo.setCurrentText("dollars")
    assert shown_errors(editor).keys() == {"currency"} and not save_enabled(editor)
    editor.currency_combo.setCurrentText("usd")  # upper-cased on the way out
    assert save_enabled(editor)
    editor.similar_editor.set_rows([("Shame", "twenty eleven")])
    assert not save_enabled(editor) and "not a year" in editor.message.text()
    editor.similar_editor.set_rows([("Shame", "2011")])
    assert save_enabled(editor)


def test_fixing_one_problem_shows_the_next(qtbot: QtBot, editor: FilmEditDialog) -> None:
    editor.title_edit.clear()
    editor.imdb_edit.setText("tt1")
    assert shown_errors(editor).keys() == {"title"}
    editor.title_edit.setText("Leaving Las Vegas")
    assert shown_errors(editor).keys() == {"imdb_id"}
    editor.imdb_edit.setText("tt0113627")
    assert shown_errors(editor) == {} and editor.message.text() == ""


# --- same title and year ------------------------------------------------------------------


def test_same_title_and_year_warns_and_cancel_keeps_the_dialog(
    qtbot: QtBot, window: MainWindow, service: CatalogueService, dialogs: FakeDialogs
) -> None:
    dialog = window.editing.add_film()
    dialog.title_edit.setText("leaving las vegas")  # case does not make it another film
    dialog.year_spin.setValue(1995)
    dialogs.click = "Cancel"
    dialog.buttons.button(Button.Save).click()
    assert dialogs.last().kind == "box"
    assert dialogs.last().text == "Your catalogue already has ‘Leaving Las Vegas’ from 1995."
    assert dialog.isVisible() and service.count() == 14


def test_same_title_and_year_can_be_saved_anyway(
    qtbot: QtBot, window: MainWindow, service: CatalogueService, dialogs: FakeDialogs
) -> None:
    dialog = window.editing.add_film()
    dialog.title_edit.setText("Leaving Las Vegas")
    dialog.year_spin.setValue(1995)
    dialogs.click = "Save Anyway"
    dialog.buttons.button(Button.Save).click()
    assert not dialog.isVisible() and service.count() == 15


def test_same_title_and_year_offers_to_open_the_other(
    qtbot: QtBot, window: MainWindow, service: CatalogueService, dialogs: FakeDialogs
) -> None:
    select(window, service, "Her")
    dialog = window.editing.add_film()
    dialog.title_edit.setText("Leaving Las Vegas")
    dialog.year_spin.setValue(1995)
    dialogs.click = "Open the Other"
    dialog.buttons.button(Button.Save).click()
    assert not dialog.isVisible() and service.count() == 14
    assert window.browser.current_film() == service.find("Leaving Las Vegas").id
    assert dialogs.kinds() == ["box"]  # leaving that way asks nothing more


def test_a_film_is_not_its_own_duplicate(
    qtbot: QtBot, editor: FilmEditDialog, dialogs: FakeDialogs
) -> None:
    editor.notes_edit.setPlainText("Again.")
    editor.buttons.button(Button.Save).click()
    assert dialogs.asked == [] and not editor.isVisible()


# --- unsaved changes ----------------------------------------------------------------------


def test_closing_without_changes_asks_nothing(editor: FilmEditDialog, dialogs: FakeDialogs) -> None:
    editor.reject()
    assert dialogs.asked == [] and not editor.isVisible()


@pytest.mark.parametrize("close", ["reject", "escape", "close"])
def test_closing_with_changes_asks_and_cancel_keeps_editing(
    qtbot: QtBot, editor: FilmEditDialog, dialogs: FakeDialogs, close: str
) -> None:
    editor.title_edit.setText("Leaving Las Vegas (restored)")
    dialogs.answer = Answer.Cancel
    if close == "reject":
        editor.reject()
    elif close == "escape":
        qtbot.keyClick(editor, Qt.Key.Key_Escape)
    else:
        editor.close()
    assert dialogs.last().kind == "question"
    assert "Leaving Las Vegas (restored)" in dialogs.last().text
    assert editor.isVisible()
    assert editor.title_edit.text() == "Leaving Las Vegas (restored)"


def test_discarding_changes_closes_without_saving(
    editor: FilmEditDialog, service: CatalogueService, dialogs: FakeDialogs
) -> None:
    before = service.find("Leaving Las Vegas")
    editor.rating_widget.set_rating(1.0)
    dialogs.answer = Answer.Discard
    editor.reject()
    assert not editor.isVisible()
    assert service.film(before.id or 0) == before


def test_answering_save_saves_and_closes(
    editor: FilmEditDialog, service: CatalogueService, dialogs: FakeDialogs
) -> None:
    before = service.find("Leaving Las Vegas")
    editor.tags_edit.setText("favourite; rewatch")
    dialogs.answer = Answer.Save
    editor.reject()
    assert not editor.isVisible()
    assert service.film(before.id or 0).tags == ("favourite", "rewatch")


def test_answering_save_with_an_invalid_film_keeps_the_dialog_open(
    editor: FilmEditDialog, dialogs: FakeDialogs
) -> None:
    editor.title_edit.clear()
    dialogs.answer = Answer.Save
    editor.reject()
    assert editor.isVisible() and shown_errors(editor).keys() == {"title"}


@pytest.mark.parametrize("answer", [Answer.Cancel, Answer.Save, Answer.Discard])
def test_closing_with_a_year_that_is_not_a_year_still_asks(
    editor: FilmEditDialog, service: CatalogueService, dialogs: FakeDialogs, answer: Answer
) -> None:
    """A similar film's year typed as "199x" cannot be read back: closing must not fail."""
    before = service.find("Leaving Las Vegas")
    editor.similar_editor.set_rows([("Nowhere Film", "199x")])
    assert "“199x” is not a year" in editor.message.text()
    dialogs.answer = answer
    editor.reject()
    assert dialogs.last().kind == "question"
    # Save cannot save it, and says why; Discard closes; nothing reaches the catalogue.
    assert editor.isVisible() == (answer != Answer.Discard)
    assert service.film(before.id or 0) == before


# --- a save that fails ----------------------------------------------------------------------


def test_a_failed_save_changes_nothing_and_keeps_what_was_typed(
    qtbot: QtBot, window: MainWindow, service: CatalogueService
) -> None:
    before = service.find("Leaving Las Vegas")
    # Make the write fail halfway: the film row is already updated and its other rows
    # cleared when inserting the links hits an error, as a full disk would.
    with service._engine.begin() as connection:  # noqa: SLF001 - test set-up only
        connection.execute(
            text(
                "CREATE TRIGGER fail_links BEFORE INSERT ON film_links "
                "BEGIN INSERT INTO no_such_table VALUES (1); END"
            )
        )
    dialog = window.editing.edit_film(before.id)
    assert dialog is not None
    dialog.title_edit.setText("Leaving Las Vegas, Nevada")
    dialog.synopsis_edit.setPlainText("Typed with care.")
    dialog.buttons.button(Button.Save).click()

    assert dialog.isVisible()
    assert dialog.message.text().startswith("Not saved: The change was not saved to ")
    assert dialog.title_edit.text() == "Leaving Las Vegas, Nevada"
    assert dialog.synopsis_edit.toPlainText() == "Typed with care."
    assert service.film(before.id or 0) == before  # one transaction: all rolled back
    assert not window.undo_action.isEnabled()  # nothing to undo either


def test_a_film_changed_elsewhere_meanwhile_is_not_overwritten(
    qtbot: QtBot, editor: FilmEditDialog, service: CatalogueService
) -> None:
    film = service.find("Leaving Las Vegas")
    service.set_rating([film.id or 0], 1.0)  # another window or process got there first
    changed = service.film(film.id or 0)
    editor.notes_edit.setPlainText("Mine.")
    editor.buttons.button(Button.Save).click()
    assert editor.isVisible() and editor.message.text().startswith("Not saved:")
    assert "since it was opened" in editor.message.text()
    assert service.film(film.id or 0) == changed
    assert editor.notes_edit.toPlainText() == "Mine."


def test_adding_a_film_that_fails_leaves_no_trace(
    qtbot: QtBot, window: MainWindow, service: CatalogueService
) -> None:
    with service._engine.begin() as connection:  # noqa: SLF001 - test set-up only
        connection.execute(
            text(
                "CREATE TRIGGER fail_links BEFORE INSERT ON film_links "
                "BEGIN INSERT INTO no_such_table VALUES (1); END"
            )
        )
    dialog = window.editing.add_film()
    dialog.title_edit.setText("Mystery Train")
    dialog.links_editor.set_rows([("Home", "https://example.com")])
    dialog.buttons.button(Button.Save).click()
    assert dialog.isVisible() and dialog.message.text().startswith("Not saved:")
    assert service.count() == 14 and undo_text(window) == "Undo"
    with pytest.raises(FilmNotFoundError):
        service.find("Mystery Train")


def test_a_record_the_rules_refuse_is_never_saved(service: CatalogueService) -> None:
    # The dialog's own check and the writer's are the same rules (validate_film).
    film = replace(service.find("Her"), imdb_id="tt1")
    with pytest.raises(ValidationError, match="IMDb id"):
        service.update_film(film)
    assert content(service.find("Her")).imdb_id != "tt1"
    with pytest.raises(ValidationError, match="title"):
        service.add_film(FilmRecord(title=" "))
