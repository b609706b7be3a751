"""The main window's library, tabs and details side by side, the details giving way in a narrow window."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSplitter, QWidget


def least_width(widget: QWidget) -> int:
    """The width a splitter keeps a widget at, at least: its minimum width if set, else its hint (as Qt's own)."""
    return widget.minimumWidth() or max(0, widget.minimumSizeHint().width())


class PanelsSplitter(QSplitter):
    """Its last widget (the exercise's details) shows only where the others have their least width
    beside it: a window snapped to half a 1366 px screen (683 px) has room for the library and the
    page, not for the details as well, and a minimum counting them kept the window at 918-934 px.
    ``details_wanted`` says whether the page in front shows them at all."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.details_wanted = True

    def _details(self) -> QWidget:
        return self.widget(self.count() - 1)

    def _details_room(self) -> int:
        """The width the details take with their handle."""
        return least_width(self._details()) + self.handle(self.count() - 1).sizeHint().width()

    def minimumSizeHint(self) -> QSize:
        """The least width of the library and the page alone."""
        hint = super().minimumSizeHint()
        if self._details().isHidden():
            return hint
        return QSize(hint.width() - self._details_room(), hint.height())

    def fit_details(self) -> None:
        """Show the details where they are wanted and have room, else leave the room to the others."""
        fits = self.width() >= self.minimumSizeHint().width() + self._details_room()
        self._details().setVisible(self.details_wanted and fits)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_details()
