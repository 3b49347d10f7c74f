# SPDX-License-Identifier: GPL-3.0-or-later
"""Import and export pipelines shared by the window and the command line.

An import has two steps so that the user can choose before anything is written:

1. ``plan_import`` reads every file, checks each record with ``validate_film`` and
   decides which catalogue film, if any, it is. It keeps only what identifies each film
   (a few hundred bytes), never the films themselves, so planning 100,000 films stays
   small. Records of the same import that are one film (a Letterboxd diary lists a film
   once per viewing) are folded into one.
2. ``run_import`` reads the files again and writes everything in one transaction: a
   failure or a cancel anywhere rolls all of it back. A replacing import first copies a
   SQLite catalogue beside itself.

Matching order: uuid, then IMDb id, then TMDb id, then the folded title (without a
leading article) and year, with at least one director in common when both records name
directors (a film without a year is never matched by its title). Records that carry
different uuids, or different IMDb/TMDb ids, are never the same film.

What a match does (``OnDuplicate``):

- ``skip``: the catalogue film is left alone.
- ``fill``: only its empty fields are filled; viewing dates and tags are united, the
  rating is set only when it has none, and it becomes watched if either says so.
- ``replace``: from a filmdesk export (which holds every field) the imported film
  replaces the catalogue film whole, keeping its uuid and date added. From any other
  format each field the file gives a value for replaces the catalogue's value and the
  rest is kept: a Letterboxd or CSV file of ratings must not erase plots and posters
  just because it cannot hold them.
"""

from __future__ import annotations

import time
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, fields, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy.exc import IntegrityError

from filmdesk.catalogue.dto import FilmRecord
from filmdesk.catalogue.service import BulkWrite, CatalogueService, MatchKey
from filmdesk.catalogue.text import clean, counted, fold, sort_key
from filmdesk.catalogue.validation import validate_film
from filmdesk.errors import FilmdeskError, ValidationError
from filmdesk.interchange.base import (
    ExportSummary,
    FormatError,
    FormatInfo,
    ImportedFilm,
    ImportNote,
    ImportProblem,
    detect,
    format_by_id,
    formats,
)

ProgressCallback = Callable[[int, int], None]  # (done, total); total is 0 while unknown
CancelCheck = Callable[[], bool]

# Formats whose records hold every field, so "replace" may replace a film whole.
WHOLE_RECORD_FORMATS = frozenset({"native"})
_ADD_BATCH = 500
_MATCH_BATCH = 200
_CANCEL_EVERY = 100  # records between cancel checks while reading


class OnDuplicate(StrEnum):
    SKIP = "skip"
    FILL = "fill"
    REPLACE = "replace"


class ImportCancelled(FilmdeskError):  # noqa: N818 - the name the UI and CLI use
    """The user cancelled; the catalogue is exactly as it was."""

    def __init__(self) -> None:
        super().__init__("The import was cancelled; the catalogue was not changed.")


class ImportRefused(FilmdeskError):  # noqa: N818
    """A strict import found rejected records, so nothing was imported."""

    def __init__(self, rejected: Sequence[ImportProblem]) -> None:
        first = f" (first: {rejected[0]})" if rejected else ""
        super().__init__(
            f"The import was refused: {counted(len(rejected), 'record')} could not be imported"
            f"{first}. Nothing was changed."
        )
        self.rejected = list(rejected)


class ImportFailed(FilmdeskError):  # noqa: N818
    """The catalogue refused the import midway; it was rolled back."""


# --- the plan ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SourceFile:
    path: Path
    format_id: str
    size: int
    modified_ns: int


@dataclass(slots=True)
class PlannedFilm:
    """One film of the import: one record, or several records of the same film."""

    title: str
    year: int | None
    location: str  # of its first record
    records: int = 1
    match_id: int | None = None  # the catalogue film it is, if any
    match_reason: str = ""  # "uuid", "IMDb id", "TMDb id", "title and year"
    whole: bool = False  # came from a format that holds every field


@dataclass(slots=True)
class ImportPlan:
    """What an import would do; hand it to ``run_import`` to do it."""

    sources: list[SourceFile]
    films: list[PlannedFilm] = field(default_factory=list)
    rejected: list[ImportProblem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    merged: int = 0  # records folded into an earlier record of the same film
    # Per source, the PlannedFilm index of each ImportedFilm it yields (-1: rejected).
    assignments: list[array[int]] = field(default_factory=list)

    @property
    def new(self) -> int:
        return sum(1 for f in self.films if f.match_id is None)

    @property
    def matching(self) -> int:
        return len(self.films) - self.new


@dataclass(slots=True)
class ImportSummary:
    added: int = 0
    updated: int = 0
    unchanged: int = 0  # matched, but there was nothing to fill or replace
    skipped: int = 0
    rejected: list[ImportProblem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    merged: int = 0
    files: list[str] = field(default_factory=list)
    backup: Path | None = None
    dry_run: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "files": self.files,
            "dry_run": self.dry_run,
            "added": self.added,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "skipped": self.skipped,
            "merged_records": self.merged,
            "rejected": [{"location": p.location, "reason": p.reason} for p in self.rejected],
            "notes": self.notes,
            "backup": str(self.backup) if self.backup else None,
        }

    def text(self, *, limit: int = 50) -> str:
        """A short report for people; the first ``limit`` notes and rejected records are listed."""
        verb = "would be" if self.dry_run else "was" if self.added == 1 else "were"
        lines = [
            f"{counted(self.added, 'film')} {verb} added, {self.updated:,} updated, "
            f"{self.unchanged:,} already up to date, {self.skipped:,} skipped, "
            f"{len(self.rejected):,} rejected."
        ]
        if self.merged:
            lines.append(
                f"{counted(self.merged, 'record')} {'was' if self.merged == 1 else 'were'} "
                "merged into other records of the same film."
            )
        if self.backup:
            lines.append(f"The catalogue was backed up to {self.backup} first.")
        # A file moved without its images folder notes every film's poster: list a few.
        lines += [f"Note: {note}" for note in self.notes[:limit]]
        if len(self.notes) > limit:
            lines.append(f"  … and {counted(len(self.notes) - limit, 'more note')}")
        if self.rejected:
            lines.append("Rejected:")
            lines += [f"  {problem}" for problem in self.rejected[:limit]]
            if len(self.rejected) > limit:
                lines.append(f"  … and {len(self.rejected) - limit} more")
        return "\n".join(lines)


# --- matching ---------------------------------------------------------------------------------


@dataclass(slots=True)
class _Keys:
    uuid: str | None
    imdb: str | None
    tmdb: str | None
    title: str
    year: int | None
    directors: frozenset[str]


def _keys(film: FilmRecord) -> _Keys:
    return _Keys(
        film.uuid or None,
        film.imdb_id or None,
        film.tmdb_id or None,
        sort_key(film.title),
        film.year,
        frozenset(fold(clean(d)) for d in film.directors),
    )


def _conflict(a: _Keys, b: _Keys) -> bool:
    """Ids that prove two records are different films."""
    return bool(
        (a.uuid and b.uuid and a.uuid != b.uuid)
        or (a.imdb and b.imdb and a.imdb != b.imdb)
        or (a.tmdb and b.tmdb and a.tmdb != b.tmdb)
    )


class _IncomingIndex:
    """The films planned so far, to fold records of one film together."""

    def __init__(self) -> None:
        self.keys: list[_Keys] = []
        self._uuid: dict[str, int] = {}
        self._imdb: dict[str, list[int]] = {}
        self._tmdb: dict[str, list[int]] = {}
        self._title: dict[tuple[str, int | None], list[int]] = {}

    def find(self, keys: _Keys) -> int | None:
        if keys.uuid and keys.uuid in self._uuid:
            return self._uuid[keys.uuid]
        for table, key in ((self._imdb, keys.imdb), (self._tmdb, keys.tmdb)):
            for index in table.get(key, ()) if key else ():
                if not _conflict(keys, self.keys[index]):
                    return index
        # A title alone is too weak: two "Untitled" home movies are not one film.
        same_title = self._title.get((keys.title, keys.year), []) if keys.year else []
        for index in same_title:
            other = self.keys[index]
            if not _conflict(keys, other) and _same_directors(keys.directors, other.directors):
                return index
        return None

    def add(self, keys: _Keys) -> int:
        index = len(self.keys)
        self.keys.append(keys)
        self._index(index, keys)
        return index

    def fold_in(self, index: int, keys: _Keys) -> None:
        """Record ``keys`` of another record of film ``index`` (it may bring new ids)."""
        known = self.keys[index]
        merged = _Keys(
            known.uuid or keys.uuid,
            known.imdb or keys.imdb,
            known.tmdb or keys.tmdb,
            known.title,
            known.year if known.year is not None else keys.year,
            known.directors or keys.directors,
        )
        self.keys[index] = merged
        self._index(index, merged)

    def _index(self, index: int, keys: _Keys) -> None:
        if keys.uuid:
            self._uuid.setdefault(keys.uuid, index)
        for table, key in ((self._imdb, keys.imdb), (self._tmdb, keys.tmdb)):
            if key and index not in table.get(key, ()):
                table.setdefault(key, []).append(index)
        title = self._title.setdefault((keys.title, keys.year), [])
        if index not in title:
            title.append(index)


def _same_directors(a: frozenset[str], b: frozenset[str]) -> bool:
    return not a or not b or bool(a & b)


def _match_catalogue(
    service: CatalogueService, planned: list[PlannedFilm], keys: list[_Keys]
) -> None:
    """Set ``match_id`` of each planned film that is already in the catalogue."""
    catalogue = service.match_keys()
    if not catalogue:
        return
    by_uuid = {k.uuid: k for k in catalogue}
    incoming_uuids = {k.uuid for k in keys if k.uuid}
    # A catalogue film whose uuid comes in with this import is that record's, and no other's.
    reserved = {by_uuid[u].id for u in incoming_uuids if u in by_uuid}
    by_imdb: dict[str, list[MatchKey]] = {}
    by_tmdb: dict[str, list[MatchKey]] = {}
    by_title: dict[tuple[str, int | None], list[MatchKey]] = {}
    for key in catalogue:
        if key.id in reserved:
            continue
        if key.imdb_id:
            by_imdb.setdefault(key.imdb_id, []).append(key)
        if key.tmdb_id:
            by_tmdb.setdefault(key.tmdb_id, []).append(key)
        by_title.setdefault((key.sort_key, key.year), []).append(key)

    def compatible(mine: _Keys, theirs: MatchKey) -> bool:
        return not (
            (mine.imdb and theirs.imdb_id and mine.imdb != theirs.imdb_id)
            or (mine.tmdb and theirs.tmdb_id and mine.tmdb != theirs.tmdb_id)
        )

    by_title_wanted: list[tuple[int, list[MatchKey]]] = []
    for index, mine in enumerate(keys):
        film = planned[index]
        if mine.uuid and mine.uuid in by_uuid:
            film.match_id, film.match_reason = by_uuid[mine.uuid].id, "uuid"
            continue
        ids = ((by_imdb, mine.imdb, "IMDb id"), (by_tmdb, mine.tmdb, "TMDb id"))
        for table, value, reason in ids:
            found = [c for c in table.get(value, []) if compatible(mine, c)] if value else []
            if found:
                film.match_id, film.match_reason = min(c.id for c in found), reason
                break
        else:
            same_title = by_title.get((mine.title, mine.year), []) if mine.year else []
            candidates = [c for c in same_title if compatible(mine, c)]
            if candidates:
                by_title_wanted.append((index, candidates))
    if not by_title_wanted:
        return
    # Directors only for the few title look-alikes, in one query.
    directors = service.director_keys(sorted({c.id for _, cs in by_title_wanted for c in cs}))
    for index, candidates in by_title_wanted:
        mine = keys[index]
        for candidate in sorted(candidates, key=lambda c: c.id):
            if _same_directors(mine.directors, directors.get(candidate.id, frozenset())):
                planned[index].match_id = candidate.id
                planned[index].match_reason = "title and year"
                break


# --- planning ---------------------------------------------------------------------------------


def plan_import(
    service: CatalogueService,
    paths: Sequence[Path | str],
    format_id: str | None = None,
    *,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
) -> ImportPlan:
    """Read and check ``paths`` and match their films against the catalogue; writes nothing.

    Raises:
        FormatError: a file cannot be read as a whole (it names the file and why).
        ImportCancelled: ``cancel`` returned true.
    """
    sources = [_source(Path(p), format_id) for p in paths]
    plan = ImportPlan(sources)
    incoming = _IncomingIndex()
    records = 0
    for info, source in zip(_infos(sources), sources, strict=True):
        assignment: array[int] = array("i")
        plan.assignments.append(assignment)
        for item in info.reader()(source.path):
            if isinstance(item, ImportNote):
                plan.notes.append(str(item))
                continue
            if isinstance(item, ImportProblem):
                plan.rejected.append(item)
                continue
            records += 1
            if records % _CANCEL_EVERY == 0:
                if cancel is not None and cancel():
                    raise ImportCancelled()
                if progress is not None:
                    progress(records, 0)
            assignment.append(_plan_record(plan, incoming, item, source.format_id))
    _match_catalogue(service, plan.films, incoming.keys)
    if progress is not None:
        progress(records, records)
    return plan


def _plan_record(
    plan: ImportPlan, incoming: _IncomingIndex, item: ImportedFilm, format_id: str
) -> int:
    film = item.film
    try:
        validate_film(film)
    except ValidationError as exc:
        plan.rejected.append(ImportProblem(item.location, str(exc)))
        return -1
    keys = _keys(film)
    index = incoming.find(keys)
    if index is None:
        index = incoming.add(keys)
        plan.films.append(
            PlannedFilm(film.title, film.year, item.location,
                        whole=format_id in WHOLE_RECORD_FORMATS)
        )
    else:
        incoming.fold_in(index, keys)
        planned = plan.films[index]
        planned.records += 1
        planned.whole = planned.whole and format_id in WHOLE_RECORD_FORMATS
        plan.merged += 1
    return index


def _source(path: Path, format_id: str | None) -> SourceFile:
    info = format_by_id(format_id) if format_id else detect(path)
    if not info.can_import:
        raise FormatError(path, f"filmdesk cannot import the {info.name} format")
    try:
        stat = path.stat()
    except OSError as exc:
        raise FormatError(path, f"the file cannot be read ({exc.strerror or exc})") from exc
    return SourceFile(path, info.id, stat.st_size, stat.st_mtime_ns)


def _infos(sources: Sequence[SourceFile]) -> list[FormatInfo]:
    return [format_by_id(source.format_id) for source in sources]


# --- merging ----------------------------------------------------------------------------------

_KEPT = frozenset({"id", "version", "added_at", "updated_at"})
_FIELDS = tuple(f.name for f in fields(FilmRecord))


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == () or value is False


def _united(
    first: Sequence[Any], second: Sequence[Any], key: Callable[[Any], Any]
) -> tuple[Any, ...]:
    seen = {key(v) for v in first}
    return (*first, *(v for v in second if key(v) not in seen))


def merge_fill(existing: FilmRecord, incoming: FilmRecord) -> FilmRecord:
    """Fill ``existing``'s empty fields from ``incoming``; viewings and tags are united."""
    changes: dict[str, Any] = {}
    for name in _FIELDS:
        if name in _KEPT or name in ("viewings", "tags", "budget", "gross", "currency"):
            continue
        new = getattr(incoming, name)
        if _empty(getattr(existing, name)) and not _empty(new):
            changes[name] = new
    if existing.added_at is None and incoming.added_at is not None:
        changes["added_at"] = incoming.added_at
    # Amounts only make sense with their currency: take all three, or none.
    if existing.budget is None and existing.gross is None and (
        incoming.budget is not None or incoming.gross is not None
    ):
        changes.update(budget=incoming.budget, gross=incoming.gross, currency=incoming.currency)
    # Dates united as multisets: two viewings on one day stay two, and are not doubled.
    extra = Counter(incoming.viewings) - Counter(existing.viewings)
    if extra:
        changes["viewings"] = tuple(sorted((*existing.viewings, *extra.elements())))
    tags = _united(existing.tags, incoming.tags, lambda t: fold(clean(t)))
    if tags != existing.tags:
        changes["tags"] = tags
    return replace(existing, **changes) if changes else existing


def merge_replace(existing: FilmRecord, incoming: FilmRecord, *, whole: bool) -> FilmRecord:
    """``incoming`` replaces ``existing`` (whole, or field by field where it has values).

    The catalogue film keeps its id, uuid and date added either way.
    """
    if whole:
        return replace(incoming, id=existing.id, uuid=existing.uuid, version=existing.version,
                       added_at=existing.added_at)
    changes: dict[str, Any] = {}
    for name in _FIELDS:
        if name in _KEPT or name in ("uuid", "budget", "gross", "currency"):
            continue
        new = getattr(incoming, name)
        if not _empty(new) and new != getattr(existing, name):
            changes[name] = new
    if incoming.budget is not None or incoming.gross is not None:
        changes.update(budget=incoming.budget, gross=incoming.gross, currency=incoming.currency)
    return replace(existing, **changes) if changes else existing


def _comparable(film: FilmRecord) -> FilmRecord:
    """``film`` without what only says where it is stored (ids of similar films, edit time)."""
    return replace(
        film,
        updated_at=None,
        similar=tuple(replace(s, film_id=None) for s in film.similar),
    )


def _fold_records(parts: Sequence[FilmRecord]) -> FilmRecord:
    """One film from several records of it in one import, the earlier records first."""
    film = parts[0]
    for part in parts[1:]:
        film = merge_fill(film, part)
    return film


# --- running ----------------------------------------------------------------------------------


class _DryRunDone(Exception):  # noqa: N818 - control flow, never seen outside this module
    """Unwinds the transaction of a dry run so that it rolls back."""


def run_import(
    service: CatalogueService,
    plan: ImportPlan,
    on_duplicate: OnDuplicate | str = OnDuplicate.SKIP,
    *,
    allow_rejected: bool = True,
    dry_run: bool = False,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
) -> ImportSummary:
    """Write the planned import in one transaction and say what was done.

    Args:
        on_duplicate: What to do with films already in the catalogue.
        allow_rejected: False refuses the whole import if any record was rejected.
        dry_run: Do everything, then roll back: the summary says what would happen.
        progress: Called with (films done, films planned).
        cancel: Polled between films; returning true rolls everything back.

    Raises:
        ImportRefused: ``allow_rejected`` is false and records were rejected.
        ImportCancelled: ``cancel`` returned true; nothing was changed.
        FormatError: a file changed since it was planned, or cannot be read any more.
        ImportFailed: the catalogue refused a write; nothing was changed.
    """
    mode = OnDuplicate(on_duplicate)
    if plan.rejected and not allow_rejected:
        raise ImportRefused(plan.rejected)
    for source in plan.sources:
        _check_unchanged(source)
    summary = ImportSummary(
        rejected=list(plan.rejected),
        notes=list(plan.notes),
        merged=plan.merged,
        files=[str(s.path) for s in plan.sources],
        dry_run=dry_run,
    )
    if mode is OnDuplicate.REPLACE and plan.matching and not dry_run:
        summary.backup = service.backup_copy("import")
    try:
        with service.transaction() as bulk:
            run = _Run(bulk, plan, mode, summary, progress, cancel)
            for index, (info, source) in enumerate(zip(_infos(plan.sources), plan.sources,
                                                       strict=True)):
                run.feed(index, source, info.reader()(source.path))
            run.finish()
            if dry_run:
                raise _DryRunDone
    except _DryRunDone:
        pass
    except IntegrityError as exc:
        raise ImportFailed(
            f"The catalogue refused the import ({exc.orig}); it may have changed while the "
            "import was prepared. Nothing was changed; try again."
        ) from exc
    return summary


def _check_unchanged(source: SourceFile) -> None:
    try:
        stat = source.path.stat()
    except OSError as exc:
        raise FormatError(source.path, f"the file cannot be read ({exc.strerror or exc})") from exc
    if (stat.st_size, stat.st_mtime_ns) != (source.size, source.modified_ns):
        raise FormatError(source.path, "the file changed since it was read; import it again")


class _Run:
    """The write step: films arrive in file order and leave in batches."""

    def __init__(
        self,
        bulk: BulkWrite,
        plan: ImportPlan,
        mode: OnDuplicate,
        summary: ImportSummary,
        progress: ProgressCallback | None,
        cancel: CancelCheck | None,
    ) -> None:
        self._bulk = bulk
        self._plan = plan
        self._mode = mode
        self._summary = summary
        self._progress = progress
        self._cancel = cancel
        self._done = 0
        self._last_report = 0.0
        self._parts: dict[int, list[FilmRecord]] = {}  # films with several records, so far
        self._new: list[FilmRecord] = []
        self._matched: list[tuple[PlannedFilm, FilmRecord]] = []
        # (film id, position, target uuid) of similar-film links the writer could not
        # resolve yet, because the target film comes later in the import.
        self._unresolved: list[tuple[int, int, str]] = []
        self._written_uuids: set[str] = set()

    def feed(self, source_index: int, source: SourceFile, items: Iterator[Any]) -> None:
        assignment = self._plan.assignments[source_index]
        ordinal = 0
        for item in items:
            if not isinstance(item, ImportedFilm):
                continue
            if ordinal >= len(assignment):
                raise FormatError(source.path, "the file changed since it was read")
            planned_index = assignment[ordinal]
            ordinal += 1
            if planned_index >= 0:
                self._receive(planned_index, item.film)
        if ordinal != len(assignment):
            raise FormatError(source.path, "the file changed since it was read")

    def _receive(self, index: int, film: FilmRecord) -> None:
        planned = self._plan.films[index]
        if planned.records > 1:
            parts = self._parts.setdefault(index, [])
            parts.append(film)
            if len(parts) < planned.records:
                return
            film = _fold_records(self._parts.pop(index))
        if planned.match_id is None:
            self._new.append(film)
            if len(self._new) >= _ADD_BATCH:
                self._flush_new()
        elif self._mode is OnDuplicate.SKIP:
            self._summary.skipped += 1
            self._tick(1)
        else:
            self._matched.append((planned, film))
            if len(self._matched) >= _MATCH_BATCH:
                self._flush_matched()

    def _tick(self, count: int) -> None:
        self._done += count
        if self._cancel is not None and self._cancel():
            raise ImportCancelled()
        now = time.monotonic()
        if self._progress is not None and (now - self._last_report > 0.05 or count == 0):
            self._last_report = now
            self._progress(self._done, len(self._plan.films))

    def _flush_new(self) -> None:
        if not self._new:
            return
        films, self._new = self._new, []
        ids = self._bulk.add(films)
        self._summary.added += len(films)
        self._note_links(zip(ids, films, strict=True))
        self._tick(len(films))

    def _flush_matched(self) -> None:
        if not self._matched:
            return
        batch, self._matched = self._matched, []
        current = {f.id: f for f in self._bulk.films(sorted({p.match_id for p, _ in batch
                                                             if p.match_id is not None}))}
        written: list[tuple[int, FilmRecord]] = []
        for planned, film in batch:
            assert planned.match_id is not None
            existing = current.get(planned.match_id)
            if existing is None:  # deleted since the plan was made: it is new again
                self._new.append(film)
                continue
            if self._mode is OnDuplicate.FILL:
                merged = merge_fill(existing, film)
            else:
                merged = merge_replace(existing, film, whole=planned.whole)
            if _comparable(merged) == _comparable(existing):
                self._summary.unchanged += 1
                continue
            self._bulk.replace(merged)
            # The next record of the same film in this batch merges into this state.
            current[planned.match_id] = replace(merged, version=(existing.version or 0) + 1)
            written.append((planned.match_id, merged))
            self._summary.updated += 1
        self._note_links(written)
        self._tick(len(batch))
        self._flush_new()

    def _note_links(self, written: Iterable[tuple[int, FilmRecord]]) -> None:
        pairs = list(written)
        self._written_uuids.update(f.uuid for _, f in pairs if f.uuid)
        for film_id, film in pairs:
            for position, similar in enumerate(film.similar):
                target = similar.film_uuid
                if target and target not in self._written_uuids:
                    self._unresolved.append((film_id, position, target))

    def finish(self) -> None:
        self._flush_matched()
        self._flush_new()
        if self._parts:  # records of a film missing from the re-read: the file changed
            raise FormatError(self._plan.sources[0].path, "the files changed since they were read")
        if self._unresolved:
            targets = self._bulk.ids_by_uuid(u for _, _, u in self._unresolved)
            self._bulk.set_similar_targets(
                [(f, p, targets[u]) for f, p, u in self._unresolved if u in targets]
            )
        self._tick(0)


# --- export -----------------------------------------------------------------------------------


def export_format(path: Path, format_id: str | None = None) -> FormatInfo:
    """The format to export ``path`` in: ``format_id``, else the one its extension names."""
    if format_id:
        info = format_by_id(format_id)
    else:
        suffix = path.suffix.lower().lstrip(".")
        found = [f for f in formats() if f.can_export and suffix in f.written_extensions]
        # ".csv" is plain CSV, not Letterboxd's or IMDb's flavour of it.
        found.sort(key=lambda f: f.id != suffix)
        if not found:
            known = ", ".join(
                f"{f.id} (.{f.save_extension})" if f.written_extensions else f"{f.id} (a folder)"
                for f in formats()
                if f.can_export
            )
            raise FormatError(path, f"the extension does not name a format; use one of {known}")
        info = found[0]
    if not info.can_export:
        raise FormatError(path, f"filmdesk cannot export to the {info.name} format")
    return info


def export_films(
    service: CatalogueService,
    path: Path | str,
    format_id: str | None = None,
    query: str = "",
    *,
    progress: ProgressCallback | None = None,
) -> ExportSummary:
    """Export the films matching ``query`` (all films when empty) to ``path``.

    Films stream from the catalogue a batch at a time, in the list's title order. A
    whole catalogue in filmdesk's own format goes in the order the films were added,
    the order a restore adds them back in (and reading it costs SQLite far fewer seeks).
    """
    path = Path(path)
    info = export_format(path, format_id)
    ids = service.film_ids() if info.id == "native" and not query else service.search(query).ids
    total = len(ids)
    last = [0.0]

    def report(done: int) -> None:
        now = time.monotonic()
        if progress is not None and (now - last[0] > 0.05 or done == total):
            last[0] = now
            progress(done, total)

    return info.writer()(service.export_stream(ids), path, report)


__all__ = [
    "ImportCancelled",
    "ImportFailed",
    "ImportPlan",
    "ImportRefused",
    "ImportSummary",
    "OnDuplicate",
    "PlannedFilm",
    "export_films",
    "export_format",
    "merge_fill",
    "merge_replace",
    "plan_import",
    "run_import",
]
