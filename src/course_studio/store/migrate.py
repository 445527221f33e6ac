"""Bring a database file up to the newest schema (Alembic, run at start-up)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

MIGRATIONS = Path(__file__).with_name("migrations")


def include_object(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    """Leave SQLite internals and FTS5 shadow tables out of schema comparisons."""
    internal = bool(name) and (str(name).startswith("sqlite_") or "_fts" in str(name))
    return not (type_ == "table" and internal)


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade_to_head(engine: Engine, revision: str = "head") -> None:
    """Upgrade (or create) the schema; a no-op when already at ``revision``."""
    if revision == "head" and current_revision(engine) == head_revision():
        return
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), revision)
