"""Small pictures of exercises (their end pose), drawn when first asked for and kept.

A list view asks only for the rows it shows, so opening the library draws a dozen
thumbnails, not all of them; each is drawn once per size.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QPixmap

from glueplan.domain.catalog import Exercise
from glueplan.domain.figure.pose import Motion
from glueplan.domain.figure.pose_file import builtin_motions
from glueplan.ui.illustration.renderer import render_image


class Thumbnails:
    """End-pose pictures by exercise id and size; built-in exercises only (None for the rest)."""

    def __init__(self, motions: dict[str, Motion] | None = None) -> None:
        self._motions = motions
        self._cache: dict[tuple[str, int, int], QPixmap] = {}

    def motion(self, exercise: Exercise) -> Motion | None:
        if self._motions is None:
            self._motions = builtin_motions()
        return self._motions.get(exercise.id)

    def pixmap(self, exercise: Exercise, size: QSize) -> QPixmap | None:
        key = (exercise.id, size.width(), size.height())
        if key not in self._cache:
            motion = self.motion(exercise)
            if motion is None:
                return None
            self._cache[key] = QPixmap.fromImage(render_image(motion, 1.0, size, dict(exercise.muscles)))
        return self._cache[key]


_shared: Thumbnails | None = None


def thumbnails() -> Thumbnails:
    """The process's one cache, shared by the library, the calendar and the log."""
    global _shared
    if _shared is None:
        _shared = Thumbnails()
    return _shared
