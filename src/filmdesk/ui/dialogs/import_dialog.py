# SPDX-License-Identifier: GPL-3.0-or-later
"""File → Import… and File → Export…: choose, preview, run with progress, summarise.

Reading, matching and writing all run on worker threads; Cancel sets a flag the worker
checks, and because an import is one transaction a cancelled or failed import leaves
the catalogue exactly as it was.
"""

from __future__ import annotations

import html
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QElapsedTimer,
    QObject,
    QStandardPaths,
    Qt,
    Signal,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from filmdesk.catalogue.service import CatalogueService
from filmdesk.errors import FilmdeskError
from filmdesk.interchange.base import ExportSummary, format_by_id, formats
from filmdesk.interchange.importing import (
    ImportCancelled,
    ImportPlan,
    ImportSummary,
    OnDuplicate,
    export_films,
    plan_import,
    run_import,
)
from filmdesk.ui.tasks import TaskRunner


class _Progress(QObject):
    """Carries (done, total) from a worker thread to the progress dialog on the GUI thread."""

    advanced = Signal(int, int)


NOTES_LISTED = 200  # notes in the import preview; the summary lists as many as it has room for


def _progress_dialog(
    parent: QWidget, label: str, *, words_every_ms: int = 100
) -> tuple[QProgressDialog, _Progress, threading.Event]:
    dialog = QProgressDialog(label, QCoreApplication.translate("Transfer", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle("filmdesk")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)  # quick jobs never flash a dialog
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumWidth(420)  # room for the file names and a bar its percentage fits in
    cancelled = threading.Event()
    dialog.canceled.connect(cancelled.set)
    relay = _Progress(dialog)
    shown = QElapsedTimer()

    def advance(done: int, total: int) -> None:
        if total and dialog.maximum() != total:
            dialog.setMaximum(total)
        dialog.setValue(min(done, total) if total else 0)
        if shown.isValid() and shown.elapsed() < words_every_ms and done != total:
            return  # the words change ten times a second at most; the bar keeps up
        shown.restart()
        # Counts as well as the bar: a long read shows it is moving before a total is known.
        counts = (
            QCoreApplication.translate("Transfer", "%1 of %2 films")
            .replace("%1", f"{done:,}")
            .replace("%2", f"{total:,}")
            if total
            else QCoreApplication.translate("Transfer", "%1 films so far").replace(
                "%1", f"{done:,}"
            )
        )
        dialog.setLabelText(f"{label}\n{counts}")

    relay.advanced.connect(advance)
    return dialog, relay, cancelled


def _file_filters(*, exporting: bool) -> tuple[str, dict[str, str]]:
    """Qt file-dialog filters for the formats, and filter text → format id."""
    by_filter: dict[str, str] = {}
    every: list[str] = []
    for info in formats():
        if exporting and not info.can_export:
            continue
        if not exporting and not info.can_import:
            continue
        extensions = (info.save_extension,) if exporting else info.extensions
        patterns = " ".join(f"*.{e}" for e in extensions)
        text = f"{info.name} ({patterns})"
        by_filter[text] = info.id
        every += [f"*.{e}" for e in info.extensions]
    filters = list(by_filter)
    if not exporting:
        filters.insert(
            0,
            QCoreApplication.translate("Transfer", "Collections")
            + f" ({' '.join(sorted(set(every)))})",
        )
        filters.append(QCoreApplication.translate("Transfer", "All files (*)"))
    return ";;".join(filters), by_filter


# --- import -----------------------------------------------------------------------------------


def run_import_dialog(
    parent: QWidget,
    service: CatalogueService,
    tasks: TaskRunner,
    path: Path | None,
    *,
    on_done: Callable[[], None],
) -> None:
    paths = [path] if path is not None else _choose_import_files(parent)
    if not paths:
        return
    progress, relay, cancelled = _progress_dialog(
        parent,
        QCoreApplication.translate("Transfer", "Reading %1…").replace(
            "%1", ", ".join(p.name for p in paths)
        ),
    )

    def planned(plan: ImportPlan) -> None:
        progress.close()
        preview = ImportPreviewDialog(plan, parent)
        if preview.exec() != QDialog.DialogCode.Accepted:
            return
        _run(
            parent, service, tasks, plan, preview.on_duplicate(), preview.allow_rejected(), on_done
        )

    def failed(exc: BaseException) -> None:
        progress.close()
        _explain(parent, QCoreApplication.translate("Transfer", "Nothing was imported"), exc)

    tasks.run(
        lambda: plan_import(service, paths, progress=relay.advanced.emit, cancel=cancelled.is_set),
        planned,
        failed,
    )


def _choose_import_files(parent: QWidget) -> list[Path]:
    filters, _ = _file_filters(exporting=False)
    names, _ = QFileDialog.getOpenFileNames(
        parent, QCoreApplication.translate("Transfer", "Import a Collection"), "", filters
    )
    return [Path(n) for n in names]


def _run(
    parent: QWidget,
    service: CatalogueService,
    tasks: TaskRunner,
    plan: ImportPlan,
    on_duplicate: OnDuplicate,
    allow_rejected: bool,
    on_done: Callable[[], None],
) -> None:
    progress, relay, cancelled = _progress_dialog(
        parent, QCoreApplication.translate("Transfer", "Importing films…")
    )

    def finished(summary: ImportSummary) -> None:
        progress.close()
        on_done()
        SummaryDialog(
            QCoreApplication.translate("Transfer", "Import finished"), summary.text(), parent
        ).exec()

    def failed(exc: BaseException) -> None:
        progress.close()
        on_done()  # a cancelled import changed nothing, but the list may need a redraw
        _explain(parent, QCoreApplication.translate("Transfer", "Nothing was imported"), exc)

    tasks.run(
        lambda: run_import(
            service,
            plan,
            on_duplicate,
            allow_rejected=allow_rejected,
            progress=relay.advanced.emit,
            cancel=cancelled.is_set,
        ),
        finished,
        failed,
        write=True,
    )


def _explain(parent: QWidget, title: str, exc: BaseException) -> None:
    if isinstance(exc, ImportCancelled):
        QMessageBox.information(parent, title, str(exc))
    elif isinstance(exc, FilmdeskError | OSError):
        QMessageBox.warning(parent, title, str(exc))
    else:
        raise exc  # unexpected: the crash dialog and the log take it from here


class ImportPreviewDialog(QDialog):
    """What the import will do, and the two choices: duplicates, and rejected records."""

    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPreviewDialog")
        self.setWindowTitle(QCoreApplication.translate("Transfer", "Import"))
        self.resize(620, 480)
        layout = QVBoxLayout(self)
        sources = ", ".join(
            f"{html.escape(s.path.name)} — {html.escape(format_by_id(s.format_id).name)}"
            for s in plan.sources
        )
        new = (
            QCoreApplication.translate("Transfer", "1 new film")
            if plan.new == 1
            else QCoreApplication.translate("Transfer", "%1 new films").replace(
                "%1", f"{plan.new:,}"
            )
        )
        heading = QLabel(
            QCoreApplication.translate(
                "Transfer", "<b>%1</b><br>%2, %3 already in the catalogue, %4 rejected."
            )
            .replace("%1", sources)
            .replace("%2", new)
            .replace("%3", f"{plan.matching:,}")
            .replace("%4", f"{len(plan.rejected):,}")
        )
        heading.setWordWrap(True)
        heading.setObjectName("importCounts")
        layout.addWidget(heading)
        if len(plan.notes) <= 3:
            for note in plan.notes:
                label = QLabel(note)
                label.setWordWrap(True)
                layout.addWidget(label)
        else:  # hundreds of posters left behind must not become hundreds of labels
            shown_notes = plan.notes[:NOTES_LISTED]
            if len(plan.notes) > NOTES_LISTED:
                shown_notes.append(
                    QCoreApplication.translate("Transfer", "… and %1 more").replace(
                        "%1", f"{len(plan.notes) - NOTES_LISTED:,}"
                    )
                )
            notes = QPlainTextEdit("\n".join(shown_notes))
            notes.setReadOnly(True)
            notes.setObjectName("notesList")
            notes.setMaximumHeight(110)
            layout.addWidget(QLabel(QCoreApplication.translate("Transfer", "Notes:")))
            layout.addWidget(notes)

        self.duplicates = QButtonGroup(self)
        # The choice only matters when some films are already in the catalogue.
        matching = plan.matching > 0
        question = QLabel(
            QCoreApplication.translate("Transfer", "For films already in the catalogue:")
        )
        question.setVisible(matching)
        layout.addWidget(question)
        for choice, text in (
            (OnDuplicate.SKIP, QCoreApplication.translate("Transfer", "Skip them")),
            (
                OnDuplicate.FILL,
                QCoreApplication.translate(
                    "Transfer", "Fill in what they are missing (adds viewings, ratings, tags)"
                ),
            ),
            (
                OnDuplicate.REPLACE,
                QCoreApplication.translate(
                    "Transfer", "Replace them with the imported version (a backup is taken first)"
                ),
            ),
        ):
            button = QRadioButton(text)
            button.setProperty("choice", choice.value)
            self.duplicates.addButton(button)
            layout.addWidget(button)
            if choice == OnDuplicate.FILL:
                button.setChecked(True)
            button.setVisible(matching)

        self.import_good = QCheckBox(
            QCoreApplication.translate(
                "Transfer", "Import the good records and list the rejected ones"
            )
        )
        self.import_good.setChecked(True)
        self.import_good.setVisible(bool(plan.rejected))
        layout.addWidget(self.import_good)
        if plan.rejected:
            problems = QPlainTextEdit("\n".join(str(p) for p in plan.rejected))
            problems.setReadOnly(True)
            problems.setObjectName("rejectedList")
            layout.addWidget(QLabel(QCoreApplication.translate("Transfer", "Rejected records:")))
            layout.addWidget(problems, 1)
        else:
            layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        start = buttons.addButton(
            QCoreApplication.translate("Transfer", "Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        start.setEnabled(plan.new + plan.matching > 0)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def on_duplicate(self) -> OnDuplicate:
        checked = self.duplicates.checkedButton()
        return OnDuplicate(checked.property("choice")) if checked else OnDuplicate.SKIP

    def allow_rejected(self) -> bool:
        return self.import_good.isChecked()


class SummaryDialog(QDialog):
    """A copyable report: what was added, updated, skipped, rejected and why."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summaryDialog")
        self.setWindowTitle(title)
        self.resize(560, 360)
        self.text = QPlainTextEdit(text)
        self.text.setReadOnly(True)
        copy = QPushButton(QCoreApplication.translate("Transfer", "Copy"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(text))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)


# --- export -----------------------------------------------------------------------------------


def run_export_dialog(
    parent: QWidget, service: CatalogueService, tasks: TaskRunner, query: str
) -> None:
    only_matches = ""
    if query.strip():
        # Asked first: which films go out decides nothing about the file, but a person
        # reads the question before picking a place for it.
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("Transfer", "Export"),
            QCoreApplication.translate(
                "Transfer", "Export only the films matching “%1”? (No exports the whole catalogue.)"
            ).replace("%1", query),
            QMessageBox.StandardButton.Yes
            | QMessageBox.StandardButton.No
            | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Cancel:
            return
        only_matches = query if answer == QMessageBox.StandardButton.Yes else ""
    filters, by_filter = _file_filters(exporting=True)
    chosen_name, chosen = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Transfer", "Export Films"),
        str(_suggested_export_path(service)),
        filters,
    )
    if not chosen_name:
        return
    target, format_id = export_target(chosen_name, by_filter.get(chosen))
    if target != Path(chosen_name) and target.exists():
        # The file dialog asked about the name as typed, not about the extension added since.
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("Transfer", "Export"),
            QCoreApplication.translate("Transfer", "“%1” already exists. Replace it?").replace(
                "%1", target.name
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
    name = str(target)
    progress, relay, _cancelled = _progress_dialog(
        parent, QCoreApplication.translate("Transfer", "Exporting films…")
    )

    def finished(summary: ExportSummary) -> None:
        progress.close()
        SummaryDialog(
            QCoreApplication.translate("Transfer", "Export finished"),
            summary.text(),
            parent,
        ).exec()

    def failed(exc: BaseException) -> None:
        progress.close()
        _explain(parent, QCoreApplication.translate("Transfer", "Export failed"), exc)

    tasks.run(
        lambda: export_films(service, name, format_id, only_matches, progress=relay.advanced.emit),
        finished,
        failed,
    )


def export_target(name: str, filter_format: str | None) -> tuple[Path, str | None]:
    """Where an export goes and in which format, from the file dialog's answer.

    An extension that names a format wins over a file-type filter left as it was
    ("films.csv" under the filmdesk filter is CSV); a name without one ("films", or
    "films.2026") gets the filter's. With no format returned, the export goes by the
    extension, and an unknown one is refused with the list of those that work.
    """
    path = Path(name)
    if filter_format is None:
        return path, None
    info = format_by_id(filter_format)
    suffix = path.suffix.lower().lstrip(".")
    if suffix in info.written_extensions:
        return path, info.id
    if any(suffix in other.written_extensions for other in formats() if other.can_export):
        return path, None
    if not info.export_is_folder:
        path = path.with_name(f"{path.name}.{info.save_extension}")
    return path, info.id


def _suggested_export_path(service: CatalogueService) -> Path:
    """The catalogue's own name in the Documents folder, as a first guess."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    catalogue = service.path
    stem = catalogue.stem if catalogue is not None else "films"
    return Path(folder or Path.home()) / f"{stem}.{format_by_id('native').save_extension}"

