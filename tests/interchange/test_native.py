# SPDX-License-Identifier: GPL-3.0-or-later
"""The native .filmdesk format: lossless round trips, the schema, hostile and broken files."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import zipfile
from dataclasses import replace
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from interchange_helpers import assert_same_catalogue, films, portable

from filmdesk.catalogue.dto import CastCredit, FilmRecord, Poster, SimilarFilm, TimelineEvent
from filmdesk.catalogue.film_json import SnapshotMovedError
from filmdesk.catalogue.generator import generate_films
from filmdesk.catalogue.service import CatalogueService
from filmdesk.catalogue.validation import validate_film
from filmdesk.errors import ValidationError
from filmdesk.interchange import native
from filmdesk.interchange.base import FormatError, ImportedFilm, ImportProblem, detect
from filmdesk.interchange.importing import export_films, plan_import, run_import

SCHEMA = Path(__file__).resolve().parents[2] / "docs" / "catalogue.schema.json"


def read_items(path: Path) -> list[ImportedFilm | ImportProblem]:
    return [item for item in native.read(path) if isinstance(item, ImportedFilm | ImportProblem)]


def read_films(path: Path) -> list[FilmRecord]:
    items = read_items(path)
    assert all(isinstance(i, ImportedFilm) for i in items), items
    return [i.film for i in items if isinstance(i, ImportedFilm)]


def archive(path: Path, catalogue: str | bytes | None, members: dict[str, bytes] | None = None,
            *, compression: int = zipfile.ZIP_DEFLATED) -> Path:
    """A hand-made .filmdesk: catalogue.json plus any other members."""
    with zipfile.ZipFile(path, "w", compression) as out:
        if catalogue is not None:
            out.writestr("catalogue.json", catalogue)
        for name, data in (members or {}).items():
            out.writestr(name, data)
    return path


def catalogue_json(*films: Any, **header: Any) -> str:
    body = {"format": "filmdesk", "schema_version": 1, **header, "films": list(films)}
    return json.dumps(body, ensure_ascii=False)


# --- round trips --------------------------------------------------------------------------------


def test_round_trip_of_the_sample_and_generated_films_is_lossless(
    generated_source: CatalogueService, catalogue: CatalogueService, tmp_path: Path
) -> None:
    path = tmp_path / "all.filmdesk"
    summary = export_films(generated_source, path)
    assert summary.films == generated_source.count() == 314
    assert summary.dropped == {}
    result = run_import(catalogue, plan_import(catalogue, [path]))
    assert (result.added, result.rejected) == (314, [])
    # The export's own reader; test_the_export_reader_reads_what_… checks it against the ORM's.
    assert_same_catalogue(generated_source, catalogue)


def test_every_field_and_the_poster_bytes_survive(
    full_film: FilmRecord, make_catalogue: Any, tmp_path: Path
) -> None:
    source = make_catalogue("source")
    source.add_films([full_film, replace(full_film, uuid=None, title="Barfly", year=1987)])
    path = tmp_path / "full.filmdesk"
    export_films(source, path)
    target = make_catalogue("target")
    run_import(target, plan_import(target, [path]))
    assert_same_catalogue(source, target)
    film = target.find(full_film.uuid or "")
    assert film.poster == full_film.poster  # the very same bytes, not re-encoded
    # "Barfly" was a title-only similar film; in the new catalogue it links again.
    assert [s.film_uuid is not None for s in film.similar] == [False, True]


def test_links_to_later_films_with_the_same_title_point_at_the_right_one(
    make_catalogue: Any, tmp_path: Path
) -> None:
    # Export order is by title, so "Aaa" is written before both "Zzz (1990)"; the writer
    # would link by title to the first of them, but the uuid says the second.
    source = make_catalogue("source")
    _, second = source.add_films([FilmRecord("Zzz", year=1990), FilmRecord("Zzz", year=1990)])
    target_uuid = source.film(second).uuid
    source.add_films([FilmRecord("Aaa", similar=(SimilarFilm("Zzz", 1990,
                                                             film_uuid=target_uuid),))])
    assert source.find("Aaa").similar[0].film_uuid == target_uuid
    path = tmp_path / "links.filmdesk"
    export_films(source, path)
    target = make_catalogue("target")
    run_import(target, plan_import(target, [path]))
    assert target.find("Aaa").similar[0].film_uuid == target_uuid
    assert_same_catalogue(source, target)


def test_export_of_a_search_holds_only_the_matches(
    generated_source: CatalogueService, tmp_path: Path
) -> None:
    path = tmp_path / "drama.filmdesk"
    expected = generated_source.search("genre:drama").ids
    assert 0 < len(expected) < generated_source.count()
    assert export_films(generated_source, path, query="genre:drama").films == len(expected)
    assert len(read_films(path)) == len(expected)


def test_export_matches_the_json_schema(generated_source: CatalogueService, tmp_path: Path) -> None:
    path = tmp_path / "schema.filmdesk"
    export_films(generated_source, path, query="year:<1960")
    schema = json.loads(SCHEMA.read_text("utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    with zipfile.ZipFile(path) as zipped:
        data = json.loads(zipped.read("catalogue.json"))
        assert data["films"], "the query should find films"
        validator = jsonschema.Draft202012Validator(
            schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
        )
        validator.validate(data)
        posters = [f["poster"] for f in data["films"] if f["poster"]]
        assert posters, "some films have posters"
        for poster in posters:  # the members the JSON names are there
            zipped.getinfo(poster["image"])
            zipped.getinfo(poster["thumbnail"])


def test_layout_is_one_film_per_line_and_detected(
    generated_source: CatalogueService, tmp_path: Path
) -> None:
    path = tmp_path / "lines.filmdesk"
    export_films(generated_source, path, query="year:<1930")
    lines = zipfile.ZipFile(path).read("catalogue.json").decode().splitlines()
    assert lines[0].startswith('{"format":"filmdesk","schema_version":1,')
    assert lines[-1] == "]}"
    assert all(json.loads(line.rstrip(","))["title"] for line in lines[1:-1])
    assert detect(path).id == "native"


def test_a_failed_export_leaves_no_file_and_keeps_an_older_one(tmp_path: Path) -> None:
    path = tmp_path / "old.filmdesk"
    path.write_bytes(b"the previous export")

    def broken() -> Any:
        yield FilmRecord("Fine")
        raise RuntimeError("the catalogue went away")

    with pytest.raises(RuntimeError):
        native.write(broken(), path)
    assert path.read_bytes() == b"the previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["old.filmdesk"]


class _MovedAfterOneBatch:
    """An export stream whose parallel read saw the catalogue change after one batch."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def __iter__(self) -> Any:
        return iter(self._stream)

    def json_batches(self, poster_entry: Any) -> Any:
        batches = self._stream.json_batches(poster_entry)
        yield next(batches)
        raise SnapshotMovedError


def test_an_export_read_across_a_change_is_written_again_from_records(
    generated_source: CatalogueService, tmp_path: Path
) -> None:
    ids = generated_source.search("year:<1960").ids
    stream = generated_source.export_stream(ids)
    plain, moved = tmp_path / "plain.filmdesk", tmp_path / "moved.filmdesk"
    native.write(list(stream), plain)

    summary = native.write(_MovedAfterOneBatch(stream), moved)

    assert summary.films == len(ids)
    assert read_films(moved) == read_films(plain)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["moved.filmdesk", "plain.filmdesk"]


def test_exports_use_the_fast_deflate_and_stay_plain_zips(
    generated_source: CatalogueService, tmp_path: Path
) -> None:
    path = tmp_path / "fast.filmdesk"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as out, out.open(
        "catalogue.json", "w"
    ) as member:
        assert native.fast_deflate(member)
        member.write(b'{"format":"filmdesk","schema_version":1,"films":[]}' * 1000)
    assert zipfile.ZipFile(path).testzip() is None

    export_films(generated_source, path)
    with zipfile.ZipFile(path) as written:
        assert written.testzip() is None  # every CRC checks out with the standard zlib
        info = written.getinfo("catalogue.json")
        assert info.compress_type == zipfile.ZIP_DEFLATED
        assert info.compress_size < info.file_size / 2
    assert len(read_films(path)) == len(generated_source.search("").ids)


def test_exporting_into_a_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(FormatError, match="could not be written"):
        native.write([FilmRecord("x")], tmp_path / "no" / "such.filmdesk")


def test_the_fast_film_json_is_to_json(
    generated_source: CatalogueService, full_film: FilmRecord
) -> None:
    films = [full_film, FilmRecord("Bare"), *generated_source.films(generated_source.search(
        "year:<1940").ids)]
    for film in films:
        assert native.film_json(film) == film.to_json()
        assert list(native.film_json(film)) == list(film.to_json())  # same key order


def test_the_export_reader_reads_what_the_catalogue_reader_reads(
    generated_source: CatalogueService, full_film: FilmRecord, catalogue: CatalogueService
) -> None:
    ids = generated_source.search("").ids
    assert list(generated_source.stream_films(ids, batch_size=97)) == generated_source.films(ids)
    assert list(generated_source.stream_films(ids[:5], with_posters=False)) == \
        generated_source.films(ids[:5], with_posters=False)
    catalogue.add_films([full_film, replace(full_film, uuid=None, title="Blue Valentine",
                                            year=2010, similar=())])
    ids = catalogue.search("").ids
    assert list(catalogue.stream_films(ids)) == catalogue.films(ids)
    assert list(catalogue.stream_films([*ids, 9999])) == catalogue.films(ids)


# --- reading any valid JSON layout, in any chunking -----------------------------------------------


def test_pretty_printed_json_with_keys_in_any_order(tmp_path: Path) -> None:
    text = json.dumps(
        {"films": [{"title": "B", "year": 1990}, {"year": 1991, "title": "C"}],
         "schema_version": 1, "format": "filmdesk", "extra": {"ignored": [1, 2]}},
        indent=4,
    )
    films = read_films(archive(tmp_path / "p.filmdesk", text))
    assert [(f.title, f.year) for f in films] == [("B", 1990), ("C", 1991)]


@pytest.mark.parametrize("chunk", [1, 2, 3, 7, 64])
def test_values_split_across_chunks_are_read_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, full_film: FilmRecord, chunk: int
) -> None:
    monkeypatch.setattr(native, "CHUNK_BYTES", chunk)
    film = replace(full_film, poster=None)
    text = json.dumps(json.loads(catalogue_json(
        film.to_json(), {"title": "Zweite", "year": 2001, "budget": 123456789})), indent=1)
    path = archive(tmp_path / "c.filmdesk", "\n\n" + text)
    films = read_films(path)
    assert films == [film, FilmRecord("Zweite", year=2001, budget=123456789)]


def test_problems_name_the_film_and_its_line(tmp_path: Path) -> None:
    text = '{"format":"filmdesk","schema_version":1,"films":[\n{"title":"A"},\n\n{"title":7}\n]}'
    items = read_items(archive(tmp_path / "l.filmdesk", text))
    assert isinstance(items[0], ImportedFilm) and items[0].location == "l.filmdesk film 1 (line 2)"
    assert isinstance(items[1], ImportProblem)
    assert items[1].location == "l.filmdesk film 2 (line 4)"
    assert "title" in items[1].reason


def test_an_empty_catalogue(tmp_path: Path) -> None:
    assert read_items(archive(tmp_path / "e.filmdesk", catalogue_json())) == []


# --- bad files: whole-file errors ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"format":"filmdesk","schema_version":1,"films":[{"title":"A"},{"title":', "truncated"),
        ('{"format":"filmdesk","schema_version":1,"films":[{"title":"A"}', "truncated"),
        ('{"format":"filmdesk","schema_version":1,"films":[{"title":"A"}}', "expected"),
        ('{"format":"filmdesk","schema_version":1,"films":[{"title" "A"}]}', "not valid JSON"),
        ('{"format":"filmdesk","schema_version":1,"films":[]} trailing', "more data"),
        ('{"format":"filmdesk","schema_version":1}', "no film list"),
        ('{"format":"tellico","schema_version":1,"films":[]}', "not a filmdesk catalogue"),
        ('{"schema_version":1,"films":[]}', "not a filmdesk catalogue"),
        ('{"format":"filmdesk","schema_version":"1","films":[]}', "schema_version"),
        ('{"format":"filmdesk","schema_version":7,"films":[]}', "newer filmdesk"),
        ("[]", "not a JSON object"),
        ("", "not a JSON object"),
        ('{"format":"filmdesk","schema_version":1,"films":[' + "[" * 100_000, "cannot be read"),
        ('{"format":"filmdesk","schema_version":1,"films":[{"year":' + "9" * 5000 + "}]}",
         "cannot be read"),
    ],
)
def test_malformed_or_truncated_json_is_refused_with_the_line(
    tmp_path: Path, text: str, message: str
) -> None:
    with pytest.raises(FormatError, match=message) as caught:
        # Stored: "[" 100,000 times would otherwise be refused as a zip bomb first.
        list(native.read(archive(tmp_path / "bad.filmdesk", text,
                                 compression=zipfile.ZIP_STORED)))
    assert "bad.filmdesk" in str(caught.value)


def test_text_that_is_not_utf8_is_refused(tmp_path: Path) -> None:
    text = catalogue_json({"title": "Am\u00e9lie"}).encode("latin-1")
    with pytest.raises(FormatError, match="not UTF-8"):
        list(native.read(archive(tmp_path / "latin.filmdesk", text)))


def test_a_zip_without_catalogue_json(tmp_path: Path) -> None:
    path = archive(tmp_path / "other.filmdesk", None, {"other": b"hello"})
    with pytest.raises(FormatError, match="no catalogue.json"):
        list(native.read(path))


def test_not_a_zip_at_all(tmp_path: Path) -> None:
    path = tmp_path / "text.filmdesk"
    path.write_text("just text")
    with pytest.raises(FormatError, match="not a readable zip"):
        list(native.read(path))


def test_a_member_that_escapes_the_archive_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "escape.filmdesk"
    with zipfile.ZipFile(path, "w") as out:
        out.writestr("catalogue.json", catalogue_json())
        out.writestr(zipfile.ZipInfo("../../x"), b"gotcha")
    with pytest.raises(FormatError, match="outside the archive"):
        list(native.read(path))
    assert not (tmp_path.parent.parent / "x").exists()


def test_a_zip_bomb_is_refused_before_it_is_inflated(tmp_path: Path) -> None:
    path = tmp_path / "bomb.filmdesk"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as out:
        out.writestr("catalogue.json", catalogue_json())
        out.writestr("posters/x.jpg", b"\0" * (20 * 1024 * 1024))
    with pytest.raises(FormatError, match="zip bomb"):
        list(native.read(path))


def test_a_damaged_member_is_a_format_error(
    generated_source: CatalogueService, tmp_path: Path
) -> None:
    path = tmp_path / "damaged.filmdesk"
    export_films(generated_source, path, query="year:<1950")
    data = bytearray(path.read_bytes())
    info = zipfile.ZipFile(path).getinfo("catalogue.json")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    for offset in range(start + 200, start + 260):
        data[offset] ^= 0x5A
    path.write_bytes(bytes(data))
    with pytest.raises(FormatError):
        list(native.read(path))


def test_a_truncated_archive_is_a_format_error(
    generated_source: CatalogueService, tmp_path: Path
) -> None:
    path = tmp_path / "cut.filmdesk"
    export_films(generated_source, path, query="year:<1950")
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    with pytest.raises(FormatError):
        list(native.read(path))


# --- bad films: problems for that film only ------------------------------------------------


def png_bytes(size: tuple[int, int] = (4, 6)) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", size, (1, 2, 3)).save(out, format="PNG")
    return out.getvalue()


def poster_entry(image: str = "posters/a.png", thumb: str = "posters/a.thumb.png",
                 mime: str = "image/png") -> dict[str, Any]:
    return {"image": image, "thumbnail": thumb, "mime_type": mime, "width": 4, "height": 6}


@pytest.mark.parametrize(
    ("film", "reason"),
    [
        ({"title": 5}, "title"),
        ({"year": 1999}, "title"),
        ({"title": "x", "year": "1999"}, "year: expected a number"),
        ({"title": "x", "watched": "yes"}, "watched"),
        ({"title": "x", "cast": "Meg Ryan"}, "cast: expected a list"),
        ({"title": "x", "cast": [{"character": "Kate"}]}, "cast #1: person"),
        ({"title": "x", "cast": [{"person": 3}]}, "cast #1: person"),
        ({"title": "x", "timeline": [{"text": "t", "spoiler": "no"}]}, "spoiler"),
        ({"title": "x", "genres": ["Drama", 4]}, "genres"),
        ({"title": "x", "similar": [{"title": "y", "year": "1990"}]}, "similar #1: year"),
        ({"title": "x", "uuid": "not-a-uuid"}, "uuid"),
        ({"title": "x", "release_date": "yesterday"}, "release_date"),
        ({"title": "x", "year": 1999.5}, "year"),
        ({"title": "x", "budget": 1e999}, "budget"),
        ({"title": "x", "viewings": ["2020-13-01"]}, "viewings"),
        ({"title": "x", "added_at": "noon"}, "added_at"),
        ("just a string", "JSON object"),
        ({"title": "x", "poster": poster_entry(image="posters/missing.png")}, "no file"),
        ({"title": "x", "poster": poster_entry(image="posters/fake.png")}, "not an image"),
        ({"title": "x", "poster": poster_entry(mime="image/jpeg")}, "is image/png"),
        ({"title": "x", "poster": poster_entry(mime="image/tiff")}, "not a poster type"),
        ({"title": "x", "poster": {**poster_entry(), "width": -1}}, "width"),
        ({"title": "x", "poster": "posters/a.png"}, "poster"),
    ],
)
def test_a_bad_film_is_a_problem_and_the_others_import(
    tmp_path: Path, film: Any, reason: str
) -> None:
    text = catalogue_json({"title": "Good"}, film, {"title": "Also good"})
    path = archive(tmp_path / "f.filmdesk", text, {
        "posters/a.png": png_bytes(), "posters/a.thumb.png": png_bytes((2, 3)),
        "posters/fake.png": b"\x89PNG\r\n\x1a\nthis is not an image",
    })
    items = read_items(path)
    assert [type(i).__name__ for i in items] == ["ImportedFilm", "ImportProblem", "ImportedFilm"]
    problem = items[1]
    assert isinstance(problem, ImportProblem)
    assert problem.location == "f.filmdesk film 2 (line 1)"
    assert reason in problem.reason


def test_absurd_values_are_rejected_by_the_import_with_reasons(
    tmp_path: Path, catalogue: CatalogueService
) -> None:
    text = catalogue_json(
        {"title": "Fine", "year": 1999},
        {"title": "Far future", "year": 99999},
        {"title": "Backwards", "runtime": -90},
        {"title": "x" * (10 * 1024 * 1024)},
        {"title": "Also fine"},
    )
    path = archive(tmp_path / "absurd.filmdesk", text, compression=zipfile.ZIP_STORED)
    plan = plan_import(catalogue, [path])
    reasons = {p.location.split()[2]: p.reason for p in plan.rejected}
    assert set(reasons) == {"2", "3", "4"}
    assert "year" in reasons["2"] and "runtime" in reasons["3"] and "title" in reasons["4"]
    summary = run_import(catalogue, plan)
    assert summary.added == 2 and catalogue.count() == 2


def test_a_poster_bomb_is_not_decoded(tmp_path: Path) -> None:
    # A PNG header claiming 100,000 × 100,000 pixels: refused from its header alone.
    import struct
    import zlib

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(
            ">I", zlib.crc32(kind + body))

    bomb = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 100_000, 100_000,
                                                           8, 2, 0, 0, 0)) + chunk(b"IEND", b"")
    entry = {**poster_entry(image="posters/bomb.png"), "width": 100_000, "height": 100_000}
    path = archive(tmp_path / "b.filmdesk", catalogue_json({"title": "x", "poster": entry}),
                   {"posters/bomb.png": bomb, "posters/a.thumb.png": png_bytes()})
    (problem,) = read_items(path)
    assert isinstance(problem, ImportProblem) and "not an image" in problem.reason


# --- fuzzing: never anything but films, problems or a FormatError --------------------------------


def outcome(path: Path) -> list[ImportedFilm | ImportProblem]:
    """Read ``path``; a FormatError is a fine answer, any other exception fails the test."""
    try:
        items = read_items(path)
    except FormatError as exc:
        assert str(exc).startswith(str(path))
        return []
    for item in items:
        if isinstance(item, ImportedFilm):
            with contextlib.suppress(ValidationError):
                validate_film(item.film)
    return items


FUZZ = settings(max_examples=60, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])


@FUZZ
@given(data=st.binary(max_size=3000))
def test_random_bytes(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "random.filmdesk"
    path.write_bytes(data)
    outcome(path)


@pytest.fixture(scope="module")
def small_export(tmp_path_factory: pytest.TempPathFactory, posters: list[Poster]) -> bytes:
    service = CatalogueService.open(tmp_path_factory.mktemp("small") / "s.sqlite")
    films = list(generate_films(6, seed=3))
    films[1] = replace(films[1], poster=posters[0])
    service.add_films(films)
    path = tmp_path_factory.mktemp("small") / "small.filmdesk"
    export_films(service, path)
    service.close()
    return path.read_bytes()


@FUZZ
@given(cut=st.integers(min_value=0, max_value=10**9))
def test_truncated_exports(tmp_path: Path, small_export: bytes, cut: int) -> None:
    path = tmp_path / "cut.filmdesk"
    path.write_bytes(small_export[: cut % len(small_export)])
    outcome(path)


@FUZZ
@given(data=st.data())
def test_mangled_catalogue_json(tmp_path: Path, small_export: bytes, data: st.DataObject) -> None:
    with zipfile.ZipFile(io.BytesIO(small_export)) as zipped:
        text = zipped.read("catalogue.json").decode()
        members = {n: zipped.read(n) for n in zipped.namelist() if n != "catalogue.json"}
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, min(len(text), start + 40)))
    filler = data.draw(st.sampled_from(
        ["", "{", "}", "[", "]", ",", ":", '"', "null", "1e999", "-", "\\u12", "\n", "true"]
        + [data.draw(st.text(max_size=8))]
    ))
    path = archive(tmp_path / "m.filmdesk", text[:start] + filler + text[end:], members)
    outcome(path)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(film_list=st.lists(films(), max_size=4))
def test_random_films_round_trip_through_the_format(
    tmp_path: Path, film_list: list[FilmRecord]
) -> None:
    path = tmp_path / "random.filmdesk"
    native.write(film_list, path)
    assert read_films(path) == [portable(f) for f in film_list]
    for film in film_list:  # and what is written is FilmRecord's own JSON
        assert native.film_json(film) == film.to_json()
        assert FilmRecord.from_json(film.to_json()) == portable(film)


@settings(max_examples=5, deadline=None)
@given(film_list=st.lists(films(), min_size=1, max_size=4, unique_by=lambda f: f.uuid))
def test_random_catalogues_round_trip(film_list: list[FilmRecord]) -> None:
    # Whole catalogues, through the database both ways (the writer folds and trims names,
    # so source and copy are compared as the catalogue holds them).
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        source = CatalogueService.open(Path(folder) / "a.sqlite")
        target = CatalogueService.open(Path(folder) / "b.sqlite")
        try:
            source.add_films(film_list)
            export_films(source, Path(folder) / "a.filmdesk")
            summary = run_import(target, plan_import(target, [Path(folder) / "a.filmdesk"]))
            assert summary.added == len(film_list)
            assert_same_catalogue(source, target)
        finally:
            source.close()
            target.close()


def test_a_record_too_large_to_be_a_film(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(native, "MAX_RECORD_CHARS", 1000)
    monkeypatch.setattr(native, "CHUNK_BYTES", 100)
    text = catalogue_json({"title": "x", "notes": "n" * 5000})
    with pytest.raises(FormatError, match="longer than"):
        list(native.read(archive(tmp_path / "big.filmdesk", text)))


def test_reports_progress(tmp_path: Path) -> None:
    seen: list[int] = []
    path = archive(tmp_path / "p.filmdesk", catalogue_json({"title": "a"}, {"title": "b"}))
    list(native.read(path, seen.append))
    assert seen == [1, 2]


def test_nulls_inside_list_items_are_defaults(tmp_path: Path) -> None:
    text = catalogue_json({"title": "x", "timeline": [{"text": "t", "marker": None,
                                                       "spoiler": None}],
                           "cast": [{"person": "p", "character": None}], "currency": None})
    (film,) = read_films(archive(tmp_path / "n.filmdesk", text))
    assert film == FilmRecord("x", timeline=(TimelineEvent("t"),), cast=(CastCredit("p"),))
    validate_film(film)


def test_dates_and_times_keep_their_zone(tmp_path: Path) -> None:
    text = catalogue_json({"title": "x", "added_at": "2024-12-31T23:30:00-02:00"},
                          {"title": "y", "added_at": "2024-12-31T23:30:00"})
    first, second = read_films(archive(tmp_path / "t.filmdesk", text))
    assert first.added_at == dt.datetime(2025, 1, 1, 1, 30, tzinfo=dt.UTC)
    assert second.added_at == dt.datetime(2024, 12, 31, 23, 30, tzinfo=dt.UTC)
