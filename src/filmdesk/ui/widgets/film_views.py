# SPDX-License-Identifier: GPL-3.0-or-later
"""The two views of the film model: a table and a poster grid, both lazy to the core."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QElapsedTimer,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPalette,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from filmdesk.catalogue.dto import FilmRow
from filmdesk.ui.models.columns import stars_text
from filmdesk.ui.models.film_table_model import LIST_POSTER
from filmdesk.ui.models.roles import FilmRole
from filmdesk.ui.placeholder_posters import placeholder_poster
from filmdesk.ui.widgets.star_rating import paint_stars

TYPE_AHEAD_MS = 900  # letters typed within this time build one prefix


class _TypeAhead:
    """Typing letters in a list jumps to the first title starting with them."""

    def __init__(self) -> None:
        self._prefix = ""
        self._clock = QElapsedTimer()

    def feed(self, text: str) -> str:
        if not self._clock.isValid() or self._clock.elapsed() > TYPE_AHEAD_MS:
            self._prefix = ""
        self._clock.restart()
        self._prefix += text
        return self._prefix


class FilmTableView(QTableView):
    activated_film = Signal(int)
    type_ahead = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filmTable")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setSortingEnabled(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        vertical = self.verticalHeader()
        vertical.hide()
        # Fixed row heights keep 100,000 rows cheap: no per-row size hints are asked for.
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(max(30, QFontMetrics(self.font()).height() + 12))
        header = self.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSortIndicatorShown(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setIconSize(LIST_POSTER)
        self._type_ahead = _TypeAhead()
        self.doubleClicked.connect(self._on_double_click)

    def _on_double_click(self, index: QModelIndex) -> None:
        film_id = index.data(FilmRole.FILM_ID)
        if film_id is not None:
            self.activated_film.emit(film_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_film.emit(self.currentIndex().data(FilmRole.FILM_ID))
            return
        super().keyPressEvent(event)

    def moveCursor(
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        # A row is one film, so Home/End go to the first/last film (QTableView would go to
        # the first/last column of the same row) and keep the column, which the grid shares.
        if action not in (
            QAbstractItemView.CursorAction.MoveHome,
            QAbstractItemView.CursorAction.MoveEnd,
        ):
            return super().moveCursor(action, modifiers)
        target = super().moveCursor(action, modifiers | Qt.KeyboardModifier.ControlModifier)
        current = self.currentIndex()
        if target.isValid() and current.isValid():
            return target.siblingAtColumn(current.column())
        return target

    def keyboardSearch(self, search: str) -> None:
        # Qt's own keyboardSearch walks every row through the model; ask SQL instead.
        if search.strip() or search == " ":
            self.type_ahead.emit(self._type_ahead.feed(search))


class RatingDelegate(QStyledItemDelegate):
    """My rating as five drawn stars: text stars of different widths never line up."""

    STAR = 14  # px per star

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        row: FilmRow | None = index.data(FilmRole.ROW)
        # The row's background and selection as every other cell has them, without text.
        style_option = QStyleOptionViewItem(option)
        self.initStyleOption(style_option, index)
        style_option.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, style_option, painter, widget)
        if row is None or row.rating is None:
            return
        rect = option.rect
        palette: QPalette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        empty = QColor(palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Mid
        ))
        if selected:
            empty.setAlpha(110)
        top = rect.y() + (rect.height() - self.STAR) / 2 + 1
        paint_stars(painter, rect.x() + 4, top, self.STAR, row.rating, empty)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(5 * self.STAR + 10, self.STAR + 4)


class PosterDelegate(QStyledItemDelegate):
    """Draws a grid cell: poster (or a typographic stand-in), title, year and stars."""

    CELL = QSize(150, 262)
    POSTER = QSize(130, 195)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._placeholders: dict[tuple[int, str, int | None], QPixmap] = {}
        self.narrowest = self.CELL.width()  # cells widen from here to fill a row

    def set_scale(self, scale: float) -> None:
        base_cell, base_poster = PosterDelegate.CELL, PosterDelegate.POSTER
        self.POSTER = QSize(int(base_poster.width() * scale), int(base_poster.height() * scale))
        self.CELL = QSize(max(120, int(base_cell.width() * scale)),
                          self.POSTER.height() + base_cell.height() - base_poster.height())
        self.narrowest = self.CELL.width()
        self._placeholders.clear()

    def set_cell_width(self, width: int) -> bool:
        """Widen cells (never below the poster size's own width); True if it changed."""
        width = max(width, self.narrowest)
        if width == self.CELL.width():
            return False
        self.CELL = QSize(width, self.CELL.height())
        return True

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return self.CELL

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        row: FilmRow | None = index.data(FilmRole.ROW)
        if row is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        rect = option.rect
        palette: QPalette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            highlight = QColor(palette.color(QPalette.ColorRole.Highlight))
            highlight.setAlpha(70)
            painter.fillRect(rect.adjusted(2, 2, -2, -2), highlight)
        poster_rect = QRect(
            rect.x() + (rect.width() - self.POSTER.width()) // 2, rect.y() + 8,
            self.POSTER.width(), self.POSTER.height(),
        )
        pixmap: QPixmap | None = index.data(FilmRole.THUMBNAIL)
        if pixmap is None:
            pixmap = self._placeholder(row, palette, painter.device().devicePixelRatioF())
        scaled = pixmap.size().scaled(
            poster_rect.size() * pixmap.devicePixelRatio(), Qt.AspectRatioMode.KeepAspectRatio
        ) / pixmap.devicePixelRatio()
        target = QRect(
            poster_rect.x() + (poster_rect.width() - scaled.width()) // 2,
            poster_rect.y() + (poster_rect.height() - scaled.height()),
            scaled.width(), scaled.height(),
        )
        painter.drawPixmap(target, pixmap)
        text_rect = QRect(rect.x() + 6, poster_rect.bottom() + 6, rect.width() - 12, 36)
        font = QFont(option.font)
        font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(font)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        metrics = QFontMetrics(font)
        title = metrics.elidedText(
            row.title, Qt.TextElideMode.ElideRight, text_rect.width() * 2 - 20
        )
        # The year sits right under the title, one line or two.
        title_rect = painter.drawText(
            text_rect, Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap, title
        )
        small = QFont(option.font)
        small.setPointSizeF(small.pointSizeF() * 0.9)
        painter.setFont(small)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        detail = " · ".join(
            p for p in (str(row.year or ""), stars_text(row.rating).rstrip("☆")) if p
        )
        painter.drawText(
            QRect(rect.x() + 4, min(title_rect.bottom(), text_rect.bottom()) + 2,
                  rect.width() - 8, 18),
            Qt.AlignmentFlag.AlignHCenter, detail,
        )
        painter.restore()

    def _placeholder(self, row: FilmRow, palette: QPalette, ratio: float) -> QPixmap:
        key = (row.id, row.title, row.year)  # a renamed film gets its new stand-in
        cached = self._placeholders.get(key)
        if cached is None:
            if len(self._placeholders) > 400:
                self._placeholders.clear()
            cached = placeholder_poster(row.title, row.year, self.POSTER, ratio, palette)
            self._placeholders[key] = cached
        return cached


class PosterGridView(QListView):
    activated_film = Signal(int)
    type_ahead = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("posterGrid")
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)  # essential at 100k items: one size, no per-item hints
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # Whole rows, as the table selects: the shared selection model then reports the
        # same films (selectedRows) whichever view they were picked in.
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSpacing(6)
        self.setItemDelegate(PosterDelegate(self))
        self._type_ahead = _TypeAhead()
        self.doubleClicked.connect(
            lambda index: self.activated_film.emit(index.data(FilmRole.FILM_ID))
        )

    def set_poster_size(self, size: str) -> None:
        """Small, medium or large posters in the grid (a preference)."""
        scale = {"small": 0.75, "medium": 1.0, "large": 1.3}.get(size, 1.0)
        delegate = self.itemDelegate()
        assert isinstance(delegate, PosterDelegate)
        delegate.set_scale(scale)
        self._fill_rows()
        self.scheduleDelayedItemsLayout()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fill_rows():
            self.scheduleDelayedItemsLayout()

    def _fill_rows(self) -> bool:
        """Share each row's width out between its posters, rather than leave a gap at the end."""
        delegate = self.itemDelegate()
        assert isinstance(delegate, PosterDelegate)
        spacing = self.spacing()
        # The width QListView wraps rows at: it always sets the scroll bar's width aside
        # (so the bar coming and going cannot change the column count), and a row may
        # reach the last pixel before that edge, after a spacing on each side.
        scroll_bar = self.style().pixelMetric(
            QStyle.PixelMetric.PM_ScrollBarExtent, None, self.verticalScrollBar()
        )
        available = self.maximumViewportSize().width() - scroll_bar - spacing - 1
        columns = max(1, available // (delegate.narrowest + spacing))
        return delegate.set_cell_width(available // columns - spacing)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        # The title column, where the browser selects and scrolls to films. QListView
        # checks the column against the model, so it can only be set once there is one.
        self.setModelColumn(1)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_film.emit(self.currentIndex().data(FilmRole.FILM_ID))
            return
        super().keyPressEvent(event)

    def keyboardSearch(self, search: str) -> None:
        if search.strip():
            self.type_ahead.emit(self._type_ahead.feed(search))
