# SPDX-License-Identifier: GPL-3.0-or-later
"""File → Import from the window: preview, the import on a worker, and a page kept current."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QDialog, QLabel, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from filmdesk.catalogue.service import CatalogueService
from filmdesk.interchange.importing import plan_import
from filmdesk.ui.dialogs import import_dialog
from filmdesk.ui.main_window import MainWindow


def test_the_film_on_show_is_shown_again_after_an_import_fills_it_in(
    qtbot: QtBot, window: MainWindow, service: CatalogueService, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    her = service.find("Her")
    assert not her.watched and window.browser.select_film(her.id or 0)
    assert window.film is not None and not window.film.watched
    ratings = tmp_path / "seen.csv"
    ratings.write_text("Title,Year,Watched,Viewings\nHer,2013,yes,2026-11-20\n", encoding="utf-8")

    previews: list[Any] = []

    def accept(dialog: Any) -> int:
        previews.append(dialog)
        return QDialog.DialogCode.Accepted.value

    finished: list[str] = []
    monkeypatch.setattr(import_dialog.ImportPreviewDialog, "exec", accept)
    monkeypatch.setattr(
        import_dialog.SummaryDialog, "exec",
        lambda dialog: finished.append(dialog.text.toPlainText()) or 0,
    )
    window.offer_import(ratings)
    qtbot.waitUntil(lambda: bool(finished), timeout=10_000)
    assert previews[0].on_duplicate().value == "fill"
    # The catalogue has the viewing, and so does the page on show, without reselecting.
    assert service.film(her.id or 0).watched
    assert window.film is not None and window.film.id == her.id and window.film.watched
    assert window.film.viewings[-1].isoformat() == "2026-11-20"


def test_the_preview_counts_in_words_and_names_the_format(
    qtbot: QtBot, service: CatalogueService, tmp_path: Path
) -> None:
    source = tmp_path / "one <new>.csv"
    source.write_text("Title,Year\nA Brand New Film,2020\n", encoding="utf-8")
    plan = plan_import(service, [source])
    dialog = import_dialog.ImportPreviewDialog(plan)
    qtbot.addWidget(dialog)
    heading = dialog.findChild(QLabel, "importCounts")
    assert heading is not None
    text = QTextDocumentFragment.fromHtml(heading.text()).toPlainText()
    assert text.startswith("one <new>.csv — CSV spreadsheet")
    assert "1 new film, 0 already in the catalogue, 0 rejected." in text
    # Nothing matches, so there is nothing to choose about films already there.
    assert all(button.isHidden() for button in dialog.duplicates.buttons())


def test_many_notes_go_in_one_list(
    qtbot: QtBot, service: CatalogueService, tmp_path: Path
) -> None:
    source = tmp_path / "films.csv"
    source.write_text("Title,Year\nA Brand New Film,2020\n", encoding="utf-8")
    plan = plan_import(service, [source])
    plan.notes.extend(f"films.tc entry {i}: imported without its poster" for i in range(500))
    dialog = import_dialog.ImportPreviewDialog(plan)
    qtbot.addWidget(dialog)
    notes = dialog.findChild(QPlainTextEdit, "notesList")
    assert notes is not None
    listed = notes.toPlainText().splitlines()
    assert len(listed) == import_dialog.NOTES_LISTED + 1
    assert listed[-1] == f"… and {len(plan.notes) - import_dialog.NOTES_LISTED} more"
    assert len(dialog.findChildren(QLabel)) < 20


def test_progress_shows_counts_as_well_as_the_bar(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    # Words at most once a minute here, so no timing of the test machine can matter.
    dialog, relay, _cancelled = import_dialog._progress_dialog(
        parent, "Importing films…", words_every_ms=60_000
    )
    relay.advanced.emit(1200, 0)
    assert dialog.labelText() == "Importing films…\n1,200 films so far"
    relay.advanced.emit(2500, 5000)  # within the interval: the words wait
    assert dialog.labelText() == "Importing films…\n1,200 films so far"
    assert dialog.value() == 2500 and dialog.maximum() == 5000
    relay.advanced.emit(5000, 5000)  # the last step is always shown
    assert dialog.labelText() == "Importing films…\n5,000 of 5,000 films"
