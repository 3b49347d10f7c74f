# SPDX-License-Identifier: GPL-3.0-or-later
"""Every field of a film goes through the editor into the catalogue and back unchanged."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import textwrap
from dataclasses import replace
from pathlib import Path

from editing_helpers import (
    content,
    full_record,
    jpeg_bytes,
    unfilled_fields,
    unlinked,
)
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton
from pytestqt.qtbot import QtBot

from filmdesk.catalogue.dto import FilmRecord
from filmdesk.catalogue.service import CatalogueService
from filmdesk.posters import poster_from_bytes
from filmdesk.ui.dialogs.film_edit_dialog import FilmEditDialog
from filmdesk.ui.main_window import MainWindow
from filmdesk.ui.tasks import SyncTaskRunner

SAVE = QDialogButtonBox.StandardButton.Save


def type_into(qtbot: QtBot, dialog: FilmEditDialog, film: FilmRecord, poster: Path) -> None:
    """Fill an empty editor the way a person would: keys, buttons, cells and boxes."""
    for edit, text in (
        (dialog.title_edit, film.title),
        (dialog.original_title_edit, film.original_title),
        (dialog.certification_edit, film.certification),
        (dialog.imdb_edit, film.imdb_id),
        (dialog.tmdb_edit, film.tmdb_id),
        (dialog.languages_edit, "; ".join(film.languages)),
        (dialog.genres_edit, ", ".join(film.genres)),  # commas work where names have none
        (dialog.countries_edit, "; ".join(film.countries)),
        (dialog.tags_edit, "; ".join(film.tags)),
        (dialog.directors_edit, "; ".join(film.directors)),
        (dialog.studios_edit, "; ".join(film.studios)),
        (dialog.locations_edit, "; ".join(film.filming_locations)),
    ):
        edit.clear()
        qtbot.keyClicks(edit, text)
    dialog.year_spin.setValue(film.year or 0)
    dialog.runtime_spin.setValue(film.runtime or 0)
    dialog.budget_spin.setValue(film.budget or 0)
    dialog.gross_spin.setValue(film.gross or 0)
    dialog.currency_combo.setCurrentText(film.currency)
    # 4.5 stars from the keyboard: "4", then a half step to the right.
    qtbot.keyClick(dialog.rating_widget, Qt.Key.Key_4)
    qtbot.keyClick(dialog.rating_widget, Qt.Key.Key_Right)
    for day in film.viewings:
        dialog.viewing_date.setDate(QDate(day))
        _click_button(dialog, "Add Viewing")
    dialog.watched_check.setChecked(film.watched)
    for box, text in (
        (dialog.synopsis_edit, film.synopsis),
        (dialog.notes_edit, film.notes),
        (dialog.plot_edit, film.plot),
        (dialog.ending_edit, film.ending),
        (dialog.post_credits_edit, film.post_credits),
    ):
        box.setPlainText(text)
    assert film.release_date is not None
    dialog.release_check.setChecked(True)
    dialog.release_date.setDate(QDate(film.release_date))
    dialog.timeline_editor.set_rows([(e.marker, e.text, e.spoiler) for e in film.timeline])
    dialog.characters_editor.set_rows(
        [(c.name, c.played_by, c.description, c.spoiler) for c in film.characters]
    )
    dialog.settings_editor.set_rows([(n.name, n.description) for n in film.settings])
    dialog.themes_editor.set_rows([(n.name, n.description) for n in film.themes])
    dialog.cast_editor.set_rows([(c.person, c.character) for c in film.cast])
    dialog.crew_editor.set_rows([(c.person, c.job) for c in film.crew])
    dialog.links_editor.set_rows([(link.label, link.url) for link in film.links])
    dialog.similar_editor.set_rows([(s.title, s.year or "") for s in film.similar])
    dialog.poster_well.load_path(poster)


def _click_button(dialog: FilmEditDialog, text: str) -> None:
    """Press a button of the viewings row (other rows have their own "Remove")."""
    row = dialog.viewings_list.parentWidget()
    (button,) = [b for b in row.findChildren(QPushButton) if b.text() == text]
    button.click()


def test_the_full_record_fills_every_field() -> None:
    # Guards the round trips below: a field added to FilmRecord must be added here too.
    assert unfilled_fields(full_record()) == ["poster"]  # the poster comes from a file


def test_every_field_typed_into_a_new_film_reaches_the_database_and_comes_back(
    qtbot: QtBot, window: MainWindow, service: CatalogueService, tmp_path: Path
) -> None:
    poster_file = tmp_path / "poster.jpg"
    poster_file.write_bytes(jpeg_bytes(400, 600))
    expected = replace(full_record(), poster=poster_from_bytes(poster_file.read_bytes()))
    assert unfilled_fields(expected) == []

    dialog = window.editing.add_film()
    assert dialog.windowTitle() == "Add Film"
    type_into(qtbot, dialog, expected, poster_file)
    assert dialog.validate(), dialog.message.text()
    dialog.buttons.button(SAVE).click()
    assert not dialog.isVisible()

    stored = service.find("Paris, Texas (1984)")
    assert unlinked(stored) == unlinked(expected)
    # A similar title in the catalogue is linked; one that is not is kept as a title.
    las_vegas = service.find("Leaving Las Vegas")
    assert [(s.title, s.film_id) for s in stored.similar] == [
        ("Leaving Las Vegas", las_vegas.id),
        ("Alice in the Cities", None),
    ]
    qtbot.waitUntil(lambda: window.browser.current_film() == stored.id)  # shown at once

    # And back: the editor shows exactly what is stored, and nothing counts as a change.
    again = window.editing.edit_film(stored.id)
    assert again is not None
    assert again.record() == stored
    assert not again.is_modified()
    again.reject()
    assert not again.isVisible()


def test_saving_an_untouched_film_changes_nothing_for_every_sample_film(
    qtbot: QtBot, service: CatalogueService
) -> None:
    # Real data catches lossy widgets (rounding, splitting, trimming) that made-up data may not.
    tasks = SyncTaskRunner()
    for row_id in service.search().ids:
        before = service.film(row_id)
        dialog = FilmEditDialog(service, tasks, before, service.update_film)
        qtbot.addWidget(dialog)
        assert dialog.record() == before, before.title
        dialog.try_save()
        after = service.film(row_id)
        assert content(after) == content(before), before.title
        assert after.version == (before.version or 0) + 1  # it really was written


def test_a_full_record_survives_an_edit_and_only_the_edited_field_changes(
    qtbot: QtBot, window: MainWindow, service: CatalogueService
) -> None:
    poster = poster_from_bytes(jpeg_bytes(400, 600))
    saved = service.add_film(replace(full_record(), poster=poster))
    assert saved.id is not None
    window.browser.refresh()
    dialog = window.editing.edit_film(saved.id)
    assert dialog is not None
    assert dialog.record() == saved  # the gross above 2^31 and "Argos Films, Paris" too
    dialog.notes_edit.setPlainText("Seen again in 2024.")
    assert dialog.is_modified()
    dialog.buttons.button(SAVE).click()
    stored = service.film(saved.id)
    assert content(stored) == content(replace(saved, notes="Seen again in 2024."))


def test_names_with_commas_stay_whole_unless_the_person_retypes_them(
    qtbot: QtBot, service: CatalogueService
) -> None:
    film = service.add_film(
        FilmRecord(title="Oldboy", year=2003, countries=("Korea, Republic of",))
    )
    dialog = FilmEditDialog(service, SyncTaskRunner(), film, service.update_film)
    qtbot.addWidget(dialog)
    assert dialog.countries_edit.values() == ("Korea, Republic of",)
    assert not dialog.is_modified()
    dialog.countries_edit.clear()
    qtbot.keyClicks(dialog.countries_edit, "Korea, Japan")  # typed: a comma separates
    assert dialog.countries_edit.values() == ("Korea", "Japan")


def test_timeline_rows_reorder_with_the_buttons_and_keep_their_spoiler_boxes(
    qtbot: QtBot, window: MainWindow, service: CatalogueService
) -> None:
    film = service.find("Leaving Las Vegas")
    dialog = window.editing.edit_film(film.id)
    assert dialog is not None
    editor = dialog.timeline_editor
    original = [(e.marker, e.text, e.spoiler) for e in film.timeline]
    assert len(original) >= 3
    with qtbot.waitSignal(editor.changed):
        editor.tree.setCurrentItem(editor.tree.topLevelItem(len(original) - 1))
        editor.up_button.click()
    moved = original[:-2] + [original[-1], original[-2]]
    assert [tuple(r) for r in editor.rows()] == moved
    # Tick the spoiler box of the first event, add one, and remove the second.
    editor.tree.topLevelItem(0).setCheckState(2, Qt.CheckState.Checked)
    editor.tree.setCurrentItem(editor.tree.topLevelItem(1))
    editor.remove_button.click()
    editor.add_row()
    editor.tree.closePersistentEditor(editor.tree.currentItem(), 0)
    editor.tree.currentItem().setText(0, "Epilogue")
    editor.tree.currentItem().setText(1, "Sera alone")
    editor.tree.currentItem().setCheckState(2, Qt.CheckState.Checked)
    first = (original[0][0], original[0][1], True)
    expected = [first, *moved[2:], ("Epilogue", "Sera alone", True)]
    assert [tuple(r) for r in editor.rows()] == expected
    dialog.buttons.button(SAVE).click()
    stored = service.film(film.id or 0).timeline
    assert [(e.marker, e.text, e.spoiler) for e in stored] == expected


DRAG_SCRIPT = textwrap.dedent(
    """
    import json

    from PySide6.QtCore import QPoint, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from filmdesk.ui.widgets.list_editor import ListColumn, ListEditor

    app = QApplication([])
    editor = ListEditor([ListColumn("When"), ListColumn("Event"), ListColumn("Spoiler", "bool")])
    editor.set_rows([("1", "a", False), ("2", "b", True), ("3", "c", False), ("4", "d", False)])
    editor.resize(500, 300)
    editor.show()
    QTest.qWaitForWindowExposed(editor)
    changes = []
    editor.changed.connect(lambda: changes.append(1))
    tree, viewport = editor.tree, editor.tree.viewport()
    start = tree.visualItemRect(tree.topLevelItem(0)).center()
    last = tree.visualItemRect(tree.topLevelItem(3))
    end = QPoint(last.center().x(), last.bottom() - 2)  # the lower edge: drop below "4"

    def drop():  # runs inside QDrag.exec's own event loop
        QTest.mouseMove(viewport, end)
        QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)

    QTimer.singleShot(100, drop)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(viewport, start + QPoint(0, QApplication.startDragDistance() + 8))
    QTest.qWait(200)
    print(json.dumps([editor.rows(), bool(changes)]))
    """
)


def test_timeline_rows_reorder_by_drag_and_drop() -> None:
    # The offscreen platform refuses every drag, so this one real drag runs in a child
    # on the "minimal" platform, whose simple drag manager delivers the drop.
    env = {**os.environ, "QT_QPA_PLATFORM": "minimal"}
    result = subprocess.run(
        [sys.executable, "-c", DRAG_SCRIPT],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=True,
    )
    rows, noticed = json.loads(result.stdout.strip().splitlines()[-1])
    assert rows == [["2", "b", True], ["3", "c", False], ["4", "d", False], ["1", "a", False]]
    assert noticed, "the editor did not report the reordering"


def test_viewings_can_be_added_and_removed(qtbot: QtBot, service: CatalogueService) -> None:
    film = service.find("Crazy Heart")
    dialog = FilmEditDialog(service, SyncTaskRunner(), film, service.update_film)
    qtbot.addWidget(dialog)
    assert not dialog.watched_check.isChecked()
    dialog.viewing_date.setDate(QDate(2024, 2, 29))
    _click_button(dialog, "Add Viewing")
    _click_button(dialog, "Add Viewing")  # the same day twice is one viewing
    assert dialog.record().viewings == (dt.date(2024, 2, 29),)
    assert dialog.watched_check.isChecked()  # a viewing means it was watched
    dialog.viewings_list.setCurrentRow(0)
    _click_button(dialog, "Remove")
    assert dialog.record().viewings == ()


def test_completers_offer_catalogue_titles_and_known_people(
    qtbot: QtBot, service: CatalogueService
) -> None:
    dialog = FilmEditDialog(service, SyncTaskRunner(), None, service.add_film)
    qtbot.addWidget(dialog)
    similar = dialog.similar_editor.columns[0].completer
    assert similar is not None
    titles = similar.model().stringList()  # type: ignore[attr-defined]
    assert "Leaving Las Vegas" in titles and len(titles) == 14
    cast = dialog.cast_editor.columns[0].completer
    assert cast is not None and "Nicolas Cage" in cast.model().stringList()  # type: ignore[attr-defined]
    # A title the catalogue does not hold is still a valid similar film.
    dialog.title_edit.setText("Mystery Train")
    dialog.similar_editor.set_rows([("Stranger Than Paradise", "1984")])
    assert dialog.validate()
