# SPDX-License-Identifier: GPL-3.0-or-later
"""The search box: emits the query shortly after typing pauses; Esc clears it."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

DEBOUNCE_MS = 40  # coalesces a burst of keys; the search itself runs off the GUI thread


class SearchBar(QLineEdit):
    query_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchBar")
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(
            self.tr(
                "Search films — try  leav veg,  director:figgis,  "
                "year:1990..1999,  -watched:yes"
            )
        )
        self.setToolTip(
            self.tr(
                "Free words match titles, people, characters, tags and synopses as prefixes.\n"
                "Fields: title: director: actor: character: genre: language: country: tag: "
                "plot: year: runtime: rating: watched: added:\n"
                "Quotes for phrases, - to exclude, OR for alternatives, "
                'e.g. "las vegas" OR genre:noir'
            )
        )
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(lambda: self.query_changed.emit(self.text()))
        self.textEdited.connect(lambda _text: self._timer.start())
        # The clear button and setText() don't emit textEdited; react to them at once.
        self.textChanged.connect(self._on_text_changed)

    def _on_text_changed(self, text: str) -> None:
        if not text:
            self._timer.stop()
            self.query_changed.emit("")

    def is_pending(self) -> bool:
        """True while typed text waits for the debounce to send it."""
        return self._timer.isActive()

    def set_error(self, error: bool) -> None:
        self.setProperty("error", error)
        self.style().unpolish(self)
        self.style().polish(self)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        from PySide6.QtCore import Qt

        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)
