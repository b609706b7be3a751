"""A label whose text changes after every edit without laying out the whole window again.

A QLabel asks its parent's layout for room on every setText, and Qt then lays out each level
up to the main window and repaints all of it (25 of a drop's 60 ms on the week). Here the label
sits in a holder of a fixed number of lines that places it itself, without a layout: the
label's requests stop there, and a new text repaints only the label."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from glueplan.ui.shared.plain_text import plain_tooltip

ELLIPSIS = " …"


class SteadyLabel(QWidget):
    """Holds ``label`` (word-wrapped, top-left) in ``lines`` lines of the label's font, as wide
    as the layout makes the holder. A text given with ``set_text`` that needs more lines ends in
    "…" where they end, whole in its tooltip (it was cut off mid-word at the holder's edge)."""

    def __init__(self, label: QLabel, lines: int = 2, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = label
        label.setParent(self)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        margins = label.contentsMargins()
        self._height = lines * label.fontMetrics().lineSpacing() + margins.top() + margins.bottom() + 2 * label.margin()
        self._lines = lines
        self._text = label.text()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_text(self, text: str) -> None:
        self._text = text
        self._fit()

    def sizeHint(self) -> QSize:
        return QSize(self.label.fontMetrics().averageCharWidth() * 40, self._height)

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self._height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.label.resize(event.size())
        self._fit()

    def _fit(self) -> None:
        """The text, or as many of its words as the lines hold and "…", the whole in the tooltip."""
        if self._fits(self._text):
            self.label.setText(self._text)
            self.label.setToolTip("")
            return
        words = self._text.split(" ")
        low, high = 0, len(words)  # the most words that fit with the ellipsis: between low and high
        while low < high:
            middle = (low + high + 1) // 2
            if self._fits(" ".join(words[:middle]) + ELLIPSIS):
                low = middle
            else:
                high = middle - 1
        self.label.setText(" ".join(words[:low]).rstrip(" ,:·") + ELLIPSIS)
        self.label.setToolTip(plain_tooltip(self._text))

    def _fits(self, text: str) -> bool:
        width = self.label.contentsRect().width() - 2 * self.label.margin()
        if width <= 0:
            return True  # not laid out yet: fitted when it is
        flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft)
        used = self.label.fontMetrics().boundingRect(QRect(0, 0, width, 10_000), flags, text).height()
        return used <= self._lines * self.label.fontMetrics().lineSpacing()
