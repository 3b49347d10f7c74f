# SPDX-License-Identifier: GPL-3.0-or-later
"""Small helpers shared by the Letterboxd, IMDb and Kodi modules (not a format itself).

CSV text whose encoding is unknown, line-numbered rows, value parsing that says what
was wrong, and the export bookkeeping of fields a format cannot hold.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import fields
from typing import IO

from filmdesk.catalogue.dto import FilmRecord
from filmdesk.catalogue.text import clean
from filmdesk.catalogue.validation import FIRST_FILM_YEAR, latest_year, validate_film
from filmdesk.errors import ValidationError
from filmdesk.interchange.base import ExportSummary, FormatError, ImportNote, ImportProblem

_CHUNK = 64 * 1024
# The csv module refuses cells over 128 KiB by default; a long review or a 10 MB title
# should reach validation as one bad row, not end the file. csv_format raises the same
# process-wide limit to the same value, so the result does not depend on which ran first.
MAX_CELL_CHARS = 64 * 1024**2
_LEADING_YEAR = re.compile(r"^\s*(\d{4})(?:\D|$)")
_MINUTES = re.compile(r"^\s*(\d{1,6})(?:\s*(?:min|mins|minutes)\.?)?\s*$", re.IGNORECASE)


class BadValueError(ValueError):
    """One value of a record is unusable; the message is worded for people."""


# --- text and CSV ---------------------------------------------------------------------------


def detect_encoding(open_binary: Callable[[], IO[bytes]]) -> str:
    """The encoding of a CSV export: UTF-8 (with or without BOM), else Windows-1252, else Latin-1.

    IMDb and spreadsheet round trips often leave cp1252 files; a whole-file pass with an
    incremental decoder decides without holding the file in memory.
    """
    for encoding in ("utf-8-sig", "cp1252"):
        decoder = codecs.getincrementaldecoder(encoding)("strict")
        try:
            with open_binary() as handle:
                while chunk := handle.read(_CHUNK):
                    decoder.decode(chunk)
                decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            continue
        return encoding
    return "latin-1"  # decodes any byte; the text may be odd but never fails


def encoding_note(encoding: str, location: str) -> ImportNote | None:
    """A note telling the person a file was not UTF-8, so odd letters have an explanation."""
    if encoding == "utf-8-sig":
        return None
    shown = {"cp1252": "Windows-1252", "latin-1": "Latin-1"}.get(encoding, encoding)
    return ImportNote(location, f"the file is not UTF-8; it was read as {shown}")


def decode_head(head: bytes) -> str:
    """The first bytes of a file as text, for sniffers (a cut multi-byte character is fine)."""
    if head.startswith(codecs.BOM_UTF8):
        head = head[len(codecs.BOM_UTF8) :]
    try:
        return head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start >= len(head) - 3:  # only the last character was cut by the sniff limit
            return head[: exc.start].decode("utf-8")
        return head.decode("cp1252", errors="replace")


def header_of(text: str) -> list[str]:
    """The first CSV row of ``text`` (for sniffing), stripped; empty when there is none."""
    first_line = text.splitlines()[0] if text else ""
    try:
        row = next(csv.reader([first_line]), [])
    except csv.Error:
        return []
    return [cell.strip().lstrip("\ufeff") for cell in row]


def csv_rows(stream: IO[str], source: str) -> Iterator[tuple[int, list[str]]]:
    """Yield ``(first line number, cells)`` for each CSV record; blank lines are skipped.

    A quoted field may span lines, so the number is that of the line the record starts on.
    What the csv module still refuses (a cell over ``MAX_CELL_CHARS``) ends the file.
    """
    # Raised, never lowered: other code may rely on a larger limit already.
    csv.field_size_limit(max(csv.field_size_limit(), MAX_CELL_CHARS))
    reader = csv.reader(stream, strict=False)
    start = 1
    try:
        for row in reader:
            if any(cell.strip() for cell in row):
                yield start, row
            start = reader.line_num + 1
    except csv.Error as exc:
        raise FormatError(source, f"line {start}: {exc}") from exc


# --- values ---------------------------------------------------------------------------------


def split_list(text: str, separator: str = ",") -> tuple[str, ...]:
    """Split a joined list, cleaning each part and dropping empty and repeated ones."""
    return unique(text.split(separator))


def unique(values: Iterable[str]) -> tuple[str, ...]:
    """Cleaned, non-empty values in their first order, without case-insensitive repeats."""
    seen: set[str] = set()
    out: list[str] = []
    for value in values:
        value = clean(value)
        if value and value.casefold() not in seen:
            seen.add(value.casefold())
            out.append(value)
    return tuple(out)


def parse_year(text: str, *, allow_range: bool = False) -> int | None:
    """A film year from ``text`` ("1995"; "2013–2023" keeps the first when ``allow_range``)."""
    text = text.strip()
    if not text:
        return None
    match = _LEADING_YEAR.match(text)
    if text.isdecimal() and len(text) < 10:
        year = int(text)
    elif match and allow_range:
        year = int(match.group(1))
    else:
        raise BadValueError(f"year {text!r:.40} is not a year")
    if not FIRST_FILM_YEAR <= year <= latest_year():
        raise BadValueError(f"year {year} is not between {FIRST_FILM_YEAR} and {latest_year()}")
    return year


def parse_minutes(text: str) -> int | None:
    """A runtime in whole minutes ("113", "113 min"); ``None`` when blank or zero."""
    if not text.strip():
        return None
    match = _MINUTES.match(text)
    if not match:
        raise BadValueError(f"runtime {text!r:.40} is not a number of minutes")
    minutes = int(match.group(1))
    if minutes > 1000:
        raise BadValueError(f"runtime {minutes} minutes is not plausible")
    return minutes or None  # several programs write 0 for "unknown"


def parse_date(text: str, what: str) -> dt.date | None:
    """An ISO date ("2024-03-01", optionally followed by a time); ``None`` when blank."""
    text = text.strip()
    if not text:
        return None
    try:
        day = dt.date.fromisoformat(text[:10])
    except ValueError:
        raise BadValueError(f"{what} {text!r:.40} is not a date like 2024-03-01") from None
    if day.year < FIRST_FILM_YEAR or day.year > latest_year():
        raise BadValueError(f"{what} {day.isoformat()} is not a plausible date")
    return day


def stars_from_ten(value: float, what: str) -> float:
    """A 1–10 score as stars (0.5–5), rounded to the nearest half star."""
    if not 1 <= value <= 10:
        raise BadValueError(f"{what} {value:g} is not between 1 and 10")
    return int(value + 0.5) / 2  # whole points on the 1–10 scale are half stars


# --- records --------------------------------------------------------------------------------


def checked(film: FilmRecord, location: str) -> FilmRecord | ImportProblem:
    """The film itself when it passes the catalogue's rules, else a problem naming the field."""
    try:
        validate_film(film)
    except ValidationError as exc:
        return ImportProblem(location, str(exc))
    return film


# Fields that are bookkeeping, not content: never reported as dropped.
_NOT_CONTENT = {"id", "uuid", "version", "updated_at", "currency"}


def note_dropped(film: FilmRecord, summary: ExportSummary, kept: Iterable[str]) -> None:
    """Count, for the export summary, each field of ``film`` with a value the format lacks."""
    keep = set(kept) | _NOT_CONTENT
    for f in fields(film):
        if f.name not in keep and getattr(film, f.name) not in (None, "", (), False):
            summary.drop(f.name)
