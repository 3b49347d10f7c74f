# SPDX-License-Identifier: GPL-3.0-or-later
"""The left side of the window: search results in a table or a poster grid.

Owns the film model and runs searches off the GUI thread. Each search carries a
generation number; only the newest one's result is shown, so fast typing never
flickers through stale lists. The selection follows the same film across searches.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QSignalBlocker,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from filmdesk.catalogue.dto import SearchResult, SortKey
from filmdesk.errors import QuerySyntaxError
from filmdesk.ui.models.film_table_model import FilmTableModel
from filmdesk.ui.settings import Settings, ViewMode
from filmdesk.ui.tasks import TaskRunner
from filmdesk.ui.widgets.film_views import FilmTableView, PosterGridView, RatingDelegate

if TYPE_CHECKING:
    from filmdesk.catalogue.first_screen import FirstScreen
    from filmdesk.catalogue.service import CatalogueService

log = logging.getLogger(__name__)

# Ids a search fetches before the list is shown: more rows than the tallest window shows.
# The rest of a long result follows from a worker thread.
FIRST_SCREEN = 120
COMPLETE_DELAY_MS = 120


class FilmBrowser(QStackedWidget):
    current_film_changed = Signal(object)  # film id or None
    film_activated = Signal(int)
    result_shown = Signal(int, int)  # matches, catalogue size
    query_failed = Signal(str)
    query_cleared = Signal()  # the browser dropped the query itself (to show a linked film)
    load_sample_requested = Signal()
    import_requested = Signal()
    add_film_requested = Signal()

    def __init__(
        self,
        service: CatalogueService,
        settings: Settings,
        tasks: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._settings = settings
        self._tasks = tasks
        self.model = FilmTableModel(service, tasks, self)
        self.table = FilmTableView()
        self.table.setModel(self.model)
        self.grid = PosterGridView()
        self.grid.setModel(self.model)
        # One selection model for both views: switching views keeps the selection.
        self.grid.setSelectionModel(self.table.selectionModel())
        self.empty = self._empty_state()
        self.addWidget(self.table)
        self.addWidget(self.grid)
        self.addWidget(self.empty)
        for column, spec in enumerate(self.model.columns):
            self.table.setColumnWidth(column, spec.width)
            if spec.key == "rating":
                self.table.setItemDelegateForColumn(column, RatingDelegate(self.table))
        self.query = ""
        self.shown_query = ""  # the query whose result the list shows
        self.sort_key = SortKey(settings.get("view/sort_key"))
        self.descending = bool(settings.get("view/sort_descending"))
        self._generation = 0
        self._fetching = -1  # the generation whose remaining ids a worker is fetching
        self._shown_generation = 0  # the search whose result the list shows
        self._current: int | None = None
        self.result: SearchResult | None = None
        self.table.horizontalHeader().setSortIndicator(
            self.model.column_for(self.sort_key),
            Qt.SortOrder.DescendingOrder if self.descending else Qt.SortOrder.AscendingOrder,
        )
        self.model.sort_requested.connect(self._on_sort_requested)
        self.model.ids_wanted.connect(
            self._fetch_rest_now, Qt.ConnectionType.QueuedConnection
        )
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._keep_sort_indicator)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        for view in (self.table, self.grid):
            view.activated_film.connect(self.film_activated)
            view.type_ahead.connect(self.jump_to_title)
        self.set_view_mode(ViewMode(settings.get("view/mode")))

    def put_genres_last(self) -> None:
        """Show Genres as the last column (the list's first-run layout).

        The last column stretches to the list's edge and is the one a narrow list cuts
        short: better the genres than my rating or the watched mark. Only the visual order
        moves, so a saved header state still maps its widths to the right columns.
        """
        header = self.table.horizontalHeader()
        genres = next(i for i, spec in enumerate(self.model.columns) if spec.key == "genres")
        header.moveSection(header.visualIndex(genres), header.count() - 1)

    def _empty_state(self) -> QWidget:
        """First run (or an emptied catalogue): three ways forward, no dead end."""
        box = QWidget()
        box.setObjectName("emptyState")
        layout = QVBoxLayout(box)
        layout.addStretch(1)
        title = QLabel(self.tr("Welcome to filmdesk"))
        title.setObjectName("emptyTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QLabel(
            self.tr(
                "Your catalogue is empty. Explore fourteen sample films written for filmdesk, "
                "bring your collection over from another program, or start adding your own."
            )
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addSpacing(16)
        for name, label, signal in (
            ("loadSampleButton", self.tr("Open the Sample Catalogue"), self.load_sample_requested),
            ("importButton", self.tr("Import a Collection…"), self.import_requested),
            ("startEmptyButton", self.tr("Add My First Film…"),
             self.add_film_requested),
        ):
            button = QPushButton(label)
            button.setObjectName(name)
            button.setMinimumWidth(280)
            button.clicked.connect(signal)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        hint = QLabel(self.tr("You can also drop a collection file onto this window."))
        hint.setObjectName("mutedText")
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(hint)
        layout.addStretch(2)
        return box

    # --- views -----------------------------------------------------------------------------------

    def set_view_mode(self, mode: ViewMode) -> None:
        self._settings.set("view/mode", mode)
        self._show_current_view()

    def view_mode(self) -> ViewMode:
        return ViewMode(self._settings.get("view/mode"))

    def active_view(self) -> QAbstractItemView:
        return self.grid if self.view_mode() == ViewMode.GRID else self.table

    def _show_current_view(self) -> None:
        if self.result is not None and self.result.catalogue_size == 0:
            self.setCurrentWidget(self.empty)
        else:
            self.setCurrentWidget(self.active_view())

    # --- searching -------------------------------------------------------------------------------

    def search_now(self, query: str | None = None) -> None:
        """Search on the calling thread (start-up, tests): the first screen needs no wait."""
        if query is not None:
            self.query = query
        self._generation += 1
        try:
            result = self._service.search(
                self.query, self.sort_key, descending=self.descending, limit=FIRST_SCREEN
            )
        except QuerySyntaxError as exc:
            self.query = self.shown_query
            self.query_failed.emit(str(exc))
            return
        self._show_result(self._generation, result, self.query)

    @Slot(str)
    def search(self, query: str) -> None:
        """Search off the GUI thread; only the newest query's result is shown."""
        self.query = query
        self._generation += 1
        generation = self._generation
        service, sort_key, descending = self._service, self.sort_key, self.descending
        self._tasks.run(
            lambda: service.search(query, sort_key, descending=descending, limit=FIRST_SCREEN),
            lambda result: self._show_result(generation, result, query),
            lambda exc: self._search_failed(generation, exc),
        )

    def show_first_screen(self, screen: FirstScreen) -> None:
        """Show the unfiltered list read before the service was loaded; selects nothing.

        Selecting would ask the service for the film's page: the window does that once
        the service is ready (``select_first``).
        """
        self.query = self.shown_query = ""
        self._generation += 1
        generation = self._shown_generation = self._generation
        self.result = screen.result
        self.model.set_ids(screen.result.ids, screen.result.count)
        self.model.add_rows(screen.rows)
        self._show_current_view()
        self.result_shown.emit(screen.result.count, screen.result.catalogue_size)
        if not screen.result.complete:
            QTimer.singleShot(COMPLETE_DELAY_MS, lambda: self._fetch_rest(generation, ""))

    def select_first(self) -> None:
        if self.model.film_id(0) is not None:
            self._select_row(0, scroll=True)

    def refresh(self) -> None:
        """Run the current search again after the catalogue changed."""
        self.model.invalidate()
        self.search_now()

    def complete_now(self) -> None:
        """Fetch the rest of the shown result's ids at once (to find a film's row in it)."""
        if not self.model.is_complete:
            result = self._service.search(
                self.shown_query, self.sort_key, descending=self.descending
            )
            self._complete_result(self._generation, result)

    def _search_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        # The last good result stays in the list (and is what a refresh repeats).
        self.query = self.shown_query
        if isinstance(exc, QuerySyntaxError):
            self.query_failed.emit(str(exc))
        else:
            log.error("search failed", exc_info=exc)
            self.query_failed.emit(self.tr("The search failed: %1").replace("%1", str(exc)))

    def _show_result(self, generation: int, result: SearchResult, query: str = "") -> None:
        if generation != self._generation:
            return  # a newer search is on its way
        self.shown_query = query
        self._shown_generation = generation
        keep = self._current
        self.result = result
        self.model.set_ids(result.ids, result.count)
        self._show_current_view()
        self.result_shown.emit(result.count, result.catalogue_size)
        if not result.complete:
            # While someone types, each keystroke's result is soon replaced: fetch the
            # rest only once the list has stood still for a moment.
            QTimer.singleShot(COMPLETE_DELAY_MS, lambda: self._fetch_rest(generation, query))
        self._restore_current(keep, final=result.complete)

    @Slot()
    def _fetch_rest_now(self) -> None:
        """Someone scrolled past the first screen before the rest of the ids came."""
        if self._shown_generation == self._generation:  # else a newer result is coming
            self._fetch_rest(self._generation, self.shown_query)

    def _fetch_rest(self, generation: int, query: str) -> None:
        if generation != self._generation or self.model.is_complete:
            return
        if self._fetching == generation:
            return  # asked for already (the timer and a scroll may both ask)
        self._fetching = generation
        # From a worker: SQLite gives up the GIL while it works, so the first screen
        # stays on show and usable meanwhile.
        service, sort_key, descending = self._service, self.sort_key, self.descending
        self._tasks.run(
            lambda: service.search(query, sort_key, descending=descending),
            lambda whole: self._complete_result(generation, whole),
            lambda exc: self._search_failed(generation, exc),
        )

    def _complete_result(self, generation: int, result: SearchResult) -> None:
        if generation != self._generation or self.model.is_complete:
            return
        counted = self.result.count if self.result is not None else None
        self.result = result
        keep = self._current
        self.model.complete_ids(result.ids)
        if result.count != counted:  # the catalogue changed between the two reads
            self.result_shown.emit(result.count, result.catalogue_size)
        current = self.table.selectionModel().currentIndex()
        if not current.isValid() or self.model.film_id(current.row()) != keep:
            # The current film was further down the list (or the list was reset because
            # the catalogue changed meanwhile): find it in the whole result.
            self._restore_current(keep, final=True)

    def _restore_current(self, keep: int | None, *, final: bool) -> None:
        """Select ``keep`` again in a new result, or the first film once it is surely gone."""
        row = self.model.row_of(keep) if keep is not None else None
        if row is None and not final and keep is not None:
            return  # maybe further down the list: decided when the whole id list is in
        if row is None and self.model.rowCount() and self.model.film_id(0) is not None:
            row = 0
        if row is not None:
            self._select_row(row, scroll=True)
        else:
            self._set_current(None)

    def _on_sort_requested(self, key: SortKey, descending: bool) -> None:
        if (key, descending) == (self.sort_key, self.descending):
            # Already in this order: restoring the header state at start-up re-announces the
            # sort, and a second search of the whole catalogue would only cost time.
            return
        self.sort_key, self.descending = key, descending
        self._settings.set("view/sort_key", key.value)
        self._settings.set("view/sort_descending", descending)
        self.search_now()

    def _keep_sort_indicator(self, column: int, _order: Qt.SortOrder) -> None:
        # Director, genres and the poster have no SQL order; the model ignores clicks on them,
        # so the arrow goes back to the column the list is really sorted by.
        if 0 <= column < len(self.model.columns) and self.model.columns[column].sort_key is None:
            header = self.table.horizontalHeader()
            order = Qt.SortOrder.DescendingOrder if self.descending else Qt.SortOrder.AscendingOrder
            with QSignalBlocker(header):
                header.setSortIndicator(self.model.column_for(self.sort_key), order)

    # --- selection -------------------------------------------------------------------------------

    def current_film(self) -> int | None:
        return self._current

    def selected_films(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        ids = [self.model.film_id(r) for r in rows]
        if not any(i is not None for i in ids) and self._current is not None:
            # Nothing selected: the film on show, if the list shows it (a film kept on show
            # while a new result's ids come in may turn out not to match).
            ids = [self._current] if self.model.row_of(self._current) is not None else []
        return [i for i in ids if i is not None]

    def select_film(self, film_id: int) -> bool:
        """Select ``film_id``; if the current search hides it, clear the search first."""
        self.complete_now()
        row = self.model.row_of(film_id)
        if row is None and self.query:
            self.search_now("")
            self.query_cleared.emit()
            self.complete_now()
            row = self.model.row_of(film_id)
        if row is None:
            return False
        self._select_row(row, scroll=True)
        return True

    def jump_to_title(self, prefix: str) -> None:
        candidates = [film_id for film_id, _, _ in self._service.titles(prefix, limit=5000)]
        self.complete_now()
        rows = [r for r in (self.model.row_of(i) for i in candidates) if r is not None]
        if rows:
            self._select_row(min(rows), scroll=True)

    def _select_row(self, row: int, *, scroll: bool) -> None:
        index = self.model.index(row, 1)
        selection = self.table.selectionModel()
        selection.setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        if scroll:
            self.active_view().scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        self._set_current(self.model.film_id(row))

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._set_current(self.model.film_id(current.row()) if current.isValid() else None)

    def _set_current(self, film_id: int | None) -> None:
        if film_id != self._current:
            self._current = film_id
            self.current_film_changed.emit(film_id)
