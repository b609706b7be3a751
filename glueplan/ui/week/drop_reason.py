"""What a drop would do, or why it is refused, over the bottom of the week while something is dragged: tooltips do
not show during a drag. It lies over the days rather than under them: a line in the layout took its room under the
week at all times (an empty band of 20 px between the week and its sums), and a line shown only as a drag starts
would move the days, the drop targets, under the pointer."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QLabel

from glueplan.ui.shared.plain_text import plain
from glueplan.ui.shared.tip_look import tip_look


class DropReason(QLabel):
    """Over the bottom of ``area``'s viewport, as wide as it, wrapped, while it has something to say; hidden
    otherwise. The pointer's drags and clicks go through it to the day under it."""

    def __init__(self, area: QAbstractScrollArea) -> None:
        super().__init__(area)
        plain(tip_look(self))
        self.setWordWrap(True)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)  # drops land on the day under it
        self.hide()
        self._area = area
        area.viewport().installEventFilter(self)  # resized with the area, and as its scroll bar shows or hides

    def say(self, reason: str) -> None:
        """Show ``reason`` over the week (none: hidden)."""
        self.setText(reason)
        if reason:
            self._place()
            self.show()
            self.raise_()
        else:
            self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.isVisible():  # of the viewport, the one watched
            self._place()
        return super().eventFilter(watched, event)

    def _place(self) -> None:
        room = self._area.viewport().geometry()
        height = self.heightForWidth(room.width())
        self.setGeometry(room.left(), room.bottom() + 1 - height, room.width(), height)
