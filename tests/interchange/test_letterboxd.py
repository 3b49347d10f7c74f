# SPDX-License-Identifier: GPL-3.0-or-later
"""Letterboxd: the export zip and its CSVs combined per film, the import CSV both ways."""

from __future__ import annotations

import csv
import datetime as dt
import io
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from filmdesk.catalogue.dto import FilmRecord, Link
from filmdesk.catalogue.validation import validate_film
from filmdesk.interchange import _shared, letterboxd
from filmdesk.interchange.base import (
    FormatError,
    ImportedFilm,
    ImportItem,
    ImportProblem,
    detect,
)

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "interchange" / "letterboxd"
EXPORT = FIXTURES / "export"
day = dt.date.fromisoformat


def build_zip(target: Path, folder: str = "letterboxd-someone-2024-06-01-12-00-utc") -> Path:
    """The export as Letterboxd ships it: every CSV inside one dated folder."""
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for csv_file in sorted(EXPORT.rglob("*.csv")):
            name = csv_file.relative_to(EXPORT).as_posix()
            archive.write(csv_file, f"{folder}/{name}" if folder else name)
    return target


@pytest.fixture
def export_zip(tmp_path: Path) -> Path:
    return build_zip(tmp_path / "letterboxd-someone.zip")


def films_of(path: Path) -> dict[tuple[str, int | None], ImportedFilm]:
    items = list(letterboxd.read(path))
    assert not [i for i in items if isinstance(i, ImportProblem)], items
    return {(i.film.title, i.film.year): i for i in items if isinstance(i, ImportedFilm)}


def problems_of(path: Path) -> list[ImportProblem]:
    return [i for i in letterboxd.read(path) if isinstance(i, ImportProblem)]


# --- detection ------------------------------------------------------------------------------


def test_detects_the_export_zip_and_each_of_its_files(export_zip: Path) -> None:
    assert detect(export_zip).id == "letterboxd"
    for name in ("watched.csv", "ratings.csv", "diary.csv", "reviews.csv", "watchlist.csv"):
        assert detect(EXPORT / name).id == "letterboxd", name
    assert detect(EXPORT / "likes" / "films.csv").id == "letterboxd"
    assert detect(FIXTURES / "import.csv").id == "letterboxd"


@pytest.mark.parametrize(
    "header",
    [
        "Title,Year,imdbID\n",  # a plain film list: csv_format's, not ours
        "Title,Year,Rating,Runtime\n",
        "Const,Your Rating,Date Rated,Title,URL,Title Type\n",  # IMDb
        "",
    ],
)
def test_leaves_other_csv_files_alone(tmp_path: Path, header: str) -> None:
    path = tmp_path / "films.csv"
    path.write_text(header + "Heat,1995,tt0113277\n")
    assert not letterboxd.FORMAT.sniff(path, path.read_bytes()[:8192])


# --- the export zip -------------------------------------------------------------------------


def test_combines_every_file_into_one_record_per_film(export_zip: Path) -> None:
    films = films_of(export_zip)
    # Six watched films (two different Solaris), a diary-only one, two on the watchlist; the
    # deleted/ entry and the profile are not films.
    assert sorted(films) == sorted(
        [
            ("Leaving Las Vegas", 1995),
            ("Heat", 1995),
            ("Crouching Tiger, Hidden Dragon", 2000),
            ("Solaris", 1972),
            ("Solaris", 2002),
            ("Amélie", 2001),
            ("Paris Is Burning", 1990),
            ("Stalker", 1979),
            ("Mirror", 1975),
        ]
    )
    vegas = films[("Leaving Las Vegas", 1995)]
    assert vegas.location == "watched.csv line 2"
    assert vegas.film == FilmRecord(
        title="Leaving Las Vegas",
        year=1995,
        rating=4.5,  # ratings.csv holds the current rating, not the first diary entry's 4
        watched=True,
        # the second viewing was logged twice on one day and is in reviews.csv too: one date
        viewings=(day("2019-03-01"), day("2024-11-29")),
        tags=("blu-ray", "drama night"),
        notes=(
            "2019-03-01: Bleak and tender.\nCage never blinks.\n\n"
            "2024-11-29: Second time: harder.\n\nThe score & the light."
        ),
        links=(Link("Letterboxd", "https://boxd.it/2aXq"),),
    )


def test_each_file_contributes_its_part(export_zip: Path) -> None:
    films = films_of(export_zip)
    heat = films[("Heat", 1995)].film
    assert (heat.rating, heat.viewings, heat.tags) == (5.0, (day("2020-07-10"),), ("liked",))
    tiger = films[("Crouching Tiger, Hidden Dragon", 2000)].film
    # watched.csv's Date is when the film was marked, not when it was seen
    assert (tiger.watched, tiger.viewings, tiger.rating) == (True, (), None)
    solaris = films[("Solaris", 1972)].film
    assert solaris.notes == "2022-05-19: Long, slow,\nand worth it."
    assert films[("Solaris", 2002)].film.links == (Link("Letterboxd", "https://boxd.it/1yJk"),)
    paris = films[("Paris Is Burning", 1990)]
    # a diary URI points at the diary entry, so a diary-only film has no film link
    assert paris.film.links == ()
    assert (paris.film.rating, paris.location) == (3.0, "diary.csv line 8")
    stalker = films[("Stalker", 1979)].film
    assert (stalker.watched, stalker.tags, stalker.viewings) == (False, ("watchlist",), ())


def test_reads_a_zip_without_an_enclosing_folder(tmp_path: Path) -> None:
    films = films_of(build_zip(tmp_path / "flat.zip", folder=""))
    assert len(films) == 9
    assert ("A Deleted Entry", 2010) not in films


def test_every_imported_film_passes_validation(export_zip: Path) -> None:
    for item in letterboxd.read(export_zip):
        assert isinstance(item, ImportedFilm)
        validate_film(item.film)


def test_reports_progress(export_zip: Path) -> None:
    seen: list[int] = []
    list(letterboxd.read(export_zip, seen.append))
    assert seen and seen[-1] == 23  # data rows over all six files


# --- single files ---------------------------------------------------------------------------


def test_a_diary_alone_gives_viewings_and_the_latest_rating() -> None:
    films = films_of(EXPORT / "diary.csv")
    vegas = films[("Leaving Las Vegas", 1995)].film
    assert vegas.viewings == (day("2019-03-01"), day("2024-11-29"))
    assert vegas.rating == 4.5  # the 2024 entry, not the 2019 one
    assert vegas.links == ()
    assert films[("Amélie", 2001)].film.rating is None


def test_a_watchlist_alone_stays_unwatched() -> None:
    films = films_of(EXPORT / "watchlist.csv")
    assert {f.film.watched for f in films.values()} == {False}
    assert {f.film.tags for f in films.values()} == {("watchlist",)}


def test_the_import_csv_other_tools_write() -> None:
    films = films_of(FIXTURES / "import.csv")
    heat = films[("Heat", 1995)]
    assert heat.location == "import.csv line 2"
    assert heat.film == FilmRecord(
        title="Heat",
        year=1995,
        imdb_id="tt0113277",
        tmdb_id="949",
        directors=("Michael Mann",),
        rating=5.0,  # the later row's Rating10 of 10
        watched=True,
        viewings=(day("2021-08-01"), day("2023-12-24")),
        tags=("crime", "heists"),
        notes="2021-08-01: Still the best bank job.",
    )
    samourai = films[("Le Samouraï", 1967)].film
    assert (samourai.watched, samourai.viewings, samourai.rating) == (True, (), None)


def test_the_later_of_rating_and_rating10_wins(tmp_path: Path) -> None:
    path = tmp_path / "both.csv"
    path.write_text("Title,Year,Rating10,Rating\nHeat,1995,2,4.5\nAlien,1979,,3\n")
    films = films_of(path)
    assert films[("Heat", 1995)].film.rating == 4.5
    assert films[("Alien", 1979)].film.rating == 3.0


# --- bad input ------------------------------------------------------------------------------


def test_absurd_values_are_problems_naming_file_and_line() -> None:
    items = list(letterboxd.read(FIXTURES / "diary-absurd.csv"))
    problems = {i.location: i.reason for i in items if isinstance(i, ImportProblem)}
    assert problems.keys() == {f"diary-absurd.csv line {n}" for n in (3, 4, 5, 6)}
    assert "20245" in problems["diary-absurd.csv line 3"]
    assert "rating 7" in problems["diary-absurd.csv line 4"]
    assert "yesterday" in problems["diary-absurd.csv line 5"]
    assert [i.film.title for i in items if isinstance(i, ImportedFilm)] == ["Fine Film"]


def test_line_numbers_count_lines_inside_quoted_reviews(tmp_path: Path) -> None:
    path = tmp_path / "reviews.csv"
    path.write_text(
        "Date,Name,Year,Letterboxd URI,Rating,Rewatch,Review,Tags,Watched Date\n"
        '2020-01-01,Heat,1995,https://boxd.it/x1,4,,"one\ntwo\nthree",,2019-12-31\n'
        "2020-01-01,Alien,1979,https://boxd.it/x2,11,,fine,,2019-12-31\n"
    )
    (problem,) = problems_of(path)
    assert problem.location == "reviews.csv line 5"


def test_a_csv_of_another_kind_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.csv"
    path.write_text("Const,Title\ntt0113277,Heat\n")
    with pytest.raises(FormatError, match="not a Letterboxd"):
        list(letterboxd.read(path))


def test_a_zip_without_export_files_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("deleted/diary.csv", "Date,Name,Year,Letterboxd URI\n")
        archive.writestr("notes.txt", "hello")
    with pytest.raises(FormatError, match="no Letterboxd export files"):
        list(letterboxd.read(path))


@pytest.mark.parametrize("member", ["../../escaped.csv", "/tmp/absolute.csv", "C:/x.csv"])
def test_a_zip_member_pointing_outside_is_refused(tmp_path: Path, member: str) -> None:
    path = tmp_path / "hostile.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("watched.csv", (EXPORT / "watched.csv").read_text())
        archive.writestr(zipfile.ZipInfo(member), "Date,Name,Year,Letterboxd URI\n")
    with pytest.raises(FormatError, match="outside the archive"):
        list(letterboxd.read(path))
    assert not (tmp_path.parent.parent / "escaped.csv").exists()


def test_a_zip_bomb_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "bomb.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("watched.csv", "Date,Name,Year,Letterboxd URI\n" + "," * 5_000_000)
    with pytest.raises(FormatError, match="zip bomb"):
        list(letterboxd.read(path))


def test_a_truncated_zip_is_a_format_error(export_zip: Path, tmp_path: Path) -> None:
    cut = tmp_path / "cut.zip"
    cut.write_bytes(export_zip.read_bytes()[: export_zip.stat().st_size // 2])
    with pytest.raises(FormatError):
        list(letterboxd.read(cut))


def test_a_damaged_member_is_a_format_error(tmp_path: Path) -> None:
    path = tmp_path / "damaged.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("watched.csv", (EXPORT / "watched.csv").read_text() * 20)
    data = bytearray(path.read_bytes())
    middle = len(data) // 3  # inside the compressed data of the only member
    data[middle : middle + 8] = b"\xff" * 8
    path.write_bytes(bytes(data))
    with pytest.raises(FormatError):
        list(letterboxd.read(path))


def test_an_over_long_review_is_a_problem_of_its_row(tmp_path: Path) -> None:
    path = tmp_path / "reviews.csv"
    path.write_text(
        "Date,Name,Year,Letterboxd URI,Rating,Rewatch,Review,Tags,Watched Date\n"
        f'2020-01-01,Heat,1995,https://boxd.it/x1,4,,"{"x" * 250_000}",,2019-12-31\n'
        "2020-01-02,Alien,1979,https://boxd.it/x2,4,,Short.,,2020-01-01\n"
    )
    items = list(letterboxd.read(path))
    assert [(type(i).__name__, i.location) for i in items] == [
        ("ImportProblem", "reviews.csv line 2"),
        ("ImportedFilm", "reviews.csv line 3"),
    ]
    assert "250,000 characters" in str(items[0])


def test_a_cell_beyond_the_csv_limit_ends_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A 1000-character limit stands in for the real 64 MiB one.
    monkeypatch.setattr(_shared, "MAX_CELL_CHARS", 1000)
    before = csv.field_size_limit(1000)
    path = tmp_path / "reviews.csv"
    path.write_text(
        "Date,Name,Year,Letterboxd URI,Rating,Rewatch,Review,Tags,Watched Date\n"
        f'2020-01-01,Heat,1995,https://boxd.it/x1,4,,"{"x" * 2000}",,2019-12-31\n'
    )
    try:
        with pytest.raises(FormatError, match="line 2"):
            list(letterboxd.read(path))
    finally:
        csv.field_size_limit(before)


_HEADERS = st.sampled_from(
    [
        "Date,Name,Year,Letterboxd URI\n",
        "Date,Name,Year,Letterboxd URI,Rating\n",
        "Date,Name,Year,Letterboxd URI,Rating,Rewatch,Tags,Watched Date\n",
        "Date,Name,Year,Letterboxd URI,Rating,Rewatch,Review,Tags,Watched Date\n",
        "Title,Year,imdbID,tmdbID,WatchedDate,Rating10,Rating,Rewatch,Tags,Review\n",
    ]
)
_CELLS = st.text(alphabet=st.characters(codec="utf-8"), max_size=30) | st.sampled_from(
    ["2024-02-30", "1995", "4.5", "0", "11", "-1", "tt0113277", "https://boxd.it/a", "Yes"]
)
_ROWS = st.lists(st.lists(_CELLS, max_size=11), max_size=6)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(header=_HEADERS, rows=_ROWS, tail=st.binary(max_size=40))
def test_fuzzed_csv_gives_films_problems_or_a_format_error(
    header: str, rows: list[list[str]], tail: bytes
) -> None:
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    data = (header + buffer.getvalue()).encode("utf-8") + tail
    for item in _read_bytes(data, "diary.csv"):
        if isinstance(item, ImportedFilm):
            validate_film(item.film)


@settings(max_examples=100, deadline=None)
@given(cut=st.integers(min_value=0, max_value=4000), noise=st.binary(max_size=64))
def test_fuzzed_zip_gives_films_problems_or_a_format_error(cut: int, noise: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        original = build_zip(Path(folder) / "export.zip").read_bytes()
    data = original[:cut] + noise + original[cut + len(noise) :]
    list(_read_bytes(data, "export.zip"))


def _read_bytes(data: bytes, name: str) -> Iterator[ImportItem]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        try:
            yield from list(letterboxd.read(path))
        except FormatError:
            return


# --- export ---------------------------------------------------------------------------------


def _film(**values: object) -> FilmRecord:
    return FilmRecord(**values)  # type: ignore[arg-type]


FILMS = [
    _film(
        title="Heat",
        year=1995,
        imdb_id="tt0113277",
        tmdb_id="949",
        directors=("Michael Mann",),
        rating=4.5,
        watched=True,
        viewings=(day("2023-12-24"), day("2019-05-01"), day("2019-05-01")),
        tags=("crime", "own on blu-ray"),
        links=(
            Link("Letterboxd", "https://boxd.it/1Kc8"),
            Link("Wikipedia", "https://en.wikipedia.org/wiki/Heat_(1995_film)"),
        ),
        plot="Spoilers here.",
        notes="Private thoughts.",
    ),
    _film(title="Solaris", year=1972, rating=4.0, tags=("tarkovsky",)),  # rated, no dates
    _film(title="Crouching Tiger, Hidden Dragon", year=2000, watched=True),
    _film(title="Stalker", year=1979, tags=("watchlist",), runtime=162),  # not seen yet
]


def _csv_rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_export_writes_one_row_per_viewing(tmp_path: Path) -> None:
    target = tmp_path / "letterboxd.csv"
    summary = letterboxd.write(FILMS, target)
    assert summary.films == 4
    assert summary.files == [target, tmp_path / "letterboxd-watchlist.csv"]
    rows = _csv_rows(target)
    assert list(rows[0]) == list(letterboxd.EXPORT_COLUMNS)
    heat = [r for r in rows if r["Title"] == "Heat"]
    assert [(r["WatchedDate"], r["Rewatch"]) for r in heat] == [
        ("2019-05-01", "false"),
        ("2023-12-24", "true"),
    ]
    assert heat[0] | {"WatchedDate": "", "Rewatch": ""} == {
        "LetterboxdURI": "https://boxd.it/1Kc8",
        "tmdbID": "949",
        "imdbID": "tt0113277",
        "Title": "Heat",
        "Year": "1995",
        "Directors": "Michael Mann",
        "WatchedDate": "",
        "Rating": "4.5",
        "Rewatch": "",
        "Tags": "crime, own on blu-ray",
    }
    (solaris,) = [r for r in rows if r["Title"] == "Solaris"]
    assert (solaris["Rating"], solaris["WatchedDate"], solaris["Tags"]) == ("4", "", "")
    assert [r["Title"] for r in _csv_rows(summary.files[1])] == ["Stalker"]


def test_export_summary_names_what_letterboxd_cannot_hold(tmp_path: Path) -> None:
    summary = letterboxd.write(FILMS, tmp_path / "out.csv")
    assert summary.dropped == {
        "plot": 1,
        "notes": 1,
        "links": 1,  # the Wikipedia link
        "tags": 2,  # Solaris and Stalker have tags but no diary date to hang them on
        "runtime": 1,
    }
    assert any("reviews" in note for note in summary.notes)
    assert any("watchlist" in note for note in summary.notes)


def test_export_round_trip(tmp_path: Path) -> None:
    summary = letterboxd.write(FILMS, tmp_path / "out.csv")
    back = {}
    for path in summary.files:
        back.update(films_of(path))
    heat = back[("Heat", 1995)].film
    assert heat == FilmRecord(
        title="Heat",
        year=1995,
        imdb_id="tt0113277",
        tmdb_id="949",
        directors=("Michael Mann",),
        rating=4.5,
        watched=True,
        viewings=(day("2019-05-01"), day("2023-12-24")),
        tags=("crime", "own on blu-ray"),
        links=(Link("Letterboxd", "https://boxd.it/1Kc8"),),
    )
    assert back[("Solaris", 1972)].film.rating == 4.0
    assert back[("Crouching Tiger, Hidden Dragon", 2000)].film.watched
    stalker = back[("Stalker", 1979)].film
    assert (stalker.watched, stalker.tags) == (False, ("watchlist",))


def test_export_splits_large_files_between_films(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(letterboxd, "PART_BYTES", 400)
    films = [
        _film(title=f"Film {n}", year=1990 + n, watched=True, viewings=(day("2020-01-01"),))
        for n in range(20)
    ]
    summary = letterboxd.write(films, tmp_path / "big.csv")
    assert len(summary.files) > 2
    assert summary.files[1] == tmp_path / "big-2.csv"
    titles = []
    for path in summary.files:
        assert path.stat().st_size <= 400
        titles += [row["Title"] for row in _csv_rows(path)]
    assert titles == [f"Film {n}" for n in range(20)]
    assert any("split" in note for note in summary.notes)


def test_export_of_nothing_still_writes_the_file(tmp_path: Path) -> None:
    summary = letterboxd.write([], tmp_path / "empty.csv")
    assert summary.files == [tmp_path / "empty.csv"]
    assert (tmp_path / "empty.csv").read_text().startswith("LetterboxdURI,")


def test_only_the_members_own_files_are_read(tmp_path: Path) -> None:
    path = tmp_path / "export.zip"
    header = "Date,Name,Year,Letterboxd URI,Rating,Rewatch,Review,Tags,Watched Date\n"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("watched.csv", "Date,Name,Year,Letterboxd URI\n2020-01-01,Heat,1995,\n")
        # reviews by other people that the member liked, and entries the member deleted
        archive.writestr("likes/reviews.csv", header + "2020-01-01,Alien,1979,,4,,Great,,\n")
        archive.writestr("deleted/reviews.csv", header + "2020-01-01,Ran,1985,,4,,Gone,,\n")
        archive.writestr("lists/diary.csv", "Date,Name,Tags,URL,Description\n")
    assert list(films_of(path)) == [("Heat", 1995)]


def test_a_zip_of_an_unknown_version_is_a_format_error(export_zip: Path) -> None:
    data = bytearray(export_zip.read_bytes())
    directory = data.index(b"PK\x01\x02")  # the first central directory entry
    data[directory + 6 : directory + 8] = (64).to_bytes(2, "little")  # "needs zip 6.4"
    export_zip.write_bytes(bytes(data))
    assert not letterboxd.FORMAT.sniff(export_zip, bytes(data[:8192]))
    with pytest.raises(FormatError, match="not a readable zip"):
        list(letterboxd.read(export_zip))
