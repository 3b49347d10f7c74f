# SPDX-License-Identifier: GPL-3.0-or-later
"""A five-star rating in half steps: click or drag on a star, keys 0–5 and ←/→, Delete clears."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

STAR_SIZE = 24
GOLD = QColor("#e0a100")


def _star_path(rect: QRectF) -> QPainterPath:
    import math

    path = QPainterPath()
    centre = rect.center()
    outer = rect.width() / 2
    inner = outer * 0.45
    for i in range(10):
        angle = math.pi / 2 + i * math.pi / 5
        radius = outer if i % 2 == 0 else inner
        point = QPointF(
            centre.x() + radius * math.cos(angle), centre.y() - radius * math.sin(angle)
        )
        path.moveTo(point) if i == 0 else path.lineTo(point)
    path.closeSubpath()
    return path


def paint_stars(
    painter: QPainter, left: float, top: float, size: float, rating: float | None, empty: QColor
) -> None:
    """Five stars from (left, top), each ``size`` wide, gold up to ``rating`` (half steps)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for i in range(5):
        rect = QRectF(left + i * size, top, size - 2, size - 2)
        path = _star_path(rect)
        painter.fillPath(path, empty)
        fill = max(0.0, min(1.0, (rating or 0) - i))
        if fill > 0:
            painter.save()
            painter.setClipRect(QRectF(rect.x(), rect.y(), rect.width() * fill, rect.height()))
            painter.fillPath(path, GOLD)
            painter.restore()
    painter.restore()


class StarRating(QWidget):
    rating_changed = Signal(object)  # float stars or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rating: float | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setToolTip(self.tr("Click a star (left half for a half star); Delete clears"))
        self.setAccessibleName(self.tr("My rating"))

    def rating(self) -> float | None:
        return self._rating

    def set_rating(self, rating: float | None) -> None:
        if rating is not None:
            rating = max(0.5, min(5.0, round(rating * 2) / 2))
        if rating != self._rating:
            self._rating = rating
            self.update()
            self.rating_changed.emit(rating)

    def sizeHint(self) -> QSize:
        return QSize(STAR_SIZE * 5 + 8, STAR_SIZE + 6)

    def _rating_at(self, x: float) -> float:
        stars = max(0.0, min(5.0, (x - 4) / STAR_SIZE))
        return max(0.5, (int(stars * 2) + 1) / 2)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            picked = self._rating_at(event.position().x())
            # Clicking the current value again clears it, as in most rating widgets.
            self.set_rating(None if picked == self._rating else picked)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if Qt.Key.Key_0 <= key <= Qt.Key.Key_5:
            self.set_rating(None if key == Qt.Key.Key_0 else float(key - Qt.Key.Key_0))
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.set_rating(None)
        elif key == Qt.Key.Key_Right:
            self.set_rating(min(5.0, (self._rating or 0) + 0.5))
        elif key == Qt.Key.Key_Left:
            self.set_rating(None if (self._rating or 0) <= 0.5 else (self._rating or 0) - 0.5)
        else:
            super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        paint_stars(
            painter, 4, 3, STAR_SIZE, self._rating, self.palette().color(QPalette.ColorRole.Mid)
        )
        if self.hasFocus():
            painter.setPen(self.palette().color(QPalette.ColorRole.Highlight))
            painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
