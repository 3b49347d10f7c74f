# SPDX-License-Identifier: GPL-3.0-or-later
"""The search language of search.py, operator by operator, against a known catalogue."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from typing import TYPE_CHECKING

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from filmdesk.catalogue.dto import SearchResult
from filmdesk.errors import QuerySyntaxError

if TYPE_CHECKING:
    from .conftest import Shelf

ALL = {
    "llv", "amelie", "amelie_doc", "lost_weekend", "vegas_vacation", "education",
    "elite", "nosferatu", "untitled", "zabriskie", "vegas_story", "theatre",
}  # fmt: skip

# (query, the films it must find: exactly these)
CASES: list[tuple[str, set[str]]] = [
    # free words: every word a prefix, all of them required
    ("leav veg", {"llv"}),
    ("LEAVING las VEGAS", {"llv"}),
    ("vegas", {"llv", "vegas_vacation", "vegas_story", "education"}),
    ("veg vac", {"vegas_vacation"}),
    ("griswold", {"vegas_vacation"}),  # a character name
    ("tautou", {"amelie"}),  # an actor
    ("jeunet", {"amelie"}),  # a director
    ("fabuleux", {"amelie"}),  # the original title
    ("favour", {"llv", "amelie"}),  # a tag
    ("montmartre", {"amelie"}),  # the synopsis
    ("nothingmatchesthis", set()),
    # accents and case fold both ways
    ("amelie", {"amelie", "amelie_doc"}),
    ("AMÉLIE", {"amelie", "amelie_doc"}),
    ("amélie", {"amelie", "amelie_doc"}),
    ("elite", {"elite"}),
    ("capitao", {"elite"}),
    ("levesque", {"amelie_doc"}),
    # exact phrases
    ('"las vegas"', {"llv", "vegas_story"}),
    ('"vegas las"', set()),
    ('"nicolas cage"', {"llv"}),
    ('"lost weekend"', {"lost_weekend"}),
    # fields
    ("title:vegas", {"llv", "vegas_vacation", "vegas_story"}),
    ('title:"las vegas"', {"llv", "vegas_story"}),
    ("director:figgis", {"llv"}),
    ("director:wilder", {"lost_weekend"}),
    ("Director:FIGGIS", {"llv"}),
    ("director:cage", set()),
    ("actor:cage", {"llv"}),
    ('actor:"nicolas cage"', {"llv"}),
    ("cast:mulligan", {"education"}),
    ("actor:figgis", set()),
    ("character:sera", {"llv"}),
    ("character:orlok", {"nosferatu"}),
    ("character:cage", set()),
    ("genre:drama", {"llv", "lost_weekend", "education", "zabriskie"}),
    ("genre:film-noir", {"lost_weekend", "vegas_story"}),
    ("genre:dram", {"llv", "lost_weekend", "education", "zabriskie"}),
    ('genre:"film-noir"', {"lost_weekend", "vegas_story"}),
    ("language:french", {"amelie", "amelie_doc"}),
    ("language:portugu", {"elite"}),
    ("country:france", {"amelie"}),
    ('country:"united kingdom"', {"education", "theatre"}),
    (
        "country:united",
        {
            "llv",
            "lost_weekend",
            "vegas_vacation",
            "education",
            "zabriskie",
            "vegas_story",
            "theatre",
        },
    ),
    ("tag:fav", {"llv", "amelie"}),
    ('tag:"coming of age"', {"education"}),
    ("tag:silent", {"nosferatu"}),
    ("plot:quicksilver", {"llv"}),
    # numbers and dates
    ("year:1995", {"llv"}),
    ("year:1990..1999", {"llv", "vegas_vacation"}),
    ("year:1995..1997", {"llv", "vegas_vacation"}),
    ("year:2001..", {"amelie", "elite", "education", "amelie_doc"}),
    ("year:..1945", {"nosferatu", "lost_weekend"}),
    ("year:>=2000", {"amelie", "elite", "education", "amelie_doc"}),
    ("year:>2007", {"education", "amelie_doc"}),
    ("year:<1990", {"nosferatu", "lost_weekend", "vegas_story", "zabriskie", "theatre"}),
    ("year:<=1945", {"nosferatu", "lost_weekend"}),
    ("runtime:<100", {"amelie_doc", "vegas_story", "vegas_vacation", "nosferatu"}),
    ("runtime:100", {"education"}),
    ("runtime:>=115", {"elite", "amelie"}),
    ("rating:>=4", {"llv", "amelie", "lost_weekend", "nosferatu"}),
    ("rating:4.5", {"llv"}),
    ("rating:<3", {"vegas_vacation"}),
    ("rating:<=3.5", {"vegas_vacation", "vegas_story", "education", "theatre"}),
    ("watched:yes", {"llv", "amelie", "lost_weekend", "education", "nosferatu"}),
    ("watched:no", ALL - {"llv", "amelie", "lost_weekend", "education", "nosferatu"}),
    ("added:>=2025-01-01", {"education", "elite", "amelie", "amelie_doc", "untitled"}),
    ("added:2024", {"llv", "vegas_vacation", "theatre"}),
    ("added:2024-03", {"llv"}),
    ("added:2024-03-10", {"llv"}),
    ("added:<2023-06-01", {"lost_weekend", "nosferatu"}),
    ("added:2023..2023", {"lost_weekend", "nosferatu", "vegas_story", "zabriskie"}),
    # negation
    ("vegas -leaving", {"vegas_vacation", "vegas_story", "education"}),
    ("-genre:drama", ALL - {"llv", "lost_weekend", "education", "zabriskie"}),
    ("genre:comedy -genre:romance", {"vegas_vacation", "theatre"}),
    # a negated range keeps the films whose value is unknown
    ("-year:1900..2100", {"untitled"}),
    ("-rating:>=3", {"vegas_vacation", "amelie_doc", "elite", "untitled", "zabriskie"}),
    ("-runtime:1..1000", {"untitled", "zabriskie"}),
    # negating only punctuation excludes nothing
    ("vegas -.", {"llv", "vegas_vacation", "vegas_story", "education"}),
    ("vegas --", {"llv", "vegas_vacation", "vegas_story", "education"}),
    ('-"las vegas" vegas', {"vegas_vacation", "education"}),
    ("-watched:yes -rating:<4", {"amelie_doc", "elite", "untitled", "zabriskie"}),
    # alternatives and grouping
    ("figgis OR wilder", {"llv", "lost_weekend"}),
    ("director:figgis OR director:wilder OR director:murnau", {"llv", "lost_weekend", "nosferatu"}),
    ("(amelie OR vegas) genre:comedy", {"amelie", "vegas_vacation"}),
    ("genre:horror (year:<1950 OR rating:3.5)", {"nosferatu", "theatre"}),
    (
        "-(genre:drama OR genre:comedy)",
        {"elite", "nosferatu", "amelie_doc", "untitled", "vegas_story"},
    ),
    ("((vegas))", {"llv", "vegas_vacation", "vegas_story", "education"}),
    # an empty query, or one of punctuation only, asks for everything
    ("", ALL),
    ("   ", ALL),
    ("!!! ...", ALL),
]


@pytest.mark.parametrize("query, expected", CASES, ids=[q or "<empty>" for q, _ in CASES])
def test_query_finds_exactly(shelf: Shelf, query: str, expected: set[str]) -> None:
    assert shelf.found(query) == expected


# Spoilers live in the plot column: free words must not reveal them, plot: must find them.
SPOILERS = [
    ("quicksilver", "plot"),
    ("marmalade", "ending"),
    ("hummingbird", "post-credit scene"),
    ("zeppelin", "spoiler timeline event"),
    ("pelican", "spoiler character note"),
]


@pytest.mark.parametrize("word, where", SPOILERS, ids=[w for _, w in SPOILERS])
def test_spoilers_need_plot_field(shelf: Shelf, word: str, where: str) -> None:
    assert shelf.found(word) == set(), f"free words revealed the {where}"
    assert shelf.found(f'"{word}"') == set(), f"a phrase revealed the {where}"
    assert shelf.found(f"plot:{word}") == {"llv"}
    assert shelf.found(f"plot:{word[:4]}") == {"llv"}  # prefixes work in plot: too


def test_search_reports_catalogue_size(shelf: Shelf) -> None:
    result = shelf.service.search("vegas")
    assert isinstance(result, SearchResult)
    assert result.count == 4 and result.catalogue_size == len(ALL)
    assert shelf.service.search("").catalogue_size == len(ALL)
    first = shelf.service.search("", limit=3)
    assert len(first.ids) == 3 and first.count == len(ALL) and not first.complete
    assert shelf.service.search("vegas", limit=10).complete


# (query, message fragment, 0-based position of the problem)
MALFORMED = [
    ("year:", "needs a value", 0),
    ("title:vegas year:", "needs a value", 12),
    ("year: 1995", "needs a value", 0),
    ("foo:bar", "Unknown field", 0),
    ("vegas foo:bar", "Unknown field", 6),
    ('"open', "not closed", 0),
    ('vegas "open', "not closed", 6),
    ("(a", "not closed", 0),
    ("x (a OR b", "not closed", 2),
    ("a)", "closing bracket", 1),
    ("OR x", "OR needs a term before", 0),
    ("x OR", "OR needs a term after", 2),
    ("x OR OR y", "OR needs a term before", 5),
    ("(x OR)", "OR needs a term after", 3),
    ("()", "nothing inside", 1),
    ("rating:9", "rating", 7),
    ("rating:4.3", "rating", 7),
    ("year:abc", "whole number", 5),
    ("runtime:>=", "needs a value after", 8),
    ("year:..", "range needs at least one end", 5),
    ("added:2026-13-45", "date", 6),
    ("added:yesterday", "date", 6),
    ("watched:maybe", "yes or no", 8),
    ('genre:""', "needs a name", 6),
    ("--vegas", "Two minus signs", 1),
    ("(vegas -)", "minus sign", 7),
]


@pytest.mark.parametrize("query, message, position", MALFORMED, ids=[q for q, _, _ in MALFORMED])
def test_malformed_query_is_explained(
    shelf: Shelf, query: str, message: str, position: int
) -> None:
    with pytest.raises(QuerySyntaxError) as caught:
        shelf.service.search(query)
    assert message in caught.value.message
    assert caught.value.position == position
    assert 0 <= caught.value.position <= len(query)
    # The sentence counts characters from 1, the way a person reads the query.
    assert f"at character {position + 1}" in str(caught.value)


def test_limits_on_size_and_nesting_are_explained(shelf: Shelf) -> None:
    deep = "(" * 11 + "vegas" + ")" * 11
    with pytest.raises(QuerySyntaxError) as caught:
        shelf.service.search(deep)
    assert caught.value.position == 10
    assert shelf.found("(" * 10 + "vegas" + ")" * 10) == shelf.found("vegas")
    long = " ".join(f"w{n}" for n in range(250))
    with pytest.raises(QuerySyntaxError) as caught:
        shelf.service.search(long)
    assert long[caught.value.position :].startswith("w200")


@pytest.mark.parametrize(
    "query",
    [
        "added:9999-12",
        "added:9999-12-31",
        "added:<=9999-12-31",
        "added:0000-01-01",
        "added:>=99999",
        "year:999999999",
        "runtime:<0",
        "(" * 400 + "vegas" + ")" * 400,
        "-(" * 12 + "x year:>1 " + ")" * 12,
        "".join(f"-(x{n} year:>1 " for n in range(25)) + "a" + ")" * 25,
        "-(" * 300 + "vegas" + ")" * 300,
        " ".join(["year:1990..1999"] * 1500),
        " ".join(["-vegas"] * 1500),
        " OR ".join(["vegas"] * 1500),
        "vegas " * 5000,
    ],
    ids=lambda q: q[:30],
)
def test_extreme_queries_fail_politely(shelf: Shelf, query: str) -> None:
    """Dates at the calendar's edge and absurd sizes: a result or a syntax error, nothing else."""
    try:
        result = shelf.service.search(query)
    except QuerySyntaxError as error:
        assert 0 <= error.position <= len(query)
    else:
        assert isinstance(result, SearchResult)


QUERY_PIECES = [
    " ", " ", "vegas", "amé", "x", "_", "%", "'", ";", "*", "^", "NEAR", "AND", "NOT",
    "OR", "(", ")", "-", '"', ":", "..", ">=", "<", ">", "=", "1995", "4.5", "9999-12",
    "2026-13-45", "title:", "year:", "rating:", "added:", "genre:", "tag:", "plot:",
    "watched:", "runtime:", "foo:", "\x00", "\n", "é", "ß", "ﬁ", "𝔘", "٣",
]  # fmt: skip


@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    query=st.one_of(
        st.text(max_size=40),
        st.lists(st.sampled_from(QUERY_PIECES), max_size=14).map("".join),
    )
)
@example(query="added:9999-12-31")
@example(query='title:"')
@example(query="-")
@example(query="( -) OR")
def test_any_query_returns_a_result_or_a_syntax_error(shelf: Shelf, query: str) -> None:
    try:
        result = shelf.service.search(query)
    except QuerySyntaxError as error:
        assert 0 <= error.position <= len(query)
    else:
        assert isinstance(result, SearchResult)
        assert set(result.ids) <= set(shelf.ids.values())


INJECTIONS = [
    ("'; DROP TABLE films; --", set()),
    ('title:"\'; DROP TABLE films; --"', set()),
    ("genre:'; DELETE FROM genres; --", set()),
    ("tag:%", set()),  # LIKE wildcards are escaped: "%" is not "anything"
    ("genre:_rama", set()),
    ('zzz OR "1"="1"', set()),
    ('plot:"*" NEAR(vegas)', set()),  # FTS5 operators are quoted away
    ("amelie' OR '1'='1", {"amelie", "amelie_doc"}),
    ("vegas\\", {"llv", "vegas_vacation", "vegas_story", "education"}),
]


@pytest.mark.parametrize("query, expected", INJECTIONS, ids=[q for q, _ in INJECTIONS])
def test_injection_is_only_searched_for(shelf: Shelf, query: str, expected: set[str]) -> None:
    """User text is bound, never spliced into SQL, LIKE or FTS5 syntax."""
    assert shelf.found(query) == expected
    assert shelf.service.count() == len(ALL)
    with closing(sqlite3.connect(shelf.path)) as connection:
        tables = {name for (name,) in connection.execute("SELECT name FROM sqlite_master")}
        genres = connection.execute("SELECT count(*) FROM genres").fetchone()[0]
    assert {"films", "genres", "film_search"} <= tables
    assert genres == 8
