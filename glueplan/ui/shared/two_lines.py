"""Two parts of a row side by side where the width holds both, one under the other where it does not."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QBoxLayout, QLayout


class TwoLines(QBoxLayout):
    """``first`` and ``second`` on one line where the width holds both at their size hints, else on two:
    in a window on half a 1366 px screen (683 px) one line squeezed a field to a few letters ("N…") or
    pushed the date fields out of sight. ``second`` takes what room is left on its line."""

    def __init__(self, first: QLayout, second: QLayout) -> None:
        super().__init__(QBoxLayout.Direction.LeftToRight)
        self.addLayout(first, 0)
        self.addLayout(second, 1)

    def setGeometry(self, rect: QRect) -> None:
        first, second = self.itemAt(0), self.itemAt(1)
        one_line = first.sizeHint().width() + max(0, self.spacing()) + second.sizeHint().width()
        direction = QBoxLayout.Direction.LeftToRight if rect.width() >= one_line else QBoxLayout.Direction.TopToBottom
        if direction != self.direction():
            self.setDirection(direction)  # laid out again at once, as one line or two
        super().setGeometry(rect)
