# SPDX-License-Identifier: GPL-3.0-or-later
"""Start-up benchmark: the PyInstaller bundle against the installed `filmdesk` command.

    .venv/bin/python bench/startup_bench.py                # 7 starts of each, side by side
    .venv/bin/python bench/startup_bench.py --runs 15
    .venv/bin/python bench/startup_bench.py --drop-caches  # root only: empty page cache

Each start is a new process on the 14-film sample catalogue (made once in a temp folder),
offscreen, timed from launch until the window's first paint has been reported through
FILMDESK_READY_FILE (filmdesk.ui.ready); the app then quits by itself. The two commands
take turns so that a machine slowing down affects both alike. Peak RSS and CPU time are the
child's own, as the kernel reports them when it is reaped (wait4).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "filmdesk" / "filmdesk"
ENTRY_POINT = Path(sys.executable).parent / "filmdesk"
READY_TIMEOUT = 60.0


@dataclass
class Samples:
    label: str
    command: list[str]
    seconds: list[float] = field(default_factory=list)
    cpu_seconds: list[float] = field(default_factory=list)
    peak_rss_kib: list[int] = field(default_factory=list)


def _environment(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("FILMDESK_DATABASE_URL", None)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["FILMDESK_DATA_DIR"] = str(home / "data")
    env["FILMDESK_CONFIG_DIR"] = str(home / "config")
    env["FILMDESK_LOG_DIR"] = str(home / "logs")
    env["FILMDESK_READY_FILE"] = str(home / "ready")
    env["FILMDESK_QUIT_AFTER_READY"] = "1"
    return env


def _drop_page_cache() -> None:
    # Makes every start read Qt, Python and the catalogue from disk, like after a reboot.
    os.sync()
    Path("/proc/sys/vm/drop_caches").write_text("3\n")


def _one_start(samples: Samples, home: Path, *, drop_caches: bool) -> None:
    ready = home / "ready"
    ready.unlink(missing_ok=True)
    env = _environment(home)
    if drop_caches:
        _drop_page_cache()
    errors = home / "stderr.txt"  # a file, not a pipe: a chatty child can never block on it
    with errors.open("wb") as stderr:
        start = time.perf_counter()
        process = subprocess.Popen(
            samples.command, env=env, stdout=subprocess.DEVNULL, stderr=stderr
        )
        # Polling every 2 ms costs little and bounds the timing error well below the spread.
        while not ready.exists():
            if process.poll() is not None or time.perf_counter() - start > READY_TIMEOUT:
                process.kill()
                process.wait()
                raise SystemExit(f"{samples.label}: no window reported\n{errors.read_text()}")
            time.sleep(0.002)
        samples.seconds.append(time.perf_counter() - start)
        # wait4 hands back the child's own resource usage; ru_maxrss is in KiB on Linux.
        _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"{samples.label}: exited with {process.returncode}\n{errors.read_text()}")
    # CPU time covers the whole run (to exit), but unlike wall time it hardly moves when
    # other work shares the machine.
    samples.cpu_seconds.append(usage.ru_utime + usage.ru_stime)
    samples.peak_rss_kib.append(usage.ru_maxrss)


def _row(name: str, values: list[str]) -> str:
    return f"{name:<26}" + "".join(f"{v:>18}" for v in values)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="starts of each command")
    parser.add_argument("--bundle", type=Path, default=BUNDLE)
    parser.add_argument("--entry-point", type=Path, default=ENTRY_POINT)
    parser.add_argument("--drop-caches", action="store_true", help="root only")
    args = parser.parse_args(argv)

    variants = [Samples("venv entry point", [str(args.entry_point)])]
    if args.bundle.exists():
        variants.insert(0, Samples("bundle", [str(args.bundle)]))
    else:
        print(f"no bundle at {args.bundle} (make bundle): measuring the entry point only")

    home = Path(tempfile.mkdtemp(prefix="filmdesk-startup-"))
    try:
        catalogue = home / "Sample.filmdesk"
        subprocess.run(
            [str(args.entry_point), "init", "--sample", "--database", str(catalogue)],
            env=_environment(home),
            check=True,
            stdout=subprocess.DEVNULL,
        )
        for variant in variants:
            variant.command += ["--database", str(catalogue), "--no-crash-dialog"]
            _one_start(variant, home, drop_caches=False)  # first start: fonts, Qt caches
            variant.seconds.clear()
            variant.cpu_seconds.clear()
            variant.peak_rss_kib.clear()
        for _ in range(args.runs):
            for variant in variants:
                _one_start(variant, home, drop_caches=args.drop_caches)
    finally:
        shutil.rmtree(home, ignore_errors=True)

    cache = "page cache dropped before each start" if args.drop_caches else "warm page cache"
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(
        f"filmdesk start-up to first painted window · {args.runs} starts each · {cache} · "
        f"Python {platform.python_version()} · {os.cpu_count()} CPUs · {platform.system()}"
        f" · load average {load}"
    )
    print(_row("", [v.label for v in variants]))
    print(_row("median", [f"{statistics.median(v.seconds) * 1000:.0f} ms" for v in variants]))
    print(_row("min / max", [
        f"{min(v.seconds) * 1000:.0f} / {max(v.seconds) * 1000:.0f} ms" for v in variants
    ]))
    print(_row("CPU user+sys (median)", [
        f"{statistics.median(v.cpu_seconds) * 1000:.0f} ms" for v in variants
    ]))
    print(_row("peak RSS (median)", [
        f"{statistics.median(v.peak_rss_kib) / 1024:.0f} MiB" for v in variants
    ]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
