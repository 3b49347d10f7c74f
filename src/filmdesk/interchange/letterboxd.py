# SPDX-License-Identifier: GPL-3.0-or-later
"""Letterboxd: its data export (a zip of CSV files, or one of them) and its import CSV.

Import. The export spreads one film over several files (``watched.csv``, ``ratings.csv``,
``diary.csv``, ``reviews.csv``, ``watchlist.csv``, ``likes/films.csv``); their rows are
combined into one film each, matched on the film's Letterboxd URI or on name and year:

- ``watched.csv``, ``ratings.csv``, diary and review rows mark the film watched; the
  ``Date`` of watched/ratings rows is when the row was logged, not when the film was seen,
  so it is not a viewing.
- Each diary/review ``Watched Date`` is a viewing; dates are kept once each (a film logged
  twice on one day, or in both diary and reviews, counts one viewing that day).
- The rating is the one in ``ratings.csv`` (the current one), else the latest diary rating.
- Diary tags become tags; a review becomes a dated paragraph of the notes (HTML removed).
- ``watchlist.csv`` adds the tag ``watchlist`` (the film stays unwatched unless another file
  says otherwise); ``likes/films.csv`` adds the tag ``liked``.
- In diary and review rows the URI points at the diary entry, not the film, so only the
  film-level files give the ``Letterboxd`` link.
- ``deleted/``, ``orphaned/`` and ``lists/`` in the archive are not imported.

The Letterboxd *import* CSV (``Title``, ``Year``, ``WatchedDate``…, which filmdesk's export
writes) is read too: every row is a watched film, as Letterboxd treats it, except in a file
whose name contains "watchlist". Combining needs every film of the file in memory; records
are small, so that is a few megabytes for the largest diaries.

Export writes that import CSV: one row per viewing (``Rewatch`` true on all but the first),
or one undated row for a film that is watched or rated without a viewing date. Unwatched,
unrated films go to ``<name>-watchlist.csv`` for Letterboxd's watchlist import, since its
film import marks every row watched. Files are split at about 1 MB, Letterboxd's limit.
Notes are never exported: Letterboxd would publish them as public reviews.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import re
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path, PurePosixPath
from typing import IO

from filmdesk.catalogue.dto import FilmRecord, Link
from filmdesk.catalogue.text import clean, fold
from filmdesk.catalogue.validation import (
    IMDB_ID,
    LONG_TEXT_MAX,
    TMDB_ID,
    WEB_URL,
    check_rating,
)
from filmdesk.errors import ValidationError
from filmdesk.interchange._shared import (
    BadValueError,
    checked,
    csv_rows,
    decode_head,
    detect_encoding,
    encoding_note,
    header_of,
    note_dropped,
    parse_date,
    parse_year,
    split_list,
    stars_from_ten,
    unique,
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
    is_zip_with,
    safe_zip,
)

LINK_LABEL = "Letterboxd"
WATCHLIST_TAG = "watchlist"
LIKED_TAG = "liked"
PART_BYTES = 1_000_000  # Letterboxd refuses import files much over 1 MB
EXPORT_COLUMNS = (
    "LetterboxdURI",
    "tmdbID",
    "imdbID",
    "Title",
    "Year",
    "Directors",
    "WatchedDate",
    "Rating",
    "Rewatch",
    "Tags",
)
# What the import CSV can carry; ``notes`` is left out on purpose (see the module docstring).
_KEPT = ("title", "year", "directors", "imdb_id", "tmdb_id", "rating", "watched", "viewings")
_KEPT_ALSO = ("tags", "links")  # partly kept: counted by hand in _rows_for

# Columns of the import CSV, folded; a file is only taken for one when it has a column no
# plain film list would have, so a generic "Title,Year,imdbID" CSV stays with csv_format.
_IMPORT_COLUMNS = {
    "letterboxduri",
    "tmdbid",
    "imdbid",
    "title",
    "year",
    "directors",
    "watcheddate",
    "rating",
    "rating10",
    "rewatch",
    "tags",
    "review",
}
_IMPORT_ONLY = {"letterboxduri", "watcheddate", "rating10", "rewatch"}
_EXPORT_FOLDERS = {"deleted", "orphaned", "lists", "likes"}
_PROGRESS_EVERY = 100
# What the zipfile module raises on damaged archives besides BadZipFile: an unknown "zip
# version", undecodable member names, cut deflate streams, encrypted or exotic members.
_ZIP_ERRORS: tuple[type[Exception], ...] = (
    zipfile.BadZipFile,
    zlib.error,
    struct.error,
    EOFError,
    NotImplementedError,
    RuntimeError,
    ValueError,
    OSError,
)


class _Kind(Enum):
    WATCHED = "watched"
    RATINGS = "ratings"
    DIARY = "diary"
    REVIEWS = "reviews"
    LIKES = "likes"
    WATCHLIST = "watchlist"
    IMPORT = "import"
    IMPORT_WATCHLIST = "import watchlist"


# Archive members in reading order: watched first, so a film's location is its watched row.
_MEMBERS = {
    "watched.csv": _Kind.WATCHED,
    "ratings.csv": _Kind.RATINGS,
    "diary.csv": _Kind.DIARY,
    "reviews.csv": _Kind.REVIEWS,
    "likes/films.csv": _Kind.LIKES,
    "watchlist.csv": _Kind.WATCHLIST,
}
_FILM_LEVEL = {
    _Kind.WATCHED,
    _Kind.RATINGS,
    _Kind.LIKES,
    _Kind.WATCHLIST,
    _Kind.IMPORT,
    _Kind.IMPORT_WATCHLIST,
}
_ENTRY_LEVEL = {_Kind.DIARY, _Kind.REVIEWS}


def _kind_of(columns: set[str], path: PurePosixPath | Path) -> _Kind | None:
    """Which Letterboxd file a header (folded names) belongs to; the name breaks ties."""
    name = path.name.casefold()
    if "letterboxd uri" in columns and "name" in columns:
        if "review" in columns:
            return _Kind.REVIEWS
        if "watched date" in columns or "rewatch" in columns:
            return _Kind.DIARY
        if "rating" in columns:
            return _Kind.RATINGS
        # watched, watchlist and likes share one header: only the name tells them apart
        if "watchlist" in name:
            return _Kind.WATCHLIST
        if "likes" in (part.casefold() for part in path.parts[:-1]) or "like" in name:
            return _Kind.LIKES
        return _Kind.WATCHED
    if columns and columns <= _IMPORT_COLUMNS and columns & _IMPORT_ONLY:
        return _Kind.IMPORT_WATCHLIST if "watchlist" in name else _Kind.IMPORT
    return None


def _sniff(path: Path, head: bytes) -> bool:
    if head.startswith(b"PK\x03\x04"):
        try:
            return any(is_zip_with(path, head, name) for name in _MEMBERS if "/" not in name)
        except _ZIP_ERRORS:  # is_zip_with lets a few of them through
            return False
    if not head or path.is_dir():
        return False
    columns = {name.casefold() for name in header_of(decode_head(head))}
    return _kind_of(columns, path) is not None


FORMAT = FormatInfo(
    id="letterboxd",
    name="Letterboxd",
    extensions=("zip", "csv"),
    sniff=_sniff,
    module=__name__,
    can_import=True,
    can_export=True,
    export_extension="csv",  # the import CSV Letterboxd takes, never the export zip
)


# --- import ---------------------------------------------------------------------------------


@dataclass(slots=True)
class _Film:
    """Everything the files say about one film, gathered before the record is built."""

    title: str
    year: int | None
    location: str
    uri: str = ""
    rating: float | None = None  # from ratings.csv or the import CSV: the current rating
    entry_ratings: list[tuple[dt.date, int, float]] = field(default_factory=list)
    watched: bool = False
    viewings: set[dt.date] = field(default_factory=set)
    tags: list[str] = field(default_factory=list)
    reviews: list[tuple[dt.date | None, str]] = field(default_factory=list)
    imdb_id: str = ""
    tmdb_id: str = ""
    directors: tuple[str, ...] = ()

    def record(self) -> FilmRecord:
        rating = self.rating
        if rating is None and self.entry_ratings:
            rating = max(self.entry_ratings)[2]  # the latest diary entry's rating
        reviews = sorted(set(self.reviews), key=lambda r: (r[0] or dt.date.min, r[1]))
        notes = "\n\n".join(f"{day.isoformat()}: {text}" if day else text for day, text in reviews)
        return FilmRecord(
            title=self.title,
            year=self.year,
            rating=rating,
            watched=self.watched,
            viewings=tuple(sorted(self.viewings)),
            tags=unique(self.tags),
            notes=notes,
            links=(Link(LINK_LABEL, self.uri),) if self.uri else (),
            imdb_id=self.imdb_id,
            tmdb_id=self.tmdb_id,
            directors=self.directors,
        )


@dataclass(frozen=True, slots=True)
class _Row:
    """One CSV row, parsed and checked before it touches any film."""

    title: str
    year: int | None
    uri: str
    rating: float | None
    watched_on: dt.date | None
    logged_on: dt.date | None
    tags: tuple[str, ...]
    review: str
    imdb_id: str
    tmdb_id: str
    directors: tuple[str, ...]


class _Films:
    """The films met so far, findable by film URI and by folded name and year."""

    def __init__(self) -> None:
        self.in_order: list[_Film] = []
        self._by_uri: dict[str, _Film] = {}
        self._by_name: dict[tuple[str, int | None], _Film] = {}

    def find(self, row: _Row, film_uri: str, location: str) -> _Film:
        key = (fold(row.title), row.year)
        if film_uri and film_uri in self._by_uri:
            return self._by_uri[film_uri]
        film = self._by_name.get(key)
        # Two different films may share a name and a year; their URIs tell them apart.
        if film is None or (film_uri and film.uri and film.uri != film_uri):
            film = _Film(row.title, row.year, location)
            self.in_order.append(film)
            self._by_name.setdefault(key, film)
        if film_uri and not film.uri:
            film.uri = film_uri
            self._by_uri[film_uri] = film
        return film

    def add(self, kind: _Kind, row: _Row, location: str, sequence: int) -> None:
        film = self.find(row, row.uri if kind in _FILM_LEVEL else "", location)
        if kind in (_Kind.WATCHLIST, _Kind.IMPORT_WATCHLIST):
            film.tags.append(WATCHLIST_TAG)
        elif kind is _Kind.LIKES:
            film.tags.append(LIKED_TAG)
        else:
            film.watched = True
        if kind in _ENTRY_LEVEL:
            entry_day = row.watched_on or row.logged_on
            if row.rating is not None:
                film.entry_ratings.append((entry_day or dt.date.min, sequence, row.rating))
            if row.review:
                film.reviews.append((entry_day, row.review))
        elif row.rating is not None and kind is not _Kind.LIKES:
            film.rating = row.rating  # ratings.csv, or the import CSV: later rows win
        if row.review and kind not in _ENTRY_LEVEL:
            film.reviews.append((row.watched_on, row.review))
        if row.watched_on is not None and kind is not _Kind.IMPORT_WATCHLIST:
            film.viewings.add(row.watched_on)
        film.tags.extend(row.tags)
        film.imdb_id = film.imdb_id or row.imdb_id
        film.tmdb_id = film.tmdb_id or row.tmdb_id
        film.directors = film.directors or row.directors


def read(path: Path, progress: Progress | None = None) -> Iterator[ImportItem]:
    """Read a Letterboxd export zip, one of its CSV files, or a Letterboxd import CSV.

    Problems of single rows are yielded as they are met; the combined films follow at the
    end, each located at the first row that named it.
    """
    if not path.is_file():
        raise FormatError(path, "this is not a file")
    films = _Films()
    counter = [0]
    with path.open("rb") as handle:
        is_zip = handle.read(4) == b"PK\x03\x04"
    if is_zip:
        try:
            archive = safe_zip(path)
        except _ZIP_ERRORS as exc:  # safe_zip only turns BadZipFile and OSError into ours
            raise FormatError(path, f"not a readable zip archive ({exc})") from exc
        with archive:
            members = _export_members(archive)
            if not members:
                raise FormatError(path, "the archive holds no Letterboxd export files")
            for name, kind, info in members:
                opener = _member_opener(archive, info)
                yield from _read_csv(path, name, kind, opener, films, counter, progress)
    else:
        kind = _kind_from_file(path)
        opener = lambda: path.open("rb")  # noqa: E731 - read twice: encoding, then rows
        yield from _read_csv(path, path.name, kind, opener, films, counter, progress)
    for film in films.in_order:
        result = checked(film.record(), film.location)
        yield result if isinstance(result, ImportProblem) else ImportedFilm(result, film.location)
    if progress is not None:
        progress(counter[0])


def _kind_from_file(path: Path) -> _Kind:
    with path.open("rb") as handle:
        head = handle.read(8192)
    kind = _kind_of({name.casefold() for name in header_of(decode_head(head))}, path)
    if kind is None:
        raise FormatError(path, "this is not a Letterboxd export or import CSV file")
    return kind


def _export_members(archive: zipfile.ZipFile) -> list[tuple[str, _Kind, zipfile.ZipInfo]]:
    """The export's CSV files, found at the top or inside one enclosing folder."""
    found: dict[_Kind, tuple[int, str, zipfile.ZipInfo]] = {}
    for info in archive.infolist():
        if info.is_dir():
            continue
        parts = PurePosixPath(info.filename).parts
        for depth in (0, 1):
            relative = parts[depth:]
            # The enclosing folder may have any name but one of the export's own folders
            # (likes/reviews.csv holds other people's reviews, deleted/ removed entries).
            if not relative or (depth and parts[0].casefold() in _EXPORT_FOLDERS):
                continue
            name = "/".join(relative)
            kind = _MEMBERS.get(name.casefold())
            if kind is not None and (kind not in found or depth < found[kind][0]):
                found[kind] = (depth, name, info)
    order = list(_MEMBERS.values())
    return [
        (name, kind, info)
        for kind, (_, name, info) in sorted(found.items(), key=lambda i: order.index(i[0]))
    ]


def _member_opener(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> Callable[[], IO[bytes]]:
    def opener() -> IO[bytes]:
        return archive.open(info)

    return opener


def _read_csv(
    path: Path,
    name: str,
    kind: _Kind,
    opener: Callable[[], IO[bytes]],
    films: _Films,
    counter: list[int],
    progress: Progress | None,
) -> Iterator[ImportProblem | ImportNote]:
    try:
        encoding = detect_encoding(opener)
        if note := encoding_note(encoding, name):
            yield note
        with opener() as raw, io.TextIOWrapper(raw, encoding=encoding, newline="") as text:
            yield from _read_rows(name, kind, text, films, counter, progress)
    except FormatError as exc:
        # Name the file the person chose; inside an archive, also the member.
        reason = exc.reason if name == path.name else f"{name}: {exc.reason}"
        raise FormatError(path, reason) from exc
    # A damaged archive member surfaces only while it is read; row values never get here.
    except _ZIP_ERRORS as exc:
        raise FormatError(path, f"{name} cannot be read ({exc})") from exc


def _read_rows(
    name: str,
    kind: _Kind,
    text: IO[str],
    films: _Films,
    counter: list[int],
    progress: Progress | None,
) -> Iterator[ImportProblem]:
    rows = csv_rows(text, name)
    first = next(rows, None)
    if first is None:
        return  # an empty file: a member the user never used
    columns = {cell.strip().lstrip("\ufeff").casefold(): i for i, cell in enumerate(first[1])}
    if "name" not in columns and "title" not in columns:
        raise FormatError(name, "the file has no Name or Title column")
    for line, cells in rows:
        location = f"{name} line {line}"
        counter[0] += 1
        try:
            row = _parse_row(columns, cells)
        except BadValueError as exc:
            yield ImportProblem(location, str(exc))
        else:
            films.add(kind, row, location, counter[0])
        if progress is not None and counter[0] % _PROGRESS_EVERY == 0:
            progress(counter[0])


def _parse_row(columns: dict[str, int], cells: list[str]) -> _Row:
    def cell(*names: str) -> str:
        for column in names:
            index = columns.get(column)
            if index is not None and index < len(cells):
                return cells[index].strip()
        return ""

    title = clean(cell("name", "title"))
    if not title:
        raise BadValueError("the row names no film")
    uri = cell("letterboxd uri", "letterboxduri")
    if uri and (not WEB_URL.match(uri) or len(uri) > 2000):
        raise BadValueError(f"{uri!r:.60} is not a Letterboxd address")
    imdb_id, tmdb_id = cell("imdbid"), cell("tmdbid")
    if imdb_id and not IMDB_ID.match(imdb_id):
        raise BadValueError(f"imdbID {imdb_id!r:.40} is not an IMDb id like tt0113627")
    if tmdb_id and not TMDB_ID.match(tmdb_id):
        raise BadValueError(f"tmdbID {tmdb_id!r:.40} is not a TMDb number")
    review = _plain_text(cell("review"))
    if len(review) > LONG_TEXT_MAX:
        raise BadValueError(
            f"the review is {len(review):,} characters; at most {LONG_TEXT_MAX:,} fit"
        )
    return _Row(
        title=title,
        year=parse_year(cell("year")),
        uri=uri,
        rating=_rating(columns, cells),
        watched_on=parse_date(cell("watched date", "watcheddate"), "watched date"),
        logged_on=parse_date(cell("date"), "date"),
        tags=split_list(cell("tags")),
        review=review,
        imdb_id=imdb_id,
        tmdb_id=tmdb_id,
        directors=split_list(cell("directors")),
    )


def _rating(columns: dict[str, int], cells: list[str]) -> float | None:
    """Stars from ``Rating`` (0.5–5) or ``Rating10`` (1–10); the later column wins."""
    found: list[tuple[int, float]] = []
    for column in ("rating", "rating10"):
        index = columns.get(column)
        value = cells[index].strip() if index is not None and index < len(cells) else ""
        if not value or index is None:
            continue
        try:
            number = float(value)
        except ValueError:
            raise BadValueError(f"{column} {value!r:.20} is not a number") from None
        if column == "rating10":
            found.append((index, stars_from_ten(number, "Rating10")))
            continue
        try:
            check_rating(number)
        except ValidationError:
            raise BadValueError(f"rating {value:.20} is not 0.5–5 stars in half steps") from None
        found.append((index, number))
    return max(found)[1] if found else None


_PARAGRAPH = re.compile(r"</p\s*>\s*<p(?:\s[^>]*)?>", re.IGNORECASE)
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")


def _plain_text(review: str) -> str:
    """Review HTML (``<br/>``, ``<p>``, ``<i>``…) as plain text for the notes."""
    text = review.replace("\r\n", "\n")
    text = _BREAK.sub("\n", _PARAGRAPH.sub("\n\n", text))
    return html.unescape(_TAG.sub("", text)).strip()


# --- export ---------------------------------------------------------------------------------


class _PartedCsv:
    """A CSV file that continues in ``<name>-2.csv``… when it would pass ``limit`` bytes."""

    def __init__(self, path: Path, limit: int) -> None:
        self._path = path
        self._limit = limit
        self._handle: IO[bytes] | None = None
        self._size = 0
        self.paths: list[Path] = []
        self._header = self._encode([list(EXPORT_COLUMNS)])

    @staticmethod
    def _encode(rows: list[list[str]]) -> bytes:
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\r\n").writerows(rows)
        return buffer.getvalue().encode("utf-8")

    def _start_part(self) -> IO[bytes]:
        self.close()
        number = len(self.paths) + 1
        stem, suffix = self._path.stem, self._path.suffix or ".csv"
        path = self._path if number == 1 else self._path.with_name(f"{stem}-{number}{suffix}")
        handle = path.open("wb")
        handle.write(self._header)
        self.paths.append(path)
        self._handle, self._size = handle, len(self._header)
        return handle

    def write_film(self, rows: list[list[str]]) -> None:
        """Write one film's rows, all in the same part so Letterboxd sees them together."""
        data = self._encode(rows)
        handle = self._handle
        if handle is None or (
            self._size + len(data) > self._limit and self._size > len(self._header)
        ):
            handle = self._start_part()
        handle.write(data)
        self._size += len(data)

    def ensure_file(self) -> None:
        if self._handle is None and not self.paths:
            self._start_part()

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None


def write(
    films: Iterable[FilmRecord], path: Path, progress: Progress | None = None
) -> ExportSummary:
    """Write the Letterboxd import CSV at ``path`` (and its watchlist and overflow parts)."""
    summary = ExportSummary()
    watched = _PartedCsv(path, PART_BYTES)
    suffix = path.suffix or ".csv"
    watchlist = _PartedCsv(path.with_name(f"{path.stem}-watchlist{suffix}"), PART_BYTES)
    try:
        for film in films:
            seen = film.watched or bool(film.viewings) or film.rating is not None
            (watched if seen else watchlist).write_film(_rows_for(film, summary))
            summary.films += 1
            if progress is not None:
                progress(summary.films)
        watched.ensure_file()  # even an empty catalogue gives the file that was asked for
    finally:
        watched.close()
        watchlist.close()
    summary.files = watched.paths + watchlist.paths
    if len(watched.paths) > 1:
        summary.notes.append(
            f"Letterboxd takes about 1 MB per import, so the films were split over "
            f"{len(watched.paths)} files; import each of them."
        )
    if watchlist.paths:
        summary.notes.append(
            f"Films not yet watched were written to {watchlist.paths[0].name}; "
            "import it on Letterboxd's watchlist import page."
        )
    if "notes" in summary.dropped:
        summary.notes.append("Notes were not exported: Letterboxd would publish them as reviews.")
    return summary


def _rows_for(film: FilmRecord, summary: ExportSummary) -> list[list[str]]:
    note_dropped(film, summary, _KEPT + _KEPT_ALSO)
    uri = next((link.url for link in film.links if _is_letterboxd(link)), "")
    if any(not _is_letterboxd(link) for link in film.links):
        summary.drop("links")
    days = sorted(set(film.viewings))
    if film.tags and not days:
        summary.drop("tags")  # Letterboxd keeps tags on diary entries, which need a date
    base = {
        "LetterboxdURI": uri,
        "tmdbID": film.tmdb_id,
        "imdbID": film.imdb_id,
        "Title": film.title,
        "Year": str(film.year) if film.year else "",
        "Directors": ", ".join(film.directors),
        "Rating": f"{film.rating:g}" if film.rating is not None else "",
    }
    if not days:
        return [[base.get(column, "") for column in EXPORT_COLUMNS]]
    rows = []
    for number, day in enumerate(days):
        row = dict(
            base,
            WatchedDate=day.isoformat(),
            Rewatch="true" if number else "false",
            Tags=", ".join(film.tags),
        )
        rows.append([row.get(column, "") for column in EXPORT_COLUMNS])
    return rows


def _is_letterboxd(link: Link) -> bool:
    return re.match(r"^https?://(?:[\w-]+\.)?(?:letterboxd\.com|boxd\.it)/", link.url) is not None
