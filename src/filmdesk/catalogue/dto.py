# SPDX-License-Identifier: GPL-3.0-or-later
"""Plain frozen records that cross the catalogue boundary.

The UI, the importers and the CLI only ever see these, never ORM objects, so a
session can close as soon as a use case is done and nothing lazy-loads later.
``FilmRecord.to_json``/``from_json`` define the film object of the native format
(``catalogue.json``) and of the sample catalogue in ``data/``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields, replace
from enum import StrEnum
from typing import Any

from filmdesk.errors import ValidationError


@dataclass(frozen=True, slots=True)
class CastCredit:
    person: str
    character: str = ""


@dataclass(frozen=True, slots=True)
class CrewCredit:
    person: str
    job: str


@dataclass(frozen=True, slots=True)
class TimelineEvent:
    text: str
    marker: str = ""  # "Day 1", "1962", "00:45:10" … free text, shown before the event
    spoiler: bool = False


@dataclass(frozen=True, slots=True)
class Character:
    name: str
    played_by: str = ""
    description: str = ""
    spoiler: bool = False


@dataclass(frozen=True, slots=True)
class NamedNote:
    """A setting or a theme: a name and what it means for the film."""

    name: str
    description: str = ""


@dataclass(frozen=True, slots=True)
class Link:
    label: str
    url: str


@dataclass(frozen=True, slots=True)
class SimilarFilm:
    """A film this one resembles; ``film_id``/``film_uuid`` are set when it is in the catalogue."""

    title: str
    year: int | None = None
    film_id: int | None = None
    film_uuid: str | None = None


@dataclass(frozen=True, slots=True)
class Poster:
    """A poster as stored: the bounded image and the list thumbnail, both encoded."""

    image: bytes
    thumbnail: bytes
    mime_type: str
    width: int
    height: int


@dataclass(frozen=True, slots=True)
class FilmRecord:
    """Everything the catalogue knows about one film.

    ``id`` and ``version`` are ``None`` for a film not yet saved. ``rating`` is in stars
    (0.5–5 in half steps) or ``None`` for unrated.
    """

    title: str
    id: int | None = None
    uuid: str | None = None
    version: int | None = None
    original_title: str = ""
    year: int | None = None
    runtime: int | None = None
    certification: str = ""
    languages: tuple[str, ...] = ()
    directors: tuple[str, ...] = ()
    genres: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    synopsis: str = ""
    plot: str = ""
    ending: str = ""
    timeline: tuple[TimelineEvent, ...] = ()
    characters: tuple[Character, ...] = ()
    settings: tuple[NamedNote, ...] = ()
    themes: tuple[NamedNote, ...] = ()
    cast: tuple[CastCredit, ...] = ()
    crew: tuple[CrewCredit, ...] = ()
    budget: int | None = None
    gross: int | None = None
    currency: str = "USD"
    studios: tuple[str, ...] = ()
    filming_locations: tuple[str, ...] = ()
    release_date: dt.date | None = None
    post_credits: str = ""
    links: tuple[Link, ...] = ()
    imdb_id: str = ""
    tmdb_id: str = ""
    similar: tuple[SimilarFilm, ...] = ()
    poster: Poster | None = None
    rating: float | None = None
    watched: bool = False
    viewings: tuple[dt.date, ...] = ()
    tags: tuple[str, ...] = ()
    notes: str = ""
    added_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None

    @property
    def display_title(self) -> str:
        return f"{self.title} ({self.year})" if self.year else self.title

    def to_json(self) -> dict[str, Any]:
        """The film as JSON-ready data (the poster is left to the caller, it is a file)."""
        out: dict[str, Any] = {}
        for f in fields(self):
            if f.name in ("id", "version", "poster"):
                continue
            value = getattr(self, f.name)
            out[f.name] = _to_json_value(value)
        out["similar"] = [
            {"title": s.title, "year": s.year, **({"uuid": s.film_uuid} if s.film_uuid else {})}
            for s in self.similar
        ]
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> FilmRecord:
        """Build a record from ``to_json`` output; unknown keys are ignored, bad types raise."""
        if not isinstance(data, dict):
            raise ValidationError("film", "a film must be a JSON object")
        kwargs: dict[str, Any] = {}
        for key, convert in _FROM_JSON.items():
            if key in data and data[key] is not None:
                try:
                    kwargs[key] = convert(data[key])
                except (TypeError, ValueError, KeyError, AttributeError) as exc:
                    raise ValidationError(key, f"unexpected value {data[key]!r:.60}") from exc
        if "title" not in kwargs:
            raise ValidationError("title", "a film needs a title")
        return cls(**kwargs)


@dataclass(frozen=True, slots=True)
class FilmRow:
    """What one line of the film list shows: never a whole film."""

    id: int
    uuid: str
    title: str
    year: int | None
    runtime: int | None
    directors: tuple[str, ...]
    genres: tuple[str, ...]
    rating: float | None
    watched: bool
    has_poster: bool


class SortKey(StrEnum):
    TITLE = "title"
    YEAR = "year"
    RUNTIME = "runtime"
    RATING = "rating"
    ADDED = "added"
    LAST_WATCHED = "watched"


@dataclass(frozen=True, slots=True)
class SearchResult:
    """Ordered ids of the matching films (all, or the first few), how many films match,
    and how many films the catalogue holds."""

    ids: list[int]
    count: int
    catalogue_size: int

    @property
    def complete(self) -> bool:
        """Whether ``ids`` holds every match, not only the first ones."""
        return len(self.ids) >= self.count


@dataclass(frozen=True, slots=True)
class Backlink:
    """Another catalogue film that lists the current one among its similar films."""

    film_id: int
    title: str
    year: int | None


@dataclass(frozen=True, slots=True)
class CatalogueStats:
    films: int
    watched: int
    total_runtime: int  # minutes, over films with a runtime
    by_genre: list[tuple[str, int]] = field(default_factory=list)
    by_decade: list[tuple[int, int]] = field(default_factory=list)
    by_director: list[tuple[str, int]] = field(default_factory=list)
    by_rating: list[tuple[float, int]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "films": self.films,
            "watched": self.watched,
            "unwatched": self.films - self.watched,
            "total_runtime_minutes": self.total_runtime,
            "by_genre": dict(self.by_genre),
            "by_decade": {f"{d}s": n for d, n in self.by_decade},
            "by_director": dict(self.by_director),
            "by_rating": {str(r): n for r, n in self.by_rating},
        }


def _to_json_value(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, tuple):
        return [_to_json_value(v) for v in value]
    if hasattr(value, "__dataclass_fields__"):
        return {f.name: _to_json_value(getattr(value, f.name)) for f in fields(value)}
    return value


def _strings(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        raise TypeError("expected a list of strings")
    return tuple(str(v) for v in value)


def _optional_int(value: Any) -> int | None:
    if isinstance(value, bool):
        raise TypeError("expected a whole number")
    if isinstance(value, float) and not value.is_integer():
        raise ValueError("expected a whole number")
    return int(value)


def _objects(cls: type, renames: dict[str, str] | None = None) -> Any:
    names = {f.name for f in fields(cls)}

    def convert(value: Any) -> tuple[Any, ...]:
        if isinstance(value, str | dict):
            raise TypeError("expected a list of objects")
        items = []
        for item in value:
            clean = {(renames or {}).get(k, k): v for k, v in item.items()}
            # null means "not given": the field keeps its default; types are checked here,
            # not left for validation to trip over.
            fields_ = {k: v for k, v in clean.items() if k in names and v is not None}
            for key, field_value in fields_.items():
                kind = bool if key == "spoiler" else str
                fields_[key] = _bool(field_value) if kind is bool else _text(field_value)
            items.append(cls(**fields_))
        return tuple(items)

    return convert


def _text(value: Any) -> str:
    if isinstance(value, dict | list):
        raise TypeError("expected text")
    return str(value)


def _bool(value: Any) -> bool:
    """true/false as JSON booleans, 0/1, or the words a spreadsheet might leave."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    if isinstance(value, str) and value.strip().lower() in ("true", "yes", "1", "false", "no", "0"):
        return value.strip().lower() in ("true", "yes", "1")
    raise TypeError("expected true or false")


def _similar(value: Any) -> tuple[SimilarFilm, ...]:
    return tuple(
        SimilarFilm(
            title=str(item["title"]),
            year=_optional_int(item["year"]) if item.get("year") is not None else None,
            film_uuid=item.get("uuid"),
        )
        for item in value
    )


def _date(value: Any) -> dt.date:
    return dt.date.fromisoformat(str(value))


def _datetime(value: Any) -> dt.datetime:
    parsed = dt.datetime.fromisoformat(str(value))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


def _rating(value: Any) -> float:
    if isinstance(value, bool):
        raise TypeError("expected a number of stars")
    return float(value)


_FROM_JSON: dict[str, Any] = {
    "title": str,
    "uuid": str,
    "original_title": str,
    "year": _optional_int,
    "runtime": _optional_int,
    "certification": str,
    "languages": _strings,
    "directors": _strings,
    "genres": _strings,
    "countries": _strings,
    "synopsis": str,
    "plot": str,
    "ending": str,
    "timeline": _objects(TimelineEvent),
    "characters": _objects(Character),
    "settings": _objects(NamedNote),
    "themes": _objects(NamedNote),
    "cast": _objects(CastCredit),
    "crew": _objects(CrewCredit),
    "budget": _optional_int,
    "gross": _optional_int,
    "currency": str,
    "studios": _strings,
    "filming_locations": _strings,
    "release_date": _date,
    "post_credits": str,
    "links": _objects(Link),
    "imdb_id": str,
    "tmdb_id": str,
    "similar": _similar,
    "rating": _rating,
    "watched": _bool,
    "viewings": lambda v: tuple(_date(d) for d in v),
    "tags": _strings,
    "notes": str,
    "added_at": _datetime,
    "updated_at": _datetime,
}

__all__ = [
    "Backlink",
    "CastCredit",
    "CatalogueStats",
    "Character",
    "CrewCredit",
    "FilmRecord",
    "FilmRow",
    "Link",
    "NamedNote",
    "Poster",
    "SearchResult",
    "SimilarFilm",
    "SortKey",
    "TimelineEvent",
    "replace",
]


def film_differences(before: FilmRecord, after: FilmRecord) -> tuple[str, ...]:
    """Names of the ``FilmRecord`` fields that differ (bookkeeping fields left out).

    For a conflict dialog: ``film_differences(opened, error.current)`` is what someone
    else changed, ``film_differences(opened, mine)`` what this person changed.
    """
    ignored = {"id", "version", "updated_at"}
    return tuple(
        f.name
        for f in fields(before)
        if f.name not in ignored and getattr(before, f.name) != getattr(after, f.name)
    )


# What a person calls each FilmRecord field, for messages that name one ("left out: …").
FIELD_LABELS = {
    "title": "title", "original_title": "original title", "year": "year",
    "runtime": "runtime", "certification": "certification", "languages": "languages",
    "directors": "directors", "genres": "genres", "countries": "countries",
    "synopsis": "synopsis", "plot": "plot summary", "ending": "ending explained",
    "timeline": "timeline", "characters": "characters", "settings": "settings",
    "themes": "themes", "cast": "cast", "crew": "crew", "budget": "budget", "gross": "gross",
    "currency": "currency", "studios": "studios", "filming_locations": "filming locations",
    "release_date": "release date", "post_credits": "post-credit scenes", "links": "links",
    "imdb_id": "IMDb id", "tmdb_id": "TMDb id", "similar": "similar films",
    "poster": "poster", "rating": "my rating", "watched": "watched mark",
    "viewings": "viewing dates", "tags": "tags", "notes": "personal notes",
    "added_at": "date added", "updated_at": "last updated",
}  # fmt: skip


def field_label(name: str) -> str:
    return FIELD_LABELS.get(name, name.replace("_", " "))

