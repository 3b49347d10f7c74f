# SPDX-License-Identifier: GPL-3.0-or-later
"""A one-line editor for a list of names ("Drama; Romance") completing the name being typed."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

SEPARATOR = "; "


class NameListEdit(QLineEdit):
    """Names separated by ";" (or "," where names never hold one); completes the last name."""

    def __init__(
        self,
        lookup: Callable[[str], list[str]] | None = None,
        parent: QWidget | None = None,
        *,
        split_commas: bool = True,
    ) -> None:
        super().__init__(parent)
        self._lookup = lookup
        # Places ("Las Vegas, Nevada") and studios contain commas; genres and tags don't.
        self._split_commas = split_commas
        # What set_values() showed, so an untouched field gives back exactly those names:
        # a single "Korea, Republic of" would otherwise come back as two countries.
        self._shown: tuple[str, tuple[str, ...]] = ("", ())
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setWidget(self)
        completer.activated.connect(self._insert_completion)
        self._completer = completer
        self.textEdited.connect(self._update_completions)
        self.setPlaceholderText(self.tr("Separate names with ;"))

    def values(self) -> tuple[str, ...]:
        text = self.text()
        if text == self._shown[0]:
            return self._shown[1]
        if self._split_commas and ";" not in text:
            text = text.replace(",", ";")
        seen: list[str] = []
        for part in text.split(";"):
            name = " ".join(part.split())
            if name and name.casefold() not in (s.casefold() for s in seen):
                seen.append(name)
        return tuple(seen)

    def set_values(self, values: Sequence[str]) -> None:
        text = SEPARATOR.join(values)
        self._shown = (text, tuple(values))
        self.setText(text)

    def _current_prefix(self) -> str:
        return self.text()[: self.cursorPosition()].split(";")[-1].lstrip()

    def _update_completions(self, _text: str) -> None:
        prefix = self._current_prefix()
        if self._lookup is None or not prefix:
            popup = self._completer.popup()
            assert popup is not None  # a popup-mode completer always has one
            popup.hide()
            return
        self._model.setStringList(self._lookup(prefix))
        self._completer.setCompletionPrefix(prefix)
        if self._model.rowCount():
            self._completer.complete()

    def _insert_completion(self, name: str) -> None:
        before = self.text()[: self.cursorPosition()]
        after = self.text()[self.cursorPosition() :]
        head = before.rsplit(";", 1)[0] + SEPARATOR if ";" in before else ""
        self.setText(head + name + (after if after.strip() else ""))
