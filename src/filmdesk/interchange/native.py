# SPDX-License-Identifier: GPL-3.0-or-later
"""filmdesk's own exchange format: a ``.filmdesk`` zip that holds a catalogue losslessly.

Layout of the archive::

    catalogue.json               the films (documented by docs/catalogue.schema.json)
    posters/<uuid>.<ext>         each poster image, byte for byte as the catalogue stores it
    posters/<uuid>.thumb.<ext>   its list thumbnail, byte for byte

``catalogue.json`` is one object::

    {"format": "filmdesk", "schema_version": 1, "exported_at": "…", "exported_by": "…",
     "films": [
    {…film 1…},
    {…film 2…}
    ]}

Each film is ``FilmRecord.to_json()`` plus ``"poster"``: ``null`` or an object naming
the two poster members with the poster's MIME type and size. Posters are stored, not
re-encoded, so an export read back gives the very same bytes.

Both directions stream. The writer emits one film per line and keeps at most one
film's posters in memory (posters wait in a temporary spool file until catalogue.json
is closed, since a zip takes one member at a time). The reader parses catalogue.json
chunk by chunk with ``json.JSONDecoder.raw_decode``, so any valid JSON layout is read,
not only the one-film-per-line layout written here, and a 470 MB catalogue never sits
in memory whole.
"""

from __future__ import annotations

import codecs
import contextlib
import datetime as dt
import io
import json
import logging
import os
import re
import tempfile
import uuid as uuid_module
import warnings
import zipfile
import zlib
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import IO, Any

from PIL import Image

from filmdesk import __version__
from filmdesk.catalogue.dto import (
    CastCredit,
    Character,
    CrewCredit,
    FilmRecord,
    Link,
    NamedNote,
    Poster,
    SimilarFilm,
    TimelineEvent,
)
from filmdesk.catalogue.film_json import JsonBatch, JsonReadError, PosterBlob, PosterEntry
from filmdesk.interchange.base import (
    ExportSummary,
    FormatError,
    FormatInfo,
    ImportedFilm,
    ImportItem,
    ImportProblem,
    Progress,
    safe_zip,
)
from filmdesk.posters import MAX_PIXELS

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
FORMAT_MARK = "filmdesk"
CATALOGUE_MEMBER = "catalogue.json"
POSTER_FOLDER = "posters/"
# catalogue.json is streamed, so it may far exceed base.MAX_MEMBER_BYTES (about 4.7 KB
# per film); the zip-bomb ratio check still applies to it.
MAX_CATALOGUE_BYTES = 16 * 1024**3
MAX_POSTER_BYTES = 32 * 1024**2  # stored posters are at most 1200 px, a few hundred KB
MAX_RECORD_CHARS = 32 * 1024**2  # one film object (texts are capped at 200,000 characters)
CHUNK_BYTES = 1024**2
SPOOL_IN_MEMORY = 32 * 1024**2

_EXTENSION_BY_MIME = {
    "image/jpeg": "jpg",
    "image/png": "png",
    "image/webp": "webp",
    "image/gif": "gif",
}
_MIME_BY_PILLOW_FORMAT = {
    "JPEG": "image/jpeg",
    "PNG": "image/png",
    "WEBP": "image/webp",
    "GIF": "image/gif",
}
_CANONICAL_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_WHITESPACE = re.compile(r"[ \t\n\r]*")


def _sniff(path: Path, head: bytes) -> bool:
    if not head.startswith(b"PK\x03\x04"):
        return False
    try:
        with zipfile.ZipFile(path) as archive:
            archive.getinfo(CATALOGUE_MEMBER)
    except (zipfile.BadZipFile, OSError, KeyError):
        return False
    return True


FORMAT = FormatInfo(
    id="native",
    name="filmdesk catalogue export",
    extensions=("filmdesk",),
    sniff=_sniff,
    module=__name__,
    can_import=True,
    can_export=True,
)


# --- writing ---------------------------------------------------------------------------------


def write(
    films: Iterable[FilmRecord], path: Path, progress: Progress | None = None
) -> ExportSummary:
    """Write ``films`` to a new ``.filmdesk`` archive at ``path``.

    The archive is built under a temporary name beside ``path`` and renamed into place
    only when complete, so a failed or interrupted export never leaves a partial file
    (nor destroys an older export of the same name). When ``films`` can give each film's
    JSON text ready-made (``FilmStream.json_batches``), that text is written as it comes.
    """
    path = Path(path)
    partial = path.with_name(f".{path.name}.partial")
    json_batches: Callable[[PosterEntry], Generator[JsonBatch, None, None] | None] | None
    json_batches = getattr(films, "json_batches", None)
    try:
        summary = None
        batches = json_batches(poster_entry) if json_batches is not None else None
        if batches is not None:
            # closing(): an export that fails stops the worker processes at once, rather
            # than when the error and its traceback are let go.
            with contextlib.closing(batches):
                try:
                    summary = _write_archive(partial, films, batches, progress)
                except JsonReadError as exc:
                    # The catalogue changed under the parallel read, or SQLite could not
                    # build the text: read it again as records, from one snapshot.
                    log.info("Exporting %s from records: %s", path, exc or type(exc).__name__)
        if summary is None:
            summary = _write_archive(partial, films, None, progress)
        os.replace(partial, path)
    except OSError as exc:
        raise FormatError(path, f"the export could not be written ({exc.strerror or exc})") from exc
    finally:
        partial.unlink(missing_ok=True)
    summary.files = [path]
    return summary


def _write_archive(
    partial: Path,
    films: Iterable[FilmRecord],
    batches: Iterator[JsonBatch] | None,
    progress: Progress | None,
) -> ExportSummary:
    summary = ExportSummary()
    with (
        zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as archive,
        tempfile.SpooledTemporaryFile(
            max_size=SPOOL_IN_MEMORY, mode="w+b", dir=str(partial.parent)
        ) as spool,
    ):
        # force_zip64: the size is unknown up front and may pass 4 GB for huge catalogues.
        with archive.open(CATALOGUE_MEMBER, "w", force_zip64=True) as out:
            fast_deflate(out)
            if batches is None:
                posters = _write_films(out, spool, films, summary, progress)
            else:
                posters = _write_json_batches(out, spool, batches, summary, progress)
        _copy_posters(archive, spool, posters)
    if posters:
        summary.notes.append(f"{len(posters) // 2} posters")
    return summary


# No circular check: every film is a fresh tree of dicts and lists.
_encode = json.JSONEncoder(ensure_ascii=False, check_circular=False, separators=(",", ":")).encode


def _header() -> str:
    """catalogue.json up to the first film."""
    header = {
        "format": FORMAT_MARK,
        "schema_version": SCHEMA_VERSION,
        "exported_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "exported_by": f"filmdesk {__version__}",
    }
    return f'{_encode(header)[:-1]},"films":['


def _write_films(
    out: IO[bytes],
    spool: IO[bytes],
    films: Iterable[FilmRecord],
    summary: ExportSummary,
    progress: Progress | None,
) -> list[tuple[str, int, int]]:
    """Stream catalogue.json from records; spool posters; return (member, offset, size)."""
    posters: list[tuple[str, int, int]] = []
    out.write(_header().encode())
    lines: list[str] = []
    size = 0
    before = "\n"  # what goes before the next chunk of lines
    for film in films:
        data = film_json(film)
        data["poster"] = None
        if film.poster is not None:
            data["poster"], files = poster_entry(film.uuid or "", summary.films, film.poster)
            for name, blob in files:
                posters.append((name, spool.tell(), len(blob)))
                spool.write(blob)
        line = _encode(data)
        lines.append(line)
        size += len(line)
        summary.films += 1
        if size >= CHUNK_BYTES:  # few large writes compress faster than many
            out.write((before + ",\n".join(lines)).encode())
            lines, size, before = [], 0, ",\n"
        if progress is not None:
            progress(summary.films)
    tail = before + ",\n".join(lines) if lines else ""
    out.write(f"{tail}\n]}}\n".encode())
    return posters


def _write_json_batches(
    out: IO[bytes],
    spool: IO[bytes],
    batches: Iterator[JsonBatch],
    summary: ExportSummary,
    progress: Progress | None,
) -> list[tuple[str, int, int]]:
    """Stream catalogue.json from films' ready-made JSON text; spool the posters named."""
    posters: list[tuple[str, int, int]] = []
    out.write(_header().encode())
    before = b"\n"
    for batch in batches:
        if batch.count:
            out.write(before + batch.text)
            before = b",\n"
        for name, data in batch.files:
            posters.append((name, spool.tell(), len(data)))
            spool.write(data)
        summary.films += batch.count
        if progress is not None:
            progress(summary.films)
    out.write(b"\n]}\n")
    return posters


def fast_deflate(member: IO[bytes]) -> bool:
    """Compress a zip member being written with ISA-L's deflate, where it is installed.

    ISA-L writes the same deflate format four times faster than zlib at level 1 (an
    export spent as long compressing as reading). zipfile has no public hook for this, so
    the member's compressor object is swapped before its first byte; where that is not
    possible the member stays with zlib. Returns whether the swap was made.
    """
    try:
        from isal import isal_zlib
    except ImportError:
        return False
    compressor = getattr(member, "_compressor", None)
    if not isinstance(compressor, type(zlib.compressobj())):  # a stored or bzip2 member
        return False
    if getattr(member, "_compress_size", None) != 0:
        return False
    member._compressor = isal_zlib.compressobj(  # type: ignore[attr-defined]
        1, isal_zlib.DEFLATED, -15
    )
    return True


def film_json(film: FilmRecord) -> dict[str, Any]:
    """``film.to_json()``, written out field by field: the generic version walks every
    dataclass with ``fields()`` and was the largest cost of an export. A test checks that
    the two agree on films with every field set."""
    iso = _iso
    return {
        "title": film.title,
        "uuid": film.uuid,
        "original_title": film.original_title,
        "year": film.year,
        "runtime": film.runtime,
        "certification": film.certification,
        "languages": list(film.languages),
        "directors": list(film.directors),
        "genres": list(film.genres),
        "countries": list(film.countries),
        "synopsis": film.synopsis,
        "plot": film.plot,
        "ending": film.ending,
        "timeline": [{"text": e.text, "marker": e.marker, "spoiler": e.spoiler}
                     for e in film.timeline],
        "characters": [{"name": c.name, "played_by": c.played_by,
                        "description": c.description, "spoiler": c.spoiler}
                       for c in film.characters],
        "settings": [{"name": n.name, "description": n.description} for n in film.settings],
        "themes": [{"name": n.name, "description": n.description} for n in film.themes],
        "cast": [{"person": c.person, "character": c.character} for c in film.cast],
        "crew": [{"person": c.person, "job": c.job} for c in film.crew],
        "budget": film.budget,
        "gross": film.gross,
        "currency": film.currency,
        "studios": list(film.studios),
        "filming_locations": list(film.filming_locations),
        "release_date": iso(film.release_date),
        "post_credits": film.post_credits,
        "links": [{"label": link.label, "url": link.url} for link in film.links],
        "imdb_id": film.imdb_id,
        "tmdb_id": film.tmdb_id,
        "similar": [
            {"title": s.title, "year": s.year, "uuid": s.film_uuid} if s.film_uuid
            else {"title": s.title, "year": s.year}
            for s in film.similar
        ],
        "rating": film.rating,
        "watched": film.watched,
        "viewings": [day.isoformat() for day in film.viewings],
        "tags": list(film.tags),
        "notes": film.notes,
        "added_at": iso(film.added_at),
        "updated_at": iso(film.updated_at),
    }


def _iso(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def poster_entry(
    film_uuid: str, index: int, poster: Poster | PosterBlob
) -> tuple[dict[str, Any], list[tuple[str, bytes]]]:
    """A film's ``"poster"`` entry and the two archive members it names, with their bytes.

    ``index`` is the film's place in the export, naming posters of films whose uuid could
    not serve as a file name.
    """
    extension = _EXTENSION_BY_MIME.get(poster.mime_type, "img")
    stem = film_uuid if film_uuid and _CANONICAL_UUID.match(film_uuid) else f"film-{index + 1}"
    names = (f"{POSTER_FOLDER}{stem}.{extension}", f"{POSTER_FOLDER}{stem}.thumb.{extension}")
    entry = {
        "image": names[0],
        "thumbnail": names[1],
        "mime_type": poster.mime_type,
        "width": poster.width,
        "height": poster.height,
    }
    return entry, [(names[0], poster.image), (names[1], poster.thumbnail)]


def _copy_posters(
    archive: zipfile.ZipFile, spool: IO[bytes], posters: list[tuple[str, int, int]]
) -> None:
    stamp = dt.datetime.now().timetuple()[:6]
    for name, offset, size in posters:
        spool.seek(offset)
        info = zipfile.ZipInfo(name, date_time=stamp)
        info.compress_type = zipfile.ZIP_STORED  # JPEG and PNG are compressed already
        archive.writestr(info, spool.read(size))


# --- reading ---------------------------------------------------------------------------------


class _FilmError(Exception):
    """One film cannot be imported; becomes an ImportProblem, never leaves this module."""


def read(path: Path, progress: Progress | None = None) -> Iterator[ImportItem]:
    """Yield each film of a ``.filmdesk`` archive, or a problem saying why it was left out.

    Raises:
        FormatError: when the archive as a whole cannot be read: not a zip, a hostile or
            damaged zip, no catalogue.json, JSON that is malformed or cut short, or a
            catalogue written by a newer filmdesk.
    """
    path = Path(path)
    archive = safe_zip(path, max_member_bytes=MAX_CATALOGUE_BYTES)
    with archive:
        try:
            stream = archive.open(CATALOGUE_MEMBER)
        except KeyError:
            raise FormatError(path, "the archive holds no catalogue.json") from None
        except (zipfile.BadZipFile, RuntimeError, NotImplementedError, OSError) as exc:
            # RuntimeError: encrypted member; NotImplementedError: unknown compression.
            raise FormatError(path, f"catalogue.json cannot be read ({exc})") from exc
        with stream:
            parser = _JsonStream(stream, path)
            for number, (line, data) in enumerate(_film_objects(parser, path), start=1):
                where = f"{path.name} film {number} (line {line})"
                try:
                    yield ImportedFilm(_film(data, archive), where)
                except _FilmError as exc:
                    yield ImportProblem(where, str(exc))
                if progress is not None:
                    progress(number)


def _film_objects(parser: _JsonStream, path: Path) -> Iterator[tuple[int, Any]]:
    """(line, parsed object) for each element of ``films``, checking the header around it."""
    header: dict[str, Any] = {}
    if parser.peek() != "{":
        raise parser.error("catalogue.json is not a JSON object")
    parser.advance()
    seen_films = False
    if parser.peek() == "}":
        parser.advance()
    else:
        while True:
            if parser.peek() != '"':
                raise parser.error(_expected("a key in double quotes", parser.peek()))
            key = parser.value()
            if parser.peek() != ":":
                raise parser.error(_expected("':'", parser.peek()))
            parser.advance()
            if key == "films":
                if seen_films:
                    raise parser.error("catalogue.json has two film lists")
                seen_films = True
                yield from _array(parser)
            else:
                header[key] = parser.value()
                _check_header(header, path, final=False)
            next_char = parser.peek()
            parser.advance()
            if next_char == "}":
                break
            if next_char != ",":
                raise parser.error(_expected("',' or '}'", next_char))
    if parser.peek() != "":
        raise parser.error("there is more data after the end of the catalogue")
    _check_header(header, path, final=True)
    if not seen_films:
        raise FormatError(path, "catalogue.json holds no film list")


def _array(parser: _JsonStream) -> Iterator[tuple[int, Any]]:
    if parser.peek() != "[":
        raise parser.error(_expected("a list of films", parser.peek()))
    parser.advance()
    if parser.peek() == "]":
        parser.advance()
        return
    while True:
        parser.peek()  # to the first character of the film, for its line number
        line = parser.line()
        yield line, parser.value()
        next_char = parser.peek()
        parser.advance()
        if next_char == "]":
            return
        if next_char != ",":
            raise parser.error(_expected("',' or ']'", next_char))


def _expected(what: str, found: str) -> str:
    if not found:
        return "the file ends early; it is truncated"
    return f"expected {what}, found {found!r}"


def _check_header(header: dict[str, Any], path: Path, *, final: bool) -> None:
    mark = header.get("format")
    if (mark is not None or final) and mark != FORMAT_MARK:
        raise FormatError(path, "catalogue.json is not a filmdesk catalogue (no format mark)")
    version = header.get("schema_version")
    if version is None and not final:
        return
    if type(version) is not int or version < 1:
        raise FormatError(path, f"catalogue.json has no valid schema_version ({version!r:.40})")
    if version > SCHEMA_VERSION:
        raise FormatError(
            path,
            f"it was written by a newer filmdesk (catalogue schema {version}, this filmdesk "
            f"reads up to {SCHEMA_VERSION}); please update filmdesk",
        )


class _JsonStream:
    """Just enough of a pull parser to walk the catalogue object; values via raw_decode."""

    def __init__(self, stream: IO[bytes], path: Path) -> None:
        self._stream = stream
        self._path = path
        # utf-8-sig: tolerate a byte order mark from a hand-edited file.
        self._decoder = codecs.getincrementaldecoder("utf-8-sig")()
        self._decode_value = json.JSONDecoder().raw_decode
        self._text = ""
        self._pos = 0
        self._eof = False
        self._line = 1  # the line number at _counted
        self._counted = 0  # newlines before this index of _text are in _line

    def error(self, reason: str, at: int | None = None) -> FormatError:
        return FormatError(self._path, f"catalogue.json line {self.line(at)}: {reason}")

    def line(self, at: int | None = None) -> int:
        at = self._pos if at is None else at
        if at >= self._counted:
            self._line += self._text.count("\n", self._counted, at)
            self._counted = at
            return self._line
        return self._line - self._text.count("\n", at, self._counted)

    def _fill(self) -> bool:
        """Append the next chunk; False at the end. Drops text already parsed."""
        if self._eof:
            return False
        try:
            chunk = self._stream.read(CHUNK_BYTES)
            text = self._decoder.decode(chunk, final=not chunk)
        except UnicodeDecodeError:
            raise self.error("the text is not UTF-8") from None
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as exc:
            raise self.error(f"the archive is damaged ({exc})") from exc
        if not chunk:
            self._eof = True
        if self._pos >= CHUNK_BYTES:
            self.line(self._pos)
            self._text = self._text[self._pos :]
            self._counted -= self._pos
            self._pos = 0
        self._text += text
        return bool(chunk)

    def peek(self) -> str:
        """The next character that is not white space, or "" at the end."""
        while True:
            self._pos = _WHITESPACE.match(self._text, self._pos).end()  # type: ignore[union-attr]
            if self._pos < len(self._text):
                return self._text[self._pos]
            if not self._fill():
                return ""

    def advance(self) -> None:
        self._pos += 1

    def value(self) -> Any:
        self.peek()
        while True:
            try:
                value, end = self._decode_value(self._text, self._pos)
            except json.JSONDecodeError as exc:
                # An error in the last few characters, or an open string, may only mean the
                # value goes on in the next chunk; anywhere else the JSON is wrong.
                open_string = exc.msg.startswith("Unterminated string")
                if not self._eof and (open_string or exc.pos >= len(self._text) - 10):
                    if len(self._text) - self._pos > MAX_RECORD_CHARS:
                        raise self.error(
                            f"a record is longer than {MAX_RECORD_CHARS:,} characters"
                        ) from None
                    self._fill()
                    continue
                reason = (
                    "the file ends in the middle of a record; it is truncated"
                    if open_string or exc.pos >= len(self._text)
                    else f"not valid JSON ({exc.msg})"
                )
                raise self.error(reason, exc.pos) from None
            except (ValueError, RecursionError) as exc:
                # Numbers with thousands of digits, or lists nested thousands deep.
                raise self.error(f"a value cannot be read ({exc})") from None
            if end >= len(self._text) and not self._eof:
                self._fill()  # a number at the end of a chunk ("19" of "1995") may go on
                continue
            self._pos = end
            return value


def _film(data: Any, archive: zipfile.ZipFile) -> FilmRecord:
    if type(data) is not dict:
        raise _FilmError("a film must be a JSON object")
    problem = _shape_problem(data)
    if problem:
        raise _FilmError(problem)
    film = _record(data)
    changes: dict[str, Any] = {}
    if film.uuid is not None and not _CANONICAL_UUID.match(film.uuid):
        changes["uuid"] = _uuid(film.uuid, "uuid")
    if any(s.film_uuid and not _CANONICAL_UUID.match(s.film_uuid) for s in film.similar):
        changes["similar"] = tuple(
            replace(s, film_uuid=_uuid(s.film_uuid, "similar")) if s.film_uuid else s
            for s in film.similar
        )
    poster = data.get("poster")
    if poster is not None:
        changes["poster"] = _poster(poster, archive)
    return replace(film, **changes) if changes else film


def _record(data: dict[str, Any]) -> FilmRecord:
    """The film of a shape-checked object, as ``FilmRecord.from_json`` would build it.

    Written out because from_json passes ``null`` inside list items through (a timeline
    marker of None would break validation later) and was the largest cost of a read.
    ``value or ""`` turns null into the default and leaves any text as it is.
    """
    get = data.get
    try:
        return FilmRecord(
            title=data["title"],
            uuid=get("uuid"),
            original_title=get("original_title") or "",
            year=_whole(get("year"), "year"),
            runtime=_whole(get("runtime"), "runtime"),
            certification=get("certification") or "",
            languages=tuple(get("languages") or ()),
            directors=tuple(get("directors") or ()),
            genres=tuple(get("genres") or ()),
            countries=tuple(get("countries") or ()),
            synopsis=get("synopsis") or "",
            plot=get("plot") or "",
            ending=get("ending") or "",
            timeline=tuple(
                TimelineEvent(e["text"], e.get("marker") or "", bool(e.get("spoiler")))
                for e in get("timeline") or ()
            ),
            characters=tuple(
                Character(c["name"], c.get("played_by") or "", c.get("description") or "",
                          bool(c.get("spoiler")))
                for c in get("characters") or ()
            ),
            settings=tuple(NamedNote(n["name"], n.get("description") or "")
                           for n in get("settings") or ()),
            themes=tuple(NamedNote(n["name"], n.get("description") or "")
                         for n in get("themes") or ()),
            cast=tuple(CastCredit(c["person"], c.get("character") or "")
                       for c in get("cast") or ()),
            crew=tuple(CrewCredit(c["person"], c["job"]) for c in get("crew") or ()),
            budget=_whole(get("budget"), "budget"),
            gross=_whole(get("gross"), "gross"),
            currency="USD" if get("currency") is None else data["currency"],
            studios=tuple(get("studios") or ()),
            filming_locations=tuple(get("filming_locations") or ()),
            release_date=_day(get("release_date"), "release_date"),
            post_credits=get("post_credits") or "",
            links=tuple(Link(link["label"], link["url"]) for link in get("links") or ()),
            imdb_id=get("imdb_id") or "",
            tmdb_id=get("tmdb_id") or "",
            similar=tuple(
                SimilarFilm(s["title"], _whole(s.get("year"), "similar"), None, s.get("uuid"))
                for s in get("similar") or ()
            ),
            rating=None if get("rating") is None else float(data["rating"]),
            watched=bool(get("watched")),
            viewings=tuple(_date(day, "viewings") for day in get("viewings") or ()),
            tags=tuple(get("tags") or ()),
            notes=get("notes") or "",
            added_at=_moment(get("added_at"), "added_at"),
            updated_at=_moment(get("updated_at"), "updated_at"),
        )
    except ValueError as exc:
        raise _FilmError(str(exc)) from None


def _whole(value: Any, field: str) -> int | None:
    if value is None or type(value) is int:
        return value
    if not (type(value) is float and value.is_integer()):  # also refuses inf and nan
        raise ValueError(f"{field}: {value!r:.30} is not a whole number")
    return int(value)


def _day(value: str | None, field: str) -> dt.date | None:
    return None if value is None else _date(value, field)


def _date(value: str, field: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{field}: {value!r:.40} is not a date like 2024-03-31") from None


def _moment(value: str | None, field: str) -> dt.datetime | None:
    if value is None:
        return None
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{field}: {value!r:.40} is not a date and time") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _uuid(value: str, field: str) -> str:
    try:
        return str(uuid_module.UUID(value))
    except ValueError:
        raise _FilmError(f"{field}: {value!r:.60} is not a uuid") from None


# What each film key may hold; checked before FilmRecord.from_json, which trusts types.
_TEXT_KEYS = frozenset({
    "title", "uuid", "original_title", "certification", "synopsis", "plot", "ending",
    "currency", "post_credits", "imdb_id", "tmdb_id", "notes", "release_date", "added_at",
    "updated_at",
})
_NUMBER_KEYS = frozenset({"year", "runtime", "budget", "gross", "rating"})
_TEXT_LIST_KEYS = frozenset({
    "languages", "directors", "genres", "countries", "studios", "filming_locations", "tags",
    "viewings",
})
# key → (required text keys, optional text keys, flag keys, whole-number keys)
_OBJECT_LIST_KEYS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...],
                                   tuple[str, ...]]] = {
    "timeline": (("text",), ("marker",), ("spoiler",), ()),
    "characters": (("name",), ("played_by", "description"), ("spoiler",), ()),
    "settings": (("name",), ("description",), (), ()),
    "themes": (("name",), ("description",), (), ()),
    "cast": (("person",), ("character",), (), ()),
    "crew": (("person", "job"), (), (), ()),
    "links": (("label", "url"), (), (), ()),
    "similar": (("title",), ("uuid",), (), ("year",)),
}


def _shape_problem(data: dict[str, Any]) -> str | None:
    """Why ``data`` does not have the shape of a film, or None when it does."""
    if type(data.get("title")) is not str:
        return "title: a film needs a title"
    for key, value in data.items():
        if value is None:
            continue
        if key in _TEXT_KEYS:
            if type(value) is not str:
                return f"{key}: expected text, found {_kind(value)}"
        elif key in _NUMBER_KEYS:
            if type(value) not in (int, float):
                return f"{key}: expected a number, found {_kind(value)}"
        elif key in _TEXT_LIST_KEYS:
            if type(value) is not list or any(type(v) is not str for v in value):
                return f"{key}: expected a list of texts"
        elif key in _OBJECT_LIST_KEYS:
            problem = _object_list_problem(key, value)
            if problem:
                return problem
        elif key == "watched" and type(value) is not bool:
            return f"watched: expected true or false, found {_kind(value)}"
    return None


def _object_list_problem(key: str, value: Any) -> str | None:
    required, optional, flags, numbers = _OBJECT_LIST_KEYS[key]
    if type(value) is not list:
        return f"{key}: expected a list, found {_kind(value)}"
    for position, item in enumerate(value, start=1):
        if type(item) is not dict:
            return f"{key} #{position}: expected an object, found {_kind(item)}"
        for name in required:
            if type(item.get(name)) is not str:
                return f"{key} #{position}: {name} is missing or not text"
        for name in optional:
            if item.get(name) is not None and type(item[name]) is not str:
                return f"{key} #{position}: {name} is not text"
        for name in flags:
            if item.get(name) is not None and type(item[name]) is not bool:
                return f"{key} #{position}: {name} is not true or false"
        for name in numbers:
            if item.get(name) is not None and type(item[name]) not in (int, float):
                return f"{key} #{position}: {name} is not a number"
    return None


def _kind(value: Any) -> str:
    return {
        dict: "an object", list: "a list", str: "text", bool: "true/false", int: "a number",
        float: "a number",
    }.get(type(value), "null")


def _poster(entry: Any, archive: zipfile.ZipFile) -> Poster:
    if type(entry) is not dict:
        raise _FilmError("poster: expected an object or null")
    mime = entry.get("mime_type")
    if mime not in _EXTENSION_BY_MIME:
        raise _FilmError(f"poster: {mime!r:.40} is not a poster type (JPEG, PNG, WebP or GIF)")
    width, height = entry.get("width"), entry.get("height")
    for name, size in (("width", width), ("height", height)):
        if type(size) is not int or not 0 < size <= 100_000:
            raise _FilmError(f"poster: {name} {size!r:.20} is not a size in pixels")
    image = _image_member(archive, entry.get("image"), mime)
    thumbnail = _image_member(archive, entry.get("thumbnail"), None)
    return Poster(image, thumbnail, mime, width, height)  # type: ignore[arg-type]


def _image_member(archive: zipfile.ZipFile, name: Any, mime: str | None) -> bytes:
    """The bytes of an image member, checked with Pillow without decoding it whole."""
    if type(name) is not str or not name:
        raise _FilmError("poster: the name of its image file is missing")
    try:
        info = archive.getinfo(name)
    except KeyError:
        raise _FilmError(f"poster: the archive has no file {name!r:.80}") from None
    if info.file_size > MAX_POSTER_BYTES:
        raise _FilmError(f"poster: {name} is {info.file_size:,} bytes, too large for a poster")
    try:
        data = archive.read(info)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, RuntimeError,
            NotImplementedError) as exc:
        raise _FilmError(f"poster: {name} cannot be read from the archive ({exc})") from None
    found = _image_type(data)
    if found is None:
        raise _FilmError(f"poster: {name} is not an image filmdesk can use")
    if mime is not None and found != mime:
        raise _FilmError(f"poster: {name} is {found}, but the catalogue says {mime}")
    return data


def _image_type(data: bytes) -> str | None:
    """The MIME type of a sound poster image, or None for anything else."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                mime = _MIME_BY_PILLOW_FORMAT.get(image.format or "")
                width, height = image.size
                if mime is None or width * height > MAX_PIXELS:
                    return None
                image.verify()
    # Pillow's decoders raise many kinds of errors on hostile bytes (OSError, SyntaxError,
    # struct.error, IndexError …); any of them means "not a usable image".
    except Exception:
        return None
    return mime


__all__ = ["FORMAT", "SCHEMA_VERSION", "read", "write"]

