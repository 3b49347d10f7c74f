# SPDX-License-Identifier: GPL-3.0-or-later
"""Tellico (KDE) video collections: ``.tc`` zips and bare XML, in and out.

A ``.tc`` is normally a zip holding ``tellico.xml`` (``bookcase.xml`` in files from
Tellico's Bookcase days) and an ``images/`` folder whose files are named by image id
(an MD5 of the image plus its format). Tellico also opens a bare XML ``.tc``; its "Export
XML" can embed the images as base64 in an ``<images>`` block after the entries.

Reading goes by the shape of the XML, so old and new syntax versions read alike: a leaf is a
value, a ``…s`` wrapper holds one child per value, a child holding ``<column>``s is a
table row, and ``<year>/<month>/<day>`` children make a date. Field definitions, when
present, supply rating scales and titles for the details that land in the notes.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import functools
import hashlib
import math
import os
import re
import tempfile
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO

from filmdesk.catalogue.dto import CastCredit, CrewCredit, FilmRecord, Link, Poster
from filmdesk.catalogue.validation import WEB_URL
from filmdesk.errors import ImageError
from filmdesk.interchange import _records as rec
from filmdesk.interchange._shared import (
    BadValueError,
    note_dropped,
    parse_minutes,
    parse_year,
)
from filmdesk.interchange._xmlstream import (
    iter_children,
    iter_elements,
    local_name,
    namespace_of,
    plain_text,
    read_heads,
    text_of,
    xml_attr,
    xml_text,
)
from filmdesk.interchange.base import (
    ExportSummary,
    FormatError,
    FormatInfo,
    ImportItem,
    ImportNote,
    ImportProblem,
    Progress,
    is_zip_with,
    safe_zip,
)

TELLICO_NS = "http://periapsis.org/tellico/"  # Bookcase files use .../bookcase/; any is read
SYNTAX_VERSION = 11
VIDEO = 3
# Collection type codes (Tellico's collection.h), for saying what a file holds instead.
_TYPE_NAMES = {
    1: "custom",
    2: "book",
    3: "video",
    4: "music",
    5: "bibliography",
    6: "comic book",
    7: "wine",
    8: "coin",
    9: "stamp",
    10: "trading card",
    11: "video game",
    12: "file catalog",
    13: "board game",
}
# Before syntax 4 the collection had no type code, only the name of its entries.
_UNIT_TYPES = {"book": 2, "video": 3, "album": 4, "bibtex": 5, "comic": 6, "wine": 7, "coin": 8}

# Multi-value fields: Tellico joins values with "; " in memory and re-splits on load.
_MULTI = {
    "genre", "nationality", "language", "director", "producer", "writer", "composer",
    "studio", "keyword", "subtitle", "audio-track", "aspect-ratio", "alttitle",
}  # fmt: skip
# Tellico column ↔ filmdesk crew jobs (filmdesk uses TMDb's job names).
_CREW_FIELDS = {"writer": "Screenplay", "producer": "Producer", "composer": "Original Music"}
_JOB_FIELDS = {
    "screenplay": "writer", "writer": "writer", "screenwriter": "writer", "story": "writer",
    "novel": "writer", "author": "writer", "teleplay": "writer",
    "producer": "producer",
    "original music": "composer", "original music composer": "composer", "composer": "composer",
    "music": "composer",
}  # fmt: skip
# Fields read into FilmRecord attributes (or deliberately skipped); the rest go to notes.
_HANDLED = {
    "title", "origtitle", "year", "running-time", "certification", "genre", "nationality",
    "language", "director", "producer", "writer", "composer", "studio", "plot", "rating",
    "keyword", "comments", "cover", "imdb", "cdate", "mdate", "id", "cast", "seen",
}  # fmt: skip
# Titles of default video fields, for notes when the file has no <fields> block.
_DEFAULT_TITLES = {
    "medium": "Medium", "region": "Region", "format": "Format", "subtitle": "Subtitle Languages",
    "audio-track": "Audio Tracks", "aspect-ratio": "Aspect Ratio", "widescreen": "Widescreen",
    "color": "Color Mode", "directors-cut": "Director's Cut", "pur_date": "Purchase Date",
    "gift": "Gift", "pur_price": "Purchase Price", "loaned": "Loaned",
}  # fmt: skip
_URL_LABELS = {"imdb": "IMDb", "url": "Web page", "amazon": "Amazon"}
_FIELD_URL, _FIELD_IMAGE = 7, 10  # field types
_DERIVED = 32  # field flag: the value is computed, not stored
_SAFE_IMAGE_ID = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.\-]{0,200}$")
_XML_ROOT = re.compile(rb"<(?:!DOCTYPE\s+)?(?:[A-Za-z_][\w.\-]*:)?(?:tellico|bookcase)[\s>/]")


def _sniff(path: Path, head: bytes) -> bool:
    if head.startswith(b"PK\x03\x04"):
        return is_zip_with(path, head, "tellico.xml") or is_zip_with(path, head, "bookcase.xml")
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    return start.startswith(b"<") and (
        b"periapsis.org/tellico" in head
        or b"periapsis.org/bookcase" in head
        or _XML_ROOT.search(head) is not None
    )


FORMAT = FormatInfo(
    id="tellico",
    name="Tellico collection",
    extensions=("tc",),
    sniff=_sniff,
    module=__name__,
    can_import=True,
    can_export=True,
)


# --- reading -----------------------------------------------------------------------------


@dataclass(slots=True)
class _FieldDef:
    title: str
    type: int
    flags: int
    props: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class _Images:
    """Where an entry's cover id can be found: zip members, spooled base64, a side folder."""

    archive: zipfile.ZipFile | None = None
    members: set[str] = field(default_factory=set)
    spooled: dict[str, Path] = field(default_factory=dict)
    side_folder: Path | None = None  # Tellico's "<name>_files" image folder
    base: Path = Path()


class _LocalNames(dict[str, str]):
    """``{namespace}name`` → ``name``, remembered: a file uses a few dozen tags."""

    def __missing__(self, tag: str) -> str:
        name = self[tag] = local_name(tag)
        return name


@dataclass(slots=True)
class _Context:
    label: str  # "tellico.xml" or the bare file's name, for locations
    syntax: int
    images: _Images
    fields: dict[str, _FieldDef] = field(default_factory=dict)
    local: _LocalNames = field(default_factory=_LocalNames)


def read(path: Path, progress: Progress | None = None) -> Iterator[ImportItem]:
    """Films from a Tellico video collection (``.tc`` zip or bare XML)."""
    return rec.in_batches(_read(path, progress))


def _read(path: Path, progress: Progress | None) -> Iterator[ImportItem]:
    with ExitStack() as stack:
        opener, label, images = _open(path, stack)
        heads = read_heads(opener, path, depth=2)
        ns, syntax, entry_names = _check_heads(path, heads)
        if images.archive is None and _has_embedded_images(path):
            folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="filmdesk-tc-")))
            images.spooled = _spool_embedded_images(opener, path, ns, folder)
        context = _Context(label, syntax, images)
        prefix = "{" + ns + "}" if ns else ""
        entry_tags = {prefix + name for name in entry_names}
        fields_tags = {prefix + "fields", prefix + "attributes"}
        images_tag = prefix + "images"
        counter = rec.Counter(progress)
        for element in iter_children(opener, path, depth=2, drain=frozenset({images_tag})):
            tag = element.tag
            if tag in entry_tags:
                counter.step()
                entry_id = element.get("id", "").strip()
                location = f"{label} entry {entry_id if entry_id.isdecimal() else counter.done}"
                yield from _convert_entry(element, location, context)
            elif tag in fields_tags:
                context.fields = _field_definitions(element)
            element.clear()
        counter.finish()


def _open(path: Path, stack: ExitStack) -> tuple[Callable[[], IO[bytes]], str, _Images]:
    """How to open the collection XML, its name for messages, and where images live."""
    side = path.with_name(path.stem + "_files")
    images = _Images(side_folder=side if side.is_dir() else None, base=path.parent)
    try:
        with path.open("rb") as handle:
            is_zip = handle.read(4) == b"PK\x03\x04"
    except OSError as exc:
        raise FormatError(path, f"the file cannot be read ({exc})") from exc
    if not is_zip:
        return (lambda: path.open("rb")), path.name, images
    archive = stack.enter_context(safe_zip(path))
    names = set(archive.namelist())
    # Tellico looks for the XML at the top of the archive only; "bookcase.xml" is pre-0.13.
    member = next((m for m in ("tellico.xml", "bookcase.xml") if m in names), None)
    if member is None:
        raise FormatError(path, "the archive holds no tellico.xml, so it is not a Tellico file")
    images.archive = archive
    images.members = {n[len("images/") :] for n in names if n.startswith("images/")} - {""}
    return (lambda: archive.open(member)), member, images


def _check_heads(path: Path, heads: list[tuple[str, dict[str, str]]]) -> tuple[str, int, set[str]]:
    """Namespace, syntax version and entry element names; refuse anything but videos."""
    if not heads or local_name(heads[0][0]) not in ("tellico", "bookcase"):
        found = f"<{local_name(heads[0][0])}>" if heads else "nothing"
        raise FormatError(path, f"this is not a Tellico collection (its XML starts with {found})")
    root_tag, root = heads[0]
    version = root.get("syntaxVersion") or root.get("version") or "0"
    syntax = int(version) if version.strip().isdecimal() else 0
    if len(heads) < 2 or local_name(heads[1][0]) != "collection":
        raise FormatError(path, "the Tellico file holds no collection")
    collection = heads[1][1]
    unit = collection.get("unit", "").strip()
    type_text = collection.get("type", "").strip()
    type_code = int(type_text) if type_text.isdecimal() else _UNIT_TYPES.get(unit, 0)
    if type_code != VIDEO:
        kind = _TYPE_NAMES.get(type_code, unit or "unknown")
        title = collection.get("title", "").strip()
        named = f" “{title[:80]}”" if title else ""
        raise FormatError(
            path, f"the Tellico file holds a {kind} collection{named}; filmdesk imports videos"
        )
    return namespace_of(root_tag), syntax, {"entry", unit} - {""}


def _field_definitions(fields: ET.Element) -> dict[str, _FieldDef]:
    out: dict[str, _FieldDef] = {}
    for definition in fields:
        name = definition.get("name", "")
        if not name or name == "_default":
            continue
        props = {p.get("name", ""): text_of(p) for p in definition}
        out[name] = _FieldDef(
            title=definition.get("title", name),
            type=_int_attr(definition.get("type"), 1),
            flags=_int_attr(definition.get("flags"), 0),
            props=props,
        )
    return out


def _int_attr(value: str | None, default: int) -> int:
    return int(value) if value and value.strip().isdecimal() else default


@dataclass(slots=True)
class _Values:
    """One entry's field values, by field name."""

    values: dict[str, list[str]] = field(default_factory=dict)
    rows: dict[str, list[list[str]]] = field(default_factory=dict)
    dates: dict[str, tuple[str, str, str]] = field(default_factory=dict)

    def first(self, name: str) -> str:
        found = self.values.get(name)
        return found[0] if found else ""

    def many(self, name: str) -> tuple[str, ...]:
        """The field's values in order, repeats dropped."""
        found = self.values.get(name)
        if not found:
            return ()
        if name in _MULTI:
            for value in found:
                if "; " in value:
                    # "A; B" in one element is two values to Tellico (syntax 1 wrote so).
                    parts = (part.strip() for v in found for part in v.split("; "))
                    return tuple(dict.fromkeys(part for part in parts if part))
        return tuple(dict.fromkeys(found))


def _collect(entry: ET.Element, syntax: int, local: _LocalNames) -> _Values:
    """Sort an entry's elements into plain values, table rows and dates (by shape)."""
    out = _Values()
    values, rows, dates = out.values, out.rows, out.dates
    for child in entry:
        text = child.text
        # A leaf holds text; a wrapper holds only the whitespace before its children.
        if text is not None and (text := text.strip()):
            name = local[child.tag]
            if syntax < 2 and name == "keywords":
                name = "keyword"  # syntax 1 kept keywords under the plural name
            values.setdefault(name, []).append(text)
            continue
        if not len(child):
            continue
        # A date: <cdate calendar="gregorian"><year>…; but <years><year>… is a list.
        if child.get("calendar") is not None or (
            local[child[0].tag] in ("year", "month", "day") and local[child.tag] != "years"
        ):
            parts = {local[part.tag]: (part.text or "").strip() for part in child}
            dates[local[child.tag]] = (
                parts.get("year", ""),
                parts.get("month", ""),
                parts.get("day", ""),
            )
            continue
        for item in child:  # <genres><genre>…</genre></genres> or <casts><cast><column>…
            text = item.text
            if text is not None and (text := text.strip()):
                values.setdefault(local[item.tag], []).append(text)
            elif len(item):
                row = [(column.text or "").strip() for column in item]
                rows.setdefault(local[item.tag], []).append(row)
    return out


def _convert_entry(entry: ET.Element, location: str, context: _Context) -> Iterator[ImportItem]:
    found = _collect(entry, context.syntax, context.local)
    title = found.first("title")
    if not title:
        yield ImportProblem(location, "the entry has no title")
        return
    try:
        film = _film(found, context)
    except BadValueError as exc:
        yield ImportProblem(location, f"{rec.named(title)}: {exc}")
        return
    cover = found.first("cover")
    if cover:
        poster, note = _poster(cover, location, title, context)
        if note is not None:
            yield note
        if poster is not None:
            film = replace(film, poster=poster)
    yield rec.as_item(film, location)


def _film(found: _Values, context: _Context) -> FilmRecord:
    fields = context.fields
    year_text = found.first("year")
    cast = [
        CastCredit(row[0], row[1] if len(row) > 1 else "")
        for row in _cast_rows(found)
        if row and row[0]
    ]
    crew = [
        CrewCredit(person, job) for name, job in _CREW_FIELDS.items() for person in found.many(name)
    ]
    imdb_url = found.first("imdb")
    links: list[Link] = []
    extras: list[tuple[str, str]] = []
    for name, values in found.values.items():
        definition = fields.get(name)
        if name in _HANDLED or (definition and definition.flags & _DERIVED):
            continue
        if definition and definition.type == _FIELD_IMAGE:
            continue
        label = definition.title if definition else _DEFAULT_TITLES.get(name, name)
        is_url = (definition.type == _FIELD_URL) if definition else name in _URL_LABELS
        for value in values:
            if is_url and WEB_URL.match(value):
                links.append(Link(_URL_LABELS.get(name, label), value))
            else:
                extras.append((label, "yes" if value == "true" else value))
    imdb_id = rec.imdb_id_in(imdb_url)
    if imdb_url and not imdb_id and WEB_URL.match(imdb_url):
        links.append(Link("IMDb", imdb_url))
    return FilmRecord(
        title=found.first("title"),
        original_title=found.first("origtitle"),
        year=parse_year(year_text.split("; ")[0]),
        runtime=parse_minutes(found.first("running-time")),
        certification=found.first("certification"),
        genres=found.many("genre"),
        countries=found.many("nationality"),
        languages=found.many("language"),
        directors=found.many("director"),
        studios=found.many("studio"),
        tags=found.many("keyword"),
        cast=tuple(cast),
        crew=tuple(crew),
        synopsis=plain_text(found.first("plot")),
        notes=rec.join_notes(plain_text(found.first("comments")), rec.note_lines(extras)),
        rating=_rating(found.first("rating"), fields.get("rating")),
        watched=found.first("seen").lower() in ("true", "1", "yes"),
        imdb_id=imdb_id,
        links=tuple(links),
        added_at=_moment(found, "cdate"),
        updated_at=_moment(found, "mdate"),
    )


def _cast_rows(found: _Values) -> list[list[str]]:
    rows = found.rows.get("cast", [])
    if "cast" in found.values:
        # Before tables had <column> children, a row was "Actor::Role" in one element.
        rows = rows + [[c.strip() for c in v.split("::")] for v in found.values["cast"]]
    return rows


def _rating(text: str, definition: _FieldDef | None) -> float | None:
    if not text:
        return None
    match = re.match(r"\s*(\d+(?:\.\d+)?)", text)  # old choice values read "4 - Good"
    if not match:
        raise BadValueError(f"rating {text!r:.40} is not a number")
    maximum = 5.0
    if definition is not None:
        try:
            maximum = float(definition.props.get("maximum", "5") or 5)
        except ValueError:
            maximum = 5.0
        if not 0 < maximum <= 100:  # a broken scale (0, NaN…): read it as Tellico's default
            maximum = 5.0
    value = float(match.group(1))
    if value > maximum:
        raise BadValueError(f"rating {text!r:.40} is above the field's maximum of {maximum:g}")
    return rec.stars(value, maximum)


def _moment(found: _Values, name: str) -> dt.datetime | None:
    """A date field (``cdate``, ``mdate``) as midnight UTC."""
    if name in found.dates:
        return _midnight(*found.dates[name])
    text = found.first(name)  # older files wrote dates as "yyyy-mm-dd" text
    return rec.midnight_utc(rec.day_month_year(text)) if text else None


@functools.lru_cache(maxsize=4096)
def _midnight(year: str, month: str, day: str) -> dt.datetime | None:
    # Entries added in one sitting share their dates; a large file repeats a few thousand.
    return rec.midnight_utc(rec.date_from_parts(year, month, day))


def _poster(
    image_id: str, location: str, title: str, context: _Context
) -> tuple[Poster | None, ImportNote | None]:
    try:
        data = _image_bytes(image_id, context.images)
    except ImageError as exc:
        return None, rec.poster_note(location, title, exc)
    except OSError as exc:
        error = ImageError(f"the cover image {image_id[:80]!r} cannot be read ({exc.strerror}).")
        return None, rec.poster_note(location, title, error)
    return rec.poster_or_note(data, f"cover image {image_id[:80]}", location, title)


def _image_bytes(image_id: str, images: _Images) -> bytes:
    if image_id in images.members and images.archive is not None:
        member = "images/" + image_id
        if images.archive.getinfo(member).file_size > rec.MAX_IMAGE_BYTES:
            raise ImageError(f"the cover image {image_id[:80]!r} is too large to be a poster.")
        try:
            return images.archive.read(member)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
            raise ImageError(f"the cover image {image_id[:80]!r} is damaged ({exc}).") from exc
    if image_id in images.spooled:
        return images.spooled[image_id].read_bytes()
    if images.side_folder is not None and _SAFE_IMAGE_ID.match(image_id):
        candidate = images.side_folder / image_id
        if candidate.is_file():
            return candidate.read_bytes()
    if "/" in image_id or "\\" in image_id or "://" in image_id:
        # A linked image: Tellico keeps the address instead of a copy.
        return rec.read_local_image(image_id, images.base)
    raise ImageError(f"the cover image {image_id[:80]!r} is not in the file.")


def _has_embedded_images(path: Path) -> bool:
    """Does a bare XML file carry base64 images (``<image …>data</image>``)?"""
    tail = b""
    try:
        with path.open("rb") as handle:
            while chunk := handle.read(1 << 20):
                window = tail + chunk
                if b"image>" in window and re.search(rb"</(?:[\w.\-]+:)?image>", window):
                    return True
                tail = window[-32:]
    except OSError:
        return False  # the entries pass reports unreadable files
    return False


def _spool_embedded_images(
    opener: Callable[[], IO[bytes]], path: Path, ns: str, folder: Path
) -> dict[str, Path]:
    """Decode embedded images into ``folder`` so entries can find them in one pass.

    Tellico writes the ``<images>`` block after the entries, so a streaming reader
    would meet each cover id before its data; a first pass moves the data to disk.
    """
    prefix = "{" + ns + "}" if ns else ""
    image_tag, entry_tag = prefix + "image", prefix + "entry"
    spooled: dict[str, Path] = {}
    for element in iter_elements(opener, path):
        if element.tag == image_tag:
            image_id = element.get("id", "").strip()
            text = element.text or ""
            if image_id and text.strip() and image_id not in spooled:
                try:
                    data = base64.b64decode(text, validate=False)
                except (binascii.Error, ValueError):
                    data = b""
                target = folder / f"{len(spooled)}.img"
                target.write_bytes(data)
                spooled[image_id] = target
            element.clear()
        elif element.tag == entry_tag:
            element.clear()
    return spooled


# --- writing -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _FieldSpec:
    name: str
    title: str
    category: str
    type: int
    flags: int
    format: int
    allowed: str = ""
    description: str = ""
    props: tuple[tuple[str, str], ...] = ()


_CAST_HELP = "A table for the cast members, along with the roles they play"
_CAST_COLUMNS = (("column1", "Actor/Actress"), ("column2", "Role"), ("columns", "2"))
_RUNTIME_HELP = "The running time of the video (in minutes)"
_RATING_SCALE = (("maximum", "5"), ("minimum", "1"))
# Tellico's default video fields (videocollection.cpp) plus the imdb, origtitle and
# seen fields its fetchers and GCstar import add; attribute values as Tellico writes them.
# Columns: name, title, category, type, flags, format[, allowed choices].
_FIELD_SPECS = (
    _FieldSpec("title", "Title", "General", 1, 8, 1),
    _FieldSpec("medium", "Medium", "General", 3, 2, 4, "DVD;VHS;VCD;DivX;Blu-ray;HD DVD"),
    _FieldSpec("year", "Production Year", "General", 6, 2, 4),
    _FieldSpec("certification", "Certification", "General", 3, 2, 4),  # allowed added later
    _FieldSpec("genre", "Genre", "General", 1, 7, 0),
    _FieldSpec("region", "Region", "General", 3, 2, 4, ";".join(f"Region {n}" for n in range(9))),
    _FieldSpec("nationality", "Nationality", "General", 1, 7, 0),
    _FieldSpec("format", "Format", "General", 3, 2, 4, "NTSC;PAL;SECAM"),
    _FieldSpec("cast", "Cast", "Cast", 8, 3, 2, description=_CAST_HELP, props=_CAST_COLUMNS),
    _FieldSpec("director", "Director", "Other People", 1, 7, 2),
    _FieldSpec("producer", "Producer", "Other People", 1, 7, 2),
    _FieldSpec("writer", "Writer", "Other People", 1, 7, 2),
    _FieldSpec("composer", "Composer", "Other People", 1, 7, 2),
    _FieldSpec("studio", "Studio", "Other People", 1, 7, 0),
    _FieldSpec("language", "Language Tracks", "Features", 1, 7, 0),
    _FieldSpec("subtitle", "Subtitle Languages", "Features", 1, 7, 0),
    _FieldSpec("audio-track", "Audio Tracks", "Features", 1, 7, 0),
    _FieldSpec("running-time", "Running Time", "Features", 6, 0, 4, description=_RUNTIME_HELP),
    _FieldSpec("aspect-ratio", "Aspect Ratio", "Features", 1, 7, 4),
    _FieldSpec("widescreen", "Widescreen", "Features", 4, 0, 4),
    _FieldSpec("color", "Color Mode", "Features", 3, 2, 4, "Color;Black & White"),
    _FieldSpec("directors-cut", "Director's Cut", "Features", 4, 0, 4),
    _FieldSpec("plot", "Plot Summary", "Plot Summary", 2, 0, 4),
    _FieldSpec("rating", "Personal Rating", "Personal", 14, 2, 4, props=_RATING_SCALE),
    _FieldSpec("pur_date", "Purchase Date", "Personal", 1, 0, 3),
    _FieldSpec("gift", "Gift", "Personal", 4, 0, 4),
    _FieldSpec("pur_price", "Purchase Price", "Personal", 1, 0, 4),
    _FieldSpec("loaned", "Loaned", "Personal", 4, 0, 4),
    _FieldSpec("keyword", "Keywords", "Personal", 1, 7, 4),
    _FieldSpec("cover", "Cover", "Cover", 10, 0, 4),
    _FieldSpec("comments", "Comments", "Comments", 2, 0, 4),
    _FieldSpec("id", "ID", "Personal", 6, 32, 4, props=(("template", "%{@id}"),)),
    _FieldSpec("cdate", "Date Created", "Personal", 12, 16, 3),
    _FieldSpec("mdate", "Date Modified", "Personal", 12, 16, 3),
    _FieldSpec("imdb", "IMDb Link", "General", 7, 0, 4),
    _FieldSpec("origtitle", "Original Title", "General", 1, 0, 1),
    _FieldSpec("seen", "Seen", "Personal", 4, 0, 4),
)
# FilmRecord fields a Tellico entry holds (crew and links only in part, see _count_dropped).
_KEPT = {
    "title", "original_title", "year", "runtime", "certification", "languages", "directors",
    "genres", "countries", "synopsis", "cast", "crew", "studios", "links", "imdb_id", "poster",
    "rating", "watched", "tags", "notes", "added_at",
}  # fmt: skip
_DEFAULT_CERTIFICATIONS = ("G (USA)", "PG (USA)", "PG-13 (USA)", "R (USA)", "U (USA)")


@dataclass(slots=True)
class _ImageInfo:
    format: str
    width: int
    height: int


def write(
    films: Iterable[FilmRecord], path: Path, progress: Progress | None = None
) -> ExportSummary:
    """Write a ``.tc`` zip Tellico opens: ``tellico.xml`` plus ``images/``.

    Entries stream to a temporary file while posters go straight into the archive;
    ``tellico.xml`` is assembled last so its field block can list every certification
    used (a choice field) before the entries, as Tellico requires.
    """
    summary = ExportSummary(files=[path])
    partial = path.with_name(path.name + ".part")
    certifications: dict[str, None] = dict.fromkeys(_DEFAULT_CERTIFICATIONS)
    images: dict[str, _ImageInfo] = {}
    rounded = 0
    try:
        with (
            zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive,
            tempfile.TemporaryFile("w+", encoding="utf-8", errors="replace") as entries,
        ):
            for film in films:
                summary.films += 1
                image_id = _store_poster(film.poster, archive, images)
                if film.certification:
                    certifications.setdefault(film.certification.replace(";", ","), None)
                if film.rating is not None and film.rating != int(film.rating):
                    rounded += 1
                entries.write(_entry_xml(film, summary.films, image_id))
                _count_dropped(film, summary)
                if progress is not None and summary.films % rec.PROGRESS_EVERY == 0:
                    progress(summary.films)
            entries.seek(0)
            with archive.open("tellico.xml", "w", force_zip64=True) as member:
                _write_document(member, path.stem, list(certifications), entries, images)
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    if progress is not None:
        progress(summary.films)
    if rounded:
        summary.notes.append(
            f"{rounded} half-star rating(s) were rounded up: Tellico rates in whole stars."
        )
    return summary


def _store_poster(
    poster: Poster | None, archive: zipfile.ZipFile, images: dict[str, _ImageInfo]
) -> str:
    """Add the poster under Tellico's image id (MD5 + format); the same image once."""
    if poster is None:
        return ""
    kind = "png" if poster.mime_type == "image/png" else "jpeg"
    image_id = f"{hashlib.md5(poster.image, usedforsecurity=False).hexdigest()}.{kind}"
    if image_id not in images:
        if not images:
            archive.mkdir("images")
        archive.writestr("images/" + image_id, poster.image, zipfile.ZIP_STORED)
        images[image_id] = _ImageInfo(kind.upper(), poster.width, poster.height)
    return image_id


def _write_document(
    out: IO[bytes],
    title: str,
    certifications: list[str],
    entries: IO[str],
    images: dict[str, _ImageInfo],
) -> None:
    def put(text: str) -> None:
        out.write(text.encode("utf-8"))

    put(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f"<!DOCTYPE tellico PUBLIC '-//Robby Stephenson/DTD Tellico V{SYNTAX_VERSION}.0//EN' "
        f"'http://periapsis.org/tellico/dtd/v{SYNTAX_VERSION}/tellico.dtd'>\n"
        f'<tellico xmlns="{TELLICO_NS}" syntaxVersion="{SYNTAX_VERSION}">\n'
        f' <collection title="{xml_attr(title or "My Videos")}" type="{VIDEO}">\n'
        "  <fields>\n"
    )
    for spec in _FIELD_SPECS:
        allowed = ";".join(certifications) if spec.name == "certification" else spec.allowed
        attributes = (
            f'name="{spec.name}" title="{xml_attr(spec.title)}" '
            f'category="{xml_attr(spec.category)}" type="{spec.type}" flags="{spec.flags}" '
            f'format="{spec.format}"'
        )
        if allowed:
            attributes += f' allowed="{xml_attr(allowed)}"'
        if spec.description:
            attributes += f' description="{xml_attr(spec.description)}"'
        if spec.props:
            props = "".join(
                f'    <prop name="{name}">{xml_text(value)}</prop>\n' for name, value in spec.props
            )
            put(f"   <field {attributes}>\n{props}   </field>\n")
        else:
            put(f"   <field {attributes}/>\n")
    put("  </fields>\n")
    while block := entries.read(1 << 16):
        put(block)
    if images:
        put("  <images>\n")
        for image_id, info in images.items():
            put(
                f'   <image id="{image_id}" format="{info.format}" '
                f'width="{info.width}" height="{info.height}"/>\n'
            )
        put("  </images>\n")
    put(" </collection>\n</tellico>\n")


def _entry_xml(film: FilmRecord, number: int, image_id: str) -> str:
    parts = [f'  <entry id="{number}">\n']

    def single(name: str, value: str) -> None:
        if value:
            parts.append(f"   <{name}>{xml_text(value)}</{name}>\n")

    def multiple(name: str, values: Iterable[str]) -> None:
        # Tellico re-splits on "; ", so a value must not contain one.
        items = [v.replace(";", ",") for v in values if v.strip()]
        if items:
            inner = "".join(f"    <{name}>{xml_text(v)}</{name}>\n" for v in items)
            parts.append(f"   <{name}s>\n{inner}   </{name}s>\n")

    def paragraph(name: str, value: str) -> None:
        # Tellico's editor keeps new lines as <br/> in paragraph fields.
        if value.strip():
            lines = value.strip().replace("\r\n", "\n").replace("\r", "\n")
            text = xml_text(lines).replace("\n", "&lt;br/&gt;")
            parts.append(f"   <{name}>{text}</{name}>\n")

    def date(name: str, moment: dt.datetime | None) -> None:
        if moment is not None:
            day = moment.astimezone(dt.UTC).date() if moment.tzinfo else moment.date()
            parts.append(
                f'   <{name} calendar="gregorian"><year>{day.year}</year>'
                f"<month>{day.month:02d}</month><day>{day.day:02d}</day></{name}>\n"
            )

    single("title", film.title)
    single("year", str(film.year) if film.year else "")
    single("certification", film.certification.replace(";", ","))
    multiple("genre", film.genres)
    multiple("nationality", film.countries)
    if film.cast:
        rows = "".join(
            f"    <cast><column>{_cell(c.person)}</column>"
            f"<column>{_cell(c.character)}</column></cast>\n"
            for c in film.cast
        )
        parts.append(f"   <casts>\n{rows}   </casts>\n")
    multiple("director", film.directors)
    crew = _crew_by_field(film.crew)
    for name in ("producer", "writer", "composer"):
        multiple(name, crew.get(name, []))
    multiple("studio", film.studios)
    multiple("language", film.languages)
    single("running-time", str(film.runtime) if film.runtime else "")
    paragraph("plot", film.synopsis)
    if film.rating is not None:
        single("rating", str(max(1, math.floor(film.rating + 0.5))))
    multiple("keyword", film.tags)
    single("cover", image_id)
    paragraph("comments", film.notes)
    single("id", str(number))
    date("cdate", film.added_at)
    date("mdate", film.updated_at)
    if film.imdb_id:
        single("imdb", f"https://www.imdb.com/title/{film.imdb_id}/")
    single("origtitle", film.original_title if film.original_title != film.title else "")
    single("seen", "true" if film.watched else "")
    parts.append("  </entry>\n")
    return "".join(parts)


def _cell(value: str) -> str:
    # In memory Tellico joins table rows with "; " and columns with "::".
    return xml_text(value.replace(";", ",").replace("::", ":"))


def _crew_by_field(crew: Iterable[CrewCredit]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for credit in crew:
        name = _JOB_FIELDS.get(credit.job.strip().lower())
        if name is not None:
            people = out.setdefault(name, [])
            if credit.person not in people:
                people.append(credit.person)
    return out


def _count_dropped(film: FilmRecord, summary: ExportSummary) -> None:
    """Count the values Tellico's video fields cannot hold, by FilmRecord field."""
    note_dropped(film, summary, _KEPT)
    # Crew and links fit in part: three jobs, and the IMDb address.
    if any(_JOB_FIELDS.get(c.job.strip().lower()) is None for c in film.crew):
        summary.drop("crew")
    imdb_path = f"/title/{film.imdb_id}" if film.imdb_id else ""
    if any(not (imdb_path and imdb_path in link.url) for link in film.links):
        summary.drop("links")
