"""Two copies of glueplan opening an older file at the same moment: the second waits for the first
one's migration, finds the file up to date and opens it. 0010 rebuilds six tables, a second or two
for a long log, and the second copy, whose migration began as a reader, was refused at its first
write once the first had committed ("database is locked")."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import Connection, create_engine

from glueplan.store import migrate
from glueplan.store.database import _configure_sqlite, open_store
from glueplan.store.location import database_url
from tests.store.test_migrations import _file_of_revision_0009

pytestmark = pytest.mark.sqlite_only


def test_a_second_copy_waits_for_the_first_ones_migration(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _file_of_revision_0009(db_path).close()
    upgraded, go_on = threading.Event(), threading.Event()
    real_upgrade = migrate.upgrade

    def first_holds_on(connection: Connection) -> None:
        real_upgrade(connection)
        if threading.current_thread().name == "first":
            upgraded.set()
            go_on.wait(10)  # the migration done, not committed: the second copy starts now

    monkeypatch.setattr(migrate, "upgrade", first_holds_on)
    engine = create_engine(database_url(str(db_path)))
    _configure_sqlite(engine)
    first = threading.Thread(target=migrate.migrate, args=(engine, db_path), name="first")
    first.start()
    try:
        assert upgraded.wait(10)
        threading.Timer(1.0, go_on.set).start()  # by then the second copy waits for the write lock
        second = open_store(database_url(str(db_path)))
        second.close()
    finally:
        go_on.set()
        first.join()
        engine.dispose()
    assert migrate.file_revision(db_path) == migrate.SCHEMA_REVISION
