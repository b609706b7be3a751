"""Nothing in a process opens the files of a database it has open (store/open_files.py): closing a
file drops every POSIX lock the process holds on it, SQLite's among them, and another glueplan on
the file then deleted the write-ahead log this one still wrote into (H52's walk: a path typed into
Import history, the database's own, cost an edit that way)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from glueplan.store.atomic_file import WriteFailed, write_file
from glueplan.store.database import Store, open_store
from glueplan.store.imports.detection import read_history
from glueplan.store.imports.record import ImportRejected
from glueplan.store.location import database_url
from glueplan.store.open_files import is_open_database

pytestmark = pytest.mark.sqlite_only


def test_the_files_of_an_open_database_are_known_by_any_name(store: Store, db_path: Path, tmp_path: Path) -> None:
    link = tmp_path / "link.sqlite"
    os.symlink(db_path, link)
    names = [db_path, f"{db_path}-wal", f"{db_path}-shm", f"{db_path}-journal", link,
             db_path.parent / ".." / db_path.parent.name / db_path.name]
    assert [is_open_database(name) for name in names] == [True] * len(names)
    assert not is_open_database(tmp_path / "export.csv") and not is_open_database("")
    store.close()
    assert not is_open_database(db_path)


def test_an_open_database_is_not_written_over(store: Store, db_path: Path) -> None:
    before = db_path.read_bytes()
    with pytest.raises(WriteFailed) as caught:
        write_file(db_path, b"Date,Exercise\n")
    assert "the database glueplan has open" in str(caught.value) and db_path.read_bytes() == before


def test_an_open_database_is_not_read_as_an_import(store: Store, db_path: Path) -> None:
    with pytest.raises(ImportRejected) as caught:
        read_history(Path(f"{db_path}-wal"))
    assert [problem.key for problem in caught.value.problems] == ["import.open_database"]


def test_a_database_closed_is_the_process_own_to_replace(db_path: Path) -> None:
    """A restore closes its store first, then puts the copy in place."""
    open_store(database_url(str(db_path))).close()
    write_file(db_path, b"")
    assert db_path.read_bytes() == b""


def test_the_files_of_a_database_opened_through_a_link_are_known_where_sqlite_keeps_them(tmp_path: Path) -> None:
    """SQLite resolves a link in the database's name and keeps the -wal and -shm beside the file
    itself: opened as ~/glueplan.sqlite (a link into a synced folder), those were not known, and
    an import typed as the real -shm was read (closing it drops the process's locks on it)."""
    real = tmp_path / "synced" / "glueplan.sqlite"
    real.parent.mkdir()
    link = tmp_path / "glueplan.sqlite"
    os.symlink(real, link)
    store = open_store(database_url(str(link)))
    try:
        with store.transaction():
            pass
        assert Path(f"{real}-wal").exists() and Path(f"{real}-shm").exists()
        assert not Path(f"{link}-wal").exists()
        assert [is_open_database(f"{real}{suffix}") for suffix in ("", "-wal", "-shm", "-journal")] == [True] * 4
        with pytest.raises(ImportRejected) as caught:
            read_history(Path(f"{real}-shm"))
        assert [problem.key for problem in caught.value.problems] == ["import.open_database"]
        with pytest.raises(WriteFailed):
            write_file(Path(f"{real}-wal"), b"Date,Exercise\n")
    finally:
        store.close()
    assert not is_open_database(f"{real}-wal")


def test_a_database_opened_by_another_thread_while_a_file_is_asked_of_breaks_nothing(
        store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A window writing a cache file (the map's layers, on a timer) asked of every open database while a restore's
    thread opened one: 'dictionary changed size during iteration' came out of the write, in Qt's event loop."""
    from glueplan.store import open_files

    other = tmp_path / "other.sqlite"
    asked = open_files.is_database_file

    def opened_meanwhile(path: str | Path, database: Path) -> bool:
        open_files.hold(other)  # as another thread's store opens, between two of the questions
        return asked(path, database)

    monkeypatch.setattr(open_files, "is_database_file", opened_meanwhile)
    try:
        assert not is_open_database(tmp_path / "layers.bin")
    finally:
        open_files.release(other)
    store.close()
