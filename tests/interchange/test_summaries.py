# SPDX-License-Identifier: GPL-3.0-or-later
"""The reports people read after an import or export: counts that agree, fields by name."""

from __future__ import annotations

from pathlib import Path

from filmdesk.catalogue.text import counted
from filmdesk.interchange.base import ExportSummary
from filmdesk.interchange.importing import ImportSummary


def test_counts_agree_with_their_nouns() -> None:
    assert counted(1, "film") == "1 film"
    assert counted(0, "film") == "0 films"
    assert counted(12000, "film") == "12,000 films"
    assert counted(2, "daily backup") == "2 daily backups"
    assert counted(3, "person", "people") == "3 people"


def test_an_export_report_names_fields_as_people_do(tmp_path: Path) -> None:
    summary = ExportSummary(films=1, files=[tmp_path / "one.tc"])
    summary.drop("post_credits")
    summary.drop("filming_locations")
    summary.drop("filming_locations")
    assert summary.text().splitlines() == [
        f"1 film exported to {tmp_path / 'one.tc'}.",
        "The format cannot hold these, so they were left out:",
        "  filming locations, of 2 films",
        "  post-credit scenes, of 1 film",
    ]


def test_a_folder_of_files_is_named_once(tmp_path: Path) -> None:
    files = [tmp_path / "kodi" / f"Film {i} (2001).nfo" for i in range(500)]
    summary = ExportSummary(films=500, files=list(files))
    assert summary.text() == f"500 films exported to 500 files in {tmp_path / 'kodi'}."


def test_an_import_report_with_one_of_each() -> None:
    summary = ImportSummary(added=1, updated=1, merged=1)
    first, merged = summary.text().splitlines()
    assert first == "1 film was added, 1 updated, 0 already up to date, 0 skipped, 0 rejected."
    assert merged == "1 record was merged into other records of the same film."
    assert ImportSummary(added=2, dry_run=True).text().startswith("2 films would be added,")


def test_many_notes_are_listed_up_to_the_limit() -> None:
    notes = [f"entry {i}: imported without its poster" for i in range(80)]
    summary = ImportSummary(added=3, notes=notes)
    lines = summary.text(limit=50).splitlines()
    assert sum(line.startswith("Note: ") for line in lines) == 50
    assert lines[-1] == "  … and 30 more notes"

