"""Exercise pictures kept on disk between runs (the user's cache folder).

Drawing a picture takes about 25 ms, and the first screen wants some 30 of them: without this,
every start spent a second of event-loop turns redrawing what the last run had drawn, the first
turn also loading every pose and the renderer. A picture read back takes well under 1 ms.

The pictures live in a folder named by what draws them (glueplan's version, the pose files, the
figure and drawing code: store/stamped_cache.py): anything that could change a picture names a new
folder, and the folders of other versions are removed when the first picture is written to the new one.
"""

from __future__ import annotations

import hashlib
from collections.abc import Hashable
from functools import cached_property
from pathlib import Path

from PySide6.QtGui import QPixmap

import glueplan
from glueplan.domain.resources import resource_dir
from glueplan.store.atomic_file import write_file
from glueplan.store.stamped_cache import keep_only, stamp
from glueplan.ui.shared.saved_file import png_bytes

FOLDER = "thumbnails"
# What draws a picture besides its key: the poses and the code that turns them into pixels.
_DRAWN_BY = (("domain", "figure"), ("ui", "illustration"))


class ThumbnailFiles:
    """Pictures by key, read from and written to ``folder``; a file that cannot be read or
    written is drawn again (a cache is never worth a message)."""

    def __init__(self, folder: Path) -> None:
        self._root = folder
        self._pruned = False

    @cached_property
    def _folder(self) -> Path:
        """The folder for pictures drawn by this very glueplan (stat calls only: nothing is loaded)."""
        package = Path(glueplan.__file__).parent
        sources = [*sorted((resource_dir() / "poses").glob("*.toml"))]
        for parts in _DRAWN_BY:
            sources.extend(sorted(package.joinpath(*parts).glob("*.py")))
        return self._root / stamp(sources)

    def _path(self, key: Hashable) -> Path:
        return self._folder / f"{hashlib.sha1(repr(key).encode()).hexdigest()[:24]}.png"

    def read(self, key: Hashable) -> QPixmap | None:
        picture = QPixmap(str(self._path(key)))
        return None if picture.isNull() else picture

    def write(self, key: Hashable, picture: QPixmap) -> None:
        try:
            self._folder.mkdir(parents=True, exist_ok=True)
            if not self._pruned:
                self._pruned = True
                keep_only(self._folder)
            write_file(self._path(key), png_bytes(picture), durable=False)
        except OSError:
            pass
