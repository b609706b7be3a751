"""The window's status bar with its message word-wrapped onto as many lines as it needs.

QStatusBar paints a message on one line and cuts it at the window's edge: at 960 px a refusal was cut
just where it says what to do ("… Hent udøveren tilbage med Filer > Gendan"). Here a label in the bar
shows the message, wrapped, and the bar grows a line for each line it takes; showMessage, clearMessage
and currentMessage work as before, so every place that says something there is unchanged."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QStatusBar, QStyle, QStyleOption, QWidget


class StatusLine(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = QLabel(self)
        self.line.setTextFormat(Qt.TextFormat.PlainText)  # a trainee's or a file's name is never markup
        self.line.setWordWrap(True)
        self.addPermanentWidget(self.line, 1)  # a permanent widget stays while a message is shown
        self.messageChanged.connect(self._show)

    def _show(self, message: str) -> None:
        self.line.setText(message)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit()

    def _fit(self) -> None:
        """As high as the message's lines at the label's width (the bar is sized by its hint, not by width)."""
        lines = self.line.heightForWidth(self.line.width()) if self.line.text() else self.line.fontMetrics().height()
        if lines != self.line.minimumHeight():
            self.line.setMinimumHeight(lines)

    def paintEvent(self, event: QPaintEvent) -> None:
        """The bar's panel alone: QStatusBar would paint the message again, on one line, under the label."""
        painter = QPainter(self)
        option = QStyleOption()
        option.initFrom(self)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_PanelStatusBar, option, painter, self)
