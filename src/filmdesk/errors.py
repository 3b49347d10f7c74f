# SPDX-License-Identifier: GPL-3.0-or-later
"""Expected failures, raised by the Qt-free layers and worded for people by the UI and CLI.

Each error carries the data a message needs (field, position, path) so the UI can
translate it; ``str(error)`` is always a complete English sentence for logs and the CLI.
"""

from __future__ import annotations

from pathlib import Path


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
    """The film changed (or vanished) since it was read; the save was refused."""

    def __init__(self, film_id: int) -> None:
        super().__init__(f"Film {film_id} was changed or deleted by someone else since it was opened.")
        self.film_id = film_id


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


class ImageError(FilmdeskError):
    """An image that cannot be used as a poster (corrupt, not an image, too large)."""


class StorageError(FilmdeskError):
    """The catalogue could not be written (disk full, read-only, locked); nothing changed."""
