"""Who has an SQLite file open: a lock file beside it, so that a second copy of glueplan can
tell the user. A server's database is meant to be open in many places at once (a clinic's
computers), and a lock file on one computer would see only its own copies: it takes none. The
data are safe either way (a stale program edit is refused, see StaleProgram); the lock only lets
the user know. A lock left by a copy that crashed is stale (its process is gone) and is taken
over; a copy that was second takes the lock over when the first one closes.

The lock tells a second copy of the first, not the first of a second: so each copy also holds a
lock of its own beside it (``glueplan.sqlite.lock.copy-<process>-<n>``), which ``others`` counts
(a restore says whom it will leave on a replaced file). Only lock files are touched: opening the
database's own files would drop this process's SQLite locks (store/open_files.py)."""

from __future__ import annotations

import itertools
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, QTimer, Signal

from glueplan.store.location import FileUrl, sqlite_file

if TYPE_CHECKING:  # a window's first screen comes before SQLAlchemy (app/opening.py)
    from sqlalchemy.engine import URL

RETRY_MS = 3000  # how often a second copy looks whether the first one has closed
COPY_MARK = ".copy-"  # between the lock's name and a copy's own: glueplan.sqlite.lock.copy-4711-1-9f2c0a1e
_numbers = itertools.count(1)  # two workspaces of one process on one file are two copies


def lock_path(url: URL | FileUrl) -> Path:
    """``glueplan.sqlite.lock`` beside the SQLite file ``url`` names.

    The file is named as SQLite names it, links followed and '..' gone (as its -wal and -shm are):
    two copies started by two names of one file (~/glueplan.sqlite, a link into a synced folder,
    and the folder's own name) took two locks, and neither was told of the other."""
    file = sqlite_file(url)
    assert file is not None, "a server's database takes no lock"
    real = file.resolve()
    return real.with_name(real.name + ".lock")


class DatabaseLock(QObject):
    """Holds the lock while it can, from ``take`` on; ``changed`` is emitted when it is taken or lost to another
    copy. ``owner`` is the other copy's process id and host while this one does not hold it."""

    changed = Signal()

    def __init__(self, url: URL | FileUrl, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = lock_path(url)
        self._file = QLockFile(str(self.path))
        self._file.setStaleLockTime(0)  # never stale by age (a copy may run for days); by a dead process only
        self.held = False
        self.owner: tuple[int, str] | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(RETRY_MS)
        self._timer.timeout.connect(self.try_again)
        # Named so that no copy before took the name: a process id comes again (a sandbox's often is
        # the same each start), and a lock left under it by a crash would look held by this process.
        own = f"{self.path.name}{COPY_MARK}{os.getpid()}-{next(_numbers)}-{os.urandom(4).hex()}"
        self._own = QLockFile(str(self.path.with_name(own)))
        self._taken = False

    def take(self) -> None:
        """Take the lock, or wait for it, and hold this copy's own; once, when the database is open (a first screen
        read with sqlite3 alone holds none: the two locks' writes, each synced to the disk, took 3-5 ms of a start)."""
        if self._taken:
            return
        self._taken = True
        self.try_again()
        self.others()  # the locks of copies that crashed go now, not at the next restore's count
        self._own.tryLock(0)  # a folder where it cannot be made: no copy is told of this one

    def try_again(self) -> None:
        """Take the lock if nobody else holds it (or only a dead process did)."""
        if self.held:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError:
            return  # a folder that cannot be made: the database cannot be opened there either
        held = self._file.tryLock(0)
        info = None if held else self._file.getLockInfo()
        owner = (info[0], info[1]) if info else None
        if held == self.held and owner == self.owner:
            return
        self.held, self.owner = held, owner
        if held:
            self._timer.stop()
        elif self._file.error() is QLockFile.LockError.LockFailedError:
            self._timer.start()  # held by another copy: take over once it has closed
        self.changed.emit()

    @property
    def other_copy(self) -> bool:
        """Another running copy holds the lock."""
        return not self.held and self.owner is not None

    def others(self) -> int:
        """How many other copies of glueplan have the database open now (counted by their own locks;
        one left by a copy that crashed is taken and removed). An older glueplan holds no such lock:
        holding the database's, it is one."""
        count = 0
        for name in self._copies():
            other = QLockFile(str(name))
            other.setStaleLockTime(0)  # by a dead process only, as the database's lock
            if other.tryLock(0):
                other.unlock()
            elif other.error() is QLockFile.LockError.LockFailedError:
                count += 1
        return max(count, int(self.other_copy))

    def _copies(self) -> list[Path]:
        """The lock files of the copies other than this one."""
        own = Path(self._own.fileName())
        try:
            return [name for name in self.path.parent.iterdir()
                    if name.name.startswith(self.path.name + COPY_MARK) and name != own]
        except OSError:
            return []

    def release(self) -> None:
        self._timer.stop()
        self._own.unlock()
        if self.held:
            self._file.unlock()
            self.held = False
