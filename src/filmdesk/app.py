# SPDX-License-Identifier: GPL-3.0-or-later
"""The composition root: builds the application, settings, service and main window.

Only this module (with ``ui.documents`` for the open catalogue) wires long-lived objects.
"""

from __future__ import annotations

import argparse
import gc
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


def setup_logging(folder: Path) -> Path:
    path = folder / "filmdesk.log"
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def resources_dir() -> Path:
    """Icons and translations: inside the package when installed, else the source tree."""
    packaged = Path(__file__).parent / "resources"
    return packaged if packaged.is_dir() else Path(__file__).resolve().parents[2] / "resources"


def main(argv: Sequence[str] | None = None) -> int:
    # Start-up creates hundreds of thousands of long-lived objects (imports, mappers,
    # widgets); the cyclic collector would walk them again and again for nothing. It is
    # switched back on, and those objects are moved out of its way, once the window is up.
    gc.disable()
    args = _arguments(sys.argv[1:] if argv is None else argv)
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from filmdesk.paths import config_dir, log_dir

    QCoreApplication.setOrganizationName("filmdesk")
    QCoreApplication.setApplicationName("filmdesk")
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "filmdesk.svg")))
    logs = log_dir()
    setup_logging(logs)

    from filmdesk.ui import crash_dialog
    from filmdesk.ui.settings import Settings

    crash_dialog.install(logs, show_dialog=not args.no_crash_dialog)
    settings_path = args.settings or str(config_dir() / "filmdesk.ini")
    settings = Settings(QSettings(settings_path, QSettings.Format.IniFormat))

    from filmdesk.ui.i18n import install_translations

    install_translations(app, settings.get("appearance/language"), resources_dir() / "translations")

    from filmdesk.ui.documents import Documents

    documents = Documents(app, settings, logs)
    target = args.database or args.catalogue
    if not documents.open(target):
        return 1
    if not args.no_crash_dialog:
        crash_dialog.offer_previous_crash(logs, documents.window)
    # FILMDESK_READY_FILE: tests and the start-up benchmark learn when the window is up.
    from filmdesk.ui.ready import report_when_painted

    report_when_painted(documents.window)
    gc.freeze()
    gc.enable()
    code = app.exec()
    documents.close()
    return code
