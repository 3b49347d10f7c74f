# SPDX-License-Identifier: GPL-3.0-or-later
"""The import pipeline: matching, merging, one transaction, backups, export, the CLI."""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from interchange_helpers import all_films, assert_same_catalogue, portable

from filmdesk import cli
from filmdesk.catalogue.dto import FilmRecord, Poster
from filmdesk.catalogue.service import BulkWrite, CatalogueService
from filmdesk.interchange import importing, native
from filmdesk.interchange.base import FormatError
from filmdesk.interchange.importing import (
    ImportCancelled,
    ImportRefused,
    OnDuplicate,
    export_films,
    merge_fill,
    merge_replace,
    plan_import,
    run_import,
)

D = dt.date


def csv_file(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def native_file(path: Path, films: list[FilmRecord]) -> Path:
    native.write(films, path)
    return path


def import_all(service: CatalogueService, *paths: Path, mode: str = "skip", **kw: Any) -> Any:
    return run_import(service, plan_import(service, list(paths)), mode, **kw)


@pytest.fixture
def shelf(catalogue: CatalogueService) -> dict[str, FilmRecord]:
    """Four catalogue films, by label, that the matching tests aim at."""
    films = {
        "vegas": FilmRecord("Leaving Las Vegas", uuid="00000000-0000-4000-8000-000000000001",
                            year=1995, directors=("Mike Figgis",), imdb_id="tt0113627"),
        "amelie": FilmRecord("Amélie", uuid="00000000-0000-4000-8000-000000000002", year=2001,
                             directors=("Jean-Pierre Jeunet",), tmdb_id="194"),
        "crash": FilmRecord("Crash", uuid="00000000-0000-4000-8000-000000000003", year=1996,
                            directors=("David Cronenberg",)),
        "nosferatu": FilmRecord("Nosferatu", uuid="00000000-0000-4000-8000-000000000004",
                                year=1922),
    }
    ids = catalogue.add_films(films.values())
    return {label: catalogue.film(i) for label, i in zip(films, ids, strict=True)}


def matched(service: CatalogueService, tmp_path: Path, *films: FilmRecord) -> list[int | None]:
    plan = plan_import(service, [native_file(tmp_path / "in.filmdesk", list(films))])
    return [p.match_id for p in plan.films]


# --- matching ----------------------------------------------------------------------------------


def test_matching_order_uuid_then_imdb_then_tmdb_then_title(
    catalogue: CatalogueService, shelf: dict[str, FilmRecord], tmp_path: Path
) -> None:
    vegas, amelie, crash, nosferatu = (shelf[k] for k in ("vegas", "amelie", "crash", "nosferatu"))
    # One import each: records of one import that share an id are folded into one film.
    found = [matched(catalogue, tmp_path, film)[0] for film in (
        # uuid wins over an IMDb id that names another film
        FilmRecord("Whatever", uuid=nosferatu.uuid, imdb_id="tt0113627"),
        # IMDb id wins over a TMDb id naming another film
        FilmRecord("Something", imdb_id="tt0113627", tmdb_id="194"),
        FilmRecord("Fabuleux destin", tmdb_id="194"),
        # title folded (case, accents, a leading article) and year
        FilmRecord("the AMELIE", year=2001),
        FilmRecord("Crash", year=1996, directors=("david cronenberg", "Someone")),
    )]
    assert found == [nosferatu.id, vegas.id, amelie.id, amelie.id, crash.id]


def test_title_matches_need_the_same_year_a_shared_director_and_no_other_ids(
    catalogue: CatalogueService, shelf: dict[str, FilmRecord], tmp_path: Path
) -> None:
    found = [matched(catalogue, tmp_path, film)[0] for film in (
        FilmRecord("Crash", year=2004, directors=("Paul Haggis",)),  # another year
        FilmRecord("Crash", year=1996, directors=("Paul Haggis",)),  # another director
        FilmRecord("Crash", year=1996),  # no director to compare: same film
        FilmRecord("Leaving Las Vegas", year=1995, imdb_id="tt9999999"),  # another IMDb id
        FilmRecord("Nosferatu"),  # no year
    )]
    assert found == [None, None, shelf["crash"].id, None, None]


def test_a_catalogue_film_named_by_uuid_is_that_record_s_alone(
    catalogue: CatalogueService, shelf: dict[str, FilmRecord], tmp_path: Path
) -> None:
    # Two copies of one film (DVD and Blu-ray, say) exported from another catalogue: the
    # one with our uuid is ours, the other must not be folded into it by its IMDb id.
    vegas = shelf["vegas"]
    copy = FilmRecord("Leaving Las Vegas", uuid="99999999-0000-4000-8000-000000000009",
                      year=1995, imdb_id="tt0113627", tags=("blu-ray",))
    assert matched(catalogue, tmp_path, vegas, copy) == [vegas.id, None]
    # From someone else's catalogue (no uuid of ours) the IMDb id finds it.
    assert matched(catalogue, tmp_path, copy) == [vegas.id]


def test_records_of_one_film_in_one_import_are_folded(
    catalogue: CatalogueService, tmp_path: Path
) -> None:
    path = csv_file(tmp_path / "diary.csv", (
        "Name,Year,Rating,Watched Date,Tags\n"
        "Amélie,2001,4.5,2020-01-05,paris\n"
        "Nosferatu,1922,,2021-10-31,\n"
        "amelie,2001,,2023-02-14,favourite\n"
    ))
    plan = plan_import(catalogue, [path])
    assert (len(plan.films), plan.merged) == (2, 1)
    summary = run_import(catalogue, plan)
    assert (summary.added, summary.merged) == (2, 1)
    amelie = catalogue.find("Amélie (2001)")
    assert amelie.viewings == (D(2020, 1, 5), D(2023, 2, 14))
    assert (amelie.rating, amelie.tags, amelie.watched) == (4.5, ("paris", "favourite"), True)


def test_records_with_different_uuids_stay_apart(
    catalogue: CatalogueService, tmp_path: Path
) -> None:
    twins = [FilmRecord("Twins", year=1988, uuid=f"00000000-0000-4000-8000-00000000000{n}")
             for n in (1, 2)]
    summary = import_all(catalogue, native_file(tmp_path / "t.filmdesk", twins))
    assert summary.added == 2 and catalogue.count() == 2


# --- merging ------------------------------------------------------------------------------------


def test_fill_only_fills_empty_fields_and_unites_dates_and_tags() -> None:
    existing = FilmRecord("A", id=1, uuid="u", version=3, year=1990, rating=3.0,
                          viewings=(D(2020, 1, 1), D(2020, 1, 1)), tags=("Noir",),
                          synopsis="", budget=None, currency="USD")
    incoming = FilmRecord("A (other title)", year=1991, rating=5.0, synopsis="Told well.",
                          viewings=(D(2020, 1, 1), D(2022, 5, 5)), tags=("noir", "rainy"),
                          watched=True, budget=1000, currency="EUR")
    merged = merge_fill(existing, incoming)
    assert merged == replace(
        existing, synopsis="Told well.", watched=True, budget=1000, currency="EUR",
        viewings=(D(2020, 1, 1), D(2020, 1, 1), D(2022, 5, 5)), tags=("Noir", "rainy"),
    )
    assert merge_fill(merged, incoming) == merged  # nothing left to fill


def test_replace_field_by_field_keeps_what_the_source_does_not_hold(poster: Poster) -> None:
    added = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
    existing = FilmRecord("A", id=1, uuid="u", version=2, plot="Long plot.", poster=poster,
                          rating=2.0, added_at=added)
    incoming = FilmRecord("A", rating=4.5, uuid="other", added_at=dt.datetime.now(dt.UTC))
    assert merge_replace(existing, incoming, whole=False) == replace(existing, rating=4.5)
    whole = merge_replace(existing, incoming, whole=True)
    assert whole == replace(incoming, id=1, uuid="u", version=2, added_at=added)


@pytest.fixture
def poster(posters: list[Poster]) -> Poster:
    return posters[0]


def test_the_three_modes_on_a_catalogue(
    catalogue: CatalogueService, shelf: dict[str, FilmRecord], tmp_path: Path
) -> None:
    path = csv_file(tmp_path / "ratings.csv", (
        "Title,Year,Rating,Synopsis,Watched Date\n"
        "Leaving Las Vegas,1995,4.5,A screenwriter drinks.,2024-01-01\n"
        "Brand New,2020,3,,\n"
    ))
    before = all_films(catalogue)
    skipped = import_all(catalogue, path, mode="skip")
    assert (skipped.added, skipped.skipped, skipped.updated) == (1, 1, 0)
    assert all_films(catalogue)[shelf["vegas"].uuid or ""] == before[shelf["vegas"].uuid or ""]

    filled = import_all(catalogue, path, mode="fill")
    assert (filled.added, filled.updated) == (0, 1) and filled.unchanged == 1
    vegas = catalogue.film(shelf["vegas"].id or 0)
    assert (vegas.rating, vegas.synopsis, vegas.viewings) == (
        4.5, "A screenwriter drinks.", (D(2024, 1, 1),))
    assert vegas.directors == ("Mike Figgis",) and vegas.imdb_id == "tt0113627"

    catalogue.set_rating([vegas.id or 0], 2.0)
    assert import_all(catalogue, path, mode="fill").unchanged == 2  # a rating is kept
    replaced = import_all(catalogue, path, mode="replace")
    assert replaced.updated == 1 and replaced.backup is not None and replaced.backup.exists()
    vegas = catalogue.film(vegas.id or 0)
    assert vegas.rating == 4.5 and vegas.directors == ("Mike Figgis",)
    assert vegas.uuid == shelf["vegas"].uuid and vegas.added_at == shelf["vegas"].added_at
    assert catalogue.count() == 5


def test_a_native_replace_restores_a_film_whole(
    catalogue: CatalogueService, full_film: FilmRecord, tmp_path: Path
) -> None:
    (film_id,) = catalogue.add_films([full_film])
    path = tmp_path / "backup.filmdesk"
    export_films(catalogue, path)
    saved = catalogue.film(film_id)
    catalogue.update_film(replace(saved, plot="", tags=(), poster=None, rating=1.0))
    summary = import_all(catalogue, path, mode="replace")
    assert summary.updated == 1
    restored = catalogue.film(film_id)
    assert portable(replace(restored, updated_at=None)) == portable(
        replace(saved, updated_at=None))


def test_letterboxd_style_import_over_a_catalogue_adds_dates_and_ratings(
    catalogue: CatalogueService, tmp_path: Path
) -> None:
    tellico_like = csv_file(tmp_path / "collection.csv", (
        "Title,Year,Director,Genre,Plot\n"
        "Leaving Las Vegas,1995,Mike Figgis,Drama,Ben drinks.\n"
        "The Lost Weekend,1945,Billy Wilder,Drama,Don drinks.\n"
    ))
    diary = csv_file(tmp_path / "diary.csv", (
        "Date,Name,Year,Letterboxd URI,Rating,Rewatch,Tags,Watched Date\n"
        "2024-01-02,Leaving Las Vegas,1995,https://boxd.it/a,4.5,,,2024-01-01\n"
        "2024-03-02,Leaving Las Vegas,1995,https://boxd.it/a,4.5,Yes,,2024-03-01\n"
        "2024-04-02,Lost Weekend,1945,https://boxd.it/b,4,,,2024-04-01\n"
    ))
    assert import_all(catalogue, tellico_like).added == 2
    summary = run_import(catalogue, plan_import(catalogue, [diary], "csv"), "fill")
    assert (summary.added, summary.updated) == (0, 2)
    assert catalogue.count() == 2
    vegas = catalogue.find("Leaving Las Vegas")
    assert vegas.viewings == (D(2024, 1, 1), D(2024, 3, 1)) and vegas.rating == 4.5
    assert vegas.plot == "Ben drinks." and vegas.directors == ("Mike Figgis",)
    assert catalogue.find("The Lost Weekend").rating == 4.0


# --- one transaction -----------------------------------------------------------------------------


@pytest.fixture
def big_import(tmp_path: Path, generated_source: CatalogueService) -> Path:
    path = tmp_path / "big.filmdesk"
    export_films(generated_source, path)
    return path


def test_an_error_midway_leaves_the_catalogue_exactly_as_it_was(
    catalogue: CatalogueService, shelf: dict[str, FilmRecord], big_import: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = all_films(catalogue)
    plan = plan_import(catalogue, [big_import])
    monkeypatch.setattr(importing, "_ADD_BATCH", 100)
    calls = 0
    original = BulkWrite.add

    def failing_add(self: BulkWrite, films: Any) -> list[int]:
        nonlocal calls
        calls += 1
        if calls == 2:
            raise RuntimeError("disk on fire")
        return original(self, films)

    monkeypatch.setattr(BulkWrite, "add", failing_add)
    with pytest.raises(RuntimeError, match="disk on fire"):
        run_import(catalogue, plan, "fill")
    assert calls == 2  # the first batch had been written, and is gone again
    assert all_films(catalogue) == before


def test_cancel_rolls_everything_back(
    catalogue: CatalogueService, shelf: dict[str, FilmRecord], big_import: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = all_films(catalogue)
    plan = plan_import(catalogue, [big_import])
    monkeypatch.setattr(importing, "_ADD_BATCH", 100)
    seen: list[tuple[int, int]] = []
    with pytest.raises(ImportCancelled):
        run_import(catalogue, plan, "replace", progress=lambda d, t: seen.append((d, t)),
                   cancel=lambda: bool(seen) and seen[-1][0] >= 200)
    assert seen and seen[-1][1] == len(plan.films)
    assert all_films(catalogue) == before


def test_cancel_while_reading(catalogue: CatalogueService, big_import: Path) -> None:
    with pytest.raises(ImportCancelled):
        plan_import(catalogue, [big_import], cancel=lambda: True)


def test_strict_refuses_everything_when_a_record_is_rejected(
    catalogue: CatalogueService, tmp_path: Path
) -> None:
    path = csv_file(tmp_path / "x.csv", "Title,Year\nGood,1999\nBad,99999\n")
    with pytest.raises(ImportRefused, match="1 record") as caught:
        run_import(catalogue, plan_import(catalogue, [path]), allow_rejected=False)
    assert caught.value.rejected[0].location == "x.csv line 3"
    assert catalogue.count() == 0
    assert run_import(catalogue, plan_import(catalogue, [path])).added == 1


def test_dry_run_says_what_would_happen_and_changes_nothing(
    catalogue: CatalogueService, shelf: dict[str, FilmRecord], tmp_path: Path
) -> None:
    path = csv_file(tmp_path / "x.csv", "Title,Year,Rating\nCrash,1996,4\nNew,2000,\n")
    before = all_films(catalogue)
    summary = import_all(catalogue, path, mode="replace", dry_run=True)
    assert (summary.added, summary.updated, summary.dry_run) == (1, 1, True)
    assert summary.backup is None and "would be added" in summary.text()
    assert all_films(catalogue) == before
    assert not list(tmp_path.glob("*.before-import-*"))


def test_backup_only_before_a_replacing_import(
    catalogue: CatalogueService, shelf: dict[str, FilmRecord], tmp_path: Path
) -> None:
    path = csv_file(tmp_path / "x.csv", "Title,Year,Rating\nCrash,1996,4\n")
    assert import_all(catalogue, path, mode="fill").backup is None
    summary = import_all(catalogue, path, mode="replace")
    assert summary.backup is not None
    copy = CatalogueService.open(summary.backup, create=False)
    try:
        assert copy.count() == 4 and copy.find("Crash").rating == 4.0  # the state before
    finally:
        copy.close()


def test_a_file_changed_after_planning_is_refused(
    catalogue: CatalogueService, tmp_path: Path
) -> None:
    path = csv_file(tmp_path / "x.csv", "Title\nA\n")
    plan = plan_import(catalogue, [path])
    csv_file(path, "Title\nA\nB\n")
    os.utime(path, ns=(1, 1))
    with pytest.raises(FormatError, match="changed"):
        run_import(catalogue, plan)
    assert catalogue.count() == 0


def test_a_matched_film_deleted_meanwhile_is_added_again(
    catalogue: CatalogueService, shelf: dict[str, FilmRecord], tmp_path: Path
) -> None:
    path = csv_file(tmp_path / "x.csv", "Title,Year\nCrash,1996\n")
    plan = plan_import(catalogue, [path])
    catalogue.delete_films([shelf["crash"].id or 0])
    summary = run_import(catalogue, plan, "fill")
    assert summary.added == 1 and catalogue.find("Crash").year == 1996


def test_an_unreadable_file_stops_the_plan_with_its_name(
    catalogue: CatalogueService, tmp_path: Path
) -> None:
    good = csv_file(tmp_path / "good.csv", "Title\nA\n")
    bad = tmp_path / "bad.filmdesk"
    bad.write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(FormatError, match="bad.filmdesk"):
        plan_import(catalogue, [good, bad])
    with pytest.raises(FormatError, match="good.csv: not a readable zip"):
        plan_import(catalogue, [good], "native")
    with pytest.raises(FormatError, match="does not exist"):
        plan_import(catalogue, [tmp_path / "missing.csv"])


# --- export -------------------------------------------------------------------------------------


def test_export_format_from_the_extension_or_the_option(
    generated_source: CatalogueService, tmp_path: Path
) -> None:
    assert export_films(generated_source, tmp_path / "a.csv", query="year:<1925").films > 0
    assert (tmp_path / "a.csv").read_bytes().startswith(b"\xef\xbb\xbfuuid,title")
    export_films(generated_source, tmp_path / "b.data", "native", query="year:<1925")
    assert native.FORMAT.sniff(tmp_path / "b.data", (tmp_path / "b.data").read_bytes()[:10])
    with pytest.raises(FormatError, match="extension"):
        export_films(generated_source, tmp_path / "c.unknown")


def test_an_empty_search_exports_an_empty_file(
    generated_source: CatalogueService, catalogue: CatalogueService, tmp_path: Path
) -> None:
    path = tmp_path / "none.filmdesk"
    assert export_films(generated_source, path, query="title:zzzzzzzz").films == 0
    assert import_all(catalogue, path).added == 0


@pytest.mark.slow  # about a minute: the issue asks for a 10k round trip, so it runs
def test_ten_thousand_films_round_trip(
    make_catalogue: Any, tmp_path: Path, posters: list[Poster]
) -> None:
    from interchange_helpers import with_posters

    from filmdesk.catalogue.generator import generate_films

    source = make_catalogue("source10k")
    source.add_films(with_posters(generate_films(10_000, seed=42), posters, every=50))
    path = tmp_path / "10k.filmdesk"
    assert export_films(source, path).films == 10_000
    target = make_catalogue("target10k")
    assert import_all(target, path).added == 10_000
    assert_same_catalogue(source, target)


# --- command line --------------------------------------------------------------------------------


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_import_export_round_trip(
    generated_source: CatalogueService, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = str(generated_source.path)
    code, out, err = run_cli(capsys, "export", str(tmp_path / "e.filmdesk"), "--query",
                             "year:<1950", "--database", source)
    # No progress bar: stderr is not a terminal.
    assert code == 0 and "80 films exported to" in out and err == ""
    target = str(tmp_path / "cli.sqlite")
    code, out, _ = run_cli(capsys, "import", str(tmp_path / "e.filmdesk"), "--dry-run",
                           "--database", target)
    assert code == 1 and not Path(target).exists()  # a dry run does not create a catalogue
    code, out, _ = run_cli(capsys, "import", str(tmp_path / "e.filmdesk"), "--json",
                           "--database", target)
    summary = json.loads(out)
    assert code == 0 and summary["added"] == len(generated_source.search("year:<1950").ids)
    code, out, _ = run_cli(capsys, "import", str(tmp_path / "e.filmdesk"), "--dry-run",
                           "--on-duplicate", "fill", "--database", target)
    assert code == 0 and "would be added" in out
    code, out, _ = run_cli(capsys, "export", str(tmp_path / "e.csv"), "--json",
                           "--database", target)
    assert json.loads(out)["not_exported"].get("poster", 0) >= 0


def test_cli_bad_input_is_one_line_and_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = str(tmp_path / "cli.sqlite")
    junk = tmp_path / "junk.filmdesk"
    junk.write_bytes(b"\x00\x01 nothing")
    code, _, err = run_cli(capsys, "import", str(junk), "--database", target)
    assert code == 1 and err.count("\n") == 1 and "junk.filmdesk" in err
    code, _, err = run_cli(capsys, "import", str(junk), "--format", "nope", "--database", target)
    assert code == 1 and "Unknown format" in err
    bad = csv_file(tmp_path / "bad.csv", "Title,Year\nGood,1999\nBad,99999\n")
    code, out, err = run_cli(capsys, "import", str(bad), "--strict", "--database", target)
    assert code == 1 and "refused" in err and "bad.csv line 3" in err
    code, out, _ = run_cli(capsys, "import", str(bad), "--database", target, "--json")
    summary = json.loads(out)
    assert code == 0 and summary["added"] == 1
    assert summary["rejected"] == [{"location": "bad.csv line 3",
                                    "reason": summary["rejected"][0]["reason"]}]
    code, _, err = run_cli(capsys, "export", str(tmp_path / "x.csv"), "--query", "year:(",
                           "--database", target)
    assert code == 1 and err.startswith("filmdesk:")


def test_cli_progress_bar_on_a_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = csv_file(tmp_path / "x.csv", "Title\n" + "".join(f"Film {n}\n" for n in range(300)))
    monkeypatch.setattr("sys.stderr.isatty", lambda: True)
    code, out, err = run_cli(capsys, "import", str(path), "--database",
                             str(tmp_path / "c.sqlite"))
    assert code == 0 and "300 films were added" in out
    assert "Importing [" in err and "300/300" in err


def test_the_same_films_as_csv_over_their_native_import_change_nothing(
    generated_source: CatalogueService, make_catalogue: Any, tmp_path: Path
) -> None:
    target = make_catalogue("twice")
    query = "year:<1960"
    count = export_films(generated_source, tmp_path / "some.filmdesk", query=query).films
    export_films(generated_source, tmp_path / "some.csv", query=query)
    import_all(target, tmp_path / "some.filmdesk")
    before = all_films(target)
    summary = import_all(target, tmp_path / "some.csv", mode=OnDuplicate.FILL)
    assert (summary.added, summary.updated, summary.unchanged) == (0, 0, count)
    assert all_films(target) == before

