# SPDX-License-Identifier: GPL-3.0-or-later
"""Expected failures, raised by the Qt-free layers and worded for people by the UI and CLI.

Each error carries the data a message needs (field, position, path) so the UI can
translate it; ``str(error)`` is always a complete English sentence for logs and the CLI.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # dto imports this module; only the type is needed here
    from filmdesk.catalogue.dto import FilmRecord


class FilmdeskError(Exception):
    """Base class of every failure filmdesk expects and explains."""


class ValidationError(FilmdeskError):
    """A value a person entered or a file supplied is not acceptable."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class QuerySyntaxError(FilmdeskError):
    """A search query that cannot be understood; ``position`` is a 0-based character offset."""

    def __init__(self, message: str, position: int) -> None:
        super().__init__(f"{message} (at character {position + 1})")
        self.message = message
        self.position = position


class FilmNotFoundError(FilmdeskError):
    def __init__(self, key: object) -> None:
        super().__init__(f"No film matches {key!r}.")
        self.key = key


class ConcurrentEditError(FilmdeskError):
    """The film changed (or vanished) since it was read; the save was refused.

    ``current`` is the film as now stored (a ``FilmRecord``), or ``None`` when it was
    deleted; ``CatalogueService.update_film`` fills it in, so a conflict dialog can show
    what changed and offer to reload it or to overwrite it.
    """

    def __init__(
        self, film_id: int, current: FilmRecord | None = None, *, deleted: bool = False
    ) -> None:
        what = "deleted" if deleted else "changed or deleted"
        super().__init__(f"Film {film_id} was {what} by someone else since it was opened.")
        self.film_id = film_id
        self.current = current
        self.deleted = deleted


class CatalogueOpenError(FilmdeskError):
    """A catalogue could not be opened; the file, if any, was left untouched."""

    def __init__(self, location: str | Path, reason: str) -> None:
        super().__init__(f"Cannot open catalogue {location}: {reason}")
        self.location = str(location)
        self.reason = reason


class NotACatalogueError(CatalogueOpenError):
    pass


class NewerCatalogueError(CatalogueOpenError):
    pass


class ServerLoginError(CatalogueOpenError):
    """A database server refused the user name or password (or asked for a password)."""


class ServerUnreachableError(CatalogueOpenError):
    """No database server answered at the given host and port."""


class DatabaseMissingError(CatalogueOpenError):
    """The server answered, but has no database of the given name."""


class ServerPermissionError(CatalogueOpenError):
    """The user may connect but not create (or read) the catalogue's tables."""


class ImageError(FilmdeskError):
    """An image that cannot be used as a poster (corrupt, not an image, too large)."""


class StorageError(FilmdeskError):
    """The catalogue could not be written (disk full, read-only, locked); nothing changed."""
