# SPDX-License-Identifier: GPL-3.0-or-later
"""The `filmdesk` subcommands, called in-process (and once as a real process)."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from pathlib import Path

import pytest

from filmdesk.catalogue.dto import FilmRecord, SortKey
from filmdesk.catalogue.service import CatalogueService
from filmdesk.cli import main
from filmdesk.paths import sample_data_dir

ROW_FIELDS = {"uuid", "title", "year", "runtime", "directors", "genres", "rating", "watched"}

pytestmark = pytest.mark.skipif(
    not list(sample_data_dir().glob("films-*.json")), reason="data/sample has no films-*.json yet"
)


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A catalogue made by `filmdesk init --sample`, shared by the read-only tests below."""
    path = tmp_path_factory.mktemp("cli") / "cli.sqlite"
    assert main(["init", "--sample", "--database", str(path)]) == 0
    return str(path)


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_init_with_sample(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "new.sqlite"
    code, out, _ = _run(capsys, "init", "--sample", "--database", str(path))
    assert code == 0
    service = CatalogueService.open(path, create=False)
    try:
        count = service.count()
    finally:
        service.close()
    assert count >= 12
    assert out.strip() == f"Catalogue ready at {path}: {count} films ({count} sample films added)"

    code, out, _ = _run(capsys, "init", "--sample", "--database", str(path))
    assert code == 0 and out.strip().endswith(f"{count} films (0 sample films added)")


def test_search_json(database: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(capsys, "search", "leav veg", "--json", "--database", database)
    assert code == 0
    (row,) = json.loads(out)
    assert set(row) >= ROW_FIELDS
    assert row["title"] == "Leaving Las Vegas"
    assert (row["year"], row["runtime"]) == (1995, 111)
    assert row["directors"] == ["Mike Figgis"]
    assert "Drama" in row["genres"]
    assert isinstance(row["rating"], float | None) and isinstance(row["watched"], bool)
    assert len(row["uuid"]) == 36
    assert err == ""  # JSON output stays clean for pipes


def test_search_limit_and_sort(database: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "search", "--json", "--sort", "year", "--database", database)
    assert code == 0
    everything = json.loads(out)
    years = [r["year"] for r in everything if r["year"] is not None]
    assert years == sorted(years)

    code, out, _ = _run(
        capsys, "search", "--json", "--sort", "year", "--desc", "--limit", "3",
        "--database", database,
    )  # fmt: skip
    assert code == 0
    top = json.loads(out)
    assert len(top) == 3
    assert [r["year"] for r in top] == sorted(years, reverse=True)[:3]

    service = CatalogueService.open(database, create=False)
    try:
        expected = service.rows(service.search("", SortKey.RUNTIME, limit=5).ids)
    finally:
        service.close()
    code, out, _ = _run(
        capsys, "search", "--json", "--sort", "runtime", "--limit", "5", "--database", database
    )
    assert [r["uuid"] for r in json.loads(out)] == [r.uuid for r in expected]


def test_search_plain_text(database: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(capsys, "search", "director:figgis", "--database", database)
    assert code == 0
    assert out.splitlines()[0].startswith("Leaving Las Vegas (1995)  — Mike Figgis · 111 min")
    assert "films" in err


def test_show_by_title(database: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "show", "leaving las vegas", "--database", database)
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Leaving Las Vegas (1995)"
    assert "111 min" in lines[1]
    assert "Directed by: Mike Figgis" in lines
    assert "- Nicolas Cage as Ben Sanderson" in lines
    for heading in ("SYNOPSIS", "PLOT (SPOILERS)", "CAST", "CREW", "SIMILAR FILMS"):
        assert heading in lines


def test_show_json(database: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(
        capsys, "show", "Leaving Las Vegas (1995)", "--json", "--database", database
    )
    assert code == 0
    data = json.loads(out)
    assert data["title"] == "Leaving Las Vegas" and data["runtime"] == 111
    assert {"person": "Nicolas Cage", "character": "Ben Sanderson"} in data["cast"]
    assert isinstance(data["has_poster"], bool) and isinstance(data["backlinks"], list)

    service = CatalogueService.open(database, create=False)
    try:
        film = service.find(data["uuid"])
    finally:
        service.close()
    assert data["id"] == film.id
    # The JSON is the native film object: it reads back as the same film.
    expected = dataclasses.replace(
        film,
        id=None,
        version=None,
        poster=None,
        similar=tuple(dataclasses.replace(s, film_id=None) for s in film.similar),
    )
    assert FilmRecord.from_json(data) == expected


def test_stats_json(database: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "stats", "--json", "--database", database)
    assert code == 0
    stats = json.loads(out)
    service = CatalogueService.open(database, create=False)
    try:
        assert stats["films"] == service.count()
        assert stats["watched"] == service.search("watched:yes").count
        assert stats["by_genre"]["Drama"] == service.search("genre:drama").count
    finally:
        service.close()
    assert stats["unwatched"] == stats["films"] - stats["watched"]
    assert stats["total_runtime_minutes"] > 0
    assert stats["by_decade"]["1990s"] >= 1


def test_unknown_film(database: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(capsys, "show", "No Such Film", "--database", database)
    assert code == 1 and out == ""
    assert err == "filmdesk: No film matches 'No Such Film'.\n"


def test_bad_query(database: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(capsys, "search", "vegas year:", "--database", database)
    assert code == 1 and out == ""
    assert err.count("\n") == 1
    assert "year: needs a value" in err and "at character 7" in err


def test_missing_catalogue_is_not_created(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "absent.sqlite"
    code, _, err = _run(capsys, "search", "--database", str(path))
    assert code == 1 and "does not exist" in err and err.count("\n") == 1
    assert not path.exists()


def test_not_a_catalogue(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("not a catalogue", encoding="utf-8")
    code, _, err = _run(capsys, "stats", "--database", str(path))
    assert code == 1 and err.startswith("filmdesk: Cannot open catalogue")
    assert path.read_text(encoding="utf-8") == "not a catalogue"


def test_errors_in_a_real_process_have_no_traceback(database: str) -> None:
    script = "import sys; from filmdesk.cli import main; sys.exit(main())"
    for args in (["show", "No Such Film"], ["search", "(vegas"]):
        done = subprocess.run(
            [sys.executable, "-c", script, *args, "--database", database],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert done.returncode == 1, done.stderr
        assert done.stdout == ""
        assert "Traceback" not in done.stderr
        assert len(done.stderr.splitlines()) == 1 and done.stderr.startswith("filmdesk: ")
