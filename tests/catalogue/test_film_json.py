# SPDX-License-Identifier: GPL-3.0-or-later
"""SQLite's own JSON of each film is ``FilmRecord.to_json()``, in one snapshot, in order."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import multiprocessing
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from filmdesk.catalogue import film_json
from filmdesk.catalogue.dto import FilmRecord, NamedNote, SimilarFilm, TimelineEvent
from filmdesk.catalogue.film_json import (
    FILM_JSON_SQL,
    JsonBatch,
    JsonReadError,
    PosterBlob,
    SnapshotMovedError,
    film_json_batches,
)
from filmdesk.catalogue.generator import generate_films
from filmdesk.catalogue.service import CatalogueService

UTC = dt.UTC


def no_posters(film_uuid: str, index: int, poster: PosterBlob) -> tuple[dict, list]:
    raise AssertionError("no film here has a poster")


def named_posters(film_uuid: str, index: int, poster: PosterBlob) -> tuple[dict, list]:
    """What an exporter does: name the two files and hand back their bytes."""
    name = f"posters/{index}-{film_uuid[:8]}"
    entry = {"image": name, "mime_type": poster.mime_type, "size": [poster.width, poster.height]}
    return entry, [(name, poster.image), (f"{name}.thumb", poster.thumbnail)]


def _films(batches: Iterator[JsonBatch]) -> list[dict[str, Any]]:
    text = b",\n".join(batch.text for batch in batches if batch.count)
    return json.loads(b"[" + text + b"]")


@pytest.fixture
def odd_films(full_film: Callable[..., FilmRecord]) -> list[FilmRecord]:
    """Films at the edges of what JSON and the columns hold."""
    awkward = 'Quotes " and \\ backslash, tab\t, newline\n, NUL-free controls \x01\x1f, é, 中文, 🎬'
    return [
        full_film(poster=None),
        FilmRecord("Bare"),
        FilmRecord(
            awkward,
            synopsis=awkward,
            timeline=(TimelineEvent(awkward, "", spoiler=True),),
            settings=(NamedNote(awkward, awkward),),
            studios=(awkward,),
            similar=(SimilarFilm(awkward, None),),
            rating=0.5,
            watched=False,
            budget=9_000_000_000_000,
            added_at=dt.datetime(2020, 2, 29, 23, 59, 59, 123456, tzinfo=UTC),
            updated_at=dt.datetime(2021, 1, 1, 0, 0, 0, 1, tzinfo=UTC),
        ),
    ]


def test_each_film_is_its_to_json(
    service: CatalogueService, odd_films: list[FilmRecord], full_film: Callable[..., FilmRecord]
) -> None:
    service.load_sample()
    service.add_films(generate_films(60, seed=7))
    added = service.add_films(odd_films)
    # A link to a film in the catalogue shows that film's own title, year and uuid.
    linked = service.add_film(full_film(
        uuid="0b8d6f59-59e2-4c55-8a1c-3f0d0b3c2b61", title="Sequel",
        similar=(SimilarFilm("bare", None), SimilarFilm("Nowhere Film", 1950)),
    ))
    ids = [*service.search("").ids]
    assert linked.similar[0].film_id == added[1]
    assert service.path is not None

    exported = _films(film_json_batches(service.path, ids, named_posters, batch_size=16))

    assert len(exported) == len(ids)
    for film_id, data in zip(ids, exported, strict=True):
        record = service.film(film_id)
        poster = data.pop("poster")
        assert data == record.to_json()
        assert list(data) == list(record.to_json())  # the same key order too
        if record.poster is None:
            assert poster is None
        else:
            assert poster["mime_type"] == record.poster.mime_type
            assert poster["size"] == [record.poster.width, record.poster.height]


def test_an_export_stream_gives_to_json_on_every_back_end(
    any_service: CatalogueService, odd_films: list[FilmRecord]
) -> None:
    """SQLite builds the text in film_json.py, PostgreSQL in pg_backend.py: both are to_json."""
    any_service.load_sample()
    any_service.add_films([*generate_films(25, seed=9), *odd_films])
    ids = any_service.search("").ids
    batches = any_service.export_stream(ids).json_batches(named_posters)
    assert batches is not None

    exported = _films(batches)

    assert len(exported) == len(ids)
    for film_id, data in zip(ids, exported, strict=True):
        record = any_service.film(film_id)
        poster = data.pop("poster")
        assert data == record.to_json()
        assert list(data) == list(record.to_json())
        assert (poster is None) == (record.poster is None)


def test_films_come_in_the_order_asked_and_missing_ones_are_left_out(
    service: CatalogueService,
) -> None:
    ids = service.add_films(generate_films(30, seed=3))
    service.delete_films([ids[4]])
    wanted = [ids[9], ids[4], ids[0], *reversed(ids[20:])]
    assert service.path is not None

    batches = list(film_json_batches(service.path, wanted, no_posters, batch_size=4))

    uuids = [service.film(i).uuid for i in wanted if i != ids[4]]
    assert [film["uuid"] for film in _films(iter(batches))] == uuids
    assert sum(batch.count for batch in batches) == len(uuids)


def test_posters_come_with_their_films(
    service: CatalogueService, full_film: Callable[..., FilmRecord]
) -> None:
    with_poster = service.add_film(full_film())
    without = service.add_film(FilmRecord("No poster"))
    assert service.path is not None and with_poster.poster is not None

    (batch,) = film_json_batches(service.path, [without.id, 999, with_poster.id], named_posters)

    films = _films(iter([batch]))
    assert films[0]["poster"] is None
    # Numbered by its place among the films exported (the missing id 999 is not counted).
    name = f"posters/1-{with_poster.uuid[:8]}"
    assert films[1]["poster"]["image"] == name
    assert dict(batch.files) == {
        name: with_poster.poster.image,
        f"{name}.thumb": with_poster.poster.thumbnail,
    }


def test_worker_processes_read_the_same_films(
    service: CatalogueService, monkeypatch: pytest.MonkeyPatch, full_film: Callable[..., FilmRecord]
) -> None:
    ids = service.add_films([*generate_films(120, seed=11), full_film()])
    assert service.path is not None
    alone = list(film_json_batches(service.path, ids, named_posters, workers=1))

    monkeypatch.setattr(film_json, "PARALLEL_FROM", 1)
    together = list(film_json_batches(service.path, ids, named_posters, batch_size=7, workers=2))

    assert _films(iter(together)) == _films(iter(alone))
    assert [f for b in together for f in b.files] == [f for b in alone for f in b.files]


def test_a_batch_read_at_another_change_is_refused(
    service: CatalogueService, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = service.add_films(generate_films(12, seed=2))
    assert service.path is not None
    real = film_json._parallel

    def one_worker_late(path: str, parts: list[list[int]], workers: int) -> Iterator[Any]:
        for number, part in enumerate(real(path, parts, workers)):
            # The third batch as if its worker began after a write.
            yield dataclasses.replace(part, stamp=part.stamp + 1) if number == 2 else part

    monkeypatch.setattr(film_json, "_parallel", one_worker_late)
    monkeypatch.setattr(film_json, "PARALLEL_FROM", 1)
    read = film_json_batches(service.path, ids, no_posters, batch_size=3, workers=2)

    assert next(read).count == 3 and next(read).count == 3
    with pytest.raises(SnapshotMovedError):
        next(read)


def test_a_write_between_reads_is_noticed_by_the_workers(
    service: CatalogueService, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A worker that starts after a write sees a newer change counter than the export."""
    ids = service.add_films(generate_films(40, seed=4))
    assert service.path is not None
    monkeypatch.setattr(film_json, "PARALLEL_FROM", 1)
    started = film_json.open_snapshot

    def write_first(path: Path | str) -> Any:
        opened = started(path)
        service.set_rating([ids[0]], 4.0)  # lands after the export's own snapshot
        return opened

    monkeypatch.setattr(film_json, "open_snapshot", write_first)
    with pytest.raises(SnapshotMovedError):
        list(film_json_batches(service.path, ids, no_posters, batch_size=10, workers=2))


def test_section_order_holds_whatever_the_statistics_say(service: CatalogueService) -> None:
    """Statistics that make the person index look best must not reorder cast and crew."""
    service.load_sample()
    service.add_films(generate_films(40, seed=6))
    assert service.path is not None
    with closing(sqlite3.connect(service.path)) as connection:
        connection.execute("ANALYZE")
        for index, stat in (("ix_credits_film_order", "100000 50000 50000 1"),
                            ("ix_credits_person_id", "100000 1"),
                            ("ix_timeline_events_film_order", "100000 50000 1")):
            connection.execute("UPDATE sqlite_stat1 SET stat = ? WHERE idx = ?", (stat, index))
        connection.execute(
            "UPDATE sqlite_stat1 SET stat = '3' WHERE tbl = 'people' AND idx IS NULL"
        )
        connection.commit()
    ids = service.search("").ids

    exported = _films(film_json_batches(service.path, ids, named_posters))

    for film_id, data in zip(ids, exported, strict=True):
        data.pop("poster")
        assert data == service.film(film_id).to_json()


def test_text_that_is_not_utf8_is_refused(service: CatalogueService) -> None:
    (film_id,) = service.add_films([FilmRecord("Broken notes")])
    assert service.path is not None
    with closing(sqlite3.connect(service.path)) as connection:
        connection.execute(
            "UPDATE films SET notes = CAST(x'ff41' AS TEXT) WHERE id = ?", (film_id,)
        )
        connection.commit()

    with pytest.raises(JsonReadError):
        list(film_json_batches(service.path, [film_id], no_posters))


def test_sections_are_read_in_index_order_without_sorting(service: CatalogueService) -> None:
    """The section arrays rely on the (film_id, …) order indexes: no sort, no other index."""
    assert service.path is not None
    with closing(sqlite3.connect(service.path)) as connection:
        rows = connection.execute(f"EXPLAIN QUERY PLAN {FILM_JSON_SQL}", ("[]",))
        plan = [row[3] for row in rows]
    for table in ("credits", "timeline_events", "characters", "film_notes", "film_links",
                  "similar_films", "viewings"):
        searches = [line for line in plan if line.startswith(("SEARCH", "SCAN")) and (
            f" {table} " in line or line.endswith(f" {table}")
            or f"{table} AS" in line)]
        uses = [line for line in plan if f"ix_{table}_film_order" in line]
        assert uses, f"{table} is not read through its order index:\n" + "\n".join(plan)
        assert all("film_order" in line for line in searches if "INDEX" in line), searches
    # Only the five shared-name lists (keyed by name, not by position) are sorted.
    assert sum("TEMP B-TREE" in line for line in plan) == 5, "\n".join(plan)


def test_a_catalogue_that_is_not_there_is_an_error_and_stays_away(tmp_path: Path) -> None:
    with pytest.raises(JsonReadError):
        list(film_json_batches(tmp_path / "none.filmdesk", [1], no_posters))
    assert list(tmp_path.iterdir()) == []


def test_an_export_stopped_early_leaves_no_worker_running(
    service: CatalogueService, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = service.add_films(generate_films(40, seed=8))
    assert service.path is not None
    monkeypatch.setattr(film_json, "PARALLEL_FROM", 1)
    read = film_json_batches(service.path, ids, no_posters, batch_size=2, workers=2)
    assert next(read).count == 2

    read.close()  # what a failing export does through contextlib.closing

    deadline = time.monotonic() + 20
    while multiprocessing.active_children() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert multiprocessing.active_children() == []
