# SPDX-License-Identifier: GPL-3.0-or-later
"""Pausing Python's cyclic garbage collector around work that only allocates.

Bulk writes and the catalogue service's loading allocate millions of objects that hold
no reference cycles; the collector would walk every live object again and again as
they pass. Nothing here imports Qt or SQLAlchemy.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_collection_lock = threading.Lock()
_collection_pauses = 0  # pauses under way, in any thread
_collection_state: list[bool] = []  # whether the collector ran before the first pause


@contextmanager
def collection_paused() -> Iterator[None]:
    """Hold off the cyclic garbage collector until the last pause, in any thread, ends.

    In a bulk import the collector took a fifth of the time. Whatever cycles are left
    meanwhile are collected once it runs again; the collector is only switched back on
    if it was on when the first pause began.
    """
    global _collection_pauses
    with _collection_lock:
        _collection_pauses += 1
        if _collection_pauses == 1:
            was_enabled = gc.isenabled()
            gc.disable()
            _collection_state.append(was_enabled)
    try:
        yield
    finally:
        with _collection_lock:
            _collection_pauses -= 1
            if _collection_pauses == 0 and _collection_state.pop():
                gc.enable()
