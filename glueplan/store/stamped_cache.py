"""A cache named by what makes it: each entry of the user's cache folder (a folder of exercise pictures, a value made
of data files) is named by glueplan's version and the name, size and modification time of every file that makes it
(data files and code), so that anything that could change what is in it names another entry; the entries beside it,
made by other versions, are removed once the new one is written. Only stat calls: nothing is read to name one."""

from __future__ import annotations

import hashlib
import shutil
import sys
from collections.abc import Callable, Iterable
from functools import cached_property
from pathlib import Path

import platformdirs

import glueplan
from glueplan.store.atomic_file import write_file


def cache_folder(name: str) -> Path:
    """One kind of cache's folder in the user's cache folder."""
    return platformdirs.user_cache_path("glueplan", appauthor=False) / name


def stamp(sources: Iterable[Path]) -> str:
    """The name of what these files make, with this very glueplan; OSError when one cannot be looked at. A bundle's
    modules (PyInstaller) are no files of their own but are in its executable: a bundle built anew names anew."""
    stamped = hashlib.sha1(glueplan.__version__.encode())
    bundle = (Path(sys.executable),) if getattr(sys, "frozen", False) else ()
    for path in (*sources, *bundle):
        found = path.stat()
        stamped.update(f"{path.name}:{found.st_size}:{found.st_mtime_ns};".encode())
    return stamped.hexdigest()[:16]


def keep_only(entry: Path) -> None:
    """Remove every other entry beside ``entry``, file or folder; what cannot be removed stays (a cache), for a later
    start to remove: on Windows a file open in another process (another glueplan's, a virus scanner) cannot be."""
    try:
        others = [other for other in entry.parent.iterdir() if other != entry]
    except OSError:
        return
    for other in others:
        try:
            if other.is_dir():
                shutil.rmtree(other, ignore_errors=True)
            else:
                other.unlink(missing_ok=True)
        except OSError:
            pass


class StampedFolder:
    """Files by key in a folder of ``root`` named by what makes them (``sources``, stamped when first asked): the
    exercise pictures, the muscle map's layers. The folders of other versions beside it go as the first file is
    written; a file that cannot be written is not kept (a cache is never worth a message)."""

    def __init__(self, root: Path, sources: Callable[[], Iterable[Path]], suffix: str) -> None:
        self._root, self._sources, self._suffix = root, sources, suffix
        self._pruned = False

    @cached_property
    def folder(self) -> Path:
        """The folder for files made by this very glueplan from these sources (stat calls only: nothing is loaded)."""
        return self._root / stamp(self._sources())

    def path(self, key: str) -> Path:
        return self.folder / f"{hashlib.sha1(key.encode()).hexdigest()[:24]}{self._suffix}"

    def write(self, key: str, data: bytes) -> bool:
        """Whether ``data`` was written as ``key``'s file (to a temporary name, renamed into place)."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            if not self._pruned:
                self._pruned = True
                keep_only(self.folder)
            write_file(self.path(key), data, durable=False)
        except OSError:
            return False
        return True
