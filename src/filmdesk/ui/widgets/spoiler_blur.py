# SPDX-License-Identifier: GPL-3.0-or-later
"""A spoiler section: the real text under a blur, with a "click to reveal" veil on top.

The blur is a QGraphicsBlurEffect on the section itself, so the text keeps its shape
(paragraph lengths, line breaks) and reads as "there is something here" without being
legible. Clicking anywhere on the veil reveals just this section.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPropertyAnimation, Qt, Signal
from PySide6.QtGui import QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QGraphicsBlurEffect,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

BLUR_RADIUS = 14.0


class SpoilerVeil(QLabel):
    """The overlay badge that sits over a blurred section."""

    clicked = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("spoilerVeil")
        self.setText(self.tr("Spoiler — click to reveal"))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(self.tr("Reveal this section for this film only"))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()


class SpoilerSection(QWidget):
    """Wraps ``content``; ``set_hidden(True)`` blurs it and shows the veil."""

    revealed = Signal(str)  # the section key

    def __init__(self, key: str, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.content = content
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(content)
        self._veil = SpoilerVeil(self)
        self._veil.clicked.connect(self.reveal)
        self._veil.hide()
        self._blur: QGraphicsBlurEffect | None = None
        self._animation: QPropertyAnimation | None = None
        self._hidden = False
        content.installEventFilter(self)

    def is_hidden(self) -> bool:
        return self._hidden

    def set_hidden(self, hidden: bool, *, animate: bool = False) -> None:
        self._hidden = hidden
        if hidden:
            blur = QGraphicsBlurEffect(self.content)
            blur.setBlurRadius(BLUR_RADIUS)
            blur.setBlurHints(QGraphicsBlurEffect.BlurHint.QualityHint)
            self.content.setGraphicsEffect(blur)  # the widget takes ownership
            self._blur = blur
            # A hidden spoiler cannot be selected or its links followed by accident.
            self.content.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
            self._veil.show()
            self._veil.raise_()
            # A one-line spoiler still leaves room for the whole veil.
            self.setMinimumHeight(self._veil.sizeHint().height() + 14)
            self._place_veil()
        else:
            self._veil.hide()
            self.setMinimumHeight(0)
            self.content.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, False)
            if self._blur is not None and animate:
                # Unblur smoothly; the effect is dropped when the animation ends.
                self._animation = QPropertyAnimation(self._blur, b"blurRadius", self)
                self._animation.setDuration(220)
                self._animation.setStartValue(BLUR_RADIUS)
                self._animation.setEndValue(0.0)
                self._animation.finished.connect(self._drop_effect)
                self._animation.start()
            else:
                self._drop_effect()

    def blur_effect(self) -> QGraphicsBlurEffect | None:
        return self._blur if self._hidden else None

    def reveal(self) -> None:
        self.set_hidden(False, animate=True)
        self.revealed.emit(self.key)

    def _drop_effect(self) -> None:
        if not self._hidden:
            self.content.setGraphicsEffect(None)  # type: ignore[arg-type]  # None removes it
            self._blur = None

    def _place_veil(self) -> None:
        hint = self._veil.sizeHint()
        width = min(self.width() - 8, hint.width() + 28)
        height = hint.height() + 10
        # Short sections get the veil centred; tall ones near the top, where eyes land.
        top = (self.height() - height) // 2 if self.height() < 120 else 24
        self._veil.setGeometry((self.width() - width) // 2, max(0, top), width, height)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.content and event.type() == QEvent.Type.Resize and self._hidden:
            self._place_veil()
        return False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._hidden:
            self._place_veil()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        # The whole blurred area is a click target, not only the badge.
        if self._hidden and event.button() == Qt.MouseButton.LeftButton:
            self.reveal()
        else:
            super().mouseReleaseEvent(event)
