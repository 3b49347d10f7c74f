# SPDX-License-Identifier: GPL-3.0-or-later
"""File → Export from the window: the export runs off the GUI thread, with worker processes
for a big catalogue, and ends in a summary."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
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


@pytest.mark.parametrize(
    ("typed", "chosen", "expected", "format_id"),
    [
        ("out.csv", "native", "out.csv", None),  # the typed extension wins: plain CSV
        ("out", "native", "out.filmdesk", "native"),
        ("films.2026", "native", "films.2026.filmdesk", "native"),
        ("films", "letterboxd", "films.csv", "letterboxd"),  # the CSV Letterboxd imports
        ("films.csv", "letterboxd", "films.csv", "letterboxd"),
        ("films.tc", "csv", "films.tc", None),
        ("library", "kodi", "library", "kodi"),  # a folder of .nfo files
        ("films.tc", None, "films.tc", None),
        # Only what a format writes chooses it: .zip is read as Letterboxd but never
        # written, and .xml or .nfo would send one file to Kodi's folder of files.
        ("films.zip", "letterboxd", "films.zip.csv", "letterboxd"),
        ("films.xml", "native", "films.xml.filmdesk", "native"),
        ("films.nfo", "csv", "films.nfo.csv", "csv"),
    ],
)
def test_the_file_name_typed_decides_with_the_filter(
    tmp_path: Path, typed: str, chosen: str | None, expected: str, format_id: str | None
) -> None:
    target, found = import_dialog.export_target(str(tmp_path / typed), chosen)
    assert target == tmp_path / expected and found == format_id


def test_a_csv_name_under_the_default_filter_writes_csv(
    qtbot: QtBot,
    service: CatalogueService,
    settings: Settings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "out1.csv"
    filters, _ = import_dialog._file_filters(exporting=True)
    default_filter = filters.split(";;")[0]
    assert default_filter.startswith("filmdesk")
    asked: list[str] = []

    def save_dialog(_parent: Any, _title: str, suggested: str, *_args: Any) -> tuple[str, str]:
        asked.append(suggested)
        return str(target), default_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    finished: list[str] = []
    monkeypatch.setattr(
        import_dialog.SummaryDialog, "exec",
        lambda dialog: finished.append(dialog.text.toPlainText()) or 0,
    )
    window = MainWindow(service, settings, TaskRunner())
    qtbot.addWidget(window)
    window.export()
    qtbot.waitUntil(lambda: bool(finished))
    assert "14 films exported" in finished[0]
    assert not target.read_bytes().startswith(b"PK")  # not a zip archive under a .csv name
    assert b"Leaving Las Vegas" in target.read_bytes()
    # The dialog suggested the catalogue's own name, as a filmdesk archive.
    assert asked and asked[0].endswith(f"{service.path.stem if service.path else 'films'}.filmdesk")


def test_an_added_extension_that_names_an_existing_file_asks_first(
    qtbot: QtBot,
    service: CatalogueService,
    settings: Settings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    existing = tmp_path / "films.filmdesk"
    existing.write_bytes(b"keep me")
    filters, _ = import_dialog._file_filters(exporting=True)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName",
        lambda *_args, **_kw: (str(tmp_path / "films"), filters.split(";;")[0]),
    )
    asked: list[str] = []

    def answer(_parent: Any, _title: str, text: str, *_args: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", answer)
    window = MainWindow(service, settings, TaskRunner())
    qtbot.addWidget(window)
    window.browser.search_now("")  # no query, so the only question is about the file
    window.export()
    assert asked == ["“films.filmdesk” already exists. Replace it?"]
    assert existing.read_bytes() == b"keep me"

