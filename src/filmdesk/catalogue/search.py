# SPDX-License-Identifier: GPL-3.0-or-later
"""filmdesk's search language: parsed into a small tree, compiled to parameterised SQL.

    leav veg                     free words, each a prefix, all must match
    "las vegas"                  an exact phrase
    director:figgis  actor:cage  character:sera  title:vegas  tag:fav  plot:overdose
    genre:drama  language:english  country:france
    year:1995  year:1990..1999  year:>=2000  runtime:<100  rating:>=4
    watched:yes  added:>=2026-01-01
    -word  -genre:horror         negation
    a OR b  (a OR b) c           alternatives and grouping; AND is implied

User text only ever reaches the database as bound parameters (or inside an FTS string
made solely of quoted tokens). Anything malformed raises ``QuerySyntaxError`` with the
position of the problem, for the status bar to show.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, false, not_, or_, select, true
from sqlalchemy.orm import QueryableAttribute
from sqlalchemy.sql.elements import ColumnElement

from filmdesk.catalogue.backends import FREE_TEXT_COLUMNS, Backend, TextTerm
from filmdesk.catalogue.models import SHARED_LINKS, Film
from filmdesk.catalogue.text import fold
from filmdesk.errors import QuerySyntaxError

# --- syntax tree ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Text:
    columns: tuple[str, ...]
    words: tuple[str, ...]
    phrase: bool


@dataclass(frozen=True, slots=True)
class Filter:
    field: str
    value: str
    position: int


@dataclass(frozen=True, slots=True)
class Not:
    node: Node


@dataclass(frozen=True, slots=True)
class And:
    nodes: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Or:
    nodes: tuple[Node, ...]


Node = Text | Filter | Not | And | Or

TEXT_FIELDS: dict[str, tuple[str, ...]] = {
    "title": ("title",),
    "director": ("directors",),
    "actor": ("cast",),
    "cast": ("cast",),
    "character": ("characters",),
    "plot": ("plot",),
}
NAME_FIELDS = {"genre": "genres", "language": "languages", "country": "countries", "tag": "tags"}
FILTER_FIELDS = ("year", "runtime", "rating", "watched", "added")
KNOWN_FIELDS = (*TEXT_FIELDS, *NAME_FIELDS, *FILTER_FIELDS)
# Bounds that keep the parser's recursion and SQLite's limits far away: an AND chain of
# over ~500 terms passes its expression depth (1000), ~20 negated brackets its parser stack.
MAX_TERMS = 200
MAX_NESTING = 10

# --- tokens --------------------------------------------------------------------------------

_TOKEN = re.compile(
    r"""
    (?P<space>\s+)
  | (?P<lparen>\()
  | (?P<rparen>\))
  | (?P<field>[A-Za-z]+):
  | (?P<quoted>"[^"]*"?)
  | (?P<word>[^\s()"]+)
    """,
    re.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class _Token:
    kind: str
    text: str
    position: int
    negated: bool = False


def _tokens(query: str) -> list[_Token]:
    tokens: list[_Token] = []
    position = 0
    negate_next = False
    while position < len(query):
        # A "-" right before a term negates it; a lone or trailing "-" is just a character.
        if (
            query[position] == "-"
            and position + 1 < len(query)
            and not query[position + 1].isspace()
        ):
            if negate_next:
                raise QuerySyntaxError("Two minus signs in a row", position)
            negate_next = True
            position += 1
            continue
        match = _TOKEN.match(query, position)
        assert match is not None  # the pattern accepts any character
        kind = match.lastgroup or "word"
        if kind == "quoted" and (len(match.group()) < 2 or not match.group().endswith('"')):
            raise QuerySyntaxError("A quotation mark is not closed", position)
        if kind != "space":
            if negate_next and kind == "rparen":
                raise QuerySyntaxError("A minus sign needs something to exclude", position - 1)
            if len(tokens) == MAX_TERMS:
                raise QuerySyntaxError(f"A search can have at most {MAX_TERMS} terms", position)
            tokens.append(_Token(kind, match.group(), position, negate_next))
            negate_next = False
        position = match.end()
    return tokens


# --- parser --------------------------------------------------------------------------------


class _Parser:
    def __init__(self, query: str) -> None:
        self._query = query
        self._tokens = _tokens(query)
        self._index = 0
        self._depth = 0

    def parse(self) -> Node | None:
        if not self._tokens:
            return None
        node = self._or()
        if self._index < len(self._tokens):
            token = self._tokens[self._index]
            raise QuerySyntaxError("A closing bracket has no opening one", token.position)
        return node

    def _peek(self) -> _Token | None:
        return self._tokens[self._index] if self._index < len(self._tokens) else None

    def _or(self) -> Node:
        nodes = [self._and()]
        while (token := self._peek()) is not None and token.kind == "word" and token.text == "OR":
            self._index += 1
            if self._peek() is None or self._peek().kind == "rparen":  # type: ignore[union-attr]
                raise QuerySyntaxError("OR needs a term after it", token.position)
            nodes.append(self._and())
        return nodes[0] if len(nodes) == 1 else Or(tuple(nodes))

    def _and(self) -> Node:
        nodes: list[Node] = []
        while (token := self._peek()) is not None and token.kind != "rparen":
            if token.kind == "word" and token.text == "OR":
                if not nodes:
                    raise QuerySyntaxError("OR needs a term before it", token.position)
                break
            nodes.append(self._unary())
        if not nodes:
            position = token.position if token else len(self._query)
            raise QuerySyntaxError("Brackets with nothing inside", position)
        return nodes[0] if len(nodes) == 1 else And(tuple(nodes))

    def _unary(self) -> Node:
        token = self._tokens[self._index]
        node = self._atom()
        return Not(node) if token.negated else node

    def _atom(self) -> Node:
        token = self._tokens[self._index]
        self._index += 1
        if token.kind == "lparen":
            if self._depth == MAX_NESTING:
                raise QuerySyntaxError("Too many brackets inside each other", token.position)
            self._depth += 1
            node = self._or()
            self._depth -= 1
            closing = self._peek()
            if closing is None or closing.kind != "rparen":
                raise QuerySyntaxError("A bracket is not closed", token.position)
            self._index += 1
            return node
        if token.kind == "field":
            return self._field(token)
        if token.kind == "quoted":
            return Text(FREE_TEXT_COLUMNS, _words(token.text[1:-1]), phrase=True)
        return Text(FREE_TEXT_COLUMNS, _words(token.text), phrase=False)

    def _field(self, token: _Token) -> Node:
        name = token.text[:-1].lower()
        value_token = self._peek()
        value_position = token.position + len(token.text)
        if (
            value_token is None
            or value_token.position != value_position
            or value_token.kind not in ("word", "quoted")
        ):
            raise QuerySyntaxError(f"{name}: needs a value right after the colon", token.position)
        self._index += 1
        quoted = value_token.kind == "quoted"
        value = value_token.text[1:-1] if quoted else value_token.text
        if name in TEXT_FIELDS:
            return Text(TEXT_FIELDS[name], _words(value), phrase=quoted)
        if name in NAME_FIELDS or name in FILTER_FIELDS:
            return Filter(name, value, value_token.position)
        known = ", ".join(f"{f}:" for f in KNOWN_FIELDS)
        raise QuerySyntaxError(f"Unknown field {name}: (known fields: {known})", token.position)


_WORD = re.compile(r"\w+", re.UNICODE)


def _words(text: str) -> tuple[str, ...]:
    """Tokens as the full-text index sees them; punctuation only separates words."""
    return tuple(_WORD.findall(fold(text)))


def parse(query: str) -> Node | None:
    """The syntax tree of ``query``, or ``None`` for a query that asks for everything."""
    return _Parser(query).parse()


# --- compiler ------------------------------------------------------------------------------


def compile_query(query: str, backend: Backend) -> ColumnElement[bool]:
    """A WHERE clause on ``films`` for ``query``; raises ``QuerySyntaxError``."""
    node = parse(query)
    return true() if node is None else _compile(node, backend)


def _compile(node: Node, backend: Backend) -> ColumnElement[bool]:
    if isinstance(node, Text):
        if not node.words:  # only punctuation: nothing to look for, so no restriction
            return true()
        return backend.text_match(node.columns, [TextTerm(node.words, node.phrase)])
    if isinstance(node, Filter):
        return _filter(node)
    if isinstance(node, Not):
        if isinstance(node.node, Text) and not node.node.words:
            return true()  # "-." or a stray "--": nothing to exclude, so no restriction
        return not_(_compile(node.node, backend))
    if isinstance(node, Or):
        return or_(*(_compile(n, backend) for n in node.nodes))
    # And: text terms aimed at the same columns share one full-text lookup.
    grouped: dict[tuple[str, ...], list[TextTerm]] = {}
    others: list[ColumnElement[bool]] = []
    for child in node.nodes:
        if isinstance(child, Text) and child.words:
            grouped.setdefault(child.columns, []).append(TextTerm(child.words, child.phrase))
        elif not (isinstance(child, Text) and not child.words):
            others.append(_compile(child, backend))
    clauses = [backend.text_match(columns, terms) for columns, terms in grouped.items()]
    return and_(*clauses, *others) if clauses or others else true()


def _filter(node: Filter) -> ColumnElement[bool]:
    if node.field in NAME_FIELDS:
        link_model, name_model, id_column = SHARED_LINKS[NAME_FIELDS[node.field]]
        key = fold(node.value)
        if not key:
            raise QuerySyntaxError(f"{node.field}: needs a name", node.position)
        if "\x00" in key:
            # No stored name holds a NUL (PostgreSQL cannot even be asked): nothing matches.
            return false()
        escaped = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        # Names first, then their films through the link table's name index, as one set:
        # a per-film EXISTS cost a look-up for each of 100k films. (film_id is never
        # NULL, so NOT IN excludes exactly what NOT EXISTS did.)
        names = select(name_model.id).where(  # type: ignore[attr-defined]
            name_model.key.like(escaped + "%", escape="\\")  # type: ignore[attr-defined]
        )
        return Film.id.in_(
            select(link_model.film_id).where(getattr(link_model, id_column).in_(names))  # type: ignore[attr-defined]
        )
    if node.field == "watched":
        answer = node.value.lower()
        if answer in ("yes", "y", "true", "1"):
            return Film.watched.is_(True)
        if answer in ("no", "n", "false", "0"):
            return Film.watched.is_(False)
        raise QuerySyntaxError("watched: takes yes or no", node.position)
    if node.field == "added":
        return _range(node, Film.added_at, lambda text, end: _date_bound(text, end, node))
    if node.field == "rating":
        return _range(node, Film.rating, lambda text, end: _half_stars(text, node))
    column = Film.year if node.field == "year" else Film.runtime
    return _range(node, column, lambda text, end: _whole(text, node))


_COMPARISON = re.compile(r"^(>=|<=|>|<|=)?(.*)$")
_Bound = int | dt.datetime  # a number, or a moment for a date column
_Convert = Callable[[str, bool], _Bound]  # (text, is the end) -> bound


def _range(
    node: Filter, column: QueryableAttribute[Any], convert: _Convert
) -> ColumnElement[bool]:
    """``N``, ``N..M``, ``N..``, ``..M``, ``>=N``, ``<N`` … for a number or date column."""
    # An unknown value must give false, not NULL: NOT NULL is NULL, and "-year:1990..1999"
    # would then drop every film without a year instead of keeping it.
    return and_(column.is_not(None), _bounds(node, column, convert))


def _bounds(
    node: Filter, column: QueryableAttribute[Any], convert: _Convert
) -> ColumnElement[bool]:
    value = node.value
    if ".." in value:
        low_text, _, high_text = value.partition("..")
        if not low_text and not high_text:
            raise QuerySyntaxError(f"{node.field}: a range needs at least one end", node.position)
        parts = []
        if low_text:
            parts.append(column >= _start(convert, low_text))
        if high_text:
            parts.append(column < _after(convert, high_text))
        return and_(*parts)
    match = _COMPARISON.match(value)
    assert match is not None
    operator, operand = match.groups()
    if not operand:
        raise QuerySyntaxError(f"{node.field}: needs a value after {operator}", node.position)
    if operator == ">=":
        return column >= _start(convert, operand)
    if operator == ">":
        return column >= _after(convert, operand)
    if operator == "<=":
        return column < _after(convert, operand)
    if operator == "<":
        return column < _start(convert, operand)
    return and_(column >= _start(convert, operand), column < _after(convert, operand))


def _start(convert: _Convert, text: str) -> _Bound:
    return convert(text, False)


def _after(convert: _Convert, text: str) -> _Bound:
    """The first value past ``text``: the next day for a date, the next step for a number."""
    value = convert(text, True)
    # Dates come back already moved to the next period; numbers are whole steps.
    return value if isinstance(value, dt.datetime) else value + 1


def _whole(text: str, node: Filter) -> int:
    if not re.fullmatch(r"\d{1,6}", text):
        raise QuerySyntaxError(f"{node.field}: expects a whole number, not {text!r}", node.position)
    return int(text)


def _half_stars(text: str, node: Filter) -> int:
    """Stars as the stored half-star count: "4.5" is 9."""
    if not re.fullmatch(r"[0-5](\.[05])?", text):
        raise QuerySyntaxError(
            f"rating: expects stars from 0.5 to 5 in half steps, not {text!r}", node.position
        )
    return round(float(text) * 2)


def _date_bound(text: str, end: bool, node: Filter) -> dt.datetime:
    """``2026``, ``2026-03`` or ``2026-03-14`` as the start of that period, or of the next one."""
    parts = text.split("-")
    try:
        numbers = [int(p) for p in parts]
        if len(numbers) == 1:
            start, following = dt.date(numbers[0], 1, 1), dt.date(numbers[0] + 1, 1, 1)
        elif len(numbers) == 2:
            start = dt.date(numbers[0], numbers[1], 1)
            following = (start + dt.timedelta(days=32)).replace(day=1)
        elif len(numbers) == 3:
            start = dt.date(numbers[0], numbers[1], numbers[2])
            following = start + dt.timedelta(days=1)
        else:
            raise ValueError(text)
    except (ValueError, OverflowError):  # OverflowError: the day after 9999-12-31
        raise QuerySyntaxError(
            f"added: expects a date like 2026-01-31, not {text!r}", node.position
        ) from None
    day = following if end else start
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)


def describe(node: Node | None) -> str:
    """A short reading of the parsed query, for tests and the CLI's --explain."""
    if node is None:
        return "everything"
    if isinstance(node, Text):
        words = " ".join(node.words)
        shown = f'"{words}"' if node.phrase else words
        return f"{'/'.join(node.columns)}~{shown}" if node.columns != FREE_TEXT_COLUMNS else shown
    if isinstance(node, Filter):
        return f"{node.field}:{node.value}"
    if isinstance(node, Not):
        return f"NOT({describe(node.node)})"
    joiner = " AND " if isinstance(node, And) else " OR "
    return "(" + joiner.join(describe(n) for n in node.nodes) + ")"
