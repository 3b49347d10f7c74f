# SPDX-License-Identifier: GPL-3.0-or-later
"""A start-up probe for tests and the cold-start benchmark, driven by the environment.

FILMDESK_READY_FILE=<path>   write "shown <window title>" there after the main window's
                             first paint (the moment a person would see it)
FILMDESK_QUIT_AFTER_READY=1  then leave the event loop, so the run ends by itself

Both are ignored when unset, so a normal start pays for one environment lookup.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    """Watches a window for its first paint event, then reports once."""

    def __init__(self, window: QWidget, ready_file: Path, quit_after: bool) -> None:
        super().__init__(window)
        self._window = window
        self._ready_file = ready_file
        self._quit_after = quit_after

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            # The filter sees the event before the window paints it: queue the report so
            # it is written once this paint has finished.
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        partial = self._ready_file.with_name(self._ready_file.name + ".part")
        partial.write_text(f"shown {self._window.windowTitle()}\n", encoding="utf-8")
        # A rename is atomic, so a reader polling for the file never sees half a line.
        partial.replace(self._ready_file)
        if self._quit_after:
            QCoreApplication.quit()


def report_when_painted(window: QWidget | None) -> None:
    """Arm the probe on ``window`` if FILMDESK_READY_FILE asks for it."""
    ready_file = os.environ.get("FILMDESK_READY_FILE")
    if not ready_file or window is None:
        return
    quit_after = os.environ.get("FILMDESK_QUIT_AFTER_READY") == "1"
    window.installEventFilter(_FirstPaint(window, Path(ready_file), quit_after))
    # The window may have painted already (a modal dialog spins the loop); ask for one more.
    window.update()
