# SPDX-License-Identifier: GPL-3.0-or-later
"""Fixtures for the UI suite: a sample catalogue, settings on a temp INI file, a window.

Every test gets its own catalogue file and settings file under ``tmp_path`` and a
``SyncTaskRunner``, so searches and writes finish before the call that started them
returns. The sample catalogue is built once per session and copied per test: opening
and filling a fresh catalogue costs far more than copying one file.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from filmdesk.catalogue.service import CatalogueService
from filmdesk.ui.main_window import MainWindow
from filmdesk.ui.settings import Settings
from filmdesk.ui.tasks import SyncTaskRunner

SAMPLE_SIZE = 14


def _copy_catalogue(source: Path, target: Path) -> None:
    # The template was closed cleanly, so its WAL is checkpointed; copy leftovers anyway.
    for suffix in ("", "-wal", "-shm"):
        part = source.with_name(source.name + suffix)
        if part.exists():
            shutil.copyfile(part, target.with_name(target.name + suffix))


@pytest.fixture(scope="session")
def sample_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A sample catalogue file built once for the whole session (read-only: copy it)."""
    path = tmp_path_factory.mktemp("template") / "sample.sqlite"
    service = CatalogueService.open(path)
    try:
        assert len(service.load_sample()) == SAMPLE_SIZE
    finally:
        service.close()
    return path


@pytest.fixture
def service(tmp_path: Path, sample_template: Path) -> Iterator[CatalogueService]:
    """This test's own copy of the 14-film sample catalogue."""
    path = tmp_path / "catalogue.sqlite"
    _copy_catalogue(sample_template, path)
    opened = CatalogueService.open(path, create=False)
    yield opened
    opened.close()


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    return tmp_path / "filmdesk.ini"


@pytest.fixture
def settings(settings_path: Path) -> Settings:
    return Settings(QSettings(str(settings_path), QSettings.Format.IniFormat))


@pytest.fixture
def tasks() -> SyncTaskRunner:
    return SyncTaskRunner()


WindowFactory = Callable[..., MainWindow]


@pytest.fixture
def make_window(
    qtbot: QtBot, service: CatalogueService, settings_path: Path, tasks: SyncTaskRunner
) -> WindowFactory:
    """Build and show a MainWindow; each call reads the settings file afresh (a restart)."""

    def make(catalogue: CatalogueService | None = None, *, show: bool = True) -> MainWindow:
        fresh = Settings(QSettings(str(settings_path), QSettings.Format.IniFormat))
        window = MainWindow(catalogue or service, fresh, tasks)
        qtbot.addWidget(window)
        if show:
            window.show()
            qtbot.waitExposed(window)
        return window

    return make


@pytest.fixture
def window(
    qtbot: QtBot, service: CatalogueService, settings: Settings, tasks: SyncTaskRunner
) -> MainWindow:
    """The main window over the sample catalogue, shown and active (shortcuts need that)."""
    main = MainWindow(service, settings, tasks)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    return main
