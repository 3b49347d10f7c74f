# SPDX-License-Identifier: GPL-3.0-or-later
"""Undoable changes to the catalogue, one QUndoCommand each, all through the service.

Each command remembers exactly what it needs to put the catalogue back: the previous
values for simple changes, whole records for deletions.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtGui import QUndoCommand

from filmdesk.catalogue.dto import FilmRecord
from filmdesk.catalogue.service import CatalogueService

Changed = Callable[[list[int]], None]  # told which films changed, to refresh the views


def _name(films: Sequence[FilmRecord]) -> str:
    return f"‘{films[0].title}’" if len(films) == 1 else f"{len(films)} films"


class SetRatingCommand(QUndoCommand):
    def __init__(
        self, service: CatalogueService, films: Sequence[FilmRecord], rating: float | None,
        changed: Changed,
    ) -> None:
        text = "Remove rating of %s" if rating is None else f"Rate %s {rating:g} stars"
        super().__init__(text % _name(films))
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
        self, service: CatalogueService, films: Sequence[FilmRecord], watched: bool,
        changed: Changed,
    ) -> None:
        super().__init__(
            ("Mark %s watched" if watched else "Mark %s unwatched") % _name(films)
        )
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
    def __init__(self, service: CatalogueService, film: FilmRecord, changed: Changed,
                 on_added: Callable[[int], None] | None = None) -> None:
        super().__init__(f"Add ‘{film.title}’")
        self._service = service
        self._film = film
        self._changed = changed
        self._on_added = on_added
        self.film_id: int | None = None

    def redo(self) -> None:
        saved = self._service.add_film(self._film)
        self._film = saved  # keep the uuid so redo after undo recreates the same film
        self.film_id = saved.id
        self._changed([saved.id] if saved.id else [])
        if self._on_added and saved.id:
            self._on_added(saved.id)

    def undo(self) -> None:
        if self.film_id is not None:
            self._service.delete_films([self.film_id])
            self._changed([self.film_id])
