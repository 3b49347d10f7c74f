# SPDX-License-Identifier: GPL-3.0-or-later
"""The main window: menus, toolbar with the search box, film browser and detail pane.

It wires widgets together and owns the window's state; the widgets get the service,
settings and task runner through their constructors and never reach back here.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSize, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import (
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QShortcut,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QToolBar,
    QToolButton,
    QWidget,
)

from filmdesk import __version__
from filmdesk.catalogue.dto import FilmRecord, FilmRow
from filmdesk.errors import FilmdeskError, FilmNotFoundError
from filmdesk.ui.actions import ActionId, create_actions
from filmdesk.ui.film_editing import FilmEditing
from filmdesk.ui.pending_service import PendingService
from filmdesk.ui.settings import Density, Settings, SpoilerMode, ViewMode
from filmdesk.ui.tasks import TaskRunner
from filmdesk.ui.widgets.film_browser import FilmBrowser
from filmdesk.ui.widgets.film_detail import FilmDetailWidget
from filmdesk.ui.widgets.search_bar import SearchBar

if TYPE_CHECKING:
    from filmdesk.catalogue.changes import ChangeListener
    from filmdesk.catalogue.first_screen import FirstScreen
    from filmdesk.catalogue.service import CatalogueService
    from filmdesk.ui.documents import Documents

log = logging.getLogger(__name__)
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp", ".gif"}  # those go to the poster


class MainWindow(QMainWindow):
    def __init__(
        self,
        service: CatalogueService,
        settings: Settings,
        tasks: TaskRunner,
        parent: QWidget | None = None,
        *,
        documents: Documents | None = None,
        first_screen: FirstScreen | None = None,
    ) -> None:
        """``first_screen`` comes with a ``PendingService``: the list shows it at once."""
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setAcceptDrops(True)
        self._documents = documents
        self._service = service
        self._settings = settings
        self._tasks = tasks
        self.undo_stack = QUndoStack(self)
        self.actions_ = create_actions(self)
        self.search_bar = SearchBar()
        self.browser = FilmBrowser(service, settings, tasks)
        self.detail = FilmDetailWidget()
        self.detail.set_card_source(self._film_cards)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.browser)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        self.statusBar().addPermanentWidget(self.count_label)
        self.film: FilmRecord | None = None
        self._changes: ChangeListener | None = None  # from _watch_for_changes
        self._closed = False
        self._revealed: set[str] = set()
        self.editing = FilmEditing(
            service, tasks, self.undo_stack, self.browser, self, self._films_changed
        )
        self._build_menus()
        self._build_toolbar()
        self._connect()
        self.setWindowTitle(self._title())
        self._restore_state(first_screen)
        if isinstance(service, PendingService) and not service.is_loaded:
            service.ready.connect(self._service_loaded)
        else:
            self._service_ready(chosen=False)

    # --- construction ---------------------------------------------------------------------------

    def _title(self) -> str:
        location = self._service.path.stem if self._service.path else self._service.location
        return f"{location} — filmdesk"

    def _build_menus(self) -> None:
        a = self.actions_
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        if self._documents is not None:
            file_menu.addAction(a[ActionId.NEW_CATALOGUE])
            file_menu.addAction(a[ActionId.OPEN_CATALOGUE])
            file_menu.addAction(a[ActionId.CONNECT_SHARED])
            self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
            self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
            file_menu.addAction(a[ActionId.SAVE_COPY])
            file_menu.addAction(a[ActionId.RESTORE_BACKUP])
            file_menu.addSeparator()
        file_menu.addAction(a[ActionId.IMPORT])
        file_menu.addAction(a[ActionId.EXPORT])
        file_menu.addAction(a[ActionId.LOAD_SAMPLE])
        file_menu.addSeparator()
        if self._documents is not None:
            file_menu.addAction(a[ActionId.PREFERENCES])
        file_menu.addAction(a[ActionId.QUIT])

        edit = menu.addMenu(self.tr("&Edit"))
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts(
            [QKeySequence("Ctrl+Shift+Z"), QKeySequence(QKeySequence.StandardKey.Redo)]
        )
        self.undo_action, self.redo_action = undo, redo
        edit.addAction(undo)
        edit.addAction(redo)
        edit.addSeparator()
        edit.addAction(a[ActionId.FIND])

        view = menu.addMenu(self.tr("&View"))
        layout = QActionGroup(self)
        for action_id in (ActionId.VIEW_LIST, ActionId.VIEW_GRID):
            layout.addAction(a[action_id])
            view.addAction(a[action_id])
        view.addAction(a[ActionId.SHOW_POSTERS_IN_LIST])
        view.addSeparator()
        view.addAction(a[ActionId.HIDE_SPOILERS])
        spoilers = view.addMenu(self.tr("Spoilers"))
        self.spoiler_menu = spoilers  # also offered from the toolbar's Hide Spoilers button
        modes = QActionGroup(self)
        for action_id in (
            ActionId.SPOILERS_UNWATCHED,
            ActionId.SPOILERS_ALWAYS,
            ActionId.SPOILERS_NEVER,
        ):
            modes.addAction(a[action_id])
            spoilers.addAction(a[action_id])
        view.addSeparator()
        tabs = view.addMenu(self.tr("Film Page"))
        for number in range(1, 7):
            tabs.addAction(a[ActionId[f"TAB_{number}"]])

        film = menu.addMenu(self.tr("F&ilm"))
        for action_id in (
            ActionId.ADD_FILM,
            ActionId.EDIT_FILM,
            ActionId.DUPLICATE_FILM,
            ActionId.BULK_EDIT,
            ActionId.DELETE_FILMS,
        ):
            film.addAction(a[action_id])
        film.addSeparator()
        film.addAction(a[ActionId.MARK_WATCHED])
        film.addAction(a[ActionId.MARK_UNWATCHED])
        rate = film.addMenu(self.tr("&Rate"))
        for stars in range(5, -1, -1):
            rate.addAction(a[ActionId[f"RATE_{stars}"]])

        help_menu = menu.addMenu(self.tr("&Help"))
        help_menu.addAction(a[ActionId.SEARCH_HELP])
        help_menu.addAction(a[ActionId.ABOUT])

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Main"))
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.addAction(self.actions_[ActionId.ADD_FILM])
        bar.addAction(self.actions_[ActionId.EDIT_FILM])
        bar.addSeparator()
        bar.addWidget(self.search_bar)
        bar.addSeparator()
        bar.addAction(self.actions_[ActionId.VIEW_LIST])
        bar.addAction(self.actions_[ActionId.VIEW_GRID])
        bar.addSeparator()
        bar.addAction(self.actions_[ActionId.HIDE_SPOILERS])
        # Its arrow offers the three modes, so "for unwatched films" is one click away
        # after the button itself switched spoilers on or off for every film.
        spoiler_button = bar.widgetForAction(self.actions_[ActionId.HIDE_SPOILERS])
        if isinstance(spoiler_button, QToolButton):
            spoiler_button.setMenu(self.spoiler_menu)
            spoiler_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.toolbar = bar

    def _connect(self) -> None:
        a = self.actions_
        a[ActionId.QUIT].triggered.connect(self.close)
        a[ActionId.FIND].triggered.connect(self.focus_search)
        a[ActionId.LOAD_SAMPLE].triggered.connect(self.load_sample)
        a[ActionId.IMPORT].triggered.connect(lambda: self.offer_import(None))
        a[ActionId.EXPORT].triggered.connect(self.export)
        if self._documents is not None:
            documents = self._documents
            a[ActionId.NEW_CATALOGUE].triggered.connect(documents.new_catalogue)
            a[ActionId.OPEN_CATALOGUE].triggered.connect(documents.open_catalogue)
            a[ActionId.CONNECT_SHARED].triggered.connect(documents.connect_shared)
            a[ActionId.SAVE_COPY].triggered.connect(documents.save_copy_as)
            a[ActionId.SAVE_COPY].setEnabled(self._service.path is not None)
            a[ActionId.RESTORE_BACKUP].triggered.connect(documents.restore_from_backup)
            a[ActionId.RESTORE_BACKUP].setEnabled(self._service.path is not None)
            a[ActionId.PREFERENCES].triggered.connect(documents.preferences)
        self._settings.changed.connect(self._on_setting_changed)
        a[ActionId.VIEW_LIST].triggered.connect(lambda: self.set_view_mode(ViewMode.LIST))
        a[ActionId.VIEW_GRID].triggered.connect(lambda: self.set_view_mode(ViewMode.GRID))
        a[ActionId.SHOW_POSTERS_IN_LIST].toggled.connect(self._show_posters_in_list)
        a[ActionId.HIDE_SPOILERS].triggered.connect(self._on_hide_spoilers_triggered)
        for action_id, mode in (
            (ActionId.SPOILERS_UNWATCHED, SpoilerMode.UNWATCHED),
            (ActionId.SPOILERS_ALWAYS, SpoilerMode.ALWAYS),
            (ActionId.SPOILERS_NEVER, SpoilerMode.NEVER),
        ):
            a[action_id].triggered.connect(lambda _=False, m=mode: self.set_spoiler_mode(m))
        for number in range(1, 7):
            a[ActionId[f"TAB_{number}"]].triggered.connect(
                lambda _=False, n=number: self.detail.tabs.setCurrentIndex(n - 1)
            )
        editing = self.editing
        a[ActionId.ADD_FILM].triggered.connect(lambda: editing.add_film())
        a[ActionId.EDIT_FILM].triggered.connect(lambda: editing.edit_film())
        a[ActionId.DUPLICATE_FILM].triggered.connect(editing.duplicate_film)
        a[ActionId.DELETE_FILMS].triggered.connect(lambda: editing.delete_films())
        a[ActionId.BULK_EDIT].triggered.connect(editing.bulk_edit)
        a[ActionId.MARK_WATCHED].triggered.connect(lambda: editing.mark_watched(True))
        a[ActionId.MARK_UNWATCHED].triggered.connect(lambda: editing.mark_watched(False))
        for stars in range(6):
            a[ActionId[f"RATE_{stars}"]].triggered.connect(
                lambda _=False, s=stars: editing.rate(float(s) if s else None)
            )
        # Delete acts on the list, not on text being edited in the search box.
        a[ActionId.DELETE_FILMS].setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.browser.addAction(a[ActionId.DELETE_FILMS])
        self.browser.film_activated.connect(lambda film_id: editing.edit_film(film_id))
        self.detail.edit_requested.connect(lambda: editing.edit_film())
        self.detail.poster_failed.connect(editing.poster_failed)

        def poster_dropped(data: bytes, source: str) -> None:
            if self.film and self.film.id:
                editing.set_poster_from_bytes(self.film.id, data, source)

        self.detail.poster_dropped.connect(poster_dropped)
        a[ActionId.SEARCH_HELP].triggered.connect(self._show_search_help)
        a[ActionId.ABOUT].triggered.connect(self._show_about)

        self.search_bar.query_changed.connect(self.browser.search)
        self.browser.result_shown.connect(self._on_result_shown)
        self.browser.query_failed.connect(self._on_query_failed)
        self.browser.query_cleared.connect(lambda: self.search_bar.setText(""))
        self.browser.current_film_changed.connect(self.show_film)
        self.browser.table.selectionModel().selectionChanged.connect(
            lambda *_: self._sync_film_actions()
        )
        self.browser.load_sample_requested.connect(self.load_sample)
        self.browser.import_requested.connect(lambda: self.offer_import(None))
        self.browser.add_film_requested.connect(lambda: self.editing.add_film())
        self.detail.film_link_activated.connect(self.browser.select_film)
        # Remember reveals so a re-render of the same film (after rating it) keeps them.
        self.detail.spoiler_revealed.connect(self._revealed.add)
        self.detail.add_similar_requested.connect(
            lambda title, year: self.editing.add_similar_film(self.film, title, year)
        )
        self.detail.tabs.currentChanged.connect(
            lambda index: self._settings.set("view/detail_tab", index)
        )
        # "/" focuses the search from the list and the film page, as in many apps.
        for widget in (self.browser, self.detail):
            slash = QShortcut(QKeySequence("/"), widget)
            slash.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            slash.activated.connect(self.focus_search)

    # --- other people's changes ------------------------------------------------------------------

    def _watch_for_changes(self) -> None:
        """Others (another window, another machine) may change the catalogue: look once a
        second; on PostgreSQL the server's notices make each look nearly free."""
        self._changes = self._service.change_listener(interval=2.0)
        self._change_timer = QTimer(self)
        self._change_timer.setInterval(1000)
        self._change_timer.timeout.connect(self.check_for_changes)
        self._change_timer.start()

    @Slot()
    def check_for_changes(self, *, force: bool = False) -> None:
        if self._changes is None:
            return  # the service is still loading
        try:
            found = self._changes.poll(force=force)
        except FilmdeskError as exc:
            log.warning("could not look for other people's changes: %s", exc)
            return
        if found is None:
            return
        current = self.browser.current_film()
        if found.reset or found.added or found.deleted:
            self.browser.refresh()  # the list itself changed; the selection stays if it can
        else:
            self.browser.model.invalidate(sorted(found.changed))
        editing = self.editing.open_dialog is not None
        if current is not None and current in found.films and not editing:
            self.show_film(self.browser.current_film())
        self.statusBar().showMessage(self.tr("Updated with changes made elsewhere."), 4000)

    # --- state ----------------------------------------------------------------------------------

    def _restore_state(self, first_screen: FirstScreen | None = None) -> None:
        s = self._settings
        if not s.get("window/geometry").isEmpty():
            self.restoreGeometry(s.get("window/geometry"))
        else:
            self.resize(1360, 840)
        if not s.get("window/state").isEmpty():
            self.restoreState(s.get("window/state"))
        if not s.get("window/splitter").isEmpty():
            self.splitter.restoreState(s.get("window/splitter"))
        else:
            # Room for every list column, my rating included, beside a full reading column.
            self.splitter.setSizes([700, 660])
        header: QByteArray = s.get("window/header")
        if not header.isEmpty():
            self.browser.table.horizontalHeader().restoreState(header)
        else:
            self.browser.put_genres_last()
        self._apply_appearance()
        show_posters = bool(s.get("view/show_posters_in_list"))
        self.actions_[ActionId.SHOW_POSTERS_IN_LIST].setChecked(show_posters)
        self._show_posters_in_list(show_posters)
        self._sync_view_actions()
        self._sync_spoiler_actions()
        self.detail.tabs.setCurrentIndex(int(s.get("view/detail_tab")))
        if first_screen is not None:
            self.browser.show_first_screen(first_screen)
            self.detail.show_message(self.tr("Opening the catalogue…"))
        else:
            self.browser.search_now("")

    @Slot()
    def _service_loaded(self) -> None:
        if not self._closed:  # else another catalogue was opened meanwhile
            # A film selected or a search typed while it loaded was the person's choice.
            # (The first row may become current by itself, when the list takes the focus.)
            current = self.browser.current_film()
            chosen = current not in (None, self.browser.model.film_id(0)) or bool(
                self.browser.query
            )
            self._service_ready(chosen=chosen)

    def _service_ready(self, *, chosen: bool) -> None:
        """The catalogue service is there: watch for changes, go back to the last film
        unless the person has ``chosen`` something else meanwhile."""
        self._watch_for_changes()
        uuid = self._settings.get("view/last_film_uuid")
        if uuid and not chosen:
            try:
                film_id = self._service.find(uuid).id
            except FilmNotFoundError:
                film_id = None
            if film_id is not None:
                self.browser.select_film(film_id)
        if self.browser.current_film() is None:
            self.browser.select_first()
        if self.browser.current_film() is None:
            self.show_film(None)  # say what to do next rather than "select a film"
        elif self.film is None:
            self.show_film(self.browser.current_film())

    def save_state(self) -> None:
        s = self._settings
        s.set("window/geometry", self.saveGeometry())
        s.set("window/state", self.saveState())
        s.set("window/splitter", self.splitter.saveState())
        s.set("window/header", self.browser.table.horizontalHeader().saveState())
        if self._changes is not None:  # closed before the service loaded: keep the last film
            s.set("view/last_film_uuid", self.film.uuid if self.film and self.film.uuid else "")
        s.sync()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_collection(event.mimeData().urls()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        # A collection file or folder dropped anywhere on the window is imported.
        path = self._dropped_collection(event.mimeData().urls())
        if path is not None:
            event.acceptProposedAction()
            self.offer_import(path)

    @staticmethod
    def _dropped_collection(urls: list[QUrl]) -> Path | None:
        for url in urls:
            if url.isLocalFile():
                path = Path(url.toLocalFile())
                if path.suffix.lower() not in IMAGE_SUFFIXES:
                    return path
        return None

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closed = True
        if self._changes is not None:
            self._change_timer.stop()
            self._changes.close()
        self.save_state()
        self._tasks.wait(3000)
        super().closeEvent(event)

    # --- search and selection -------------------------------------------------------------------

    @Slot()
    def focus_search(self) -> None:
        self.search_bar.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_bar.selectAll()

    def _on_result_shown(self, matches: int, total: int) -> None:
        self.search_bar.set_error(False)
        self.statusBar().clearMessage()
        if self.browser.query.strip():
            text = (
                self.tr("%1 of %2 films").replace("%1", f"{matches:,}").replace("%2", f"{total:,}")
            )
        else:
            text = (
                self.tr("1 film") if total == 1 else self.tr("%1 films").replace("%1", f"{total:,}")
            )
        self.count_label.setText(text)

    def _on_query_failed(self, message: str) -> None:
        self.search_bar.set_error(bool(message))
        self.statusBar().showMessage(message)

    @Slot(object)
    def show_film(self, film_id: int | None, *, record: FilmRecord | None = None) -> None:
        """Show a film's page; ``record`` saves reading a film that was just saved."""
        if film_id is None:
            self.film = None
            total = self.browser.result.catalogue_size if self.browser.result else 0
            self.detail.show_message(
                self.tr("No film matches this search.")
                if total
                else self.tr("No films yet — load the sample catalogue or add your first film.")
            )
            self._sync_spoiler_actions()
            self._sync_film_actions()
            return
        if isinstance(self._service, PendingService) and not self._service.is_loaded:
            return  # _service_ready shows the current film once the service is there
        previous = self.film.id if self.film else None
        try:
            film = record if record is not None else self._service.film(film_id)
        except FilmNotFoundError:
            self.browser.refresh()
            return
        if film.id != previous:
            self._revealed.clear()  # moving to another film hides its spoilers again
        self.film = film
        self.detail.show_film(
            film,
            backlinks=self._service.backlinks(film_id),
            hide_spoilers=self.spoilers_hidden_for(film),
            revealed=self._revealed,
        )
        self._sync_spoiler_actions()
        self._sync_film_actions()

    def _sync_film_actions(self) -> None:
        """Film actions only where there is a film to act on (none in an empty list)."""
        one = self.film is not None
        chosen = one or bool(self.browser.selected_films())
        a = self.actions_
        for action_id in (ActionId.EDIT_FILM, ActionId.DUPLICATE_FILM):
            a[action_id].setEnabled(one)
        for action_id in (
            ActionId.BULK_EDIT, ActionId.DELETE_FILMS, ActionId.MARK_WATCHED,
            ActionId.MARK_UNWATCHED, *(ActionId[f"RATE_{stars}"] for stars in range(6)),
        ):
            a[action_id].setEnabled(chosen)

    def _film_cards(self, film_ids: Sequence[int]) -> tuple[dict[int, FilmRow], dict[int, bytes]]:
        """List rows and poster thumbnails of the films the Similar tab shows as cards."""
        rows = {row.id: row for row in self._service.rows(film_ids)}
        with_poster = [film_id for film_id, row in rows.items() if row.has_poster]
        return rows, self._service.thumbnails(with_poster) if with_poster else {}

    def _films_changed(self, film_ids: list[int], saved: FilmRecord | None = None) -> None:
        self.browser.model.invalidate(film_ids)
        if self.film is not None and self.film.id in film_ids:
            fresh = saved if saved is not None and saved.id == self.film.id else None
            self.show_film(self.film.id, record=fresh)

    # --- spoilers -------------------------------------------------------------------------------

    def spoiler_mode(self) -> SpoilerMode:
        return SpoilerMode(self._settings.get("spoilers/mode"))

    def spoilers_hidden_for(self, film: FilmRecord) -> bool:
        mode = self.spoiler_mode()
        return mode == SpoilerMode.ALWAYS or (mode == SpoilerMode.UNWATCHED and not film.watched)

    def set_spoiler_mode(self, mode: SpoilerMode) -> None:
        self._settings.set("spoilers/mode", mode)
        if self.film is not None:
            self._revealed.clear()
            self.detail.show_film(
                self.film,
                backlinks=self._service.backlinks(self.film.id or 0),
                hide_spoilers=self.spoilers_hidden_for(self.film),
            )
        self._sync_spoiler_actions()

    def _on_hide_spoilers_triggered(self, checked: bool) -> None:
        # The toolbar toggle is the person's explicit choice, remembered across restarts.
        self.set_spoiler_mode(SpoilerMode.ALWAYS if checked else SpoilerMode.NEVER)

    def _sync_spoiler_actions(self) -> None:
        a = self.actions_
        hidden = (
            self.spoilers_hidden_for(self.film)
            if self.film
            else (self.spoiler_mode() != SpoilerMode.NEVER)
        )
        a[ActionId.HIDE_SPOILERS].setChecked(hidden)
        mode = self.spoiler_mode()
        a[ActionId.SPOILERS_UNWATCHED].setChecked(mode == SpoilerMode.UNWATCHED)
        a[ActionId.SPOILERS_ALWAYS].setChecked(mode == SpoilerMode.ALWAYS)
        a[ActionId.SPOILERS_NEVER].setChecked(mode == SpoilerMode.NEVER)

    # --- views ----------------------------------------------------------------------------------

    def set_view_mode(self, mode: ViewMode) -> None:
        self.browser.set_view_mode(mode)
        self._sync_view_actions()

    def _sync_view_actions(self) -> None:
        mode = self.browser.view_mode()
        self.actions_[ActionId.VIEW_LIST].setChecked(mode == ViewMode.LIST)
        self.actions_[ActionId.VIEW_GRID].setChecked(mode == ViewMode.GRID)

    def _show_posters_in_list(self, shown: bool) -> None:
        self._settings.set("view/show_posters_in_list", shown)
        self.browser.table.setColumnHidden(0, not shown)
        self._apply_appearance()

    def _apply_appearance(self) -> None:
        compact = self._settings.get("appearance/density") == Density.COMPACT
        posters = bool(self._settings.get("view/show_posters_in_list"))
        text_height = self.browser.table.fontMetrics().height()
        height = text_height + (6 if compact else 14)
        if posters:
            height = max(height, 34 if compact else 44)
        self.browser.table.verticalHeader().setDefaultSectionSize(height)
        self.browser.table.setIconSize(QSize(int((height - 6) / 1.5), height - 6))
        self.browser.grid.set_poster_size(str(self._settings.get("appearance/poster_size")))

    def _on_setting_changed(self, key: str) -> None:
        if key.startswith("appearance/"):
            self._apply_appearance()
        elif key == "spoilers/mode":
            self._sync_spoiler_actions()

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        assert self._documents is not None
        documents = self._documents
        recent = documents.recent()
        for path in recent:
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _=False, p=path: documents.open(p))
        if not recent:
            self.recent_menu.addAction(self.tr("No recent catalogues")).setEnabled(False)

    # --- import and export ------------------------------------------------------------------------

    def offer_import(self, path: Path | None) -> None:
        from filmdesk.ui.dialogs.import_dialog import run_import_dialog

        run_import_dialog(self, self._service, self._tasks, path, on_done=self._after_import)

    def _after_import(self) -> None:
        self.undo_stack.clear()  # an import is not undoable step by step; its backup is
        self.browser.refresh()
        if self.film is not None and self.film.id is not None:
            # The import may have filled in or replaced the film on show.
            self.show_film(self.film.id)

    def export(self) -> None:
        from filmdesk.ui.dialogs.import_dialog import run_export_dialog

        run_export_dialog(self, self._service, self._tasks, self.browser.query)

    # --- changes --------------------------------------------------------------------------------

    def load_sample(self) -> None:
        self.statusBar().showMessage(self.tr("Loading the sample films…"))

        def loaded(ids: list[int]) -> None:
            self.browser.refresh()
            self.statusBar().showMessage(
                self.tr("Added %1 sample films.").replace("%1", str(len(ids))), 5000
            )

        self._tasks.run(
            self._service.load_sample,
            loaded,
            lambda exc: QMessageBox.warning(self, self.tr("Sample films"), str(exc)),
            write=True,
        )

    # --- help -----------------------------------------------------------------------------------

    def _show_search_help(self) -> None:
        QMessageBox.information(self, self.tr("Search syntax"), self.search_bar.toolTip())

    def _show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About filmdesk"),
            self.tr(
                "<h3>filmdesk %1</h3><p>A desktop catalogue for the films you love.</p>"
                "<p>Catalogue: %2</p>"
            )
            .replace("%1", __version__)
            .replace("%2", self._service.location),
        )
