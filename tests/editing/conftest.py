# SPDX-License-Identifier: GPL-3.0-or-later
"""Fixtures for the editing suite: the sample catalogue, a tmp INI file, a main window.

Each test gets its own catalogue file under ``tmp_path`` holding the 14 sample films (a
copy of one made with ``CatalogueService.open`` and ``load_sample``), settings in a tmp
INI file and a ``SyncTaskRunner``, so a write is done when the call that started it
returns. No test meets a real modal box: ``dialogs`` stands in for every QMessageBox and
file chooser, answers at once and records what would have been asked.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from editing_helpers import Asked, FakeDialogs
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from filmdesk.catalogue.service import CatalogueService
from filmdesk.ui.main_window import MainWindow
from filmdesk.ui.settings import Settings
from filmdesk.ui.tasks import SyncTaskRunner

Button = QMessageBox.StandardButton


@pytest.fixture(autouse=True)
def dialogs(monkeypatch: pytest.MonkeyPatch) -> FakeDialogs:
    """Every modal box in this suite answers at once; a forgotten one can never block."""
    fake = FakeDialogs()

    def static(kind: str) -> Any:
        def ask(
            _parent: QWidget | None, title: str, text: str, *_args: Any, **_kw: Any
        ) -> Button:
            fake.asked.append(Asked(kind, title, text))
            return fake.answer if kind == "question" else Button.Ok

        return ask

    for kind in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, kind, static(kind))

    def run(box: QMessageBox) -> int:
        fake.asked.append(Asked("box", box.windowTitle(), box.text()))
        for button in box.buttons():
            if button.text() == fake.click:
                button.click()  # sets clickedButton() as a real press would
                break
        return 0

    monkeypatch.setattr(QMessageBox, "exec", run)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *_args, **_kw: (fake.open_file, "")
    )
    return fake


@pytest.fixture(scope="session")
def sample_catalogue(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample films loaded once into a new catalogue; tests get copies of the file."""
    path = tmp_path_factory.mktemp("sample") / "c.filmdesk"
    template = CatalogueService.open(path)
    try:
        assert len(template.load_sample()) == 14
    finally:
        template.close()
    return path


@pytest.fixture
def service(tmp_path: Path, sample_catalogue: Path) -> Iterator[CatalogueService]:
    """This test's own catalogue file on tmp_path with the 14 sample films.

    Copying the file costs about 15 ms; creating and filling a catalogue, a quarter of a
    second, which a hundred tests would feel.
    """
    path = tmp_path / "c.filmdesk"
    for suffix in ("", "-wal", "-shm"):  # in case the template's WAL was not folded in
        part = sample_catalogue.with_name(sample_catalogue.name + suffix)
        if part.exists():
            shutil.copyfile(part, path.with_name(path.name + suffix))
    opened = CatalogueService.open(path, create=False)
    yield opened
    opened.close()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "filmdesk.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def tasks() -> SyncTaskRunner:
    return SyncTaskRunner()


@pytest.fixture
def window(
    qtbot: QtBot, service: CatalogueService, settings: Settings, tasks: SyncTaskRunner
) -> MainWindow:
    """The main window over the sample films, shown and active (shortcuts need that)."""
    main = MainWindow(service, settings, tasks)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    return main
