# SPDX-License-Identifier: GPL-3.0-or-later
"""Everything that changes films from the window: add, edit, duplicate, delete, bulk
edit, rate, mark watched, drop a poster. Each change is a QUndoCommand on one stack.

Kept apart from the main window so the window stays a thin hub of wiring.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from filmdesk.catalogue.dto import FilmRecord, SimilarFilm, film_differences
from filmdesk.errors import ConcurrentEditError, FilmdeskError, ImageError
from filmdesk.ui.commands import (
    AddFilmCommand,
    DeleteFilmsCommand,
    EditFilmsCommand,
    SetRatingCommand,
    SetWatchedCommand,
)
from filmdesk.ui.tasks import TaskRunner
from filmdesk.ui.widgets.film_browser import FilmBrowser

if TYPE_CHECKING:
    from filmdesk.catalogue.service import CatalogueService
    from filmdesk.ui.dialogs.bulk_edit_dialog import BulkEditDialog
    from filmdesk.ui.dialogs.film_edit_dialog import FilmEditDialog


class FilmEditing(QObject):
    def __init__(
        self,
        service: CatalogueService,
        tasks: TaskRunner,
        undo_stack: QUndoStack,
        browser: FilmBrowser,
        window: QWidget,
        films_changed: Callable[..., None],
    ) -> None:
        super().__init__(window)
        self._service = service
        self._tasks = tasks
        self._undo = undo_stack
        self._browser = browser
        self._window = window
        self._films_changed = films_changed
        self.open_dialog: FilmEditDialog | None = None  # for tests and "bring to front"

    def _selected(self, *, with_posters: bool = False) -> list[FilmRecord]:
        return self._service.films(self._browser.selected_films(), with_posters=with_posters)

    def _after_structure_change(self, select: int | None = None) -> None:
        """A film appeared or vanished: search again, then show ``select`` if given."""
        self._browser.refresh()
        if select is not None:
            QTimer.singleShot(0, lambda: self._browser.select_film(select))

    # --- dialogs ---------------------------------------------------------------------------------

    def add_film(self, prefill: FilmRecord | None = None) -> FilmEditDialog:
        def save(film: FilmRecord) -> FilmRecord:
            saved = self._service.add_film(film)  # raises: the dialog keeps what was typed
            self._record_added(saved)
            return saved

        return self._open_editor(prefill, save)

    def edit_film(self, film_id: int | None = None) -> FilmEditDialog | None:
        film_id = film_id if film_id is not None else self._browser.current_film()
        if film_id is None:
            return None
        before = self._service.film(film_id)

        def save(film: FilmRecord) -> FilmRecord:
            try:
                saved = self._service.update_film(film)
            except ConcurrentEditError as conflict:
                saved = self._resolve_conflict(before, film, conflict)
                if saved.id != film_id:  # saved again as a new film: undo removes that one
                    self._record_added(saved)
                    return saved
            self._undo.push(
                EditFilmsCommand(
                    self._service,
                    [before],
                    [saved],
                    self._films_changed,
                    text=self.tr("Edit ‘%1’").replace("%1", saved.title),
                    already_saved=True,
                )
            )
            self._films_changed([film_id], saved)  # no second read of the same film
            return saved

        return self._open_editor(before, save)

    def _resolve_conflict(
        self, opened: FilmRecord, mine: FilmRecord, conflict: ConcurrentEditError
    ) -> FilmRecord:
        """Someone else saved or deleted this film meanwhile: show what, and let the
        person choose. Nothing is overwritten without being asked."""
        dialog = self.open_dialog
        theirs = conflict.current
        box = QMessageBox(dialog or self._window)
        box.setObjectName("conflictDialog")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Changed by someone else"))
        yours = ", ".join(film_differences(opened, mine)) or self.tr("nothing")
        if theirs is None:
            box.setText(self.tr("‘%1’ was deleted by someone else while you were editing it.")
                        .replace("%1", opened.title))
            box.setInformativeText(self.tr("Your changes: %1").replace("%1", yours))
            again = box.addButton(self.tr("Save as a New Film"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.exec()
            if box.clickedButton() is not again:
                raise FilmdeskError(self.tr("Not saved: the film no longer exists."))
            saved = self._service.add_film(replace(mine, id=None, version=None))
            self._browser.refresh()
            return saved
        others = ", ".join(film_differences(opened, theirs)) or self.tr("nothing visible")
        box.setText(self.tr("‘%1’ was changed by someone else while you were editing it.")
                    .replace("%1", opened.title))
        box.setInformativeText(
            self.tr("They changed: %1\nYou changed: %2").replace("%1", others)
            .replace("%2", yours)
        )
        overwrite = box.addButton(self.tr("Overwrite with Mine"),
                                  QMessageBox.ButtonRole.DestructiveRole)
        reload = box.addButton(self.tr("Reload Theirs"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is overwrite:
            return self._service.update_film(replace(mine, version=theirs.version))
        if box.clickedButton() is reload and dialog is not None:
            dialog.reload(theirs)
            raise FilmdeskError(self.tr("Reloaded the saved version; edit it and save again."))
        raise FilmdeskError(self.tr("Not saved yet: your changes are still here."))

    def _open_editor(
        self, film: FilmRecord | None, save: Callable[[FilmRecord], FilmRecord]
    ) -> FilmEditDialog:
        # Loaded on first use: the editor is not needed to show the first screen.
        from filmdesk.ui.dialogs.film_edit_dialog import FilmEditDialog

        dialog = FilmEditDialog(self._service, self._tasks, film, save, self._window)
        dialog.open_film_requested.connect(self._browser.select_film)
        dialog.finished.connect(lambda _code: setattr(self, "open_dialog", None))
        self.open_dialog = dialog
        dialog.open()
        return dialog

    def bulk_edit(self) -> BulkEditDialog | None:
        films = self._selected(with_posters=True)
        if len(films) < 2:
            self.edit_film()
            return None
        from filmdesk.ui.dialogs.bulk_edit_dialog import BulkEditDialog

        dialog = BulkEditDialog(self._service, films, self._window)

        def apply(code: int) -> None:
            pairs = dialog.edited()
            if code == QDialog.DialogCode.Accepted and pairs:
                self._push(
                    EditFilmsCommand(
                        self._service,
                        [b for b, _ in pairs],
                        [a for _, a in pairs],
                        self._films_changed,
                        text=self.tr("Edit %1 Films").replace("%1", str(len(pairs)))
                        if len(pairs) > 1
                        else self.tr("Edit ‘%1’").replace("%1", pairs[0][1].title),
                    )
                )

        dialog.finished.connect(apply)
        dialog.open()
        return dialog

    # --- direct actions --------------------------------------------------------------------------

    def _push(self, command: object) -> bool:
        try:
            self._undo.push(command)  # type: ignore[arg-type]
        except FilmdeskError as exc:
            QMessageBox.warning(self._window, self.tr("Not changed"), str(exc))
            return False
        return True

    def _record_added(self, saved: FilmRecord) -> None:
        self._undo.push(AddFilmCommand(self._service, saved, lambda _ids: self._browser.refresh()))
        self._after_structure_change(select=saved.id)

    def _add(self, film: FilmRecord) -> None:
        try:
            saved = self._service.add_film(film)
        except FilmdeskError as exc:
            QMessageBox.warning(self._window, self.tr("Film not added"), str(exc))
            return
        self._record_added(saved)

    def duplicate_film(self) -> None:
        film_id = self._browser.current_film()
        if film_id is None:
            return
        original = self._service.film(film_id)
        self._add(
            replace(
                original,
                id=None,
                uuid=None,
                version=None,
                added_at=None,
                updated_at=None,
                title=self.tr("%1 (copy)").replace("%1", original.title),
            )
        )

    def delete_films(self, *, confirm: bool = True) -> None:
        films = self._selected()
        if not films:
            return
        if confirm:
            question = (
                self.tr("Delete ‘%1’?").replace("%1", films[0].display_title)
                if len(films) == 1
                else self.tr("Delete %1 films?").replace("%1", str(len(films)))
            )
            answer = QMessageBox.question(
                self._window,
                self.tr("Delete"),
                question + "\n\n" + self.tr("You can undo this with Edit → Undo."),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        if self._push(
            DeleteFilmsCommand(self._service, films, lambda _ids: self._browser.refresh())
        ):
            self._browser.refresh()

    def mark_watched(self, watched: bool) -> None:
        films = self._selected()
        if films:
            self._push(SetWatchedCommand(self._service, films, watched, self._films_changed))

    def rate(self, stars: float | None) -> None:
        films = self._selected()
        if films:
            self._push(SetRatingCommand(self._service, films, stars, self._films_changed))

    def add_similar_film(self, current: FilmRecord | None, title: str, year: int | None) -> None:
        """Add a film the current one lists as similar, linked back to it, and show it."""
        back: tuple[SimilarFilm, ...] = ()
        if current is not None:
            back = (SimilarFilm(current.title, current.year, film_uuid=current.uuid),)
        self._add(FilmRecord(title=title, year=year, similar=back))

    def set_poster_from_bytes(self, film_id: int, data: bytes, source: str) -> None:
        """A poster dropped on the film page: process it off the GUI thread, then save."""

        def done(poster: object) -> None:
            before = self._service.film(film_id)
            after = replace(before, poster=poster)  # type: ignore[arg-type]
            self._push(
                EditFilmsCommand(
                    self._service,
                    [before],
                    [after],
                    self._films_changed,
                    text=self.tr("Change Poster of ‘%1’").replace("%1", before.title),
                )
            )

        def failed(exc: BaseException) -> None:
            self.poster_failed(
                str(exc) if isinstance(exc, ImageError | FilmdeskError) else repr(exc)
            )

        from filmdesk.posters import poster_from_bytes

        self._tasks.run(lambda: poster_from_bytes(data, source=source), done, failed)

    def poster_failed(self, message: str) -> None:
        """A poster for the film page could not be read or used: say why."""
        QMessageBox.warning(self._window, self.tr("Poster not changed"), message)
