# SPDX-License-Identifier: GPL-3.0-or-later
"""Griffith's "Full XML" and CSV exports: import only.

The XML export is ``<root><movie>`` with one child element per column, padded with
whitespace and new lines; the CSV export (Excel dialect) starts with a header row of the
same column names, related tables written as ``volumes.name``. Both read through one
mapping keyed by column name. Cast is one "Actor as Role" per line; posters are files
written beside the export (``./posters/<md5>.jpg``).

CSV files from Griffith versions that wrote no header row cannot be told from any other
CSV and are left to the generic CSV importer.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator, Mapping
from dataclasses import replace
from pathlib import Path
from typing import IO

from filmdesk.catalogue.dto import CastCredit, CrewCredit, FilmRecord, Link
from filmdesk.catalogue.validation import WEB_URL
from filmdesk.errors import ImageError
from filmdesk.interchange import _records as rec
from filmdesk.interchange._shared import (
    BadValueError,
    csv_rows,
    decode_head,
    detect_encoding,
    header_of,
    parse_minutes,
    parse_year,
    unique,
)
from filmdesk.interchange._xmlstream import Opener, iter_children, local_name, read_heads
from filmdesk.interchange.base import FormatError, FormatInfo, ImportItem, ImportProblem, Progress

# Columns only Griffith's exports have; a CSV header holding all of them is Griffith's.
_CSV_MARKERS = {"number", "o_title", "title", "o_site"}
_XML_SNIFF = re.compile(rb"<root\s*>\s*<movie\s*>")
_LIST_SEPARATORS = re.compile(r"\s*[/,]\s*")  # "Comedy / Romance", "Fantasy, Komödie"
# Details with no filmdesk field, kept in the notes under these labels.
_NOTE_COLUMNS = (
    ("media_name", "Medium"),
    ("media_num", "Discs"),
    ("volumes_name", "Volume"),
    ("collections_name", "Collection"),
    ("region", "Region"),
    ("vcodecs_name", "Video codec"),
    ("barcode", "Barcode"),
)
_TRUE = {"1", "true", "yes"}


def _sniff(path: Path, head: bytes) -> bool:
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if start.startswith(b"<"):
        return _XML_SNIFF.search(head) is not None and (b"<o_title" in head or b"<o_site" in head)
    header = {name.lower() for name in header_of(decode_head(head))}
    return header >= _CSV_MARKERS


FORMAT = FormatInfo(
    id="griffith",
    name="Griffith export (XML or CSV)",
    extensions=("xml", "csv"),
    sniff=_sniff,
    module=__name__,
    can_import=True,
    can_export=False,
)


def read(path: Path, progress: Progress | None = None) -> Iterator[ImportItem]:
    """Films from a Griffith XML or CSV export."""
    return rec.in_batches(_read(path, progress))


def _read(path: Path, progress: Progress | None) -> Iterator[ImportItem]:

    def opener() -> IO[bytes]:
        return path.open("rb")

    try:
        with opener() as handle:
            head = handle.read(64)
    except OSError as exc:
        raise FormatError(path, f"the file cannot be read ({exc})") from exc
    counter = rec.Counter(progress)
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
        rows = _xml_movies(path, opener, counter)
    else:
        rows = _csv_movies(path, opener, counter)
    for location, columns in rows:
        yield from _convert(columns, location, path.parent)
    counter.finish()


def _xml_movies(
    path: Path, opener: Opener, counter: rec.Counter
) -> Iterator[tuple[str, dict[str, str]]]:
    heads = read_heads(opener, path, depth=1)
    if not heads or local_name(heads[0][0]) != "root":
        found = f"<{local_name(heads[0][0])}>" if heads else "nothing"
        raise FormatError(path, f"this is not a Griffith XML export (its XML starts with {found})")
    for element in iter_children(opener, path, depth=1):
        if element.tag == "movie":
            counter.step()
            columns = {child.tag: (child.text or "").strip() for child in element}
            number = columns.get("number", "")
            yield f"{path.name} movie {number if number.isdecimal() else counter.done}", columns
        element.clear()


def _csv_movies(
    path: Path, opener: Opener, counter: rec.Counter
) -> Iterator[tuple[str, dict[str, str]]]:
    encoding = detect_encoding(opener)
    with opener() as raw, io.TextIOWrapper(raw, encoding=encoding, newline="") as text:
        rows = csv_rows(text, path.name)
        first = next(rows, None)
        header = [_column_key(name) for name in first[1]] if first else []
        if not set(header) >= _CSV_MARKERS:
            raise FormatError(
                path, "this is not a Griffith CSV export (its first row is not Griffith's header)"
            )
        for line, cells in rows:
            counter.step()
            # A short row leaves its last columns empty; extra cells have no column name.
            values = dict(zip(header, (c.strip() for c in cells), strict=False))
            yield f"{path.name} line {line}", values


def _column_key(name: str) -> str:
    """CSV ``volumes.name`` and XML ``volumes_name`` are the same column."""
    return name.strip().lstrip("\ufeff").lower().replace(".", "_")


def _convert(columns: Mapping[str, str], location: str, folder: Path) -> Iterator[ImportItem]:
    title = columns.get("title") or columns.get("o_title", "")
    if not title:
        yield ImportProblem(location, "the movie has no title")
        return
    try:
        film = _film(columns, title)
    except BadValueError as exc:
        yield ImportProblem(location, f"{rec.named(title)}: {exc}")
        return
    image = _poster_path(columns, folder)
    if image is not None:
        try:
            data = rec.read_local_image(str(image), folder)
        except ImageError as exc:
            yield rec.poster_note(location, title, exc)
        else:
            poster, note = rec.poster_or_note(data, image.name, location, title)
            if note is not None:
                yield note
            film = replace(film, poster=poster)
    yield rec.as_item(film, location)


def _film(columns: Mapping[str, str], title: str) -> FilmRecord:
    def column(name: str) -> str:
        return columns.get(name, "")

    site = column("site")
    imdb_id = rec.imdb_id_in(site) if "imdb." in site.lower() else ""
    links = [
        Link(label, url)
        for label, url in (
            ("Official site", column("o_site")),
            ("Web page", "" if imdb_id else site),
            ("Trailer", column("trailer")),
        )
        if url and WEB_URL.match(url)
    ]
    crew = [CrewCredit(p, "Screenplay") for p in _names(column("screenplay"))]
    crew += [CrewCredit(p, "Director of Photography") for p in _names(column("cameraman"))]
    year_text = column("year")
    original = column("o_title")
    return FilmRecord(
        title=title,
        original_title=original if original != title else "",
        year=parse_year(year_text) if year_text not in ("", "0") else None,
        runtime=parse_minutes(column("runtime")),
        certification=column("classification"),
        directors=_names(column("director")),
        countries=_names(column("country")),
        genres=_names(column("genre")),
        studios=_names(column("studio")),
        cast=_cast(column("cast")),
        crew=tuple(crew),
        synopsis=column("plot"),
        notes=rec.join_notes(
            column("notes"), rec.note_lines((label, column(key)) for key, label in _NOTE_COLUMNS)
        ),
        rating=_rating(column("rating")),
        watched=column("seen").lower() in _TRUE,
        imdb_id=imdb_id,
        links=tuple(links),
    )


def _names(text: str) -> tuple[str, ...]:
    return unique(_LIST_SEPARATORS.split(text)) if text else ()


def _cast(text: str) -> tuple[CastCredit, ...]:
    """One "Actor as Role" per line; the first " as " splits (roles may say "(as …)")."""
    credits = []
    for line in text.splitlines():
        person, _, role = line.strip().partition(" as ")
        if person.strip():
            credits.append(CastCredit(person.strip(), role.strip()))
    return tuple(credits)


def _rating(text: str) -> float | None:
    """Griffith rates 0–10; 0 (or nothing) is unrated."""
    if not text:
        return None
    try:
        value = float(text)
    except ValueError:
        raise BadValueError(f"rating {text!r:.40} is not a number from 0 to 10") from None
    if value > 10:
        raise BadValueError(f"rating {value:g} is not between 0 and 10")
    return rec.stars(value, 10)


def _poster_path(columns: Mapping[str, str], folder: Path) -> Path | None:
    """The poster file an export points at (``image``), else ``posters/<poster_md5>.jpg``."""
    image = columns.get("image", "")
    md5 = columns.get("poster_md5", "")
    if image:
        path = Path(image)
        if path.is_absolute() or (folder / path).exists() or not md5:
            return path
    if re.fullmatch(r"[0-9a-fA-F]{32}", md5):
        return Path("posters") / f"{md5}.jpg"
    return Path(image) if image else None
