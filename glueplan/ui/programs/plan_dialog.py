"""Programs > Plan my week…: what the trainee has and wants on the left, the proposed program on
the right as the week calendar shows it (read-only, see plan_preview) with the reasons, the rules
it had to break and what would fix them. "Suggest another" asks for a different plan as good;
accepting starts it as a new program in one undoable edit."""

from __future__ import annotations

import itertools
from datetime import time

from msgspec.structs import replace
from PySide6.QtCore import QTime, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from glueplan.app import clock
from glueplan.app.planning import accept_proposal
from glueplan.domain import limits
from glueplan.domain.catalog import Equipment
from glueplan.domain.language import Language
from glueplan.domain.messages import messages
from glueplan.domain.plan import Weekday
from glueplan.domain.planner import Emphasis, FreeSlot, PlanRequest, Proposal, propose
from glueplan.domain.templates import DEFAULT_WEEKS
from glueplan.domain.trainee import Level
from glueplan.ui.programs.plan_preview import PlanPreview
from glueplan.ui.shared.date_time_fields import with_clock
from glueplan.ui.shared.live_workspace import LiveWorkspace
from glueplan.ui.shared.screen_fit import within_screen
from glueplan.ui.shared.undo_text import UndoText

FREE_DAYS = (Weekday.MON, Weekday.WED, Weekday.FRI)
AT_HAND = (Equipment.BARBELL, Equipment.SQUAT_RACK, Equipment.BENCH, Equipment.DUMBBELL, Equipment.CABLE,
           Equipment.BAND)
ANOTHER_TRIES = 12  # seeds tried for a plan that differs from the one shown
SETTLE_MS = 150  # plan again once the inputs have been still this long


class PlanDialog(QDialog):
    """``proposal`` is the plan shown; ``accepted_program_id`` the new program once accepted."""

    def __init__(self, live: LiveWorkspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Plan my week"))
        self._live = live
        self._language: Language = live.language
        self.seed = 0
        self.proposal: Proposal | None = None
        text = messages()
        trainee = live.trainee

        self.days: dict[Weekday, tuple[QCheckBox, QTimeEdit]] = {}
        days_box = QGroupBox(self.tr("Free &days and times"))  # its letter goes to Monday
        days_grid = QGridLayout(days_box)
        for row, day in enumerate(Weekday):
            check = QCheckBox(text(f"weekday.{day.code}", self._language).capitalize())
            check.setChecked(day in FREE_DAYS)
            hour = with_clock(QTimeEdit(QTime(18, 0)), self._language)
            days_grid.addWidget(check, row, 0)
            days_grid.addWidget(hour, row, 1)
            self.days[day] = (check, hour)
            check.toggled.connect(self._inputs_changed)
            hour.timeChanged.connect(self._inputs_changed)

        self.minutes = QSpinBox()
        self.minutes.setRange(*limits.PLAN_MINUTES)
        self.minutes.setSingleStep(5)
        self.minutes.setSuffix(" min")
        self.minutes.setValue(min(max(trainee.session_minutes, limits.PLAN_MINUTES.low), limits.PLAN_MINUTES.high))
        self.level = QComboBox()
        for level in Level:
            self.level.addItem(text(f"level.{level.value}", self._language), level.value)
        self.level.setCurrentIndex(self.level.findData(trainee.level.value))
        self.emphasis = QComboBox()
        for emphasis in Emphasis:
            self.emphasis.addItem(text(f"planner.emphasis.{emphasis.value}", self._language).capitalize(),
                                  emphasis.value)
        self.weeks = QSpinBox()
        self.weeks.setRange(*limits.PLAN_WEEKS)
        self.weeks.setValue(DEFAULT_WEEKS)
        form = QFormLayout()  # a label with "&" is its field's buddy: Alt+letter goes to each field
        form.addRow(self.tr("&Time per session"), self.minutes)
        form.addRow(self.tr("&Experience"), self.level)
        form.addRow(self.tr("E&mphasis"), self.emphasis)
        form.addRow(self.tr("&Weeks"), self.weeks)
        self.minutes.valueChanged.connect(self._inputs_changed)
        self.weeks.valueChanged.connect(self._inputs_changed)
        self.level.currentIndexChanged.connect(self._inputs_changed)
        self.emphasis.currentIndexChanged.connect(self._inputs_changed)

        self.equipment: dict[Equipment, QCheckBox] = {}
        equipment_box = QGroupBox(self.tr("Equipment at &hand (bodyweight always is)"))
        equipment_grid = QGridLayout(equipment_box)
        for index, item in enumerate(e for e in Equipment if e is not Equipment.BODYWEIGHT):
            check = QCheckBox(text(f"equipment.{item.value}", self._language))
            check.setChecked(item in AT_HAND)
            check.toggled.connect(self._inputs_changed)
            equipment_grid.addWidget(check, index // 2, index % 2)
            self.equipment[item] = check

        wants = QVBoxLayout()
        wants.addWidget(days_box)
        wants.addLayout(form)
        wants.addWidget(equipment_box)
        wants.addStretch(1)

        first = self.request()
        assert first is not None  # FREE_DAYS are ticked
        self.proposal = propose(first, live.catalog, self._language)
        # The day the preview's dates count from, kept for the accept: left open past midnight, the program started
        # the Monday after the one the user had looked at.
        self._day = clock.today()
        self.preview = PlanPreview(live, self.proposal, self._day)
        self.preview.setMinimumWidth(700)
        self.hint = QLabel(self.tr("Tick at least one free day."))
        self.hint.hide()
        self.another_button = QPushButton(self.tr("Suggest &another"))
        self.another_button.clicked.connect(self.suggest_another)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.accept_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.accept_button.setText(self.tr("&Start this program"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Cancel"))
        self.buttons.addButton(self.another_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.accept_plan)
        self.buttons.rejected.connect(self.reject)

        columns = QHBoxLayout()
        columns.addLayout(wants)
        columns.addWidget(self.preview, 1)
        columns.addWidget(self.hint, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.buttons)
        # Tab goes through the buttons as the platform's layout stands them, not as they were made
        # (set once the box is in the dialog: moving a widget into a window renews its chain).
        box = self.buttons.layout()
        standing = [widget for n in range(box.count()) if isinstance(widget := box.itemAt(n).widget(), QPushButton)]
        for first, second in itertools.pairwise(standing):
            QWidget.setTabOrder(first, second)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.plan)
        self.resize(within_screen(self, 1280, 800))

    # -- the request ----------------------------------------------------------------------

    def request(self, seed: int | None = None) -> PlanRequest | None:
        """What the form asks for (None: no day is ticked)."""
        slots = tuple(FreeSlot(day, time(hour.time().hour(), hour.time().minute()))
                      for day, (check, hour) in self.days.items() if check.isChecked())
        if not slots:
            return None
        return PlanRequest(slots, self.minutes.value(),
                           frozenset(item for item, check in self.equipment.items() if check.isChecked()),
                           Level(self.level.currentData()), Emphasis(self.emphasis.currentData()),
                           self.weeks.value(), self.seed if seed is None else seed)

    def _inputs_changed(self) -> None:
        self.seed = 0
        self.accept_button.setEnabled(False)
        self._settle.start()

    # -- proposing --------------------------------------------------------------------------

    def plan(self) -> None:
        request = self.request()
        self.proposal = None if request is None else propose(request, self._live.catalog, self._language)
        self._show()

    def suggest_another(self) -> None:
        """The next seed whose plan differs from the one shown (the same plan when none does)."""
        request = self.request()
        if request is None or self.proposal is None:
            return
        for seed in range(self.seed + 1, self.seed + 1 + ANOTHER_TRIES):
            found = propose(replace(request, seed=seed), self._live.catalog, self._language)
            if found.program != self.proposal.program:
                self.seed, self.proposal = seed, found
                break
        self._show()

    def accept_plan(self) -> None:
        """Start the proposal as a new program (one undoable edit) and close."""
        if self.proposal is None:
            return
        command = accept_proposal(self.proposal, self._day, UndoText(lambda: self.tr("Plan my week")))
        if self._live.run_or_report(command):
            self.accept()

    # -- the preview ------------------------------------------------------------------------

    def _show(self) -> None:
        """The proposal in the week calendar; with no day ticked, the hint instead."""
        shown = self.proposal is not None
        self.accept_button.setEnabled(shown)
        self.another_button.setEnabled(shown)
        self.preview.setVisible(shown)
        self.hint.setVisible(not shown)
        if self.proposal is not None:
            self.preview.show_proposal(self.proposal)
