"""A muscle map's drawn layers kept on disk between runs (the user's cache folder).

A returning user's Week page paints its heat map before the window is usable, and drawing the map's layers (each
view's body, each region's visible part and its fibre lines) took some 10 ms of the window thread, nearly all of it
Qt's: building the SVG renderers and rendering. Read back from one file they take well under a millisecond, and no
renderer is built.

A layout's file is named by the map's key for it (what its pixels follow from: the views and their places, the pixel
ratio, the background, Qt's version), in a folder named by the drawings and the code that draws them
(store/stamped_cache.py). Only the layouts used last are kept: a window resized again and again never fills the disk.
A file that cannot be read or decoded is drawn again, and one that cannot be written is not kept.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import Annotated

import msgspec
from PySide6.QtGui import QImage

from glueplan.domain.record import Record
from glueplan.domain.resources import resource_dir
from glueplan.store.stamped_cache import StampedFolder, cache_folder
from glueplan.ui.map.drawing import map_code

FOLDER = "muscle-map"
# The layouts used last, the two maps' together (each one's at start, a few the window was resized to): 24 MB at most.
KEPT = 6
# A layout's pixels kept at most. Written in the window thread (2.5 MB took 4.2 ms, 10 MB 14 ms, 52 MB 109 ms: a main
# map at a scale of 2 on a large screen), a larger one is drawn at each start, as before, and never stalls the window;
# the Week page's heat map is some 0.1 MB, the main map 2.5 MB at 900x620.
LAYOUT_BYTES = 4 << 20
_FORMATS = {QImage.Format.Format_RGB32.value, QImage.Format.Format_ARGB32_Premultiplied.value}  # 4 bytes a pixel
# What a damaged file may not hold, refused as it is decoded: a size or a place past Qt's int (an empty image's size
# fits its empty data) crashed the process as the map was laid out, at every start; a ratio NaN drew another picture.
_SIDE = 1 << 16  # more pixels than any screen has on a side
_Side = Annotated[int, msgspec.Meta(ge=0, le=_SIDE)]
_Place = Annotated[int, msgspec.Meta(ge=-_SIDE, le=_SIDE)]
_Ratio = Annotated[float, msgspec.Meta(gt=0, le=64)]


def worth_keeping(images: Iterable[QImage]) -> bool:
    """Whether a layout of these images is kept: its pixels within LAYOUT_BYTES (asked before they are copied)."""
    return sum(image.sizeInBytes() for image in images) <= LAYOUT_BYTES


class Pixels(Record):
    """An image's pixels as kept: 32 bits each, row after row."""

    width: _Side
    height: _Side
    format: int
    ratio: _Ratio
    data: bytes

    def __post_init__(self) -> None:
        """A damaged file is refused as it is decoded, not drawn as noise (or read past its end)."""
        if self.format not in _FORMATS or len(self.data) != self.width * self.height * 4:
            raise ValueError("pixels that do not fit their image")

    @staticmethod
    def of(image: QImage) -> Pixels:
        """The image's pixels, in 32 bits each: a body cut from a picture on a screen of 16 bits a pixel (or a 10-bit
        display's 30, under X11) has the screen's format, which is no 32-bit one kept."""
        if image.format().value not in _FORMATS:
            image = image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
        return Pixels(image.width(), image.height(), image.format().value, image.devicePixelRatio(),
                      bytes(image.constBits()) if image.width() else b"")

    def image(self) -> QImage:
        image = QImage(self.data, self.width, self.height, self.width * 4, QImage.Format(self.format)).copy()
        image.setDevicePixelRatio(self.ratio)
        return image


class ViewLayers(Record):
    """One view's layers: its body on the map's background (where it lies, in device pixels), each region's visible
    part (in drawing order; None where they were not drawn: a plain map's paint draws the bodies alone) and its fibre
    lines, by ink."""

    body: tuple[_Place, _Place, Pixels]
    masks: list[tuple[str, tuple[_Place, _Place, _Side, _Side], Pixels]] | None
    fibres: list[tuple[str, int, Pixels]]


class Layers(Record):
    """What a map drew at one layout."""

    key: str
    views: list[ViewLayers]


class LayerFiles:
    """Layers by the map's key, read from and written to ``folder``, in a folder named by the drawings and the map's
    code."""

    def __init__(self, folder: Path) -> None:
        self._files = StampedFolder(folder, lambda: [*sorted((resource_dir() / "anatomy").glob("*.svg")), *map_code()],
                                    ".layers")

    def read(self, key: str) -> Layers | None:
        try:
            path = self._files.path(key)
            layers = msgspec.msgpack.decode(path.read_bytes(), type=Layers)
            os.utime(path)  # used last: kept longest
        except (OSError, msgspec.MsgspecError):
            return None
        return layers if layers.key == key else None

    def write(self, layers: Layers) -> None:
        if not self._files.write(layers.key, msgspec.msgpack.encode(layers)):
            return
        try:
            self._keep_last()
        except OSError:  # what cannot be removed stays, for a later write to remove
            pass

    def _keep_last(self) -> None:
        """Remove all but the KEPT files used last (another process's write in flight may go: it is not kept)."""
        found = []
        for entry in self._files.folder.iterdir():
            try:
                found.append((entry.stat().st_mtime_ns, entry))
            except OSError:
                continue
        for _used, entry in sorted(found, reverse=True)[KEPT:]:
            entry.unlink(missing_ok=True)


def user_layer_files() -> LayerFiles:
    """The cache in the user's cache folder."""
    return LayerFiles(cache_folder(FOLDER))

