# SPDX-License-Identifier: GPL-3.0-or-later
"""CSV: round trips as far as CSV holds, other programs' files, encodings, hostile cells."""

from __future__ import annotations

import codecs
import contextlib
import csv
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from interchange_helpers import assert_same_catalogue, films, portable

from filmdesk.catalogue.dto import CastCredit, FilmRecord
from filmdesk.catalogue.service import CatalogueService
from filmdesk.catalogue.validation import validate_film
from filmdesk.errors import ValidationError
from filmdesk.interchange import csv_format
from filmdesk.interchange.base import (
    FormatError,
    ImportedFilm,
    ImportItem,
    ImportNote,
    ImportProblem,
    detect,
)
from filmdesk.interchange.importing import export_films, plan_import, run_import


def read_all(path: Path) -> list[ImportItem]:
    return list(csv_format.read(path))


def films_of(items: list[ImportItem]) -> list[FilmRecord]:
    assert not [i for i in items if isinstance(i, ImportProblem)], items
    return [i.film for i in items if isinstance(i, ImportedFilm)]


def notes_of(items: list[ImportItem]) -> list[str]:
    return [i.message for i in items if isinstance(i, ImportNote)]


def write_text(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


# --- round trips ---------------------------------------------------------------------------------


def test_round_trip_of_sample_and_generated_films_keeps_all_but_posters(
    generated_source: CatalogueService, catalogue: CatalogueService, tmp_path: Path
) -> None:
    path = tmp_path / "all.csv"
    summary = export_films(generated_source, path)
    assert summary.films == 314
    assert summary.dropped == {"poster": 100}  # listed, not silently dropped
    result = run_import(catalogue, plan_import(catalogue, [path]))
    assert (result.added, result.rejected) == (314, [])
    assert_same_catalogue(generated_source, catalogue, posters=False)


def test_every_field_round_trips_even_with_separators_inside(
    full_film: FilmRecord, tmp_path: Path
) -> None:
    path = tmp_path / "full.csv"
    csv_format.write([full_film], path)
    (film,) = films_of(read_all(path))
    assert film == portable(full_film, poster=False)


def test_export_is_utf8_with_bom_and_crlf(full_film: FilmRecord, tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    csv_format.write([full_film], path)
    data = path.read_bytes()
    assert data.startswith(codecs.BOM_UTF8)
    assert data[3:].split(b"\r\n", 1)[0].decode() == ",".join(csv_format.COLUMNS)
    assert "Adiós".encode() in data


def test_formulas_are_neutralised_and_come_back_intact(tmp_path: Path) -> None:
    dangerous = ["=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "'=already", "''+two"]
    film_list = [FilmRecord(title=text, notes=text) for text in dangerous]
    path = tmp_path / "formulas.csv"
    csv_format.write(film_list, path)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        for cell in (row["title"], row["notes"]):
            assert not cell.startswith(("=", "+", "-", "@")), cell
    assert [f.title for f in films_of(read_all(path))] == dangerous


def test_lists_use_semicolons_and_cast_reads_as_people(tmp_path: Path) -> None:
    film = FilmRecord("X", genres=("Drama", "Film-Noir"),
                      cast=(CastCredit("Meg Ryan", "Kate"), CastCredit("Hugh Jackman")))
    path = tmp_path / "x.csv"
    csv_format.write([film], path)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        row = next(csv.DictReader(handle))
    assert row["genres"] == "Drama; Film-Noir"
    assert row["cast"] == "Meg Ryan as Kate; Hugh Jackman"


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(film_list=st.lists(films(stripped=True), max_size=4))
def test_random_films_round_trip(tmp_path: Path, film_list: list[FilmRecord]) -> None:
    path = tmp_path / "random.csv"
    csv_format.write(film_list, path)
    assert films_of(read_all(path)) == [portable(f, poster=False) for f in film_list]


# --- other programs' files ------------------------------------------------------------------


def test_any_subset_of_columns_by_header_name_and_aliases(tmp_path: Path) -> None:
    path = write_text(tmp_path / "other.csv", (
        "Your Rating,Name,Year,Director,Genres,Runtime (mins),Seen,Const,Shelf\r\n"
        '4.5,Leaving Las Vegas,1995,Mike Figgis,"Drama, Romance",111,yes,tt0113627,B2\r\n'
        "9/10,Amélie,2001,Jean-Pierre Jeunet,Comedy,2h 2m,no,,A1\r\n"
    ))
    items = read_all(path)
    assert notes_of(items) == ["columns not imported: Shelf"]
    first, second = films_of(items)
    assert first == FilmRecord(
        "Leaving Las Vegas", year=1995, directors=("Mike Figgis",), genres=("Drama", "Romance"),
        runtime=111, rating=4.5, watched=True, imdb_id="tt0113627",
    )
    assert (second.rating, second.runtime, second.watched) == (4.5, 122, False)


@pytest.mark.parametrize("separator", [";", "\t"])
def test_semicolon_and_tab_separated_files(tmp_path: Path, separator: str) -> None:
    path = write_text(tmp_path / "sep.csv", separator.join(["Title", "Year", "Genre"]) + "\n"
                      + separator.join(["Nosferatu", "1922", "Horror"]) + "\n")
    (film,) = films_of(read_all(path))
    assert (film.title, film.year, film.genres) == ("Nosferatu", 1922, ("Horror",))


def test_latin1_file_is_read_and_noted(tmp_path: Path) -> None:
    path = write_text(tmp_path / "latin.csv", "Title,Year\nAmélie,2001\nÉlite Squad,2007\n",
                      "latin-1")
    items = read_all(path)
    assert [f.title for f in films_of(items)] == ["Amélie", "Élite Squad"]
    assert any("not UTF-8" in note for note in notes_of(items))


def test_windows_1252_punctuation(tmp_path: Path) -> None:
    path = write_text(tmp_path / "cp.csv", "Title,Notes\nL’Atalante,“classic” – 20€\n", "cp1252")
    items = read_all(path)
    (film,) = films_of(items)
    assert (film.title, film.notes) == ("L’Atalante", "“classic” – 20€")
    assert "Windows-1252" in notes_of(items)[0]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-8-sig"])
def test_utf16_and_bom_files(tmp_path: Path, encoding: str) -> None:
    path = write_text(tmp_path / "u.csv", "Title\tYear\nAmélie\t2001\n東京物語\t1953\n", encoding)
    assert [f.title for f in films_of(read_all(path))] == ["Amélie", "東京物語"]


def test_detected_by_content_even_without_the_extension(tmp_path: Path) -> None:
    path = write_text(tmp_path / "films.txt", "Title,Year\nNosferatu,1922\n")
    assert detect(path).id == "csv"


# --- bad input ------------------------------------------------------------------------------


def test_bad_rows_are_problems_with_line_numbers(
    tmp_path: Path, catalogue: CatalogueService
) -> None:
    title = "x" * (10 * 1024 * 1024)
    path = write_text(tmp_path / "bad.csv", (
        "Title,Year,Runtime,Rating\n"
        "Good,1999,100,4\n"
        '"A plot\nover two lines",abc,,\n'
        "Future,99999,,\n"
        "Backwards,2000,-5,\n"
        f"{title},2000,,\n"
        ",2000,,\n"
        "Half,2000,,3.3\n"
        "Also good,,,\n"
    ))
    plan = plan_import(catalogue, [path])
    reasons = {p.location: p.reason for p in plan.rejected}
    assert sorted(reasons) == [f"bad.csv line {n}" for n in (3, 5, 6, 7, 8, 9)]
    assert "Year" in reasons["bad.csv line 3"]
    assert "year" in reasons["bad.csv line 5"]
    assert "runtime" in reasons["bad.csv line 6"]
    assert "title" in reasons["bad.csv line 7"]
    assert "title is empty" in reasons["bad.csv line 8"]
    assert "rating" in reasons["bad.csv line 9"]
    summary = run_import(catalogue, plan)
    assert summary.added == 2 and len(summary.rejected) == 6


def test_a_row_with_too_many_cells(tmp_path: Path) -> None:
    path = write_text(tmp_path / "shift.csv", "Title,Year\nCrash, The,1996\nFine,1990\n")
    problem, fine = [i for i in read_all(path) if not isinstance(i, ImportNote)]
    assert isinstance(problem, ImportProblem) and "3 cells" in problem.reason
    assert isinstance(fine, ImportedFilm)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "name the columns"),
        ("Year,Director\n1999,Someone\n", "title"),
        ('Title,Year\n"unterminated,1999\n', "truncated"),
        ('Title,Year\n"quoted"then more,1999\n', "malformed"),
    ],
)
def test_files_that_cannot_be_read_as_a_whole(tmp_path: Path, text: str, message: str) -> None:
    path = write_text(tmp_path / "bad.csv", text)
    with pytest.raises(FormatError, match=message):
        read_all(path)


def test_a_missing_file_is_a_format_error(tmp_path: Path) -> None:
    with pytest.raises(FormatError, match="cannot be read"):
        read_all(tmp_path / "nowhere.csv")


def test_progress_is_reported(tmp_path: Path) -> None:
    path = write_text(tmp_path / "p.csv", "Title\na\nb\nc\n")
    seen: list[int] = []
    list(csv_format.read(path, seen.append))
    assert seen == [1, 2, 3]


def outcome(path: Path) -> None:
    try:
        items = read_all(path)
    except FormatError as exc:
        assert str(exc).startswith(str(path))
        return
    for item in items:
        if isinstance(item, ImportedFilm):
            with contextlib.suppress(ValidationError):
                validate_film(item.film)


FUZZ = settings(max_examples=80, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture])


@FUZZ
@given(data=st.binary(max_size=2000))
def test_random_bytes(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "random.csv"
    path.write_bytes(data)
    outcome(path)


@FUZZ
@given(data=st.binary(max_size=500))
def test_random_bytes_under_a_real_header(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "random.csv"
    path.write_bytes(b"Title,Year,Runtime,Rating,Cast,Timeline,Viewings,Similar\r\n" + data)
    outcome(path)


@pytest.fixture(scope="module")
def small_csv(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    from filmdesk.catalogue.generator import generate_films

    path = tmp_path_factory.mktemp("csv") / "small.csv"
    csv_format.write(generate_films(5, seed=11), path)
    return path.read_bytes()


@FUZZ
@given(cut=st.integers(min_value=0, max_value=10**9), encoding=st.sampled_from(
    ["utf-8", "utf-16", "latin-1"]))
def test_truncated_exports(tmp_path: Path, small_csv: bytes, cut: int, encoding: str) -> None:
    data = small_csv.decode("utf-8-sig").encode(encoding, errors="replace")
    path = tmp_path / "cut.csv"
    path.write_bytes(data[: cut % (len(data) + 1)])
    outcome(path)


def test_film_strategy_films_are_valid() -> None:
    # The round-trip property is only meaningful for films the catalogue accepts.
    @settings(max_examples=30, deadline=None)
    @given(films(stripped=True))
    def check(film: FilmRecord) -> None:
        validate_film(film)

    check()


def export_rows(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_export_of_a_query(generated_source: CatalogueService, tmp_path: Path) -> None:
    path = tmp_path / "q.csv"
    expected = generated_source.search("year:<1950").ids
    export_films(generated_source, path, query="year:<1950")
    assert len(export_rows(path)) == len(expected)
    assert all(int(row["year"]) < 1950 for row in export_rows(path))


def test_reading_does_not_change_the_csv_field_limit_downwards(tmp_path: Path) -> None:
    before = csv.field_size_limit()
    read_all(write_text(tmp_path / "a.csv", "Title\nx\n"))
    assert csv.field_size_limit() >= before
