"""Today's training: the planned sessions of a date as a form, one set saved at a time (per side
for one-sided exercises, with a note), the day's note, a rest timer after each set, the load to use
by double progression, and a word where a muscle is not ready for hard sets."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime
from typing import TypeVar

from PySide6.QtCore import QDate, QEvent, QMimeData, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from glueplan.app import clock
from glueplan.app.changes import ChangeSet
from glueplan.app.command import History
from glueplan.app.log_edits import DeleteSet, EditSessionNote, LogSet
from glueplan.app.trainees import switch_to
from glueplan.domain.catalog import Exercise
from glueplan.domain.default_names import in_language
from glueplan.domain.trainee_names import is_default_name
from glueplan.domain.language import Language, rest_clock
from glueplan.domain.log import LoggedSet
from glueplan.domain.plan import PlannedExercise
from glueplan.domain.progress import reps_session, suggest
from glueplan.domain.thresholds import builtin_thresholds
from glueplan.domain.trainee import Trainee
from glueplan.store.errors import StoreError
from glueplan.ui.library.exercise_model import exercise_ids_from_mime
from glueplan.ui.log.exercise_block import Entry, ExerciseBlock, discard, typed_set_text
from glueplan.ui.settings.preferences import read_preferences
from glueplan.ui.shared.date_time_fields import with_calendar
from glueplan.ui.shared.exercise_chooser import ExerciseChooser
from glueplan.ui.shared.layout_fence import LayoutFence
from glueplan.ui.shared.keyboard_focus import FramedScrollArea, hand_keyboard
from glueplan.ui.shared.live_workspace import LiveWorkspace
from glueplan.ui.shared.logged_text import date_text, day_text
from glueplan.ui.shared.plain_text import ask, filled
from glueplan.ui.shared.problem_label import ProblemLabel
from glueplan.ui.shared.refresh_when_shown import RefreshWhenShown
from glueplan.ui.shared.undo_text import UndoText
from glueplan.domain.record import Record


class _Left(Record):
    """A block of a trainee's form left for another trainee's, with what was typed in it: the form built for
    them again goes on with it (a set refused because they were archived elsewhere, logged once restored)."""

    exercise: Exercise
    planned: PlannedExercise | None
    held: Entry  # what its fields held
    load: str  # the weight as the block showed it (the entry has it only if typed)

    def entry(self) -> Entry:
        """What the block built for it takes over, as from an ExerciseBlock (LogPage._add_block)."""
        return self.held

    def typed(self) -> bool:
        """Whether a set was typed in it and not logged, as ExerciseBlock.typed said when it was left."""
        return self.held.typed


Block = TypeVar("Block", ExerciseBlock, _Left)  # a block of the form, or of one left for another trainee's


class Unlogged(Record):
    """A set typed and not logged: for whom and which day (the form it is in), and what it says."""

    whose: tuple[int, date]
    name: str
    said: str  # "Kickback i kabel: 15 kg × 12 · RIR 2"
    archived: bool  # in another window since it was typed: it cannot be logged, only let go


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
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # its room is kept: showing it moves nothing (and asks no room)
        self.setSizePolicy(policy)
        self.stop()

    def start(self, seconds: int, of: int | None = None) -> None:
        """Count down ``seconds`` of a rest ``of`` seconds long (the whole rest unless said)."""
        if not read_preferences().rest_timer:
            return
        self.remaining = seconds
        self.bar.setRange(0, max(1, seconds if of is None else of))
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
        self.bar.setFormat(rest_clock(self.remaining))
        self.label.setText(self.tr("Rest"))


class LogPage(QWidget):
    """The form of one date. It follows the log, the plan, the catalogue and the profile when
    they change, and only while it is visible; logging a set touches only its block. ``wanted``: a set typed
    could not be logged as the window was about to go (let_go), and its block says why, to be seen."""

    wanted = Signal()

    def __init__(self, live: LiveWorkspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.live = live
        self.blocks: list[ExerciseBlock] = []
        self._planned: list[PlannedExercise] = []
        day = clock.today()
        self.date = with_calendar(QDateEdit(QDate(day.year, day.month, day.day)), live.language)
        self.date.dateChanged.connect(self.rebuild)
        # A day after today is allowed (a coach enters a session ahead; clocks differ), and said:
        # its sets are saved on that day. In the page's warning style, as a muscle not ready.
        self.future = QLabel()
        self.future.setObjectName("future_day_warning")
        self.future.setWordWrap(True)
        self.future.hide()
        self.empty = QLabel()
        self.empty.setWordWrap(True)  # unwrapped, "… the next training is on Monday 7 December …" ran past 960 px
        self.extra = ExerciseChooser(live.catalog, live.language)  # at first the library's choice (offer)
        self.add_extra = QPushButton(self.tr("Add exercise"))
        self.add_extra.setAutoDefault(True)  # Enter on it adds, as in a dialog (else only the space bar)
        self.add_extra.clicked.connect(self.add_unplanned)
        self.rest = RestTimer()
        self.session_note = QLineEdit()  # the day's note ("slept badly"), saved when it is left
        self.session_note.setPlaceholderText(self.tr("Note on the day's training"))
        self.session_note.setAccessibleName(self.tr("Note on the day's training"))
        self.session_note.editingFinished.connect(self.save_session_note)
        self._shown_note = ""
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Date")))
        top.addWidget(self.date)
        top.addStretch(1)
        top.addWidget(self.extra)
        top.addWidget(self.add_extra)
        self.form = QVBoxLayout()
        page = QWidget()
        # A logged set adds a line to its block and moves the blocks below down: the form is laid
        # out top down, so only what is new or moved needs painting (the blocks are opaque and
        # move on screen as they are, see ExerciseBlock).
        page.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)  # the form lines up with the date above it
        note_row = QHBoxLayout()
        note_row.addWidget(QLabel(self.tr("Note on the day")))
        note_row.addWidget(self.session_note, 1)
        page_layout.addLayout(note_row)
        page_layout.addWidget(self.empty)
        page_layout.addLayout(self.form)
        page_layout.addStretch(1)
        self.scroll = FramedScrollArea()
        self.scroll.setWidget(page)
        self.scroll.setWidgetResizable(True)
        self.scroll.verticalScrollBar().rangeChanged.connect(self._keep_focus_in_sight)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.future)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.rest)
        # A failed delete or note (a refused set is said in its block, a refused undo by the window's status bar).
        self.problem = ProblemLabel()
        layout.addWidget(self.problem)
        QVBoxLayout(self).addWidget(LayoutFence(body))  # the rest timer showing lays out the page, not the window
        # Exercises added by hand, by the trainee and day they were added for (a coach going from one
        # trainee to another, or to another day, finds each one's as it was left; nobody else gets them).
        self._unplanned: dict[tuple[int, date], list[str]] = {}
        self._left: dict[tuple[int, date], list[_Left]] = {}  # the blocks of forms left for another trainee's
        self._shown_for: tuple[int, date] | None = None  # the trainee and day the form was built for
        # Readiness as last read, and the moment it was read for: the start of the day's training. The day's
        # sets at that start tire nothing at it (recovery.fatigue), the other days' change only with changes that
        # say so.
        self._ready: tuple[datetime, dict[str, float]] | None = None
        self._sets: list[tuple[int, LoggedSet]] = []  # the day's sets as shown (show_sets), with their ids
        self.refresher = RefreshWhenShown(self, live, _shows, self.follow)
        self._rest_step: tuple[QUndoStack, int] | None = None  # the log's history when a set started the rest
        live.steps_moved.connect(self._end_rest_of_undone_set)
        # An exercise dragged from the library is added as Add exercise adds it, dropped anywhere on the page:
        # over a field too, which took its name as text (the page filters the fields' drags, see eventFilter).
        self.setAcceptDrops(True)
        for field in (self.date.findChild(QLineEdit), self.session_note):
            field.installEventFilter(self)
        self.rebuild()

    @property
    def language(self) -> Language:
        return self.live.language

    @property
    def trainee(self) -> Trainee:
        return self.live.trainee

    @property
    def undo_stack(self) -> QUndoStack:
        """The log's undo history of the trainee shown (each trainee keeps their own)."""
        return self.live.undo_stacks[History.LOG]

    def day(self) -> date:
        return self.date.date().toPython()

    def first_field(self) -> QWidget:
        """Where the keyboard starts on the page: the first exercise's load, or the date on a day without one."""
        return self.blocks[0].weight if self.blocks else self.date

    def go_on_from(self, old: LogPage) -> None:
        """Go on where the page of the window this one replaces (a language switch) left off: its day,
        the exercises added by hand, what was typed in each block with the keyboard where it was, and
        the rest being counted down."""
        self._unplanned = {shown: list(added) for shown, added in old._unplanned.items()}
        self._left = dict(old._left)
        if self.date.date() != old.date.date():
            self.date.setDate(old.date.date())  # builds the form for it
        else:
            self.rebuild()
        kinds = [(block.exercise.id, block.planned) for block in self.blocks]
        for block, was in zip(self.blocks, _predecessors(old.blocks, kinds)):
            if was is not None:
                block.take(was.entry())
        self._rest_step = old._rest_step
        if old.rest.remaining > 0:
            self.rest.start(old.rest.remaining, old.rest.bar.maximum())

    def follow(self, change: ChangeSet) -> None:
        """Build the form again when what it is made of changed (a set of an exercise it has no block for
        among them: logged elsewhere); else show the day's sets anew. What is typed in it stays either way."""
        day = self.day()
        program = self.live.workspace.program
        planned = program.planned_on(day) if program is not None else []
        if change.whole_log or any(d != day for d in change.log_days):  # readiness reads the days before
            self._ready = None
        if change.catalog:
            self.extra.set_catalog(self.live.catalog)
        earlier = change.whole_log or any(d < day for d in change.log_days)  # the suggestions read the days before
        if change.catalog or change.trainee or earlier or planned != self._planned or \
                [p.id for p in planned] != [p.id for p in self._planned]:
            self.rebuild()  # reads the day's sets itself
        elif day in change.log_days:  # (the whole log is among the days before)
            told = self._with_logged(change, day)
            logged = self.live.workspace.sets_on(day) if told is None else told
            added = {block.exercise.id for block in self.blocks if block.planned is None}
            if set(self._done_unplanned(logged)) <= added:  # else a set of an exercise without a block
                self.show_sets(logged)
                if told is None:  # (a set logged changes no note)
                    self.show_session_note()
            else:
                self.rebuild()

    def _with_logged(self, change: ChangeSet, day: date) -> list[tuple[int, LoggedSet]] | None:
        """The day's sets as shown and those the change logged on it, in the store's order (time, then id), when
        that is all the change did to the day (ChangeSet.logged); else None: the day is read again."""
        logged = [entry for entry in change.logged if entry[1].performed_at.date() == day]
        if not logged:
            return None
        shown = {set_id for set_id, _set in self._sets}  # one shown already came with a read since
        return sorted(self._sets + [entry for entry in logged if entry[0] not in shown],
                      key=lambda entry: (entry[1].performed_at, entry[0]))

    def rebuild(self) -> None:
        """The form for the chosen date: planned exercises first, then any added by hand. Built again for
        the same trainee and day, a block that is still there stays as it is, and one made anew for the same
        planned item (or place, see _predecessors) goes on with what was typed in the one it replaces, the
        keyboard where it was, or where the page remembers it: nobody loses a set being typed to a change they
        did not make."""
        shown_for = (self.live.workspace.trainee_id, self.day())
        old, self.blocks = self.blocks, []
        for block in old:
            self.form.removeWidget(block)
        same_form = shown_for == self._shown_for
        if self._shown_for is not None and self._shown_for[0] != shown_for[0]:
            self._left[self._shown_for] = [_Left(block.exercise, block.planned, block.entry(), block.weight.text())
                                           for block in old]
        before: list[ExerciseBlock] | list[_Left] = old if same_form else self._left.pop(shown_for, [])
        self._shown_for = shown_for
        self._ready = None  # read anew with everything else
        program = self.live.workspace.program
        self._planned = program.planned_on(self.day()) if program is not None else []
        logged = self.live.workspace.sets_on(self.day())
        added = [exercise_id for exercise_id in self._added()
                 if exercise_id in self.live.catalog.exercises]  # one since deleted from the library goes
        entries: list[tuple[str, PlannedExercise | None]] = [(p.exercise_id, p) for p in self._planned]
        entries += [(exercise_id, None) for exercise_id in dict.fromkeys(self._done_unplanned(logged) + added)]
        for (exercise_id, item), was in zip(entries, _predecessors(before, entries)):
            self._add_block(exercise_id, item, was)
        gone = [block for block in old if block not in self.blocks]
        remembered = self.focusWidget()  # has the keyboard, or gets it when the window or the Log tab is back
        if remembered is not None and any(block.isAncestorOf(remembered) for block in gone):
            # Its exercise left the day (no block took it on): on the form, not handed by Qt to the date, where
            # the next load typed changed it. Another trainee's or day's form starts in its first field, the load
            # filled in chosen to be typed over: on the form, the first digit typed after Ctrl+3 went nowhere and
            # Tab went to the day's note.
            start = self.scroll if same_form else self.first_field()
            hand_keyboard(start, remembered.hasFocus())
            if isinstance(start, QLineEdit):
                start.selectAll()
        for block in gone:  # after the new blocks took the keyboard: else Qt hands it on as its field goes
            discard(block)
        self.empty.setVisible(not entries)
        self.empty.setText(self._nothing_planned())
        self.show_sets(logged)
        self.show_session_note()
        self.show_future()

    def _done_unplanned(self, logged: list[tuple[int, LoggedSet]]) -> list[str]:
        """The exercises of the day's sets that are not of the day's plan, in the order first done."""
        planned_ids = {item.id for item in self._planned if item.id is not None}
        return [*dict.fromkeys(s.exercise_id for _id, s in logged if s.planned_exercise_id not in planned_ids)]

    def _add_block(self, exercise_id: str, item: PlannedExercise | None,
                   was: ExerciseBlock | _Left | None = None) -> ExerciseBlock:
        """One exercise's block at the end of the form, with its target and the load to use: the block
        that ``was`` in its place if it shows the same (it is moved, not made), else a new one that
        takes over what was typed in it."""
        exercise = self.live.catalog.exercise(exercise_id)
        if isinstance(was, ExerciseBlock) and \
                (was.exercise, was.planned, was.units) == (exercise, item, self.trainee.units) and \
                (was.planned.id if was.planned else None) == (item.id if item else None):
            block = was
        else:
            block = ExerciseBlock(self, exercise, item)
            block.logged.connect(self.log)
            block.delete_requested.connect(self.delete)
            for field in block.findChildren(QLineEdit):
                field.installEventFilter(self)
        self.form.addWidget(block)
        self.blocks.append(block)
        last = self.live.workspace.last_session_sets(exercise_id, datetime.combine(self.day(), datetime.min.time()))
        block.show_target(suggest(last, block.prescription, block.exercise, self.trainee.units),
                          reps_session(last, block.exercise), last[0].performed_at.date() if last else None)
        if was is not None and block is not was:
            block.take(was.entry())
        return block

    def show_future(self) -> None:
        """A word under the date while it is after today. A day in another year is named with its
        year: a year mistyped is the likeliest such day, and without it read as a day this year."""
        day, now = self.day(), clock.today()
        if day > now:
            named = day_text(day, self.language) if day.year == now.year else date_text(day, self.language)
            self.future.setText("⚠ " + self.tr("This day is in the future (%1): sets logged here are saved as done "
                                               "on it.").replace("%1", named))
        self.future.setVisible(day > now)

    def _nothing_planned(self) -> str:
        """A day with nothing planned names the program's next training day, if it has one."""
        program = self.live.workspace.program
        following = program.next_training_day(self.day()) if program is not None else None
        if following is None:
            return self.tr("Nothing is planned for this day. Add an exercise to log it anyway.")
        return self.tr("Nothing is planned for this day; the next training is on %1. Add an exercise to log "
                       "it anyway.").replace("%1", day_text(following, self.live.language))

    def show_sets(self, logged: list[tuple[int, LoggedSet]] | None = None) -> None:
        """Each block's sets of the day (a planned exercise's own; the rest by exercise), and a
        word in the blocks whose main muscles are not ready at the start of the day's training."""
        if logged is None:
            logged = self.live.workspace.sets_on(self.day())
        self._sets = logged
        self._show_readiness(logged)
        planned_ids = {block.planned.id for block in self.blocks if block.planned is not None} - {None}
        for block in self.blocks:
            if block.planned is not None and block.planned.id is not None:  # planned twice a day: kept apart
                block.show_sets([(i, s) for i, s in logged if s.planned_exercise_id == block.planned.id])
            else:
                block.show_sets([(i, s) for i, s in logged
                                 if s.exercise_id == block.exercise.id and s.planned_exercise_id not in planned_ids])
        self._order_tabs()

    def _order_tabs(self) -> None:
        """Tab goes through the form top down: the day's note, then each block's entry and its sets' Delete
        buttons (ExerciseBlock.tab_chain). Every build or change of the form ends in show_sets, which calls this:
        Qt puts a widget made later (a block made anew beside kept ones, a set's Delete) at the end of the
        window's order, and Tab from the block before it went to the date, where the load typed next changed
        the day."""
        chain = [self.session_note] + [widget for block in self.blocks for widget in block.tab_chain()]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    def _show_readiness(self, logged: list[tuple[int, LoggedSet]]) -> None:
        """Readiness as the day's training starts (REC-2 reads it at a session's start: the day's
        own sets do not count against it), from the sets logged in the week before."""
        start = logged[0][1].performed_at if logged else self.moment()
        if self._ready is None or self._ready[0] != start:  # a set logged at the start or after changes nothing
            self._ready = (start, self.live.workspace.readiness_at(start))
        ready = self._ready[1]
        below = builtin_thresholds()[self.trainee.level].readiness_error
        for block in self.blocks:
            block.show_readiness(ready, below)

    def moment(self) -> datetime:
        """Now on the chosen day (a set entered for another day is logged at this time of it)."""
        now = datetime.now().replace(microsecond=0)
        return now if self.day() == now.date() else datetime.combine(self.day(), now.time())

    def show_session_note(self) -> None:
        """The day's note as stored, unless it is being written."""
        self._shown_note = self.live.workspace.session_note(self.day())
        if not self.session_note.hasFocus() or self.session_note.text() == self._shown_note:
            self.session_note.setText(self._shown_note)

    def save_session_note(self) -> None:
        written = self.session_note.text().strip()
        if written == self._shown_note:
            return
        error = self.live.run(EditSessionNote(self.day(), self._shown_note, written,
                                             UndoText(lambda: self.tr("Note on the day"))))
        if error is not None:
            self.problem.setText(error.text(self.language))
            self.show_session_note()

    def _keep_focus_in_sight(self) -> None:
        """The form grew or shrank (a block added, a set's line): the field with the keyboard stays in sight."""
        focus = QApplication.focusWidget()
        if focus is not None and self.scroll.widget().isAncestorOf(focus):
            self.scroll.ensureWidgetVisible(focus)

    def _added(self) -> list[str]:
        """The exercises added by hand to the day shown, for the trainee shown."""
        return self._unplanned.setdefault((self.live.workspace.trainee_id, self.day()), [])

    def offer(self, exercise_id: str | None) -> None:
        """The exercise chosen in the library is the one Add exercise adds; None (nothing chosen) leaves the box."""
        index = self.extra.findData(exercise_id) if exercise_id is not None else -1
        if index >= 0:
            self.extra.setCurrentIndex(index)

    def add_unplanned(self) -> None:
        """A block for the exercise chosen in the box."""
        exercise_id = self.extra.currentData()
        if exercise_id:
            self.add_exercise(exercise_id)

    def add_exercise(self, exercise_id: str) -> None:
        """A block for the exercise to the day shown (its own one if it has one already), with the keyboard in it."""
        if exercise_id not in self._added():
            self._added().append(exercise_id)
        block = next((block for block in self.blocks if block.planned is None and block.exercise.id == exercise_id),
                     None)
        if block is None:  # one block more; the others are left as they are, with what is typed in them
            block = self._add_block(exercise_id, None)
            self.empty.hide()
            self.show_sets()  # its readiness
        block.focus_entry()  # in sight as soon as the form has grown (_keep_focus_in_sight)

    def _dragged(self, mime: QMimeData) -> list[str]:
        """The library's exercises a drag carries that the page can add."""
        return [exercise_id for exercise_id in exercise_ids_from_mime(mime) if self.extra.findData(exercise_id) >= 0]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self.dragMoveEvent(event)  # Qt's enter is a move into the page

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._dragged(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Each exercise dropped is added and offered in the box, the keyboard in the last one's weight."""
        dropped = self._dragged(event.mimeData())
        if not dropped:
            return
        event.acceptProposedAction()
        for exercise_id in dropped:
            self.offer(exercise_id)
            self.add_exercise(exercise_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A library drag over one of the page's fields is the page's: the field would take the exercise's name,
        which the drag carries as text for other programs, as typed text. Other text dropped there stays the
        field's."""
        if not isinstance(event, QDropEvent) or not self._dragged(event.mimeData()):  # a drag's enter and moves too
            return False
        if isinstance(event, QDragMoveEvent):
            self.dragMoveEvent(event)
        else:
            self.dropEvent(event)
        return True

    def log(self, block: ExerciseBlock, logged: LoggedSet) -> None:
        """Save the set; only a saved set clears the entry and starts the rest. A refused one
        is said beside its entry, where the user is looking."""
        self._say_nothing()
        self.show_future()  # the day may have come since it was chosen
        error = self.live.run(LogSet(logged, UndoText(lambda: self.tr("Log set"))))
        if error is None:
            block.entry_saved()
            if block.sides_even():  # no rest between a left set and its right one
                self.rest.start(block.rest_s())
                self._rest_step = (self.undo_stack, self.undo_stack.index())  # the step that logged the set
        else:
            block.problem.setText(error.text(self.language))

    def _end_rest_of_undone_set(self) -> None:
        """A set logged by mistake and undone: the rest it started is not one to take (nor, another trainee
        shown, theirs)."""
        if self._rest_step is not None:
            stack, index = self._rest_step
            if stack is not self.undo_stack or stack.index() < index:
                self._rest_step = None
                self.rest.stop()

    def delete(self, set_id: int, logged: LoggedSet) -> None:
        self._say_nothing()
        error = self.live.run(DeleteSet(set_id, logged, UndoText(lambda: self.tr("Delete set"))))
        if error is not None:
            self.problem.setText(error.text(self.language))
            self.show_sets()  # e.g. a set deleted elsewhere disappears from view

    def _typed(self) -> list[tuple[tuple[int, date], Exercise, Entry, str]]:
        """The sets typed and not logged (ExerciseBlock.typed): the form's, then those of the forms left for
        another trainee's; each with its trainee and day, its exercise, its entry and its weight as shown."""
        assert self._shown_for is not None
        typed = [(self._shown_for, block.exercise, block.entry(), block.weight.text())
                 for block in self.blocks if block.typed()]
        return typed + [(whose, block.exercise, block.held, block.load)
                        for whose, blocks in self._left.items() for block in blocks if block.typed()]

    def typed_for(self, trainee_id: int) -> bool:
        """Whether a set is typed and not logged for the trainee (one just archived elsewhere keeps it)."""
        return any(whose[0] == trainee_id for whose, _exercise, _entry, _load in self._typed())

    def unlogged(self) -> list[Unlogged]:
        """The sets typed and not logged, every trainee's, those of a trainee archived too, said to be archived
        (closing loses them). Asked from what the window knows, never from a read: asked before quitting, a read of
        a server away raised and Quit did nothing, and one out of reach, not refusing, would keep the window waiting
        up to its timeouts (store/server.py). An archive made elsewhere and not heard of yet is asked about as any
        set is: Log and close is then refused, and said."""
        typed = self._typed()
        if not typed:
            return []
        workspace = self.live.workspace
        active = dict(workspace.listed)
        names = active | dict(workspace.listed_archived)
        return [Unlogged(whose, in_language(names[whose[0]], self.language),
                         typed_set_text(exercise, entry, load, self.language), whose[0] not in active)
                for whose, exercise, entry, load in typed if whose[0] in names]

    def let_go(self, restoring: bool = False) -> bool:
        """Before the window throws the forms away (it closes, or ``restoring`` a backup glueplan starts again on):
        the sets typed and not logged, every trainee's, are asked about. True to go on (each logged, or to be
        left), False to stay (Cancel, or one refused: shown with why). The sets of an archived trainee cannot be
        logged: with only those, Log and close is not offered, and Cancel is the way to restore them first."""
        unlogged = self.unlogged()
        if not unlogged:
            return True
        buttons = QMessageBox.StandardButton
        closing = not restoring
        loggable = [typed.whose for typed in unlogged if not typed.archived]
        names = {buttons.Save: self.tr("&Log and close") if closing else self.tr("&Log and restore"),
                 buttons.Discard: self.tr("Close &without logging") if closing else self.tr("Restore &without logging")}
        offered = buttons.Discard | buttons.Cancel
        if loggable:
            offered |= buttons.Save
        else:
            del names[buttons.Save]
        answer = ask(self.window(), QMessageBox.Icon.Question, "glueplan", self._unlogged_question(unlogged, closing),
                     offered, buttons.Save if loggable else buttons.Cancel, names)
        if answer == buttons.Discard:
            return True
        return answer == buttons.Save and self._log_typed(loggable)

    def _unlogged_question(self, unlogged: list[Unlogged], closing: bool) -> str:
        """"Anne has a set typed but not logged (Kickback i kabel: 15 kg × 12). Log it before closing?" ("You have …"
        for the first profile, glueplan's "Me"), or the sets listed one a line, each with its trainee's name; a day
        other than today is named."""
        said = [(typed.name, typed.said if typed.whose[1] == clock.today() else
                 f"{day_text(typed.whose[1], self.language)}, {typed.said}") for typed in unlogged]
        if len(said) == 1:
            told = filled(self.tr("You have a set typed but not logged (%1)."), said[0][1]) if \
                is_default_name(said[0][0]) else filled(self.tr("%1 has a set typed but not logged (%2)."), *said[0])
            if unlogged[0].archived:
                return told + " " + filled(self.tr(
                    "It cannot be logged while %1 is archived, and it is lost when glueplan closes: Cancel, and "
                    "restore %1 first (File > Restore archived trainee) to log it.") if closing else self.tr(
                    "It cannot be logged while %1 is archived, and it is lost when the backup is restored: Cancel, "
                    "and restore %1 first (File > Restore archived trainee) to log it."), said[0][0])
            return told + " " + \
                (self.tr("Log it before closing?") if closing else self.tr("Log it before restoring a backup?"))
        archived = self.tr("%1 (archived)")
        listed = "\n".join(f"{filled(archived, name) if typed.archived else name} – {what}"
                           for typed, (name, what) in zip(unlogged, said))
        told = [self.tr("Sets typed but not logged:"), listed]
        if any(typed.archived for typed in unlogged):
            told.append(self.tr(
                "The sets of an archived trainee cannot be logged, and are lost when glueplan closes: Cancel, and "
                "restore them first (File > Restore archived trainee) to log them.") if closing else self.tr(
                "The sets of an archived trainee cannot be logged, and are lost when the backup is restored: "
                "Cancel, and restore them first (File > Restore archived trainee) to log them."))
            if all(typed.archived for typed in unlogged):
                return "\n\n".join(told)
            told.append(self.tr("Log the others before closing?") if closing else
                        self.tr("Log the others before restoring a backup?"))
        else:
            told.append(self.tr("Log them before closing?") if closing else
                        self.tr("Log them before restoring a backup?"))
        return "\n\n".join(told)

    def _log_typed(self, forms: list[tuple[int, date]]) -> bool:
        """Log what is typed in ``forms`` (trainee and day), each in the form built for them as if Log set were
        pressed there, then show again the trainee and day shown before (if archived elsewhere since, and refused,
        the window goes on without: its sets are not among ``forms``). At the first set refused it stops there, the
        reason beside it (``wanted``). True when every one was saved."""
        shown = self._shown_for
        assert shown is not None
        for whose in dict.fromkeys(forms):
            if not self._show_form(whose):
                self.wanted.emit()
                return False
            for block in [block for block in self.blocks if block.typed()]:
                block.log_entered()
                if block.typed():  # refused: said in its block (log, log_entered)
                    block.focus_entry()
                    self.wanted.emit()
                    return False
        self._show_form(shown)
        return True

    def _show_form(self, whose: tuple[int, date]) -> bool:
        """The form of a trainee and day, built now even if hidden. The day first: a day changed for the same
        trainee drops the form shown, which has nothing typed left (logged before), where another trainee keeps
        it. False if the trainee cannot be shown (why is said)."""
        trainee_id, day = whose
        if day != self.day():
            self.date.setDate(QDate(day.year, day.month, day.day))  # builds the form for it
        if trainee_id != self.live.workspace.trainee_id:
            try:
                self.live.change_trainee(lambda workspace: switch_to(workspace, trainee_id))
            except StoreError as error:
                self.problem.setText(error.text(self.language))
                return False
        if self._shown_for != whose:  # hidden, the page is built only when shown (RefreshWhenShown)
            self.rebuild()
        return True

    def _say_nothing(self) -> None:
        """Before an edit: what was said of the ones before is no longer what is wrong; a refused entry's reason
        stays while its value does (a "-20" stayed in the weight, its reason gone once another block logged)."""
        self.problem.clear()
        for block in self.blocks:
            block.forget_what_no_longer_applies()


def _places(kinds: list[tuple[str, bool]]) -> list[tuple[str, bool, int]]:
    """Each block's place: its exercise, whether it was added (not planned), and which such block of the
    day it is (an exercise planned twice a day), for blocks no planned item ties together."""
    counted: Counter[tuple[str, bool]] = Counter()
    places = []
    for kind in kinds:
        places.append((*kind, counted[kind]))
        counted[kind] += 1
    return places


def _predecessors(old: list[Block], entries: list[tuple[str, PlannedExercise | None]]) -> list[Block | None]:
    """For each block of the form built anew, the block it follows on from (what was typed in it goes on): the
    one of the same planned item, else (exercises added by hand, a planned item that is new) the one in the
    same place among those left. By place alone, typing in the second of an exercise planned twice went to
    the first when the first left the plan."""
    by_id = {block.planned.id: block for block in old if block.planned is not None and block.planned.id is not None}
    matched: list[Block | None] = []
    for exercise_id, item in entries:
        same = by_id.get(item.id) if item is not None and item.id is not None else None
        matched.append(same if same is not None and same.exercise.id == exercise_id else None)
    left = [block for block in old if block not in matched]
    by_place = dict(zip(_places([(block.exercise.id, block.planned is None) for block in left]), left))
    unmatched = [index for index, block in enumerate(matched) if block is None]
    places = _places([(entries[index][0], entries[index][1] is None) for index in unmatched])
    for index, place in zip(unmatched, places):
        matched[index] = by_place.get(place)
    return matched


def _shows(change: ChangeSet) -> bool:
    return change.log or change.plan or change.catalog or change.trainee
