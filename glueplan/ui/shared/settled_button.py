"""A button that destroys (a set's Delete), and takes no click meant for what was under the pointer before
it came there. A double-click on the Log page's Log set logged the set, the form moved down a line, the new
set's Delete landed under the pointer, and the second click deleted the set just logged, without a word; a set
logged in another window moved the form under a pointer as well."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QEvent, QObject
from PySide6.QtGui import QMouseEvent, QMoveEvent, QShowEvent
from PySide6.QtWidgets import QApplication, QPushButton, QWidget


class SettledButton(QPushButton):
    """Ignores mouse presses for a double-click interval after it was shown or moved on the screen (itself or
    with anything it sits in: a block pushed down the form, the form scrolled). The keyboard presses it at once:
    it has been chosen, not met."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._arrived = QElapsedTimer()
        self._arrived.start()

    def settled(self) -> bool:
        """Whether it has stood where it is long enough for a click to be meant for it."""
        return self._arrived.elapsed() >= QApplication.doubleClickInterval()

    def showEvent(self, event: QShowEvent) -> None:
        self._arrived.start()
        holder = self.parentWidget()
        while holder is not None and not holder.isWindow():  # what it sits in moves it too (filters not doubled)
            holder.installEventFilter(self)
            holder = holder.parentWidget()
        super().showEvent(event)

    def moveEvent(self, event: QMoveEvent) -> None:
        self._arrived.start()
        super().moveEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Move:
            self._arrived.start()
        return super().eventFilter(watched, event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.settled():
            super().mousePressEvent(event)
        else:
            event.ignore()
