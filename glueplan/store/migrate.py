"""The schema's revision: new files are built from the models and stamped, older ones
are upgraded by Alembic's migrations.

A file from a newer glueplan is refused rather than guessed at, and an older one is
backed up before it is upgraded. Alembic is imported only when there is work for it: a
new file or one already at ``SCHEMA_REVISION`` opens without it (it costs 0.15 s of
start-up). A test holds a created schema equal to one migrated from empty.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Column, MetaData, PrimaryKeyConstraint, String, Table, insert, select
from sqlalchemy.schema import CreateTable

from glueplan import __version__
from glueplan.store.backup import backup_sqlite
from glueplan.store.catalog_mirror import mirror_catalog
from glueplan.store.errors import StoreError
from glueplan.store.file_check import GLUEPLAN_TABLES, SCHEMA_REVISION, SCHEMA_TABLES, DamagedDatabase, file_facts
from glueplan.store.schema import Base

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection, Engine

    from glueplan.domain.catalog import Catalog

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
FREE_SHARE = 10  # a migration that left a tenth of the file or more free is followed by VACUUM

# Alembic's own table, as Alembic defines it (alembic.ddl.impl.DefaultImpl.version_table_impl).
VERSION_TABLE = Table("alembic_version", MetaData(), Column("version_num", String(32), nullable=False),
                      PrimaryKeyConstraint("version_num", name="alembic_version_pkc"))


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "glueplan ships without migrations"
    return head


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {revision.revision for revision in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def file_revision(path: Path, checked: bool = False) -> str | None:
    """The schema revision of an SQLite file, read without changing a byte of it.

    Refuses a file that is not ours, is newer or is damaged (file_check). The read-only
    connection matters: the engine's own connections would switch the file to WAL mode (and
    leave -wal and -shm files beside it) before any check. ``checked``: the file still in place was checked a
    moment ago (store/first_screen.py): its tables and revision are read again all the same, since another
    glueplan may have upgraded it in place since.
    """
    if not path.is_file() or path.stat().st_size == 0:
        return None
    tables, revision = file_facts(path, checked)
    if tables and "alembic_version" not in tables:
        raise StoreError("store.foreign_database", path=str(path))
    if revision is None and tables - {"alembic_version"}:
        raise StoreError("store.no_version", path=str(path))
    if revision is not None and revision != SCHEMA_REVISION and revision not in known_revisions():
        if tables - {"alembic_version"} and not tables & GLUEPLAN_TABLES:  # another program using Alembic
            raise StoreError("store.foreign_database", path=str(path))
        raise StoreError("store.newer_database", path=str(path), revision=revision, version=__version__)
    if revision == SCHEMA_REVISION:
        missing = sorted(SCHEMA_TABLES - tables)
        if missing:
            raise DamagedDatabase(path, f"the table {missing[0]} is missing")
    return revision


def bring_up_to_date(engine: Engine, path: Path | None, revision: str | None, catalog: Catalog) -> None:
    """Give the database the newest schema. ``revision`` is the file's, read by
    ``file_revision`` (None for a new file, or a server whose revision is not known yet)."""
    if revision == SCHEMA_REVISION:
        return
    if path is not None and revision is None and create_schema(engine, catalog):
        return
    migrate(engine, path)


def create_schema(engine: Engine, catalog: Catalog) -> bool:
    """Build the newest schema from the models, stamp its revision and mirror the catalogue,
    in one transaction: a new file is complete or not there.

    Returns False, changing nothing, when the database already has a revision: another
    process created it first. The version table is created first, so that a second
    process starting at the same moment waits for the first one's write lock and then
    finds its stamp, instead of reading an empty file and colliding with it.
    """
    with engine.begin() as connection:
        connection.execute(CreateTable(VERSION_TABLE, if_not_exists=True))
        if connection.execute(select(VERSION_TABLE.c.version_num)).first() is not None:
            return False
        build_schema(connection, catalog)
    return True


def build_schema(connection: Connection, catalog: Catalog) -> None:
    """The newest schema from the models, stamped, with the catalogue mirrored, inside the
    caller's transaction (on a database that holds no glueplan tables yet)."""
    connection.execute(CreateTable(VERSION_TABLE, if_not_exists=True))
    Base.metadata.create_all(connection, checkfirst=False)
    connection.execute(insert(VERSION_TABLE).values(version_num=SCHEMA_REVISION))
    mirror_catalog(connection, catalog)


def migrate(engine: Engine, path: Path | None) -> None:
    """Bring an SQLite database to the newest schema this glueplan knows, in one transaction
    (a server's: server.bring_server_up_to_date)."""
    current = current_revision(engine)
    if current == SCHEMA_REVISION:
        return
    if current is not None and current not in known_revisions():
        raise StoreError("store.newer_database", path=str(path or engine.url), revision=current,
                         version=__version__)
    if current is not None and path is not None:
        backup_sqlite(path, f"before-{SCHEMA_REVISION}")
    from glueplan.store.database import WRITES  # it imports this module

    # A writer's transaction (BEGIN IMMEDIATE): a second copy starting at the same moment waits for
    # this one's write lock and then finds the file up to date, where a reader's could not become a
    # writer once this one had committed ("database is locked").
    with engine.connect().execution_options(**{WRITES: True}) as connection, foreign_keys_off(connection), \
            connection.begin():
        before = broken_references(connection)
        upgrade(connection)
        made = broken_references(connection) - before  # a file that had some opened before, and still does
        if made:  # refused inside the transaction: it is rolled back, the file left as it was
            table, parent = next(iter(made))
            raise StoreError("store.cannot_open", path=str(path or engine.url.database),
                             reason=f"upgrading it would leave a row of {table} referring to a row of {parent} "
                                    "that is not there")
    compact(engine)


def compact(engine: Engine) -> None:
    """Give back the pages the migrations freed, and empty the write-ahead log they filled.

    A table rebuilt (0010 rebuilt six) is copied and the old one's pages are left free: a 10-year
    file grew from 34.8 to 48.6 MiB, 15.7 of them free, which every backup copied too and years of
    logging would take to fill. VACUUM writes the file anew in one transaction, through the
    write-ahead log like any other (https://www.sqlite.org/lang_vacuum.html): killed, it leaves the
    file as it was, and a copy of glueplan that has it open reads on undisturbed, where a compacted
    copy renamed into place (VACUUM INTO) would leave it writing into a file put aside. The log,
    as large as everything written (48.8 MiB), stays that large until the last connection closes
    unless truncated now.
    """
    with engine.connect() as connection:
        bare = connection.connection.driver_connection  # VACUUM cannot run in a transaction
        assert bare is not None
        free, pages = (bare.execute(f"PRAGMA {pragma}").fetchone()[0] for pragma in ("freelist_count", "page_count"))
        if free * FREE_SHARE >= pages:
            bare.execute("VACUUM")
        bare.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def broken_references(connection: Connection) -> Counter[tuple[str, str]]:
    """How many rows of each table refer to a row of another that is not there (SQLite's
    PRAGMA foreign_key_check), by the two tables' names."""
    return Counter((row[0], row[2]) for row in connection.exec_driver_sql("PRAGMA foreign_key_check"))


@contextmanager
def foreign_keys_off(connection: Connection) -> Iterator[None]:
    """SQLite's foreign keys off while migrations rebuild tables (copy, drop, rename), as SQLite's
    own procedure for it says (https://www.sqlite.org/lang_altertable.html#otheralter): with them
    on, dropping a table first deletes its rows, and the rows that refer to them go with them
    (ON DELETE CASCADE) or lose their link (SET NULL). The switch does nothing inside a
    transaction, so it is thrown on the connection before the migration's begins; ``migrate``
    refuses to commit a reference the migrations broke."""
    bare = connection.connection.driver_connection  # reaching it begins no transaction
    assert bare is not None and not connection.in_transaction()
    bare.execute("PRAGMA foreign_keys = OFF")
    try:
        yield
    finally:
        bare.execute("PRAGMA foreign_keys = ON")


def upgrade(connection: Connection) -> None:
    """Run the migrations up to the newest, inside the caller's transaction."""
    from alembic import command

    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, "head")
