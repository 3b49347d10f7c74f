# SPDX-License-Identifier: GPL-3.0-or-later
"""Helpers for importing other catalogue programs' collections (Tellico, GCstar, Griffith).

Value parsing common to every format lives in ``_shared``; this module adds what these
programs have in common: cover images referenced by path, day/month/year dates,
collection details with no filmdesk field (kept as ``Label: value`` note lines), and
progress reported every few records.
"""

from __future__ import annotations

import datetime as dt
import gc
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from urllib.parse import unquote, urlsplit

from filmdesk.catalogue.dto import FilmRecord, Poster
from filmdesk.errors import ImageError
from filmdesk.interchange._shared import checked, stars_from_ten
from filmdesk.interchange.base import (
    FormatError,
    ImportedFilm,
    ImportItem,
    ImportNote,
    ImportProblem,
    Progress,
)
from filmdesk.posters import poster_from_bytes

PROGRESS_EVERY = 100  # records between progress callbacks
BATCH = 250  # records made per pause of the garbage collector
MAX_BATCH_BYTES = 16 * 1024 * 1024  # ... or fewer, once their posters hold this much
MAX_IMAGE_BYTES = 50 * 1024 * 1024  # a cover file larger than this is not a poster

_IMDB = re.compile(r"\b(tt\d{7,10})\b")


def imdb_id_in(text: str) -> str:
    """The ``tt1234567`` id in an IMDb address (or anywhere in ``text``), else ``""``."""
    match = _IMDB.search(text)
    return match.group(1) if match else ""


def stars(value: float, maximum: float) -> float | None:
    """A score on a 0–``maximum`` scale as stars; 0 (or less) means unrated."""
    if value <= 0:
        return None
    return stars_from_ten(value * 10 / maximum, "rating")


def date_from_parts(year: str, month: str, day: str) -> dt.date | None:
    try:
        return dt.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return None


def day_month_year(text: str) -> dt.date | None:
    """``dd/mm/yyyy`` (GCstar) or ISO ``yyyy-mm-dd``; ``None`` for anything else."""
    text = text.strip()
    match = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", text)
    if match:
        return date_from_parts(match[3], match[2], match[1])
    match = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
    if match:
        return date_from_parts(match[1], match[2], match[3])
    return None


def midnight_utc(day: dt.date | None) -> dt.datetime | None:
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC) if day else None


def note_lines(pairs: Iterable[tuple[str, str]]) -> str:
    """``Label: value`` lines for collection details filmdesk has no field for."""
    return "\n".join(f"{label}: {value.strip()}" for label, value in pairs if value.strip())


def join_notes(*parts: str) -> str:
    return "\n\n".join(p.strip() for p in parts if p and p.strip())


def named(title: str) -> str:
    """A title for messages: quoted and cut short."""
    return f"“{title[:80]}”"


def as_item(film: FilmRecord, location: str) -> ImportItem:
    """The film, or a problem naming it and the rule it breaks (year 99999, a huge title…)."""
    result = checked(film, location)
    if isinstance(result, ImportProblem):
        return ImportProblem(location, f"{named(film.title)}: {result.reason}")
    return ImportedFilm(result, location)


def poster_note(location: str, title: str, error: ImageError) -> ImportNote:
    """A film that comes in without its poster is news to report, not a rejected record."""
    return ImportNote(location, f"{named(title)} was imported without its poster: {error}")


def poster_or_note(
    data: bytes, source: str, location: str, title: str
) -> tuple[Poster | None, ImportNote | None]:
    """A poster built from image bytes, or the note to report instead of it."""
    try:
        return poster_from_bytes(data, source=source), None
    except ImageError as exc:
        return None, poster_note(location, title, exc)


def read_local_image(reference: str, base: Path) -> bytes:
    """The bytes of an image named by a path (relative to ``base``) or a ``file:`` URL.

    Raises ``ImageError`` saying why not. Web addresses are refused: an import never
    reaches the network.
    """
    reference = reference.strip()
    if "://" in reference or reference.startswith("file:"):
        parts = urlsplit(reference)
        if parts.scheme.lower() != "file":
            raise ImageError(f"the image {reference[:120]!r} is on the web and was not fetched.")
        reference = unquote(parts.path)
    path = Path(reference).expanduser()
    if not path.is_absolute():
        path = base / path
    shown = str(path)[:200]
    try:
        if not path.is_file():
            raise ImageError(f"the image file {shown!r} does not exist.")
        if path.stat().st_size > MAX_IMAGE_BYTES:
            raise ImageError(f"the image file {shown!r} is too large to be a poster.")
        return path.read_bytes()
    except OSError as exc:
        raise ImageError(f"the image file {shown!r} cannot be read ({exc.strerror}).") from exc


class Counter:
    """Counts records and calls ``progress`` every ``PROGRESS_EVERY`` and once at the end."""

    def __init__(self, progress: Progress | None) -> None:
        self.progress = progress
        self.done = 0
        self._reported = -1

    def step(self) -> None:
        self.done += 1
        if self.progress is not None and self.done % PROGRESS_EVERY == 0:
            self._reported = self.done
            self.progress(self.done)

    def finish(self) -> None:
        if self.progress is not None and self._reported != self.done:
            self._reported = self.done
            self.progress(self.done)


def in_batches(items: Iterator[ImportItem], size: int = BATCH) -> Iterator[ImportItem]:
    """``items``, made ``size`` at a time with the cyclic garbage collector paused.

    Reading builds and frees millions of small objects (elements, credits, records)
    that never form cycles, yet their churn sets off the collector's full passes over
    every live object in the process. Pausing it while a batch is made, and never while
    the caller has control, read a Tellico export about 35% faster per CPU second.
    Reference counting still frees everything at once, so memory is unchanged.
    A ``FormatError`` is raised after the records made before it.
    """
    try:
        finished = False
        while not finished:
            batch: list[ImportItem] = []
            failure: FormatError | None = None
            was_enabled = gc.isenabled()
            gc.disable()
            held = 0  # poster bytes in the batch: covers make records large
            try:
                for item in items:
                    batch.append(item)
                    if isinstance(item, ImportedFilm) and item.film.poster is not None:
                        held += len(item.film.poster.image) + len(item.film.poster.thumbnail)
                    if len(batch) >= size or held > MAX_BATCH_BYTES:
                        break
                else:
                    finished = True
            except FormatError as exc:
                failure = exc
            finally:
                if was_enabled:
                    gc.enable()
            yield from batch
            if failure is not None:
                raise failure
    finally:
        close = getattr(items, "close", None)
        if close is not None:
            close()
