# SPDX-License-Identifier: GPL-3.0-or-later
"""Who changed what: a numbered log of writes, so every open window can catch up.

Each committed write that touches films bumps the catalogue's change counter once and
lists the films it added, changed or deleted under that number. A window keeps the
number it has seen (a *token*) and asks for everything after it. This works the same on
SQLite (other processes on the same file) and on PostgreSQL, where a NOTIFY at commit
lets a listener know at once instead of on its next poll.

The counter row is bumped last, just before commit. Its row lock therefore orders the
writers: once a reader sees the counter at N, every change numbered up to N is visible
too, so a token never skips a write that committed late.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from sqlalchemy import Connection, Engine, delete, insert, select, update

from filmdesk.catalogue.models import ChangeCounter, FilmChange

if TYPE_CHECKING:
    from filmdesk.catalogue.backends import Backend
    from filmdesk.catalogue.service import CatalogueService

# A write touching more films than this (an import) is logged as one "reset": reload all.
RESET_ABOVE = 500
# How many change numbers stay listed; a window further behind reloads everything.
KEEP = 10_000
_PENDING = "filmdesk_pending_changes"


@dataclass(frozen=True, slots=True)
class ChangeSet:
    """What changed between two tokens. ``reset`` means "reload everything"."""

    token: int
    added: frozenset[int] = frozenset()
    changed: frozenset[int] = frozenset()
    deleted: frozenset[int] = frozenset()
    reset: bool = False

    @property
    def empty(self) -> bool:
        return not (self.added or self.changed or self.deleted or self.reset)

    @property
    def films(self) -> frozenset[int]:
        """Every film id mentioned, whatever happened to it."""
        return self.added | self.changed | self.deleted


@runtime_checkable
class ChangeSignals(Protocol):
    """What a back end may add: a push when another client commits (PostgreSQL NOTIFY)."""

    def notify_changes(self, connection: Connection, token: int) -> None: ...

    def open_listener(self, engine: Engine) -> ChangeSignal: ...


class ChangeSignal(Protocol):
    def pending(self) -> bool:
        """True when a change may have been committed since the last call; never blocks."""
        ...

    def close(self) -> None: ...


# --- writing ---------------------------------------------------------------------------------


def note(connection: Connection, kind: str, film_ids: Iterable[int]) -> None:
    """Remember films written in this transaction; ``record`` logs them at its end.

    ``kind`` is "added", "changed" or "deleted"; "reset" (no ids) means "reload all".
    """
    pending: list[tuple[str, list[int]]] = connection.info.setdefault(_PENDING, [])
    pending.append((kind, list(film_ids)))


def discard(connection: Connection) -> None:
    """Forget notes of a transaction that was rolled back (they live on the connection)."""
    connection.info.pop(_PENDING, None)


def record(connection: Connection, backend: Backend, origin: str) -> int | None:
    """Log this transaction's notes under the next change number; call just before commit."""
    pending: list[tuple[str, list[int]]] = connection.info.pop(_PENDING, [])
    touched = {film_id for _, ids in pending for film_id in ids}
    reset = any(kind == "reset" for kind, _ in pending)
    if not touched and not reset:
        return None
    token = _bump(connection)
    rows: list[dict[str, object]]
    if reset or len(touched) > RESET_ABOVE:
        rows = [{"seq": token, "film_id": None, "kind": "reset", "origin": origin}]
    else:
        kinds: dict[int, str] = {}
        for kind, ids in pending:
            for film_id in ids:
                kinds[film_id] = _merge(kinds.get(film_id), kind)
        rows = [
            {"seq": token, "film_id": film_id, "kind": kind, "origin": origin}
            for film_id, kind in kinds.items()
        ]
    connection.execute(insert(FilmChange), rows)
    if token % 250 == 0:
        _prune(connection, token)
    if isinstance(backend, ChangeSignals):
        backend.notify_changes(connection, token)
    return token


def _bump(connection: Connection) -> int:
    bumped = connection.execute(
        update(ChangeCounter).where(ChangeCounter.id == 1).values(value=ChangeCounter.value + 1)
    )
    if bumped.rowcount == 0:  # a catalogue made before the row existed
        connection.execute(insert(ChangeCounter), {"id": 1, "value": 1, "pruned_to": 0})
        return 1
    return int(connection.scalar(select(ChangeCounter.value).where(ChangeCounter.id == 1)) or 0)


def _prune(connection: Connection, token: int) -> None:
    floor = token - KEEP
    if floor <= 0:
        return
    connection.execute(delete(FilmChange).where(FilmChange.seq <= floor))
    connection.execute(
        update(ChangeCounter).where(ChangeCounter.id == 1).values(pruned_to=floor)
    )


def _merge(before: str | None, now: str) -> str:
    """The net effect of two writes to one film, as someone who saw neither would need it."""
    if now == "deleted" or before is None:
        return now
    if before == "added":
        return "added"  # edited after being added: still new to the reader
    if before == "deleted" and now == "added":
        return "changed"  # deleted and put back (undo): the reader still has it listed
    return now


# --- reading ---------------------------------------------------------------------------------


def current_token(connection: Connection) -> int:
    value = connection.scalar(select(ChangeCounter.value).where(ChangeCounter.id == 1))
    return int(value or 0)


def changes_since(
    connection: Connection, token: int, *, skip_origin: str | None = None
) -> ChangeSet:
    """Everything logged after ``token``, merged per film (optionally without one origin)."""
    counter = connection.execute(
        select(ChangeCounter.value, ChangeCounter.pruned_to).where(ChangeCounter.id == 1)
    ).first()
    now, pruned_to = (int(counter[0]), int(counter[1])) if counter else (0, 0)
    if token == now:
        return ChangeSet(now)
    if token > now or token < pruned_to:
        # The catalogue was replaced (copy --replace, a restored backup) or the reader is
        # so far behind that the log no longer reaches back: start over.
        return ChangeSet(now, reset=True)
    query = (
        select(FilmChange.film_id, FilmChange.kind)
        .where(FilmChange.seq > token, FilmChange.seq <= now)
        .order_by(FilmChange.seq, FilmChange.id)
    )
    if skip_origin is not None:
        query = query.where(FilmChange.origin != skip_origin)
    kinds: dict[int, str] = {}
    reset = False
    for film_id, kind in connection.execute(query):
        if kind == "reset" or film_id is None:
            reset = True
        else:
            kinds[film_id] = _merge(kinds.get(film_id), kind)
    return ChangeSet(
        now,
        added=frozenset(i for i, k in kinds.items() if k == "added"),
        changed=frozenset(i for i, k in kinds.items() if k == "changed"),
        deleted=frozenset(i for i, k in kinds.items() if k == "deleted"),
        reset=reset,
    )


class ChangeListener:
    """Others' changes for one window; call ``poll()`` from a timer (say every second).

    On PostgreSQL a LISTEN connection says when something was committed, so ``poll()``
    only queries then (and every ``safety_interval`` seconds in case a notice was
    missed). On SQLite it reads the counter at most every ``interval`` seconds. Either
    way a call that finds nothing new costs no more than one tiny query.
    """

    def __init__(
        self,
        service: CatalogueService,
        token: int | None = None,
        *,
        interval: float = 2.0,
        safety_interval: float = 30.0,
        include_own: bool = False,
    ) -> None:
        self._service = service
        self._token = service.change_token() if token is None else token
        self._interval = interval
        self._safety_interval = safety_interval
        self._include_own = include_own
        self._signal = service.open_change_signal()
        self._last = time.monotonic()

    @property
    def token(self) -> int:
        return self._token

    @property
    def pushed(self) -> bool:
        """Whether the server pushes notices (else changes are found by polling)."""
        return self._signal is not None

    def poll(self, *, force: bool = False) -> ChangeSet | None:
        """What others changed since the last call, or ``None`` (also when not yet due)."""
        now = time.monotonic()
        if self._signal is not None:
            due = self._signal.pending() or now - self._last >= self._safety_interval
        else:
            due = now - self._last >= self._interval
        if not (due or force):
            return None
        self._last = now
        changes = self._service.changes_since(self._token, include_own=self._include_own)
        self._token = changes.token
        return None if changes.empty else changes

    def close(self) -> None:
        if self._signal is not None:
            self._signal.close()
            self._signal = None
