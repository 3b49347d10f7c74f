# SPDX-License-Identifier: GPL-3.0-or-later
"""filmdesk as a desktop app: its desktop files, first run, preferences, crashes, a second
instance on the same catalogue, and a damaged catalogue restored from a backup."""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from filmdesk.catalogue import backups
from filmdesk.catalogue.dto import FilmRecord
from filmdesk.catalogue.service import CatalogueService
from filmdesk.ui import crash_dialog, documents
from filmdesk.ui.actions import ActionId
from filmdesk.ui.dialogs.preferences_dialog import PreferencesDialog
from filmdesk.ui.documents import Documents
from filmdesk.ui.main_window import MainWindow
from filmdesk.ui.settings import Density, Settings, SpoilerMode
from filmdesk.ui.tasks import SyncTaskRunner

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


# --- desktop integration files ------------------------------------------------------------------


def test_the_desktop_file_validates() -> None:
    validator = shutil.which("desktop-file-validate")
    assert validator, "desktop-file-utils is installed by `make test` (scripts/bootstrap.sh)"
    result = subprocess.run(
        [validator, str(PACKAGING / "org.filmdesk.Filmdesk.desktop")],
        capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_metainfo_file_validates() -> None:
    validator = shutil.which("appstreamcli")
    assert validator, "appstream is installed by `make test` (scripts/bootstrap.sh)"
    result = subprocess.run(
        [validator, "validate", "--no-net", str(PACKAGING / "org.filmdesk.Filmdesk.metainfo.xml")],
        capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_desktop_id_is_the_one_the_app_announces() -> None:
    from filmdesk import APP_ID

    assert (PACKAGING / f"{APP_ID}.desktop").exists()
    assert f"<id>{APP_ID}</id>" in (PACKAGING / f"{APP_ID}.metainfo.xml").read_text()


# --- fixtures -----------------------------------------------------------------------------------


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "filmdesk.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def empty_window(qtbot: QtBot, tmp_path: Path, settings: Settings) -> Iterator[MainWindow]:
    service = CatalogueService.open(tmp_path / "new.filmdesk")
    window = MainWindow(service, settings, SyncTaskRunner())
    qtbot.addWidget(window)
    window.show()
    yield window
    service.close()


# --- first run ----------------------------------------------------------------------------------


def _button(window: MainWindow, name: str) -> QPushButton:
    button = window.browser.empty.findChild(QPushButton, name)
    assert button is not None
    return button


def test_an_empty_catalogue_offers_three_ways_forward(empty_window: MainWindow) -> None:
    assert empty_window.browser.currentWidget() is empty_window.browser.empty
    for name in ("loadSampleButton", "importButton", "startEmptyButton"):
        assert _button(empty_window, name).isVisible()
    _button(empty_window, "loadSampleButton").click()
    assert empty_window.count_label.text() == "14 films"
    assert empty_window.browser.currentWidget() is empty_window.browser.table


def test_film_actions_wait_for_a_film(empty_window: MainWindow) -> None:
    a = empty_window.actions_
    acting_on_films = (ActionId.EDIT_FILM, ActionId.DELETE_FILMS, ActionId.MARK_WATCHED,
                       ActionId.BULK_EDIT, ActionId.RATE_5)
    assert not any(a[action_id].isEnabled() for action_id in acting_on_films)
    assert a[ActionId.ADD_FILM].isEnabled()
    _button(empty_window, "loadSampleButton").click()
    assert empty_window.film is not None  # the first film is selected
    assert all(a[action_id].isEnabled() for action_id in acting_on_films)


def test_starting_empty_opens_the_editor_and_import_opens_the_import(
    empty_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    _button(empty_window, "startEmptyButton").click()
    assert empty_window.editing.open_dialog is not None
    empty_window.editing.open_dialog.done(0)
    asked: list[object] = []
    monkeypatch.setattr(empty_window, "offer_import", lambda path: asked.append(path))
    # The signal was connected to a lambda calling offer_import at click time.
    _button(empty_window, "importButton").click()
    assert asked == [None]


# --- preferences --------------------------------------------------------------------------------


def test_preferences_persist_and_apply(
    qtbot: QtBot, tmp_path: Path, settings: Settings, empty_window: MainWindow
) -> None:
    table = empty_window.browser.table
    comfortable = table.verticalHeader().defaultSectionSize()
    dialog = PreferencesDialog(settings, tmp_path / "default.filmdesk")
    qtbot.addWidget(dialog)
    dialog.spoilers.setCurrentIndex(dialog.spoilers.findData(SpoilerMode.NEVER.value))
    dialog.density.setCurrentIndex(dialog.density.findData(Density.COMPACT.value))
    dialog.backups.setValue(3)
    dialog.accept()
    assert table.verticalHeader().defaultSectionSize() < comfortable  # applied at once
    again = Settings(QSettings(settings.file_name(), QSettings.Format.IniFormat))
    assert again.get("spoilers/mode") == SpoilerMode.NEVER
    assert again.get("appearance/density") == Density.COMPACT
    assert again.get("backups/keep") == 3


# --- crashes ------------------------------------------------------------------------------------


def test_an_unexpected_error_is_logged_and_explained(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from filmdesk.app import setup_logging

    log_file = setup_logging(tmp_path)
    shown: list[str] = []

    def exec_(box: QMessageBox) -> int:
        shown.append(box.text() + box.detailedText())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    previous = sys.excepthook
    crash_dialog.install(tmp_path)
    try:
        try:
            raise RuntimeError("an injected failure")
        except RuntimeError as error:
            sys.excepthook(type(error), error, error.__traceback__)
    finally:
        sys.excepthook = previous
        for handler in logging.getLogger().handlers[:]:
            if getattr(handler, "baseFilename", None) == str(log_file):
                logging.getLogger().removeHandler(handler)
                handler.close()
    assert shown and "an injected failure" in shown[0] and "Traceback" in shown[0]
    text = log_file.read_text()
    assert "Uncaught exception" in text and "RuntimeError: an injected failure" in text
    assert (tmp_path / "crash.log").exists()  # faulthandler's file for hard crashes


def test_a_hard_crash_last_time_is_offered_on_the_next_start(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "crash.log").write_text("Fatal Python error: Segmentation fault\n")
    previous = sys.excepthook
    crash_dialog.install(tmp_path)  # moves it aside for the offer
    sys.excepthook = previous
    opened: list[str] = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: opened.append(box.detailedText()))
    assert crash_dialog.offer_previous_crash(tmp_path)
    assert "Segmentation fault" in opened[0]
    assert not crash_dialog.offer_previous_crash(tmp_path)  # said once only


# --- documents: one writer per file, damaged files ----------------------------------------------


@pytest.fixture
def app_documents(
    qtbot: QtBot, settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[list[Documents]]:
    monkeypatch.setenv("FILMDESK_DATA_DIR", str(tmp_path / "data"))
    made: list[Documents] = []
    yield made
    for opened in made:
        if opened.window is not None:
            opened.window.close()
        opened.close()


def test_a_second_filmdesk_on_the_same_catalogue_brings_the_first_forward(
    qtbot: QtBot, settings: Settings, tmp_path: Path, app_documents: list[Documents]
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    path = tmp_path / "shared.filmdesk"
    first = Documents(app, settings, tmp_path)
    app_documents.append(first)
    assert first.open(str(path))
    raised: list[bool] = []
    first.window.raise_ = lambda: raised.append(True)  # type: ignore[method-assign,union-attr]
    second = Documents(app, settings, tmp_path)
    app_documents.append(second)
    assert not second.open(str(path))  # handed over instead of opening a second writer
    assert second.window is None
    qtbot.waitUntil(lambda: bool(raised), timeout=3000)


def test_a_damaged_catalogue_is_detected_and_restored_from_its_backup(
    qtbot: QtBot,
    settings: Settings,
    tmp_path: Path,
    app_documents: list[Documents],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "films.filmdesk"
    service = CatalogueService.open(path)
    service.load_sample()
    service.close()
    root = tmp_path / "data" / "backups"
    assert backups.daily_backup(path, root, keep=3) is not None
    # Damage the file: overwrite pages in the middle, as a failing disk might.
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 8192] = b"\xff" * 8192
    path.write_bytes(bytes(data))
    assert backups.integrity_problems(path)

    monkeypatch.setattr(documents, "CHECK_DELAY_MS", 0)
    asked: list[str] = []

    def answer(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: asked.append("critical"))
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    opened = Documents(app, settings, tmp_path)
    opened.tasks = SyncTaskRunner()
    app_documents.append(opened)
    opened.open(str(path))
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    assert "damaged" in asked[0]
    qtbot.waitUntil(lambda: opened.service is not None and opened.service.count() == 14,
                    timeout=5000)
    assert not backups.integrity_problems(path)
    assert list(tmp_path.glob("films.filmdesk.replaced-*"))  # the damaged file is kept


def test_restoring_the_open_catalogue_from_a_backup_reopens_it(
    qtbot: QtBot, settings: Settings, tmp_path: Path, app_documents: list[Documents]
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    path = tmp_path / "films.filmdesk"
    opened = Documents(app, settings, tmp_path)
    opened.tasks = SyncTaskRunner()
    app_documents.append(opened)
    assert opened.open(str(path))
    assert opened.service is not None
    opened.service.load_sample()
    taken = backups.daily_backup(path, tmp_path / "data" / "backups", keep=3)
    assert taken is not None
    opened.service.delete_films(opened.service.search("").ids[:4])
    assert opened.service.count() == 10
    assert opened.restore(taken)
    assert opened.service is not None and opened.service.count() == 14
    assert opened.window is not None and opened.window.count_label.text() == "14 films"


# --- start-up: the list first, the catalogue service behind it --------------------------------


def _sample_catalogue(path: Path, settings: Settings) -> FilmRecord:
    """The sample catalogue at ``path``, with Amélie remembered as the last film shown."""
    service = CatalogueService.open(path)
    service.load_sample()
    last = service.find("Amélie")
    service.close()
    settings.set("view/last_film_uuid", last.uuid)
    return last


def _open(path: Path, settings: Settings, folder: Path, made: list[Documents]) -> Documents:
    """``Documents.open`` as app.main does it, on a window shown at once."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    opened = Documents(app, settings, folder)
    made.append(opened)
    assert opened.open(str(path))
    assert opened.window is not None
    return opened


def test_an_existing_catalogue_shows_its_list_while_the_service_loads(
    qtbot: QtBot,
    settings: Settings,
    tmp_path: Path,
    app_documents: list[Documents],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from filmdesk.ui.pending_service import PendingService
    from filmdesk.ui.widgets import film_browser

    monkeypatch.setattr(film_browser, "FIRST_SCREEN", 4)  # the rest follows from a worker
    path = tmp_path / "films.filmdesk"
    last = _sample_catalogue(path, settings)
    opened = _open(path, settings, tmp_path, app_documents)
    window = opened.window
    assert window is not None and isinstance(opened.service, PendingService)
    # Before the service has loaded: the list, its count, and a word on the film page.
    assert not opened.service.is_loaded
    assert window.browser.model.rowCount() == 14
    assert window.count_label.text() == "14 films"
    assert window.film is None
    # Then the service comes, the remembered film is selected and its page filled.
    qtbot.waitUntil(lambda: window.film is not None, timeout=10_000)
    assert window.film is not None and window.film.uuid == last.uuid
    assert window.browser.current_film() == last.id
    qtbot.waitUntil(lambda: window.browser.model.is_complete, timeout=5000)


def test_a_catalogue_that_fails_to_load_behind_its_first_screen_is_explained(
    qtbot: QtBot,
    settings: Settings,
    tmp_path: Path,
    app_documents: list[Documents],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from filmdesk.errors import CatalogueOpenError

    path = tmp_path / "films.filmdesk"
    CatalogueService.open(path).close()

    def refuse(location: object) -> CatalogueService:
        raise CatalogueOpenError(str(location), "the disk went away")

    monkeypatch.setattr(documents, "_open_service", refuse)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: said.append(text))
    monkeypatch.setattr(QApplication, "quit", lambda: said.append("quit"))
    opened = _open(path, settings, tmp_path, app_documents)  # the first screen shows at once
    window = opened.window
    assert window is not None
    qtbot.waitUntil(lambda: "quit" in said, timeout=10_000)
    assert "the disk went away" in said[0]
    assert opened.window is None and not window.isVisible()


def test_the_window_modules_load_without_sqlalchemy() -> None:
    """What start-up imports before the first paint: SQLAlchemy comes after it."""
    code = (
        "import sys, filmdesk.app, filmdesk.ui.documents, filmdesk.catalogue.first_screen; "
        "print('sqlalchemy' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_a_film_chosen_while_the_service_loads_stays_chosen(
    qtbot: QtBot,
    settings: Settings,
    tmp_path: Path,
    app_documents: list[Documents],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import threading

    path = tmp_path / "films.filmdesk"
    last = _sample_catalogue(path, settings)
    go_on = threading.Event()
    opener = documents._open_service

    def held_open(location: object) -> CatalogueService:
        go_on.wait(10)
        return opener(location)  # type: ignore[arg-type]

    monkeypatch.setattr(documents, "_open_service", held_open)
    window = _open(path, settings, tmp_path, app_documents).window
    assert window is not None
    chosen = window.browser.model.film_id(3)
    assert chosen is not None and chosen != last.id
    window.browser.table.selectRow(3)  # a click before the service is there
    go_on.set()
    qtbot.waitUntil(lambda: window.film is not None, timeout=10_000)
    assert window.film is not None and window.film.id == chosen
