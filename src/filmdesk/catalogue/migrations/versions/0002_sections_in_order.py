# SPDX-License-Identifier: GPL-3.0-or-later
"""Index each film's section rows in the order they are shown.

The film_id indexes found a film's timeline, cast, notes … but every read then sorted
them by position; (film_id, position) indexes hand them over in order. Same number of
indexes, so writing costs the same.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# table → the columns after film_id that order its rows
ORDER = {
    "credits": ("kind", "position"),
    "timeline_events": ("position",),
    "characters": ("position",),
    "film_notes": ("kind", "position"),
    "film_links": ("position",),
    "similar_films": ("position",),
    "viewings": ("watched_on",),
}


def upgrade() -> None:
    for table, order in ORDER.items():
        op.create_index(f"ix_{table}_film_order", table, ["film_id", *order])
        op.drop_index(f"ix_{table}_film_id", table_name=table)


def downgrade() -> None:
    for table in ORDER:
        op.create_index(f"ix_{table}_film_id", table, ["film_id"])
        op.drop_index(f"ix_{table}_film_order", table_name=table)
