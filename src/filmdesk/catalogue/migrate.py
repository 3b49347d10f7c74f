# SPDX-License-Identifier: GPL-3.0-or-later
"""Alembic driven from Python, on the catalogue's own engine; migrations ship in the package."""

from __future__ import annotations

from collections.abc import Callable

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from filmdesk.catalogue.db import migrations_location


def _config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", migrations_location())
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def script_head() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def is_known_revision(revision: str | None) -> bool:
    if revision is None:
        return True
    script = ScriptDirectory.from_config(_config())
    return any(rev.revision == revision for rev in script.walk_revisions())


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def stamp_head(connection: Connection) -> None:
    command.stamp(_config(connection), "head")


def upgrade(
    engine: Engine, target: str = "head", *, before: Callable[[Connection], None] | None = None
) -> None:
    """Upgrade in one transaction; ``before`` runs first in it (a server's schema lock)."""
    with engine.begin() as connection:
        if before is not None:
            before(connection)
        command.upgrade(_config(connection), target)
