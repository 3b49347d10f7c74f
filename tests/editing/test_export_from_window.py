# SPDX-License-Identifier: GPL-3.0-or-later
"""File → Export from the window: the export runs off the GUI thread, with worker processes
for a big catalogue, and ends in a summary."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from filmdesk.catalogue import film_json
from filmdesk.catalogue.service import CatalogueService
from filmdesk.ui.dialogs import import_dialog
from filmdesk.ui.main_window import MainWindow
from filmdesk.ui.settings import Settings
from filmdesk.ui.tasks import TaskRunner


def test_export_from_the_window_reads_with_worker_processes(
    qtbot: QtBot,
    service: CatalogueService,
    settings: Settings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "all.filmdesk"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_args, **_kw: (str(target), "")
    )
    # The sample's 14 films are read by worker processes as a big catalogue would be.
    monkeypatch.setattr(film_json, "PARALLEL_FROM", 1)
    monkeypatch.setenv("FILMDESK_EXPORT_WORKERS", "2")
    started = film_json._parallel
    parallel_reads: list[int] = []

    def counted(path: str, parts: list[list[int]], workers: int) -> Any:
        parallel_reads.append(workers)
        return started(path, parts, workers)

    monkeypatch.setattr(film_json, "_parallel", counted)
    summaries: list[str] = []

    def shown(dialog: Any) -> int:
        summaries.append(dialog.text.toPlainText())
        return 0

    monkeypatch.setattr(import_dialog.SummaryDialog, "exec", shown)
    tasks = TaskRunner()
    window = MainWindow(service, settings, tasks)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)

    window.export()

    qtbot.waitUntil(lambda: bool(summaries), timeout=30_000)
    assert summaries[0].startswith(f"14 films exported to {target}.")
    assert parallel_reads == [2]
    with zipfile.ZipFile(target) as archive:
        films = json.loads(archive.read("catalogue.json"))["films"]
    assert sorted(film["title"] for film in films) == sorted(
        film.title for film in service.films(service.search("").ids)
    )
    tasks.wait(5000)
