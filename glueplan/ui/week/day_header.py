"""The head of a day's column: the day's name, then its date and ISO week, and a dot when a
finding concerns the day. Seven of them must fit beside the library on a small screen in any
language, so the date and week wrap under the name, and where even the name does not fit it is
shortened ("Wed", "ons.") with the whole name in the tooltip."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent, QTextDocument
from PySide6.QtWidgets import QLabel, QWidget

NO_BREAK = "\u00a0"  # keeps "week 49" and a finding's dot on one line
SEPARATOR = " · "  # between the parts under the name, where they share a line


class DayHeader(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self._name = self._short = ""
        self._below: tuple[str, ...] = ()

    def show_day(self, name: str, short: str, below: tuple[str, ...] = ()) -> None:
        """``below`` are the rich-text parts under the name (the date; the week and a finding's
        dot), their spaces non-breaking where a break would read badly ("week 49"): on one line
        with " · " between them where the column is wide enough, else a line each (wrapped, the
        separator was left at a line's end: "07.12. ·"). The same day again (every edit shows the
        headers anew) changes nothing: no new layout, no repaint."""
        if (name, short, below) == (self._name, self._short, self._below):
            return
        self._name, self._short, self._below = name, short, below
        self.updateGeometry()
        self._fit()

    def minimumSizeHint(self) -> QSize:
        """As narrow as the short name and the widest unbreakable part of the rest."""
        hint = super().minimumSizeHint()
        margins = self.contentsMargins()
        widest_word = self._width(self._html(self._short, one_line=False), words=True)
        hint.setWidth(int(widest_word) + 1 + margins.left() + margins.right() + 2 * self.margin())
        return hint

    def _width(self, html: str, words: bool = False) -> float:
        """How wide the rich text is laid out on lines of its own (``words``: its widest word)."""
        document = QTextDocument()
        document.setDocumentMargin(0)
        document.setDefaultFont(self.font())
        document.setHtml(html)
        if words:
            document.setTextWidth(0)  # a line per word
        return document.idealWidth()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        bold = QFont(self.font())
        bold.setBold(True)
        room = self.contentsRect().width() - 2 * self.margin()
        whole = QFontMetrics(bold).horizontalAdvance(self._name) <= room
        one_line = self._width(SEPARATOR.join(self._below)) <= room
        text = self._html(self._name if whole else self._short, one_line)
        if self.text() != text:  # rich-text labels lay out anew on every setText
            self.setText(text)
        self.setToolTip("" if whole else self._name)

    def _html(self, name: str, one_line: bool) -> str:
        below = (SEPARATOR if one_line else "<br>").join(self._below)
        return f"<b>{escape(name)}</b>" + (f"<br>{below}" if below else "")
