# SPDX-License-Identifier: GPL-3.0-or-later
"""The catalogue service while it loads behind a window that is already on screen.

Loading SQLAlchemy and opening the catalogue takes longer than building and painting
the whole window, so at start-up the window shows a first screen read with bare
``sqlite3`` (see ``catalogue.first_screen``) and the service loads on a thread. This
object stands in for it meanwhile: ``path`` and ``location`` are known at once, and
``ready`` (or ``failed``) is emitted on the GUI thread when loading ends. Anything else
asked of it waits for the service, which only happens if someone acts within that
first half second.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from filmdesk.collector import collection_paused

if TYPE_CHECKING:
    from filmdesk.catalogue.service import CatalogueService


class PendingService(QObject):
    ready = Signal()
    failed = Signal(object)  # the exception that stopped the opening

    def __init__(
        self, path: Path, opener: Callable[[], CatalogueService], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.path: Path | None = path
        self.location = str(path)
        self._opener = opener
        self._service: CatalogueService | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._load, name="open-catalogue", daemon=True)
        self._started = False
        self._start_lock = threading.Lock()  # a worker may ask before the GUI thread starts it

    def start(self) -> None:
        with self._start_lock:
            if not self._started:
                self._started = True
                self._thread.start()

    @property
    def is_loaded(self) -> bool:
        return self._service is not None or self._error is not None

    def _load(self) -> None:
        try:
            with collection_paused():  # imports only allocate: a third faster without it
                self._service = self._opener()
        except BaseException as exc:  # handed to the GUI thread, which decides
            self._error = exc
            self.failed.emit(exc)  # queued to the GUI thread: this object lives there
        else:
            self.ready.emit()

    def service(self) -> CatalogueService:
        """The loaded service, waiting for it if need be; raises what stopped it."""
        self.start()
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._service is not None
        return self._service

    def close(self) -> None:
        if self._started:
            with contextlib.suppress(Exception):  # nothing opened, nothing to close
                self.service().close()

    def __getattr__(self, name: str) -> Any:
        # Only reached for what this stand-in lacks: the service's own methods.
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.service(), name)
