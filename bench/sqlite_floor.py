# SPDX-License-Identifier: GPL-3.0-or-later
"""How fast can one SQLite writer store films, with no Python work at all?

    .venv/bin/python bench/sqlite_floor.py                      # bench/out/catalogue-100k.sqlite
    .venv/bin/python bench/sqlite_floor.py --catalogue /tmp/big.filmdesk --films 20000

The rows of the first ``--films`` films (every table, and both search documents) are
read from a generated catalogue into memory first. Each variant then writes them into a
fresh file with ``executemany``, 1,000 films per batch, in one transaction, the clock
running from BEGIN to the end of COMMIT. Nothing is validated, converted or looked up:
the figure is the storage engine's own cost per film, a floor under any bulk insert or
import. The variants go from the schema as shipped towards ever less work; the last ones
drop things a catalogue needs (the search index, then every index) to show how far
down the floor goes. One writer is all SQLite allows on one file, so the floor holds
however many cores the machine has.
"""

from __future__ import annotations

import argparse
import re
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parent / "out"
BATCH = 1000
SHARED_TABLES = ("people", "genres", "languages", "countries", "tags")
# Shared-name links: (film_id, other_id) is already their primary key.
LINK_TABLES = ("film_directors", "film_genres", "film_languages", "film_countries", "film_tags")
# Sections: the key a clustered table would use, which the 0002 order indexes hold now.
SECTION_KEYS = {
    "credits": "film_id, kind, position",
    "timeline_events": "film_id, position",
    "characters": "film_id, position",
    "film_notes": "film_id, kind, position",
    "film_links": "film_id, position",
    "similar_films": "film_id, position",
    "viewings": "film_id, watched_on, id",
}
FTS_FREE = "film_search"
FTS_PLOT = "film_search_plot"


@dataclass(frozen=True)
class Variant:
    name: str
    wal: bool = True  # else a rollback journal, synchronous off and a 2 GiB cache
    page_size: int = 4096
    clustered: bool = False  # section and link tables WITHOUT ROWID, keyed by film
    lean_search: bool = False  # FTS5 with no copy of the text and no document sizes
    search: bool = True
    indexes: bool = True


VARIANTS = (
    Variant("schema as shipped, WAL (the app's settings)"),
    Variant("+ rollback journal, sync off, big cache", wal=False),
    Variant("+ 16 KiB pages", wal=False, page_size=16384),
    Variant("+ section tables clustered by film", wal=False, page_size=16384, clustered=True),
    Variant("+ search index without text copy or sizes", wal=False, page_size=16384,
            clustered=True, lean_search=True),
    Variant("tables and indexes only (no search index)", wal=False, page_size=16384,
            clustered=True, search=False),
    Variant("rows only (no index, no search index)", wal=False, page_size=16384,
            clustered=True, search=False, indexes=False),
)


@dataclass
class Films:
    """The rows of the first films of a catalogue, batch by batch."""

    schema: list[tuple[str, str]]  # (name, CREATE statement) of the plain tables and indexes
    columns: dict[str, list[str]]
    shared: dict[str, list[tuple[Any, ...]]]
    batches: list[dict[str, list[tuple[Any, ...]]]]  # table (and FTS table) -> rows


def read_films(path: Path, count: int) -> Films:
    source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    schema = source.execute(
        "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL AND type IN ('table', 'index')"
        " AND name NOT LIKE 'film_search%' AND name NOT LIKE 'sqlite_%' ORDER BY type DESC, rowid"
    ).fetchall()
    tables = [name for name, sql in schema if sql.startswith("CREATE TABLE")]
    columns = {t: [row[1] for row in source.execute(f"PRAGMA table_info({t})")] for t in tables}
    shared = {t: source.execute(f"SELECT * FROM {t}").fetchall() for t in SHARED_TABLES}
    film_rows = source.execute("SELECT * FROM films WHERE id <= ? ORDER BY id", (count,))
    per_table: dict[str, list[tuple[Any, ...]]] = {"films": film_rows.fetchall()}
    for table in (*LINK_TABLES, *SECTION_KEYS):
        per_table[table] = source.execute(
            f"SELECT * FROM {table} WHERE film_id <= ? ORDER BY film_id, rowid", (count,)
        ).fetchall()
    per_table[FTS_FREE] = source.execute(
        "SELECT id, c0, c1, c2, c3, c4, c5 FROM film_search_content WHERE id <= ? ORDER BY id",
        (count,),
    ).fetchall()
    per_table[FTS_PLOT] = source.execute(
        "SELECT id, c0 FROM film_search_plot_content WHERE id <= ? ORDER BY id", (count,)
    ).fetchall()
    source.close()
    batches: list[dict[str, list[tuple[Any, ...]]]] = [{} for _ in range(-(-count // BATCH))]
    for table, rows in per_table.items():
        # The film's id: a film_id column, else (films, search documents) the row's own id.
        names = columns.get(table, [])
        film_at = names.index("film_id") if "film_id" in names else 0
        for row in rows:
            batches[(row[film_at] - 1) // BATCH].setdefault(table, []).append(row)
    return Films(schema, columns, shared, batches)


def create_schema(db: sqlite3.Connection, films: Films, variant: Variant) -> None:
    for name, sql in films.schema:
        if sql.startswith("CREATE INDEX"):
            if not variant.indexes:
                continue
            if variant.clustered and name.endswith("_film_order"):
                continue  # the clustered key is this index
        elif variant.clustered and name in LINK_TABLES:
            sql = sql.rstrip().removesuffix(")") + ") WITHOUT ROWID"
        elif variant.clustered and name in SECTION_KEYS:
            key = SECTION_KEYS[name]
            if "id" not in key.split(", "):
                sql = re.sub(r"\s*id INTEGER NOT NULL,", "", sql, count=1)
            sql = re.sub(r"PRIMARY KEY \(id\)", f"PRIMARY KEY ({key})", sql)
            sql = sql.rstrip().removesuffix(")") + ") WITHOUT ROWID"
        db.execute(sql)
    if variant.search:
        options = "tokenize='unicode61 remove_diacritics 2'"
        if variant.lean_search:
            options += ", content='', columnsize=0"
        db.execute(
            f"CREATE VIRTUAL TABLE {FTS_FREE} USING fts5(title, directors, cast, characters,"
            f" tags, synopsis, {options}, prefix='1 2 3')"
        )
        db.execute(f"CREATE VIRTUAL TABLE {FTS_PLOT} USING fts5(plot, {options})")


def insert_statements(db: sqlite3.Connection, films: Films) -> dict[str, tuple[str, bool]]:
    """Per table: the INSERT and whether the row's leading id is left out."""
    statements = {}
    for table in ("films", *LINK_TABLES, *SECTION_KEYS):
        stored = [row[1] for row in db.execute(f"PRAGMA table_info({table})")]
        drop_id = stored != films.columns[table]
        marks = ", ".join("?" * len(stored))
        statements[table] = (f"INSERT INTO {table} ({', '.join(stored)}) VALUES ({marks})", drop_id)
    statements[FTS_FREE] = (
        f"INSERT INTO {FTS_FREE} (rowid, title, directors, cast, characters, tags, synopsis)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)", False)
    statements[FTS_PLOT] = (f"INSERT INTO {FTS_PLOT} (rowid, plot) VALUES (?, ?)", False)
    return statements


def measure(films: Films, variant: Variant, folder: Path) -> tuple[float, dict[str, float]]:
    """Seconds from BEGIN to COMMIT, and seconds per table."""
    path = folder / f"floor-{abs(hash(variant.name))}.sqlite"
    db = sqlite3.connect(path, isolation_level=None)
    db.execute(f"PRAGMA page_size={variant.page_size}")
    if variant.wal:
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        db.execute("PRAGMA cache_size=-65536")
    else:
        db.execute("PRAGMA journal_mode=DELETE")
        db.execute("PRAGMA synchronous=OFF")
        db.execute("PRAGMA cache_size=-2000000")
    db.execute("PRAGMA foreign_keys=ON")
    create_schema(db, films, variant)
    for table, rows in films.shared.items():
        db.executemany(f"INSERT INTO {table} VALUES ({', '.join('?' * len(rows[0]))})", rows)
    statements = insert_statements(db, films)
    if not variant.search:
        del statements[FTS_FREE], statements[FTS_PLOT]
    per_table = dict.fromkeys(statements, 0.0)
    start = time.perf_counter()
    db.execute("BEGIN")
    for batch in films.batches:
        for table, (sql, drop_id) in statements.items():
            rows = batch.get(table, [])
            if drop_id:
                rows = [row[1:] for row in rows]
            began = time.perf_counter()
            db.executemany(sql, rows)
            per_table[table] += time.perf_counter() - began
    db.execute("COMMIT")
    elapsed = time.perf_counter() - start
    db.close()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return elapsed, per_table


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--catalogue", type=Path, default=OUT / "catalogue-100k.sqlite",
                        help="a catalogue built by `filmdesk generate` (schema 0002)")
    parser.add_argument("--films", type=int, default=20_000, help="films to replay")
    parser.add_argument("--runs", type=int, default=3, help="runs per variant (median shown)")
    parser.add_argument("--by-table", action="store_true", help="print µs per film per table")
    args = parser.parse_args(argv)
    if not args.catalogue.exists():
        parser.error(f"{args.catalogue} not found: build it with bench/catalogue_bench.py "
                     "or `filmdesk generate 100000 --database PATH`")
    films = read_films(args.catalogue, args.films)
    print(f"replaying the rows of {args.films:,} films from {args.catalogue}, "
          f"median of {args.runs} runs, µs per film from BEGIN to COMMIT")
    print("for scale: 5,000 films/s leaves 200 µs per film; 8,000 films/s leaves 125 µs")
    with tempfile.TemporaryDirectory(dir=args.catalogue.parent) as folder:
        for variant in VARIANTS:
            runs = [measure(films, variant, Path(folder)) for _ in range(args.runs)]
            elapsed, per_table = sorted(runs, key=lambda run: run[0])[len(runs) // 2]
            micro = elapsed / args.films * 1e6
            print(f"  {variant.name:<46} {micro:6.0f} µs/film  "
                  f"(at most {args.films / elapsed:7,.0f} films/s)  "
                  f"spread {statistics.pstdev(r[0] for r in runs) / args.films * 1e6:4.0f} µs")
            if args.by_table:
                print("      " + "  ".join(f"{table} {seconds / args.films * 1e6:.1f}"
                                         for table, seconds in per_table.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
