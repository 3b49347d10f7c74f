# SPDX-License-Identifier: GPL-3.0-or-later
"""PostgreSQL beside SQLite: the 100k catalogue's first screen, search as you type, and
several people saving the same films at once.

    .venv/bin/python bench/postgres_bench.py                        # a throw-away server
    .venv/bin/python bench/postgres_bench.py --database postgresql+psycopg://me@host/db
    .venv/bin/python bench/postgres_bench.py --films 10000 --duration 20 --clients 4

Without --database the script starts a private PostgreSQL with scripts/pg_test_cluster.sh
and removes it at the end. The SQLite catalogue (bench/out/pg-bench-<N>k.sqlite) is
generated once and reused; the server copy is made from it with copy-catalogue, so both
hold the same films. The concurrency test runs separate processes, each with its own
service, each adding one to a counter kept in a film's notes and retrying on a conflict;
at the end the counters must add up to the saves reported, or an update was lost.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from filmdesk.catalogue.copying import copy_catalogue
from filmdesk.catalogue.dto import SortKey
from filmdesk.catalogue.generator import generate_films
from filmdesk.catalogue.service import CatalogueService
from filmdesk.errors import ConcurrentEditError, StorageError

sys.path.insert(0, str(Path(__file__).resolve().parent))
from catalogue_bench import TYPED_QUERIES  # noqa: E402  (the same keystrokes as the SQLite bench)

ROOT = Path(__file__).resolve().parent.parent
OUT = Path(__file__).resolve().parent / "out"
HOT_FILMS = 40  # the films everybody edits: small, so saves really collide


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:8.2f} ms"


def _p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def _timed(function: Callable[[], Any], runs: int) -> list[float]:
    function()  # warm-up: pooled connections, compiled statements, the server's cache
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        samples.append(time.perf_counter() - start)
    return samples


@contextmanager
def throwaway_server() -> Iterator[str]:
    state = Path(tempfile.mkdtemp(prefix="filmdesk-pg-bench-"))
    state.chmod(0o755)  # the server runs as the postgres user when we are root
    script = ROOT / "scripts" / "pg_test_cluster.sh"
    try:
        server = subprocess.run(
            [str(script), "start", str(state / "cluster")],
            check=True, capture_output=True, text=True,
        ).stdout.strip()
        admin = create_engine(server, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text("CREATE DATABASE filmdesk_bench"))
        admin.dispose()
        yield make_url(server).set(database="filmdesk_bench").render_as_string(
            hide_password=False
        )
    finally:
        subprocess.run([str(script), "stop", str(state / "cluster")], check=False)
        shutil.rmtree(state, ignore_errors=True)


def sqlite_catalogue(films: int) -> Path:
    path = OUT / f"pg-bench-{films // 1000}k.sqlite"
    if path.exists():
        print(f"SQLite catalogue: reusing {path}")
        return path
    OUT.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{partial}{suffix}").unlink(missing_ok=True)
    service = CatalogueService.open(partial)
    start = time.perf_counter()
    service.add_films(generate_films(films), total=films)
    elapsed = time.perf_counter() - start
    service.close()
    partial.rename(path)
    print(f"SQLite catalogue: generated {films:,} films in {elapsed:.1f} s "
          f"({films / elapsed:,.0f} films/s)")
    return path


def load_server(url: str, source: Path, films: int) -> None:
    target = CatalogueService.open(url)
    try:
        if target.count() == films:
            print(f"PostgreSQL catalogue: reusing {films:,} films")
            return
        with _closing(CatalogueService.open(source, create=False)) as sqlite:
            start = time.perf_counter()
            summary = copy_catalogue(sqlite, target, replace=True)
            elapsed = time.perf_counter() - start
        print(f"copy-catalogue SQLite -> PostgreSQL: {summary.films:,} films in {elapsed:.1f} s "
              f"({summary.films / elapsed:,.0f} films/s)")
        # Fresh planner statistics, as autovacuum would give a real server after a while.
        admin = create_engine(url, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text("VACUUM ANALYZE"))
        admin.dispose()
    finally:
        target.close()


@contextmanager
def _closing(service: CatalogueService) -> Iterator[CatalogueService]:
    try:
        yield service
    finally:
        service.close()


def measure_reads(services: dict[str, CatalogueService], runs: int) -> None:
    def first_screen(service: CatalogueService) -> Callable[[], int]:
        def run() -> int:
            ids = service.search("", SortKey.TITLE).ids
            return len(service.rows(ids[:60]))

        return run

    print(f"\nFirst screen: search('') in title order, then 60 rows; median of {runs}")
    print(f"  {'':<28}{'SQLite':>14}{'PostgreSQL':>14}")
    def rows_alone(service: CatalogueService) -> Callable[[], object]:
        ids = service.search("").ids[:60]
        return lambda: service.rows(ids)

    lines = {
        "search('') + rows(60)": first_screen,
        "search('') alone": lambda s: (lambda: s.search("", SortKey.TITLE)),
        "rows(60) alone": rows_alone,
    }
    for label, make in lines.items():
        medians = [statistics.median(_timed(make(s), runs)) for s in services.values()]
        print(f"  {label:<28}" + "".join(f"{_ms(m):>14}" for m in medians))

    typing_runs = max(3, runs // 3)
    print(f"\nSearch as you type: {len(TYPED_QUERIES)} queries x {typing_runs} runs")
    samples: dict[str, list[float]] = {}
    per_query: dict[str, list[tuple[float, str, int]]] = {}
    for name, service in services.items():
        samples[name], per_query[name] = [], []
        for query in TYPED_QUERIES:
            times = _timed(lambda q=query, s=service: s.search(q), typing_runs)
            samples[name] += times
            per_query[name].append(
                (statistics.median(times), query, len(service.search(query).ids))
            )
    print(f"  {'':<28}{'SQLite':>14}{'PostgreSQL':>14}")
    for label, figure in (("median", statistics.median), ("p95", _p95), ("max", max)):
        print(f"  {label:<28}" + "".join(f"{_ms(figure(s)):>14}" for s in samples.values()))
    counts = [[c for _, _, c in rows] for rows in per_query.values()]
    print(f"  same matches on both: {counts[0] == counts[1]}")
    print("  slowest on PostgreSQL (median, matches):")
    for seconds, query, count in sorted(per_query["PostgreSQL"], reverse=True)[:8]:
        print(f"    {_ms(seconds)}  {count:7,}  {query}")


def _client(location: str, hot: list[int], seconds: float, seed: int) -> dict[str, Any]:
    """One person saving films for ``seconds``: read, add one to the counter, save."""
    service = CatalogueService.open(location, create=False)
    rng = random.Random(seed)
    saves = conflicts = storage_errors = 0
    latencies: list[float] = []
    deadline = time.monotonic() + seconds
    try:
        while time.monotonic() < deadline:
            film_id = rng.choice(hot)
            start = time.perf_counter()
            film = service.film(film_id)
            try:
                service.update_film(replace(film, notes=str(int(film.notes) + 1)))
            except ConcurrentEditError:
                conflicts += 1  # someone saved first: read again and retry
                continue
            except StorageError:
                storage_errors += 1  # SQLite's writer lock timed out: retry
                continue
            latencies.append(time.perf_counter() - start)
            saves += 1
    finally:
        service.close()
    return {"saves": saves, "conflicts": conflicts, "storage_errors": storage_errors,
            "latencies": latencies}


def measure_concurrency(name: str, location: str, clients: int, seconds: float) -> None:
    service = CatalogueService.open(location, create=False)
    try:
        hot = service.search("", SortKey.ADDED, limit=HOT_FILMS).ids
        for film in service.films(hot, with_posters=False):
            service.update_film(replace(film, notes="0"), overwrite=True)
        before = service.change_token()
    finally:
        service.close()
    context = multiprocessing.get_context("spawn")
    with context.Pool(clients) as pool:
        results = pool.starmap(
            _client, [(location, hot, seconds, 1000 + i) for i in range(clients)]
        )
    service = CatalogueService.open(location, create=False)
    try:
        counted = sum(int(f.notes) for f in service.films(hot, with_posters=False))
        logged = service.changes_since(before, include_own=True)
    finally:
        service.close()
    saves = sum(r["saves"] for r in results)
    conflicts = sum(r["conflicts"] for r in results)
    storage = sum(r["storage_errors"] for r in results)
    latencies = [x for r in results for x in r["latencies"]]
    print(f"\n{clients} clients editing {HOT_FILMS} films for {seconds:.0f} s on {name}:")
    print(f"  saves {saves:,} ({saves / seconds:,.0f}/s), conflicts refused and retried "
          f"{conflicts:,}, lock time-outs retried {storage:,}")
    if latencies:
        print(f"  read+save median {_ms(statistics.median(latencies))}, "
              f"p95 {_ms(_p95(latencies))}")
    print(f"  counters in the films add up to {counted:,}: "
          f"{'zero lost updates' if counted == saves else f'LOST {saves - counted} UPDATES'}")
    print(f"  change log: {len(logged.changed)} films reported changed to other windows")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", help="PostgreSQL URL (default: a throw-away server)")
    parser.add_argument("--films", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=15, help="repetitions per measurement")
    parser.add_argument("--clients", type=int, default=10)
    parser.add_argument("--duration", type=float, default=60, help="seconds of concurrent edits")
    parser.add_argument("--sqlite-concurrency", action="store_true",
                        help="run the concurrent edits on the SQLite file too")
    args = parser.parse_args(argv)

    print(f"filmdesk PostgreSQL bench · Python {platform.python_version()} · "
          f"{os.cpu_count()} cores · {platform.platform()}")
    source = sqlite_catalogue(args.films)
    with (throwaway_server() if args.database is None else _given(args.database)) as url:
        load_server(url, source, args.films)
        services = {
            "SQLite": CatalogueService.open(source, create=False),
            "PostgreSQL": CatalogueService.open(url, create=False),
        }
        try:
            measure_reads(services, args.runs)
        finally:
            for service in services.values():
                service.close()
        measure_concurrency("PostgreSQL", url, args.clients, args.duration)
        if args.sqlite_concurrency:
            measure_concurrency("SQLite", str(source), args.clients, args.duration)
    return 0


@contextmanager
def _given(url: str) -> Iterator[str]:
    yield url


if __name__ == "__main__":
    raise SystemExit(main())
