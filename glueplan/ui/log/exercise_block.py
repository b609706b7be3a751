"""One exercise of the Log page: its target and the load to use, a word when a muscle it trains
most is not ready yet, the sets done, and a line to enter the next set (per side for one-sided
exercises, with a note)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING

from msgspec.structs import replace
from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from glueplan.domain.catalog import PRIMARY, Category, Exercise, Laterality, LoadKind, Prescription
from glueplan.domain.dose_words import rest_said, rir_said
from glueplan.domain.language import Language
from glueplan.domain.log import LoggedSet, Refusal, Side, parse_number, read_entry, too_fine, weight_kg
from glueplan.domain.plan import PlannedExercise
from glueplan.domain.progress import RepsDone, Suggestion
from glueplan.domain.recovery import HARD_RIR_LIMIT
from glueplan.domain.trainee import Units
from glueplan.ui.illustration.thumbnails import thumbnails
from glueplan.ui.settings.preferences import read_preferences
from glueplan.ui.shared.keyboard_focus import KEYBOARD, hand_keyboard
from glueplan.ui.shared.logged_text import after_reps, date_text, load_text, set_text, side_text, weight_text
from glueplan.ui.shared.plain_text import filled, no_mnemonic, plain
from glueplan.ui.shared.problem_label import ProblemLabel
from glueplan.ui.shared.rir_meaning import explain_rir
from glueplan.ui.shared.settled_button import SettledButton
from glueplan.ui.shared.two_lines import TwoLines
from glueplan.ui.shared.wheel_when_focused import wheel_when_focused
from glueplan.domain.record import Record

if TYPE_CHECKING:
    from glueplan.ui.log.page import LogPage

PICTURE_SIZE = QSize(56, 56)  # the exercise's end pose beside its target
_SIDES = (Side.BOTH, Side.LEFT, Side.RIGHT)  # the side list's entries, in its order
_NEXT_SIDE = {Side.LEFT: Side.RIGHT, Side.RIGHT: Side.LEFT, Side.BOTH: Side.BOTH}  # left, then right, then left
_HANDED = (*KEYBOARD, Qt.FocusReason.OtherFocusReason)  # the keyboard given by a key or by the program, not a click


def discard(widget: QWidget) -> None:
    """Out of sight at once (deleteLater alone waits for the event loop), gone soon after."""
    widget.hide()
    widget.setParent(None)
    widget.deleteLater()


class Entry(Record):
    """A block's next set as typed and not logged, and where the keyboard is in it: what the block
    for the same exercise takes over when the form of the same trainee and day is built again."""

    weight: str | None  # None: the load the block suggested, untouched (the new block suggests its own)
    reps: str
    rir: str
    note: str
    side: int
    units: Units  # what the weight was typed in
    focus: str | None = None  # the field the page remembers for the keyboard (its attribute's name), if any
    keyboard: bool = False  # it has the keyboard now (else it gets it when the window or the Log tab is back)
    cursor: int = 0
    chosen: tuple[int, int] = (-1, 0)  # the selection's start and length, the cursor at either end
    whole: bool = False  # all of the field's text chosen (as after a set: typing replaces it), whatever it now says
    edited: frozenset[str] = frozenset()  # the fields a set is typed in (ExerciseBlock.typed), by attribute name
    refused: bool = False  # its reason is said beside it: said again while the value stays

    @property
    def typed(self) -> bool:
        """Whether the user typed in a field: a set to log, or to let go, before the form is thrown away."""
        return bool(self.edited)


def _all_chosen(field: QLineEdit) -> bool:
    """Whether typing replaces the whole text (a load chosen for the next set)."""
    return bool(field.text()) and field.selectedText() == field.text()


def typed_set_text(exercise: Exercise, entry: Entry, load: str, language: Language) -> str:
    """A set typed and not logged, named as its line in the block will read once it is logged: "Kickback i kabel:
    15 kg × 12 · RIR 2 · hver side" (``load`` as the weight field shows it), or, where it cannot be read, its
    numbers as typed with the unit and the side the block shows beside them ("-20 lb × 12 · RIR 2 · each side": the
    question before quitting said "-20 × 12 · RIR 2", a load without its unit, a one-sided set without its side)."""
    read = read_entry(load, entry.reps, entry.rir, entry.units, language)
    side = _SIDES[entry.side]
    if isinstance(read, Refusal):
        typed = load.strip()
        shown = f"{typed} {entry.units.value}" if parse_number(typed) is not None else \
            typed or load_text(0.0, exercise, entry.units, language)  # "abc", "15 kilo", "-20 kg" as typed
        return set_text(exercise, shown, entry.reps.strip(), entry.rir.strip(), side, entry.note.strip(), language)
    kg, reps, rir = read
    return set_text(exercise, load_text(kg, exercise, entry.units, language), reps, rir, side, entry.note.strip(),
                    language)


def set_numbers(sets: list[LoggedSet]) -> list[int]:
    """Each set's number on its side: a left and a right set after one on each side are both set 2."""
    done = {Side.LEFT: 0, Side.RIGHT: 0}
    numbers = []
    for logged in sets:
        sides = (Side.LEFT, Side.RIGHT) if logged.side is Side.BOTH else (logged.side,)
        for side in sides:
            done[side] += 1
        numbers.append(max(done[side] for side in sides))
    return numbers


class ExerciseBlock(QGroupBox):
    """Emits ``logged`` with a set to save, ``delete_requested`` with a set to delete."""

    logged = Signal(object, object)  # (block, LoggedSet)
    delete_requested = Signal(int, object)  # (set id, the set as shown)

    def __init__(self, page: LogPage, exercise: Exercise, planned: PlannedExercise | None) -> None:
        super().__init__(no_mnemonic(exercise.name[page.language]))
        self.setAutoFillBackground(True)  # opaque: moved down the form as it is, not painted again
        self.page = page
        self.exercise = exercise
        self.planned = planned
        self.prescription: Prescription = planned.prescription if planned is not None else exercise.prescription
        self.units = page.trainee.units  # as built: a block shows one unit, and a new one comes with a new unit
        units = self.units.value
        self.target = plain(QLabel())
        self.target.setWordWrap(True)
        # The coach's note on the planned exercise ("Hold nøytral rygg"), as the printed sheet has it, as written.
        note = planned.note if planned is not None else ""
        self.plan_note = plain(QLabel(filled(self.tr("Note: %1"), note) if note else ""))
        self.plan_note.setWordWrap(True)
        italic = self.plan_note.font()
        italic.setItalic(True)  # the coach's words, set apart from the target as on the sheet
        self.plan_note.setFont(italic)
        self.readiness = QLabel()  # a muscle it trains most is not ready: said before a hard set
        self.readiness.setWordWrap(True)
        self.readiness.setObjectName("readiness_warning")
        self.readiness.hide()
        self.picture = QLabel()
        self.picture.setFixedSize(PICTURE_SIZE)
        thumbnails().ready.connect(self._show_picture)
        self.sets_grid = QGridLayout()
        self.sets_grid.setColumnStretch(0, 1)
        self.weight = QLineEdit()
        # What an empty field logs where the catalogue does the exercise with the body: "Kropsvægt" (a band's
        # "Resistance band" would be cut off in the field).
        bodyweight = LoadKind.of(exercise) is LoadKind.BODYWEIGHT
        self.weight.setPlaceholderText(load_text(0, exercise, page.trainee.units, page.language) if bodyweight
                                       else units)
        self.weight.setAccessibleName(self.tr("Weight in %1").replace("%1", units))
        self.weight.editingFinished.connect(self._tidy_weight)
        self._suggested = ""  # the load show_target put in the weight
        self._put = {"weight": "", "reps": "", "rir": "", "note": ""}  # what the page put in each field (_as_put)
        self.reps = QLineEdit()
        self.reps.setPlaceholderText(self.tr("reps"))
        self.side = QComboBox()  # one-sided exercises: on each side, or one side at a time
        for side in _SIDES:
            self.side.addItem(side_text(side, Laterality.UNILATERAL), side)
        self.side.setAccessibleName(self.tr("Side"))
        self.side.installEventFilter(self)  # Enter in it logs the set, as in the entry's other fields
        wheel_when_focused(self.side)  # scrolling the Log down over it chose a side unseen
        self.rir = QLineEdit()
        self.rir.setPlaceholderText("RIR")
        explain_rir(self.rir, page.language)
        explain_rir(self.target, page.language)  # "Target: 3 × 8–12 reps at RIR 2"
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Note on this set"))
        for field in (self.weight, self.reps, self.rir):
            field.setMaximumWidth(90)
        for field in (self.weight, self.reps, self.rir, self.note):
            field.returnPressed.connect(self.log_entered)
            field.installEventFilter(self)  # a kept value chosen again as the keyboard comes back (eventFilter)
        for field in (self.weight, self.reps, self.rir):
            field.textChanged.connect(self.forget_what_no_longer_applies)
        self.log_button = QPushButton(self.tr("Log set"))
        self.log_button.setAutoDefault(True)  # Enter on it logs, as in a dialog (else only the space bar)
        self.log_button.clicked.connect(self.log_entered)
        self.problem = ProblemLabel()
        self.shown_sets: list[tuple[int, LoggedSet]] | None = None
        # The unit beside a number only: beside the hint it read "kg kg", and "Kropsvægt kg" (its room kept).
        self.unit = QLabel(units)
        self.unit.setMinimumWidth(self.unit.sizeHint().width())
        self.weight.textChanged.connect(self._say_unit)
        self._say_unit()
        numbers, rest_of_entry = QHBoxLayout(), QHBoxLayout()
        for widget in (self.weight, self.unit, self.reps, self.side, self.rir):
            numbers.addWidget(widget)
        numbers.addStretch(0)
        rest_of_entry.addWidget(self.note, 1)
        rest_of_entry.addWidget(self.log_button)
        entry = TwoLines(numbers, rest_of_entry)  # the note a few letters wide ("N…") on half a laptop's screen
        said = QVBoxLayout()
        said.addWidget(self.target)
        said.addWidget(self.plan_note)
        heading = QHBoxLayout()
        heading.addWidget(self.picture)
        heading.addLayout(said, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(self.readiness)
        layout.addLayout(self.sets_grid)
        layout.addLayout(entry)
        layout.addWidget(self.problem)
        # Shown or hidden once the layout has made them the block's: a widget without a parent is a window,
        # and shown it opened as one (a flash on the desktop, the keyboard taken from the form).
        self.side.setVisible(exercise.laterality is Laterality.UNILATERAL)
        self.plan_note.setVisible(bool(note))
        self._show_picture(exercise.id)

    def _say_unit(self) -> None:
        self.unit.setText(self.units.value if self.weight.text().strip() else "")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the side list logs the set: a closed combo box lets Enter by, and nothing above it logs
        (weight, Tab, reps, Tab, Down to 'left', Enter logged nothing). In the open list Enter picks the side.

        A field holding what the page put there (the load kept after a set, or filled in) is chosen whenever the
        keyboard is handed to it, by a key or by the program, so that typing replaces it: Qt chooses all only on
        Tab or a shortcut, and lets go of the choice when the field loses the keyboard to another field. Every
        way back (Ctrl+3 or a click on the tab, another trainee and back, a dialog closed, a language switch)
        gives the field the keyboard with setFocus, and "65" typed after a kept "62,5" logged 62.565 kg. A
        field typed in keeps its cursor, and a click puts it where it clicks."""
        if isinstance(event, QFocusEvent) and event.type() is QEvent.Type.FocusIn and event.reason() in _HANDED:
            kept = [field for name, field in self._typed_in().items() if name not in self._typed_fields()]
            if watched in kept:
                watched.selectAll()
        if watched is self.side and isinstance(event, QKeyEvent) and event.type() is QEvent.Type.KeyPress and \
                event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.log_entered()
            return True
        return super().eventFilter(watched, event)

    def _show_picture(self, exercise_id: str) -> None:
        """The end pose once it is drawn (the form shows at once and fills in its pictures)."""
        if exercise_id == self.exercise.id:
            picture = thumbnails().pixmap_later(self.exercise, PICTURE_SIZE)
            if picture is not None:
                self.picture.setPixmap(picture)
            self.picture.setVisible(picture is not None or self.exercise.figure_id is not None)

    def show_target(self, suggestion: Suggestion | None, reps: RepsDone | None, last_day: date | None) -> None:
        """The prescription with the planned load, and what the last session the exercise was done says for this
        one (said to be about that session, with its date): the load double progression suggests, or for an
        exercise done without added load the reps to beat. The weight starts at the planned load, else the
        suggested one."""
        p = self.prescription
        language, units = self.page.language, self.page.trainee.units
        planned_kg = self.planned.load_kg if self.planned is not None else None
        rir, rest = rir_said(p.rir, language), rest_said(self.rest_s(), language)  # "RIR 2", "rest 3:00"
        if planned_kg is None:
            target = filled(self.tr("Target: %1 × %2 reps at %3, %4"), str(p.sets), str(p.reps), rir, rest)
        else:  # the load the coach planned, as the Week tab and the printed sheet say it
            target = filled(self.tr("Target: %1 × %2 reps at %3 with %4, %5"), str(p.sets), str(p.reps), rir,
                            load_text(planned_kg, self.exercise, units, language), rest)
        said = suggestion.reason(language, units) if suggestion is not None else \
            reps.text(language) if reps is not None else None
        if said is not None and last_day is not None:
            hint = filled(self.tr("Last session (%1): %2"), date_text(last_day, language), said)
            target += f"\n{hint}"  # a plain label: the reason may name the user's own exercise
        # The planned load is the prescription and goes in the field; the last session's advice is said above it.
        prefilled = planned_kg if planned_kg is not None else suggestion.load_kg if suggestion is not None else None
        suggested = weight_text(prefilled, units, language) if prefilled is not None else ""
        if not self._load_typed():  # the load suggested before, or none: the last session may have changed
            self._suggested = suggested
            if self.weight.text() != suggested:
                whole = _all_chosen(self.weight)
                self.weight.setText(suggested)
                if whole:  # typing still replaces it
                    self.weight.selectAll()
            self._as_put()
        self.target.setText(target)

    def rest_s(self) -> int:
        """The rest after a set: the plan's, else the one the preferences give an exercise without a plan (the
        catalogue's rest was shown for an added exercise while the timer counted the preferences')."""
        return self.prescription.rest_s if self.planned is not None else read_preferences().default_rest_s

    def show_readiness(self, ready: Mapping[str, float], below: float) -> None:
        """Name the muscles this exercise trains most that are under ``below`` per cent ready,
        until a set of it is logged (a word before the first hard set, not one at every set)."""
        tiring = self.exercise.category is not Category.ACTIVATION and self.prescription.rir <= HARD_RIR_LIMIT
        tired = [muscle for muscle, weight in self.exercise.muscles
                 if weight == PRIMARY and ready.get(muscle, 100.0) < below]
        if not tiring or not tired or self.shown_sets:
            self.readiness.hide()
            return
        language = self.page.language
        names = ", ".join(filled(self.tr("%1 %2 %"), self.page.live.catalog.muscle(m).name[language],
                                 str(round(ready[m]))) for m in tired)
        self.readiness.setText("⚠ " + self.tr("Not recovered yet from the last week's sets: %1 ready. Hard sets now "
                                       "slow its recovery; lighter work or another muscle may suit today better.")
                               .replace("%1", names))
        self.readiness.show()

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
                    discard(item.widget())
        numbers = set_numbers([done for _id, done in sets])
        for row, (set_id, done) in enumerate(sets[first:], start=first):
            label = plain(QLabel(self._line(numbers[row], done)))  # the set's note as written
            label.setWordWrap(True)
            self.sets_grid.addWidget(label, row, 0)
            remove = SettledButton(self.tr("Delete"))  # a click meant for Log set, the row moved down, is not taken
            remove.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            remove.setProperty("set_id", set_id)
            remove.clicked.connect(self._delete_clicked)
            self.sets_grid.addWidget(remove, row, 1)
        if sets:
            self.readiness.hide()

    def _line(self, number: int, done: LoggedSet) -> str:
        """"Set 2: 62,5 kg × 8 · RIR 2 · left · felt the knee", "Set 1: Bodyweight × 20"."""
        load = load_text(done.weight_kg, self.exercise, self.page.trainee.units, self.page.language)
        return " · ".join([filled(self.tr("Set %1: %2 × %3"), str(number), load, str(done.reps)),
                           *after_reps(done.rir, done.side, self.exercise.laterality, done.note, self.page.language)])

    def _tidy_weight(self) -> None:
        """The typed load as the unit label beside it reads: "65 kg" becomes "65", "62.5" in
        Danish "62,5", "100 lb" the kilograms it is. Left as typed when it is not a load, or one too finely
        written to be one (62,565 became 62,56, a load that looks right, and the refusal beside it went)."""
        text = self.weight.text()
        kg = weight_kg(text, self.page.trainee.units) if text.strip() and not too_fine(text) else None
        tidy = weight_text(kg, self.page.trainee.units, self.page.language) if kg is not None and kg >= 0 else None
        # Only a change is set: setText puts the cursor at the end, and Enter in the field ends its editing
        # after the set it logged has chosen the load for the next ("22" then typed after it: "2022").
        if tidy is not None and tidy != self.weight.text():
            typed = self.weight.isModified()
            self.weight.setText(tidy)
            self.weight.setModified(typed)  # the user's load still, tidied (typed)
            self._as_put()

    def _read(self) -> tuple[float, int, int | None] | Refusal:
        """The entry as it stands: (kg, reps, RIR or None), or why it cannot be logged."""
        return read_entry(self.weight.text(), self.reps.text(), self.rir.text(), self.page.trainee.units,
                          self.page.language)

    def forget_what_no_longer_applies(self) -> None:
        """The entry changed, or another was logged: a message it no longer deserves goes (a new one waits for
        the next try); a refusal of what is still typed stays, beside the value it is about."""
        if self.problem.text() and not self._refused_as_said():
            self.problem.clear()

    def _refused_as_said(self) -> bool:
        """Whether the problem shown is the refusal of what is typed now."""
        read = self._read()
        return isinstance(read, Refusal) and bool(read.text) and self.problem.text() == read.text

    def log_entered(self) -> None:
        result = self._read()
        if isinstance(result, Refusal):
            self.problem.setText(result.text)
            wrong = self._typed_in()[result.field]  # the keyboard where the value to put right is, chosen
            wrong.setFocus()
            wrong.selectAll()
            return
        weight, reps, rir = result
        self.logged.emit(self, LoggedSet(self.exercise.id, self.page.moment(), weight, reps, rir,
                                         self.note.text().strip(), self.planned.id if self.planned else None,
                                         side=Side(self.side.currentData())
                                         if self.exercise.laterality is Laterality.UNILATERAL else Side.BOTH))

    def entry_saved(self) -> None:
        """Ready for the next set, typed as the last one was: the keyboard in the load, its value
        kept and chosen, so that typing replaces it ("60", Tab, "10", Enter) and Enter logs the
        same load, reps and RIR again (the reps and RIR kept too; Tab chooses them): a RIR that
        started empty saved every set after the first without one, and the progression judged
        those by reps alone. The note is said of each set and starts empty; the other side comes
        after one side. What was typed is saved now, so the fields forget it (setText, not
        clear): Ctrl+Z undoes the set."""
        self._tidy_weight()
        for field in (self.weight, self.reps, self.rir):
            field.setText(field.text())
        self.note.setText("")
        self._as_put()
        self.side.setCurrentIndex(self.side.findData(_NEXT_SIDE[Side(self.side.currentData())]))
        self.focus_entry()

    def focus_entry(self) -> None:
        """The keyboard in the load, its value chosen: typing replaces it."""
        self.weight.setFocus()
        self.weight.selectAll()

    def entry(self) -> Entry:
        """The set being typed, for the block that takes this one's place. The keyboard's field is the one the
        page remembers (it has the keyboard, or has it again when a dialog closes or the Log tab is back)."""
        remembered = self.page.focusWidget()
        focus = next((name for name, field in self._fields().items() if field is remembered), None)
        field = remembered if focus is not None else None
        typed = Entry(self.weight.text() if self._load_typed() else None, self.reps.text(), self.rir.text(),
                      self.note.text(), self.side.currentIndex(), self.units, focus,
                      keyboard=field is not None and field.hasFocus(),
                      edited=self._typed_fields(),
                      refused=self._refused_as_said())
        if not isinstance(field, QLineEdit):
            return typed
        return replace(typed, cursor=field.cursorPosition(), chosen=(field.selectionStart(), field.selectionLength()),
                       whole=_all_chosen(field))

    def _load_typed(self) -> bool:
        """Whether the weight holds a load of the user's (typed, or the last set's), not the suggestion."""
        return self.weight.isModified() or self.weight.text() != self._suggested

    def take(self, entry: Entry) -> None:
        """Go on with ``entry`` where the block it was typed in left off: its fields, its load in this
        block's units, and the keyboard in the same field with the same cursor and choice."""
        units = self.page.trainee.units
        if entry.weight is not None:
            kg = weight_kg(entry.weight, entry.units) if entry.units is not units else None
            self.weight.setText(weight_text(kg, units, self.page.language) if kg is not None else entry.weight)
        for field, text in ((self.reps, entry.reps), (self.rir, entry.rir), (self.note, entry.note)):
            field.setText(text)
        for name, field in self._typed_in().items():  # typed in the block before, typed here (setText forgot it)
            field.setModified(name in entry.edited)
        self._as_put()
        read = self._read()
        if entry.refused and isinstance(read, Refusal):
            self.problem.setText(read.text)
        self.side.setCurrentIndex(entry.side)
        focused = self._fields().get(entry.focus or "")
        if focused is not None:
            hand_keyboard(focused, entry.keyboard)
        if isinstance(focused, QLineEdit):
            start, length = entry.chosen
            if entry.whole:
                focused.selectAll()
            elif start < 0:
                focused.setCursorPosition(entry.cursor)
            elif entry.cursor == start:  # chosen leftwards: the cursor at its start
                focused.setSelection(start + length, -length)
            else:
                focused.setSelection(start, length)

    def typed(self) -> bool:
        """Whether a set is typed here and not logged (_typed_fields): the planned or suggested load, the last
        set's reps and RIR kept for the next one and the side moved on after a set are the page's, not typed;
        what a block takes over from the one it replaces is typed if it was there (take)."""
        return bool(self._typed_fields())

    def _typed_fields(self) -> frozenset[str]:
        """The entry's fields the user typed something in that differs from what the page put there (QLineEdit's
        modified flag, which the page's setText clears, and _put). A field emptied holds no set: three emptied
        ones were asked about before quitting as " × "."""
        return frozenset(name for name, field in self._typed_in().items()
                         if field.isModified() and field.text().strip() and field.text() != self._put[name])

    def _as_put(self) -> None:
        """The fields the page has just filled (setText, not modified) hold what it put there; called after it
        fills them (show_target, _tidy_weight, entry_saved, take)."""
        for name, field in self._typed_in().items():
            if not field.isModified():
                self._put[name] = field.text()

    def _typed_in(self) -> dict[str, QLineEdit]:
        """The entry's fields a set is typed in, by name (the side is chosen, and moves on by itself)."""
        return {"weight": self.weight, "reps": self.reps, "rir": self.rir, "note": self.note}

    def tab_chain(self) -> list[QWidget]:
        """What Tab goes through in the block: the entry first, then each set's Delete. From the day's note (or
        the exercise before) Tab lands in the weight, where the next set is typed: on a Delete first, the space
        bar deleted a logged set at once."""
        deletes = [self.sets_grid.itemAtPosition(row, 1) for row in range(len(self.shown_sets or []))]
        return list(self._fields().values()) + [item.widget() for item in deletes if item is not None]

    def _fields(self) -> dict[str, QWidget]:
        """The entry's widgets that take the keyboard, by name."""
        return {"weight": self.weight, "reps": self.reps, "side": self.side, "rir": self.rir, "note": self.note,
                "log_button": self.log_button}

    def sides_even(self) -> bool:
        """Whether each side has done as many sets (after a left set, the right one comes first:
        no rest in between)."""
        sets = [done for _id, done in self.shown_sets or []]
        return sum(s.side is Side.LEFT for s in sets) == sum(s.side is Side.RIGHT for s in sets)

    def _delete_clicked(self) -> None:
        button = self.sender()
        if isinstance(button, QPushButton) and self.shown_sets is not None:
            set_id = int(button.property("set_id"))
            # The keyboard to the entry first: the button goes with its set, and Qt would hand the keyboard on to
            # the page's first field, the date, where the next load typed changed the day.
            self.focus_entry()
            self.delete_requested.emit(set_id, dict(self.shown_sets)[set_id])
