# SPDX-License-Identifier: GPL-3.0-or-later
"""Several people on one catalogue: others' changes show up, and edit conflicts are caught.

A second ``CatalogueService`` on the same file stands in for another machine; the same
code paths run against PostgreSQL in the shared-catalogue tests of the core.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from filmdesk.catalogue.dto import FilmRecord
from filmdesk.catalogue.service import CatalogueService
from filmdesk.ui.main_window import MainWindow


@pytest.fixture
def other(service: CatalogueService) -> Iterator[CatalogueService]:
    """Someone else, connected to the same catalogue."""
    assert service.path is not None
    elsewhere = CatalogueService.open(Path(service.path), create=False)
    yield elsewhere
    elsewhere.close()


def test_an_edit_made_elsewhere_appears_in_the_list_and_the_page(
    window: MainWindow, service: CatalogueService, other: CatalogueService
) -> None:
    film = service.find("Leaving Las Vegas")
    assert film.id is not None and window.browser.select_film(film.id)
    other.update_film(replace(other.film(film.id), synopsis="Rewritten on another machine."))
    window.check_for_changes(force=True)
    assert window.film is not None and window.film.synopsis == "Rewritten on another machine."
    assert "elsewhere" in window.statusBar().currentMessage()


def test_films_added_and_deleted_elsewhere_change_the_count(
    window: MainWindow, other: CatalogueService
) -> None:
    other.add_film(FilmRecord(title="Mystery Train", year=1989))
    window.check_for_changes(force=True)
    assert window.count_label.text() == "15 films"
    other.delete_films([other.find("Taxi Driver").id or 0])
    window.check_for_changes(force=True)
    assert window.count_label.text() == "14 films"


def test_own_changes_are_not_reported_as_someone_elses(
    window: MainWindow, service: CatalogueService
) -> None:
    window.editing.rate(3.0)
    window.statusBar().clearMessage()
    window.check_for_changes(force=True)
    assert window.statusBar().currentMessage() == ""


def _answer_conflict(monkeypatch: pytest.MonkeyPatch, button_text: str) -> list[str]:
    """Make the conflict box click ``button_text``; returns the texts it showed."""
    shown: list[str] = []

    def exec_(box: QMessageBox) -> int:
        shown.append(box.text() + "\n" + box.informativeText())
        (button,) = [b for b in box.buttons() if b.text() == button_text]
        button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return shown


def test_a_conflicting_save_is_refused_until_the_person_chooses_overwrite(
    window: MainWindow,
    service: CatalogueService,
    other: CatalogueService,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    film = service.find("Crazy Heart")
    assert film.id is not None and window.browser.select_film(film.id)
    dialog = window.editing.edit_film()
    assert dialog is not None
    other.update_film(replace(other.film(film.id), notes="Their note."))
    dialog.certification_edit.setText("PG-13")
    shown = _answer_conflict(monkeypatch, "Overwrite with Mine")
    dialog.try_save()
    assert "changed by someone else" in shown[0]
    assert "notes" in shown[0] and "certification" in shown[0]
    saved = service.film(film.id)
    assert saved.certification == "PG-13"


def test_reload_shows_their_version_and_keeps_the_dialog_open(
    window: MainWindow,
    service: CatalogueService,
    other: CatalogueService,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    film = service.find("Crazy Heart")
    assert film.id is not None and window.browser.select_film(film.id)
    dialog = window.editing.edit_film()
    assert dialog is not None
    other.update_film(replace(other.film(film.id), certification="NC-17"))
    dialog.certification_edit.setText("PG-13")
    _answer_conflict(monkeypatch, "Reload Theirs")
    dialog.try_save()
    assert dialog.isVisible()
    assert dialog.certification_edit.text() == "NC-17"
    assert service.film(film.id).certification == "NC-17"  # nothing of mine was written
    dialog.certification_edit.setText("PG-13")
    dialog.try_save()  # now based on their version: saves without a conflict
    assert service.film(film.id).certification == "PG-13"


def test_a_film_deleted_elsewhere_can_be_saved_as_a_new_film(
    window: MainWindow,
    service: CatalogueService,
    other: CatalogueService,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    film = service.find("Her")
    assert film.id is not None and window.browser.select_film(film.id)
    dialog = window.editing.edit_film()
    assert dialog is not None
    other.delete_films([film.id])
    dialog.notes_edit.setPlainText("Kept after all.")
    shown = _answer_conflict(monkeypatch, "Save as a New Film")
    dialog.try_save()
    assert "deleted by someone else" in shown[0]
    again = service.find("Her")
    assert again.notes == "Kept after all."  # back in the catalogue, with my edit
