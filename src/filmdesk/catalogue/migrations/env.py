# SPDX-License-Identifier: GPL-3.0-or-later
"""Alembic environment: always run on a connection handed over by filmdesk.catalogue.migrate."""

from __future__ import annotations

from alembic import context

from filmdesk.catalogue.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reached by running the alembic CLI by hand
    raise SystemExit("Run migrations through filmdesk (it opens the catalogue and backs it up).")

# Batch mode lets SQLite, which cannot ALTER most things, take the same migrations.
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
