# SPDX-License-Identifier: GPL-3.0-or-later
"""Preferences: spoilers, looks, the catalogue's location and backups. Applied on OK."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from filmdesk.ui.settings import ColorScheme, Density, PosterSize, Settings, SpoilerMode

LANGUAGES = (("", "System default"), ("en", "English"), ("de", "Deutsch"))


class PreferencesDialog(QDialog):
    def __init__(
        self, settings: Settings, default_catalogue: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self._settings = settings
        self._default_catalogue = default_catalogue
        form = QFormLayout()

        self.spoilers = QComboBox()
        for mode, text in (
            (SpoilerMode.UNWATCHED, self.tr("Hide for films I haven't watched")),
            (SpoilerMode.ALWAYS, self.tr("Always hide")),
            (SpoilerMode.NEVER, self.tr("Never hide")),
        ):
            self.spoilers.addItem(text, mode.value)
        self.scheme = QComboBox()
        for scheme, text in (
            (ColorScheme.SYSTEM, self.tr("Follow the system")),
            (ColorScheme.LIGHT, self.tr("Light")),
            (ColorScheme.DARK, self.tr("Dark")),
        ):
            self.scheme.addItem(text, scheme.value)
        self.density = QComboBox()
        self.density.addItem(self.tr("Comfortable"), Density.COMFORTABLE.value)
        self.density.addItem(self.tr("Compact"), Density.COMPACT.value)
        self.poster_size = QComboBox()
        for size, text in (
            (PosterSize.SMALL, self.tr("Small")),
            (PosterSize.MEDIUM, self.tr("Medium")),
            (PosterSize.LARGE, self.tr("Large")),
        ):
            self.poster_size.addItem(text, size.value)
        self.language = QComboBox()
        for code, text in LANGUAGES:
            self.language.addItem(self.tr(text) if not code else text, code)
        self.catalogue = QLineEdit()
        self.catalogue.setPlaceholderText(str(default_catalogue))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose_catalogue)
        location = QWidget()
        row = QHBoxLayout(location)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.catalogue, 1)
        row.addWidget(browse)
        self.backups = QSpinBox()
        self.backups.setRange(0, 365)
        self.backups.setSpecialValueText(self.tr("No automatic backups"))
        self.backups.setSuffix(self.tr(" daily backups kept"))

        form.addRow(self.tr("Spoilers"), self.spoilers)
        form.addRow(self.tr("Colour scheme"), self.scheme)
        form.addRow(self.tr("List density"), self.density)
        form.addRow(self.tr("Poster size"), self.poster_size)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Catalogue file"), location)
        form.addRow(self.tr("Backups"), self.backups)
        note = QLabel(self.tr("A new language or catalogue file takes effect at the next start."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self._load()

    def _load(self) -> None:
        s = self._settings
        for combo, key in self._combos():
            combo.setCurrentIndex(max(0, combo.findData(str(s.get(key)))))
        self.catalogue.setText(s.get("catalogue/path"))
        self.backups.setValue(s.get("backups/keep"))

    def _combos(self) -> list[tuple[QComboBox, str]]:
        return [
            (self.spoilers, "spoilers/mode"),
            (self.scheme, "appearance/color_scheme"),
            (self.density, "appearance/density"),
            (self.poster_size, "appearance/poster_size"),
            (self.language, "appearance/language"),
        ]

    def _choose_catalogue(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Catalogue file"),
            self.catalogue.text() or str(self._default_catalogue),
            self.tr("filmdesk catalogues (*.filmdesk)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if name:
            self.catalogue.setText(name)

    def accept(self) -> None:
        for combo, key in self._combos():
            self._settings.set(key, combo.currentData())
        path = self.catalogue.text().strip()
        self._settings.set("catalogue/path", "" if path == str(self._default_catalogue) else path)
        self._settings.set("backups/keep", self.backups.value())
        self._settings.sync()
        super().accept()
