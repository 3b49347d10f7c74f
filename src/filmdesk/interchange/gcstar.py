# SPDX-License-Identifier: GPL-3.0-or-later
"""GCstar film collections (``.gcs``, model ``GCfilms``): import only.

A ``.gcs`` is plain XML: ``<collection type="GCfilms">`` holding ``<item>`` elements.
Since GCstar 1.2 short fields are attributes of ``<item>``, long texts are child
elements, and lists are ``<line><col>…</col></line>`` rows. Older files flatten lists
into text (``actors="Famke Janssen (Marnie Watson), …"``, ``genre="Drama, Family"``), and
files from before 1.2 keep every field in a child element; all of these read the same
way here. Covers are image files named by a path relative to the ``.gcs`` (or absolute).
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import IO

from filmdesk.catalogue.dto import CastCredit, FilmRecord, Link
from filmdesk.catalogue.validation import WEB_URL
from filmdesk.errors import ImageError
from filmdesk.interchange import _records as rec
from filmdesk.interchange._shared import BadValueError, parse_minutes, parse_year, unique
from filmdesk.interchange._xmlstream import iter_children, local_name, read_heads
from filmdesk.interchange.base import FormatError, FormatInfo, ImportItem, ImportProblem, Progress

FILMS_MODEL = "GCfilms"
# Other GCstar models, for saying what a file holds instead of films.
_MODELS = {
    "GCbooks": "books",
    "GCmusics": "music",
    "GCgames": "video games",
    "GCboardgames": "board games",
    "GCcoins": "coins",
    "GCcomics": "comics",
    "GCwines": "wines",
    "GCstamps": "stamps",
    "GCTVseries": "TV series",
    "GCTVepisodes": "TV episodes",
}
_SNIFF = re.compile(rb"<collection\b[^>]*\btype\s*=\s*[\"']GC", re.DOTALL)
_HOURS = re.compile(
    r"^\s*(\d+)\s*h(?:rs?|ours?)?\.?\s*(\d+)?\s*(?:m|min|mins|minutes)?\.?\s*$", re.I
)
# Details with no filmdesk field, kept in the notes under these labels.
_NOTE_FIELDS = (
    ("format", "Medium"),
    ("video", "Video"),
    ("region", "Region"),
    ("place", "Location"),
    ("serie", "Series"),
    ("ratingpress", "Press rating"),
    ("trailer", "Trailer"),
)


def _sniff(path: Path, head: bytes) -> bool:
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    return start.startswith(b"<") and _SNIFF.search(head) is not None


FORMAT = FormatInfo(
    id="gcstar",
    name="GCstar collection",
    extensions=("gcs",),
    sniff=_sniff,
    module=__name__,
    can_import=True,
    can_export=False,
)


def read(path: Path, progress: Progress | None = None) -> Iterator[ImportItem]:
    """Films from a GCstar ``GCfilms`` collection; lending history is ignored."""
    return rec.in_batches(_read(path, progress))


def _read(path: Path, progress: Progress | None) -> Iterator[ImportItem]:

    def opener() -> IO[bytes]:
        return path.open("rb")

    heads = read_heads(opener, path, depth=1)
    if not heads or local_name(heads[0][0]) != "collection":
        found = f"<{local_name(heads[0][0])}>" if heads else "nothing"
        raise FormatError(path, f"this is not a GCstar collection (its XML starts with {found})")
    model = heads[0][1].get("type", "").strip()
    if model != FILMS_MODEL:
        kind = _MODELS.get(model, f"items of the model “{model[:60]}”")
        raise FormatError(path, f"the GCstar collection holds {kind}; filmdesk imports films")
    counter = rec.Counter(progress)
    for element in iter_children(opener, path, depth=1):
        if element.tag == "item":
            counter.step()
            item_id = _value(element, "id")
            location = f"{path.name} item {item_id if item_id.isdecimal() else counter.done}"
            yield from _convert(element, location, path.parent)
        element.clear()
    counter.finish()


def _value(item: ET.Element, name: str) -> str:
    """A field as an attribute (GCstar 1.2+) or a child element's text (long texts, old files)."""
    value = item.get(name)
    if value is None:
        child = item.find(name)
        value = child.text if child is not None and not len(child) else None
    return (value or "").strip()


def _rows(item: ET.Element, name: str, columns: int = 2) -> list[list[str]]:
    """A list field as rows of columns, from ``<line><col>`` or from flattened text."""
    child = item.find(name)
    if child is not None and len(child):
        return [
            [(col.text or "").strip() for col in line.findall("col")]
            for line in child.findall("line")
        ]
    flat = _value(item, name)
    if not flat:
        return []
    if columns == 1:
        return [[part.strip()] for part in re.split(r"[,;]", flat) if part.strip()]
    # Flattened tables put rows between commas and columns between semicolons.
    return [[col.strip() for col in row.split(";")] for row in flat.split(",") if row.strip()]


def _column(item: ET.Element, name: str, columns: int = 1) -> tuple[str, ...]:
    """The first column of a list field (the only one, or the language of ``audio``)."""
    return unique(row[0] for row in _rows(item, name, columns) if row)


def _cast(item: ET.Element) -> tuple[CastCredit, ...]:
    child = item.find("actors")
    if child is not None and len(child):
        rows = _rows(item, "actors")
        return tuple(CastCredit(r[0], r[1] if len(r) > 1 else "") for r in rows if r and r[0])
    return tuple(_flat_cast(_value(item, "actors")))


def _flat_cast(text: str) -> Iterator[CastCredit]:
    """``"Name (Role), Name (Role)"``; a comma inside the brackets is part of the role."""
    depth, start = 0, 0
    parts: list[str] = []
    for i, char in enumerate(text):
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
        elif char == "," and depth == 0:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    for part in parts:
        part = part.strip()
        match = re.fullmatch(r"(.*?)\s*\((.*)\)", part, re.DOTALL)
        person, role = (match[1].strip(), match[2].strip()) if match else (part, "")
        if person:
            yield CastCredit(person, role)


def _convert(item: ET.Element, location: str, folder: Path) -> Iterator[ImportItem]:
    title = _value(item, "title")
    if not title:
        yield ImportProblem(location, "the item has no title")
        return
    try:
        film = _film(item, title)
    except BadValueError as exc:
        yield ImportProblem(location, f"{rec.named(title)}: {exc}")
        return
    image = _value(item, "image")
    if image:
        try:
            data = rec.read_local_image(image, folder)
        except ImageError as exc:
            yield rec.poster_note(location, title, exc)
        else:
            poster, note = rec.poster_or_note(data, image, location, title)
            if note is not None:
                yield note
            film = replace(film, poster=poster)
    yield rec.as_item(film, location)


def _film(item: ET.Element, title: str) -> FilmRecord:
    year, release = _year_and_date(_value(item, "date"))
    web, _, site = _value(item, "webPage").partition("##")  # "…##IMDb" names the site
    imdb_id = rec.imdb_id_in(web) if "imdb." in web.lower() else ""
    if web and not imdb_id and WEB_URL.match(web):
        links: tuple[Link, ...] = (Link(site.strip() or "Web page", web),)
    else:
        links = ()
    rating_text = _value(item, "rating")
    try:
        rating = rec.stars(float(rating_text), 10) if rating_text else None
    except ValueError:
        raise BadValueError(f"rating {rating_text!r:.40} is not a number from 0 to 10") from None
    tags = list(_column(item, "tags"))
    if _value(item, "favourite") == "1":
        tags.append("favourite")
    extras = [(label, _value(item, name)) for name, label in _NOTE_FIELDS]
    subtitles = ", ".join(_column(item, "subt"))
    extras.append(("Subtitles", subtitles))
    original = _value(item, "original")
    return FilmRecord(
        title=title,
        original_title=original if original != title else "",
        year=year,
        release_date=release,
        runtime=_runtime(_value(item, "time")),
        certification=_certification(_value(item, "age")),
        directors=unique(re.split(r"[,;]", _value(item, "director"))),
        countries=unique(c for name in _column(item, "country") for c in name.split("/")),
        genres=_column(item, "genre"),
        languages=_column(item, "audio", columns=2),
        cast=_cast(item),
        synopsis=_value(item, "synopsis"),
        notes=rec.join_notes(_value(item, "comment"), rec.note_lines(extras)),
        imdb_id=imdb_id,
        links=links,
        rating=rating,
        watched=_value(item, "seen") == "1",
        tags=unique(tags),
        added_at=rec.midnight_utc(rec.day_month_year(_value(item, "added"))),
    )


def _year_and_date(text: str) -> tuple[int | None, dt.date | None]:
    """GCstar's ``date`` is a year, a ``dd/mm/yyyy`` date, or free text holding a year."""
    if not text or text.isdecimal():
        return parse_year(text), None
    day = rec.day_month_year(text)
    if day is not None:
        return parse_year(str(day.year)), day
    match = re.search(r"\b(\d{4})\b", text)
    if not match:
        raise BadValueError(f"date {text!r:.40} holds no year")
    return parse_year(match.group(1)), None


def _runtime(text: str) -> int | None:
    """Free text: "102 min", "105", "1h 42", "2 hrs"."""
    match = _HOURS.match(text)
    if match:
        return int(match[1]) * 60 + int(match[2] or 0)
    return parse_minutes(text)


def _certification(age: str) -> str:
    """GCstar's audience age: 1 unrated, 2 all ages, 5 parental guidance, 10–21 minimum age."""
    if not age.isdecimal():
        return ""
    value = int(age)
    if value == 1:
        return "Unrated"
    if value == 2:
        return "All ages"
    if value == 5:
        return "Parental guidance"
    return f"{value}+" if 10 <= value <= 21 else ""
