"""A rest typed and shown in minutes and seconds, "2:30", as the week, the log and the printed sheet
write it: the week's editor asked "Rest s 150" beside a row that said "2:30" (a Danish coach's walk)."""

from __future__ import annotations

import re

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QSpinBox, QWidget

from glueplan.domain import limits
from glueplan.domain.language import rest_clock, rest_typed

_HALF_TYPED = re.compile(r"\s*(\d+\s*([:.,]\s*\d?)?)?")  # "", "2", "2:", "2:3": more digits to come


class RestField(QSpinBox):
    """Seconds within the plan's limits, in steps of 15 s; takes "2:30", "2.30", "2,5", "150" or "3"
    (minutes) as ``rest_typed`` reads them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(*limits.REST_S)
        self.setSingleStep(15)
        self.setAccessibleName(self.tr("rest in minutes and seconds"))
        self.setToolTip(self.tr("Minutes:seconds. 2:30, 2.30 and 150 (seconds) are the same rest; 3 is 3:00."))

    def textFromValue(self, value: int) -> str:
        return rest_clock(value)

    def valueFromText(self, text: str) -> int:
        seconds = rest_typed(text)
        return self.value() if seconds is None else seconds

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        seconds = rest_typed(text)
        if seconds is not None and self.minimum() <= seconds <= self.maximum():
            return QValidator.State.Acceptable, text, pos
        if seconds is None and _HALF_TYPED.fullmatch(text):
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Invalid, text, pos
