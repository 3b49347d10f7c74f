# SPDX-License-Identifier: GPL-3.0-or-later
"""The open catalogue as a document: opening, switching, recent files, copies, backups.

One filmdesk writes to a catalogue file at a time: a second start on the same file hands
over to the running one (a local socket named after the file) and brings its window up.
"""

from __future__ import annotations

import hashlib
import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QInputDialog, QMessageBox

from filmdesk.catalogue import backups
from filmdesk.catalogue.dto import SortKey
from filmdesk.errors import FilmdeskError
from filmdesk.paths import data_dir, default_catalogue_path
from filmdesk.ui.dialogs.preferences_dialog import PreferencesDialog
from filmdesk.ui.main_window import MainWindow
from filmdesk.ui.models.film_table_model import PAGE
from filmdesk.ui.pending_service import PendingService
from filmdesk.ui.ready import when_first_painted
from filmdesk.ui.settings import Settings
from filmdesk.ui.style import apply_color_scheme
from filmdesk.ui.tasks import TaskRunner
from filmdesk.ui.widgets.film_browser import FIRST_SCREEN

if TYPE_CHECKING:
    from filmdesk.catalogue.first_screen import FirstScreen
    from filmdesk.catalogue.service import CatalogueService

log = logging.getLogger(__name__)
CHECK_DELAY_MS = 2500  # integrity check and daily backup start this long after opening


def _open_service(location: str | Path) -> CatalogueService:
    # Imported here: SQLAlchemy loads with it, after the first window is on screen.
    from filmdesk.catalogue.service import CatalogueService

    return CatalogueService.open(location)


def is_export_file(path: Path) -> bool:
    """A .filmdesk export is a zip; a catalogue is a SQLite file."""
    try:
        with path.open("rb") as handle:
            return handle.read(4) == b"PK\x03\x04"
    except OSError:
        return False


class Documents:
    """The open catalogue and its window; New/Open/Recent/Copy/Restore/Preferences."""

    def __init__(self, app: QApplication, settings: Settings, logs: Path) -> None:
        self.app = app
        self.settings = settings
        self.logs = logs
        self.tasks = TaskRunner()
        self.service: CatalogueService | PendingService | None = None
        self.window: MainWindow | None = None
        self.pending_import: Path | None = None
        self._server: QLocalServer | None = None
        apply_color_scheme(app, settings.get("appearance/color_scheme"))

    # --- opening --------------------------------------------------------------------------------

    def default_location(self) -> Path:
        chosen = self.settings.get("catalogue/path")
        return Path(chosen).expanduser() if chosen else default_catalogue_path()

    def open(self, target: str | None) -> bool:
        """Open a catalogue (file path or URL) in a fresh window; False if it failed."""
        location: str | Path = (
            target or os.environ.get("FILMDESK_DATABASE_URL") or (self.default_location())
        )
        if isinstance(location, str) and "://" not in location:
            location = Path(location).expanduser()
        if isinstance(location, Path) and location.exists() and is_export_file(location):
            # A double-clicked export: open the usual catalogue and offer to import it.
            self.pending_import = location
            location = self.default_location()
        if (
            isinstance(location, Path)
            and not self._is_listening_for(location)  # reopening our own, e.g. a restore
            and self._forward_to_running_instance(location)
        ):
            return False
        first_screen = self._first_screen(location) if self.window is None else None
        if first_screen is not None:
            # The first window of this run shows the list straight from the file while
            # the service (SQLAlchemy, most of a start-up's time) loads behind it.
            assert isinstance(location, Path)  # a first screen is only read from a file
            opened = location
            service: CatalogueService | PendingService = PendingService(
                opened, lambda: _open_service(opened)
            )
        else:
            try:
                service = _open_service(location)
            except FilmdeskError as exc:
                return self._open_failed(location, exc)
        old_window, old_service = self.window, self.service
        window = MainWindow(
            # A PendingService stands in for the service it is loading (see its docstring).
            cast("CatalogueService", service),
            self.settings,
            self.tasks,
            documents=self,
            first_screen=first_screen,
        )
        self.service, self.window = service, window
        if isinstance(location, Path):
            self._remember_recent(location)
            self._listen_for_other_instances(location)
        if old_window is not None:
            old_window.close()
        if old_service is not None:
            old_service.close()
        window.show()
        if isinstance(service, PendingService):
            service.failed.connect(lambda exc, s=service: self._loading_failed(s, exc))
            when_first_painted(window, service.start)
        self._after_open(service)
        if self.pending_import is not None:
            path, self.pending_import = self.pending_import, None
            window.offer_import(path)
        return True

    def _first_screen(self, location: str | Path) -> FirstScreen | None:
        if not isinstance(location, Path):
            return None
        from filmdesk.catalogue.first_screen import read_first_screen

        return read_first_screen(
            location,
            SortKey(self.settings.get("view/sort_key")),
            bool(self.settings.get("view/sort_descending")),
            ids=FIRST_SCREEN,
            rows=PAGE,
        )

    def _open_failed(self, location: str | Path, exc: FilmdeskError) -> bool:
        # The error names the place without any password; so must the log.
        log.error("could not open a catalogue: %s", exc)
        if isinstance(location, Path) and location.is_file():
            problems = backups.integrity_problems(location)
            if problems:  # damaged rather than foreign: a backup may save the day
                return self._corrupt(location, problems)
        QMessageBox.critical(self.window, "filmdesk", str(exc))
        return False

    def _loading_failed(self, service: PendingService, exc: BaseException) -> None:
        """The service behind a first screen could not open the catalogue after all."""
        if service is not self.service:
            return  # another catalogue was opened meanwhile
        window = self.window
        self.service = self.window = None
        if window is not None:
            window.hide()
        if isinstance(exc, FilmdeskError) and service.path is not None:
            reopened = self._open_failed(service.path, exc)  # True: restored from a backup
        else:
            QMessageBox.critical(None, "filmdesk", str(exc))
            reopened = False
        if not reopened:
            QApplication.quit()
        if window is not None:
            window.close()

    def _after_open(self, service: CatalogueService | PendingService) -> None:
        """Integrity check and the daily backup, off the GUI thread once the window shows."""
        path = service.path
        if path is None:
            return
        keep = int(self.settings.get("backups/keep"))
        root = data_dir() / "backups"

        def check_and_back_up() -> list[str]:
            problems = backups.integrity_problems(path)
            if not problems:
                backups.daily_backup(path, root, keep)
            return problems

        def start() -> None:
            if self.service is service:  # still the open catalogue
                        self.tasks.run(
                    check_and_back_up,
                    lambda problems: problems and self._corrupt(path, problems),
                    write=True,
                )

        # Reading a large file end to end competes with the first screen: wait a moment.
        QTimer.singleShot(CHECK_DELAY_MS, start)

    def _corrupt(self, path: Path, problems: list[str]) -> bool:
        """Say the catalogue is damaged and offer its newest sound backup; True if restored."""
        good = backups.newest_good_backup(path, data_dir() / "backups")
        text = (
            QCoreApplication.translate("Documents", "The catalogue %1 is damaged: %2")
            .replace("%1", str(path))
            .replace("%2", "; ".join(problems[:3]))
        )
        if good is None:
            QMessageBox.critical(self.window, "filmdesk", text)
            return False
        answer = QMessageBox.question(
            self.window,
            "filmdesk",
            text
            + "\n\n"
            + QCoreApplication.translate(
                "Documents", "Restore the backup from %1? The damaged file is kept beside it."
            ).replace("%1", good.taken.strftime("%Y-%m-%d %H:%M")),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self.restore(good.path, path)

    # --- single writer per catalogue ------------------------------------------------------------

    @staticmethod
    def _server_name(path: Path) -> str:
        digest = hashlib.sha1(str(path.resolve()).encode()).hexdigest()[:16]
        return f"filmdesk-{os.getuid() if hasattr(os, 'getuid') else 0}-{digest}"

    def _is_listening_for(self, path: Path) -> bool:
        return self._server is not None and self._server.serverName() == self._server_name(path)

    def _forward_to_running_instance(self, path: Path) -> bool:
        """If another filmdesk has this catalogue open, raise its window instead."""
        socket = QLocalSocket()
        socket.connectToServer(self._server_name(path))
        if not socket.waitForConnected(300):
            return False
        socket.write(b"activate\n")
        socket.waitForBytesWritten(300)
        socket.disconnectFromServer()
        log.info("%s is open in another filmdesk; brought that window forward", path)
        return True

    def _listen_for_other_instances(self, path: Path) -> None:
        if self._server is not None:
            self._server.close()
        server = QLocalServer()
        name = self._server_name(path)
        if not server.listen(name):
            QLocalServer.removeServer(name)  # a stale socket left by a crash
            server.listen(name)
        server.newConnection.connect(lambda: self._activate(server))
        self._server = server

    def _activate(self, server: QLocalServer) -> None:
        connection = server.nextPendingConnection()
        if connection is not None:
            connection.close()
        window = self.window
        if window is not None:
            window.showNormal()
            window.raise_()
            window.activateWindow()

    # --- recent, copies, backups -----------------------------------------------------------------

    def recent(self) -> list[str]:
        return [p for p in self.settings.get("catalogue/recent") if Path(p).exists()]

    def _remember_recent(self, path: Path) -> None:
        entry = str(path.resolve())
        recent = [entry] + [p for p in self.settings.get("catalogue/recent") if p != entry]
        self.settings.set("catalogue/recent", recent[:10])

    def save_copy(self, target: Path) -> None:
        path = self.service.path if self.service else None
        if path is None:
            raise ValueError("only a catalogue file can be copied")
        backups.copy_database(path, target)

    def list_backups(self) -> list[backups.Backup]:
        path = self.service.path if self.service else None
        return list(backups.list_backups(path, data_dir() / "backups")) if path else []

    def restore(self, backup: Path, path: Path | None = None) -> bool:
        """Replace the catalogue at ``path`` (the open one by default) with ``backup``."""
        path = path or (self.service.path if self.service else None)
        assert path is not None
        if self.service is not None and self.service.path == path:
            self.service.close()
        backups.restore_backup(backup, path)
        return self.open(str(path))

    def close(self) -> None:
        self.tasks.wait(5000)
        if self.service is not None:
            self.service.close()
        if self._server is not None:
            self._server.close()

    # --- File menu dialogs ----------------------------------------------------------------------

    def _parent(self) -> MainWindow | None:
        return self.window

    def new_catalogue(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self._parent(),
            QCoreApplication.translate("Documents", "New Catalogue"),
            str(self.default_location().parent / "New Catalogue.filmdesk"),
            QCoreApplication.translate("Documents", "filmdesk catalogues (*.filmdesk)"),
        )
        if not name:
            return
        path = Path(name if name.endswith(".filmdesk") else name + ".filmdesk")
        if path.exists():
            # The file dialog asked before overwriting; move the old file aside, never delete.
            path.replace(path.with_name(path.name + ".old"))
        self.open(str(path))

    def open_catalogue(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self._parent(),
            QCoreApplication.translate("Documents", "Open Catalogue"),
            str(self.default_location().parent),
            QCoreApplication.translate(
                "Documents", "filmdesk catalogues (*.filmdesk *.sqlite);;All files (*)"
            ),
        )
        if name:
            self.open(name)

    def connect_shared(self) -> None:
        from filmdesk.ui.dialogs.connect_dialog import ConnectDialog

        dialog = ConnectDialog(self.settings, self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            # A failed connection says why and keeps the current catalogue open.
            self.open(dialog.url().render_as_string(hide_password=False))

    def save_copy_as(self) -> None:
        if self.service is None or self.service.path is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self._parent(),
            QCoreApplication.translate("Documents", "Save a Copy As"),
            str(self.service.path.with_name(self.service.path.stem + " copy.filmdesk")),
            QCoreApplication.translate("Documents", "filmdesk catalogues (*.filmdesk)"),
        )
        if not name:
            return
        try:
            self.save_copy(Path(name))
        except (FilmdeskError, OSError) as exc:
            QMessageBox.warning(
                self._parent(), QCoreApplication.translate("Documents", "Copy not saved"), str(exc)
            )

    def restore_from_backup(self) -> None:
        found = self.list_backups()
        if not found:
            QMessageBox.information(
                self._parent(),
                QCoreApplication.translate("Documents", "Restore from Backup"),
                QCoreApplication.translate(
                    "Documents",
                    "There are no backups of this catalogue yet. filmdesk takes one a day "
                    "when the catalogue is opened (see Preferences).",
                ),
            )
            return
        labels = [f"{b.taken:%Y-%m-%d %H:%M} — {b.size / 1_048_576:.1f} MB" for b in found]
        choice, ok = QInputDialog.getItem(
            self._parent(),
            QCoreApplication.translate("Documents", "Restore from Backup"),
            QCoreApplication.translate("Documents", "Replace the catalogue with the backup from:"),
            labels,
            0,
            False,
        )
        if not ok:
            return
        backup = found[labels.index(choice)]
        try:
            self.restore(backup.path)
        except FilmdeskError as exc:
            QMessageBox.warning(
                self._parent(), QCoreApplication.translate("Documents", "Not restored"), str(exc)
            )

    def preferences(self) -> None:
        dialog = PreferencesDialog(self.settings, default_catalogue_path(), self._parent())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            apply_color_scheme(self.app, self.settings.get("appearance/color_scheme"))
