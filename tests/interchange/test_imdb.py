# SPDX-License-Identifier: GPL-3.0-or-later
"""IMDb ratings and list exports of every header generation, in UTF-8 and Windows-1252."""

from __future__ import annotations

import csv
import datetime as dt
import io
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from filmdesk.catalogue.dto import FilmRecord
from filmdesk.catalogue.validation import validate_film
from filmdesk.interchange import imdb
from filmdesk.interchange.base import (
    FormatError,
    ImportedFilm,
    ImportNote,
    ImportProblem,
    detect,
)

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "interchange" / "imdb"
ALL_FILES = sorted(p.name for p in FIXTURES.glob("*.csv"))


def read_all(path: Path) -> tuple[dict[str, ImportedFilm], dict[str, str]]:
    """Films by IMDb id, and problem reasons by location."""
    films: dict[str, ImportedFilm] = {}
    problems: dict[str, str] = {}
    for item in imdb.read(path):
        if isinstance(item, ImportedFilm):
            films[item.film.imdb_id] = item
        elif isinstance(item, ImportProblem):
            problems[item.location] = item.reason
    return films, problems


@pytest.mark.parametrize("name", ALL_FILES)
def test_detects_every_header_generation(name: str) -> None:
    assert detect(FIXTURES / name).id == "imdb"


def test_current_ratings_export_maps_every_field() -> None:
    films, _ = read_all(FIXTURES / "ratings.csv")
    vegas = films["tt0113627"]
    assert vegas.location == "ratings.csv line 2"
    assert vegas.film == FilmRecord(
        title="Leaving Las Vegas",
        year=1995,
        runtime=111,
        genres=("Drama", "Romance"),
        directors=("Mike Figgis",),
        release_date=dt.date(1995, 10, 27),
        imdb_id="tt0113627",
        rating=4.5,
        watched=True,
    )
    amelie = films["tt0211915"].film
    assert amelie.original_title == "Le fabuleux destin d'Amélie Poulain"
    assert films["tt0133093"].film.directors == ("Lana Wachowski", "Lilly Wachowski")


def test_date_rated_is_not_a_viewing() -> None:
    for name in ALL_FILES:
        films, _ = read_all(FIXTURES / name)
        assert all(f.film.viewings == () for f in films.values()), name


@pytest.mark.parametrize(
    ("name", "films", "problems"),
    [
        (
            "ratings.csv",
            {"tt0113627", "tt0211915", "tt0133093", "tt0118926"},
            {"ratings.csv line 4": "(TV Series)", "ratings.csv line 7": "(TV Episode)"},
        ),
        (
            "ratings-2017.csv",
            {"tt0113277", "tt0120586", "tt0128853"},
            {"ratings-2017.csv line 3": "(tvSeries)"},
        ),
        ("list-2019.csv", {"tt0069293", "tt0079944"}, {}),
        (
            "watchlist.csv",
            {"tt0118694", "tt0093191"},
            {"watchlist.csv line 4": "(TV Series)"},
        ),
        (
            "list-old.csv",
            {"tt0095765", "tt0062622"},
            {"list-old.csv line 4": "(TV Series)", "list-old.csv line 5": "(Video Game)"},
        ),
    ],
)
def test_each_generation_skips_what_is_not_a_film(
    name: str, films: set[str], problems: dict[str, str]
) -> None:
    got_films, got_problems = read_all(FIXTURES / name)
    assert set(got_films) == films
    assert got_problems.keys() == problems.keys()
    for location, kind in problems.items():
        assert "is not a film" in got_problems[location] and kind in got_problems[location]


def test_film_like_title_types_are_tagged() -> None:
    films, _ = read_all(FIXTURES / "ratings.csv")
    assert films["tt0211915"].film.tags == ()
    assert films["tt0118926"].film.tags == ("short",)
    films, _ = read_all(FIXTURES / "ratings-2017.csv")
    assert films["tt0128853"].film.tags == ("TV movie",)


def test_the_2017_ratings_export() -> None:
    films, _ = read_all(FIXTURES / "ratings-2017.csv")
    heat = films["tt0113277"].film
    assert (heat.title, heat.year, heat.runtime, heat.rating, heat.watched) == (
        "Heat",
        1995,
        170,
        5.0,
        True,
    )
    assert heat.genres == ("Action", "Crime", "Drama", "Thriller")


def test_lists_without_a_rating_are_unwatched() -> None:
    films, _ = read_all(FIXTURES / "list-2019.csv")
    solaris = films["tt0069293"].film
    assert (solaris.watched, solaris.rating, solaris.notes) == (False, None, "Tarkovsky marathon")
    assert solaris.release_date == dt.date(1972, 3, 20)


def test_a_watchlist_export_is_tagged_and_keeps_its_own_ratings() -> None:
    films, _ = read_all(FIXTURES / "watchlist.csv")
    mood = films["tt0118694"].film
    assert (mood.watched, mood.tags, mood.original_title) == (
        False,
        ("watchlist",),
        "Fa yeung nin wah",
    )
    wings = films["tt0093191"].film
    assert (wings.rating, wings.watched, wings.notes) == (4.0, True, "Seen once long ago")


def test_the_oldest_list_layout() -> None:
    films, _ = read_all(FIXTURES / "list-old.csv")
    paradiso = films["tt0095765"].film
    assert paradiso.rating == 4.5
    assert paradiso.genres == ("Drama", "Romance")  # written in lower case back then
    assert paradiso.release_date == dt.date(1988, 11, 17)
    odyssey = films["tt0062622"].film
    assert odyssey.release_date == dt.date(1968, 4, 2)  # month/day/year
    assert (odyssey.watched, odyssey.genres) == (False, ("Mystery", "Sci-Fi"))


@pytest.mark.parametrize(("score", "stars"), [(1, 0.5), (2, 1.0), (5, 2.5), (7, 3.5), (10, 5.0)])
def test_ten_point_ratings_become_half_stars(tmp_path: Path, score: int, stars: float) -> None:
    path = tmp_path / "ratings.csv"
    path.write_text(f"Const,Your Rating,Title,Title Type\ntt0113277,{score},Heat,Movie\n")
    (item,) = imdb.read(path)
    assert isinstance(item, ImportedFilm) and item.film.rating == stars


def test_windows_1252_export() -> None:
    notes = [i for i in imdb.read(FIXTURES / "ratings-latin1.csv") if isinstance(i, ImportNote)]
    assert [str(n) for n in notes] == [
        "ratings-latin1.csv: the file is not UTF-8; it was read as Windows-1252"
    ]
    assert not [i for i in imdb.read(FIXTURES / "ratings.csv") if isinstance(i, ImportNote)]
    films, problems = read_all(FIXTURES / "ratings-latin1.csv")
    assert films["tt0093191"].film.original_title == "Der Himmel über Berlin"
    assert films["tt0211915"].film.title == "Amélie"
    assert problems.keys() == {f"ratings-latin1.csv line {n}" for n in (4, 5, 6, 7)}
    assert "42" in problems["ratings-latin1.csv line 4"]
    assert "19999" in problems["ratings-latin1.csv line 5"]
    assert "99999" in problems["ratings-latin1.csv line 6"]
    assert "not-an-id" in problems["ratings-latin1.csv line 7"]


def test_utf8_with_a_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / "ratings.csv"
    path.write_bytes((FIXTURES / "ratings.csv").read_text("utf-8").encode("utf-8-sig"))
    assert detect(path).id == "imdb"
    films, _ = read_all(path)
    assert films["tt0211915"].film.title == "Amélie"


def test_columns_are_found_by_name_not_position(tmp_path: Path) -> None:
    with (FIXTURES / "ratings.csv").open(newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    order = list(reversed(range(len(rows[0]))))
    buffer = io.StringIO()
    csv.writer(buffer).writerows([[row[i] for i in order] for row in rows])
    path = tmp_path / "reversed.csv"
    path.write_text(buffer.getvalue(), encoding="utf-8")
    original, _ = read_all(FIXTURES / "ratings.csv")
    shuffled, _ = read_all(path)
    assert {k: v.film for k, v in shuffled.items()} == {k: v.film for k, v in original.items()}


def test_every_imported_film_passes_validation() -> None:
    for name in ALL_FILES:
        for item in imdb.read(FIXTURES / name):
            if isinstance(item, ImportedFilm):
                validate_film(item.film)


def test_reports_progress() -> None:
    seen: list[int] = []
    list(imdb.read(FIXTURES / "ratings.csv", seen.append))
    assert seen[-1] == 6


def test_import_only() -> None:
    assert imdb.FORMAT.can_import and not imdb.FORMAT.can_export


@pytest.mark.parametrize(
    "text", ["", "Title,Year\nHeat,1995\n", "Const,Rating\ntt0113277,9\n", "\n\n\n"]
)
def test_a_file_that_is_not_an_export_is_a_format_error(tmp_path: Path, text: str) -> None:
    path = tmp_path / "other.csv"
    path.write_text(text)
    assert not imdb.FORMAT.sniff(path, text.encode())
    with pytest.raises(FormatError):
        list(imdb.read(path))


def test_a_folder_is_a_format_error(tmp_path: Path) -> None:
    with pytest.raises(FormatError):
        list(imdb.read(tmp_path))


_CELLS = st.text(max_size=25) | st.sampled_from(
    ["tt0113277", "Movie", "TV Series", "10", "0", "11", "2013–2023", "4/31/1999", "1995-02-30"]
)


@settings(max_examples=200, deadline=None)
@given(
    rows=st.lists(st.lists(_CELLS, max_size=15), max_size=6),
    tail=st.binary(max_size=40),
    encoding=st.sampled_from(["utf-8", "cp1252", "utf-16"]),
)
def test_fuzzed_exports_give_films_problems_or_a_format_error(
    rows: list[list[str]], tail: bytes, encoding: str
) -> None:
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    header = (FIXTURES / "ratings.csv").read_text("utf-8").splitlines()[0] + "\n"
    data = (header + buffer.getvalue()).encode(encoding, errors="replace") + tail
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "ratings.csv"
        path.write_bytes(data)
        try:
            items = list(imdb.read(path))
        except FormatError:
            return
    for item in items:
        assert isinstance(item, ImportedFilm | ImportProblem | ImportNote)
        if isinstance(item, ImportedFilm):
            validate_film(item.film)
