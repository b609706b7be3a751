"""The exercise's figure in motion between its start and end pose, or both side by side.

It plays only while it is visible (a hidden panel costs nothing), and the play/pause
choice is remembered: some users find a moving figure too busy and want the two poses.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QElapsedTimer, QRectF, QSettings, QSize, QTimer
from PySide6.QtGui import QHideEvent, QPainter, QPaintEvent, QShowEvent
from PySide6.QtWidgets import QSizePolicy, QToolButton, QWidget

from glueplan.domain.figure.pose import Motion, eased
from glueplan.domain.figure.scene import scene_at
from glueplan.ui.illustration.renderer import motion_bounds, paint_scene

CYCLE_MS = 2600  # start to end and back
FRAME_MS = 33
PLAYING_KEY = "illustration/playing"


class AnimatedFigure(QWidget):
    """Paints a motion; a button in the corner plays or pauses it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._motion: Motion | None = None
        self._muscles: Mapping[str, float] = {}
        self._bounds = QRectF()
        self._clock = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setInterval(FRAME_MS)
        self._timer.timeout.connect(self.update)
        self.button = QToolButton(self)
        self.button.setCheckable(True)
        self.button.setAutoRaise(True)
        self.button.setChecked(QSettings().value(PLAYING_KEY, True, bool))
        self.button.toggled.connect(self._play_toggled)
        self._label_button()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(220)
        self.setAccessibleName(self.tr("Exercise illustration"))

    def sizeHint(self) -> QSize:
        return QSize(320, 240)

    @property
    def playing(self) -> bool:
        return self._timer.isActive()

    def show_motion(self, motion: Motion | None, muscles: Mapping[str, float]) -> None:
        """The motion to show (None hides the figure: an exercise with no poses)."""
        self._motion = motion
        self._muscles = dict(muscles)
        self._bounds = motion_bounds(motion) if motion is not None else QRectF()
        self.setVisible(motion is not None)
        self._update_timer()
        self.update()

    def _play_toggled(self, playing: bool) -> None:
        QSettings().setValue(PLAYING_KEY, playing)
        self._label_button()
        self._update_timer()
        self.update()

    def _label_button(self) -> None:
        playing = self.button.isChecked()
        self.button.setText("❚❚" if playing else "▶")
        self.button.setToolTip(self.tr("Pause: show the start and end side by side") if playing
                               else self.tr("Play the movement"))
        self.button.setAccessibleName(self.tr("Pause") if playing else self.tr("Play"))
        self.button.adjustSize()

    def _update_timer(self) -> None:
        if self.button.isChecked() and self._motion is not None and self.isVisible():
            if not self._timer.isActive():
                self._clock.start()
                self._timer.start()
        else:
            self._timer.stop()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._update_timer()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._timer.stop()

    def resizeEvent(self, event: object) -> None:
        self.button.move(self.width() - self.button.width() - 2, 2)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._motion is None:
            return
        painter = QPainter(self)
        area = QRectF(self.rect()).adjusted(4, 4, -4, -4)
        if self._timer.isActive():
            t = eased(self._clock.elapsed() / CYCLE_MS)
            paint_scene(painter, area, scene_at(self._motion, t), self._muscles, self._bounds)
        else:
            half = area.width() / 2
            for column, t in enumerate((0.0, 1.0)):
                target = QRectF(area.left() + column * half, area.top(), half, area.height())
                paint_scene(painter, target, scene_at(self._motion, t), self._muscles, self._bounds)
        painter.end()
