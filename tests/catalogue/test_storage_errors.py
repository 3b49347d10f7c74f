# SPDX-License-Identifier: GPL-3.0-or-later
"""A full disk, a read-only folder or a locked file: a clear sentence, and nothing lost."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import event

from filmdesk.catalogue.dto import FilmRecord
from filmdesk.catalogue.service import CatalogueService
from filmdesk.errors import StorageError


@pytest.mark.parametrize(
    ("driver_message", "expected"),
    [
        ("database or disk is full", "the disk is full"),
        ("attempt to write a readonly database", "read-only"),
        ("database is locked", "another program is writing to it"),
    ],
)
def test_a_failed_write_says_why_and_changes_nothing(
    tmp_path: Path, driver_message: str, expected: str
) -> None:
    service = CatalogueService.open(tmp_path / "c.filmdesk")
    kept = service.add_film(FilmRecord(title="Leaving Las Vegas", year=1995))
    engine = service._engine  # the failure is injected where SQLite itself would raise it

    def fail_on_update(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith("UPDATE FILMS"):
            raise sqlite3.OperationalError(driver_message)

    event.listen(engine, "before_cursor_execute", fail_on_update)
    try:
        with pytest.raises(StorageError) as caught:
            service.set_rating([kept.id or 0], 4.0)
    finally:
        event.remove(engine, "before_cursor_execute", fail_on_update)
    message = str(caught.value)
    assert expected in message and "Nothing was lost" in message
    assert "c.filmdesk" in message
    assert service.film(kept.id or 0).rating is None  # the transaction was rolled back
    service.close()
