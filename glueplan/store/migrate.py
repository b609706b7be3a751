"""Schema migrations with Alembic: new files are built by migrating from empty.

A file from a newer glueplan is refused rather than guessed at, and an older one is
backed up before it is upgraded.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from glueplan import __version__
from glueplan.store.backup import backup_sqlite
from glueplan.store.errors import StoreError

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "glueplan ships without migrations"
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def known_revisions() -> set[str]:
    return {revision.revision for revision in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def check_untouched(path: Path) -> None:
    """Refuse an existing file that is not ours or is newer, before a single byte of it changes.

    It is read through a read-only connection: the engine's own connections would switch
    the file to WAL mode before any version could be checked.
    """
    if not path.is_file() or path.stat().st_size == 0:
        return
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            tables = {name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone() \
                if "alembic_version" in tables else None
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise StoreError("store.cannot_open", path=str(path), reason=str(error)) from error
    if tables and "alembic_version" not in tables:
        raise StoreError("store.foreign_database", path=str(path))
    if row is not None and row[0] not in known_revisions():
        raise StoreError("store.newer_database", path=str(path), revision=row[0], version=__version__)


def migrate(engine: Engine, path: Path | None) -> None:
    """Bring the database to the newest schema this glueplan knows, in one transaction."""
    config = alembic_config()
    head = ScriptDirectory.from_config(config).get_current_head()
    current = current_revision(engine)
    if current == head:
        return
    if current is not None and current not in known_revisions():
        raise StoreError("store.newer_database", path=str(path or engine.url), revision=current,
                         version=__version__)
    if current is not None and path is not None:
        backup_sqlite(path, f"before-{head}")
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
