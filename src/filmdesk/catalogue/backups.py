# SPDX-License-Identifier: GPL-3.0-or-later
"""Rolling backups of SQLite catalogues, integrity checks and restores.

A backup is a consistent copy made with SQLite's online backup API (safe while the
catalogue is open), named by date, at most one a day, the newest N kept. Restoring
first keeps a copy of the current file, so a restore can itself be undone by hand.
"""

from __future__ import annotations

import datetime as dt
import logging
import shutil
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from filmdesk.errors import FilmdeskError

log = logging.getLogger(__name__)
SUFFIX = ".filmdesk"


class BackupError(FilmdeskError):
    pass


@dataclass(frozen=True, slots=True)
class Backup:
    path: Path
    taken: dt.datetime
    size: int


def backup_folder(catalogue: Path, root: Path) -> Path:
    """Backups of one catalogue live in their own folder, named after the file."""
    return root / catalogue.stem


def list_backups(catalogue: Path, root: Path) -> list[Backup]:
    folder = backup_folder(catalogue, root)
    if not folder.is_dir():
        return []
    found = [
        Backup(p, dt.datetime.fromtimestamp(p.stat().st_mtime), p.stat().st_size)
        for p in folder.glob(f"*{SUFFIX}")
    ]
    return sorted(found, key=lambda b: b.path.name, reverse=True)


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy of a live SQLite database (WAL content included)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    try:
        with (
            closing(sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)) as src,
            closing(sqlite3.connect(partial)) as dst,
        ):
            src.backup(dst)
        partial.replace(target)  # never leave a half-written backup under the real name
    except (sqlite3.Error, OSError) as exc:
        partial.unlink(missing_ok=True)
        raise BackupError(f"Could not copy {source.name} to {target.parent}: {exc}") from exc


def daily_backup(
    catalogue: Path, root: Path, keep: int, today: dt.date | None = None
) -> Path | None:
    """Take today's backup unless there is one, then drop all but the newest ``keep``."""
    if keep <= 0 or not catalogue.exists():
        return None
    day = (today or dt.date.today()).isoformat()
    target = backup_folder(catalogue, root) / f"{catalogue.stem} {day}{SUFFIX}"
    made = None
    if not target.exists():
        copy_database(catalogue, target)
        made = target
        log.info("Backed up %s to %s", catalogue, target)
    for old in list_backups(catalogue, root)[keep:]:
        old.path.unlink(missing_ok=True)
    return made


def integrity_problems(path: Path, *, quick: bool = True) -> list[str]:
    """What SQLite's integrity check reports; an empty list means the file is sound."""
    pragma = "quick_check" if quick else "integrity_check"
    try:
        with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as db:
            rows = [row[0] for row in db.execute(f"PRAGMA {pragma}")]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return [] if rows == ["ok"] else rows


def newest_good_backup(catalogue: Path, root: Path) -> Backup | None:
    for backup in list_backups(catalogue, root):
        if not integrity_problems(backup.path):
            return backup
    return None


def restore_backup(backup: Path, catalogue: Path) -> Path:
    """Replace ``catalogue`` with ``backup``; the replaced file is kept beside it."""
    if integrity_problems(backup):
        raise BackupError(f"The backup {backup.name} is damaged too; choose an older one.")
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    kept = catalogue.with_name(f"{catalogue.name}.replaced-{stamp}")
    try:
        if catalogue.exists():
            shutil.move(catalogue, kept)
        for suffix in ("-wal", "-shm"):  # the journal belongs with the file it journals
            side = Path(f"{catalogue}{suffix}")
            if side.exists():
                shutil.move(side, Path(f"{kept}{suffix}"))
        copy_database(backup, catalogue)
    except OSError as exc:
        raise BackupError(f"Could not restore {backup.name}: {exc}") from exc
    return kept
