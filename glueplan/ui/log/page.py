"""Today's training: the planned sessions of a date as a form, one set saved at a time, a rest
timer after each set, and the load to use by double progression."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QSize, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
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

from glueplan.app.changes import ChangeSet
from glueplan.app.command import History
from glueplan.app.log_edits import DeleteSet, LogSet
from glueplan.domain.catalog import Exercise, Prescription
from glueplan.domain.language import Language
from glueplan.domain.log import LoggedSet, read_entry
from glueplan.domain.plan import PlannedExercise
from glueplan.domain.progress import shown, suggest
from glueplan.domain.trainee import Trainee
from glueplan.ui.illustration.thumbnails import thumbnails
from glueplan.ui.library.exercise_detail import rest_text
from glueplan.ui.settings.preferences import read_preferences
from glueplan.ui.shared.exercise_chooser import ExerciseChooser
from glueplan.ui.shared.live_workspace import LiveWorkspace
from glueplan.ui.shared.problem_label import ProblemLabel
from glueplan.ui.shared.refresh_when_shown import RefreshWhenShown


PICTURE_SIZE = QSize(56, 56)  # the exercise's end pose beside its target


def _discard(widget: QWidget) -> None:
    """Out of sight at once (deleteLater alone waits for the event loop), gone soon after."""
    widget.hide()
    widget.setParent(None)
    widget.deleteLater()


class ExerciseBlock(QGroupBox):
    """One exercise of the day: its target, the sets done, and a line to enter the next set."""

    logged = Signal(object, object)  # (block, LoggedSet)
    delete_requested = Signal(int, object)  # (set id, the set as shown)

    def __init__(self, page: LogPage, exercise: Exercise, planned: PlannedExercise | None) -> None:
        super().__init__(exercise.name[page.language])
        self.page = page
        self.exercise = exercise
        self.planned = planned
        self.prescription: Prescription = planned.prescription if planned is not None else exercise.prescription
        units = page.trainee.units.value
        self.target = QLabel()
        self.target.setWordWrap(True)
        self.picture = QLabel()
        self.picture.setFixedSize(PICTURE_SIZE)
        thumbnails().ready.connect(self._show_picture)
        self._show_picture(exercise.id)
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
        self.shown_sets: list[tuple[int, LoggedSet]] | None = None
        entry = QHBoxLayout()
        for widget in (self.weight, QLabel(units), self.reps, self.rir, self.log_button):
            entry.addWidget(widget)
        entry.addStretch(1)
        heading = QHBoxLayout()
        heading.addWidget(self.picture)
        heading.addWidget(self.target, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addLayout(self.sets_grid)
        layout.addLayout(entry)
        layout.addWidget(self.problem)

    def _show_picture(self, exercise_id: str) -> None:
        """The end pose once it is drawn (the form shows at once and fills in its pictures)."""
        if exercise_id == self.exercise.id:
            picture = thumbnails().pixmap_later(self.exercise, PICTURE_SIZE)
            if picture is not None:
                self.picture.setPixmap(picture)
            self.picture.setVisible(picture is not None or self.exercise.figure_id is not None)

    def show_target(self, suggestion_text: str, suggested_kg: float | None) -> None:
        """The prescription and the load double progression suggests (from the days before)."""
        p = self.prescription
        target = self.tr("Target: %1 × %2 reps at RIR %3, rest %4").replace("%1", str(p.sets)) \
            .replace("%2", str(p.reps)).replace("%3", str(p.rir)).replace("%4", rest_text(p.rest_s))
        self.target.setText(target + (f"<br><i>{suggestion_text}</i>" if suggestion_text else ""))
        if suggested_kg is not None and not self.weight.text():
            self.weight.setText(shown(suggested_kg, self.page.trainee.units, self.page.language))

    def show_sets(self, sets: list[tuple[int, LoggedSet]]) -> None:
        """The sets done. A block whose sets did not change is left alone; a new set adds its row."""
        shown_before = self.shown_sets or []
        if sets == shown_before and self.shown_sets is not None:
            return
        self.shown_sets = sets
        first = len(shown_before) if sets[:len(shown_before)] == shown_before else 0
        if first == 0:
            while self.sets_grid.count():
                item = self.sets_grid.takeAt(0)
                if item.widget() is not None:
                    _discard(item.widget())
        units = self.page.trainee.units
        for row, (set_id, done) in enumerate(sets[first:], start=first):
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
        """Ready for the next set: same weight, new reps. What was typed is saved now, so the
        fields forget it (setText, not clear): Ctrl+Z undoes the set, not the typing."""
        self.weight.setText(self.weight.text())
        self.reps.setText("")
        self.rir.setText("")
        self.reps.setFocus()

    def _delete_clicked(self) -> None:
        button = self.sender()
        if isinstance(button, QPushButton) and self.shown_sets is not None:
            set_id = int(button.property("set_id"))
            self.delete_requested.emit(set_id, dict(self.shown_sets)[set_id])


class RestTimer(QWidget):
    """A visual countdown after each set, with a sound at its end, as the preferences say; Skip ends it."""

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
        if not read_preferences().rest_timer:
            return
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
            if read_preferences().rest_sound:
                QApplication.beep()
        else:
            self._show()

    def _show(self) -> None:
        self.bar.setValue(self.remaining)
        self.bar.setFormat(rest_text(self.remaining))
        self.label.setText(self.tr("Rest"))


class LogPage(QWidget):
    """The form of one date. It follows the log, the plan, the catalogue and the profile when
    they change, and only while it is visible; logging a set touches only its block."""

    def __init__(self, live: LiveWorkspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.live = live
        self.undo_stack = live.undo_stacks[History.LOG]
        self.blocks: list[ExerciseBlock] = []
        self._planned: list[PlannedExercise] = []
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd.MM.yyyy")
        self.date.dateChanged.connect(self._date_changed)
        self.empty = QLabel()
        self.extra = ExerciseChooser(live.catalog, live.language)
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
        live.failed.connect(self._step_failed)
        self.refresher = RefreshWhenShown(self, live, _shows, self.follow)
        self.rebuild()

    @property
    def language(self) -> Language:
        return self.live.language

    @property
    def trainee(self) -> Trainee:
        return self.live.trainee

    def day(self) -> date:
        return self.date.date().toPython()

    def _date_changed(self) -> None:
        self._unplanned = []  # exercises added by hand belong to the day they were added to
        self.rebuild()

    def follow(self, change: ChangeSet) -> None:
        """Rebuild the form when what it is made of changed; else show the day's sets anew."""
        day = self.day()
        program = self.live.workspace.program
        planned = program.planned_on(day) if program is not None else []
        if change.catalog:
            self.extra.set_catalog(self.live.catalog)
        earlier = any(d < day for d in change.log_days)  # the suggestions read the days before
        if change.catalog or change.trainee or earlier or planned != self._planned or \
                [p.id for p in planned] != [p.id for p in self._planned]:
            self.rebuild()
        elif day in change.log_days:
            self.show_sets()

    def rebuild(self) -> None:
        """The form for the chosen date: planned exercises first, then any added by hand."""
        for block in self.blocks:
            self.form.removeWidget(block)
            _discard(block)
        self.blocks = []
        program = self.live.workspace.program
        self._planned = program.planned_on(self.day()) if program is not None else []
        logged = self.live.workspace.sets_on(self.day())
        planned_ids = {item.id for item in self._planned if item.id is not None}
        unplanned = [*dict.fromkeys([s.exercise_id for _id, s in logged if s.planned_exercise_id not in planned_ids]
                                    + self._unplanned)]
        entries: list[tuple[str, PlannedExercise | None]] = [(p.exercise_id, p) for p in self._planned]
        entries += [(exercise_id, None) for exercise_id in unplanned]
        start = datetime.combine(self.day(), datetime.min.time())
        units = self.trainee.units
        for exercise_id, item in entries:
            block = ExerciseBlock(self, self.live.catalog.exercise(exercise_id), item)
            block.logged.connect(self.log)
            block.delete_requested.connect(self.delete)
            last = self.live.workspace.last_session_sets(exercise_id, start)
            suggestion = suggest(last, block.prescription, block.exercise.category, units)
            block.show_target(suggestion.reason(self.language, units) if suggestion is not None else "",
                              suggestion.load_kg if suggestion is not None else None)
            self.form.addWidget(block)
            self.blocks.append(block)
        self.empty.setVisible(not entries)
        self.empty.setText(self.tr("Nothing is planned for this day. Add an exercise to log it anyway."))
        self.show_sets(logged)

    def show_sets(self, logged: list[tuple[int, LoggedSet]] | None = None) -> None:
        """Each block's sets of the day (a planned exercise's own; the rest by exercise)."""
        if logged is None:
            logged = self.live.workspace.sets_on(self.day())
        planned_ids = {block.planned.id for block in self.blocks if block.planned is not None} - {None}
        for block in self.blocks:
            if block.planned is not None and block.planned.id is not None:  # planned twice a day: kept apart
                block.show_sets([(i, s) for i, s in logged if s.planned_exercise_id == block.planned.id])
            else:
                block.show_sets([(i, s) for i, s in logged
                                 if s.exercise_id == block.exercise.id and s.planned_exercise_id not in planned_ids])

    def add_unplanned(self) -> None:
        exercise_id = self.extra.currentData()
        if exercise_id and exercise_id not in self._unplanned:
            self._unplanned.append(exercise_id)
            self.rebuild()

    def log(self, block: ExerciseBlock, logged: LoggedSet) -> None:
        """Save the set; only a saved set clears the entry and starts the rest. A refused one
        is said beside its entry, where the user is looking."""
        self.problem.clear()
        error = self.live.run(LogSet(logged, self.tr("Log set")))
        if error is None:
            block.entry_saved()
            rest = block.prescription.rest_s if block.planned is not None else read_preferences().default_rest_s
            self.rest.start(rest)
        else:
            block.problem.setText(error.text(self.language))

    def delete(self, set_id: int, logged: LoggedSet) -> None:
        self.problem.clear()
        error = self.live.run(DeleteSet(set_id, logged, self.tr("Delete set")))
        if error is not None:
            self.problem.setText(error.text(self.language))
            self.show_sets()  # e.g. a set deleted elsewhere disappears from view

    def _step_failed(self, history: History, reason: str) -> None:
        if history is History.LOG:
            self.problem.setText(reason)


def _shows(change: ChangeSet) -> bool:
    return change.log or change.plan or change.catalog or change.trainee
