# SPDX-License-Identifier: GPL-3.0-or-later
"""The composition root: builds the application, settings, service and main window."""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import sys
from collections.abc import Sequence
from pathlib import Path

from filmdesk import APP_ID, __version__

log = logging.getLogger("filmdesk")


def _arguments(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="filmdesk", add_help=False)
    parser.add_argument("catalogue", nargs="?", help="catalogue file or database URL")
    parser.add_argument("--database", metavar="URL")
    parser.add_argument("--settings", metavar="INI", help="settings file (tests, portable use)")
    parser.add_argument("--no-crash-dialog", action="store_true")
    known, _qt_args = parser.parse_known_args(list(argv))
    return known


def setup_logging() -> Path:
    from filmdesk.paths import log_dir

    path = log_dir() / "filmdesk.log"
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def main(argv: Sequence[str] | None = None) -> int:
    args = _arguments(sys.argv[1:] if argv is None else argv)
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication, QMessageBox

    QCoreApplication.setOrganizationName("filmdesk")
    QCoreApplication.setApplicationName("filmdesk")
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setDesktopFileName(APP_ID)
    setup_logging()

    from filmdesk.catalogue.db import resolve_location
    from filmdesk.catalogue.service import CatalogueService
    from filmdesk.errors import FilmdeskError
    from filmdesk.paths import config_dir
    from filmdesk.ui.main_window import MainWindow
    from filmdesk.ui.settings import Settings
    from filmdesk.ui.style import apply_style
    from filmdesk.ui.tasks import TaskRunner

    apply_style(app)
    location = resolve_location(args.database or args.catalogue)
    try:
        service = CatalogueService.open(location)
    except FilmdeskError as exc:
        log.error("could not open %s: %s", location, exc)
        QMessageBox.critical(None, "filmdesk", str(exc))
        return 1
    settings_path = args.settings or str(config_dir() / "filmdesk.ini")
    settings = Settings(QSettings(settings_path, QSettings.Format.IniFormat))
    tasks = TaskRunner()
    window = MainWindow(service, settings, tasks)
    window.show()
    code = app.exec()
    service.close()
    return code
