# SPDX-License-Identifier: GPL-3.0-or-later
"""Stand-in posters for films without one, drawn the same in the list, grid and film page."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QLinearGradient, QPainter, QPalette, QPixmap

SMALL_POSTER = 90  # px wide: below this a stand-in poster shows initials, not the title
TINY_POSTER = 40  # px wide: a list row's poster, with room for one letter
# Small words that make poor initials ("The Lost Weekend" is "LW", not "TL").
_MINOR_WORDS = frozenset({"a", "an", "and", "the", "of", "in", "for", "la", "le", "les", "el"})


def placeholder_poster(
    title: str, year: int | None, size: QSize, ratio: float, palette: QPalette
) -> QPixmap:
    """A typographic stand-in poster for films without one: calm colour, big initials."""
    pixmap = QPixmap(size * ratio)
    pixmap.setDevicePixelRatio(ratio)
    hue = (sum(ord(c) for c in title) * 37) % 360
    top = QColor.fromHsl(hue, 70, 70)
    bottom = QColor.fromHsl((hue + 40) % 360, 90, 35)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    gradient = QLinearGradient(0, 0, 0, size.height())
    gradient.setColorAt(0, top)
    gradient.setColorAt(1, bottom)
    painter.fillRect(0, 0, size.width(), size.height(), gradient)
    painter.setPen(QColor(255, 255, 255, 230))
    font = QFont()
    font.setPointSizeF(max(9.0, size.width() / 7.5))
    font.setWeight(QFont.Weight.Bold)
    margin = size.width() // 10
    if size.width() < SMALL_POSTER:
        # A whole title will not fit; two letters still tell films apart, one in a list row.
        title = initials(title)[: 1 if size.width() < TINY_POSTER else 2]
    # Shrink until the longest word fits on a line: "Ballerina" must not be clipped.
    longest = max(title.split() or [title], key=len)
    while font.pointSizeF() > 7 and (
        QFontMetrics(font).horizontalAdvance(longest) > size.width() - 2 * margin
    ):
        font.setPointSizeF(font.pointSizeF() * 0.9)
    painter.setFont(font)
    if size.width() < TINY_POSTER:  # one letter, in the middle of a list row's icon
        painter.drawText(0, 0, size.width(), size.height(), Qt.AlignmentFlag.AlignCenter, title)
    else:
        painter.drawText(
            margin, margin, size.width() - 2 * margin, size.height() - 3 * margin,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom | Qt.TextFlag.TextWordWrap,
            title,
        )
    if year and size.width() >= TINY_POSTER:  # no room under a list row's letter
        font.setPointSizeF(max(7.0, size.width() / 14))
        font.setWeight(QFont.Weight.Normal)
        painter.setFont(font)
        painter.drawText(
            margin, size.height() - 2 * margin, size.width() - 2 * margin, margin * 2,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, str(year),
        )
    painter.end()
    return pixmap


def initials(title: str) -> str:
    """Up to two capitals standing for a title: "The Lost Weekend" -> "LW"."""
    words = [w for w in title.split() if w[:1].isalnum()]
    meaningful = [w for w in words if w.lower() not in _MINOR_WORDS] or words
    return "".join(w[0] for w in meaningful[:2]).upper() or title[:1]

