# SPDX-License-Identifier: GPL-3.0-or-later
"""Every SQL plan a search may take gives the same films in the same order.

The SQLite back end words a text match three ways (looked up by id, checked in list
order against the set of matches, asked film by film for a first screen) depending on
how much of the catalogue it takes in, and a first screen counts its matches apart from
fetching them. These tests lower the thresholds so a small generated catalogue takes
every path, and compare each against the plain plan.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from filmdesk.catalogue import backends
from filmdesk.catalogue.dto import SortKey
from filmdesk.catalogue.generator import generate_films
from filmdesk.catalogue.service import CatalogueService

FILMS = 400

QUERIES = [
    "", "s", "m", "le", "ma", "mar", "sil", "silent h", "zzz", "a b",
    "plot:b", "plot:betr", "title:s", "director:s", "actor:m", "tag:f",
    "s genre:drama", "s -genre:drama", "year:1990..1999 l", "m OR s",
    '"las vegas"', "watched:yes", "-s",
    # negations around a lone match: a count must never be taken for the whole query
    "-m -actor:m m", "-m s -a -(s m)", "-director:s (s OR m) -actor:m",
]  # fmt: skip
ORDERS = [(key, descending) for key in SortKey for descending in (False, True)]


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CatalogueService]:
    path: Path = tmp_path_factory.mktemp("plans") / "generated.filmdesk"
    service = CatalogueService.open(path)
    service.add_films(generate_films(FILMS, seed=7), total=FILMS)
    yield service
    service.close()


def _every_plan(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(backends, "BROAD_MINIMUM", 1)
    monkeypatch.setattr(backends, "BROAD_SHARE", 0.05)
    monkeypatch.setattr(backends, "PAGE_PROBE_LIMIT", 10**6)


@pytest.mark.parametrize("query", QUERIES)
def test_plans_agree(
    generated: CatalogueService, monkeypatch: pytest.MonkeyPatch, query: str
) -> None:
    monkeypatch.setattr(backends, "BROAD_MINIMUM", 10**9)
    monkeypatch.setattr(backends, "PAGE_PROBE_LIMIT", 0)
    expected = {order: generated.search(query, order[0], descending=order[1]) for order in ORDERS}
    _every_plan(monkeypatch)
    for (key, descending), reference in expected.items():
        full = generated.search(query, key, descending=descending)
        assert full.ids == reference.ids, (query, key, descending)
        assert full.count == len(full.ids) and full.complete
        for rows in (1, 7, 60):
            first = generated.search(query, key, descending=descending, limit=rows)
            assert first.ids == reference.ids[:rows], (query, key, descending, rows)
            assert first.count == reference.count
            assert first.catalogue_size == FILMS
            assert first.complete == (reference.count <= rows)


def test_broad_prefixes_take_the_broad_plans(generated: CatalogueService) -> None:
    """With the real thresholds a one-letter prefix of a generated catalogue is broad."""
    total = generated.search("s").count
    assert total > FILMS * backends.BROAD_SHARE
    first = generated.search("s", limit=20)
    assert first.count == total and len(first.ids) == 20


def test_id_lists_fetched_as_text_keep_their_order(
    generated: CatalogueService, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The id list SQLite joins into one text has the order of the rows it joins."""
    joined = {order: generated.search("m", order[0], descending=order[1]).ids for order in ORDERS}
    monkeypatch.delattr(backends.SQLiteBackend, "fetch_ids")  # row by row from the driver
    for (key, descending), ids in joined.items():
        assert generated.search("m", key, descending=descending).ids == ids
