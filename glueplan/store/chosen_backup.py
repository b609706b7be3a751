"""A backup the user chose anywhere to restore from (File > Restore from backup > Choose a file…):
a copy of glueplan's SQLite file kept elsewhere (on a USB stick), or the JSON full backup File >
Export writes. Each is checked before anything is replaced and listed as the copies beside the
database are; a JSON backup is first written whole into a new SQLite file, so that ``restore``
puts it in place as it does any copy, with all that it guarantees (the current file backed up
first, its write lock held until it is replaced, a link kept)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from tempfile import mkdtemp

from glueplan.domain.validation import DataError
from glueplan.store.backup import BackupFile, read_contents, taken_at
from glueplan.store.errors import StoreError
from glueplan.store.file_check import SQLITE_HEADER, DamagedDatabase
from glueplan.store.open_files import is_database_file, is_open_database

_BEFORE_JSON = b"\xef\xbb\xbf \t\r\n"  # a byte-order mark and white space
CHOSEN = "chosen"  # a BackupFile's reason: a file chosen by the user, not a copy listed beside the database


def read_chosen(path: Path, database: Path, scratch: Path) -> BackupFile:
    """The chosen file as a copy ``restore`` can put in place of ``database``: itself when it is a
    glueplan SQLite file, else the new SQLite file in ``scratch`` made of its JSON backup. StoreError
    (backup.*) says why a file is refused; nothing of the database is touched. A file of a database
    this process has open is refused before it is opened (store/open_files.py)."""
    if is_open_database(path) or is_database_file(path, database):
        raise StoreError("backup.is_database", path=str(path))
    try:
        with path.open("rb") as stream:
            header = stream.read(len(SQLITE_HEADER))
    except OSError as error:
        raise StoreError("backup.unusable", path=str(path), reason=error.strerror or str(error)) from error
    if header == SQLITE_HEADER:
        return _sqlite_copy(path)
    if header.lstrip(_BEFORE_JSON).startswith(b"{"):  # JSON, perhaps after a byte-order mark
        return _json_copy(path, scratch)
    raise StoreError("backup.not_glueplan", path=str(path))


def is_json_backup(path: Path) -> bool:
    """Whether a file begins as glueplan's JSON backup does (its first bytes only: a folder of them
    is looked through for File > Restore from backup's list; read_chosen checks the whole file)."""
    from glueplan.store.formats.json_backup import FORMAT

    try:
        with path.open("rb") as stream:
            start = stream.read(256)
    except OSError:
        return False
    return start.lstrip(_BEFORE_JSON).replace(b" ", b"").startswith(f'{{"format":"{FORMAT}"'.encode())


def _sqlite_copy(path: Path) -> BackupFile:
    """A glueplan SQLite file, checked as ``open_store`` checks a database and the list a copy."""
    from glueplan.store.migrate import file_revision

    try:
        revision = file_revision(path)
    except DamagedDatabase as error:
        raise StoreError("backup.damaged", path=str(path), reason=error.params["reason"]) from error
    except StoreError as error:
        if error.key == "store.newer_database":
            raise StoreError("backup.newer", **error.params) from error
        raise StoreError("backup.not_glueplan", path=str(path)) from error
    if revision is None:  # an empty file, or an SQLite file of no tables
        raise StoreError("backup.not_glueplan", path=str(path))
    return read_contents(BackupFile(path, taken_at(path), CHOSEN))


def _json_copy(path: Path, scratch: Path) -> BackupFile:
    """glueplan's JSON backup, read and checked whole, written into a new SQLite file in ``scratch``."""
    from glueplan.store.database import open_store
    from glueplan.store.formats.json_backup import read_backup, restore_backup
    from glueplan.store.location import database_url

    try:
        backup = read_backup(path)
        made = Path(mkdtemp(dir=scratch)) / "backup.sqlite"
        store = open_store(database_url(str(made)))
        try:
            restore_backup(store, backup)
        finally:
            store.close()
    except DataError as error:
        where = ", ".join(part for part in (error.entry, error.field) if part)  # the table, row and column
        raise StoreError("backup.unusable", path=str(path),
                         reason=f"{where}: {error.problem}" if where else error.problem) from error
    try:
        taken = datetime.fromisoformat(backup.written_at)
    except ValueError:
        taken = taken_at(path)
    return read_contents(BackupFile(made, taken, CHOSEN))
