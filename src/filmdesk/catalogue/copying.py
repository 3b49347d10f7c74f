# SPDX-License-Identifier: GPL-3.0-or-later
"""Copying a whole catalogue to another one, on the same or another back end.

Used to move a personal SQLite catalogue onto a shared PostgreSQL server, and back. The
copy goes through the same records and writer as everything else, so it is exactly as
lossless as they are: uuids, every field, posters, viewings and timestamps come across
unchanged; only the numeric ids may differ. Similar-film links are re-pointed at the
copies of the films they pointed at (by uuid) once every film is in, and a link that was
a bare title stays one. The target is written in one transaction: all or nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from filmdesk.catalogue.dto import FilmRecord, SortKey
from filmdesk.catalogue.service import CatalogueService, ProgressCallback
from filmdesk.errors import FilmdeskError


class CopyRefusedError(FilmdeskError):
    """The copy was not started: the target holds films (and no --replace), or is the source."""


@dataclass(frozen=True, slots=True)
class CopySummary:
    films: int
    posters: int
    replaced: int  # films that were in the target before (only with replace=True)


def copy_catalogue(
    source: CatalogueService,
    target: CatalogueService,
    *,
    replace: bool = False,
    batch_size: int = 500,
    progress: ProgressCallback | None = None,
) -> CopySummary:
    """Copy every film of ``source`` into ``target``; see the module docstring."""
    if source.location == target.location:
        raise CopyRefusedError(f"{source.location} cannot be copied onto itself.")
    # Oldest first, so a copy lists films in the same order of addition as the source.
    ids = source.search("", SortKey.ADDED).ids
    total = len(ids)
    posters = 0
    links: list[tuple[int, int, str | None]] = []  # (new film id, position, target uuid)
    with target.transaction() as bulk:
        replaced = bulk.count()
        if replaced and not replace:
            raise CopyRefusedError(
                f"{target.location} already holds {replaced} films; copy into an empty "
                "catalogue, or replace its films (--replace)."
            )
        if replaced:
            bulk.clear()
        done = 0
        batch: list[FilmRecord] = []

        def flush() -> None:
            nonlocal done, posters, links
            new_ids = bulk.add(batch)
            for new_id, record in zip(new_ids, batch, strict=True):
                posters += record.poster is not None
                links += [(new_id, i, s.film_uuid) for i, s in enumerate(record.similar)]
            done += len(batch)
            batch.clear()
            if progress is not None:
                progress(done, total)

        for film in source.stream_films(ids, batch_size=batch_size):
            batch.append(film)
            if len(batch) == batch_size:
                flush()
        if batch:
            flush()
        by_uuid = bulk.ids_by_uuid(u for _, _, u in links if u)
        bulk.restore_similar_targets(
            [(film_id, position, by_uuid.get(u) if u else None) for film_id, position, u in links]
        )
    if progress is not None and total == 0:
        progress(0, 0)
    return CopySummary(films=done, posters=posters, replaced=replaced)
