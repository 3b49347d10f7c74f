# SPDX-License-Identifier: GPL-3.0-or-later
"""GCstar .gcs import: both list encodings, covers by path, hostile and broken files."""

from __future__ import annotations

import datetime as dt
import io
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from filmdesk.catalogue.dto import CastCredit, FilmRecord, Link
from filmdesk.interchange import gcstar
from filmdesk.interchange.base import (
    FormatError,
    ImportedFilm,
    ImportNote,
    ImportProblem,
    detect,
)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "interchange" / "gcstar"


def items(path: Path) -> list[ImportedFilm | ImportProblem]:
    return list(gcstar.read(path))


def by_title(found: list[ImportedFilm | ImportProblem]) -> dict[str, FilmRecord]:
    return {i.film.title: i.film for i in found if isinstance(i, ImportedFilm)}


def problems(found: list[ImportedFilm | ImportProblem]) -> dict[str, str]:
    return {i.location: i.reason for i in found if isinstance(i, ImportProblem)}


def notes(found: list[ImportedFilm | ImportProblem]) -> dict[str, str]:
    """What a reader reported without rejecting the record: a poster left behind, say."""
    return {i.location: i.message for i in found if isinstance(i, ImportNote)}


@pytest.fixture
def with_cover(tmp_path: Path) -> Path:
    """The newer-style collection copied beside its pictures folder, one cover made here."""
    path = tmp_path / "films-lines.gcs"
    shutil.copy(FIXTURES / "films-lines.gcs", path)
    (tmp_path / "films-lines_pictures").mkdir()
    buffer = io.BytesIO()
    Image.new("RGB", (40, 60), (90, 60, 30)).save(buffer, format="PNG")
    (tmp_path / "films-lines_pictures" / "harbour.png").write_bytes(buffer.getvalue())
    return path


def test_newer_encoding_attributes_and_line_lists(with_cover: Path) -> None:
    film = by_title(items(with_cover))["Harbour Lights"]
    assert film.original_title == "Lumières du port"
    assert (film.year, film.release_date) == (1958, dt.date(1958, 3, 14))
    assert film.runtime == 95  # "1h 35"
    assert film.directors == ("Anouk Delval", "Per Lund")
    assert film.countries == ("France", "Denmark")
    assert film.genres == ("Drama", "Romance")
    assert film.cast == (
        CastCredit("Colette Varenne", "Maëlle"),
        CastCredit("Henrik Moller", "The keeper's son"),
    )
    assert film.languages == ("French", "Danish")  # first column of the audio list
    assert film.synopsis.startswith("A lighthouse keeper's son")
    assert film.imdb_id == "tt0051234" and film.links == ()
    assert film.rating == 4.0  # 8 of 10
    assert film.certification == "12+"
    assert film.watched is True
    assert film.added_at == dt.datetime(2015, 11, 2, tzinfo=dt.UTC)
    assert film.tags == ("black and white", "favourite")
    assert film.notes.startswith("Bought at the flea market.\n\n")
    for line in (
        "Medium: DVD",
        "Region: 2",
        "Location: Living room",
        "Series: Port trilogy",
        "Subtitles: English",
    ):
        assert line in film.notes.splitlines()
    assert "Jeanne" not in film.notes  # lending is not imported
    assert film.poster is not None and (film.poster.width, film.poster.height) == (40, 60)


def test_older_encoding_with_flattened_lists() -> None:
    films = by_title(items(FIXTURES / "films-flat.gcs"))
    film = films["The Glass Orchard"]
    assert film.countries == ("Norway", "Sweden")
    assert film.genres == ("Drama", "Family")
    assert film.cast == (
        CastCredit("Liv Andersen", "Ingrid"),
        CastCredit("Oskar Berg", "The gardener, later the mayor"),
        CastCredit("Siri Dahl", ""),
    )
    assert film.languages == ("Norwegian", "English")
    assert (film.runtime, film.rating, film.certification) == (118, 3.5, "All ages")
    assert film.links == (Link("Web page", "http://example.org/glass-orchard"),)


def test_oldest_encoding_with_every_field_an_element() -> None:
    film = by_title(items(FIXTURES / "films-flat.gcs"))["Winter Carnival"]
    assert (film.year, film.runtime, film.directors) == (1971, 88, ("Greta Lind",))
    assert film.cast == (CastCredit("Paul Ek", "Himself"),)
    assert film.synopsis == "A ski town throws the carnival nobody asked for."


def test_missing_cover_is_noted_and_the_film_is_kept(with_cover: Path) -> None:
    found = items(with_cover)
    assert "nowhere.jpg" in notes(found)["films-lines.gcs item 12"]
    film = by_title(found)["Cobalt Summer"]
    assert film.poster is None and film.rating is None  # a rating of 0 is no rating


def test_a_cover_that_is_not_an_image(with_cover: Path) -> None:
    (with_cover.parent / "films-lines_pictures" / "harbour.png").write_text("plain text")
    found = items(with_cover)
    assert "poster" in notes(found)["films-lines.gcs item 11"]
    assert by_title(found)["Harbour Lights"].poster is None


def test_absolute_cover_paths(tmp_path: Path, with_cover: Path) -> None:
    cover = with_cover.parent / "films-lines_pictures" / "harbour.png"
    text = with_cover.read_text("utf-8").replace("films-lines_pictures/harbour.png", str(cover))
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "moved.gcs").write_text(text, "utf-8")
    assert by_title(items(elsewhere / "moved.gcs"))["Harbour Lights"].poster is not None


def test_a_web_address_as_cover_is_not_fetched(tmp_path: Path) -> None:
    text = (
        (FIXTURES / "films-flat.gcs")
        .read_text("utf-8")
        .replace('age="2"', 'age="2" image="http://example.org/cover.jpg"')
    )
    (tmp_path / "web.gcs").write_text(text, "utf-8")
    found = items(tmp_path / "web.gcs")
    assert "not fetched" in notes(found)["web.gcs item 1"]


def test_absurd_year_and_missing_title(with_cover: Path) -> None:
    reasons = problems(items(with_cover))
    assert "Year Without End" in reasons["films-lines.gcs item 13"]
    assert "year 99999" in reasons["films-lines.gcs item 13"]
    assert "no title" in reasons["films-lines.gcs item 14"]


def test_detection() -> None:
    assert detect(FIXTURES / "films-lines.gcs").id == "gcstar"
    assert detect(FIXTURES / "films-flat.gcs").id == "gcstar"
    assert detect(FIXTURES / "books.gcs").id == "gcstar"


def test_other_models_are_refused_saying_what_they_hold() -> None:
    with pytest.raises(FormatError, match="holds books"):
        items(FIXTURES / "books.gcs")


def test_progress(with_cover: Path) -> None:
    calls: list[int] = []
    list(gcstar.read(with_cover, calls.append))
    assert calls == [4]


# --- hostile and broken files -------------------------------------------------------------------

HOSTILE = [
    """<?xml version="1.0"?><!DOCTYPE c [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">
]><collection type="GCfilms"><item id="1" title="&b;"/></collection>""",
    """<?xml version="1.0"?><!DOCTYPE c [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<collection type="GCfilms"><item id="1"><synopsis>&x;</synopsis></item></collection>""",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_entities_are_refused(tmp_path: Path, text: str) -> None:
    (tmp_path / "h.gcs").write_text(text)
    with pytest.raises(FormatError, match="entities") as caught:
        items(tmp_path / "h.gcs")
    assert "root:" not in str(caught.value)


def test_truncated_file(tmp_path: Path) -> None:
    data = (FIXTURES / "films-flat.gcs").read_bytes()
    (tmp_path / "cut.gcs").write_bytes(data[: data.index(b"<title>Winter")])
    with pytest.raises(FormatError):
        items(tmp_path / "cut.gcs")


FUZZ = settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def outcome(path: Path) -> None:
    try:
        for item in gcstar.read(path):
            assert isinstance(item, ImportedFilm | ImportProblem | ImportNote)
    except FormatError:
        pass


@FUZZ
@given(data=st.binary(max_size=2000))
def test_random_bytes(tmp_path: Path, data: bytes) -> None:
    (tmp_path / "r.gcs").write_bytes(data)
    outcome(tmp_path / "r.gcs")


@FUZZ
@given(cut=st.integers(min_value=0, max_value=10**6))
def test_truncated_at_any_byte(tmp_path: Path, cut: int) -> None:
    data = (FIXTURES / "films-lines.gcs").read_bytes()
    (tmp_path / "c.gcs").write_bytes(data[: cut % (len(data) + 1)])
    outcome(tmp_path / "c.gcs")


@FUZZ
@given(data=st.data())
def test_mangled_values(tmp_path: Path, data: st.DataObject) -> None:
    text = (FIXTURES / "films-flat.gcs").read_text("utf-8")
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, min(len(text), start + 20)))
    filler = data.draw(
        st.sampled_from(
            ["", '"', "<", "(", ")", ",", ";", "99999", "-1", "1e9", "10:xx", "31/02/2001", "\x00"]
        )
        | st.text(max_size=5)
    )
    (tmp_path / "m.gcs").write_text(text[:start] + filler + text[end:], "utf-8")
    outcome(tmp_path / "m.gcs")
