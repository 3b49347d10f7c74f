# SPDX-License-Identifier: GPL-3.0-or-later
"""The first screen read with bare sqlite3 is exactly what the service would show."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from filmdesk.catalogue.dto import SortKey
from filmdesk.catalogue.first_screen import read_first_screen
from filmdesk.catalogue.service import CatalogueService

from .conftest import Shelf


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", list(SortKey))
def test_same_as_the_service(shelf: Shelf, sort: SortKey, descending: bool) -> None:
    assert shelf.service.path is not None
    screen = read_first_screen(shelf.service.path, sort, descending, ids=8, rows=5)
    assert screen is not None
    expected = shelf.service.search("", sort, descending=descending, limit=8)
    assert screen.result == expected
    assert screen.rows == shelf.service.rows(expected.ids[:5])


def test_undated_film_sharing_a_title_sorts_last(tmp_path: Path, shelf: Shelf) -> None:
    """The title order puts a film without a year after its dated namesake, here too."""
    service = CatalogueService.open(tmp_path / "tie.filmdesk")
    try:
        films = shelf.service.films(shelf.service.search("").ids[:3], with_posters=False)
        service.add_films([films[0], type(films[0])(title=films[0].title)])
        screen = read_first_screen(service.path, SortKey.TITLE, False, ids=5, rows=5)  # type: ignore[arg-type]
        assert screen is not None
        assert screen.result.ids == service.search("").ids
        assert [r.year for r in screen.rows][-1] is None
    finally:
        service.close()


def test_anything_unusual_takes_the_ordinary_road(tmp_path: Path, shelf: Shelf) -> None:
    missing = tmp_path / "missing.filmdesk"
    assert read_first_screen(missing, SortKey.TITLE, False, ids=5, rows=5) is None
    assert not missing.exists()  # never created
    other = tmp_path / "other.sqlite"
    with closing(sqlite3.connect(other)) as connection:
        connection.execute("CREATE TABLE films (id INTEGER PRIMARY KEY)")
    assert read_first_screen(other, SortKey.TITLE, False, ids=5, rows=5) is None
    garbage = tmp_path / "garbage.filmdesk"
    garbage.write_bytes(b"not a database at all" * 100)
    assert read_first_screen(garbage, SortKey.TITLE, False, ids=5, rows=5) is None
    older = tmp_path / "older.filmdesk"
    CatalogueService.open(older).close()
    with closing(sqlite3.connect(older)) as connection, connection:
        connection.execute("UPDATE alembic_version SET version_num = '0000'")
    assert read_first_screen(older, SortKey.TITLE, False, ids=5, rows=5) is None


def test_loads_neither_sqlalchemy_nor_qt() -> None:
    code = (
        "import sys; import filmdesk.catalogue.first_screen; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'PySide6')))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
