# SPDX-License-Identifier: GPL-3.0-or-later
"""Unexpected errors: logged in full first, then explained in a dialog that lets the
person copy the details. Hard crashes (segfaults) are caught by faulthandler into a
file that the next start offers to show.
"""

from __future__ import annotations

import faulthandler
import logging
import platform
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import IO

from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from filmdesk import __version__

log = logging.getLogger(__name__)
_crash_file: IO[str] | None = None  # kept open for faulthandler for the whole run


def debug_info() -> str:
    return (
        f"filmdesk {__version__} · Python {platform.python_version()} · Qt {qVersion()} · "
        f"{platform.system()} {platform.release()}"
    )


def install(log_dir: Path, *, show_dialog: bool = True) -> None:
    """Route uncaught exceptions to the log and the dialog, and hard crashes to crash.log."""
    global _crash_file
    crash_path = log_dir / "crash.log"
    previous = crash_path.with_suffix(".previous.log")
    if crash_path.exists() and crash_path.stat().st_size:
        crash_path.replace(previous)  # last run crashed hard: keep it for offer_previous_crash
    _crash_file = crash_path.open("w", encoding="utf-8")
    faulthandler.enable(_crash_file)

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        text = "".join(traceback.format_exception(kind, error, tb))
        # The log first: whatever happens to the dialog, the traceback is on disk.
        log.critical("Uncaught exception\n%s", text)
        if show_dialog and QApplication.instance() is not None:
            show_crash_dialog(error, text, log_dir / "filmdesk.log")
        else:
            sys.__excepthook__(kind, error, tb)

    sys.excepthook = hook


def show_crash_dialog(
    error: BaseException, details: str, log_path: Path, parent: QWidget | None = None
) -> None:
    box = QMessageBox(parent)
    box.setObjectName("crashDialog")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("Crash", "Something went wrong"))
    box.setText(
        QCoreApplication.translate(
            "Crash",
            "filmdesk hit an unexpected problem: %1\n\nYour catalogue is safe: "
            "every change is saved as it is made. You can keep working.",
        ).replace("%1", str(error) or type(error).__name__)
    )
    box.setInformativeText(
        QCoreApplication.translate("Crash", "The full report is in %1").replace("%1", str(log_path))
    )
    box.setDetailedText(f"{debug_info()}\n\n{details}")
    copy = box.addButton(
        QCoreApplication.translate("Crash", "Copy Details"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    copy.clicked.disconnect()  # keep the dialog open after copying
    copy.clicked.connect(lambda: QApplication.clipboard().setText(f"{debug_info()}\n\n{details}"))
    box.exec()


def offer_previous_crash(log_dir: Path, parent: QWidget | None = None) -> bool:
    """If the last run died hard, say so once and show what faulthandler wrote."""
    previous = log_dir / "crash.previous.log"
    if not previous.exists():
        return False
    text = previous.read_text("utf-8", errors="replace")
    previous.unlink()
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Crash", "filmdesk closed unexpectedly"))
    box.setText(
        QCoreApplication.translate(
            "Crash",
            "filmdesk stopped unexpectedly last time. Your catalogue was saved up to the "
            "last change. The technical report is below; please include it if you report "
            "the problem.",
        )
    )
    box.setDetailedText(f"{debug_info()}\n\n{text}")
    box.open()
    return True
