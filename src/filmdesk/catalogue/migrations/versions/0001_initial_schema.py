# SPDX-License-Identifier: GPL-3.0-or-later
"""The first catalogue schema: films, their sections, shared names and the search index.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _folded(length: int) -> sa.types.TypeEngine[str]:
    # Folded keys compare by code point on PostgreSQL too, as SQLite's do (see models._folded).
    return sa.String(length=length).with_variant(
        sa.String(length=length, collation="C"), "postgresql"
    )


def upgrade() -> None:
    op.create_table(
        "catalogue_info",
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_catalogue_info")),
    )
    op.create_table(
        "countries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", _folded(300), nullable=False),
        sa.Column("key", _folded(300), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_countries")),
        sa.UniqueConstraint("key", name=op.f("uq_countries_key")),
    )
    op.create_table(
        "films",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("original_title", sa.String(length=500), nullable=False),
        sa.Column("sort_key", _folded(500), nullable=False),
        sa.Column("year", sa.SmallInteger(), nullable=True),
        sa.Column("runtime", sa.SmallInteger(), nullable=True),
        sa.Column("certification", sa.String(length=40), nullable=False),
        sa.Column("synopsis", sa.Text(), nullable=False),
        sa.Column("plot", sa.Text(), nullable=False),
        sa.Column("ending", sa.Text(), nullable=False),
        sa.Column("post_credits", sa.Text(), nullable=False),
        sa.Column("budget", sa.BigInteger(), nullable=True),
        sa.Column("gross", sa.BigInteger(), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("release_date", sa.Date(), nullable=True),
        sa.Column("imdb_id", sa.String(length=20), nullable=True),
        sa.Column("tmdb_id", sa.String(length=20), nullable=True),
        sa.Column("rating", sa.SmallInteger(), nullable=True),
        sa.Column("watched", sa.Boolean(), nullable=False),
        sa.Column("last_watched", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("length(title) > 0", name=op.f("ck_films_title_not_empty")),
        sa.CheckConstraint(
            "rating IS NULL OR rating BETWEEN 1 AND 10",
            name=op.f("ck_films_rating_range"),
        ),
        sa.CheckConstraint(
            "runtime IS NULL OR runtime BETWEEN 1 AND 1000",
            name=op.f("ck_films_runtime_range"),
        ),
        sa.CheckConstraint(
            "year IS NULL OR year BETWEEN 1870 AND 2200",
            name=op.f("ck_films_year_range"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_films")),
        sa.UniqueConstraint("uuid", name=op.f("uq_films_uuid")),
    )
    with op.batch_alter_table("films", schema=None) as batch_op:
        batch_op.create_index("ix_films_added_order", ["added_at", "id"], unique=False)
        batch_op.create_index(batch_op.f("ix_films_imdb_id"), ["imdb_id"], unique=False)
        batch_op.create_index(
            "ix_films_last_watched_order",
            ["last_watched", "sort_key", "id"],
            unique=False,
        )
        batch_op.create_index(
            "ix_films_rating_order", ["rating", "sort_key", "id"], unique=False
        )
        batch_op.create_index(
            "ix_films_runtime_order", ["runtime", "sort_key", "id"], unique=False
        )
        batch_op.create_index(
            "ix_films_title_order",
            ["sort_key", "year", "id", "runtime", "rating", "watched"],
            unique=False,
        )
        batch_op.create_index(batch_op.f("ix_films_tmdb_id"), ["tmdb_id"], unique=False)
        batch_op.create_index(
            "ix_films_year_order", ["year", "sort_key", "id"], unique=False
        )

    op.create_table(
        "genres",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", _folded(300), nullable=False),
        sa.Column("key", _folded(300), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_genres")),
        sa.UniqueConstraint("key", name=op.f("uq_genres_key")),
    )
    op.create_table(
        "languages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", _folded(300), nullable=False),
        sa.Column("key", _folded(300), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_languages")),
        sa.UniqueConstraint("key", name=op.f("uq_languages_key")),
    )
    op.create_table(
        "people",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", _folded(300), nullable=False),
        sa.Column("key", _folded(300), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_people")),
        sa.UniqueConstraint("key", name=op.f("uq_people_key")),
    )
    op.create_table(
        "tags",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", _folded(300), nullable=False),
        sa.Column("key", _folded(300), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tags")),
        sa.UniqueConstraint("key", name=op.f("uq_tags_key")),
    )
    op.create_table(
        "characters",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("film_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.SmallInteger(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("played_by", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("spoiler", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["film_id"],
            ["films.id"],
            name=op.f("fk_characters_film_id_films"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_characters")),
    )
    with op.batch_alter_table("characters", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_characters_film_id"), ["film_id"], unique=False
        )

    op.create_table(
        "credits",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("film_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=4), nullable=False),
        sa.Column("character", sa.String(length=300), nullable=False),
        sa.Column("job", sa.String(length=300), nullable=False),
        sa.Column("position", sa.SmallInteger(), nullable=False),
        sa.CheckConstraint("kind IN ('cast', 'crew')", name=op.f("ck_credits_kind")),
        sa.ForeignKeyConstraint(
            ["film_id"],
            ["films.id"],
            name=op.f("fk_credits_film_id_films"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_credits_person_id_people"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_credits")),
    )
    with op.batch_alter_table("credits", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_credits_film_id"), ["film_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_credits_person_id"), ["person_id"], unique=False
        )

    op.create_table(
        "film_countries",
        sa.Column("film_id", sa.Integer(), nullable=False),
        sa.Column("country_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.SmallInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["country_id"],
            ["countries.id"],
            name=op.f("fk_film_countries_country_id_countries"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["film_id"],
            ["films.id"],
            name=op.f("fk_film_countries_film_id_films"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "film_id", "country_id", name=op.f("pk_film_countries")
        ),
    )
    with op.batch_alter_table("film_countries", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_film_countries_country_id"), ["country_id"], unique=False
        )

    op.create_table(
        "film_directors",
        sa.Column("film_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.SmallInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["film_id"],
            ["films.id"],
            name=op.f("fk_film_directors_film_id_films"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_film_directors_person_id_people"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("film_id", "person_id", name=op.f("pk_film_directors")),
    )
    with op.batch_alter_table("film_directors", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_film_directors_person_id"), ["person_id"], unique=False
        )

    op.create_table(
        "film_genres",
        sa.Column("film_id", sa.Integer(), nullable=False),
        sa.Column("genre_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.SmallInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["film_id"],
            ["films.id"],
            name=op.f("fk_film_genres_film_id_films"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["genre_id"],
            ["genres.id"],
            name=op.f("fk_film_genres_genre_id_genres"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("film_id", "genre_id", name=op.f("pk_film_genres")),
    )
    with op.batch_alter_table("film_genres", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_film_genres_genre_id"), ["genre_id"], unique=False
        )

    op.create_table(
        "film_languages",
        sa.Column("film_id", sa.Integer(), nullable=False),
        sa.Column("language_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.SmallInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["film_id"],
            ["films.id"],
            name=op.f("fk_film_languages_film_id_films"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["language_id"],
            ["languages.id"],
            name=op.f("fk_film_languages_language_id_languages"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint(
            "film_id", "language_id", name=op.f("pk_film_languages")
        ),
    )
    with op.batch_alter_table("film_languages", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_film_languages_language_id"), ["language_id"], unique=False
        )

    op.create_table(
        "film_links",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("film_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.SmallInteger(), nullable=False),
        sa.Column("label", sa.String(length=300), nullable=False),
        sa.Column("url", sa.String(length=2000), nullable=False),
        sa.ForeignKeyConstraint(
            ["film_id"],
            ["films.id"],
            name=op.f("fk_film_links_film_id_films"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_film_links")),
    )
    with op.batch_alter_table("film_links", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_film_links_film_id"), ["film_id"], unique=False
        )

    op.create_table(
        "film_notes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("film_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("position", sa.SmallInteger(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('setting', 'theme', 'studio', 'filming_location')",
            name=op.f("ck_film_notes_kind"),
        ),
        sa.ForeignKeyConstraint(
            ["film_id"],
            ["films.id"],
            name=op.f("fk_film_notes_film_id_films"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_film_notes")),
    )
    with op.batch_alter_table("film_notes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_film_notes_film_id"), ["film_id"], unique=False
        )

    op.create_table(
        "film_tags",
        sa.Column("film_id", sa.Integer(), nullable=False),
        sa.Column("tag_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.SmallInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["film_id"],
            ["films.id"],
            name=op.f("fk_film_tags_film_id_films"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["tag_id"],
            ["tags.id"],
            name=op.f("fk_film_tags_tag_id_tags"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("film_id", "tag_id", name=op.f("pk_film_tags")),
    )
    with op.batch_alter_table("film_tags", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_film_tags_tag_id"), ["tag_id"], unique=False
        )

    op.create_table(
        "posters",
        sa.Column("film_id", sa.Integer(), nullable=False),
        sa.Column("mime_type", sa.String(length=40), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("image", sa.LargeBinary(), nullable=False),
        sa.Column("thumbnail", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["film_id"],
            ["films.id"],
            name=op.f("fk_posters_film_id_films"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("film_id", name=op.f("pk_posters")),
    )
    op.create_table(
        "similar_films",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("film_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.SmallInteger(), nullable=False),
        sa.Column("target_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("year", sa.SmallInteger(), nullable=True),
        sa.Column("title_key", _folded(500), nullable=False),
        sa.ForeignKeyConstraint(
            ["film_id"],
            ["films.id"],
            name=op.f("fk_similar_films_film_id_films"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["target_id"],
            ["films.id"],
            name=op.f("fk_similar_films_target_id_films"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_similar_films")),
    )
    with op.batch_alter_table("similar_films", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_similar_films_film_id"), ["film_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_similar_films_target_id"), ["target_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_similar_films_title_key"), ["title_key"], unique=False
        )

    op.create_table(
        "timeline_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("film_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.SmallInteger(), nullable=False),
        sa.Column("marker", sa.String(length=300), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("spoiler", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["film_id"],
            ["films.id"],
            name=op.f("fk_timeline_events_film_id_films"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_timeline_events")),
    )
    with op.batch_alter_table("timeline_events", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_timeline_events_film_id"), ["film_id"], unique=False
        )

    op.create_table(
        "viewings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("film_id", sa.Integer(), nullable=False),
        sa.Column("watched_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["film_id"],
            ["films.id"],
            name=op.f("fk_viewings_film_id_films"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_viewings")),
    )
    with op.batch_alter_table("viewings", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_viewings_film_id"), ["film_id"], unique=False
        )

    op.create_table(
        "change_counter",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.Column("pruned_to", sa.BigInteger(), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_change_counter_single_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_counter")),
    )
    op.bulk_insert(
        sa.table("change_counter", sa.column("id"), sa.column("value"), sa.column("pruned_to")),
        [{"id": 1, "value": 0, "pruned_to": 0}],
    )
    op.create_table(
        "film_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("film_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("origin", sa.String(length=32), nullable=False),
        sa.CheckConstraint(
            "kind IN ('added', 'changed', 'deleted', 'reset')",
            name=op.f("ck_film_changes_kind"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_film_changes")),
    )
    with op.batch_alter_table("film_changes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_film_changes_seq"), ["seq"], unique=False)

    # The full-text index. The statements are spelled out here, not imported, so this
    # migration keeps producing the same schema whatever later code does.
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        # Free words and the spoilers (plot:) in two tables, so typing never reads the
        # spoilers' positions; a 16 MB pending buffer makes bulk imports merge less.
        op.execute(
            "CREATE VIRTUAL TABLE film_search USING fts5(title, directors, cast, characters, "
            "tags, synopsis, tokenize='unicode61 remove_diacritics 2', prefix='1 2 3')"
        )
        op.execute(
            "CREATE VIRTUAL TABLE film_search_plot USING fts5(plot, "
            "tokenize='unicode61 remove_diacritics 2')"
        )
        for table in ("film_search", "film_search_plot"):
            op.execute(f"INSERT INTO {table}({table}, rank) VALUES ('hashsize', 16777216)")
    elif dialect == "postgresql":
        # Lexemes come pre-tokenised from filmdesk (pg_backend.py), so no text search
        # configuration or extension is involved: plain tsvectors with GIN indexes.
        op.execute(
            "CREATE TABLE film_search ("
            "film_id INTEGER NOT NULL, "
            "document TSVECTOR NOT NULL, "
            "characters TSVECTOR NOT NULL, "
            "plot TSVECTOR NOT NULL, "
            "CONSTRAINT pk_film_search PRIMARY KEY (film_id), "
            "CONSTRAINT fk_film_search_film_id_films FOREIGN KEY (film_id) "
            "REFERENCES films (id) ON DELETE CASCADE)"
        )
        for name in ("document", "characters", "plot"):
            op.execute(f"CREATE INDEX ix_film_search_{name} ON film_search USING gin ({name})")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE film_search_plot")
    if op.get_bind().dialect.name in ("sqlite", "postgresql"):
        op.execute("DROP TABLE film_search")
    with op.batch_alter_table("film_changes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_film_changes_seq"))

    op.drop_table("film_changes")
    op.drop_table("change_counter")
    with op.batch_alter_table("viewings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_viewings_film_id"))

    op.drop_table("viewings")
    with op.batch_alter_table("timeline_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_timeline_events_film_id"))

    op.drop_table("timeline_events")
    with op.batch_alter_table("similar_films", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_similar_films_title_key"))
        batch_op.drop_index(batch_op.f("ix_similar_films_target_id"))
        batch_op.drop_index(batch_op.f("ix_similar_films_film_id"))

    op.drop_table("similar_films")
    op.drop_table("posters")
    with op.batch_alter_table("film_tags", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_film_tags_tag_id"))

    op.drop_table("film_tags")
    with op.batch_alter_table("film_notes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_film_notes_film_id"))

    op.drop_table("film_notes")
    with op.batch_alter_table("film_links", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_film_links_film_id"))

    op.drop_table("film_links")
    with op.batch_alter_table("film_languages", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_film_languages_language_id"))

    op.drop_table("film_languages")
    with op.batch_alter_table("film_genres", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_film_genres_genre_id"))

    op.drop_table("film_genres")
    with op.batch_alter_table("film_directors", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_film_directors_person_id"))

    op.drop_table("film_directors")
    with op.batch_alter_table("film_countries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_film_countries_country_id"))

    op.drop_table("film_countries")
    with op.batch_alter_table("credits", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_credits_person_id"))
        batch_op.drop_index(batch_op.f("ix_credits_film_id"))

    op.drop_table("credits")
    with op.batch_alter_table("characters", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_characters_film_id"))

    op.drop_table("characters")
    op.drop_table("tags")
    op.drop_table("people")
    op.drop_table("languages")
    op.drop_table("genres")
    with op.batch_alter_table("films", schema=None) as batch_op:
        batch_op.drop_index("ix_films_year_order")
        batch_op.drop_index(batch_op.f("ix_films_tmdb_id"))
        batch_op.drop_index("ix_films_title_order")
        batch_op.drop_index("ix_films_runtime_order")
        batch_op.drop_index("ix_films_rating_order")
        batch_op.drop_index("ix_films_last_watched_order")
        batch_op.drop_index(batch_op.f("ix_films_imdb_id"))
        batch_op.drop_index("ix_films_added_order")

    op.drop_table("films")
    op.drop_table("countries")
    op.drop_table("catalogue_info")
