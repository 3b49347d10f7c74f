# SPDX-License-Identifier: GPL-3.0-or-later
"""File → Connect to Shared Catalogue…: a PostgreSQL server that several people use.

The password is only held in memory for the connection: it is never written to the
settings or the log. Leaving it empty lets libpq use ~/.pgpass (or $PGPASSFILE).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from filmdesk.ui.settings import Settings

if TYPE_CHECKING:
    from sqlalchemy.engine import URL


class ConnectDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectDialog")
        self.setWindowTitle(self.tr("Connect to Shared Catalogue"))
        self._settings = settings
        self.host = QLineEdit(settings.get("shared/host") or "localhost")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(int(settings.get("shared/port") or 5432))
        self.database = QLineEdit(settings.get("shared/database") or "films")
        self.user = QLineEdit(settings.get("shared/user"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("empty: use ~/.pgpass"))
        form = QFormLayout()
        form.addRow(self.tr("Server"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Database"), self.database)
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("Password"), self.password)
        note = QLabel(
            self.tr(
                "filmdesk never stores the password. Everyone connected sees each other's "
                "changes within a few seconds."
            )
        )
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Connect"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for edit in (self.host, self.database, self.user):
            edit.textChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self._update_ok()

    def _update_ok(self) -> None:
        ready = all(e.text().strip() for e in (self.host, self.database, self.user))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def url(self) -> URL:
        """The connection URL (with the password, for this connection only)."""
        from sqlalchemy.engine import URL  # loaded when someone connects, not at start-up

        return URL.create(
            "postgresql+psycopg",
            username=self.user.text().strip(),
            password=self.password.text() or None,
            host=self.host.text().strip(),
            port=self.port.value(),
            database=self.database.text().strip(),
        )

    def accept(self) -> None:
        # Everything but the password is remembered for next time.
        self._settings.set("shared/host", self.host.text().strip())
        self._settings.set("shared/port", self.port.value())
        self._settings.set("shared/database", self.database.text().strip())
        self._settings.set("shared/user", self.user.text().strip())
        super().accept()
