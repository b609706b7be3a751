"""A rest typed and shown in minutes and seconds, "2:30", as the week, the log and the printed sheet
write it: the week's editor asked "Rest s 150" beside a row that said "2:30" (a Danish coach's walk)."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QValidator
from PySide6.QtWidgets import QSpinBox, QWidget

from glueplan.domain import limits
from glueplan.domain.language import RestProblem, RestRefused, read_rest, rest_clock
from glueplan.domain.log import shown
from glueplan.ui.shared.plain_text import filled

_REST_SIGNS = re.compile(r"[\d\s:.,]*")  # what a rest is typed with: anything else is no key for this field


class RestField(QSpinBox):
    """Seconds within the plan's limits, in steps of 15 s; takes "2:30", "2,5", "150" or "3" (minutes) as
    ``read_rest`` reads them. A rest it cannot read ("2,05") stays in the field as typed, its value the rest it
    had, and ``refused`` says why, for the page to show beside it and not save as if the typed rest were taken
    (Qt would have put the rest before back in its place, and Enter again saved that)."""

    refused = Signal(str)  # the reason, "" once the field holds what was typed again

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(*limits.REST_S)
        self.setSingleStep(15)
        self.setKeyboardTracking(False)  # a refused rest goes back to the one before typing, not to "2" of "2,05"
        self._refusal = ""
        self.setAccessibleName(self.tr("rest in minutes and seconds"))
        self.setToolTip(self.tr("Minutes and seconds, or minutes in quarters: 2:30, 2.5 and 150 (seconds) are the "
                                "same rest, 2.75 is 2:45; 3 is 3:00."))
        self.lineEdit().textEdited.connect(lambda _text: self._say(""))
        self.valueChanged.connect(lambda _value: self._say(""))

    def refusal(self) -> str:
        """Why the rest last typed was not taken, or ""."""
        return self._refusal

    def textFromValue(self, value: int) -> str:
        return rest_clock(value)

    def valueFromText(self, text: str) -> int:
        reading = read_rest(text)
        return reading if isinstance(reading, int) else self.value()

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        reading = read_rest(text)
        if isinstance(reading, int):
            return QValidator.State.Acceptable, text, pos
        if _REST_SIGNS.fullmatch(text):  # half typed, or to be refused with the reason when left
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Invalid, text, pos

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self._keeping_what_was_typed(lambda: super(RestField, self).keyPressEvent(event))

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._keeping_what_was_typed(lambda: super(RestField, self).focusOutEvent(event))

    def _keeping_what_was_typed(self, handle: Callable[[], None]) -> None:
        """Qt's handling of a key or the focus leaving, with a refused rest written back over the one Qt put back."""
        typed = self.lineEdit().text()
        handle()
        if self._refusal and self.lineEdit().text() != typed:
            self.lineEdit().setText(typed)

    def fixup(self, text: str) -> str:
        """Qt asks before it puts back the rest the field had: say why what was typed is none."""
        reading = read_rest(text)
        if isinstance(reading, RestRefused):
            self._say(self._reason(shown(text), reading))
        return text

    def _say(self, reason: str) -> None:
        if reason != self._refusal:
            self._refusal = reason
            self.refused.emit(reason)

    def _reason(self, typed: str, refused: RestRefused) -> str:
        if refused.problem is RestProblem.NOT_A_QUARTER:
            return filled(self.tr("“%1” is not in quarter minutes: minutes with a decimal are read in quarters "
                                  "(2.25, 2.5, 2.75). For minutes and seconds, type a colon: %2."), typed,
                          refused.example)
        if refused.problem is RestProblem.SECONDS:
            return filled(self.tr("“%1”: after the colon come the seconds in two digits, 00 to 59 (%2)."), typed,
                          refused.example)
        if refused.problem is RestProblem.TOO_LONG:
            return filled(self.tr("“%1” is %2: a rest is at most %3."), typed, refused.example,
                          rest_clock(limits.REST_S.high))
        return filled(self.tr("“%1” is not a rest: type minutes and seconds (2:30), minutes (2.5) or seconds (150)."),
                      typed)
