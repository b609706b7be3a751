"""A button that destroys (a set's Delete), and takes no click meant for what was under the pointer before
it came there. A double-click on the Log page's Log set logged the set, the form moved down a line, the new
set's Delete landed under the pointer, and the second click deleted the set just logged, without a word; a set
logged in another window moved the form under a pointer as well."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt
from PySide6.QtGui import QMouseEvent, QMoveEvent, QShowEvent
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QPushButton, QWidget


class SettledButton(QPushButton):
    """Ignores mouse presses for a double-click interval after it was shown or moved on the screen (itself or
    with anything it sits in: a block pushed down the form, the form scrolled). The keyboard presses it at once:
    it has been chosen, not met."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._arrived = QElapsedTimer()
        self._arrived.start()
        self._holders: list[MoveClock] = []

    def settled(self) -> bool:
        """Whether it has stood where it is long enough for a click to be meant for it."""
        interval = QApplication.doubleClickInterval()
        return self._arrived.elapsed() >= interval and all(clock.still_for(interval) for clock in self._holders)

    def showEvent(self, event: QShowEvent) -> None:
        self._arrived.start()
        self._holders = [MoveClock.of(holder) for holder in _moving_with(self)]
        super().showEvent(event)

    def moveEvent(self, event: QMoveEvent) -> None:
        self._arrived.start()
        super().moveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.settled():
            super().mousePressEvent(event)
        else:
            event.ignore()


class MoveClock(QObject):
    """When one widget last moved in its parent, for every settled button inside it: one watcher a widget, not
    one a button (a filter each on every widget up to the window made logging a set take 5 ms more, with 15
    Delete buttons on the Log page)."""

    NAME = "settled_button_move_clock"

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.setObjectName(self.NAME)
        self._moved = QElapsedTimer()  # not started: it has not moved since it was watched
        widget.installEventFilter(self)

    @classmethod
    def of(cls, widget: QWidget) -> MoveClock:
        found = widget.findChild(QObject, cls.NAME, Qt.FindChildOption.FindDirectChildrenOnly)
        return found if isinstance(found, MoveClock) else cls(widget)

    def still_for(self, milliseconds: int) -> bool:
        return not self._moved.isValid() or self._moved.elapsed() >= milliseconds

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Move:
            self._moved.start()
        return False


def _moving_with(button: QWidget) -> list[QWidget]:
    """What the button sits in that can move it under a still pointer: its holders up to the page a scroll
    area scrolls (moved as it scrolls), or up to the window; the window moves the pointer's target with it."""
    holders = []
    holder = button.parentWidget()
    while holder is not None and not holder.isWindow():
        holders.append(holder)
        viewport = holder.parentWidget()
        if viewport is not None and isinstance(viewport.parentWidget(), QAbstractScrollArea):
            break
        holder = viewport
    return holders
