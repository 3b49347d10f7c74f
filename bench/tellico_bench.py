# SPDX-License-Identifier: GPL-3.0-or-later
"""Tellico import benchmark: parse and convert a generated 100k-film collection.

    .venv/bin/python bench/tellico_bench.py                # builds bench/out/tellico-100k.tc once
    .venv/bin/python bench/tellico_bench.py --rebuild      # exports the collection again
    .venv/bin/python bench/tellico_bench.py --films 20000 --bare

The collection is made by exporting ``generate_films`` through ``tellico.write``, so it
has the shape of a real export (cast tables, dates, keywords…), without posters. Each
import runs in a fresh interpreter so its peak memory (``ru_maxrss``) is the import's
own; this driver imports nothing of filmdesk because Linux carries a parent's peak
across fork and exec into the child's figure. The rate is ``tellico.read`` yielding
validated ``ImportedFilm`` records; saving them is the catalogue benchmark's business.

Wall-clock rates suffer when other processes share the CPU, so CPU-time rates and the
load average are printed beside them.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parent / "out"
TARGET = 4_000  # films per second

_IMPORT_PROBE = """
import resource, sys, time
from pathlib import Path
from filmdesk.interchange import tellico
from filmdesk.interchange.base import ImportedFilm
path = Path(sys.argv[1])
wall, cpu = time.perf_counter(), time.process_time()
films = problems = 0
for item in tellico.read(path):
    if isinstance(item, ImportedFilm):
        films += 1
    else:
        problems += 1
wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(films, problems, wall, cpu, peak)
"""


_BUILD_PROBE = """
import sys, time
from pathlib import Path
from filmdesk.catalogue.generator import generate_films
from filmdesk.interchange import tellico
start = time.perf_counter()
summary = tellico.write(generate_films(int(sys.argv[2])), Path(sys.argv[1]))
print(summary.films, time.perf_counter() - start)
"""


def build(path: Path, films: int) -> None:
    """Export ``films`` generated films as a Tellico ``.tc`` (in a child process, see main)."""
    output = subprocess.run(
        [sys.executable, "-c", _BUILD_PROBE, str(path), str(films)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    written, elapsed = int(output[0]), float(output[1])
    print(
        f"export {written:,} generated films: {elapsed:7.2f} s "
        f"{written / elapsed:8,.0f} films/s (generation included)"
    )
    with zipfile.ZipFile(path) as archive:
        xml_size = archive.getinfo("tellico.xml").file_size
    print(
        f"    {path.name}: {path.stat().st_size / 1e6:,.1f} MB zipped, "
        f"tellico.xml {xml_size / 1e6:,.1f} MB"
    )


def bare_copy(path: Path) -> Path:
    """The same collection as a bare XML ``.tc`` (Tellico opens both)."""
    bare = path.with_name(path.stem + "-bare.tc")
    if not bare.exists() or bare.stat().st_mtime < path.stat().st_mtime:
        with (
            zipfile.ZipFile(path) as archive,
            archive.open("tellico.xml") as source,
            bare.open("wb") as target,
        ):
            while block := source.read(1 << 20):
                target.write(block)
    return bare


def measure(path: Path, runs: int) -> None:
    results = []
    for _ in range(runs):
        output = subprocess.run(
            [sys.executable, "-c", _IMPORT_PROBE, str(path)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.split()
        films, problems = int(output[0]), int(output[1])
        wall, cpu, peak = float(output[2]), float(output[3]), float(output[4])
        results.append((films / wall, films / cpu, peak))
    best_wall = max(r[0] for r in results)
    best_cpu = max(r[1] for r in results)
    peak = max(r[2] for r in results)
    verdict = "meets" if best_wall >= TARGET else "below"
    print(f"import {path.name}: {films:,} films, {problems} problems, best of {runs}")
    print(
        f"    {best_wall:8,.0f} films/s wall   {best_cpu:8,.0f} films/s CPU   "
        f"(target >= {TARGET:,} films/s: {verdict} on wall clock)"
    )
    print(f"    peak memory {peak:,.0f} MB (ru_maxrss of the importing process)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--films", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--rebuild", action="store_true", help="export the collection again")
    parser.add_argument("--bare", action="store_true", help="also import it as bare XML")
    parser.add_argument("--file", type=Path, help="import this .tc instead of a generated one")
    args = parser.parse_args()

    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    if args.file:
        path = args.file
    else:
        OUT.mkdir(exist_ok=True)
        path = OUT / f"tellico-{args.films // 1000}k.tc"
        if args.rebuild or not path.exists():
            build(path, args.films)
    measure(path, args.runs)
    if args.bare:
        measure(bare_copy(path), args.runs)


if __name__ == "__main__":
    main()
