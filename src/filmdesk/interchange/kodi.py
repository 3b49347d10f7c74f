# SPDX-License-Identifier: GPL-3.0-or-later
"""Kodi movie ``.nfo`` files: one file, a folder tree of them, or a ``videodb.xml`` export.

Import maps Kodi's elements (as ``CVideoInfoTag`` reads them) onto a film:

- ``title``, ``originaltitle``, ``year`` (else the year of ``premiered``), ``premiered`` →
  release date, ``runtime`` (minutes), ``mpaa`` → certification (without the "Rated "
  prefix Kodi's scrapers add), ``genre``/``country``/``studio``/``director`` (repeated, or
  joined with Kodi's " / "), ``credits`` and ``writer`` → crew "Screenplay", ``actor``
  sorted by ``order`` → cast, ``originallanguage`` → languages.
- ``outline`` → synopsis and ``plot`` → plot. Kodi's plot is usually a spoiler-free
  overview, but it is written to filmdesk's spoiler-hidden plot all the same, because the
  reverse mistake (a spoiler shown unhidden as the synopsis) is the one that cannot be undone.
- ``uniqueid type="imdb"|"tmdb"`` (or the legacy ``id``: ``tt…`` is IMDb, digits TMDb),
  and, failing those, an IMDb or TMDb address on the line Kodi allows after the XML.
- ``userrating`` (0–10, 0 = none; honouring a ``max`` attribute) → stars by halving;
  ``playcount``/``lastplayed``/``watched`` → watched, ``lastplayed`` → a viewing;
  ``dateadded`` → added (Kodi writes local time without a zone; it is read as UTC).
- ``tag`` → tags and the ``set`` (collection) name → one more tag; ``tagline`` → a
  "Tagline: …" paragraph of the notes; ``trailer`` (http or Kodi's YouTube plug-in) → a
  "Trailer" link. Artwork URLs, public ratings, stream details are not imported; a poster
  saved beside the file (``<name>-poster.jpg``, or ``poster.jpg``/``folder.jpg`` next to a
  ``movie.nfo``) is; one that is not a usable picture is left behind with an ``ImportNote``.

Folders are walked (symbolic links to folders are not followed); ``.nfo`` files whose root
is not ``<movie>`` (``tvshow.nfo``, episodes) and non-XML release notes are passed over,
counted in one closing ``ImportNote``.
DTDs and entities are refused outright: Kodi never writes them and they are how XML files
attack their readers. A bad file is a problem naming it inside a folder, a ``FormatError``
when it was the file chosen.

Export writes ``<Title> (<Year>).nfo`` per film (plus ``-poster.jpg``) into a folder, never
replacing a file already there. Kodi keeps one last-played date and a play count, so all
but the latest viewing are summarised as dropped, like the fields it has no place for.
"""

from __future__ import annotations

import codecs
import datetime as dt
import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import cast

import defusedxml.ElementTree as SafeET  # type: ignore[import-untyped]

from filmdesk.catalogue.dto import CastCredit, CrewCredit, FilmRecord, Link
from filmdesk.catalogue.text import clean, counted
from filmdesk.catalogue.validation import FIRST_FILM_YEAR, WEB_URL, latest_year
from filmdesk.errors import ImageError
from filmdesk.interchange._shared import (
    BadValueError,
    checked,
    note_dropped,
    parse_date,
    parse_minutes,
    parse_year,
    stars_from_ten,
    unique,
)
from filmdesk.interchange.base import (
    SNIFF_BYTES,
    ExportSummary,
    FormatError,
    FormatInfo,
    ImportedFilm,
    ImportItem,
    ImportNote,
    ImportProblem,
    Progress,
)
from filmdesk.posters import poster_from_bytes

NFO_MAX_BYTES = 10 * 1024 * 1024  # real .nfo files are a few kilobytes
POSTER_MAX_BYTES = 40 * 1024 * 1024
SEPARATOR = " / "  # Kodi's default videoitemseparator for joined lists
SCREENPLAY = "Screenplay"
TAGLINE_PREFIX = "Tagline: "
TRAILER_LABEL = "Trailer"
_SNIFF_FILES = 40  # .nfo files opened, at most, to decide whether a folder is a Kodi library
_SNIFF_ENTRIES = 20_000  # folder entries looked at, at most, for the same decision
_WRITING_JOBS = {"screenplay", "writer", "screenwriter", "story", "novel", "author", "teleplay"}
_POSTER_EXTENSIONS = (".jpg", ".jpeg", ".png", ".webp")
_IMDB_IN_TEXT = re.compile(r"\b(tt\d{7,10})\b")
_TMDB_IN_TEXT = re.compile(r"themoviedb\.org/movie/(\d{1,10})")
_YOUTUBE_PLUGIN = re.compile(r"^plugin://plugin\.video\.youtube/.*[?&]video_?id=([\w-]{6,20})")
_MOVIE_END = re.compile(rb"</movie\s*>")
# Characters XML 1.0 cannot hold at all, even escaped.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_NOT_IN_FILE_NAMES = re.compile(r'[<>"/\\|?*\x00-\x1f\x7f]')
_RESERVED_NAMES = {"con", "prn", "aux", "nul"} | {
    f"{d}{n}" for d in ("com", "lpt") for n in range(10)
}
# What defusedxml raises for a DTD, an entity or an external reference.
_REFUSED: tuple[type[Exception], ...] = (
    SafeET.DTDForbidden,
    SafeET.EntitiesForbidden,
    SafeET.ExternalReferenceForbidden,
)
_REFUSAL = "declares a DTD or entities, which Kodi files never contain"


class _NfoError(Exception):
    """A .nfo file that cannot give a film; the message completes "<file> …"."""


# --- detection ------------------------------------------------------------------------------


def _root_name(head: bytes) -> str:
    """The name of the first element, past the XML declaration, comments and doctype."""
    text = head.removeprefix(codecs.BOM_UTF8)
    for _ in range(100):  # a bounded number of prologue items
        text = text.lstrip()
        if text.startswith(b"<?"):
            end = text.find(b"?>")
            text = text[end + 2 :] if end >= 0 else b""
        elif text.startswith(b"<!--"):
            end = text.find(b"-->")
            text = text[end + 3 :] if end >= 0 else b""
        elif text.startswith(b"<!"):
            close, subset = text.find(b">"), text.find(b"[")
            end = text.find(b"]>") + 1 if 0 <= subset < close else close
            text = text[end + 1 :] if end > 0 else b""
        else:
            break
    match = re.match(rb"<([A-Za-z_][\w.:-]*)", text)
    return match.group(1).decode("ascii", "replace").casefold() if match else ""


def _nfo_files(folder: Path) -> Iterator[Path]:
    """Every ``.nfo`` below ``folder`` in a stable order, hidden folders and links left out."""
    for current, folders, files in os.walk(folder, followlinks=False):
        folders[:] = sorted(f for f in folders if not f.startswith("."))
        for name in sorted(files):
            if name.casefold().endswith(".nfo"):
                yield Path(current, name)


def _folder_has_movies(folder: Path) -> bool:
    opened = 0
    seen = 0
    for current, folders, files in os.walk(folder, followlinks=False):
        folders[:] = sorted(f for f in folders if not f.startswith("."))
        seen += len(folders) + len(files)
        for name in sorted(files):
            if not name.casefold().endswith(".nfo"):
                continue
            opened += 1
            try:
                with Path(current, name).open("rb") as handle:
                    if _root_name(handle.read(SNIFF_BYTES)) == "movie":
                        return True
            except OSError:
                pass
            if opened >= _SNIFF_FILES:
                return False
        if seen >= _SNIFF_ENTRIES:
            return False
    return False


def _sniff(path: Path, head: bytes) -> bool:
    if path.is_dir():
        return _folder_has_movies(path)
    return _root_name(head) in ("movie", "videodb")


FORMAT = FormatInfo(
    id="kodi",
    name="Kodi movie NFO files",
    extensions=("nfo", "xml"),
    sniff=_sniff,
    module=__name__,
    can_import=True,
    can_export=True,
    export_is_folder=True,
)


# --- import ---------------------------------------------------------------------------------


def read(path: Path, progress: Progress | None = None) -> Iterator[ImportItem]:
    """Read one .nfo file, a folder tree of them, or Kodi's single-file ``videodb.xml``."""
    if path.is_dir():
        yield from _read_folder(path, progress)
        return
    if not path.is_file():
        raise FormatError(path, "the file does not exist")
    data = _read_limited(path, NFO_MAX_BYTES, path)
    if _root_name(data[:SNIFF_BYTES]) == "videodb":
        yield from _read_videodb(path, progress)
        return
    try:
        movie, tail = _parse_nfo(data)
    except _NfoError as exc:
        raise FormatError(path, str(exc)) from exc
    yield from _items(movie, tail, path.name, path)
    if progress is not None:
        progress(1)


def _read_limited(path: Path, limit: int, shown: Path | str) -> bytes:
    try:
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise FormatError(shown, f"cannot be read ({exc.strerror or exc})") from exc
    if len(data) > limit:
        raise FormatError(shown, f"is larger than {limit // (1024 * 1024)} MB")
    return data


def _read_folder(folder: Path, progress: Progress | None) -> Iterator[ImportItem]:
    done = 0
    passed_over = 0
    for nfo in _nfo_files(folder):
        location = nfo.relative_to(folder).as_posix()
        try:
            data = _read_limited(nfo, NFO_MAX_BYTES, location)
        except FormatError as exc:
            yield ImportProblem(location, exc.reason)
            continue
        body = data.removeprefix(codecs.BOM_UTF8).lstrip()
        if not body.startswith(b"<"):
            if _IMDB_IN_TEXT.search(body.decode("latin-1")):
                yield ImportProblem(location, "holds only a link to a film database, no details")
            else:
                passed_over += 1  # release notes (ASCII art) that share the extension
            continue
        if _root_name(data[:SNIFF_BYTES]) != "movie":
            passed_over += 1  # tvshow.nfo, episodedetails, musicvideo: not films
            continue
        try:
            movie, tail = _parse_nfo(data)
        except _NfoError as exc:
            yield ImportProblem(location, str(exc))
            continue
        yield from _items(movie, tail, location, nfo)
        done += 1
        if progress is not None:
            progress(done)
    if passed_over:
        yield ImportNote(
            folder.name or str(folder),
            f"{counted(passed_over, '.nfo file')} that describe no film (TV shows, episodes, "
            f"release notes) {'was' if passed_over == 1 else 'were'} passed over",
        )


def _parse_nfo(data: bytes) -> tuple[ET.Element, str]:
    """The ``<movie>`` element of a .nfo and the text Kodi allows after it (a URL line)."""
    body = data.removeprefix(codecs.BOM_UTF8).lstrip()
    if not body.startswith(b"<"):
        raise _NfoError("holds no Kodi film details")
    tail = b""
    ends = list(_MOVIE_END.finditer(body))
    if ends:
        body, tail = body[: ends[-1].end()], body[ends[-1].end() :]
    try:
        root = cast(ET.Element, SafeET.fromstring(body, forbid_dtd=True))
    except _REFUSED:
        raise _NfoError(f"was refused: it {_REFUSAL}") from None
    except ET.ParseError as exc:
        raise _NfoError(f"is not well-formed XML ({exc})") from None
    except (ValueError, LookupError) as exc:  # an encoding the XML parser does not know
        raise _NfoError(f"cannot be decoded ({exc})") from None
    if root.tag != "movie":
        raise _NfoError(f"is not a Kodi movie file (its root element is <{root.tag:.40}>)")
    return root, tail.decode("utf-8", "replace")


def _read_videodb(path: Path, progress: Progress | None) -> Iterator[ImportItem]:
    """Kodi's library export: ``<videodb>`` holding ``<movie>`` elements, read one by one."""
    number = 0
    depth = 0
    root: ET.Element | None = None
    try:
        with path.open("rb") as handle:
            events = SafeET.iterparse(handle, events=("start", "end"), forbid_dtd=True)
            for event, element in events:
                if event == "start":
                    depth += 1
                    root = element if root is None else root
                    continue
                depth -= 1
                if depth != 1 or root is None:
                    continue
                if element.tag == "movie":
                    number += 1
                    yield from _items(element, "", f"{path.name} movie {number}", None)
                    if progress is not None:
                        progress(number)
                root.clear()  # keep memory flat however large the library is
    except _REFUSED as exc:
        raise FormatError(path, f"was refused: it {_REFUSAL}") from exc
    except ET.ParseError as exc:
        raise FormatError(path, f"is not well-formed XML ({exc})") from exc
    except (ValueError, LookupError, OSError) as exc:
        raise FormatError(path, f"cannot be read ({exc})") from exc


def _items(movie: ET.Element, tail: str, location: str, nfo: Path | None) -> Iterator[ImportItem]:
    try:
        film = _film(movie, tail)
    except BadValueError as exc:
        yield ImportProblem(location, str(exc))
        return
    poster_path = _poster_beside(nfo) if nfo is not None else None
    poster_note: ImportNote | None = None
    if poster_path is not None:
        shown = poster_path.name
        try:
            data = _read_limited(poster_path, POSTER_MAX_BYTES, shown)
            film = replace(film, poster=poster_from_bytes(data, source=shown))
        except (FormatError, ImageError) as exc:
            # The film is still imported; only the picture is left behind.
            poster_note = ImportNote(location, f"the poster was not imported: {exc}")
    result = checked(film, location)
    yield result if isinstance(result, ImportProblem) else ImportedFilm(result, location)
    if poster_note is not None and not isinstance(result, ImportProblem):
        yield poster_note


def _poster_beside(nfo: Path) -> Path | None:
    names = [f"{nfo.stem}-poster{ext}" for ext in _POSTER_EXTENSIONS]
    if nfo.stem.casefold() in ("movie", "video_ts"):
        names += [f"{base}{ext}" for base in ("poster", "folder") for ext in _POSTER_EXTENSIONS]
    for name in names:
        candidate = nfo.with_name(name)
        if candidate.is_file():
            return candidate
    return None


def _text(element: ET.Element | None, tag: str) -> str:
    """The first non-empty text of ``tag`` under ``element``, trimmed."""
    if element is None:
        return ""
    for child in element.findall(tag):
        if child.text and child.text.strip():
            return child.text.strip()
    return ""


def _texts(movie: ET.Element, *tags: str) -> tuple[str, ...]:
    """All values of repeated ``tags``, each split on Kodi's " / " separator."""
    values = [
        part
        for tag in tags
        for child in movie.findall(tag)
        for part in (child.text or "").split(SEPARATOR)
    ]
    return unique(values)


def _film(movie: ET.Element, tail: str) -> FilmRecord:
    title = clean(_text(movie, "title"))
    if not title:
        raise BadValueError("the film has no <title>")
    original = clean(_text(movie, "originaltitle"))
    premiered = _date(_text(movie, "premiered"), "premiered")
    year_text = _text(movie, "year")
    year = parse_year(year_text) if year_text not in ("", "0") else None
    viewing = _date(_text(movie, "lastplayed"), "lastplayed")
    plays = _count(_text(movie, "playcount"))
    imdb_id, tmdb_id = _ids(movie, tail)
    tagline = _text(movie, "tagline")
    trailer = _trailer(_text(movie, "trailer"))
    collection = movie.find("set")
    collection_name = _text(collection, "name") or (
        (collection.text or "").strip() if collection is not None else ""
    )
    return FilmRecord(
        title=title,
        original_title=original if original != title else "",
        year=year if year is not None else (premiered.year if premiered else None),
        release_date=premiered,
        runtime=parse_minutes(_text(movie, "runtime")),
        certification=re.sub(r"^rated\s+", "", _text(movie, "mpaa"), flags=re.IGNORECASE),
        genres=_texts(movie, "genre"),
        countries=_texts(movie, "country"),
        studios=_texts(movie, "studio"),
        directors=_texts(movie, "director"),
        languages=_texts(movie, "originallanguage"),
        crew=tuple(CrewCredit(name, SCREENPLAY) for name in _texts(movie, "credits", "writer")),
        cast=_cast(movie),
        synopsis=_text(movie, "outline"),
        plot=_text(movie, "plot"),
        notes=f"{TAGLINE_PREFIX}{tagline}" if tagline else "",
        imdb_id=imdb_id,
        tmdb_id=tmdb_id,
        rating=_user_rating(movie.find("userrating")),
        watched=bool(plays) or viewing is not None or _text(movie, "watched").casefold() == "true",
        viewings=(viewing,) if viewing else (),
        tags=unique([*_texts(movie, "tag"), collection_name]),
        links=(Link(TRAILER_LABEL, trailer),) if trailer else (),
        added_at=_datetime(_text(movie, "dateadded")),
    )


def _date(text: str, what: str) -> dt.date | None:
    # Kodi writes an empty or zero date for "unknown".
    if not text or text.startswith(("0000", "1601-01-01")):
        return None
    return parse_date(text, what)


def _datetime(text: str) -> dt.datetime | None:
    if not text or text.startswith("0000"):
        return None
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        raise BadValueError(f"dateadded {text!r:.40} is not a date and time") from None
    if not FIRST_FILM_YEAR <= moment.year <= latest_year():
        raise BadValueError(f"dateadded {text!r:.40} is not plausible")
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _count(text: str) -> int:
    if not text:
        return 0
    if not re.fullmatch(r"\d{1,9}", text):
        raise BadValueError(f"playcount {text!r:.20} is not a count")
    return int(text)


def _user_rating(element: ET.Element | None) -> float | None:
    if element is None or not (element.text or "").strip():
        return None
    text = (element.text or "").strip()
    top = (element.get("max") or "10").strip()
    try:
        value, scale = float(text), float(top)
    except ValueError:
        raise BadValueError(f"userrating {text!r:.20} is not a number") from None
    if not 1 <= scale <= 100:
        raise BadValueError(f"userrating max {top!r:.20} is not a sensible scale")
    if value == 0:
        return None  # Kodi's "no rating"
    return stars_from_ten(value * 10 / scale, "userrating")


def _ids(movie: ET.Element, tail: str) -> tuple[str, str]:
    imdb_id = tmdb_id = ""
    unique_ids = movie.findall("uniqueid")
    for element in unique_ids:
        kind = (element.get("type") or "").strip().casefold()
        value = (element.text or "").strip()
        if not value or value in ("0", "-1"):
            continue
        if kind == "imdb" or (not kind and value.startswith("tt")):
            imdb_id = imdb_id or (f"tt{value.zfill(7)}" if value.isdecimal() else value)
        elif kind in ("tmdb", "themoviedb"):
            tmdb_id = tmdb_id or value
    if not unique_ids:  # before Kodi 18 there was one <id>
        legacy = _text(movie, "id")
        if legacy.startswith("tt"):
            imdb_id = legacy
        elif legacy.isdecimal() and legacy != "0":
            tmdb_id = legacy
    if not imdb_id and (match := _IMDB_IN_TEXT.search(tail)):
        imdb_id = match.group(1)
    if not tmdb_id and (match := _TMDB_IN_TEXT.search(tail)):
        tmdb_id = match.group(1)
    return imdb_id, tmdb_id


def _cast(movie: ET.Element) -> tuple[CastCredit, ...]:
    ranked: list[tuple[bool, int, int, CastCredit]] = []
    for index, actor in enumerate(movie.findall("actor")):
        name = clean(_text(actor, "name"))
        if not name:
            continue
        order_text = _text(actor, "order")
        order = int(order_text) if re.fullmatch(r"-?\d{1,9}", order_text) else None
        # Actors without an order keep their place after the ordered ones.
        credit = CastCredit(name, clean(_text(actor, "role")))
        ranked.append((order is None, order or 0, index, credit))
    return tuple(credit for *_, credit in sorted(ranked, key=lambda r: r[:3]))


def _trailer(text: str) -> str:
    if match := _YOUTUBE_PLUGIN.match(text):
        return f"https://www.youtube.com/watch?v={match.group(1)}"
    return text if WEB_URL.match(text) and len(text) <= 2000 else ""


# --- export ---------------------------------------------------------------------------------

_KEPT = (
    "title",
    "original_title",
    "year",
    "runtime",
    "certification",
    "directors",
    "genres",
    "countries",
    "synopsis",
    "plot",
    "cast",
    "studios",
    "release_date",
    "imdb_id",
    "tmdb_id",
    "poster",
    "rating",
    "watched",
    "tags",
    "added_at",
)
_PARTLY_KEPT = ("notes", "crew", "links", "languages", "viewings")  # counted in _movie_element
_ENDINGS = (".nfo", "-poster.jpg", "-poster.png")  # the files one exported film may create


def write(
    films: Iterable[FilmRecord], path: Path, progress: Progress | None = None
) -> ExportSummary:
    """Write one ``<Title> (<Year>).nfo`` (and its poster) per film into the folder ``path``."""
    if path.exists() and not path.is_dir():
        raise FormatError(path, "is a file; a Kodi export needs a folder")
    try:
        path.mkdir(parents=True, exist_ok=True)
        taken = {entry.name.casefold() for entry in path.iterdir()}
    except OSError as exc:
        raise FormatError(path, f"the folder cannot be used ({exc.strerror or exc})") from exc
    summary = ExportSummary()
    for film in films:
        stem = _unique_stem(_safe_stem(film), taken)
        nfo = path / f"{stem}.nfo"
        document = ET.tostring(_movie_element(film, summary), encoding="unicode")
        header = '<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>\n'
        _write_new(nfo, (header + document + "\n").encode("utf-8"))
        summary.files.append(nfo)
        if film.poster is not None:
            extension = ".png" if film.poster.mime_type == "image/png" else ".jpg"
            poster = path / f"{stem}-poster{extension}"
            _write_new(poster, film.poster.image)
            summary.files.append(poster)
        summary.films += 1
        if progress is not None:
            progress(summary.films)
    if summary.dropped.get("viewings"):
        summary.notes.append("Kodi keeps a play count and the last viewing date, not every date.")
    return summary


def _write_new(target: Path, data: bytes) -> None:
    try:
        with target.open("xb") as handle:  # never replace a file that is already there
            handle.write(data)
    except OSError as exc:
        raise FormatError(target, f"cannot be written ({exc.strerror or exc})") from exc


def _safe_stem(film: FilmRecord) -> str:
    """``Title (Year)`` made safe as a file name on Windows, macOS and Linux."""
    name = film.display_title.replace(":", " -")
    name = clean(_NOT_IN_FILE_NAMES.sub("_", name)).strip(" .")
    # Leave room for " [12]-poster.jpeg" within the common 255-byte name limit.
    while len(name.encode("utf-8")) > 200:
        name = name[:-1].rstrip(" .")
    if not name or name.split(".")[0].casefold() in _RESERVED_NAMES:
        name = f"_{name}"
    return name


def _unique_stem(stem: str, taken: set[str]) -> str:
    """A stem none of whose files exist yet; names are compared case-insensitively."""
    candidate = stem
    number = 1
    while any(f"{candidate}{ending}".casefold() in taken for ending in _ENDINGS):
        number += 1
        candidate = f"{stem} [{number}]"
    taken.update(f"{candidate}{ending}".casefold() for ending in _ENDINGS)
    return candidate


def _movie_element(film: FilmRecord, summary: ExportSummary) -> ET.Element:
    note_dropped(film, summary, _KEPT + _PARTLY_KEPT)
    movie = ET.Element("movie")

    def add(tag: str, text: str, **attributes: str) -> None:
        if text:
            ET.SubElement(movie, tag, attributes).text = _NOT_XML.sub("", text)

    tagline, rest = _split_tagline(film.notes)
    if rest:
        summary.drop("notes")
    days = sorted(set(film.viewings))
    if len(days) > 1:
        summary.drop("viewings")
    writers = [c.person for c in film.crew if c.job.casefold() in _WRITING_JOBS]
    if len(writers) < len(film.crew):
        summary.drop("crew")
    trailer = next((link.url for link in film.links if link.label == TRAILER_LABEL), "")
    if any(link.url != trailer for link in film.links):
        summary.drop("links")
    if len(film.languages) > 1:
        summary.drop("languages")

    add("title", film.title)
    add("originaltitle", film.original_title)
    if film.rating is not None:
        add("userrating", str(round(film.rating * 2)))
    add("outline", film.synopsis)
    add("plot", film.plot)
    add("tagline", tagline)
    add("runtime", str(film.runtime) if film.runtime else "")
    add("mpaa", film.certification)
    watched = film.watched or bool(days)
    add("playcount", str(max(1, len(days)) if watched else 0))
    add("lastplayed", days[-1].isoformat() if days else "")
    if film.imdb_id:
        add("uniqueid", film.imdb_id, type="imdb", default="true")
    if film.tmdb_id:
        extra = {} if film.imdb_id else {"default": "true"}
        add("uniqueid", film.tmdb_id, type="tmdb", **extra)
    for tag, values in (
        ("genre", film.genres),
        ("country", film.countries),
        ("tag", film.tags),
        ("credits", tuple(unique(writers))),
        ("director", film.directors),
    ):
        for value in values:
            add(tag, value)
    add("premiered", film.release_date.isoformat() if film.release_date else "")
    add("year", str(film.year) if film.year else "")
    for studio in film.studios:
        add("studio", studio)
    add("trailer", trailer)
    for order, credit in enumerate(film.cast):
        actor = ET.SubElement(movie, "actor")
        ET.SubElement(actor, "name").text = _NOT_XML.sub("", credit.person)
        if credit.character:
            ET.SubElement(actor, "role").text = _NOT_XML.sub("", credit.character)
        ET.SubElement(actor, "order").text = str(order)
    add("originallanguage", film.languages[0] if film.languages else "")
    if film.added_at is not None:
        added = film.added_at.astimezone(dt.UTC) if film.added_at.tzinfo else film.added_at
        add("dateadded", added.strftime("%Y-%m-%d %H:%M:%S"))
    ET.indent(movie, space="  ")
    return movie


def _split_tagline(notes: str) -> tuple[str, str]:
    """The tagline an import put first in the notes, and whatever else the notes hold."""
    if not notes.startswith(TAGLINE_PREFIX):
        return "", notes.strip()
    first, _, rest = notes.partition("\n")
    return first[len(TAGLINE_PREFIX) :].strip(), rest.strip()
