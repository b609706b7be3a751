"""Small pictures of exercises (their end pose), drawn when first asked for and kept, in
memory and on disk for the next run (thumbnail_files.py).

Drawing one takes about 25 ms, so none is drawn while a view paints: asking for a missing
picture queues it and answers None; the queue is drawn one picture per turn of the event
loop and ``ready`` announces each, so the window shows at once and fills in its pictures.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPixmap

from glueplan.domain.catalog import Exercise
from glueplan.store.stamped_cache import cache_folder
from glueplan.ui.illustration.thumbnail_files import FOLDER, ThumbnailFiles

if TYPE_CHECKING:
    from glueplan.domain.figure.pose import Motion

Key = tuple[str, str | None, tuple[tuple[str, float], ...], int, int]


def _key(exercise: Exercise, size: QSize) -> Key:
    """An own exercise's picture changes with the figure it looks like and the muscles it lights."""
    return exercise.id, exercise.figure_id, exercise.muscles, size.width(), size.height()


class Thumbnails(QObject):
    """End-pose pictures by exercise and size; None for an own exercise that looks like none."""

    ready = Signal(str)  # an exercise id whose picture has just been drawn

    def __init__(self, motions: dict[str, Motion] | None = None, files: ThumbnailFiles | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._motions = motions
        self._files = files
        self._cache: dict[Key, QPixmap] = {}
        self._queue: dict[Key, Exercise] = {}
        self._none: set[Key] = set()  # no motion, or its drawing failed: asked for again at every paint otherwise
        self._held = False
        self._rooms: dict[tuple[int, int], QPixmap] = {}

    def motion(self, exercise: Exercise) -> Motion | None:
        if self._motions is None:
            from glueplan.domain.figure.pose_file import builtin_motions  # not before the first picture

            self._motions = builtin_motions()
        return self._motions.get(exercise.figure_id) if exercise.figure_id is not None else None

    def pixmap(self, exercise: Exercise, size: QSize) -> QPixmap | None:
        """The picture, drawn now if need be."""
        key = _key(exercise, size)
        if key not in self._cache and not self._read(key):
            motion = self.motion(exercise)
            if motion is None:
                return None
            from glueplan.ui.illustration.renderer import render_image  # nor the renderer

            self._cache[key] = QPixmap.fromImage(render_image(motion, 1.0, size, dict(exercise.muscles)))
            if self._files is not None:
                self._files.write(key, self._cache[key])
        return self._cache[key]

    def _read(self, key: Key) -> bool:
        """Take the picture from the disk into memory; False when it is not there."""
        found = self._files.read(key) if self._files is not None else None
        if found is not None:
            self._cache[key] = found
        return found is not None

    @property
    def busy(self) -> bool:
        """Thumbnails are still waiting to be drawn."""
        return bool(self._queue)

    def pixmap_later(self, exercise: Exercise, size: QSize) -> QPixmap | None:
        """The picture if it is drawn; otherwise None, and ``ready`` follows once it is (never for one that has no
        motion or failed to draw: its row keeps its room)."""
        key = _key(exercise, size)
        if key in self._queue or key in self._none:  # not on disk either: a view repaints many times before it is drawn
            return None
        if key in self._cache or exercise.figure_id is None or self._read(key):
            return self._cache.get(key)
        if not self._queue and not self._held:
            QTimer.singleShot(0, self._draw_next)
        self._queue[key] = exercise
        return None

    def pixmap_or_room(self, exercise: Exercise, size: QSize) -> QPixmap:
        """For a view's row: the picture, or a clear one of its size until it is drawn (or where there is none), so
        that the row is laid out as it will stay. At a first start a row waiting for its picture was lower, its name
        at the left edge, and it grew and moved right when the picture came."""
        picture = self.pixmap_later(exercise, size)
        if picture is not None:
            return picture
        room = self._rooms.get((size.width(), size.height()))
        if room is None:
            room = self._rooms[size.width(), size.height()] = QPixmap(size)
            room.fill(Qt.GlobalColor.transparent)
        return room

    def hold(self) -> None:
        """Draw nothing until ``release``: while the window starts, its first paint and the
        opening of the database come first (each picture takes an event-loop turn of ~25 ms)."""
        self._held = True

    def release(self) -> None:
        if self._held:
            self._held = False
            if self._queue:
                QTimer.singleShot(0, self._draw_next)

    def _draw_next(self) -> None:
        if not self._queue or self._held:
            return
        key, exercise = next(iter(self._queue.items()))
        del self._queue[key]
        drawn: QPixmap | None = None
        try:
            drawn = self.pixmap(exercise, QSize(key[3], key[4]))
        finally:  # one picture that failed (said by the uncaught-error hook) stopped every other for the session
            if drawn is None:
                self._none.add(key)
            if self._queue:
                QTimer.singleShot(0, self._draw_next)
        if drawn is not None:
            self.ready.emit(exercise.id)


_shared: Thumbnails | None = None


def thumbnails() -> Thumbnails:
    """The process's one cache, shared by the library, the calendar and the log."""
    global _shared
    if _shared is None:
        _shared = Thumbnails(files=ThumbnailFiles(cache_folder(FOLDER)))
    return _shared
