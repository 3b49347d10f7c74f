# SPDX-License-Identifier: GPL-3.0-or-later
"""The catalogue schema as SQLAlchemy 2.0 typed declarative models.

A film owns its ordered child rows (timeline, characters, credits, …) and is deleted
with them. People, genres, languages, countries and tags are shared rows linked to
many films; deleting a film only removes its links. Similar-film links to a deleted
film keep their title and year and lose the pointer (ON DELETE SET NULL), so no other
film is ever touched beyond that.

Columns ending in ``_key`` hold accent- and case-folded text (see ``text.fold``) so
that sorting and prefix look-ups are plain indexed comparisons on every back end.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    SmallInteger,
    String,
    Text,
    TypeDecorator,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Named constraints let Alembic's batch mode drop and recreate them on SQLite.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

TITLE_MAX = 500
NAME_MAX = 300


def _folded(length: int) -> String:
    """A column of folded text that orders and compares by code point on every back end.

    SQLite compares bytes; PostgreSQL would use the database's locale, where "a b" and
    "ab" order differently and prefix LIKE cannot use a plain index. "C" makes both agree.
    """
    return String(length).with_variant(String(length, collation="C"), "postgresql")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """An aware UTC timestamp on every back end.

    SQLite has no time zones: SQLAlchemy stores the wall-clock digits and drops the
    offset, so a 23:30+02:00 value would come back as a naive 23:30. Values are moved
    to UTC on the way in (naive ones are taken as UTC) and marked UTC on the way out.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        return _as_utc(value)

    def process_result_value(
        self, value: dt.datetime | None, dialect: Dialect
    ) -> dt.datetime | None:
        return _as_utc(value)


def _as_utc(value: dt.datetime | None) -> dt.datetime | None:
    if value is None:
        return None
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


def _film_fk() -> Mapped[int]:
    # Indexed by the table's own _in_order() index, which starts with film_id.
    return mapped_column(ForeignKey("films.id", ondelete="CASCADE"))


def _in_order(table: str, *order: str) -> Index:
    """A film's rows in the order they are shown: read without a sort, for a page or an
    export (where sorting each film's rows once took a fifth of the time)."""
    return Index(f"ix_{table}_film_order", "film_id", *order)


class Film(Base):
    __tablename__ = "films"
    __table_args__ = (
        CheckConstraint("length(title) > 0", name="title_not_empty"),
        CheckConstraint("year IS NULL OR year BETWEEN 1870 AND 2200", name="year_range"),
        CheckConstraint("runtime IS NULL OR runtime BETWEEN 1 AND 1000", name="runtime_range"),
        CheckConstraint("rating IS NULL OR rating BETWEEN 1 AND 10", name="rating_range"),
        # The list's default order. It also carries the small columns searches filter on
        # (runtime:, rating:, watched:), so a filtered list in title order is read from
        # this index alone instead of from the wide film rows.
        Index("ix_films_title_order", "sort_key", "year", "id", "runtime", "rating", "watched"),
        Index("ix_films_year_order", "year", "sort_key", "id"),
        Index("ix_films_runtime_order", "runtime", "sort_key", "id"),
        Index("ix_films_rating_order", "rating", "sort_key", "id"),
        Index("ix_films_added_order", "added_at", "id"),
        Index("ix_films_last_watched_order", "last_watched", "sort_key", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    # Bumped on every write; a save names the version it read (optimistic concurrency).
    version: Mapped[int] = mapped_column(Integer, default=1)
    title: Mapped[str] = mapped_column(String(TITLE_MAX))
    original_title: Mapped[str] = mapped_column(String(TITLE_MAX), default="")
    # Folded title without a leading article: "The Lost Weekend" sorts as "lost weekend".
    sort_key: Mapped[str] = mapped_column(_folded(TITLE_MAX))
    year: Mapped[int | None] = mapped_column(SmallInteger)
    runtime: Mapped[int | None] = mapped_column(SmallInteger)
    certification: Mapped[str] = mapped_column(String(40), default="")
    synopsis: Mapped[str] = mapped_column(Text, default="")
    plot: Mapped[str] = mapped_column(Text, default="")
    ending: Mapped[str] = mapped_column(Text, default="")
    post_credits: Mapped[str] = mapped_column(Text, default="")
    budget: Mapped[int | None] = mapped_column(BigInteger)
    gross: Mapped[int | None] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    release_date: Mapped[dt.date | None] = mapped_column(Date)
    imdb_id: Mapped[str | None] = mapped_column(String(20), index=True)
    tmdb_id: Mapped[str | None] = mapped_column(String(20), index=True)
    # Half stars 1..10, so 4.5 stars is stored exactly as 9.
    rating: Mapped[int | None] = mapped_column(SmallInteger)
    watched: Mapped[bool] = mapped_column(Boolean, default=False)
    # Latest viewing date, kept in step with `viewings` so the list can sort on it.
    last_watched: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    # Indexed by ix_films_added_order: a lone added_at index would hold the same keys in the
    # same order (SQLite appends the rowid to every index) and cost every insert a write.
    added_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)

    directors: Mapped[list[FilmDirector]] = relationship(
        order_by="FilmDirector.position", cascade="all, delete-orphan", passive_deletes=True
    )
    genres: Mapped[list[FilmGenre]] = relationship(
        order_by="FilmGenre.position", cascade="all, delete-orphan", passive_deletes=True
    )
    languages: Mapped[list[FilmLanguage]] = relationship(
        order_by="FilmLanguage.position", cascade="all, delete-orphan", passive_deletes=True
    )
    countries: Mapped[list[FilmCountry]] = relationship(
        order_by="FilmCountry.position", cascade="all, delete-orphan", passive_deletes=True
    )
    tags: Mapped[list[FilmTag]] = relationship(
        order_by="FilmTag.position", cascade="all, delete-orphan", passive_deletes=True
    )
    credits: Mapped[list[Credit]] = relationship(
        order_by="Credit.position", cascade="all, delete-orphan", passive_deletes=True
    )
    timeline: Mapped[list[TimelineEntry]] = relationship(
        order_by="TimelineEntry.position", cascade="all, delete-orphan", passive_deletes=True
    )
    characters: Mapped[list[FilmCharacter]] = relationship(
        order_by="FilmCharacter.position", cascade="all, delete-orphan", passive_deletes=True
    )
    notes_items: Mapped[list[FilmNote]] = relationship(
        order_by="FilmNote.position", cascade="all, delete-orphan", passive_deletes=True
    )
    links: Mapped[list[FilmLink]] = relationship(
        order_by="FilmLink.position", cascade="all, delete-orphan", passive_deletes=True
    )
    similar: Mapped[list[SimilarLink]] = relationship(
        foreign_keys="SimilarLink.film_id",
        order_by="SimilarLink.position",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )
    viewings: Mapped[list[Viewing]] = relationship(
        order_by="Viewing.watched_on", cascade="all, delete-orphan", passive_deletes=True
    )
    poster: Mapped[PosterImage | None] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, lazy="raise"
    )


# --- shared rows -------------------------------------------------------------------------------


class _SharedName:
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # "C" too: statistics break ties on the name, and must do so alike on both back ends.
    name: Mapped[str] = mapped_column(_folded(NAME_MAX))
    # Folded name: one row per spelling-insensitive name, used for completion and field search.
    key: Mapped[str] = mapped_column(_folded(NAME_MAX), unique=True)


class Person(_SharedName, Base):
    __tablename__ = "people"


class Genre(_SharedName, Base):
    __tablename__ = "genres"


class Language(_SharedName, Base):
    __tablename__ = "languages"


class Country(_SharedName, Base):
    __tablename__ = "countries"


class Tag(_SharedName, Base):
    __tablename__ = "tags"


# --- ordered links from a film to shared rows ----------------------------------------------


class FilmDirector(Base):
    __tablename__ = "film_directors"
    film_id: Mapped[int] = mapped_column(
        ForeignKey("films.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="RESTRICT"), primary_key=True, index=True
    )
    position: Mapped[int] = mapped_column(SmallInteger)
    person: Mapped[Person] = relationship(lazy="joined")


class FilmGenre(Base):
    __tablename__ = "film_genres"
    film_id: Mapped[int] = mapped_column(
        ForeignKey("films.id", ondelete="CASCADE"), primary_key=True
    )
    genre_id: Mapped[int] = mapped_column(
        ForeignKey("genres.id", ondelete="RESTRICT"), primary_key=True, index=True
    )
    position: Mapped[int] = mapped_column(SmallInteger)
    genre: Mapped[Genre] = relationship(lazy="joined")


class FilmLanguage(Base):
    __tablename__ = "film_languages"
    film_id: Mapped[int] = mapped_column(
        ForeignKey("films.id", ondelete="CASCADE"), primary_key=True
    )
    language_id: Mapped[int] = mapped_column(
        ForeignKey("languages.id", ondelete="RESTRICT"), primary_key=True, index=True
    )
    position: Mapped[int] = mapped_column(SmallInteger)
    language: Mapped[Language] = relationship(lazy="joined")


class FilmCountry(Base):
    __tablename__ = "film_countries"
    film_id: Mapped[int] = mapped_column(
        ForeignKey("films.id", ondelete="CASCADE"), primary_key=True
    )
    country_id: Mapped[int] = mapped_column(
        ForeignKey("countries.id", ondelete="RESTRICT"), primary_key=True, index=True
    )
    position: Mapped[int] = mapped_column(SmallInteger)
    country: Mapped[Country] = relationship(lazy="joined")


class FilmTag(Base):
    __tablename__ = "film_tags"
    film_id: Mapped[int] = mapped_column(
        ForeignKey("films.id", ondelete="CASCADE"), primary_key=True
    )
    tag_id: Mapped[int] = mapped_column(
        ForeignKey("tags.id", ondelete="RESTRICT"), primary_key=True, index=True
    )
    position: Mapped[int] = mapped_column(SmallInteger)
    tag: Mapped[Tag] = relationship(lazy="joined")


class Credit(Base):
    """One line of cast (``character`` set) or crew (``job`` set), in billing order."""

    __tablename__ = "credits"
    __table_args__ = (
        CheckConstraint("kind IN ('cast', 'crew')", name="kind"),
        _in_order("credits", "kind", "position"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    film_id: Mapped[int] = _film_fk()
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="RESTRICT"), index=True)
    kind: Mapped[str] = mapped_column(String(4))
    character: Mapped[str] = mapped_column(String(NAME_MAX), default="")
    job: Mapped[str] = mapped_column(String(NAME_MAX), default="")
    position: Mapped[int] = mapped_column(SmallInteger)
    person: Mapped[Person] = relationship(lazy="joined")


# --- ordered children owned by one film ----------------------------------------------------


class TimelineEntry(Base):
    __tablename__ = "timeline_events"
    __table_args__ = (_in_order("timeline_events", "position"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    film_id: Mapped[int] = _film_fk()
    position: Mapped[int] = mapped_column(SmallInteger)
    marker: Mapped[str] = mapped_column(String(NAME_MAX), default="")
    text: Mapped[str] = mapped_column(Text)
    spoiler: Mapped[bool] = mapped_column(Boolean, default=False)


class FilmCharacter(Base):
    __tablename__ = "characters"
    __table_args__ = (_in_order("characters", "position"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    film_id: Mapped[int] = _film_fk()
    position: Mapped[int] = mapped_column(SmallInteger)
    name: Mapped[str] = mapped_column(String(NAME_MAX))
    played_by: Mapped[str] = mapped_column(String(NAME_MAX), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    spoiler: Mapped[bool] = mapped_column(Boolean, default=False)


class FilmNote(Base):
    """Short named lists of a film: settings, themes, studios, filming locations."""

    __tablename__ = "film_notes"
    __table_args__ = (
        CheckConstraint(
            "kind IN ('setting', 'theme', 'studio', 'filming_location')", name="kind"
        ),
        _in_order("film_notes", "kind", "position"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    film_id: Mapped[int] = _film_fk()
    kind: Mapped[str] = mapped_column(String(20))
    position: Mapped[int] = mapped_column(SmallInteger)
    name: Mapped[str] = mapped_column(String(NAME_MAX))
    description: Mapped[str] = mapped_column(Text, default="")


class FilmLink(Base):
    __tablename__ = "film_links"
    __table_args__ = (_in_order("film_links", "position"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    film_id: Mapped[int] = _film_fk()
    position: Mapped[int] = mapped_column(SmallInteger)
    label: Mapped[str] = mapped_column(String(NAME_MAX))
    url: Mapped[str] = mapped_column(String(2000))


class SimilarLink(Base):
    """A film this one resembles: another catalogue film, or just a title and year."""

    __tablename__ = "similar_films"
    __table_args__ = (_in_order("similar_films", "position"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    film_id: Mapped[int] = _film_fk()
    position: Mapped[int] = mapped_column(SmallInteger)
    target_id: Mapped[int | None] = mapped_column(
        ForeignKey("films.id", ondelete="SET NULL"), index=True
    )
    title: Mapped[str] = mapped_column(String(TITLE_MAX))
    year: Mapped[int | None] = mapped_column(SmallInteger)
    # sort_key() of the title, to attach the link when that film joins the catalogue later.
    title_key: Mapped[str] = mapped_column(_folded(TITLE_MAX), index=True)
    target: Mapped[Film | None] = relationship(foreign_keys=[target_id], lazy="joined")


class Viewing(Base):
    __tablename__ = "viewings"
    __table_args__ = (_in_order("viewings", "watched_on"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    film_id: Mapped[int] = _film_fk()
    watched_on: Mapped[dt.date] = mapped_column(Date)


class PosterImage(Base):
    """The poster, stored once per film, apart from the film row so lists never read it."""

    __tablename__ = "posters"
    film_id: Mapped[int] = mapped_column(
        ForeignKey("films.id", ondelete="CASCADE"), primary_key=True
    )
    mime_type: Mapped[str] = mapped_column(String(40))
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    image: Mapped[bytes] = mapped_column(LargeBinary)
    thumbnail: Mapped[bytes] = mapped_column(LargeBinary)


class CatalogueInfo(Base):
    """Key/value facts about the catalogue itself (marks the file as a filmdesk catalogue)."""

    __tablename__ = "catalogue_info"
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class ChangeCounter(Base):
    """The catalogue's change counter: one row, bumped once by every committed write.

    Writers update this row last, just before they commit, so its row lock orders them:
    a reader that sees the counter at N also sees every change numbered N or lower.
    """

    __tablename__ = "change_counter"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    value: Mapped[int] = mapped_column(BigInteger)
    # Changes numbered at or below this were pruned: a reader this far behind reloads all.
    pruned_to: Mapped[int] = mapped_column(BigInteger)


class FilmChange(Base):
    """Which films one committed write touched, for other windows and machines to refresh."""

    __tablename__ = "film_changes"
    __table_args__ = (
        CheckConstraint("kind IN ('added', 'changed', 'deleted', 'reset')", name="kind"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, index=True)
    # No foreign key: a deleted film must stay listed as deleted. NULL with kind "reset".
    film_id: Mapped[int | None] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(8))
    # Which open catalogue wrote it, so a window can skip its own changes.
    origin: Mapped[str] = mapped_column(String(32))


# Link tables in one place, for the writer and the search compiler.
SHARED_LINKS = {
    "directors": (FilmDirector, Person, "person_id"),
    "genres": (FilmGenre, Genre, "genre_id"),
    "languages": (FilmLanguage, Language, "language_id"),
    "countries": (FilmCountry, Country, "country_id"),
    "tags": (FilmTag, Tag, "tag_id"),
}

__all__ = [
    "Base",
    "CatalogueInfo",
    "ChangeCounter",
    "Country",
    "Credit",
    "Film",
    "FilmChange",
    "FilmCharacter",
    "FilmCountry",
    "FilmDirector",
    "FilmGenre",
    "FilmLanguage",
    "FilmLink",
    "FilmNote",
    "FilmTag",
    "Genre",
    "Language",
    "Person",
    "PosterImage",
    "SHARED_LINKS",
    "SimilarLink",
    "Tag",
    "TimelineEntry",
    "Viewing",
]
