# SPDX-License-Identifier: GPL-3.0-or-later
"""The rules a film record must follow before it is written, one place for all writers.

The editor, every importer and the CLI go through ``validate_film`` so a bad value is
refused with the field's name whatever its source; the database's CHECK constraints are
only the last line of defence.
"""

from __future__ import annotations

import datetime as dt
import re

from filmdesk.catalogue.dto import FilmRecord
from filmdesk.catalogue.models import NAME_MAX, TITLE_MAX
from filmdesk.catalogue.text import clean
from filmdesk.errors import ValidationError

FIRST_FILM_YEAR = 1870
YEARS_AHEAD = 5
RUNTIME_RANGE = (1, 1000)
LONG_TEXT_MAX = 200_000  # characters of one plot, synopsis or note
IMDB_ID = re.compile(r"^tt\d{7,10}$")
TMDB_ID = re.compile(r"^\d{1,10}$")
WEB_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.IGNORECASE)
CURRENCY = re.compile(r"^[A-Z]{3}$")


def latest_year(today: dt.date | None = None) -> int:
    return (today or dt.date.today()).year + YEARS_AHEAD


def check_rating(rating: float | None) -> None:
    if rating is None:
        return
    if not 0.5 <= rating <= 5 or (rating * 2) != int(rating * 2):
        raise ValidationError("rating", f"{rating} is not 0.5–5 stars in half steps")


def validate_film(film: FilmRecord, today: dt.date | None = None) -> None:
    """Raise ``ValidationError`` naming the first field that is not acceptable."""
    if not clean(film.title):  # "\x00" too: the writer keeps only what clean() leaves
        raise ValidationError("title", "a film needs a title")
    _length("title", film.title, TITLE_MAX)
    _length("original_title", film.original_title, TITLE_MAX)
    latest = latest_year(today)  # once per film: date.today() is not free in a bulk import
    if film.year is not None and not FIRST_FILM_YEAR <= film.year <= latest:
        raise ValidationError(
            "year", f"{film.year} is not between {FIRST_FILM_YEAR} and {latest}"
        )
    low, high = RUNTIME_RANGE
    if film.runtime is not None and not low <= film.runtime <= high:
        raise ValidationError("runtime", f"{film.runtime} minutes is not between {low} and {high}")
    check_rating(film.rating)
    if film.imdb_id and not IMDB_ID.match(film.imdb_id):
        raise ValidationError(
            "imdb_id", f"{quoted(film.imdb_id, 40)} is not an IMDb id like tt0113627"
        )
    if film.tmdb_id and not TMDB_ID.match(film.tmdb_id):
        raise ValidationError("tmdb_id", f"{quoted(film.tmdb_id, 40)} is not a TMDb number")
    for name in ("budget", "gross"):
        value = getattr(film, name)
        if value is not None and not 0 <= value < 10**15:
            raise ValidationError(name, f"{value} is not a sensible amount")
    if not CURRENCY.match(film.currency):
        raise ValidationError(
            "currency", f"{quoted(film.currency, 20)} is not a currency code like USD"
        )
    for link in film.links:
        if not WEB_URL.match(link.url) or len(link.url) > 2000:
            raise ValidationError("links", f"{quoted(link.url, 80)} is not an http(s) address")
        _length("links", link.label, NAME_MAX)
    for name in ("synopsis", "plot", "ending", "post_credits", "notes", "certification"):
        _length(name, getattr(film, name), LONG_TEXT_MAX if name != "certification" else 40)
    for name in ("languages", "directors", "genres", "countries", "tags", "studios"):
        for value in getattr(film, name):
            if not value.strip():
                raise ValidationError(name, "an entry is empty")
            _length(name, value, NAME_MAX)
    # Each list item is checked in one expression; only a failing item takes the
    # step-by-step path, which raises the same error as ever.
    for credit in film.cast:
        if not _short_name(credit.person) or len(credit.character) > NAME_MAX:
            _required("cast", credit.person)
            _length("cast", credit.character, NAME_MAX)
    for crew in film.crew:
        if not _short_name(crew.person) or len(crew.job) > NAME_MAX:
            _required("crew", crew.person)
            _length("crew", crew.job, NAME_MAX)
    for event in film.timeline:
        if not event.text.strip():
            raise ValidationError("timeline", "an event has no text")
        _length("timeline", event.marker, NAME_MAX)
        _length("timeline", event.text, LONG_TEXT_MAX)
    for character in film.characters:
        _required("characters", character.name)
        _length("characters", character.played_by, NAME_MAX)
        _length("characters", character.description, LONG_TEXT_MAX)
    for section in ("settings", "themes"):
        for note in getattr(film, section):
            _required(section, note.name)
            _length(section, note.description, LONG_TEXT_MAX)
    for place in film.filming_locations:
        _required("filming_locations", place)
    for similar in film.similar:
        if not clean(similar.title):
            raise ValidationError("similar", "a similar film needs a title")
        _length("similar", similar.title, TITLE_MAX)
        if similar.year is not None and not FIRST_FILM_YEAR <= similar.year <= latest:
            raise ValidationError("similar", f"{similar.year} is not a film year")


def _short_name(value: str) -> bool:
    """What ``_required(field, value)`` accepts."""
    return len(value) <= NAME_MAX and clean(value) != ""


def _required(field: str, value: str) -> None:
    if not clean(value):
        raise ValidationError(field, "a name is missing")
    _length(field, value, NAME_MAX)


def _length(field: str, value: str, limit: int) -> None:
    if len(value) > limit:
        raise ValidationError(field, f"is {len(value):,} characters long; at most {limit:,} fit")


def quoted(value: str, limit: int) -> str:
    """A value as messages show it: in quotation marks, cut short with an ellipsis."""
    return f"“{value[:limit]}…”" if len(value) > limit else f"“{value}”"

