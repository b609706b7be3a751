"""Is an SQLite file fit to open? Its tables and schema revision, read without changing it, after
SQLite's quick integrity check (a few milliseconds per megabyte: see tests/perf/bench_quick_check.py)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from glueplan.domain.language import Language
from glueplan.domain.messages import messages
from glueplan.store.errors import StoreError

CHECK = "PRAGMA quick_check(3)"  # at most three problems: enough to say what is wrong
SCHEMA_REVISION = "0014"  # the newest migration; a test keeps it equal to Alembic's head
# The tables of SCHEMA_REVISION (a test keeps them the schema's), known without SQLAlchemy: store/first_screen.py.
SCHEMA_TABLES = frozenset({"app_meta", "exercise", "import_choice", "involvement", "logged_set", "own_template",
                           "planned_exercise", "planned_session", "program", "program_week", "session_note", "trainee"})
GLUEPLAN_TABLES = frozenset({"trainee", "program", "exercise", "logged_set"})  # in every revision
SQLITE_HEADER = b"SQLite format 3\x00"  # the first 16 bytes of every SQLite database file


class DamagedDatabase(StoreError):
    """A glueplan file that fails its integrity check or lacks part of its schema."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__("store.damaged", path=str(path), reason=reason)
        self.path = path


def read_only_uri(path: Path) -> str:
    """An SQLite URI that reads ``path`` without leaving anything beside it.

    A read-only connection to a file in WAL mode makes -wal and -shm files and cannot remove
    them. Without a -wal file no one is writing it, and "immutable" reads it with no locks and
    no companions; with one (a glueplan is running, or one was killed) its log must be read.
    Either way read-only: "immutable" alone opens for writing and makes a missing file, an empty
    database, which a restore from a copy gone since it was chosen put in the database's place.
    """
    real = path.resolve()  # SQLite keeps the -wal beside the file a link leads to, not beside the link
    wal = real.with_name(real.name + "-wal")
    return f"{real.as_uri()}?mode=ro" if wal.exists() else f"{real.as_uri()}?mode=ro&immutable=1"


def read_only_file(path: Path) -> bool:
    """Whether glueplan may only read the database at ``path``: an existing file it may not write,
    or one in a folder where it cannot make the write-ahead log and backups beside it. Asked of the
    effective user, as SQLite's own open is (root may write a file without write permission)."""
    effective = os.access in os.supports_effective_ids
    return path.is_file() and not (os.access(path, os.W_OK, effective_ids=effective)
                                   and os.access(path.parent, os.W_OK | os.X_OK, effective_ids=effective))


def file_facts(path: Path, checked: bool = False) -> tuple[set[str], str | None]:
    """The file's tables and its Alembic revision (None without one); ``checked``: SQLite's quick_check of this
    very file was made a moment ago (store/first_screen.py), and is not made again (up to 50 ms).

    DamagedDatabase when SQLite finds the file damaged, StoreError when it is no database.
    """
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            return file_facts_of(connection, path, checked)
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        if "malformed" in str(error):
            raise DamagedDatabase(path, str(error)) from error
        raise StoreError("store.cannot_open", path=str(path), reason=str(error)) from error


def file_facts_of(connection: sqlite3.Connection, path: Path, checked: bool = False) -> tuple[set[str], str | None]:
    """``file_facts`` on a connection to the file that the caller reads on (store/first_screen.py)."""
    tables = {name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    problems = ["ok"] if checked else [row[0] for row in connection.execute(CHECK)]
    if problems != ["ok"]:
        raise DamagedDatabase(path, "; ".join(problem[:120] for problem in problems))
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone() \
        if "alembic_version" in tables else None
    return tables, row[0] if row is not None else None


def file_identity(path: Path) -> tuple[int, int] | None:
    """Which file is at ``path`` (its device and inode), None when none is."""
    try:
        facts = path.stat()
    except OSError:
        return None
    return facts.st_dev, facts.st_ino


def damage_report(error: DamagedDatabase, language: Language) -> str:
    """What is wrong and which backup could take the file's place (for the terminal)."""
    from glueplan.store.backup import backup_folder, newest_good_backup

    text = messages()
    good = newest_good_backup(error.path)
    offer = text("store.damaged_no_backup", language, folder=backup_folder(error.path)) if good is None else \
        text("store.damaged_backup", language, backup=good.path, taken=good.taken.strftime("%Y-%m-%d %H:%M"))
    return f"{error.text(language)} {offer}"
