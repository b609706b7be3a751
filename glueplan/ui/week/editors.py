"""The week's in-place editors: a planned exercise (sets, reps, RIR, rest, load target, note) and
a session's header (time, title).

Each editor is a small framed panel floating over the window under its row, as wide as the row's
day: its fields stand one under the other, each under its label, so that it hides no other day (a
row of fields covered the next day, the one planned beside it). The cursor starts in the first field;
Tab and Shift+Tab move between the fields and, past the last or the first, leave the editor,
saving; Enter saves; Escape cancels; clicking anywhere else saves too.
"""

from __future__ import annotations


from msgspec.structs import replace
from PySide6.QtCore import QTime, Qt, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QDoubleSpinBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from glueplan.domain import limits
from glueplan.domain.catalog import Exercise, Prescription, RepRange
from glueplan.domain.commands import SessionHead
from glueplan.domain.language import Language
from glueplan.domain.log import KG_PER_LB
from glueplan.domain.plan import PlannedExercise
from glueplan.domain.progress import load_step
from glueplan.domain.trainee import Units
from glueplan.ui.shared.date_time_fields import with_clock
from glueplan.ui.shared.plain_text import plain, plain_tooltip
from glueplan.ui.shared.problem_label import ProblemLabel
from glueplan.ui.shared.rest_field import RestField
from glueplan.ui.shared.rir_meaning import explain_rir


class FloatingEditor(QFrame):
    """Emits ``left`` when the user leaves it: with True by the keyboard (Tab out of its last
    field, Enter), with False by moving the focus elsewhere (a click)."""

    left = Signal(bool)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFrameShadow(QFrame.Shadow.Raised)
        self.setAutoFillBackground(True)
        self.problem = ProblemLabel()
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(6, 4, 6, 4)
        self.grid.setVerticalSpacing(2)
        self.heading = plain(QLabel(self))  # what it edits, said where the editor lies over its row
        bold = self.heading.font()
        bold.setBold(True)
        self.heading.setFont(bold)
        self.heading.hide()
        self.grid.addWidget(self.heading, 0, 0, 1, 2)
        self.scope = QLabel(self)  # which week the edit changes: the others keep theirs
        self.scope.setWordWrap(True)
        slanted = self.scope.font()
        slanted.setItalic(True)  # a remark, not a field's label
        self.scope.setFont(slanted)
        self.scope.hide()
        self.grid.addWidget(self.scope, 1, 0, 1, 2)
        self._fields: list[QWidget] = []
        self._open = True
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_moved)

    def set_fields(self, fields: list[QWidget]) -> None:
        """The fields in Tab order; the first takes the focus when the editor opens."""
        self._fields = fields
        self.setFocusProxy(fields[0])
        self.grid.addWidget(self.problem, self.grid.rowCount(), 0, 1, self.grid.columnCount())

    def _add_labelled(self, *fields: tuple[str, QWidget]) -> None:
        """Fields under their labels, side by side in the day's width (one of them: the whole width)."""
        row, span = self.grid.rowCount(), 2 // len(fields)
        for at, (label, field) in enumerate(fields):
            words = QLabel(label, self)
            words.setWordWrap(True)  # a label in half of a day 22 characters wide
            self.grid.addWidget(words, row, at * span, 1, span, Qt.AlignmentFlag.AlignBottom)
            self.grid.addWidget(field, row + 1, at * span, 1, span)

    def name_what_it_edits(self, name: str, width: int, whole: bool) -> None:
        """Say ``name`` above the fields: ``whole``, wrapped onto the lines it needs (where the day has room for
        them; cut short, "Single-leg hip th…" was a guess at which of two hip thrusts), else on one line cut short
        to the editor's ``width``, the tooltip saying it whole (a line more would push the editor past the day's
        bottom on half a laptop's screen). A word wider than the editor is cut short in any case."""
        margins = self.grid.contentsMargins()
        room = width - 2 * self.frameWidth() - margins.left() - margins.right()  # the frame's too: 2 px over
        metrics = self.heading.fontMetrics()
        whole = whole and all(metrics.horizontalAdvance(word) <= room for word in name.split())
        self.heading.setWordWrap(whole)
        self.heading.setText(name if whole else metrics.elidedText(name, Qt.TextElideMode.ElideRight, room))
        self.heading.setToolTip(plain_tooltip(name) if self.heading.text() != name else "")
        self.heading.show()

    def only_in_week(self, week: int, weeks: int) -> None:
        """Say that the edit changes week ``week`` (from 0) alone, where the program has more: a
        coach expected a session renamed in week 1 to be renamed in weeks 2-6 too."""
        self.scope.setVisible(weeks > 1)
        self.scope.setText(self.tr("Changes week %1 only").replace("%1", str(week + 1)))
        self.scope.setToolTip(self.tr("Copy week forward carries this week on to the weeks after it."))

    def field(self, at: int) -> QWidget:
        return self._fields[at]

    def value(self) -> object | None:
        """What was entered, or None with the reason shown."""
        raise NotImplementedError

    def leave(self, by_keyboard: bool) -> None:
        if self._open:
            self._open = False
            self.left.emit(by_keyboard)

    def stay_open(self, reason: str = "") -> None:
        """Leaving was refused (the values cannot be saved, the reason shown; or the database refused
        them, ``reason`` says why): the values stay for the user to try again, or cancel."""
        if reason:
            self.problem.setText(reason)
        self._open = True

    def close_quietly(self) -> None:
        """Cancelled: no more ``left``, whatever the focus does next."""
        self._open = False

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002 - Qt's name
        if not self._open:  # closing: Qt moves the focus on from the hidden editor
            return super().focusNextPrevChild(next)
        focus = QApplication.focusWidget()
        current = next_index = None
        for at, field in enumerate(self._fields):
            if field is focus or field.isAncestorOf(focus):
                current = at
        if current is not None:
            next_index = current + (1 if next else -1)
        if next_index is not None and 0 <= next_index < len(self._fields):
            reason = Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason
            self._fields[next_index].setFocus(reason)  # which selects the field's text
            _select_all(self._fields[next_index])
        else:
            self.leave(by_keyboard=True)
        return True

    def hideEvent(self, event: QHideEvent) -> None:
        """The view hides an editor it lets go of before the focus leaves it: that is no leaving."""
        self.close_quietly()
        super().hideEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._open = True
        _select_all(self._fields[0])  # a typed digit replaces the value, as in a spreadsheet's cell

    def _focus_moved(self, old: QWidget | None, new: QWidget | None) -> None:
        """The focus went from a field to a widget outside the editor (not to no widget: the
        window lost the focus, the user will come back)."""
        if new is None or old is None or not self._open:
            return
        if (old is self or self.isAncestorOf(old)) and not (new is self or self.isAncestorOf(new)):
            self.leave(by_keyboard=False)


def _select_all(field: QWidget) -> None:
    if isinstance(field, (QAbstractSpinBox, QLineEdit)):
        field.selectAll()


def _spin(low: int, high: int, name: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setAccessibleName(name)
    return spin


class PlannedEditor(FloatingEditor):
    """Sets, reps from-to, RIR, rest, the load target (in the profile's units; none at 0) and a
    note; reps must not run backwards."""

    def __init__(self, parent: QWidget, units: Units, language: Language) -> None:
        super().__init__(parent)
        self.units = units
        self._planned: PlannedExercise | None = None
        self.sets = _spin(*limits.SETS, self.tr("sets"))
        self.reps_low = _spin(*limits.REPS, self.tr("lowest reps"))
        self.reps_high = _spin(*limits.REPS, self.tr("highest reps"))
        self.rir = _spin(*limits.RIR, self.tr("reps in reserve"))
        explain_rir(self.rir, language)
        self.rest = RestField()
        self.load = QDoubleSpinBox()
        self.load.setDecimals(2)
        self.load.setRange(0, limits.WEIGHT_KG.high / (1 if units is Units.KG else KG_PER_LB))
        self.load.setSuffix(f" {units.value}")
        self.load.setSpecialValueText(self.tr("none"))  # 0: no load target
        self.load.setAccessibleName(self.tr("load target in %1").replace("%1", units.value))
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("note"))
        reps = QWidget(self)  # from and to on one line
        line = QHBoxLayout(reps)
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(2)
        line.addWidget(self.reps_low, 1)
        line.addWidget(QLabel("–", reps))
        line.addWidget(self.reps_high, 1)
        # RIR and the rest share a line: the editor fits under its row within a day of a 768 px high window.
        for line in (((self.tr("Sets"), self.sets),), ((self.tr("Reps"), reps),),
                     ((self.tr("RIR"), self.rir), (self.tr("Rest"), self.rest)),
                     ((self.tr("Load target"), self.load),), ((self.tr("Note"), self.note),)):
            self._add_labelled(*line)
        self.set_fields([self.sets, self.reps_low, self.reps_high, self.rir, self.rest, self.load, self.note])
        self.rest.refused.connect(self.problem.setText)

    def set_planned(self, planned: PlannedExercise, exercise: Exercise) -> None:
        """``exercise``: the catalogue's, whose implement the load target steps by (4 kg on a kettlebell)."""
        self._planned = planned
        self.load.setSingleStep(load_step(exercise, self.units))
        p = planned.prescription
        self.sets.setValue(p.sets)
        self.reps_low.setValue(p.reps.low)
        self.reps_high.setValue(p.reps.high)
        self.rir.setValue(p.rir)
        self.rest.setValue(p.rest_s)
        kg = planned.load_kg or 0.0
        self.load.setValue(kg if self.units is Units.KG else kg / KG_PER_LB)
        self.note.setText(planned.note)

    def value(self) -> PlannedExercise | None:
        if self.rest.refusal():  # the field went back to the rest it had: saving that would drop what was typed
            self.problem.setText(self.rest.refusal())
            return None
        if self.reps_low.value() > self.reps_high.value():
            self.problem.setText(self.tr("The lowest reps must not be above the highest."))
            return None
        self.problem.clear()
        assert self._planned is not None
        prescription = Prescription(self.sets.value(), RepRange(self.reps_low.value(), self.reps_high.value()),
                                    self.rir.value(), self.rest.value())
        load = self.load.value()
        kg = None if load == 0 else load if self.units is Units.KG else load * KG_PER_LB
        if self._planned.load_kg is not None and kg is not None and abs(kg - self._planned.load_kg) < 0.005:
            kg = self._planned.load_kg  # shown rounded: an untouched target stays exactly as it was
        return replace(self._planned, prescription=prescription, load_kg=kg, note=self.note.text().strip())


class SessionEditor(FloatingEditor):
    """A session's time and title."""

    def __init__(self, parent: QWidget, language: Language) -> None:
        super().__init__(parent)
        self.time = with_clock(QTimeEdit(), language)
        self.time.setAccessibleName(self.tr("time"))
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("title"))
        self.title.setMaxLength(200)  # the database's column
        self._add_labelled((self.tr("Time"), self.time))
        self._add_labelled((self.tr("Title"), self.title))
        self.set_fields([self.time, self.title])

    def set_head(self, head: SessionHead) -> None:
        self.time.setTime(QTime(head.time.hour, head.time.minute))
        self.title.setText(head.title)

    def value(self) -> SessionHead:
        return SessionHead(self.time.time().toPython(), self.title.text().strip())  # type: ignore[arg-type]
