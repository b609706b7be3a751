"""Opening a glueplan database: engine settings, creation or migration, and one transaction per edit."""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session, sessionmaker

from glueplan.domain.catalog import Catalog, builtin_catalog
from glueplan.store.catalog_mirror import mirror_catalog, mirror_is_current
from glueplan.store.change_watch import announce_commits
from glueplan.store.errors import StoreError, Unreachable
from glueplan.store.file_check import file_identity, read_only_file, read_only_uri
from glueplan.store.location import BadLocation, sqlite_file
from glueplan.store import migrate, open_files, server


WRITES = "glueplan_writes"  # the execution option that marks a writer's connection
WAL_SIZE_LIMIT = 4 * 2**20  # bytes a write-ahead log keeps once checkpointed (see _configure_sqlite)
# What a folder on a network share says while the share is away (a server down, a mount gone stale).
AWAY = {errno.EHOSTDOWN, errno.EHOSTUNREACH, errno.ENETDOWN, errno.ENETUNREACH, errno.ENOTCONN, errno.ESTALE,
        errno.ETIMEDOUT}


class Store:
    """A migrated database. Writes go through ``transaction()``: all of an edit or none of it.

    A writer takes the write lock when it begins (BEGIN IMMEDIATE on SQLite), so that what it
    reads before it writes cannot be overtaken by another process: a deferred transaction that
    reads first cannot upgrade to a writer once someone else committed ("database is locked"),
    whatever the busy timeout. Readers begin plainly and never wait for a writer (WAL).

    A ``read_only`` store (a file glueplan may not write) refuses every transaction at once,
    before anything is tried, with a message that says why. So does one whose file was replaced
    while it was open (another window restored a backup): what it wrote would go into the file
    put aside, lost to both.
    """

    def __init__(self, engine: Engine, read_only: bool = False) -> None:
        self.engine = engine
        self.read_only = read_only
        self._path = sqlite_file(engine.url)
        self.identity = None if self._path is None else file_identity(self._path)  # the file it opened
        if self._path is not None:
            open_files.hold(self._path)  # nothing else in this process may open its files
        self._writers = sessionmaker(engine.execution_options(**{WRITES: True}), expire_on_commit=False)
        self._readers = sessionmaker(engine.execution_options(**server.reader_options(engine.url)),
                                     expire_on_commit=False)
        self.token = announce_commits(self._writers, engine.dialect.name)  # glueplan/store/change_watch.py
        # The write transactions committed, and those whose COMMIT was sent as the server went away (in doubt: it may
        # have been carried out): whoever holds a failure tells by them whether it came before a commit (nothing
        # written), after one, or with one in doubt (ui/shared/live_workspace.py).
        self.commits = 0
        self.doubts = 0

    @property
    def writer_sessions(self) -> sessionmaker[Session]:
        """Where every write transaction comes from (a watch of changes made elsewhere hooks its commits)."""
        return self._writers

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One committed write transaction; an exception rolls everything in it back.

        A database refusal (a broken constraint, a full disk, a server that went away, a
        concurrent writer the server chose to stop) becomes a StoreError that says nothing was
        written, which is true: the transaction was rolled back.
        """
        if self.read_only:
            raise StoreError("store.read_only_edit", path=str(self.engine.url.database))
        try:
            with self._writers.begin() as session:
                if self._path is not None:
                    session.connection()  # BEGIN IMMEDIATE: from here no restore can put another file in place
                    if self.replaced():
                        raise StoreError("store.replaced", path=str(self._path))
                yield session
        except DBAPIError as error:
            refused = server.refusal(error, "store.write_failed")
            if refused.in_doubt:
                self.doubts += 1
            raise refused from error
        self.commits += 1

    def replaced(self) -> bool:
        """Whether another file is now where this store's was (a restore in another window): the
        window says so before its next edit is refused (ui/shared/changes_elsewhere.py). A file out
        of reach for a moment (a sync client renaming it, a network share) is not: it is looked for
        again at the next look. (An edit meanwhile is refused: its writes would go to no file.)"""
        if self._path is None:
            return False
        now = file_identity(self._path)
        return now is not None and now != self.identity

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only session: one consistent snapshot, no write lock. A server that cannot be
        reached is a StoreError that says so."""
        try:
            with self._readers() as session:
                yield session
        except DBAPIError as error:
            raise server.refusal(error, "store.read_failed") from error

    def close(self) -> None:
        self.engine.dispose()
        if self._path is not None:
            open_files.release(self._path)
            self._path = None  # closed twice, released once


def _configure_sqlite(engine: Engine, read_only: bool = False) -> None:
    """Foreign keys on, write-ahead log, durable commits, and real transactions.

    pysqlite on its own only begins a transaction at the first write and commits
    around DDL; SQLAlchemy's documented recipe hands BEGIN to SQLAlchemy instead,
    so a migration or an edit is one atomic unit. A writer (``Store.transaction``) begins
    IMMEDIATE, holding the write lock from its first read. A read-only file's connections
    change nothing: its journal mode is what it is.
    """

    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        if read_only:
            return
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA busy_timeout = 5000")  # first: switching to WAL may wait for another instance
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        # A statement that may fail after writing (an insert of many rows, checked) keeps what it
        # changed in a statement journal, which SQLite writes to a temporary file past 64 KiB: an
        # import of 100,000 sets made 56,000 small writes of it. In memory it is dropped after each
        # statement (0.1 s of the import's 1 s of writing).
        cursor.execute("PRAGMA temp_store = MEMORY")
        # A checkpoint moves the log's pages into the file but leaves the -wal as large as it grew:
        # after an import of 100,000 sets 26.7 MiB, kept until the last connection closed. With a
        # limit the first commit after a whole checkpoint cuts it back to the limit: about the 1,000
        # pages after which SQLite checkpoints (wal_autocheckpoint), so an ordinary session's log,
        # which stays under it, is never cut and grown again.
        cursor.execute(f"PRAGMA journal_size_limit = {WAL_SIZE_LIMIT}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE" if connection.get_execution_options().get(WRITES) else "BEGIN")


def open_store(url: URL, catalog: Catalog | None = None, checked: bool = False) -> Store:
    """Open (creating if needed) and migrate the database at ``url``; ``checked``: its file was checked a moment
    ago (store/first_screen.py: the quick_check, up to 50 ms, is not made twice).

    Raises StoreError when the file cannot be opened or was written by a newer glueplan.
    """
    path = sqlite_file(url)
    revision = None
    if path is not None:
        _prepare_folder(path)
        revision = migrate.file_revision(path, checked)
        if read_only_file(path):
            return _open_read_only(url, path, revision)
    try:
        engine = create_engine(url, **server.engine_options(url))
    except (ArgumentError, ImportError) as error:  # an unknown scheme or a driver that is not installed
        raise StoreError("store.cannot_open", path=url.render_as_string(hide_password=True),
                         reason=str(error)) from error
    if url.get_backend_name() == "sqlite":
        _configure_sqlite(engine)
    elif server.is_server(url):
        server.watch_answers(engine)
        server.set_limits(engine)
    try:
        catalog = catalog or builtin_catalog()
        if server.is_server(url):
            server.bring_server_up_to_date(engine, catalog)
        else:
            migrate.bring_up_to_date(engine, path, revision, catalog)
        store = Store(engine)
        with engine.connect() as connection:
            current = mirror_is_current(connection, catalog)
        if not current:  # a newer glueplan's catalogue: only then a write transaction
            with store.transaction() as session:
                mirror_catalog(session.connection(), catalog)
    except DBAPIError as error:
        engine.dispose()
        if server.is_server(url):  # no file: why the server is away, in the window's language, and what to do
            raise Unreachable("store.server_unreachable", path=url.render_as_string(hide_password=True),
                              reason=server.server_cause(error)) from error
        reason = str(error.orig) if error.orig is not None else str(error)
        raise StoreError("store.cannot_open", path=str(path or url), reason=reason) from error
    except BaseException:
        engine.dispose()
        raise
    return store


def _open_read_only(url: URL, path: Path, revision: str | None) -> Store:
    """A file glueplan may only read, opened so that nothing is written: no write-ahead log or
    lock files beside it, no migration, no catalogue update (store/file_check.py read_only_uri).
    An older schema cannot be upgraded, so such a file is refused with the reason."""
    if revision != migrate.SCHEMA_REVISION:
        raise StoreError("store.read_only_old", path=str(path))
    engine = create_engine(url, creator=lambda: sqlite3.connect(read_only_uri(path), uri=True,
                                                                check_same_thread=False))
    _configure_sqlite(engine, read_only=True)
    return Store(engine, read_only=True)


def _prepare_folder(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.is_dir():
            raise StoreError("store.not_a_file", path=str(path))
        if path.exists() and not path.is_file():  # a pipe, a device such as /dev/null, a socket
            raise StoreError("store.not_a_regular_file", path=str(path))
    except OSError as error:
        if error.errno == errno.ENAMETOOLONG:
            raise BadLocation(str(path), error.strerror) from error
        refusal = Unreachable if error.errno in AWAY else StoreError
        raise refusal("store.cannot_create_folder", folder=str(path.parent),
                      reason=error.strerror or str(error)) from error
