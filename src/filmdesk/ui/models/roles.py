# SPDX-License-Identifier: GPL-3.0-or-later
"""Custom item-data roles shared by the film models and their delegates."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Qt


class FilmRole(IntEnum):
    FILM_ID = Qt.ItemDataRole.UserRole + 1
    ROW = Qt.ItemDataRole.UserRole + 2  # the whole FilmRow
    THUMBNAIL = Qt.ItemDataRole.UserRole + 3  # QPixmap or None while loading
