# SPDX-License-Identifier: GPL-3.0-or-later
"""The film list's columns, declared as data: key, header, sort key, alignment, text."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt

from filmdesk.catalogue.dto import FilmRow, SortKey


def runtime_text(minutes: int | None) -> str:
    """The list's short form: 1:51."""
    if not minutes:
        return ""
    return f"{minutes // 60}:{minutes % 60:02d}"


def runtime_long(minutes: int | None) -> str:
    """The form a sentence takes: 1 h 51 min, or 95 min under an hour."""
    if not minutes:
        return ""
    hours, rest = divmod(minutes, 60)
    return f"{hours} h {rest:02d} min" if hours else f"{rest} min"


def stars_text(rating: float | None) -> str:
    if rating is None:
        return ""
    full = int(rating)
    return (
        "★" * full + ("½" if rating - full else "") + "☆" * (5 - full - (1 if rating - full else 0))
    )


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    header: str
    sort_key: SortKey | None
    alignment: Qt.AlignmentFlag
    text: Callable[[FilmRow], str]
    width: int


LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter


def film_columns() -> list[Column]:
    """Columns in their default order (built at call time so headers get translated)."""
    return [
        Column("poster", "", None, CENTER, lambda r: "", 44),
        Column(
            "title",
            QCoreApplication.translate("FilmColumns", "Title"),
            SortKey.TITLE,
            LEFT,
            lambda r: r.title,
            230,
        ),
        Column(
            "year",
            QCoreApplication.translate("FilmColumns", "Year"),
            SortKey.YEAR,
            RIGHT,
            lambda r: str(r.year or ""),
            56,
        ),
        Column(
            "director",
            QCoreApplication.translate("FilmColumns", "Director"),
            None,
            LEFT,
            lambda r: ", ".join(r.directors),
            140,
        ),
        Column(
            "runtime",
            QCoreApplication.translate("FilmColumns", "Runtime"),
            SortKey.RUNTIME,
            RIGHT,
            lambda r: runtime_text(r.runtime),
            64,
        ),
        Column(
            "genres",
            QCoreApplication.translate("FilmColumns", "Genres"),
            None,
            LEFT,
            lambda r: ", ".join(r.genres),
            130,
        ),
        Column(
            "rating",
            QCoreApplication.translate("FilmColumns", "My rating"),
            SortKey.RATING,
            LEFT,
            lambda r: stars_text(r.rating),
            90,
        ),
        Column(
            "watched",
            QCoreApplication.translate("FilmColumns", "Watched"),
            SortKey.LAST_WATCHED,
            CENTER,
            lambda r: "✓" if r.watched else "",
            64,
        ),
    ]
