# SPDX-License-Identifier: GPL-3.0-or-later
"""Import/export benchmark: the native format on the generated 100k catalogue.

    .venv/bin/python bench/interchange_bench.py               # 100k; reuses bench/out/
    .venv/bin/python bench/interchange_bench.py --films 10000 # a smaller catalogue
    .venv/bin/python bench/interchange_bench.py --only export # one direction

Targets (the Import/Export issue): native import ≥ 8,000 films/s, native export
≥ 20,000 films/s, each with a peak memory under 400 MB. Export and import each run in a
fresh interpreter, so the peak resident set (``ru_maxrss``) is that step's alone; it is the
larger of the main process's and any export worker's, and CPU time counts the workers too.
The source is bench/out/catalogue-<N>k.sqlite (bench/catalogue_bench.py builds the same
file; this script builds it too when it is missing). Timings are wall clock.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

OUT = Path(__file__).resolve().parent / "out"
TARGETS = {"import": 8_000, "export": 20_000}
MEMORY_TARGET_MB = 400


def _peak_mb() -> float:
    """The largest resident set of this process and of any worker process it started."""
    return max(
        resource.getrusage(who).ru_maxrss / 1024  # KiB on Linux
        for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
    )


def _cpu_seconds() -> float:
    """CPU time of this process and its finished worker processes (exports start some)."""
    return sum(
        usage.ru_utime + usage.ru_stime
        for usage in map(resource.getrusage, (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    )


def _build(path: Path, films: int) -> None:
    from filmdesk.catalogue.generator import generate_films
    from filmdesk.catalogue.service import CatalogueService

    print(f"building {path.name} ({films:,} generated films) …", flush=True)
    start = time.perf_counter()
    service = CatalogueService.open(path)
    service.add_films(generate_films(films, seed=1995), total=films)
    service.close()
    print(f"  built in {time.perf_counter() - start:.1f} s", flush=True)


def _export(database: Path, target: Path) -> dict[str, float]:
    from filmdesk.catalogue.service import CatalogueService
    from filmdesk.interchange.importing import export_films

    service = CatalogueService.open(database, create=False)
    start, cpu = time.perf_counter(), _cpu_seconds()
    summary = export_films(service, target)
    seconds, cpu = time.perf_counter() - start, _cpu_seconds() - cpu
    service.close()
    return {"films": summary.films, "seconds": seconds, "cpu": cpu, "peak_mb": _peak_mb(),
            "bytes": target.stat().st_size}


def _import(source: Path, database: Path) -> dict[str, float]:
    from filmdesk.catalogue.service import CatalogueService
    from filmdesk.interchange.importing import plan_import, run_import

    service = CatalogueService.open(database)
    start, cpu = time.perf_counter(), _cpu_seconds()
    plan = plan_import(service, [source])
    planned = time.perf_counter()
    summary = run_import(service, plan)
    seconds, cpu = time.perf_counter() - start, _cpu_seconds() - cpu
    service.close()
    return {"films": summary.added, "seconds": seconds, "cpu": cpu,
            "plan_seconds": planned - start, "peak_mb": _peak_mb(),
            "rejected": len(summary.rejected)}


def _phase(*args: str) -> dict[str, float]:
    """Run one step in a fresh interpreter and return what it measured."""
    command = [sys.executable, __file__, *args]
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def _line(step: str, result: dict[str, float]) -> str:
    rate = result["films"] / result["seconds"]
    target = TARGETS[step]
    verdict = "ok" if rate >= target and result["peak_mb"] < MEMORY_TARGET_MB else "BELOW TARGET"
    # Films per CPU second too: on a shared machine the wall clock also counts waiting.
    per_cpu = result["films"] / max(result["cpu"], 1e-9)
    return (f"native {step:<6} {int(result['films']):>8,} films  {result['seconds']:7.1f} s  "
            f"{rate:9,.0f} films/s (target {target:,}; {per_cpu:,.0f} per CPU-second)  "
            f"peak {result['peak_mb']:4.0f} MB (target < {MEMORY_TARGET_MB})  {verdict}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--films", type=int, default=100_000)
    parser.add_argument("--database", type=Path, help="source catalogue (default bench/out/…)")
    parser.add_argument("--only", choices=["export", "import"], help="run one direction")
    parser.add_argument("--phase", choices=["export", "import"], help=argparse.SUPPRESS)
    parser.add_argument("--file", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.phase == "export":
        print(json.dumps(_export(args.database, args.file)))
        return 0
    if args.phase == "import":
        print(json.dumps(_import(args.file, args.database)))
        return 0

    OUT.mkdir(exist_ok=True)
    source = args.database or OUT / f"catalogue-{args.films // 1000}k.sqlite"
    if not source.exists():
        _build(source, args.films)
    export_file = OUT / f"interchange-{args.films // 1000}k.filmdesk"
    target = OUT / "interchange-import.sqlite"
    for leftover in OUT.glob("interchange-import.sqlite*"):
        leftover.unlink()
    print(f"source: {source} ({source.stat().st_size / 1e6:,.0f} MB)", flush=True)

    if args.only != "import" or not export_file.exists():  # an import needs an export to read
        exported = _phase("--phase", "export", "--database", str(source),
                          "--file", str(export_file))
        print(_line("export", exported)
              + f"  [{exported['bytes'] / 1e6:,.0f} MB archive]", flush=True)
    if args.only != "export":
        imported = _phase("--phase", "import", "--database", str(target),
                          "--file", str(export_file))
        print(_line("import", imported)
              + f"  [reading and matching {imported['plan_seconds']:.1f} s]", flush=True)
        if imported["rejected"]:
            print(f"  {int(imported['rejected'])} films were rejected", flush=True)
    for leftover in OUT.glob("interchange-import.sqlite*"):
        leftover.unlink()
    print(f"(load average now {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
