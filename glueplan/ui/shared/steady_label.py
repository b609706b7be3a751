"""A label whose text changes after every edit without laying out the whole window again.

A QLabel asks its parent's layout for room on every setText, and Qt then lays out each level
up to the main window and repaints all of it (25 of a drop's 60 ms on the week). Here the label
sits in a holder of a fixed number of lines that places it itself, without a layout: the
label's requests stop there, and a new text repaints only the label."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class SteadyLabel(QWidget):
    """Holds ``label`` (word-wrapped, top-left) in ``lines`` lines of the label's font, as wide
    as the layout makes the holder."""

    def __init__(self, label: QLabel, lines: int = 2, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = label
        label.setParent(self)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        margins = label.contentsMargins()
        self._height = lines * label.fontMetrics().lineSpacing() + margins.top() + margins.bottom() + 2 * label.margin()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(self.label.fontMetrics().averageCharWidth() * 40, self._height)

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self._height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.label.resize(event.size())
