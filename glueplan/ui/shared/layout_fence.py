"""A page's content behind a fence that layout requests cross only when they must.

Qt lays out a widget's parent after every layout of the widget, whether its size hints changed
or not, and so on up to the main window, whose tab widget then repaints all of itself: a day
header that gained a finding's dot, or a line added to a form, repainted the whole window. The
fence holds one widget at its own size and asks the layouts above it for room only when that
widget's size hints changed; what changed inside is laid out and painted as before.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

Hints = tuple[QSize, QSize, QSize, QSize, QSizePolicy, int]


class LayoutFence(QWidget):
    """Holds ``content`` (made its child) at the fence's size; the layout the fence is in sees
    the content's size hints, minimum and maximum size and size policy."""

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content = content
        content.setParent(self)
        self._follow()
        self._hints = self._asked()

    def _asked(self) -> Hints:
        """What the content asks of the layout the fence is in."""
        content = self.content
        return (content.sizeHint(), content.minimumSizeHint(), content.minimumSize(), content.maximumSize(),
                content.sizePolicy(), content.heightForWidth(self.width()) if content.hasHeightForWidth() else -1)

    def _follow(self) -> None:
        self.setMinimumSize(self.content.minimumSize())
        self.setMaximumSize(self.content.maximumSize())
        self.setSizePolicy(self.content.sizePolicy())

    def sizeHint(self) -> QSize:
        return self.content.sizeHint()

    def minimumSizeHint(self) -> QSize:
        return self.content.minimumSizeHint()

    def hasHeightForWidth(self) -> bool:
        return self.content.hasHeightForWidth()

    def heightForWidth(self, width: int) -> int:
        return self.content.heightForWidth(width)

    def event(self, event: QEvent) -> bool:
        """The content was laid out again (it asks its parent, the fence, for room): pass the
        request on only if what the content asks for changed."""
        if event.type() == QEvent.Type.LayoutRequest:
            hints = self._asked()
            if hints != self._hints:
                self._hints = hints
                self._follow()
                self.updateGeometry()
            return True
        return super().event(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.content.setGeometry(self.rect())
