# SPDX-License-Identifier: GPL-3.0-or-later
"""Running catalogue work off the GUI thread, with results delivered back on it.

``run(fn, on_done, on_error)`` calls ``fn`` on a pool thread; the callbacks run on the
GUI thread. Workers never touch widgets or pixmaps. Tests swap in ``SyncTaskRunner``.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

# What a callback returns is ignored.
Callback = Callable[[Any], object]
ErrorCallback = Callable[[BaseException], object]


class _Relay(QObject):
    # Signals cross threads through the event loop, so callbacks land on the GUI thread.
    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay

    @Slot()
    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # delivered to the GUI thread, never lost
            log.debug("task failed: %s", "".join(traceback.format_exception(exc)))
            self._relay.failed.emit(exc)
        else:
            self._relay.finished.emit(result)


class TaskRunner(QObject):
    """Reads on a shared pool; writes on a single thread so they never interleave."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reads = QThreadPool(self)
        self._reads.setMaxThreadCount(2)
        self._writes = QThreadPool(self)
        self._writes.setMaxThreadCount(1)
        self._relays: set[_Relay] = set()

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callback | None = None,
        on_error: ErrorCallback | None = None,
        *,
        write: bool = False,
    ) -> None:
        relay = _Relay()
        self._relays.add(relay)

        def done(result: Any) -> None:
            self._relays.discard(relay)
            if on_done:
                on_done(result)

        def failed(exc: BaseException) -> None:
            self._relays.discard(relay)
            if on_error:
                on_error(exc)
            else:
                log.error("background task failed", exc_info=exc)

        relay.finished.connect(done)
        relay.failed.connect(failed)
        (self._writes if write else self._reads).start(_Job(fn, relay))

    def wait(self, msecs: int = 10_000) -> None:
        self._reads.waitForDone(msecs)
        self._writes.waitForDone(msecs)


class SyncTaskRunner(TaskRunner):
    """Runs every task at once on the calling thread (tests, scripts)."""

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callback | None = None,
        on_error: ErrorCallback | None = None,
        *,
        write: bool = False,
    ) -> None:
        try:
            result = fn()
        except Exception as exc:
            if on_error is None:
                raise
            on_error(exc)
        else:
            if on_done:
                on_done(result)
