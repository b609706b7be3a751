"""The window's status bar with its message word-wrapped onto as many lines as it needs.

QStatusBar paints a message on one line and cuts it at the window's edge: at 960 px a refusal was cut
just where it says what to do ("… Hent udøveren tilbage med Filer > Gendan"). Here a label in the bar
shows the message, wrapped, and the bar grows a line for each line it takes and gives it back after;
showMessage, clearMessage and currentMessage work as before, so every place that says something there is unchanged."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QStatusBar, QStyle, QStyleOption, QWidget


class WrappedLine(QLabel):
    """A word-wrapped label hinting the height of its text at the width it has. QStatusBar sizes its line by the
    widgets' sizeHint, and a wrapping label's hint lays the text out at a guessed narrow width: two lines (28 px)
    for a one-line message, the bar 33 px instead of 22. A minimum height set from heightForWidth does not help:
    QLabel's heightForWidth is never below the minimum height, so a height once measured at a narrow width stayed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)  # a trainee's or a file's name is never markup
        self.setWordWrap(True)

    def _height(self) -> int:
        """At the width laid out, or one line while hidden: a hidden bar lays its line out about 97 px wide,
        where a one-line message takes two, and the window's first layout had the bar 11 px too high."""
        return self.heightForWidth(self.width() if self.isVisible() else self.maximumWidth())

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """At another width the text may take other lines: the bar asks the hint again."""
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()


class StatusLine(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = WrappedLine(self)
        self.addPermanentWidget(self.line, 1)  # a permanent widget stays while a message is shown
        self.messageChanged.connect(self.line.setText)

    def paintEvent(self, event: QPaintEvent) -> None:
        """The bar's panel alone: QStatusBar would paint the message again, on one line, under the label."""
        painter = QPainter(self)
        option = QStyleOption()
        option.initFrom(self)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_PanelStatusBar, option, painter, self)
