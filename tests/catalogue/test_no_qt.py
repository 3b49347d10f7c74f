# SPDX-License-Identifier: GPL-3.0-or-later
"""The core never imports Qt: checked in a fresh interpreter, where nothing else loaded it."""

from __future__ import annotations

import json
import subprocess
import sys

# Imports every catalogue module (found by walking the package, so new ones are covered),
# then the poster code and the command line, and reports what got loaded.
_PROBE = """
import json, pkgutil, sys, importlib
import filmdesk.catalogue as package
names = []
for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
    # Alembic scripts only run inside Alembic; env.py refuses to be imported bare.
    if ".migrations" in info.name:
        continue
    importlib.import_module(info.name)
    names.append(info.name)
import filmdesk.posters, filmdesk.cli, filmdesk.errors, filmdesk.paths
qt = sorted(m for m in sys.modules if m == "PySide6" or m.startswith(("PySide6.", "shiboken6")))
print(json.dumps({"modules": names, "qt": qt}))
"""


def test_core_imports_no_qt() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["qt"] == []
    # The walk really covered the package (a broken walk would pass vacuously).
    assert {
        "filmdesk.catalogue.db",
        "filmdesk.catalogue.migrate",
        "filmdesk.catalogue.search",
        "filmdesk.catalogue.service",
        "filmdesk.catalogue.writer",
    } <= set(report["modules"])
