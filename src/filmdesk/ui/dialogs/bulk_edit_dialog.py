# SPDX-License-Identifier: GPL-3.0-or-later
"""Bulk edit: change a few fields on many films at once; only ticked fields are written."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import cast

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from filmdesk.catalogue.dto import FilmRecord
from filmdesk.catalogue.service import CatalogueService
from filmdesk.ui.widgets.name_list_edit import NameListEdit
from filmdesk.ui.widgets.star_rating import StarRating


def _without(values: tuple[str, ...], removed: tuple[str, ...]) -> tuple[str, ...]:
    gone = {v.casefold() for v in removed}
    return tuple(v for v in values if v.casefold() not in gone)


def _with(values: tuple[str, ...], added: tuple[str, ...]) -> tuple[str, ...]:
    have = {v.casefold() for v in values}
    return values + tuple(v for v in added if v.casefold() not in have)


class BulkEditDialog(QDialog):
    def __init__(
        self, service: CatalogueService, films: Sequence[FilmRecord], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("bulkEditDialog")
        self.setWindowTitle(self.tr("Edit %1 Films").replace("%1", str(len(films))))
        self._films = list(films)
        grid = QGridLayout()

        def lookup(kind: str):  # type: ignore[no-untyped-def]
            return lambda prefix: service.completions(kind, prefix, limit=30)

        self.add_tags_check = QCheckBox(self.tr("Add tags"))
        self.add_tags = NameListEdit(lookup("tags"))
        self.remove_tags_check = QCheckBox(self.tr("Remove tags"))
        self.remove_tags = NameListEdit(lookup("tags"))
        self.add_genres_check = QCheckBox(self.tr("Add genres"))
        self.add_genres = NameListEdit(lookup("genres"))
        self.remove_genres_check = QCheckBox(self.tr("Remove genres"))
        self.remove_genres = NameListEdit(lookup("genres"))
        self.watched_check = QCheckBox(self.tr("Set watched"))
        self.watched_combo = QComboBox()
        self.watched_combo.addItems([self.tr("Watched"), self.tr("Not watched")])
        self.rating_check = QCheckBox(self.tr("Set my rating"))
        self.rating = StarRating()
        self.language_check = QCheckBox(self.tr("Set languages"))
        self.languages = NameListEdit(lookup("languages"))
        rows = (
            (self.add_tags_check, self.add_tags),
            (self.remove_tags_check, self.remove_tags),
            (self.add_genres_check, self.add_genres),
            (self.remove_genres_check, self.remove_genres),
            (self.watched_check, self.watched_combo),
            (self.rating_check, self.rating),
            (self.language_check, self.languages),
        )
        for row, (check, field) in enumerate(rows):
            grid.addWidget(check, row, 0)
            grid.addWidget(field, row, 1)
            check.toggled.connect(self._update_preview)
            signal = (
                getattr(field, "textChanged", None)
                or getattr(field, "rating_changed", None)
                or cast(QComboBox, field).currentIndexChanged  # the one left: the combo
            )
            signal.connect(self._update_preview)
            # Typing into a field ticks it: the person clearly means to change it.
            if hasattr(field, "textEdited"):
                field.textEdited.connect(lambda _t, c=check: c.setChecked(True))
        self.rating.rating_changed.connect(lambda _r: self.rating_check.setChecked(True))
        self.watched_combo.activated.connect(lambda _i: self.watched_check.setChecked(True))
        self.preview = QLabel()
        self.preview.setObjectName("bulkPreview")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        grid.setColumnStretch(1, 1)
        self.setMinimumWidth(520)  # room for a few names and the fields' hints
        layout.addWidget(self.preview)
        layout.addWidget(self.buttons)
        self._update_preview()

    def edited(self) -> list[tuple[FilmRecord, FilmRecord]]:
        """(before, after) for every film that the ticked fields actually change."""
        pairs = []
        for film in self._films:
            after = film
            if self.add_tags_check.isChecked():
                after = replace(after, tags=_with(after.tags, self.add_tags.values()))
            if self.remove_tags_check.isChecked():
                after = replace(after, tags=_without(after.tags, self.remove_tags.values()))
            if self.add_genres_check.isChecked():
                after = replace(after, genres=_with(after.genres, self.add_genres.values()))
            if self.remove_genres_check.isChecked():
                after = replace(after, genres=_without(after.genres, self.remove_genres.values()))
            if self.watched_check.isChecked():
                after = replace(after, watched=self.watched_combo.currentIndex() == 0)
            if self.rating_check.isChecked():
                after = replace(after, rating=self.rating.rating())
            # Setting no languages at all would wipe every film's: an empty field sets nothing.
            if self.language_check.isChecked() and self.languages.values():
                after = replace(after, languages=self.languages.values())
            if after != film:
                pairs.append((film, after))
        return pairs

    def _update_preview(self) -> None:
        changing = len(self.edited())
        text = (
            self.tr("%1 of %2 selected films will change.")
            .replace("%1", str(changing))
            .replace("%2", str(len(self._films)))
        )
        if self.language_check.isChecked() and not self.languages.values():
            text += " " + self.tr("Type the languages to set.")
        self.preview.setText(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Apply).setEnabled(changing > 0)
