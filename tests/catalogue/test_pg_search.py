# SPDX-License-Identifier: GPL-3.0-or-later
"""Search parity: the same catalogue and the same queries find the same films, in the same
order, on SQLite (FTS5) and on PostgreSQL (tsvector + GIN).

Each check runs the query on both back ends and compares; the known catalogue also
compares with the expectations of test_search.py, so both are right, not just alike.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL

from filmdesk.catalogue.dto import CastCredit, Character, FilmRecord, Poster, SortKey
from filmdesk.catalogue.generator import generate_films
from filmdesk.catalogue.pg_backend import Unicode61, tsvector_literal
from filmdesk.catalogue.service import CatalogueService
from filmdesk.errors import QuerySyntaxError

from .conftest import Shelf, schema_url, shelf_films
from .test_search import CASES, INJECTIONS, QUERY_PIECES, SPOILERS


def _open_in_schema(database: URL, schema: str) -> CatalogueService:
    engine = create_engine(database)
    with engine.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA IF NOT EXISTS "{schema}"'))
    engine.dispose()
    return CatalogueService.open(schema_url(database, schema))


@pytest.fixture(scope="module")
def pg_shelf(pg_database: URL, poster: Poster) -> Iterator[Shelf]:
    catalogue = CatalogueService.open(pg_database)
    films = shelf_films(poster)
    ids = dict(zip(films, catalogue.add_films(films.values()), strict=True))
    yield Shelf(catalogue, Path(), films, ids)
    catalogue.close()


def _both(shelf: Shelf, pg_shelf: Shelf, query: str) -> tuple[object, object]:
    """What each back end answers: the labels found, or the syntax error's details."""
    answers = []
    for side in (shelf, pg_shelf):
        try:
            answers.append(side.found(query))
        except QuerySyntaxError as error:
            answers.append(("error", error.message, error.position))
    return answers[0], answers[1]


@pytest.mark.parametrize("query, expected", CASES, ids=[q or "<empty>" for q, _ in CASES])
def test_known_queries_agree(shelf: Shelf, pg_shelf: Shelf, query: str, expected: set[str]) -> None:
    assert pg_shelf.found(query) == expected
    assert shelf.found(query) == expected


@pytest.mark.parametrize("word, where", SPOILERS, ids=[w for _, w in SPOILERS])
def test_spoilers_stay_in_plot_on_postgresql(pg_shelf: Shelf, word: str, where: str) -> None:
    assert pg_shelf.found(word) == set(), f"free words revealed the {where}"
    assert pg_shelf.found(f'"{word}"') == set(), f"a phrase revealed the {where}"
    assert pg_shelf.found(f"plot:{word}") == {"llv"}
    assert pg_shelf.found(f"plot:{word[:4]}") == {"llv"}


@pytest.mark.parametrize("query, expected", INJECTIONS, ids=[q for q, _ in INJECTIONS])
def test_injection_is_only_searched_for_on_postgresql(
    pg_shelf: Shelf, query: str, expected: set[str]
) -> None:
    assert pg_shelf.found(query) == expected
    assert pg_shelf.service.count() == len(pg_shelf.films)
    assert pg_shelf.service.completions("genres", limit=100) == sorted(
        {g for f in pg_shelf.films.values() for g in f.genres}, key=str.lower
    )


@pytest.mark.parametrize("key", list(SortKey))
@pytest.mark.parametrize("descending", [False, True])
def test_sort_orders_agree(shelf: Shelf, pg_shelf: Shelf, key: SortKey, descending: bool) -> None:
    assert pg_shelf.order(key, descending=descending) == shelf.order(key, descending=descending)


def test_read_only_calls_agree(shelf: Shelf, pg_shelf: Shelf) -> None:
    assert pg_shelf.service.stats() == shelf.service.stats()
    for kind in ("people", "genres", "languages", "countries", "tags"):
        for prefix in ("", "a", "e", "fr", "é"):
            assert pg_shelf.service.completions(kind, prefix) == shelf.service.completions(
                kind, prefix
            )
    for prefix in ("", "the", "l", "am", "é"):
        assert [t[1:] for t in pg_shelf.service.titles(prefix)] == [
            t[1:] for t in shelf.service.titles(prefix)
        ]
    for key in ("Amélie (2001)", "amelie", "tt0113627", "The Lost Weekend"):
        assert pg_shelf.service.find(key).display_title == shelf.service.find(key).display_title
    llv_sqlite, llv_pg = shelf.ids["llv"], pg_shelf.ids["llv"]
    assert [b.title for b in pg_shelf.service.backlinks(llv_pg)] == [
        b.title for b in shelf.service.backlinks(llv_sqlite)
    ]


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    query=st.one_of(
        st.text(max_size=30),
        st.lists(st.sampled_from(QUERY_PIECES), max_size=12).map("".join),
    )
)
@example(query="_")
@example(query="vegas _")
@example(query="-_ vegas")
@example(query="foo_bar")
@example(query="genre:\x00")
def test_any_query_agrees(shelf: Shelf, pg_shelf: Shelf, query: str) -> None:
    sqlite_answer, pg_answer = _both(shelf, pg_shelf, query)
    assert pg_answer == sqlite_answer


# --- text where SQLite's tokenizer and PostgreSQL's own parser would disagree -------------

# Each piece splits, folds or joins differently under to_tsvector('simple' + unaccent) than
# under FTS5's unicode61: hyphens, decimals, underscores, URLs, e-mail, ligatures, letters
# unaccent folds (æ ø ł ß) and FTS5 does not, combining accents, other scripts' digits.
TRICKY = [
    "Film-Noir", "film", "noir", "4.5", "4", "5", "foo_bar", "foo", "bar", "www.example.com/path",
    "example", "ann@mail.org", "mail", "Straße", "strasse", "Æon", "aeon", "Øresund", "oresund",
    "Łódź", "lodz", "œuvre", "oeuvre", "ﬁlm", "fi", "e\u0301te", "été", "ete", "İstanbul",
    "istanbul", "٣٤", "34", "日本語", "日本", "O'Brien", "o", "brien", "Amélie", "AMELIE",
    "don't", "dont", "C++", "c", "x²", "x2", "½", "12", "1e5", "1", "e5", "ǅemal", "dzemal",
    "naïve", "naive", "Ⅻ", "xii", "ß", "ss", "-", "*", "'", '"', "co-op", "coop", "3-D", "3d",
]  # fmt: skip


def _tricky_films(count: int) -> list[FilmRecord]:
    rng = random.Random(1995)

    def phrase(low: int, high: int) -> str:
        return " ".join(rng.choice(TRICKY) for _ in range(rng.randint(low, high)))

    films = []
    for n in range(count):
        films.append(
            FilmRecord(
                title=f"{phrase(1, 3)} {n}",
                original_title=phrase(0, 2),
                directors=(phrase(1, 2).strip("-*'\" ") or "Anon",),
                cast=(CastCredit(phrase(1, 2).strip("-*'\" ") or "Anon", phrase(0, 2)),),
                characters=(Character(phrase(1, 2).strip("-*'\" ") or "Anon", phrase(0, 2)),),
                tags=(phrase(1, 2).strip("-*'\" ") or "tag",),
                synopsis=phrase(3, 12),
                plot=phrase(2, 8),
            )
        )
    return films


@pytest.fixture(scope="module")
def tricky(pg_database: URL, tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[Shelf]]:
    films = {f"f{n}": film for n, film in enumerate(_tricky_films(80))}
    shelves = []
    sqlite_path = tmp_path_factory.mktemp("tricky") / "tricky.sqlite"
    for service in (CatalogueService.open(sqlite_path), _open_in_schema(pg_database, "tricky")):
        ids = dict(zip(films, service.add_films(films.values()), strict=True))
        shelves.append(Shelf(service, sqlite_path, films, ids))
    yield shelves
    for shelf in shelves:
        shelf.service.close()


TRICKY_QUERY_PIECES = [*TRICKY, " ", " ", " ", "title:", "director:", "actor:", "character:",
                       "plot:", "OR", "-", '"']  # fmt: skip


@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.lists(st.sampled_from(TRICKY_QUERY_PIECES), min_size=1, max_size=6).map("".join))
@example('"film noir"')
@example("film-noir")
@example('"4 5"')
@example("4.5")
@example("straße")
@example("aeon")
@example("æon")
@example("ete")
@example("e\u0301te")
@example("ﬁlm")
@example("example")
@example("3d")
def test_tricky_text_agrees(tricky: list[Shelf], query: str) -> None:
    sqlite_answer, pg_answer = _both(tricky[0], tricky[1], query)
    assert pg_answer == sqlite_answer


def test_tricky_words_are_found_on_both(tricky: list[Shelf]) -> None:
    """Not vacuous: most pieces match some film, and every answer is the same."""
    matched = 0
    for piece in TRICKY:
        for query in (piece, f'"{piece}"', f"title:{piece}", f"plot:{piece}"):
            sqlite_answer, pg_answer = _both(tricky[0], tricky[1], query)
            assert pg_answer == sqlite_answer, query
            matched += bool(sqlite_answer) and not isinstance(sqlite_answer, tuple)
    assert matched > len(TRICKY)


def test_a_phrase_never_spans_two_columns(any_service: CatalogueService) -> None:
    any_service.add_film(
        FilmRecord(title="Lost in Vegas", directors=("Mike Figgis",), synopsis="sun rises")
    )
    assert any_service.search('"vegas mike"').ids == []
    assert any_service.search('"figgis sun"').ids == []
    assert len(any_service.search('"lost in vegas"').ids) == 1
    assert len(any_service.search("vegas mike").ids) == 1  # words apart still match


# --- a generated catalogue and the benchmark's typed queries ------------------------------

TYPED = (
    "l", "le", "lea", "leav", "leav v", "leav ve", "leav veg", "s", "si", "sil", "silent h",
    "m", "ma", "mar", "marta g", "caf", "señ", "amel", "director:smi", "actor:nak",
    "character:lu", "title:harb", "tag:fav", "genre:dra year:>=2000", "genre:com -genre:rom",
    "year:1990..1999 lo", '"las vegas"', "plot:betray", "watched:yes rating:>=4",
)  # fmt: skip


@pytest.fixture(scope="module")
def generated(pg_database: URL, tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[Shelf]]:
    films = {f"g{n}": replace(film, poster=None) for n, film in enumerate(generate_films(400))}
    shelves = []
    path = tmp_path_factory.mktemp("generated") / "generated.sqlite"
    for service in (CatalogueService.open(path), _open_in_schema(pg_database, "generated")):
        ids = dict(zip(films, service.add_films(films.values()), strict=True))
        shelves.append(Shelf(service, path, films, ids))
    yield shelves
    for shelf in shelves:
        shelf.service.close()


@pytest.mark.parametrize("query", TYPED)
@pytest.mark.parametrize("key", [SortKey.TITLE, SortKey.YEAR, SortKey.RATING])
def test_generated_catalogue_agrees_in_order(
    generated: list[Shelf], query: str, key: SortKey
) -> None:
    in_order = [
        [side.label(i) for i in side.service.search(query, key).ids] for side in generated
    ]
    assert in_order[1] == in_order[0]


def test_typed_queries_are_not_vacuous(generated: list[Shelf]) -> None:
    found = [q for q in TYPED if generated[1].service.search(q).ids]
    assert len(found) >= len(TYPED) * 2 // 3, set(TYPED) - set(found)


def test_generated_words_agree(generated: list[Shelf]) -> None:
    """Prefixes of every length of real words from the catalogue, alone and in pairs."""
    rng = random.Random(7)
    words = sorted({w for f in generated[0].films.values() for w in f.synopsis.split()})
    for word in rng.sample(words, 25):
        for query in (word[:1], word[:3], word, f'"{word}"', f"{word[:2]} {rng.choice(words)}"):
            assert generated[1].found(query) == generated[0].found(query), query


# --- the tokenizer itself --------------------------------------------------------------------


def test_unicode61_tokens_are_fts5s() -> None:
    tokens = Unicode61()
    assert tokens.tokens("Film-Noir 4.5 foo_bar Amélie ÆØ") == [
        "film", "noir", "4", "5", "foo", "bar", "amelie", "æø"
    ]  # fmt: skip
    assert tokens.tokenise_rows([["a b", "c"], ["", "d-e"]]) == [
        [["a", "b"], ["c"], [], [], [], [], []],
        [[], ["d", "e"], [], [], [], [], []],
    ]


def test_tsvector_literal_leaves_a_gap_between_columns() -> None:
    literal = tsvector_literal([(["las", "vegas"], "A"), ([], "B"), (["mike", "o'k"], "B")])
    assert literal == "'las':2A 'vegas':3A 'mike':5B 'o''k':6B"
