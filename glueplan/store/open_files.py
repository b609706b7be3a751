"""The files of the SQLite databases this process has open, which nothing else in it may open.

SQLite keeps its locks as POSIX locks, and closing any descriptor of a file drops every such lock
the process holds on it. A file of the open database read as an import, written over by an
export, printed into or listed by a dialog that looks inside files lost this process its locks:
another glueplan on the file then closed as if it were the last, and deleted the write-ahead log
this one still wrote into. What was saved here afterwards went into a deleted file.
"""

from __future__ import annotations

import os
from pathlib import Path

COMPANIONS = ("", "-wal", "-shm", "-journal")  # the database file and what SQLite keeps beside it

_held: dict[Path, int] = {}  # each open database's file -> the stores that have it open


def hold(path: Path) -> None:
    """A store has the database at ``path`` open (from now until ``release``)."""
    _held[path] = _held.get(path, 0) + 1


def release(path: Path) -> None:
    if _held.get(path, 0) <= 1:
        _held.pop(path, None)
    else:
        _held[path] -= 1


def is_open_database(path: str | Path) -> bool:
    """Whether ``path`` names a file of a database this process has open (see ``is_database_file``). Asked of the
    databases open as it begins: another thread may open or close one meanwhile (a restore's, an import's), and the
    files a window writes (the map's layers, the exercise pictures) are asked of on a timer."""
    return any(is_database_file(path, held) for held in list(_held))


def is_database_file(path: str | Path, database: Path) -> bool:
    """Whether ``path`` names a file of the SQLite database at ``database``, open or not: the file
    itself or its -wal, -shm or -journal, by any name (a link, another spelling of the folder) that
    leads there."""
    if not str(path):
        return False
    candidate = Path(path).expanduser()
    for name in _names(database):
        for suffix in COMPANIONS:
            companion = name.with_name(name.name + suffix)
            if candidate.absolute() == companion.absolute() or _same_file(candidate, companion):
                return True
    return False


def _names(database: Path) -> list[Path]:
    """The database as the store names it, and as SQLite does: SQLite follows a link in the name
    (~/glueplan.sqlite -> a synced folder's file) and keeps the -wal and -shm beside the file itself,
    where none is beside the link."""
    try:
        real = database.resolve()
    except (OSError, RuntimeError):  # a loop of links: SQLite cannot open it either
        return [database]
    return [database] if real == database.absolute() else [database, real]


def _same_file(one: Path, other: Path) -> bool:
    try:
        return os.path.samefile(one, other)
    except OSError:  # either not there, or not to be looked at: not the same file that is known
        return False
