# SPDX-License-Identifier: GPL-3.0-or-later
"""Griffith "Full XML" and CSV import: mapping, posters, sniffing, hostile and broken files."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from filmdesk.catalogue.dto import CastCredit, CrewCredit, FilmRecord, Link
from filmdesk.interchange import griffith
from filmdesk.interchange.base import (
    FormatError,
    ImportedFilm,
    ImportNote,
    ImportProblem,
    detect,
)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "interchange" / "griffith"
POSTER_MD5 = "5f2c1e9a8b7d6c5e4f3a2b1c0d9e8f7a"


def items(path: Path) -> list[ImportedFilm | ImportProblem]:
    return list(griffith.read(path))


def by_title(found: list[ImportedFilm | ImportProblem]) -> dict[str, FilmRecord]:
    return {i.film.title: i.film for i in found if isinstance(i, ImportedFilm)}


def problems(found: list[ImportedFilm | ImportProblem]) -> dict[str, str]:
    return {i.location: i.reason for i in found if isinstance(i, ImportProblem)}


def notes(found: list[ImportedFilm | ImportProblem]) -> dict[str, str]:
    """What a reader reported without rejecting the record: a poster left behind, say."""
    return {i.location: i.message for i in found if isinstance(i, ImportNote)}


@pytest.fixture
def xml_export(tmp_path: Path) -> Path:
    """The XML export beside the posters folder Griffith writes with it (one poster made here)."""
    path = tmp_path / "movies.xml"
    shutil.copy(FIXTURES / "movies.xml", path)
    (tmp_path / "posters").mkdir()
    buffer = io.BytesIO()
    Image.new("RGB", (50, 75), (10, 80, 140)).save(buffer, format="JPEG")
    (tmp_path / "posters" / f"{POSTER_MD5}.jpg").write_bytes(buffer.getvalue())
    return path


def test_xml_export_fields(xml_export: Path) -> None:
    film = by_title(items(xml_export))["The Clockmaker's Apprentice"]
    assert film.original_title == "Der Uhrmacher"
    assert (film.year, film.runtime, film.certification) == (1999, 121, "PG")
    assert film.directors == ("Jonas Feld", "Anja Kirsch")
    assert film.countries == ("Germany", "Austria")
    assert film.genres == ("Drama", "History")
    assert film.studios == ("Nordlicht Film",)
    assert film.rating == 3.5 and film.watched is True
    assert film.imdb_id == "tt0123456"
    assert film.links == (
        Link("Official site", "https://uhrmacher.example.org/"),
        Link("Trailer", "http://www.imdb.com/title/tt0123456/trailers"),
    )
    # Padding around values is trimmed; new lines inside them are kept.
    assert film.synopsis == (
        "An apprentice learns that every clock in the town\nruns a minute behind."
    )
    assert film.cast == (
        CastCredit("Karl Wendt", "Meister Abel"),
        CastCredit("Lena Sommer", "Greta (as Lena Sommer-Roth)"),
        CastCredit("Fritz Hahn", ""),
    )
    assert film.notes.startswith("Language: \nGerman")
    for line in ("Medium: DVD", "Volume: Box 2", "Collection: German films"):
        assert line in film.notes.splitlines()
    assert film.poster is not None and (film.poster.width, film.poster.height) == (50, 75)


def test_xml_missing_poster_and_absurd_year(xml_export: Path) -> None:
    found = items(xml_export)
    reasons = problems(found)
    # A missing poster is noted and the film comes in; an absurd year rejects its record.
    assert "movies.xml movie 2" not in reasons
    assert "Second Shift" in notes(found)["movies.xml movie 2"]
    assert "does not exist" in notes(found)["movies.xml movie 2"]
    assert by_title(found)["Second Shift"].poster is None
    assert "Far Future" in reasons["movies.xml movie 3"]
    assert "year 99999" in reasons["movies.xml movie 3"]


def test_csv_export_fields() -> None:
    found = items(FIXTURES / "movies.csv")
    film = by_title(found)["The Window Across"]
    assert film.original_title == "La Ventana"
    assert film.genres == ("Thriller", "Drama")
    assert film.rating == 4.5 and film.watched is True
    assert film.imdb_id == "tt1122334"
    assert film.synopsis == (
        "A night porter watches the window across the street.\nThen the window watches back."
    )
    assert film.cast == (
        CastCredit("Tomás Vidal", "Night porter"),
        CastCredit("Inés Roca", "The neighbour"),
    )
    assert film.crew == (
        CrewCredit("Rosa Ibarra", "Screenplay"),
        CrewCredit("Diego Sanz", "Screenplay"),
        CrewCredit("Pau Ferrer", "Director of Photography"),
    )
    for line in (
        "Medium: Blu-ray",
        "Collection: Spanish films",
        "Region: B",
        "Video codec: H.264",
        "Barcode: 8412345678901",
    ):
        assert line in film.notes.splitlines()
    garden = by_title(found)["Garden Party"]
    assert (garden.year, garden.rating, garden.watched) == (1966, None, False)


def test_csv_problems_name_the_line_a_record_starts_on() -> None:
    reasons = problems(items(FIXTURES / "movies.csv"))
    assert list(reasons) == ["movies.csv line 6"]
    assert "Bad Runtime" in reasons["movies.csv line 6"]
    assert "runtime" in reasons["movies.csv line 6"]


def test_csv_in_windows_1252(tmp_path: Path) -> None:
    text = (FIXTURES / "movies.csv").read_text("utf-8")
    (tmp_path / "ansi.csv").write_bytes(text.encode("cp1252"))
    assert "Tomás Vidal" in {
        c.person for c in by_title(items(tmp_path / "ansi.csv"))["The Window Across"].cast
    }


def test_detection(tmp_path: Path) -> None:
    assert detect(FIXTURES / "movies.xml").id == "griffith"
    assert detect(FIXTURES / "movies.csv").id == "griffith"
    generic = tmp_path / "films.csv"
    generic.write_text("title,year,director\nHarbour Lights,1958,Anouk Delval\n")
    assert not griffith.FORMAT.sniff(generic, generic.read_bytes())
    other_xml = tmp_path / "other.xml"
    other_xml.write_text("<root>\n<movie>\n<name>Not Griffith</name>\n</movie>\n</root>\n")
    assert not griffith.FORMAT.sniff(other_xml, other_xml.read_bytes())


def test_csv_without_griffith_header_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "headless.csv"
    lines = (FIXTURES / "movies.csv").read_text("utf-8").splitlines(keepends=True)
    path.write_text("".join(lines[1:]), "utf-8")
    with pytest.raises(FormatError, match="header"):
        items(path)


def test_xml_of_another_program_is_refused(tmp_path: Path) -> None:
    (tmp_path / "x.xml").write_text("<catalogue><film/></catalogue>")
    with pytest.raises(FormatError, match="not a Griffith XML export"):
        items(tmp_path / "x.xml")


def test_progress_counts_movies(xml_export: Path) -> None:
    calls: list[int] = []
    list(griffith.read(xml_export, calls.append))
    assert calls == [3]


# --- hostile and broken files -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "x"><!ENTITY b "&a;&a;&a;">]>'
        "<root><movie><title>&b;</title></movie></root>",
        '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        "<root><movie><title>t</title><plot>&x;</plot></movie></root>",
    ],
)
def test_entities_are_refused(tmp_path: Path, text: str) -> None:
    (tmp_path / "h.xml").write_text(text)
    with pytest.raises(FormatError, match="entities") as caught:
        items(tmp_path / "h.xml")
    assert "root:" not in str(caught.value)


def test_truncated_xml(tmp_path: Path) -> None:
    data = (FIXTURES / "movies.xml").read_bytes()
    (tmp_path / "cut.xml").write_bytes(data[: len(data) // 2])
    with pytest.raises(FormatError, match="cut short"):
        items(tmp_path / "cut.xml")


FUZZ = settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def outcome(path: Path) -> None:
    try:
        for item in griffith.read(path):
            assert isinstance(item, ImportedFilm | ImportProblem | ImportNote)
    except FormatError:
        pass


@FUZZ
@given(data=st.binary(max_size=2000), suffix=st.sampled_from([".xml", ".csv"]))
def test_random_bytes(tmp_path: Path, data: bytes, suffix: str) -> None:
    (tmp_path / f"r{suffix}").write_bytes(data)
    outcome(tmp_path / f"r{suffix}")


@FUZZ
@given(
    cut=st.integers(min_value=0, max_value=10**6),
    name=st.sampled_from(["movies.xml", "movies.csv"]),
)
def test_truncated_at_any_byte(tmp_path: Path, cut: int, name: str) -> None:
    data = (FIXTURES / name).read_bytes()
    (tmp_path / name).write_bytes(data[: cut % (len(data) + 1)])
    outcome(tmp_path / name)


@FUZZ
@given(data=st.data())
def test_mangled_csv(tmp_path: Path, data: st.DataObject) -> None:
    text = (FIXTURES / "movies.csv").read_text("utf-8")
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, min(len(text), start + 20)))
    filler = data.draw(
        st.sampled_from(["", '"', ",", "\n", "\x00", "99999", "1e400", "-3", "\r", '""'])
        | st.text(max_size=5)
    )
    (tmp_path / "m.csv").write_text(text[:start] + filler + text[end:], "utf-8")
    outcome(tmp_path / "m.csv")
