# SPDX-License-Identifier: GPL-3.0-or-later
"""A start-up probe for tests and the cold-start benchmark, driven by the environment.

FILMDESK_READY_FILE=<path>   write "shown <window title>" there after the main window's
                             first paint (the moment a person would see it)
FILMDESK_QUIT_AFTER_READY=1  then leave the event loop, so the run ends by itself

Both are ignored when unset, so a normal start pays for one environment lookup.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    """Watches a window for its first paint event, then calls back once it is done."""

    def __init__(self, window: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            # The filter sees the event before the window paints it: queue the callback
            # so it runs once this paint has finished.
            QTimer.singleShot(0, self._callback)
        return False


def when_first_painted(window: QWidget, callback: Callable[[], None]) -> None:
    """Call ``callback`` once ``window`` has painted for the first time."""
    window.installEventFilter(_FirstPaint(window, callback))


def _report(window: QWidget, ready_file: Path, quit_after: bool) -> None:
    partial = ready_file.with_name(ready_file.name + ".part")
    partial.write_text(f"shown {window.windowTitle()}\n", encoding="utf-8")
    # A rename is atomic, so a reader polling for the file never sees half a line.
    partial.replace(ready_file)
    if quit_after:
        QCoreApplication.quit()


def report_when_painted(window: QWidget | None) -> None:
    """Arm the probe on ``window`` if FILMDESK_READY_FILE asks for it."""
    ready_file = os.environ.get("FILMDESK_READY_FILE")
    if not ready_file or window is None:
        return
    quit_after = os.environ.get("FILMDESK_QUIT_AFTER_READY") == "1"
    when_first_painted(window, lambda: _report(window, Path(ready_file), quit_after))
    # The window may have painted already (a modal dialog spins the loop); ask for one more.
    window.update()
