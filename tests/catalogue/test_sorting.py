# SPDX-License-Identifier: GPL-3.0-or-later
"""List order for every sort key, both ways; the orders are written out by hand on purpose."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from filmdesk.catalogue.dto import SortKey
from filmdesk.catalogue.text import sort_key

if TYPE_CHECKING:
    from .conftest import Shelf

# Title order reads "The", "A", "An" and accents away: An Education sits under E,
# Élite under E too (not after Z), The Lost Weekend under L. Same titles go by year.
BY_TITLE = [
    "amelie", "amelie_doc", "education", "elite", "vegas_story", "llv", "lost_weekend",
    "nosferatu", "theatre", "untitled", "vegas_vacation", "zabriskie",
]  # fmt: skip

# (key, ascending, descending): unknown values come last both ways, then title order.
ORDERS = [
    (SortKey.TITLE, BY_TITLE, BY_TITLE[::-1]),
    (
        SortKey.YEAR,
        ["nosferatu", "lost_weekend", "vegas_story", "zabriskie", "theatre", "llv",
         "vegas_vacation", "amelie", "elite", "education", "amelie_doc", "untitled"],
        ["amelie_doc", "education", "elite", "amelie", "vegas_vacation", "llv", "theatre",
         "zabriskie", "vegas_story", "lost_weekend", "nosferatu", "untitled"],
    ),
    (
        SortKey.RUNTIME,
        ["amelie_doc", "vegas_story", "vegas_vacation", "nosferatu", "education",
         "lost_weekend", "theatre", "llv", "elite", "amelie", "untitled", "zabriskie"],
        ["amelie", "elite", "llv", "theatre", "lost_weekend", "education", "nosferatu",
         "vegas_vacation", "vegas_story", "amelie_doc", "untitled", "zabriskie"],
    ),
    (
        SortKey.RATING,
        ["vegas_vacation", "vegas_story", "education", "theatre", "lost_weekend",
         "nosferatu", "llv", "amelie", "amelie_doc", "elite", "untitled", "zabriskie"],
        ["amelie", "llv", "lost_weekend", "nosferatu", "education", "theatre",
         "vegas_story", "vegas_vacation", "amelie_doc", "elite", "untitled", "zabriskie"],
    ),
    (
        SortKey.ADDED,
        ["lost_weekend", "nosferatu", "vegas_story", "zabriskie", "llv", "vegas_vacation",
         "theatre", "education", "elite", "amelie", "amelie_doc", "untitled"],
        ["untitled", "amelie_doc", "amelie", "elite", "education", "theatre",
         "vegas_vacation", "llv", "zabriskie", "vegas_story", "nosferatu", "lost_weekend"],
    ),
    (
        SortKey.LAST_WATCHED,
        ["lost_weekend", "llv", "education", "nosferatu", "amelie", "amelie_doc", "elite",
         "vegas_story", "theatre", "untitled", "vegas_vacation", "zabriskie"],
        ["amelie", "nosferatu", "education", "llv", "lost_weekend", "amelie_doc", "elite",
         "vegas_story", "theatre", "untitled", "vegas_vacation", "zabriskie"],
    ),
]  # fmt: skip


def test_every_sort_key_is_covered() -> None:
    assert {key for key, _, _ in ORDERS} == set(SortKey)


@pytest.mark.parametrize("key, ascending, descending", ORDERS, ids=[k.value for k, _, _ in ORDERS])
def test_sort_order(
    shelf: Shelf, key: SortKey, ascending: list[str], descending: list[str]
) -> None:
    assert shelf.order(key) == ascending
    assert shelf.order(key, descending=True) == descending


@pytest.mark.parametrize("key", list(SortKey), ids=[k.value for k in SortKey])
def test_sorting_applies_to_search_results_and_limits(shelf: Shelf, key: SortKey) -> None:
    everything = shelf.order(key)
    drama = shelf.found("genre:drama")
    sorted_drama = [shelf.label(i) for i in shelf.service.search("genre:drama", key).ids]
    assert sorted_drama == [label for label in everything if label in drama]
    top = shelf.service.search("", key, limit=3).ids
    assert [shelf.label(i) for i in top] == everything[:3]


@pytest.mark.parametrize(
    "title, key",
    [
        ("The Lost Weekend", "lost weekend"),
        ("A Beautiful Mind", "beautiful mind"),
        ("An Education", "education"),
        ("Élite Squad", "elite squad"),
        ("THE  BIRDS", "birds"),
        ("Theatre of Blood", "theatre of blood"),  # "The" only as a whole word
        ("Another Earth", "another earth"),
        ("The", "the"),  # a title that is only an article keeps it
        ("A", "a"),
    ],
)
def test_sort_key(title: str, key: str) -> None:
    assert sort_key(title) == key
