"""Today's training: the planned sessions of a date as a form, one set saved at a time, a rest
timer after each set, and the load to use by double progression."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDateEdit,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from glueplan.domain.catalog import Catalog, Exercise, Prescription
from glueplan.domain.language import Language
from glueplan.domain.log import LoggedSet, read_entry
from glueplan.domain.plan import PlannedExercise, Program
from glueplan.domain.progress import shown, suggest
from glueplan.domain.trainee import Trainee
from glueplan.store.errors import StoreError
from glueplan.store.repository import Repository
from glueplan.ui.shared.exercise_chooser import ExerciseChooser
from glueplan.ui.library.exercise_detail import rest_text
from glueplan.ui.log.log_edits import DeleteSet, LogSet
from glueplan.ui.shared.problem_label import ProblemLabel


def _discard(widget: QWidget) -> None:
    """Out of sight at once (deleteLater alone waits for the event loop), gone soon after."""
    widget.hide()
    widget.setParent(None)
    widget.deleteLater()


def planned_on(program: Program | None, day: date) -> list[PlannedExercise]:
    """The exercises a program plans for a date, in session and exercise order."""
    if program is None or program.start is None:
        return []
    monday = program.start - timedelta(days=program.start.weekday())
    week = (day - monday).days // 7
    if not 0 <= week < len(program.weeks):
        return []
    sessions = sorted((s for s in program.weeks[week].sessions if int(s.day) == day.weekday()),
                      key=lambda s: s.time)
    return [item for session in sessions for item in session.items]


class ExerciseBlock(QGroupBox):
    """One exercise of the day: its target, the sets done, and a line to enter the next set."""

    logged = Signal(object, object)  # (block, LoggedSet)
    delete_requested = Signal(int)

    def __init__(self, page: LogPage, exercise: Exercise, planned: PlannedExercise | None) -> None:
        super().__init__(exercise.name[page.language])
        self.page = page
        self.exercise = exercise
        self.planned = planned
        self.prescription: Prescription = planned.prescription if planned is not None else exercise.prescription
        units = page.trainee.units.value
        self.target = QLabel()
        self.target.setWordWrap(True)
        self.sets_grid = QGridLayout()
        self.sets_grid.setColumnStretch(0, 1)
        self.weight = QLineEdit()
        self.weight.setPlaceholderText(units)
        self.weight.setAccessibleName(self.tr("Weight in %1").replace("%1", units))
        self.reps = QLineEdit()
        self.reps.setPlaceholderText(self.tr("reps"))
        self.rir = QLineEdit()
        self.rir.setPlaceholderText("RIR")
        for field in (self.weight, self.reps, self.rir):
            field.setMaximumWidth(90)
            field.returnPressed.connect(self.log_entered)
        self.log_button = QPushButton(self.tr("Log set"))
        self.log_button.clicked.connect(self.log_entered)
        self.problem = ProblemLabel()
        entry = QHBoxLayout()
        for widget in (self.weight, QLabel(units), self.reps, self.rir, self.log_button):
            entry.addWidget(widget)
        entry.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.target)
        layout.addLayout(self.sets_grid)
        layout.addLayout(entry)
        layout.addWidget(self.problem)

    def show_sets(self, sets: list[tuple[int, LoggedSet]], suggestion_text: str, suggested_kg: float | None) -> None:
        p = self.prescription
        target = self.tr("Target: %1 × %2 reps at RIR %3, rest %4").replace("%1", str(p.sets)) \
            .replace("%2", str(p.reps)).replace("%3", str(p.rir)).replace("%4", rest_text(p.rest_s))
        self.target.setText(target + (f"<br><i>{suggestion_text}</i>" if suggestion_text else ""))
        if suggested_kg is not None and not self.weight.text():
            self.weight.setText(shown(suggested_kg, self.page.trainee.units, self.page.language))
        while self.sets_grid.count():
            item = self.sets_grid.takeAt(0)
            if item.widget() is not None:
                _discard(item.widget())
        units = self.page.trainee.units
        for row, (set_id, done) in enumerate(sets):
            rir = f" · RIR {done.rir}" if done.rir is not None else ""
            line = self.tr("Set %1: %2 %3 × %4").replace("%1", str(row + 1)) \
                .replace("%2", shown(done.weight_kg, units, self.page.language)).replace("%3", units.value) \
                .replace("%4", str(done.reps)) + rir
            self.sets_grid.addWidget(QLabel(line), row, 0)
            remove = QPushButton(self.tr("Delete"))
            remove.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            remove.setProperty("set_id", set_id)
            remove.clicked.connect(self._delete_clicked)
            self.sets_grid.addWidget(remove, row, 1)

    def log_entered(self) -> None:
        result = read_entry(self.weight.text(), self.reps.text(), self.rir.text(), self.page.trainee.units,
                            self.page.language)
        if isinstance(result, str):
            self.problem.setText(result)
            return
        self.problem.clear()
        weight, reps, rir = result
        day = self.page.day()
        when = datetime.now() if day == date.today() else datetime.combine(day, datetime.now().time())
        self.logged.emit(self, LoggedSet(self.exercise.id, when.replace(microsecond=0), weight, reps, rir,
                                         planned_exercise_id=self.planned.id if self.planned else None))

    def entry_saved(self) -> None:
        """Ready for the next set: same weight, new reps."""
        self.reps.clear()
        self.rir.clear()
        self.reps.setFocus()

    def _delete_clicked(self) -> None:
        button = self.sender()
        if isinstance(button, QPushButton):
            self.delete_requested.emit(int(button.property("set_id")))


class RestTimer(QWidget):
    """A visual countdown after each set (no sound); Skip ends it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.remaining = 0
        self.bar = QProgressBar()
        self.bar.setTextVisible(True)
        self.label = QLabel()
        self.skip = QPushButton(self.tr("Skip rest"))
        self.skip.clicked.connect(self.stop)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.skip)
        self.stop()

    def start(self, seconds: int) -> None:
        self.remaining = seconds
        self.bar.setRange(0, max(1, seconds))
        self._show()
        self.setVisible(seconds > 0)
        if seconds > 0:
            self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self.remaining = 0
        self.setVisible(False)

    def _tick(self) -> None:
        self.remaining -= 1
        if self.remaining <= 0:
            self.stop()
        else:
            self._show()

    def _show(self) -> None:
        self.bar.setValue(self.remaining)
        self.bar.setFormat(rest_text(self.remaining))
        self.label.setText(self.tr("Rest"))


class LogPage(QWidget):
    def __init__(self, repository: Repository, trainee_id: int, catalog: Catalog, language: Language,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.repository = repository
        self.trainee_id = trainee_id
        self.catalog = catalog
        self.language = language
        self.trainee: Trainee = repository.trainee(trainee_id)
        self.program: Program | None = None
        self.undo_stack = QUndoStack(self)
        self.blocks: list[ExerciseBlock] = []
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd.MM.yyyy")
        self.date.dateChanged.connect(self._date_changed)
        self.empty = QLabel()
        self.extra = ExerciseChooser(catalog, language)
        self.add_extra = QPushButton(self.tr("Add exercise"))
        self.add_extra.clicked.connect(self.add_unplanned)
        self.rest = RestTimer()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Date")))
        top.addWidget(self.date)
        top.addStretch(1)
        top.addWidget(self.extra)
        top.addWidget(self.add_extra)
        self.form = QVBoxLayout()
        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.addWidget(self.empty)
        page_layout.addLayout(self.form)
        page_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.rest)
        self.problem = ProblemLabel()  # a failed undo or delete (a refused set is said in its block)
        layout.addWidget(self.problem)
        self._unplanned: list[str] = []
        self.rebuild()

    def day(self) -> date:
        return self.date.date().toPython()

    def _date_changed(self) -> None:
        self._unplanned = []  # exercises added by hand belong to the day they were added to
        self.rebuild()

    def set_catalog(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self.extra.set_catalog(catalog)
        self.rebuild()

    def set_trainee(self, trainee: Trainee) -> None:
        self.trainee = trainee
        self.rebuild()

    def set_program(self, program: Program | None) -> None:
        self.program = program
        self.rebuild()

    def rebuild(self) -> None:
        """The form for the chosen date: planned exercises first, then any added by hand."""
        for block in self.blocks:
            self.form.removeWidget(block)
            _discard(block)
        self.blocks = []
        logged = self.repository.sets_on(self.trainee_id, self.day())
        planned = planned_on(self.program, self.day())
        planned_ids = {item.id for item in planned if item.id is not None}
        unplanned = [*dict.fromkeys([s.exercise_id for _id, s in logged if s.planned_exercise_id not in planned_ids]
                                    + self._unplanned)]
        entries: list[tuple[str, PlannedExercise | None]] = [(p.exercise_id, p) for p in planned]
        entries += [(exercise_id, None) for exercise_id in unplanned]
        for exercise_id, item in entries:
            block = ExerciseBlock(self, self.catalog.exercise(exercise_id), item)
            block.logged.connect(self.log)
            block.delete_requested.connect(self.delete)
            self.form.addWidget(block)
            self.blocks.append(block)
        self.empty.setVisible(not entries)
        self.empty.setText(self.tr("Nothing is planned for this day. Add an exercise to log it anyway."))
        self.refresh()

    def refresh(self) -> None:
        """The sets done and the suggestions, after any change to the log."""
        logged = self.repository.sets_on(self.trainee_id, self.day())
        start = datetime.combine(self.day(), datetime.min.time())
        planned_ids = {block.planned.id for block in self.blocks if block.planned is not None} - {None}
        for block in self.blocks:
            if block.planned is not None and block.planned.id is not None:  # planned twice a day: kept apart
                sets = [(i, s) for i, s in logged if s.planned_exercise_id == block.planned.id]
            else:
                sets = [(i, s) for i, s in logged
                        if s.exercise_id == block.exercise.id and s.planned_exercise_id not in planned_ids]
            last = self.repository.last_session_sets(self.trainee_id, block.exercise.id, start)
            suggestion = suggest(last, block.prescription, block.exercise.category, self.trainee.units)
            text = suggestion.reason(self.language, self.trainee.units) if suggestion is not None else ""
            block.show_sets(sets, text, suggestion.load_kg if suggestion is not None else None)

    def add_unplanned(self) -> None:
        exercise_id = self.extra.currentData()
        if exercise_id and exercise_id not in self._unplanned:
            self._unplanned.append(exercise_id)
            self.rebuild()

    def log(self, block: ExerciseBlock, logged: LoggedSet) -> None:
        """Save the set; only a saved set clears the entry and starts the rest. A refused one
        is said beside its entry, where the user is looking."""
        self.problem.clear()
        error = LogSet(self.repository, self.trainee_id, logged, self.tr("Log set"), self.refresh,
                       self._failed).push_to(self.undo_stack)
        if error is None:
            block.entry_saved()
            self.rest.start(block.prescription.rest_s)
        else:
            block.problem.setText(error.text(self.language))

    def delete(self, set_id: int) -> None:
        self.problem.clear()
        error = DeleteSet(self.repository, self.trainee_id, set_id, self.tr("Delete set"), self.refresh,
                          self._failed).push_to(self.undo_stack)
        if error is not None:
            self._failed(error)

    def _failed(self, error: StoreError) -> None:
        self.problem.setText(error.text(self.language))
