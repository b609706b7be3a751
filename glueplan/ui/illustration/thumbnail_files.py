"""Exercise pictures kept on disk between runs (the user's cache folder).

Drawing a picture takes about 25 ms, and the first screen wants some 30 of them: without this,
every start spent a second of event-loop turns redrawing what the last run had drawn, the first
turn also loading every pose and the renderer. A picture read back takes well under 1 ms.

The pictures live in a folder named by what draws them (glueplan's version, the pose files, the
figure and drawing code: store/stamped_cache.py): anything that could change a picture names a new
folder, and the folders of other versions are removed when the first picture is written to the new one.
"""

from __future__ import annotations

from collections.abc import Hashable
from pathlib import Path

from PySide6.QtGui import QPixmap

import glueplan
from glueplan.domain.resources import resource_dir
from glueplan.store.stamped_cache import StampedFolder
from glueplan.ui.shared.saved_file import png_bytes

FOLDER = "thumbnails"
_DRAWN_BY = (("domain", "figure"), ("ui", "illustration"))  # the packages of the code that draws


class ThumbnailFiles:
    """Pictures by key, read from and written to ``folder``; a file that cannot be read or
    written is drawn again (a cache is never worth a message)."""

    def __init__(self, folder: Path) -> None:
        self._files = StampedFolder(folder, _drawn_by, ".png")

    def read(self, key: Hashable) -> QPixmap | None:
        picture = QPixmap(str(self._files.path(repr(key))))
        return None if picture.isNull() else picture

    def write(self, key: Hashable, picture: QPixmap) -> None:
        self._files.write(repr(key), png_bytes(picture))


def _drawn_by() -> list[Path]:
    """What draws a picture besides its key: the poses and the code that turns them into pixels."""
    package = Path(glueplan.__file__).parent
    sources = [*sorted((resource_dir() / "poses").glob("*.toml"))]
    for parts in _DRAWN_BY:
        sources.extend(sorted(package.joinpath(*parts).glob("*.py")))
    return sources
