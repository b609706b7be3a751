"""The one way a page says what is wrong (a refused entry, a write that failed): in the error
colour, wrapped, beside the thing it is about."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from glueplan.ui.settings.theme import ERROR_TEXT


class ProblemLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(f"color: {ERROR_TEXT.name(self.palette())}")  # a light red on a dark palette
        self.setTextFormat(Qt.TextFormat.PlainText)  # it quotes what the user typed: never markup
        self.setWordWrap(True)

    def clear(self) -> None:
        """Nothing to say, as before: no new layout. QLabel.clear asks its layout for room even
        when the label was empty, and pages clear it before every edit: a logged set laid out
        and repainted the whole main window (its tab widget repaints all of itself)."""
        if self.text():
            super().clear()
