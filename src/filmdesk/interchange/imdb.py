# SPDX-License-Identifier: GPL-3.0-or-later
"""IMDb CSV exports (import only): the ratings export and list/watchlist exports.

Columns are found by name, so every header generation IMDb has used reads alike: the
current ``Const,Your Rating,Date Rated,Title,Original Title,URL,Title Type,…`` ratings and
``Position,Const,Created,…`` lists, the 2017 ratings with ``Date Added``, lists without
``Original Title``/``Your Rating``, and the old lower-case lists with ``You rated``,
``Title type``, ``Num. Votes`` and ``Release Date (month/day/year)``.

Choices, since IMDb's data says less than it seems to:

- ``Const`` (``tt…``) is the film's ``imdb_id``; a row without one is a problem.
- A rating (1–10) becomes stars by halving (whole points are half stars) and marks the
  film watched: IMDb has no "seen" flag, and rating a film is the best sign of one.
- ``Date Rated`` is *not* a viewing: people rate years after seeing, or many old films in
  one evening, so a viewing dated that day would be false. It is not imported.
- Title types that are not films (series, mini-series, episodes, video games, podcasts,
  music videos) are skipped with a problem "not a film". Film-like types are imported
  with a tag saying what they are ("TV movie", "short", "video", "TV special", "TV short");
  types IMDb may add later are imported untagged.
- A list's ``Description`` (the note on the list item) goes to notes. A list whose file
  name contains "watchlist" tags its films ``watchlist``. IMDb's public score, votes and
  the title's URL are not kept.
- Files are UTF-8 when they decode as such, else Windows-1252 (older exports), else
  Latin-1; an ``ImportNote`` says so when a file was not UTF-8.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Iterator
from pathlib import Path

from filmdesk.catalogue.dto import FilmRecord
from filmdesk.catalogue.text import clean
from filmdesk.catalogue.validation import FIRST_FILM_YEAR, IMDB_ID, latest_year
from filmdesk.interchange._shared import (
    BadValueError,
    checked,
    csv_rows,
    decode_head,
    detect_encoding,
    encoding_note,
    header_of,
    parse_minutes,
    parse_year,
    split_list,
    stars_from_ten,
    unique,
)
from filmdesk.interchange.base import (
    FormatError,
    FormatInfo,
    ImportedFilm,
    ImportItem,
    ImportProblem,
    Progress,
)

WATCHLIST_TAG = "watchlist"
_PROGRESS_EVERY = 100

# Every spelling IMDb has used, folded by _column_key, and the meaning filmdesk gives it.
_COLUMNS = {
    "const": "const",
    "your rating": "rating",
    "you rated": "rating",
    "date rated": "date_rated",
    "date added": "date_rated",  # the 2017 name of Date Rated
    "title": "title",
    "original title": "original_title",
    "url": "url",
    "title type": "title_type",
    "imdb rating": "imdb_rating",
    "runtime (mins)": "runtime",
    "year": "year",
    "genres": "genres",
    "num votes": "votes",
    "release date": "release_date",
    "release date (month/day/year)": "release_date",
    "directors": "directors",
    "position": "position",
    "created": "created",
    "modified": "modified",
    "description": "description",
}
# The columns that, beside Const and Title, only an IMDb export has.
_TELLING = {"rating", "title_type", "imdb_rating", "votes", "url"}

_NOT_FILMS = {
    "tvseries",
    "tvminiseries",
    "miniseries",
    "tvepisode",
    "episode",
    "videogame",
    "podcastseries",
    "podcastepisode",
    "musicvideo",
    "tvpilot",
}
_FILM_LIKE_TAGS = {
    "tvmovie": "TV movie",
    "tvspecial": "TV special",
    "tvshort": "TV short",
    "short": "short",
    "shortfilm": "short",
    "video": "video",
}


def _column_key(name: str) -> str:
    """A header name folded so "Num. Votes", "num votes" and " Num Votes" meet."""
    name = name.strip().lstrip("\ufeff").casefold().replace(".", "")
    return re.sub(r"\s+", " ", name)


def _columns(header: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for index, name in enumerate(header):
        meaning = _COLUMNS.get(_column_key(name))
        if meaning is not None and meaning not in found:
            found[meaning] = index
    return found


def _sniff(path: Path, head: bytes) -> bool:
    if not head or path.is_dir() or head.startswith(b"PK"):
        return False
    columns = _columns(header_of(decode_head(head)))
    return "const" in columns and "title" in columns and bool(_TELLING & columns.keys())


FORMAT = FormatInfo(
    id="imdb",
    name="IMDb ratings or list CSV",
    extensions=("csv",),
    sniff=_sniff,
    module=__name__,
    can_import=True,
    can_export=False,
)


def read(path: Path, progress: Progress | None = None) -> Iterator[ImportItem]:
    """Read an IMDb ratings or list export; one film (or problem) per row."""
    if not path.is_file():
        raise FormatError(path, "this is not a file")
    try:
        encoding = detect_encoding(lambda: path.open("rb"))
        if note := encoding_note(encoding, path.name):
            yield note
        with path.open("rb") as raw, io.TextIOWrapper(raw, encoding=encoding, newline="") as text:
            yield from _read_rows(path, text, progress)
    except FormatError as exc:
        raise FormatError(path, exc.reason) from exc
    except OSError as exc:
        raise FormatError(path, f"the file cannot be read ({exc})") from exc


def _read_rows(
    path: Path, text: io.TextIOWrapper, progress: Progress | None
) -> Iterator[ImportItem]:
    rows = csv_rows(text, path.name)
    first = next(rows, None)
    if first is None:
        raise FormatError(path, "the file is empty")
    columns = _columns(first[1])
    if "const" not in columns or "title" not in columns:
        raise FormatError(path, "this is not an IMDb export: it has no Const and Title columns")
    watchlist = "watchlist" in path.name.casefold()
    done = 0
    for line, cells in rows:
        location = f"{path.name} line {line}"
        try:
            film = _film(columns, cells, watchlist)
        except BadValueError as exc:
            yield ImportProblem(location, str(exc))
        else:
            result = checked(film, location)
            yield result if isinstance(result, ImportProblem) else ImportedFilm(result, location)
        done += 1
        if progress is not None and done % _PROGRESS_EVERY == 0:
            progress(done)
    if progress is not None:
        progress(done)


def _film(columns: dict[str, int], cells: list[str], watchlist: bool) -> FilmRecord:
    def cell(meaning: str) -> str:
        index = columns.get(meaning)
        return cells[index].strip() if index is not None and index < len(cells) else ""

    imdb_id = cell("const")
    if not IMDB_ID.match(imdb_id):
        raise BadValueError(f"{imdb_id!r:.40} is not an IMDb title id like tt0113627")
    title = clean(cell("title"))
    if not title:
        raise BadValueError(f"{imdb_id} has no title")
    kind = re.sub(r"[^a-z]", "", cell("title_type").casefold())
    if kind in _NOT_FILMS:
        raise BadValueError(f"{title} is not a film ({cell('title_type')})")
    tags: list[str] = []
    if kind in _FILM_LIKE_TAGS:
        tags.append(_FILM_LIKE_TAGS[kind])
    if watchlist:
        tags.append(WATCHLIST_TAG)
    rating = _stars(cell("rating"))
    original = clean(cell("original_title"))
    release = _release_date(cell("release_date"))
    year = parse_year(cell("year"), allow_range=True)
    return FilmRecord(
        title=title,
        original_title=original if original != title else "",
        year=year if year is not None else (release.year if release else None),
        runtime=parse_minutes(cell("runtime")),
        genres=_genres(cell("genres")),
        directors=split_list(cell("directors")),
        release_date=release,
        imdb_id=imdb_id,
        rating=rating,
        watched=rating is not None,
        tags=unique(tags),
        notes=cell("description"),
    )


def _stars(text: str) -> float | None:
    if not text:
        return None
    try:
        score = float(text)
    except ValueError:
        raise BadValueError(f"rating {text!r:.20} is not a number") from None
    return stars_from_ten(score, "rating")


def _genres(text: str) -> tuple[str, ...]:
    # Old list exports wrote genres in lower case ("sci-fi"); match the catalogue's "Sci-Fi".
    return tuple(g.title() if g.islower() else g for g in split_list(text))


def _release_date(text: str) -> dt.date | None:
    """``2010-07-16`` (current), ``7/16/2010`` (the month/day/year column); a bare year is none."""
    if not text or re.fullmatch(r"\d{4}(-\d{2})?", text):
        return None
    try:
        if "/" in text:
            day = dt.datetime.strptime(text, "%m/%d/%Y").date()
        else:
            day = dt.date.fromisoformat(text[:10])
    except ValueError:
        raise BadValueError(f"release date {text!r:.30} is not a date") from None
    if not FIRST_FILM_YEAR <= day.year <= latest_year():
        raise BadValueError(f"release date {day.isoformat()} is not plausible")
    return day
