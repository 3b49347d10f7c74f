# SPDX-License-Identifier: GPL-3.0-or-later
"""Text folding shared by storage, sorting and search, so "Amélie" and "amelie" meet."""

from __future__ import annotations

import re
import unicodedata

_ARTICLES = ("the ", "a ", "an ")
_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """Lower-case, accent-free, whitespace-collapsed form of ``text``."""
    if text.isascii():
        # ASCII has nothing to decompose and casefold() is lower() there; most names and
        # titles take this path, which is an order of magnitude faster in a bulk import.
        return _SPACES.sub(" ", text.lower()).strip()
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _SPACES.sub(" ", stripped.casefold()).strip()


def sort_key(title: str) -> str:
    """Folded title without a leading English article, for ordering the list."""
    key = fold(title)
    for article in _ARTICLES:
        if key.startswith(article) and len(key) > len(article):
            return key[len(article) :]
    return key


def clean(text: str) -> str:
    """Trim and collapse inner runs of spaces in one-line values (names, titles)."""
    # Already clean: the only printable whitespace is " ", so there is nothing to do when
    # no space is doubled or at an end (the common case, checked without a regex).
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    # NUL is dropped: SQLite's length() and text functions stop at it.
    return _SPACES.sub(" ", text.replace("\x00", "")).strip()


def counted(number: int, singular: str, plural: str | None = None) -> str:
    """``1 film``, ``2 films``, ``12,000 films``: a number with its noun agreeing."""
    noun = singular if number == 1 else (plural or f"{singular}s")
    return f"{number:,} {noun}"
