# SPDX-License-Identifier: GPL-3.0-or-later
"""Undoable changes to the catalogue, one QUndoCommand each, all through the service.

Each command remembers exactly what it needs to put the catalogue back: the previous
values for simple changes, whole records for deletions.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from filmdesk.catalogue.dto import FilmRecord

if TYPE_CHECKING:
    from filmdesk.catalogue.service import CatalogueService

Changed = Callable[[list[int]], None]  # told which films changed, to refresh the views


def _name(films: Sequence[FilmRecord]) -> str:
    if len(films) == 1:
        return f"‘{films[0].title}’"
    return QCoreApplication.translate("Commands", "%1 films").replace("%1", str(len(films)))


class SetRatingCommand(QUndoCommand):
    def __init__(
        self,
        service: CatalogueService,
        films: Sequence[FilmRecord],
        rating: float | None,
        changed: Changed,
    ) -> None:
        text = (
            QCoreApplication.translate("Commands", "Remove Rating of %1")
            if rating is None
            else QCoreApplication.translate("Commands", "Rate %1 %2 Stars")
        )
        stars = f"{rating:g}" if rating is not None else ""
        super().__init__(text.replace("%1", _name(films)).replace("%2", stars))
        self._service = service
        self._before = {f.id: f.rating for f in films if f.id is not None}
        self._rating = rating
        self._changed = changed

    def redo(self) -> None:
        self._service.set_rating(list(self._before), self._rating)
        self._changed(list(self._before))

    def undo(self) -> None:
        for film_id, rating in self._before.items():
            self._service.set_rating([film_id], rating)
        self._changed(list(self._before))


class SetWatchedCommand(QUndoCommand):
    def __init__(
        self,
        service: CatalogueService,
        films: Sequence[FilmRecord],
        watched: bool,
        changed: Changed,
    ) -> None:
        text = (
            QCoreApplication.translate("Commands", "Mark %1 Watched")
            if watched
            else QCoreApplication.translate("Commands", "Mark %1 Unwatched")
        )
        super().__init__(text.replace("%1", _name(films)))
        self._service = service
        self._films = list(films)
        self._watched = watched
        self._changed = changed

    def redo(self) -> None:
        self._service.set_watched([f.id for f in self._films if f.id], self._watched)
        self._changed([f.id for f in self._films if f.id])

    def undo(self) -> None:
        # Put back the exact viewing history and flag each film had.
        self._service.restore_watched(
            [(f.id, f.watched, f.viewings) for f in self._films if f.id is not None]
        )
        self._changed([f.id for f in self._films if f.id])


class AddFilmCommand(QUndoCommand):
    """A film that was just added (saved before the push); undo deletes it, redo restores
    it under the same id so later steps on the stack still find it."""

    def __init__(self, service: CatalogueService, saved: FilmRecord, changed: Changed) -> None:
        super().__init__(
            QCoreApplication.translate("Commands", "Add %1").replace("%1", _name([saved]))
        )
        assert saved.id is not None
        self._service = service
        self._film = saved
        self._changed = changed
        self._skip_redo = True
        self.film_id: int = saved.id

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self._service.restore_films([self._film])
        self._changed([self.film_id])

    def undo(self) -> None:
        # Keep the latest state (a poster or rating set later is part of the film now).
        self._film = self._service.delete_films([self.film_id])[0]
        self._changed([self.film_id])


class EditFilmsCommand(QUndoCommand):
    """Films changed from ``before`` to ``after`` (an edit, a bulk edit, a poster drop).

    The first redo is skipped when the change was already saved (the editor saves inside
    its dialog so it can keep the person's input if saving fails).
    """

    def __init__(
        self,
        service: CatalogueService,
        before: Sequence[FilmRecord],
        after: Sequence[FilmRecord],
        changed: Changed,
        *,
        text: str = "",
        already_saved: bool = False,
    ) -> None:
        super().__init__(
            text or QCoreApplication.translate("Commands", "Edit %1").replace("%1", _name(after))
        )
        self._service = service
        self._before = list(before)
        self._after = list(after)
        self._changed = changed
        self._skip_redo = already_saved

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self._service.replace_films(self._after)
        self._changed([f.id for f in self._after if f.id is not None])

    def undo(self) -> None:
        self._service.replace_films(self._before)
        self._changed([f.id for f in self._before if f.id is not None])


class DeleteFilmsCommand(QUndoCommand):
    """Deletes films; undo puts them back whole, under the same ids, with posters and links."""

    def __init__(
        self, service: CatalogueService, films: Sequence[FilmRecord], changed: Changed
    ) -> None:
        super().__init__(
            QCoreApplication.translate("Commands", "Delete %1").replace("%1", _name(films))
        )
        self._service = service
        self._ids = [f.id for f in films if f.id is not None]
        self._deleted: list[FilmRecord] = []
        self._changed = changed

    def redo(self) -> None:
        self._deleted = self._service.delete_films(self._ids)
        self._changed(self._ids)

    def undo(self) -> None:
        self._service.restore_films(self._deleted)
        self._changed(self._ids)
