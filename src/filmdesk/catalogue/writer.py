# SPDX-License-Identifier: GPL-3.0-or-later
"""The one place that writes films: a single edit, an undo, or 100,000 imported films.

Writes are set-based Core statements (executemany) inside the caller's transaction: a
film row, then each section's rows for the whole batch at once, then the search index.
Saving a film replaces all of its section rows, so there is exactly one way a film's
sections get into the database, whoever writes them.
"""

from __future__ import annotations

import datetime as dt
import uuid as uuid_module
from collections.abc import Callable, Iterable, Iterator, Sequence
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Table, delete, insert, or_, select, update
from sqlalchemy.sql import Select

from filmdesk.catalogue import changes
from filmdesk.catalogue.backends import Backend, SearchDocument
from filmdesk.catalogue.dto import FilmRecord
from filmdesk.catalogue.models import (
    SHARED_LINKS,
    Credit,
    Film,
    FilmCharacter,
    FilmLink,
    FilmNote,
    Person,
    PosterImage,
    SimilarLink,
    TimelineEntry,
    Viewing,
)
from filmdesk.catalogue.text import clean, fold, sort_key
from filmdesk.catalogue.validation import validate_film
from filmdesk.errors import ConcurrentEditError

CHUNK = 500  # bound on IN (...) lists, well under every back end's parameter limit
_OWNED = (Credit, TimelineEntry, FilmCharacter, FilmNote, FilmLink, SimilarLink, Viewing)


def chunks(items: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def now_utc() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


class _PreparedInsert:
    """An INSERT compiled once for the connection's dialect, run with plain tuples.

    SQLAlchemy's executemany builds each row's parameters in Python, which costs more
    than SQLite takes to store the row. Here the statement is compiled once per table
    and set of columns, and each row becomes a tuple in the compiled parameter order,
    passed through the same type processors Core would apply (dates, booleans, UTC).
    """

    def __init__(
        self, sql: str, keys: Sequence[str], processors: dict[int, Callable[[Any], Any]]
    ) -> None:
        self.sql = sql
        self._keys = tuple(keys)
        self._processors = processors

    @classmethod
    def build(
        cls, connection: Connection, table: Table, keys: Sequence[str]
    ) -> _PreparedInsert | None:
        """The prepared form, or ``None`` where only Core's own path fits (named parameters)."""
        dialect = connection.dialect
        compiled = insert(table).compile(dialect=dialect, column_keys=list(keys))
        order = list(compiled.positiontup or ())
        if not compiled.positional or sorted(order) != sorted(keys):
            return None
        processors: dict[int, Callable[[Any], Any]] = {}
        for index, key in enumerate(order):
            processor = table.c[key].type.dialect_impl(dialect).bind_processor(dialect)
            if processor is not None:
                processors[index] = processor
        return cls(str(compiled), order, processors)

    def parameters(self, rows: Iterable[dict[str, Any]]) -> list[tuple[Any, ...]]:
        values = itemgetter(*self._keys)  # every insert has two columns or more
        if not self._processors:
            return [values(row) for row in rows]
        out = []
        for row in rows:
            row_values = list(values(row))
            for index, process in self._processors.items():
                row_values[index] = process(row_values[index])
            out.append(tuple(row_values))
        return out


class FilmWriter:
    """Writes films on one connection; caches shared-name ids across batches."""

    def __init__(self, connection: Connection, backend: Backend, *, validate: bool = True) -> None:
        self._connection = connection
        self._backend = backend
        self._validate = validate
        self._name_ids: dict[type, dict[str, int]] = {}
        # A bulk import names the same few thousand people over and over: fold each once.
        self._keys: dict[str, str] = {}
        self._prepared: dict[tuple[Table, tuple[str, ...]], _PreparedInsert | None] = {}

    # --- public operations -----------------------------------------------------------------

    def add(self, films: Sequence[FilmRecord], *, keep_ids: bool = False) -> list[int]:
        """Insert new films; a given ``uuid`` is kept, and the ``id`` too with ``keep_ids``.

        ``keep_ids`` is for undoing a delete: the film comes back under the same id, so
        older undo steps that name it still find it.
        """
        if not films:
            return []
        stamp = now_utc()
        if self._validate:
            for film in films:
                validate_film(film)
        rows = [self._film_row(film, stamp) for film in films]
        if keep_ids:
            for row, film in zip(rows, films, strict=True):
                row["id"] = film.id
                # The version too: a version going back to 1 would let a save based on an
                # older read of this film pass the concurrent-edit check.
                row["version"] = film.version or 1
        # Ids come back through the unique uuid rather than RETURNING: SQLite cannot
        # promise RETURNING order for a multi-row insert, so SQLAlchemy would fall back to
        # one statement per film.
        self._insert_many(Film, rows)
        by_uuid = self._ids_by_uuid([row["uuid"] for row in rows])
        ids = [by_uuid[row["uuid"]] for row in rows]
        self._write_sections(list(zip(ids, films, strict=True)))
        changes.note(self._connection, "added", ids)
        return ids

    def replace(self, film: FilmRecord, *, touch: bool = True) -> int:
        """Overwrite an existing film; refuse if it changed since ``film.version`` was read."""
        assert film.id is not None, "replace() needs a saved film"
        if self._validate:
            validate_film(film)
        row = self._film_row(film, now_utc())
        del row["uuid"], row["added_at"]
        if touch:
            row["updated_at"] = now_utc()
        statement = update(Film).where(Film.id == film.id)
        if film.version is not None:
            statement = statement.where(Film.version == film.version)
        if film.uuid:
            # SQLite reuses the highest id after a delete: never overwrite a newcomer.
            statement = statement.where(Film.uuid == film.uuid)
        row["version"] = Film.version + 1
        if self._connection.execute(statement.values(**row)).rowcount != 1:
            raise ConcurrentEditError(film.id)
        self._clear_sections([film.id])
        self._write_sections([(film.id, film)])
        changes.note(self._connection, "changed", [film.id])
        return film.id

    def delete(self, film_ids: Sequence[int]) -> None:
        """Delete films; foreign keys remove their rows and unhook others' similar links."""
        for part in chunks(list(film_ids)):
            self._connection.execute(delete(Film).where(Film.id.in_(part)))
        self._backend.unindex_films(self._connection, film_ids)
        changes.note(self._connection, "deleted", film_ids)

    def set_simple(self, film_ids: Sequence[int], **values: Any) -> None:
        """Set plain film columns (rating, watched …) on many films, bumping their version."""
        values = {**values, "updated_at": now_utc(), "version": Film.version + 1}
        for part in chunks(list(film_ids)):
            self._connection.execute(update(Film).where(Film.id.in_(part)).values(**values))
        changes.note(self._connection, "changed", film_ids)

    def reindex(self, film_ids: Sequence[int]) -> None:
        """Rebuild the search documents of films whose linked rows changed in place."""
        from filmdesk.catalogue.reader import read_films

        films = read_films(self._connection, film_ids, with_posters=False)
        self._backend.index_films(self._connection, [search_document(f) for f in films])

    # --- rows --------------------------------------------------------------------------------

    def _film_row(self, film: FilmRecord, stamp: dt.datetime) -> dict[str, Any]:
        return {
            "uuid": film.uuid or str(uuid_module.uuid4()),
            "version": 1,
            "title": clean(film.title),
            "original_title": clean(film.original_title),
            "sort_key": sort_key(film.title),
            "year": film.year,
            "runtime": film.runtime,
            "certification": clean(film.certification),
            "synopsis": film.synopsis.strip(),
            "plot": film.plot.strip(),
            "ending": film.ending.strip(),
            "post_credits": film.post_credits.strip(),
            "budget": film.budget,
            "gross": film.gross,
            "currency": film.currency,
            "release_date": film.release_date,
            "imdb_id": film.imdb_id or None,
            "tmdb_id": film.tmdb_id or None,
            "rating": round(film.rating * 2) if film.rating is not None else None,
            "watched": film.watched,
            "last_watched": max(film.viewings) if film.viewings else None,
            "notes": film.notes,
            "added_at": film.added_at or stamp,
            "updated_at": film.updated_at or stamp,
        }

    def _clear_sections(self, film_ids: Sequence[int]) -> None:
        for model in _OWNED:
            self._connection.execute(delete(model).where(model.film_id.in_(film_ids)))
        for link_model, _, _ in SHARED_LINKS.values():
            self._connection.execute(
                delete(link_model).where(link_model.film_id.in_(film_ids))  # type: ignore[attr-defined]
            )
        self._connection.execute(delete(PosterImage).where(PosterImage.film_id.in_(film_ids)))

    def _write_sections(self, pairs: list[tuple[int, FilmRecord]]) -> None:
        rows: dict[type, list[dict[str, Any]]] = {}

        def add(model: type, row: dict[str, Any]) -> None:
            rows.setdefault(model, []).append(row)

        # Shared names first: one look-up per kind for the whole batch.
        for attribute, (link_model, name_model, id_column) in SHARED_LINKS.items():
            ids = self._shared_ids(name_model, (n for _, f in pairs for n in getattr(f, attribute)))
            for film_id, film in pairs:
                seen: set[int] = set()
                for name in getattr(film, attribute):
                    shared_id = ids[self._key(name)]
                    if shared_id not in seen:  # a name twice in one list is kept once
                        seen.add(shared_id)
                        add(link_model, {"film_id": film_id, id_column: shared_id,
                                         "position": len(seen)})
        people = self._shared_ids(
            Person, (c.person for _, f in pairs for c in (*f.cast, *f.crew))  # type: ignore[attr-defined]
        )
        similar_uuids = self._ids_by_uuid(
            [s.film_uuid for _, f in pairs for s in f.similar if s.film_uuid]
        )
        for film_id, film in pairs:
            for i, cast in enumerate(film.cast):
                add(Credit, {"film_id": film_id, "person_id": people[self._key(cast.person)],
                             "kind": "cast", "character": clean(cast.character), "job": "",
                             "position": i})
            for i, crew in enumerate(film.crew):
                add(Credit, {"film_id": film_id, "person_id": people[self._key(crew.person)],
                             "kind": "crew", "character": "", "job": clean(crew.job),
                             "position": i})
            for i, event in enumerate(film.timeline):
                add(TimelineEntry, {"film_id": film_id, "position": i, "marker": event.marker,
                                    "text": event.text, "spoiler": event.spoiler})
            for i, person in enumerate(film.characters):
                add(FilmCharacter, {"film_id": film_id, "position": i, "name": person.name,
                                    "played_by": person.played_by,
                                    "description": person.description,
                                    "spoiler": person.spoiler})
            notes = (
                *(("setting", n.name, n.description) for n in film.settings),
                *(("theme", n.name, n.description) for n in film.themes),
                *(("studio", name, "") for name in film.studios),
                *(("filming_location", name, "") for name in film.filming_locations),
            )
            for i, (kind, name, description) in enumerate(notes):
                add(FilmNote, {"film_id": film_id, "kind": kind, "position": i,
                               "name": name, "description": description})
            for i, link in enumerate(film.links):
                add(FilmLink, {"film_id": film_id, "position": i, "label": link.label,
                               "url": link.url})
            for i, similar in enumerate(film.similar):
                # The uuid decides when given: a restored record's film_id may name a row
                # that was deleted with it (or reused since); unmatched, the title attaches.
                target = (
                    similar_uuids.get(similar.film_uuid) if similar.film_uuid else similar.film_id
                )
                add(SimilarLink, {"film_id": film_id, "position": i,
                                  "target_id": target if target != film_id else None,
                                  "title": clean(similar.title), "year": similar.year,
                                  "title_key": sort_key(similar.title)})
            for day in sorted(film.viewings):
                add(Viewing, {"film_id": film_id, "watched_on": day})
            if film.poster is not None:
                poster = film.poster
                add(PosterImage, {"film_id": film_id, "mime_type": poster.mime_type,
                                  "width": poster.width, "height": poster.height,
                                  "image": poster.image, "thumbnail": poster.thumbnail})
        for model, model_rows in rows.items():
            self._insert_many(model, model_rows)
        self._attach_similar(pairs)
        self._backend.index_films(
            self._connection, [search_document(f, film_id) for film_id, f in pairs]
        )

    def _attach_similar(self, pairs: list[tuple[int, FilmRecord]]) -> None:
        """Point title-only similar links at catalogue films, in both directions of the batch."""
        film_ids = [film_id for film_id, _ in pairs]
        keys = sorted({sort_key(f.title) for _, f in pairs})
        match = (
            select(Film.id)
            .where(
                Film.sort_key == SimilarLink.title_key,
                or_(SimilarLink.year.is_(None), Film.year == SimilarLink.year),
                Film.id != SimilarLink.film_id,
            )
            .order_by(Film.id)
            .limit(1)
            .scalar_subquery()
        )
        conditions = [SimilarLink.film_id.in_(part) for part in chunks(film_ids)]
        conditions += [SimilarLink.title_key.in_(part) for part in chunks(keys)]
        for condition in conditions:
            self._connection.execute(
                update(SimilarLink)
                .where(SimilarLink.target_id.is_(None), condition)
                .values(target_id=match)
            )

    def _shared_ids(self, model: type, names: Iterable[str]) -> dict[str, int]:
        """Ids of the shared rows named ``names`` (by folded key), creating missing ones."""
        cache = self._name_ids.setdefault(model, {})
        wanted: dict[str, str] = {}
        for name in names:
            key = self._key(name)
            if key not in cache and key not in wanted:
                wanted[key] = clean(name)
        missing = list(wanted)
        self._load_shared_ids(model, missing, cache)
        new = [{"name": wanted[key], "key": key} for key in missing if key not in cache]
        if new:
            # Read back by the unique key, for the same reason films are read by uuid.
            self._insert_many(model, new)
            self._load_shared_ids(model, [row["key"] for row in new], cache)
        return cache

    def _load_shared_ids(self, model: type, keys: Sequence[str], cache: dict[str, int]) -> None:
        for part in chunks(keys):
            query: Select[Any] = select(model.id, model.key).where(model.key.in_(part))  # type: ignore[attr-defined]
            cache.update({key: shared_id for shared_id, key in self._connection.execute(query)})

    def _key(self, name: str) -> str:
        """The folded key of a shared name, as stored in its ``key`` column."""
        key = self._keys.get(name)
        if key is None:
            key = self._keys[name] = fold(clean(name))
        return key

    def _insert_many(self, model: type, rows: list[dict[str, Any]]) -> None:
        """Insert rows that all have the same keys, in one executemany."""
        if not rows:
            return
        table: Table = model.__table__  # type: ignore[attr-defined]
        keys = tuple(rows[0])
        if (table, keys) not in self._prepared:
            self._prepared[table, keys] = _PreparedInsert.build(self._connection, table, keys)
        prepared = self._prepared[table, keys]
        # A back end may offer a faster bulk path (PostgreSQL: COPY instead of a round
        # trip per row); an optional capability, looked up by name.
        bulk = getattr(self._backend, "insert_rows", None) if len(rows) > 1 else None
        if bulk is not None:
            bulk(self._connection, table, rows)
        elif prepared is None:
            self._connection.execute(insert(table), rows)
        else:
            self._connection.exec_driver_sql(prepared.sql, prepared.parameters(rows))

    def _ids_by_uuid(self, uuids: list[str]) -> dict[str, int]:
        found: dict[str, int] = {}
        for part in chunks(sorted(set(uuids))):
            found.update(
                {u: i for i, u in self._connection.execute(
                    select(Film.id, Film.uuid).where(Film.uuid.in_(part)))}
            )
        return found


def search_document(film: FilmRecord, film_id: int | None = None) -> SearchDocument:
    """The searchable text of a film; spoilers go to the ``plot`` column only."""
    spoilers = [film.plot, film.ending, film.post_credits]
    spoilers += [f"{e.marker} {e.text}" for e in film.timeline]
    spoilers += [c.description for c in film.characters if c.spoiler]
    return SearchDocument(
        film_id=film_id if film_id is not None else film.id or 0,
        title=f"{film.title} {film.original_title}".strip(),
        directors=" ; ".join(film.directors),
        cast=" ; ".join([c.person for c in film.cast] + [c.played_by for c in film.characters]),
        characters=" ; ".join([c.name for c in film.characters] + [c.character for c in film.cast]),
        tags=" ; ".join(film.tags),
        synopsis=film.synopsis,
        plot="\n".join(s for s in spoilers if s),
    )
