# SPDX-License-Identifier: GPL-3.0-or-later
"""Catalogue core benchmark: bulk insert, opening, the first screen and search as you type.

    .venv/bin/python bench/catalogue_bench.py                 # builds bench/out/ once, reuses it
    .venv/bin/python bench/catalogue_bench.py --rebuild       # measures the bulk insert again
    .venv/bin/python bench/catalogue_bench.py --films 10000 --database /tmp/c.sqlite

A script, not a test: it prints medians (and p95 where the targets ask for one) next to
the targets in BENCHMARKS.md. Timings are wall-clock with a warm page cache.
"""

from __future__ import annotations

import argparse
import functools
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import Any

from filmdesk.catalogue.dto import SortKey
from filmdesk.catalogue.generator import generate_films
from filmdesk.catalogue.service import CatalogueService

OUT = Path(__file__).resolve().parent / "out"

# What someone types, keystroke by keystroke, plus the field searches of the search bar.
# Every word is drawn from the generator's word lists, so each query finds films.
TYPED_QUERIES = (
    "l", "le", "lea", "leav", "leav v", "leav ve", "leav veg",
    "s", "si", "sil", "sile", "silent h", "silent har",
    "m", "ma", "mar", "marta", "marta g", "marta gar",
    "caf", "señ", "amel",
    "director:smi", "actor:nak", "character:lu", "title:harb", "tag:fav",
    "genre:dra year:>=2000", "genre:com -genre:rom", "year:1990..1999 lo",
    '"las vegas"', "plot:betray", "watched:yes rating:>=4",
)

# Run in a fresh interpreter per measurement: imports happen before the clock starts,
# so the figure is engine creation plus the schema check on an existing catalogue.
_OPEN_PROBE = """
import sys, time
from filmdesk.catalogue.service import CatalogueService
start = time.perf_counter()
service = CatalogueService.open(sys.argv[1], create=False)
opened = time.perf_counter()
service.count()
counted = time.perf_counter()
service.close()
print(opened - start, counted - start)
"""


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:8.2f} ms"


def _p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def _timed(function: Callable[[], Any], runs: int) -> tuple[list[float], Any]:
    function()  # warm-up: connections in the pool, statements in SQLAlchemy's cache
    samples = []
    result = None
    for _ in range(runs):
        start = time.perf_counter()
        result = function()
        samples.append(time.perf_counter() - start)
    return samples, result


def _load() -> str:
    """The 1-minute load average: on a shared machine, the context every figure needs."""
    return f"{os.getloadavg()[0]:.1f}" if hasattr(os, "getloadavg") else "n/a"


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _schema(path: Path) -> set[tuple[str, str, str]]:
    with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as connection:
        rows = connection.execute("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL")
        return {(kind, name, " ".join(sql.split())) for kind, name, sql in rows}


def is_current(path: Path) -> bool:
    """Whether ``path`` has the schema this filmdesk creates.

    Until a release, the first migration is edited in place, so a catalogue built by an
    earlier checkout can carry the same revision but another schema.
    """
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / "fresh.sqlite"
        CatalogueService.open(fresh).close()
        return _schema(path) == _schema(fresh)


def build(path: Path, films: int) -> None:
    """(a) Generate and insert ``films`` films through ``add_films`` in one transaction."""
    partial = path.with_name(path.name + ".partial")
    _remove(partial)
    service = CatalogueService.open(partial)
    start = time.perf_counter()
    service.add_films(generate_films(films), total=films)
    elapsed = time.perf_counter() - start
    service.close()
    partial.rename(path)  # only a finished catalogue gets the real name
    print(f"(a) generate + insert {films:,} films: {elapsed:7.2f} s  "
          f"{films / elapsed:8,.0f} films/s   (target >= 5,000 films/s)")
    print(f"    catalogue file: {path.stat().st_size / 1e6:,.0f} MB")


def measure_open(path: Path, runs: int) -> None:
    """(b) ``CatalogueService.open`` on the existing file, each run in a new interpreter."""
    opens, firsts = [], []
    for _ in range(runs):
        output = subprocess.run(
            [sys.executable, "-c", _OPEN_PROBE, str(path)],
            check=True, capture_output=True, text=True,
        ).stdout.split()
        opens.append(float(output[0]))
        firsts.append(float(output[1]))
    print(f"(b) open catalogue (engine + schema check, fresh process, imports excluded), "
          f"median of {runs}:")
    print(f"    open{_ms(statistics.median(opens))}   (target <= 150 ms)")
    print(f"    open + first count(){_ms(statistics.median(firsts))}")


# What the film list fetches before it is shown (the main window's FIRST_SCREEN).
FIRST_SCREEN = 120


def measure_first_screen(service: CatalogueService, runs: int) -> None:
    """(c) The list's first screen: its first ids in title order, the count, then 60 rows."""

    def first_screen() -> int:
        result = service.search("", SortKey.TITLE, limit=FIRST_SCREEN)
        return len(service.rows(result.ids[:60]))

    result = service.search("", SortKey.TITLE, limit=FIRST_SCREEN)
    both, _ = _timed(first_screen, runs)
    search_first, _ = _timed(lambda: service.search("", SortKey.TITLE, limit=FIRST_SCREEN), runs)
    rows, _ = _timed(lambda: service.rows(result.ids[:60]), runs)
    search_all, _ = _timed(lambda: service.search("", SortKey.TITLE), runs)
    print(f"(c) first screen, median of {runs} (catalogue of {result.count:,} films):")
    print(f"    search('', limit={FIRST_SCREEN}) + rows(60){_ms(statistics.median(both))}"
          "   (target <= 15 ms)")
    print(f"    search('', limit={FIRST_SCREEN}) alone {_ms(statistics.median(search_first))}")
    print(f"    rows(60) alone                {_ms(statistics.median(rows))}")
    print(f"    every id (the list's worker)  {_ms(statistics.median(search_all))}")


def measure_typing(service: CatalogueService, runs: int) -> None:
    """(d) Each query as typed: the count and first screen of ids the list shows at once.

    The rest of a long result's ids follows in the list's worker thread; its time is
    printed beside, for the record.
    """
    samples: list[float] = []
    whole: list[float] = []
    per_query: list[tuple[float, float, str, int]] = []
    for query in TYPED_QUERIES:
        times, result = _timed(
            functools.partial(service.search, query, limit=FIRST_SCREEN), runs
        )
        every, _ = _timed(functools.partial(service.search, query), runs)
        samples += times
        whole += every
        per_query.append((statistics.median(times), statistics.median(every), query, result.count))
    print(f"(d) search as you type (count + first {FIRST_SCREEN} ids), "
          f"{len(TYPED_QUERIES)} queries x {runs} runs:")
    print(f"    median {_ms(statistics.median(samples))}   (target <= 20 ms)")
    print(f"    p95    {_ms(_p95(samples))}   (target <= 50 ms)")
    print(f"    every id of the result, in the worker: median {_ms(statistics.median(whole))}, "
          f"p95 {_ms(_p95(whole))}")
    print("    slowest queries (first screen, every id, matches):")
    shown = (
        per_query if os.environ.get("BENCH_ALL_QUERIES") else sorted(per_query, reverse=True)[:8]
    )
    for seconds, every_seconds, query, count in shown:
        print(f"      {_ms(seconds)} {_ms(every_seconds)}  {count:7,}  {query}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--films", type=int, default=100_000, help="catalogue size to build")
    parser.add_argument("--database", type=Path, help="reuse (or build) this catalogue file")
    parser.add_argument("--rebuild", action="store_true", help="build it again even if present")
    parser.add_argument("--runs", type=int, default=15, help="repetitions per measurement")
    args = parser.parse_args(argv)

    size = f"{args.films // 1000}k" if args.films % 1000 == 0 else str(args.films)
    path = args.database or OUT / f"catalogue-{size}.sqlite"
    path.parent.mkdir(parents=True, exist_ok=True)
    print(f"filmdesk catalogue bench · Python {platform.python_version()} · "
          f"SQLite {sqlite3.sqlite_version} · {os.cpu_count()} cores · {platform.platform()}")
    print(f"load average at start: {_load()}")
    if args.rebuild or not path.exists() or not is_current(path):
        if path.exists() and not args.rebuild:
            print(f"{path} has an older schema: building it again")
        _remove(path)
        build(path, args.films)
    else:
        print(f"(a) skipped: reusing {path} (--rebuild measures the bulk insert)")
    measure_open(path, args.runs)
    service = CatalogueService.open(path, create=False)
    try:
        measure_first_screen(service, args.runs)
        measure_typing(service, max(3, args.runs // 3))
    finally:
        service.close()
    print(f"load average at end: {_load()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
