# SPDX-License-Identifier: GPL-3.0-or-later
"""CSV: one row per film, for spreadsheets and for other tools' exports.

Export writes UTF-8 with a byte order mark (so spreadsheet programs pick UTF-8), comma
separated, CRLF line ends, a header row of filmdesk's field names, and every field but
the poster (which the export summary then lists). Import reads any subset of columns,
matched by header name, in any order; common names from other programs are accepted
too (``Title``, ``Name``, ``Director``, ``Genre(s)``, ``Runtime (mins)``, ``Your Rating``,
``Const``…). The encoding is found from the content: a UTF-8 or UTF-16 byte order mark,
else UTF-16 by its zero bytes, else UTF-8 if the whole file decodes, else Windows-1252,
else Latin-1 (the last three are reported as a note). The separator is the one of
``,`` ``;`` and tab that the header row uses most.

How one cell holds a list (``"; "`` joins the items):

=================  =====================================================================
directors, genres  ``Drama; Romance`` (also languages, countries, studios, filming
                   locations, tags, viewings). Columns under another program's name
                   (``Genre``, ``Director``…) that hold no ``;`` are split on commas.
cast               ``Nicolas Cage as Ben Sanderson; Elisabeth Shue as Sera``
crew               ``Cinematography: Declan Quinn``
timeline           ``Day 1: Ben is fired; [spoiler] Week 4: Ben dies``
characters         ``[spoiler] Sera | Elisabeth Shue | She tells it all to a therapist``
settings, themes   ``Las Vegas Strip | Neon that never sleeps``
links              ``IMDb | https://www.imdb.com/title/tt0113627/``
similar            ``Blue Valentine | 2010 | <uuid of that film, when catalogued>``
rating, watched    stars ``4.5`` (also ``4,5``, ``9/10``, ``★★★★½``); ``yes``/``no``
=================  =====================================================================

A backslash escapes the next character, so a name holding ``;``, ``|``, `` as `` or
``: `` still round-trips (``AC\\/DC`` style: ``Rock\\; Roll``). A cell a spreadsheet
would run as a formula (starting with ``=``, ``+``, ``-``, ``@``, tab or carriage return)
is written with a leading apostrophe, which the import removes again.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import os
import re
import uuid as uuid_module
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from filmdesk.catalogue.dto import (
    CastCredit,
    Character,
    CrewCredit,
    FilmRecord,
    Link,
    NamedNote,
    SimilarFilm,
    TimelineEvent,
)
from filmdesk.interchange.base import (
    ExportSummary,
    FormatError,
    FormatInfo,
    ImportedFilm,
    ImportItem,
    ImportNote,
    ImportProblem,
    Progress,
)

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
MAX_CELL_CHARS = 64 * 1024**2  # a 10 MB title must reach validation, not break the reader
_CHUNK = 1024**2
_SPOILER = "[spoiler]"
_SIMPLE_LISTS = (
    "directors", "genres", "languages", "countries", "studios", "filming_locations", "tags",
)
COLUMNS = (
    "uuid", "title", "original_title", "year", "runtime", "certification", "directors",
    "genres", "languages", "countries", "synopsis", "plot", "ending", "timeline",
    "characters", "settings", "themes", "cast", "crew", "budget", "gross", "currency",
    "studios", "filming_locations", "release_date", "post_credits", "links", "imdb_id",
    "tmdb_id", "similar", "rating", "watched", "viewings", "tags", "notes", "added_at",
    "updated_at",
)
# Other programs' names for our columns, folded by _header_key (lower case, letters and
# digits only). Our own names are in it too.
ALIASES: dict[str, str] = {
    **{name.replace("_", ""): name for name in COLUMNS},
    "name": "title", "film": "title", "movie": "title", "filmtitle": "title",
    "movietitle": "title", "originalname": "original_title", "otitle": "original_title",
    "releaseyear": "year", "productionyear": "year",
    "runtimemins": "runtime", "runtimeminutes": "runtime", "length": "runtime",
    "duration": "runtime", "minutes": "runtime", "runningtime": "runtime",
    "director": "directors", "directedby": "directors", "genre": "genres",
    "category": "genres", "categories": "genres", "language": "languages",
    "country": "countries", "nationality": "countries", "actors": "cast", "actor": "cast",
    "starring": "cast", "stars": "cast", "studio": "studios", "description": "synopsis",
    "overview": "synopsis", "summary": "synopsis", "outline": "synopsis",
    "myrating": "rating", "yourrating": "rating", "userrating": "rating",
    "personalrating": "rating", "rating10": "rating", "seen": "watched",
    "watcheddate": "viewings", "watchedon": "viewings", "dateswatched": "viewings",
    "lastwatched": "viewings", "keywords": "tags", "tag": "tags", "comment": "notes",
    "comments": "notes", "note": "notes", "imdb": "imdb_id", "imdbid": "imdb_id",
    "const": "imdb_id", "imdburl": "imdb_id", "tmdb": "tmdb_id", "tmdbid": "tmdb_id",
    "mpaa": "certification", "rated": "certification", "classification": "certification",
    "released": "release_date", "premiered": "release_date", "dateadded": "added_at",
    "added": "added_at", "created": "added_at", "modified": "updated_at",
    "locations": "filming_locations", "filminglocation": "filming_locations",
    "similarfilms": "similar", "url": "links", "website": "links",
}
_IMDB_ID = re.compile(r"tt\d{7,10}")
_TMDB_URL = re.compile(r"themoviedb\.org/movie/(\d{1,10})")
_RUNTIME = re.compile(
    r"^(?:(\d{1,4})\s*(?:min|mins|minutes|m)?\.?|(\d{1,2})\s*h(?:ours?|rs?)?\s*(?:(\d{1,2})\s*"
    r"(?:min|mins|minutes|m)?\.?)?|(\d{1,2}):(\d{2}))$",
    re.IGNORECASE,
)
_FRACTION = re.compile(r"^(\d+(?:[.,]\d+)?)\s*/\s*(5|10|100)$")
_ESCAPED = re.compile(r"\\(.)", re.DOTALL)
_TRUE = frozenset({"yes", "y", "true", "1", "x", "✓", "✔", "seen", "watched", "oui", "ja"})
_FALSE = frozenset({"no", "n", "false", "0", "", "unseen", "non", "nein"})


def _header_key(name: str) -> str:
    return "".join(c for c in name.casefold() if c.isalnum())


def _sniff(path: Path, head: bytes) -> bool:
    if path.suffix.lower() in (".csv", ".tsv"):
        return True
    encoding = _bom_encoding(head) or _utf16_guess(head) or "utf-8"
    text = head.decode(encoding, errors="replace").lstrip("\ufeff")
    first = text.splitlines()[0] if text.strip() else ""
    printable = sum(c.isprintable() or c in "\t\r\n" for c in text[:2000])
    looks_text = printable >= 0.95 * min(len(text), 2000)
    return looks_text and any(sep in first for sep in (",", ";", "\t"))


FORMAT = FormatInfo(
    id="csv",
    name="CSV spreadsheet",
    extensions=("csv", "tsv"),
    sniff=_sniff,
    module=__name__,
    can_import=True,
    can_export=True,
)


# --- cells ----------------------------------------------------------------------------------


def _escape(text: str, *separators: str) -> str:
    text = text.replace("\\", "\\\\").replace(";", "\\;")
    for separator in separators:
        text = text.replace(separator, "\\" + separator)
    return text


def _unescape(text: str) -> str:
    return _ESCAPED.sub(r"\1", text) if "\\" in text else text


def _split(text: str, separator: str, limit: int = -1) -> list[str]:
    """Split on ``separator`` where it is not escaped; escapes stay for the next level."""
    if "\\" not in text:
        return text.split(separator, limit)
    parts: list[str] = []
    start = i = 0
    while i < len(text):
        if text[i] == "\\":
            i += 2
        elif text.startswith(separator, i) and limit != len(parts):
            parts.append(text[start:i])
            i += len(separator)
            start = i
        else:
            i += 1
    parts.append(text[start:])
    return parts


def _items(cell: str) -> list[str]:
    return [item.strip() for item in _split(cell, ";") if item.strip()]


def _formula_like(cell: str) -> bool:
    # Apostrophes first count too, so that the apostrophe the guard adds is never
    # confused with one that was in the value: the guard is then exactly reversible.
    return cell.lstrip("'").startswith(FORMULA_STARTS)


def _guard(cell: str) -> str:
    """Defuse a cell a spreadsheet would run as a formula with a leading apostrophe."""
    return "'" + cell if _formula_like(cell) else cell


def _unguard(cell: str) -> str:
    return cell[1:] if cell[:1] == "'" and _formula_like(cell[1:]) else cell


def _spoiler(text: str, spoiler: bool) -> str:
    if spoiler:
        return f"{_SPOILER} {text}"
    return "\\" + text if text.startswith(_SPOILER) else text


def _take_spoiler(item: str) -> tuple[str, bool]:
    if item.startswith(_SPOILER):
        return item[len(_SPOILER) :].strip(), True
    return item, False


def _parts(*values: str) -> str:
    """Item parts joined by " | ", empty trailing parts left out."""
    escaped = [_escape(v, "|") for v in values]
    while len(escaped) > 1 and not escaped[-1]:
        escaped.pop()
    return " | ".join(escaped)


def _cells(film: FilmRecord) -> list[str]:
    def join(items: Iterable[str]) -> str:
        return "; ".join(items)

    def number(value: float | None) -> str:
        if value is None:
            return ""
        return str(value) if isinstance(value, int) else f"{value:g}"  # 3600000, not 3.6e+06

    timeline = []
    for event in film.timeline:
        text = _escape(event.text)
        if event.marker:
            text = f"{_escape(event.marker, ': ')}: {text}"
        elif ": " in event.text:
            text = ": " + text  # an empty marker, so the text's own colon is not taken as one
        timeline.append(_spoiler(text, event.spoiler))
    crew = []
    for credit in film.crew:
        person = _escape(credit.person)
        crew.append(f"{_escape(credit.job, ': ')}: {person}" if credit.job else
                    (": " + person if ": " in credit.person else person))
    values: dict[str, str] = {
        "uuid": film.uuid or "",
        "title": film.title,
        "original_title": film.original_title,
        "year": number(film.year),
        "runtime": number(film.runtime),
        "certification": film.certification,
        "synopsis": film.synopsis,
        "plot": film.plot,
        "ending": film.ending,
        "timeline": join(timeline),
        "characters": join(
            _spoiler(_parts(c.name, c.played_by, c.description), c.spoiler)
            for c in film.characters
        ),
        "settings": join(_parts(n.name, n.description) for n in film.settings),
        "themes": join(_parts(n.name, n.description) for n in film.themes),
        # " as" rather than " as ": a name ending in " as" would run into the separator.
        "cast": join(
            f"{_escape(c.person, ' as')} as {_escape(c.character)}" if c.character
            else _escape(c.person, " as")
            for c in film.cast
        ),
        "crew": join(crew),
        "budget": number(film.budget),
        "gross": number(film.gross),
        "currency": film.currency,
        "release_date": film.release_date.isoformat() if film.release_date else "",
        "post_credits": film.post_credits,
        "links": join(_parts(link.label, link.url) for link in film.links),
        "imdb_id": film.imdb_id,
        "tmdb_id": film.tmdb_id,
        "similar": join(
            _parts(s.title, str(s.year) if s.year is not None else "", s.film_uuid or "")
            for s in film.similar
        ),
        "rating": number(film.rating),
        "watched": "yes" if film.watched else "no",
        "viewings": join(day.isoformat() for day in film.viewings),
        "notes": film.notes,
        "added_at": film.added_at.isoformat() if film.added_at else "",
        "updated_at": film.updated_at.isoformat() if film.updated_at else "",
    }
    for name in _SIMPLE_LISTS:
        values[name] = join(_escape(v) for v in getattr(film, name))
    return [_guard(values[name]) for name in COLUMNS]


# --- writing --------------------------------------------------------------------------------


def write(
    films: Iterable[FilmRecord], path: Path, progress: Progress | None = None
) -> ExportSummary:
    """Write ``films`` as CSV to ``path`` (built under a temporary name, then renamed)."""
    path = Path(path)
    summary = ExportSummary(files=[path])
    partial = path.with_name(f".{path.name}.partial")
    try:
        with partial.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\r\n")
            writer.writerow(COLUMNS)
            for film in films:
                writer.writerow(_cells(film))
                summary.films += 1
                if film.poster is not None:
                    summary.drop("poster")
                if progress is not None:
                    progress(summary.films)
        os.replace(partial, path)
    except OSError as exc:
        raise FormatError(path, f"the export could not be written ({exc.strerror or exc})") from exc
    finally:
        partial.unlink(missing_ok=True)
    return summary


# --- reading --------------------------------------------------------------------------------


class _CellError(ValueError):
    """One cell cannot be read; the message says why, for people."""


def read(path: Path, progress: Progress | None = None) -> Iterator[ImportItem]:
    """Yield a film (or a problem naming the line) for each row of a CSV file.

    Raises:
        FormatError: the file cannot be read, has no header row naming a title column,
            or breaks CSV quoting so that the rows cannot be told apart.
    """
    path = Path(path)
    encoding, note = _encoding(path)
    if note:
        yield ImportNote(path.name, note)
    # Raised, never lowered: other code may rely on a larger limit already.
    csv.field_size_limit(max(csv.field_size_limit(), MAX_CELL_CHARS))
    try:
        with path.open("r", encoding=encoding, newline="") as handle:
            delimiter = _delimiter(handle.read(64 * 1024))
            handle.seek(0)
            # strict: a quote left open at the end is an error, not a last cell that
            # silently swallows the rest of the file.
            reader = csv.reader(handle, delimiter=delimiter, strict=True)
            yield from _rows(reader, path, progress)
    except UnicodeError as exc:
        raise FormatError(path, f"the text cannot be decoded as {encoding} ({exc})") from exc
    except OSError as exc:
        raise FormatError(path, f"the file cannot be read ({exc.strerror or exc})") from exc


def _rows(
    reader: Any, path: Path, progress: Progress | None
) -> Iterator[ImportItem]:
    line = 0
    try:
        header = next(reader, None)
        line = reader.line_num
        columns, ignored = _columns(header or [], path)
        if ignored:
            yield ImportNote(path.name, "columns not imported: " + ", ".join(ignored))
        done = 0
        for row in reader:
            first_line, line = line + 1, reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            where = f"{path.name} line {first_line}"
            try:
                yield ImportedFilm(_film(row, columns, len(header or [])), where)
            except _CellError as exc:
                yield ImportProblem(where, str(exc))
            done += 1
            if progress is not None:
                progress(done)
    except csv.Error as exc:
        reason = (
            "the file ends inside a quoted cell; it is truncated or a quote is missing"
            if "end of data" in str(exc)
            else f"the CSV is malformed ({exc})"
        )
        raise FormatError(path, f"line {reader.line_num}: {reason}") from exc


def _columns(header: list[str], path: Path) -> tuple[list[tuple[int, str, str, bool]], list[str]]:
    """(cell index, field, header as written, foreign name) per known column; ignored names."""
    columns: list[tuple[int, str, str, bool]] = []
    taken: set[str] = set()
    ignored: list[str] = []
    for index, raw in enumerate(header):
        name = raw.strip().lstrip("\ufeff")
        field = ALIASES.get(_header_key(name))
        if field is None or field in taken:
            if name:
                ignored.append(name)
            continue
        taken.add(field)
        columns.append((index, field, name, name != field))
    if "title" not in taken:
        raise FormatError(
            path,
            "the first row must name the columns, one of them the title "
            "(Title, Year, Director, …)",
        )
    return columns, ignored


def _film(row: list[str], columns: list[tuple[int, str, str, bool]], width: int) -> FilmRecord:
    if len(row) > width and any(cell.strip() for cell in row[width:]):
        raise _CellError(
            f"the row has {len(row)} cells but the header names {width} columns "
            "(an unquoted separator?)"
        )
    values: dict[str, Any] = {}
    for index, field, header, foreign in columns:
        cell = _unguard(row[index].strip()) if index < len(row) else ""
        if not cell:
            continue
        try:
            values[field] = _PARSERS[field](cell, foreign)
        except (_CellError, ValueError) as exc:
            raise _CellError(f"{header}: {exc}") from None
    if not values.get("title"):
        raise _CellError("the title is empty")
    if "viewings" in values and "watched" not in values:
        values["watched"] = True  # a file of viewing dates says the films were seen
    return FilmRecord(**values)


def _text(cell: str, foreign: bool) -> str:
    return cell


def _names(cell: str, foreign: bool) -> tuple[str, ...]:
    if foreign and ";" not in cell and "," in cell:
        return tuple(name.strip() for name in cell.split(",") if name.strip())
    return tuple(_unescape(item) for item in _items(cell))


def _whole(cell: str, foreign: bool) -> int:
    digits = re.sub(r"[\s,._'$€£¥]", "", cell)
    if not digits.isdecimal() or len(digits) > 18:
        raise _CellError(f"{cell!r:.40} is not a whole number")
    return int(digits)


def _year(cell: str, foreign: bool) -> int:
    match = re.match(r"^(\d{1,6})(?:$|[-/.]\d)", cell)
    if not match:
        raise _CellError(f"{cell!r:.40} is not a year")
    return int(match.group(1))


def _runtime(cell: str, foreign: bool) -> int:
    match = _RUNTIME.match(cell)
    if not match:
        if re.match(r"^-?\d+$", cell):
            return int(cell)  # out of range; validation says so with the limits
        raise _CellError(f"{cell!r:.40} is not a running time in minutes")
    minutes, hours, hour_minutes, clock_hours, clock_minutes = match.groups()
    if minutes:
        return int(minutes)
    if hours:
        return int(hours) * 60 + int(hour_minutes or 0)
    return int(clock_hours) * 60 + int(clock_minutes)


def _rating(cell: str, foreign: bool) -> float:
    stars = cell.replace("☆", "")
    if stars and set(stars) <= {"★", "½"}:
        return stars.count("★") + 0.5 * stars.count("½")
    fraction = _FRACTION.match(cell)
    if fraction:
        value, scale = float(fraction.group(1).replace(",", ".")), int(fraction.group(2))
        return round(value / scale * 10) / 2
    try:
        return float(cell.replace(",", "."))
    except ValueError:
        raise _CellError(f"{cell!r:.40} is not a number of stars") from None


def _watched(cell: str, foreign: bool) -> bool:
    folded = cell.casefold()
    if folded in _TRUE:
        return True
    if folded in _FALSE:
        return False
    raise _CellError(f"{cell!r:.40} is not yes or no")


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip()[:10])
    except ValueError:
        raise _CellError(f"{text!r:.40} is not a date like 2024-03-31") from None


def _release_date(cell: str, foreign: bool) -> dt.date:
    return _date(cell)


def _viewings(cell: str, foreign: bool) -> tuple[dt.date, ...]:
    items = _items(cell)
    if foreign and len(items) == 1 and "," in cell:
        items = [part.strip() for part in cell.split(",") if part.strip()]
    return tuple(sorted(_date(_unescape(item)) for item in items))


def _datetime(cell: str, foreign: bool) -> dt.datetime:
    try:
        value = dt.datetime.fromisoformat(cell)
    except ValueError:
        raise _CellError(f"{cell!r:.40} is not a date and time like 2024-03-31T20:15:00") from None
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def _imdb(cell: str, foreign: bool) -> str:
    found = _IMDB_ID.search(cell)
    if found is None:
        raise _CellError(f"{cell!r:.40} is not an IMDb id like tt0113627")
    return found.group(0)


def _uuid(cell: str, foreign: bool) -> str:
    try:
        return str(uuid_module.UUID(cell))
    except ValueError:
        raise _CellError(f"{cell!r:.60} is not a uuid") from None


def _tmdb(cell: str, foreign: bool) -> str:
    found = _TMDB_URL.search(cell)
    return found.group(1) if found else cell


def _cast(cell: str, foreign: bool) -> tuple[CastCredit, ...]:
    if foreign and ";" not in cell and "," in cell and " as " not in cell:
        return tuple(CastCredit(name.strip()) for name in cell.split(",") if name.strip())
    credits = []
    for item in _items(cell):
        person, *character = _split(item, " as ", 1)
        credits.append(CastCredit(_unescape(person.strip()),
                                  _unescape(character[0].strip()) if character else ""))
    return tuple(credits)


def _crew(cell: str, foreign: bool) -> tuple[CrewCredit, ...]:
    credits = []
    for item in _items(cell):
        job, *person = _split(item, ": ", 1)
        if person:
            credits.append(CrewCredit(_unescape(person[0].strip()), _unescape(job.strip())))
        else:
            credits.append(CrewCredit(_unescape(job.strip()), ""))
    return tuple(credits)


def _timeline(cell: str, foreign: bool) -> tuple[TimelineEvent, ...]:
    events = []
    for raw in _items(cell):
        item, spoiler = _take_spoiler(raw)
        marker, *text = _split(item, ": ", 1)
        if text:
            events.append(TimelineEvent(_unescape(text[0].strip()), _unescape(marker.strip()),
                                        spoiler))
        else:
            events.append(TimelineEvent(_unescape(marker.strip()), "", spoiler))
    return tuple(events)


def _fields_of(item: str, count: int) -> list[str]:
    parts = [_unescape(part.strip()) for part in _split(item, "|", count - 1)]
    return parts + [""] * (count - len(parts))


def _characters(cell: str, foreign: bool) -> tuple[Character, ...]:
    found = []
    for raw in _items(cell):
        item, spoiler = _take_spoiler(raw)
        name, played_by, description = _fields_of(item, 3)
        found.append(Character(name, played_by, description, spoiler))
    return tuple(found)


def _notes(cell: str, foreign: bool) -> tuple[NamedNote, ...]:
    return tuple(NamedNote(*_fields_of(item, 2)) for item in _items(cell))


def _links(cell: str, foreign: bool) -> tuple[Link, ...]:
    links = []
    for item in _items(cell):
        label, url = _fields_of(item, 2)
        links.append(Link(label, url) if url else Link("", label))
    return tuple(links)


def _similar(cell: str, foreign: bool) -> tuple[SimilarFilm, ...]:
    found = []
    for item in _items(cell):
        title, year, film_uuid = _fields_of(item, 3)
        if year and not year.isdecimal():
            raise _CellError(f"{year!r:.20} is not the year of a similar film")
        found.append(SimilarFilm(title, int(year) if year else None, film_uuid=film_uuid or None))
    return tuple(found)


_PARSERS: dict[str, Callable[[str, bool], Any]] = {
    **{name: _text for name in COLUMNS},
    **{name: _names for name in _SIMPLE_LISTS},
    "year": _year,
    "runtime": _runtime,
    "budget": _whole,
    "gross": _whole,
    "rating": _rating,
    "watched": _watched,
    "release_date": _release_date,
    "viewings": _viewings,
    "added_at": _datetime,
    "updated_at": _datetime,
    "uuid": _uuid,
    "imdb_id": _imdb,
    "tmdb_id": _tmdb,
    "cast": _cast,
    "crew": _crew,
    "timeline": _timeline,
    "characters": _characters,
    "settings": _notes,
    "themes": _notes,
    "links": _links,
    "similar": _similar,
}


# --- encoding and separator -----------------------------------------------------------------


def _bom_encoding(head: bytes) -> str | None:
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    return None


def _utf16_guess(head: bytes) -> str | None:
    """UTF-16 without a byte order mark: mostly-ASCII text has a zero in every other byte."""
    sample = head[:4096]
    if len(sample) < 4 or b"\x00" not in sample:
        return None
    odd_zeros = sample[1::2].count(0)
    even_zeros = sample[0::2].count(0)
    half = len(sample) // 2
    if odd_zeros > 0.4 * half and even_zeros < 0.05 * half:
        return "utf-16-le"
    if even_zeros > 0.4 * half and odd_zeros < 0.05 * half:
        return "utf-16-be"
    return None


def _encoding(path: Path) -> tuple[str, str]:
    """The file's encoding and, when it had to be guessed, a note saying so."""
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
            found = _bom_encoding(head)
            if found:
                return found, ""
            guessed = _utf16_guess(head)
            if guessed:
                return guessed, "no byte order mark; read as UTF-16 from its zero bytes"
            for encoding in ("utf-8", "cp1252"):
                handle.seek(0)
                decoder = codecs.getincrementaldecoder(encoding)()
                try:
                    while chunk := handle.read(_CHUNK):
                        decoder.decode(chunk)
                    decoder.decode(b"", final=True)
                except UnicodeDecodeError:
                    continue
                if encoding == "utf-8":
                    return encoding, ""
                return encoding, "the file is not UTF-8; read as Windows-1252 (Western European)"
    except OSError as exc:
        raise FormatError(path, f"the file cannot be read ({exc.strerror or exc})") from exc
    return "latin-1", "the file is not UTF-8; read as Latin-1 (ISO 8859-1)"


def _delimiter(sample: str) -> str:
    """The separator the header row uses most: comma, semicolon or tab."""
    first = sample.lstrip("\ufeff").split("\n", 1)[0]
    counts = {sep: first.count(sep) for sep in (",", ";", "\t")}
    best = max(counts, key=lambda sep: counts[sep])
    return best if counts[best] else ","


__all__ = ["COLUMNS", "FORMAT", "read", "write"]
