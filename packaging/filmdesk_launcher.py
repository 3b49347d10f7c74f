# SPDX-License-Identifier: GPL-3.0-or-later
"""PyInstaller's entry script: the bundled executable is the same `filmdesk` command.

Kept outside the package so PyInstaller analyses it as ``__main__`` while ``filmdesk``
itself is collected as an ordinary package (its modules keep their dotted names, which
the interchange registry and Alembic rely on).
"""

from __future__ import annotations

import multiprocessing
import sys

from filmdesk.cli import main

if __name__ == "__main__":
    # Exports read big catalogues in worker processes started by "spawn": in a bundle
    # they are this executable again, and this call makes them workers, not windows.
    multiprocessing.freeze_support()
    sys.exit(main())
