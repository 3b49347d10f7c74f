# SPDX-License-Identifier: GPL-3.0-or-later
"""The film list model: the ordered ids of a search, and rows fetched a screenful at a time.

The model never holds the catalogue's rows: it keeps the id list from the service's
search and a bounded cache of ``FilmRow``s, filled in pages around whatever the view
asks for. Sorting is delegated to SQL: ``sort()`` only reports the wish.

A search shows its first screen before its whole id list is known: the model then has
``count`` rows but ids only for the first few, and ``complete_ids`` fills in the rest
without a reset, so the selection and the scroll position stay where they are.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QGuiApplication, QImage, QPixmap

from filmdesk.catalogue.dto import FilmRow, SortKey
from filmdesk.ui.models.columns import Column, film_columns
from filmdesk.ui.models.roles import FilmRole
from filmdesk.ui.placeholder_posters import placeholder_poster
from filmdesk.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from filmdesk.catalogue.service import CatalogueService

PAGE = 80  # rows fetched per cache miss: about one screenful and a little more
CACHE_LIMIT = 3000
LIST_POSTER = QSize(20, 30)  # the list's icon size (FilmTableView sets the same)
THUMB_CACHE_LIMIT = 600

_Index = QModelIndex | QPersistentModelIndex


class FilmTableModel(QAbstractTableModel):
    sort_requested = Signal(object, bool)  # SortKey, descending
    # A view asked for a row whose id is not known yet: the rest of the ids are wanted now.
    ids_wanted = Signal()

    def __init__(
        self, service: CatalogueService, tasks: TaskRunner, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._tasks = tasks
        self.columns: list[Column] = film_columns()
        self._ids: list[int] = []
        self._count = 0  # rows shown; more than len(_ids) until the id list is complete
        self._asked_for_ids = False
        self._positions: dict[int, int] | None = None
        self._rows: OrderedDict[int, FilmRow] = OrderedDict()
        self._thumbs: OrderedDict[int, QPixmap | None] = OrderedDict()
        self._stand_ins: dict[tuple[int, str, int | None], QPixmap] = {}
        self._thumb_generation = 0
        self._bold = QFont()
        self._bold.setWeight(QFont.Weight.DemiBold)

    # --- contents ------------------------------------------------------------------------------

    def set_ids(self, ids: list[int], count: int | None = None) -> None:
        """Show a new search result: ids in list order, the first ``len(ids)`` of ``count``."""
        self.beginResetModel()
        self._ids = ids
        self._count = max(len(ids), count if count is not None else 0)
        self._positions = None
        self._asked_for_ids = False
        self.endResetModel()

    def complete_ids(self, ids: list[int]) -> None:
        """The whole id list of the result whose first ids ``set_ids`` showed."""
        known = len(self._ids)
        if len(ids) != self._count or ids[:known] != self._ids:
            self.set_ids(ids)  # the catalogue changed in between: show what is there now
            return
        self._ids = ids
        self._positions = None
        if known < len(ids):
            self.dataChanged.emit(
                self.index(known, 0), self.index(len(ids) - 1, len(self.columns) - 1)
            )

    def add_rows(self, rows: list[FilmRow]) -> None:
        """Rows read elsewhere (the start-up's first screen), so the view need not ask."""
        for film_row in rows:
            self._rows[film_row.id] = film_row

    @property
    def ids(self) -> list[int]:
        return self._ids

    @property
    def is_complete(self) -> bool:
        return len(self._ids) >= self._count

    def film_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, film_id: int) -> int | None:
        """The row showing ``film_id``, or None; the id→row map is built once per result."""
        if self._positions is None:
            self._positions = {film_id: row for row, film_id in enumerate(self._ids)}
        return self._positions.get(film_id)

    def film_row(self, row: int) -> FilmRow | None:
        film_id = self.film_id(row)
        if film_id is None:
            return None
        cached = self._rows.get(film_id)
        if cached is None:
            self._fetch_around(row)
            cached = self._rows.get(film_id)
        return cached

    def invalidate(self, film_ids: list[int] | None = None) -> None:
        """Forget cached rows (all, or some films) after a write, and repaint."""
        if film_ids is None:
            self._rows.clear()
            self._thumbs.clear()
        else:
            for film_id in film_ids:
                self._rows.pop(film_id, None)
                self._thumbs.pop(film_id, None)
        if self._count:
            self.dataChanged.emit(
                self.index(0, 0), self.index(self._count - 1, len(self.columns) - 1)
            )

    def _fetch_around(self, row: int) -> None:
        # Fetch the page that holds `row`; the query is a few milliseconds for 80 rows.
        start = (row // PAGE) * PAGE
        wanted = [i for i in self._ids[start : start + PAGE] if i not in self._rows]
        for film_row in self._service.rows(wanted):
            self._rows[film_row.id] = film_row
        while len(self._rows) > CACHE_LIMIT:
            self._rows.popitem(last=False)

    # --- thumbnails ----------------------------------------------------------------------------

    def thumbnail(self, row: int) -> QPixmap | None:
        film_row = self.film_row(row)
        if film_row is None or not film_row.has_poster:
            return None
        if film_row.id in self._thumbs:
            self._thumbs.move_to_end(film_row.id)
            return self._thumbs[film_row.id]
        self._request_thumbnails(row)
        return None

    def _stand_in(self, film_row: FilmRow) -> QPixmap:
        """The list row's stand-in poster: the grid's colours, one letter."""
        # Keyed by what it shows: a renamed film gets its new letter and colour.
        key = (film_row.id, film_row.title, film_row.year)
        pixmap = self._stand_ins.get(key)
        if pixmap is None:
            if len(self._stand_ins) > 400:  # a few screens' worth, like the grid keeps
                self._stand_ins.clear()
            screen = QGuiApplication.primaryScreen()
            ratio = screen.devicePixelRatio() if screen is not None else 1.0
            pixmap = placeholder_poster(
                film_row.title, film_row.year, LIST_POSTER, ratio, QGuiApplication.palette()
            )
            self._stand_ins[key] = pixmap
        return pixmap

    def _request_thumbnails(self, row: int) -> None:
        start = (row // PAGE) * PAGE
        wanted = []
        for film_id in self._ids[start : start + PAGE]:
            cached = self._rows.get(film_id)
            if cached is not None and cached.has_poster and film_id not in self._thumbs:
                self._thumbs[film_id] = None  # loading; asked for once
                wanted.append(film_id)
        if not wanted:
            return
        generation = self._thumb_generation
        service = self._service

        def load() -> dict[int, QImage]:
            # QImage is safe off the GUI thread; QPixmap is made on it, below.
            return {i: QImage.fromData(data) for i, data in service.thumbnails(wanted).items()}

        self._tasks.run(load, lambda images: self._thumbnails_loaded(generation, images))

    def _thumbnails_loaded(self, generation: int, images: dict[int, QImage]) -> None:
        if generation != self._thumb_generation:
            return
        for film_id, image in images.items():
            self._thumbs[film_id] = QPixmap.fromImage(image) if not image.isNull() else None
            row = self.row_of(film_id)
            if row is not None:
                index = self.index(row, 0)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])
        while len(self._thumbs) > THUMB_CACHE_LIMIT:
            self._thumbs.popitem(last=False)

    # --- Qt model interface --------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._ids):
            if index.isValid() and index.row() < self._count and not self._asked_for_ids:
                self._asked_for_ids = True
                self.ids_wanted.emit()  # queued by the browser: never reset while painting
            return None  # beyond the rows shown, or an id still on its way
        column = self.columns[index.column()]
        if role == FilmRole.FILM_ID:
            return self._ids[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.alignment
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.DecorationRole,
            Qt.ItemDataRole.FontRole,
            FilmRole.ROW,
            FilmRole.THUMBNAIL,
        ):
            return None
        film_row = self.film_row(index.row())
        if film_row is None:
            return None
        if role == FilmRole.ROW:
            return film_row
        if role == FilmRole.THUMBNAIL:
            return self.thumbnail(index.row())
        if role == Qt.ItemDataRole.DecorationRole:
            if column.key != "poster":
                return None
            if not film_row.has_poster:
                return self._stand_in(film_row)
            return self.thumbnail(index.row())
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if column.key == "title" else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column.key == "title":
                return film_row.title + (f" ({film_row.year})" if film_row.year else "")
            if column.key == "rating" and film_row.rating is not None:
                return self.tr("%n star(s)", "", 0).replace("0", f"{film_row.rating:g}")
            return None
        return column.text(film_row)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.columns[section].alignment
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # The search runs again in SQL with the new order; nothing is sorted here.
        if 0 <= column < len(self.columns) and self.columns[column].sort_key is not None:
            self.sort_requested.emit(
                self.columns[column].sort_key, order == Qt.SortOrder.DescendingOrder
            )

    def column_for(self, sort_key: SortKey) -> int:
        for position, column in enumerate(self.columns):
            if column.sort_key == sort_key:
                return position
        return 1
