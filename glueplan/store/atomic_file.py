"""Every file glueplan writes is written whole or not at all.

The bytes go to a temporary file in the target's folder (a rename is atomic only within one
file system), are flushed to the disk, and the file is then renamed over the target. A full
disk, a missing folder or a folder without permission is reported as ``WriteFailed`` with a
sentence for the user, and a file already at the target is left exactly as it was.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from glueplan.domain.language import Language
from glueplan.domain.messages import messages
from glueplan.store.open_files import is_database_file, is_open_database

# The reasons a user can act on, by errno; any other keeps the system's own wording.
_REASONS = {
    errno.ENOENT: "file.reason.no_folder",
    errno.ENOTDIR: "file.reason.no_folder",
    errno.EACCES: "file.reason.no_permission",
    errno.EPERM: "file.reason.no_permission",
    errno.EROFS: "file.reason.read_only",
    errno.ENOSPC: "file.reason.disk_full",
    errno.EDQUOT: "file.reason.disk_full",
    errno.ENAMETOOLONG: "file.reason.name_too_long",
    errno.EISDIR: "file.reason.is_folder",
    errno.EBUSY: "file.reason.open_database",
}


class WriteFailed(OSError):
    """A file could not be written; the file that was there before is unchanged."""

    def __init__(self, path: Path, cause: OSError) -> None:
        super().__init__(cause.errno, cause.strerror or str(cause), str(path))
        self.path = path

    def text(self, language: Language) -> str:
        return messages()("file.write_failed", language, path=self.path, reason=self.reason(language))

    def reason(self, language: Language) -> str:
        key = _REASONS.get(self.errno or 0)
        return messages()(key, language) if key else str(self.strerror)

    def __str__(self) -> str:
        return self.text(Language.EN)


def write_file(path: Path, data: bytes, durable: bool = True) -> None:
    """Put ``data`` at ``path`` atomically (see ``replacing_file``)."""
    with replacing_file(path, durable) as temporary, temporary.open("wb") as stream:
        stream.write(data)


def refuse_open_database(path: Path) -> None:
    """WriteFailed when ``path`` is a file of a database this process has open (store/open_files.py):
    replaced, it would be lost with every edit made since; written into (a printer's file), damaged."""
    if is_open_database(path):
        raise WriteFailed(path, _busy())


def _busy() -> OSError:
    """EBUSY: a file of a database (file.reason.open_database), not to be written over."""
    return OSError(errno.EBUSY, os.strerror(errno.EBUSY))


class DatabaseFile(WriteFailed):
    """A file refused because it is one of the database a command was told to use."""

    def __init__(self, path: Path, database: Path) -> None:
        super().__init__(path, _busy())
        self.database = database

    def reason(self, language: Language) -> str:
        return messages()("file.reason.database", language, database=self.database)


def refuse_database_file(path: Path, database: Path) -> None:
    """DatabaseFile when ``path`` is a file of the SQLite database at ``database``, whether this
    process has it open or not (a command that reads no database, or has not opened it yet, was
    still told which one is the user's): written over, the user's log would be lost."""
    if is_database_file(path, database):
        raise DatabaseFile(path, database)


@contextmanager
def replacing_file(path: Path, durable: bool = True) -> Iterator[Path]:
    """A new, empty file beside ``path`` for a writer that wants a name (SQLite's backup), which
    replaces ``path`` once the block ends without an error, flushed to the disk first unless
    not ``durable`` (a cache: after a power cut such a file may be empty, and is made again).

    Raises WriteFailed when the file cannot be written; an exception from the block leaves the
    target as it was and removes the temporary file.
    """
    target = Path(path)
    refuse_open_database(target)
    temporary = target.parent / f".glueplan-{os.urandom(6).hex()}.part"  # short: the target's name may be long
    try:
        if target.is_dir():
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR))
        os.close(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666))
    except OSError as error:
        raise WriteFailed(target, error) from error
    try:
        yield temporary
        if durable:
            with temporary.open("rb+") as written:
                os.fsync(written.fileno())
        _keep_permissions(target, temporary)
        os.replace(temporary, target)
    except BaseException as error:
        temporary.unlink(missing_ok=True)
        if isinstance(error, OSError) and not isinstance(error, WriteFailed):
            raise WriteFailed(target, error) from error
        raise
    if durable:
        _sync_folder(target.parent)


def _keep_permissions(target: Path, temporary: Path) -> None:
    """A replaced file keeps its permissions; a new one gets the umask's (os.open applied it)."""
    try:
        mode = stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        return
    os.chmod(temporary, mode)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable; folders cannot be opened for this on every system."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
