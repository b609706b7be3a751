"""The user's programs (rename, move the start, duplicate, delete, choose the active one), and
the built-in templates to start one from."""

from __future__ import annotations

from datetime import date, timedelta
from html import escape

from msgspec.structs import replace
from PySide6.QtCore import QCoreApplication, QDate, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QStyle,
    QStyleOptionSpinBox,
    QVBoxLayout,
    QWidget,
)

from glueplan.app import clock
from glueplan.app.changes import ChangeSet
from glueplan.app.program_list_edits import (
    ActivateProgram,
    DeleteProgram,
    DeleteTemplate,
    DuplicateProgram,
    EditProgramDetails,
    SaveAsTemplate,
)
from glueplan.app.setup_edits import StartProgram
from glueplan.app.templates import templates
from glueplan.domain import limits
from glueplan.domain.catalog import Catalog
from glueplan.domain.default_names import in_language
from glueplan.domain.language import Language
from glueplan.domain.messages import messages
from glueplan.domain.plan import Program, Week, first_monday, monday_of
from glueplan.domain.template_start import started
from glueplan.domain.thresholds import builtin_thresholds
from glueplan.domain.templates import Template
from glueplan.domain.trainee import Level
from glueplan.store.repository import ProgramDetails, ProgramOverview
from glueplan.ui.programs.copy_dialog import copy_to_whom
from glueplan.ui.shared.date_time_fields import with_calendar
from glueplan.ui.shared.flow_layout import FlowLayout
from glueplan.ui.shared.input_dialog import answer, text_dialog
from glueplan.ui.shared.keyboard_focus import FramedScrollArea
from glueplan.ui.shared.live_workspace import LiveWorkspace
from glueplan.ui.shared.logged_text import clock_text, date_text, day_text, short_text
from glueplan.ui.shared.narrow_choice import FittingChoice
from glueplan.ui.shared.plain_text import ask, filled, no_mnemonic
from glueplan.ui.shared.refresh_when_shown import RefreshWhenShown
from glueplan.ui.shared.settled_button import SettledButton
from glueplan.ui.shared.undo_text import UndoText
from glueplan.ui.shared.wheel_when_focused import change_when_open, wheel_when_focused

EMPTY_PROGRAM_WEEKS = 4


def _shows(change: ChangeSet) -> bool:
    return change.program or change.programs


def _whole(spin: QSpinBox) -> None:
    """The box as wide as the field inside it asks: Qt sizes a spin box by its longest number ("52"), 3 px
    under the field's least width (a widest letter), which the half-screen check counts as cut."""
    option = QStyleOptionSpinBox()
    spin.initStyleOption(option)
    option.rect = QRect(QPoint(), spin.sizeHint())
    field = spin.style().subControlRect(QStyle.ComplexControl.CC_SpinBox, option,
                                        QStyle.SubControl.SC_SpinBoxEditField, spin)
    spin.setMinimumWidth(spin.sizeHint().width() + max(0, spin.lineEdit().minimumSizeHint().width() - field.width()))


class TemplateCard(QGroupBox):
    """One template: its name, what it is, its sessions as they start for a trainee of ``level``, and a button
    to start it for the weeks and from the Monday chosen beside it (one of the user's own: and one to delete it).
    Emits ``start_requested`` with the template, the weeks and the Monday."""

    start_requested = Signal(object, int, object)
    delete_requested = Signal(object)

    def __init__(self, template: Template, catalog: Catalog, language: Language, level: Level) -> None:
        super().__init__(no_mnemonic(template.name[language]))
        self.template = template
        self.level = level
        self._language = language
        program = started(template, catalog, language, level, weeks=1)
        self._first_week = program.weeks[0]
        text = messages()
        layout = QVBoxLayout(self)
        description = QLabel(template.description[language])
        description.setWordWrap(True)
        layout.addWidget(description)  # first: shown before it has a parent, it would flash up as a window
        description.setVisible(bool(template.description[language]))  # the user's own have none
        for session in program.weeks[0].sessions:
            names = ", ".join(catalog.exercise(item.exercise_id).name[language] for item in session.items)
            day = text(f"weekday.{session.day.code}", language)
            when = clock_text(session.time, language)
            line = QLabel(f"<b>{escape(session.title)}</b> ({day} {when}): {escape(names)}")
            line.setWordWrap(True)
            layout.addWidget(line)
        # A 12-week program took six rounds of Copy week forward after a start that gave the template's 6.
        self.weeks = QSpinBox()
        self.weeks.setRange(*limits.PLAN_WEEKS)
        self.weeks.setValue(template.weeks)
        _whole(self.weeks)
        wheel_when_focused(self.weeks)
        weeks_label = QLabel(self.tr("&Weeks"))
        weeks_label.setBuddy(self.weeks)
        self.start_button = QPushButton(self.tr("Start this program"))
        self.start_button.clicked.connect(self._start)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.delete_button: SettledButton | None = None
        if template.own_number is not None:  # the cards below move up: a double-click took the next one too
            self.delete_button = SettledButton(self.tr("Delete template"))
            self.delete_button.clicked.connect(lambda: self.delete_requested.emit(self.template))
            buttons.addWidget(self.delete_button)
        buttons.addWidget(weeks_label)
        buttons.addWidget(self.weeks)
        buttons.addWidget(self.start_button)
        # Given a program on a Tuesday, a physiotherapist's client could not log that day's session: it began
        # next Monday, and only moving the start on this page and dragging a session to the day helped.
        self.starts = FittingChoice()
        self._offered_on: date | None = None  # the day the starts were offered as of
        change_when_open(self.starts)  # the wheel scrolling the page passes over it
        starts_label = QLabel(self.tr("S&tarts"))
        starts_label.setBuddy(self.starts)
        starts = QHBoxLayout()
        starts.addWidget(starts_label)
        starts.addWidget(self.starts)
        starts.addStretch(1)
        layout.addLayout(starts)
        layout.addLayout(buttons)

    def show_starts(self, day: date, least_sessions: int) -> None:
        """This week and next offered as of ``day``, the one first_monday gives chosen (unless the user chose,
        that day). Offered again each day, not each week: on Tuesday the offer still said "from today, Monday", and by
        Thursday it still chose this week, whose days before today are missed."""
        if day == self._offered_on:
            return
        self._offered_on = day
        this_week = monday_of(day)
        offered = (this_week, this_week + timedelta(weeks=1))
        language = self._language
        this_said = self.tr("This week, from today, %1") if this_week == day else \
            self.tr("This week, from %1 (the days before today are past)")
        self.starts.clear()
        self.starts.addItem(filled(this_said, day_text(this_week, language)), this_week)
        self.starts.addItem(filled(self.tr("Next week, from %1"), day_text(offered[1], language)), offered[1])
        self.starts.setCurrentIndex(offered.index(first_monday(self._first_week, day, least_sessions)))
        self.starts.updateGeometry()

    def _start(self) -> None:
        self.start_requested.emit(self.template, self.weeks.value(), self.starts.currentData())


class ProgramsPage(FramedScrollArea):
    """Emits ``program_started`` with the new program's name once it is open, and
    ``program_chosen`` with the id of a program the user made active to plan it."""

    program_started = Signal(str)
    program_chosen = Signal(int)

    def __init__(self, live: LiveWorkspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._live = live
        self._programs: dict[int, ProgramOverview] = {}
        self._named: int | None = None  # the program whose name the name field shows
        self._moved: tuple[int, date] | None = None  # the program start_moved speaks of, and the Monday it says
        page = QWidget()
        layout = QVBoxLayout(page)
        heading = QLabel(self.tr("Your programs"))
        layout.addWidget(heading)
        self.program_list = QListWidget()
        self.program_list.setMaximumHeight(140)
        # A long line ("… · starts 23.11.2026 · 6 weeks · active") wraps in a narrow window instead of
        # running under the list's edge.
        self.program_list.setWordWrap(True)
        self.program_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.program_list.setAccessibleName(self.tr("Your programs"))
        self.program_list.itemActivated.connect(self._chosen)
        self.program_list.currentItemChanged.connect(self._show_details)
        layout.addWidget(self.program_list)
        self.name = QLineEdit()
        self.name.setMaxLength(200)  # the database's column
        self.name.editingFinished.connect(self._details_edited)
        self.start = with_calendar(QDateEdit(), live.language)
        self.start.setSpecialValueText(" ")  # shown at the minimum date: no program chosen, no date
        self.start.setMaximumWidth(self.start.sizeHint().width() * 2)
        self.start.editingFinished.connect(self._details_edited)
        wheel_when_focused(self.start)
        self.start_moved = QLabel()  # why a start typed on another day became its week's Monday
        self.start_moved.setTextFormat(Qt.TextFormat.PlainText)
        self.start_moved.setWordWrap(True)
        self.start_moved.hide()
        details = QFormLayout()
        details.addRow(self.tr("Name"), self.name)
        details.addRow(self.tr("Starts"), self.start)
        details.addRow("", self.start_moved)
        layout.addLayout(details)
        self.open_button = QPushButton(self.tr("Make active and plan it"))
        self.open_button.setToolTip(self.tr("The Week and Log tabs show the active program; glueplan opens with it"))
        self.open_button.clicked.connect(self.activate_chosen)
        self.duplicate_button = QPushButton(self.tr("Duplicate"))
        self.duplicate_button.clicked.connect(self.duplicate_chosen)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.clicked.connect(self.delete_chosen)
        self.copy_button = QPushButton(self.tr("Copy to trainee…"))
        self.copy_button.setToolTip(self.tr("A copy of this program for another trainee"))
        self.copy_button.clicked.connect(self.copy_chosen)
        self.template_button = QPushButton(self.tr("Save as template…"))
        self.template_button.setToolTip(self.tr("Offered below beside the built-in templates, for every trainee"))
        self.template_button.clicked.connect(self.keep_chosen_as_template)
        buttons = FlowLayout()  # one row where it fits, more in a narrow window
        for button in (self.open_button, self.duplicate_button, self.delete_button, self.copy_button,
                       self.template_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.empty_button = QPushButton(self.tr("Start an empty program"))
        self.empty_button.clicked.connect(self.start_empty_program)
        layout.addWidget(self.empty_button, alignment=Qt.AlignmentFlag.AlignLeft)
        offer = QLabel(self.tr("Start a program from a template"))
        offer.setWordWrap(True)
        heading.setWordWrap(True)
        layout.addWidget(offer)
        self.template_cards: list[TemplateCard] = []
        self._templates = QVBoxLayout()
        layout.addLayout(self._templates)
        layout.addStretch(1)
        for label in (heading, offer):
            font = label.font()
            font.setPointSizeF(font.pointSizeF() * 1.3)
            font.setBold(True)
            label.setFont(font)
        self.setWidget(page)
        self.setWidgetResizable(True)
        self.refresher = RefreshWhenShown(self, live, _shows, self.refresh)
        self.refresh()

    def refresh(self, _change: ChangeSet | None = None, choose: int | None = None) -> None:
        """List the programs again, the chosen one (``choose``, else the one chosen before) still chosen."""
        chosen = choose if choose is not None else self.chosen_id()
        self.program_list.blockSignals(True)
        self.program_list.clear()
        language = self._live.language  # names glueplan gave follow it
        self._programs = {p.id: replace(p, name=in_language(p.name, language))
                          for p in self._live.workspace.repository.program_overview(self._live.workspace.trainee_id)}
        if chosen not in self._programs:
            chosen = None  # another trainee's (the window switched): their active program is chosen
        for program in self._programs.values():
            parts = [program.name, self.tr("starts %1").replace("%1", short_text(program.start, language)),
                     self.tr("%n weeks", "", program.weeks)]
            if program.active:
                parts.append(self.tr("active"))
            item = QListWidgetItem(" · ".join(parts))
            item.setData(Qt.ItemDataRole.UserRole, program.id)
            if program.active:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            item.setToolTip(self.tr("Double-click to make it active and plan it on the Week tab"))
            self.program_list.addItem(item)
            if program.id == chosen or (chosen is None and program.active):
                self.program_list.setCurrentItem(item)
        if not self._programs:
            self.program_list.addItem(self.tr("No program yet: start one from a template below."))
        self.program_list.blockSignals(False)
        self._show_details()
        self._show_templates()

    def _show_templates(self) -> None:
        """A card per template, the built-in ones and the user's own, for the trainee's level (made again when
        those changed)."""
        offered = templates(self._live.workspace.repository.store)
        level = self._live.trainee.level
        if [(t.id, t.name, level) for t in offered] == [(card.template.id, card.template.name, card.level)
                                                        for card in self.template_cards]:
            self.show_starts()  # a day later: the Mondays move on
            return
        for card in self.template_cards:
            self._templates.removeWidget(card)
            card.deleteLater()
        self.template_cards = [TemplateCard(t, self._live.catalog, self._live.language, level) for t in offered]
        for card in self.template_cards:
            card.start_requested.connect(self.start_program)
            card.delete_requested.connect(self.delete_template)
            self._templates.addWidget(card)
        self.show_starts()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.show_starts()  # in a window left open since another week, "this week" is another

    def show_starts(self) -> None:
        """The cards offer this week and next as of today, each its default by the trainee's rules."""
        for card in self.template_cards:
            card.show_starts(clock.today(), self._least_sessions())

    def _least_sessions(self) -> int:
        """The hard sessions a week the trainee's rules ask at least (FRQ-1), which a first week must keep."""
        return int(builtin_thresholds()[self._live.trainee.level].hard_sessions.low)

    def chosen(self) -> ProgramOverview | None:
        item = self.program_list.currentItem()
        program_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return self._programs.get(program_id) if isinstance(program_id, int) else None

    def chosen_id(self) -> int | None:
        program = self.chosen()
        return program.id if program is not None else None

    def _show_details(self) -> None:
        program = self.chosen()
        for widget in (self.name, self.start, self.open_button, self.duplicate_button, self.delete_button,
                       self.copy_button, self.template_button):
            widget.setEnabled(program is not None)
        if program is None or self._moved is None or self._moved[0] != program.id:
            self._moved = None  # another program chosen: what was said of the one before is not
        self.start_moved.setVisible(self._moved is not None and program is not None
                                    and program.start == self._moved[1])  # undone, it is not
        if self.name.isModified() and program is not None and program.id == self._named:
            pass  # a new name being typed stays while the list is read again (saved elsewhere)
        elif program is not None:
            self.name.setText(program.name)
            self.start.setDate(QDate(program.start.year, program.start.month, program.start.day))
        else:
            self.name.clear()
            self.start.setDate(self.start.minimumDate())
        self._named = program.id if program is not None else None

    def _details_edited(self) -> None:
        """A new name (not an empty one) or start date, as one undoable step. A start typed or picked
        on another day than a Monday becomes the Monday of its week, and the page says so: a program's
        weeks run Monday to Sunday (Program.date_of), so a Saturday start was listed as the Saturday
        while the Week tab and the log planned the days from the Monday before."""
        program = self.chosen()
        if program is None:
            return
        name = self.name.text().strip() or program.name
        self.name.setModified(False)
        typed: date = self.start.date().toPython()  # type: ignore[assignment]
        after = ProgramDetails(name, typed if typed == program.start else monday_of(typed))  # left alone, left so
        if after != program.details:
            self._live.run_or_report(EditProgramDetails(program.id, program.details, after, UndoText(
                lambda: self._details_step(program.details, after))))
        if after != program.details or typed != after.start:  # said again or unsaid by the last change only
            self._moved = (program.id, after.start) if typed != after.start else None
            if self._moved is not None:
                language = self._live.language
                self.start_moved.setText(filled(self.tr("Programs start on a Monday: moved from %1 to %2, the Monday "
                                                        "of its week."), date_text(typed, language),
                                                date_text(after.start, language)))
        self._show_details()

    def _details_step(self, before: ProgramDetails, after: ProgramDetails) -> str:
        """The undo step's name says what it does (a new name, a new start or both): Edit > Undo on the
        Week tab read 'Rename or move “…”' for a start moved on this page, which left the user guessing."""
        start = short_text(after.start, self._live.language)
        if before.start == after.start:
            return filled(self.tr("Rename “%1” to “%2”"), before.name, after.name)
        if before.name == after.name:
            return filled(self.tr("Move the start of “%1” to %2"), before.name, start)
        return filled(self.tr("Rename “%1” to “%2” and move its start to %3"), before.name, after.name, start)

    def _chosen(self, item: QListWidgetItem) -> None:
        if isinstance(item.data(Qt.ItemDataRole.UserRole), int):
            self.activate_chosen()

    def activate_chosen(self) -> None:
        """Make the chosen program the active one (undoable) and plan it on the Week tab."""
        program = self.chosen()
        if program is not None and self._live.run_or_report(
                ActivateProgram(program.id, UndoText(lambda: self.tr("Make “%1” active").replace("%1", program.name)))):
            self.program_chosen.emit(program.id)

    def duplicate_chosen(self) -> None:
        program = self.chosen()
        if program is None:
            return
        duplicate = DuplicateProgram(program.id, self.tr("%1 (copy)").replace("%1", program.name),
                                     UndoText(lambda: self.tr("Duplicate “%1”").replace("%1", program.name)))
        if self._live.run_or_report(duplicate):
            self.refresh(choose=duplicate.copy_id)

    def copy_chosen(self) -> None:
        """A copy of the chosen program for another trainee (undoable); the window stays on this one."""
        program = self.chosen()
        workspace = self._live.workspace
        others = {trainee_id: in_language(name, self._live.language)
                  for trainee_id, name in workspace.repository.trainee_names() if trainee_id != workspace.trainee_id}
        if program is None or not others:
            self._say(self.tr("There is no other trainee to copy it to: add one with File > New trainee."))
            return
        chosen = copy_to_whom(self, program.name, workspace.trainee.name, list(others.items()))
        if chosen is None:
            return
        to_trainee, keep_loads = chosen
        name = others[to_trainee]
        text = UndoText(lambda: filled(self.tr("Copy “%1” to “%2”"), program.name, name))
        if self._live.run_or_report(DuplicateProgram(program.id, program.name, text, to_trainee=to_trainee,
                                                     keep_loads=keep_loads)):
            self._say(filled(self.tr("Copied “%1” to “%2”."), program.name, name))

    def keep_chosen_as_template(self) -> None:
        """Keep the chosen program as a template of the user's own (undoable)."""
        program = self.chosen()
        if program is None:
            return
        name = answer(template_dialog(self, program.name))
        if name is not None and name.strip():
            kept = name.strip()
            self._live.run_or_report(SaveAsTemplate(program.id, kept, UndoText(
                lambda: self.tr("Save “%1” as a template").replace("%1", kept))))

    def delete_template(self, template: Template) -> None:
        """Delete one of the user's own templates (undoable; programs started from it stay)."""
        name = template.name[self._live.language]
        self._live.run_or_report(DeleteTemplate(template, UndoText(
            lambda: self.tr("Delete template “%1”").replace("%1", name))))

    def _say(self, text: str) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 8000)

    def delete_chosen(self) -> None:
        """Delete the chosen program once the user said yes (undoable)."""
        program = self.chosen()
        if program is None:
            return
        answer = ask(
            self, QMessageBox.Icon.Question, self.tr("Delete program"),
            self.tr("Delete “%1” with its weeks and sessions? The sets you logged stay in the log. "
                    "Edit > Undo brings the program back.").replace("%1", program.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self._live.run_or_report(DeleteProgram(program.id, UndoText(
                lambda: self.tr("Delete “%1”").replace("%1", program.name))))

    def start_program(self, template: Template, weeks: int | None = None, monday: date | None = None) -> None:
        """Start a program from a template on ``monday`` (else the Monday first_monday gives), ``weeks`` long
        (the template's own length unless told), dosed for the trainee's level (undoable)."""
        program = started(template, self._live.catalog, self._live.language, self._live.trainee.level, weeks)
        start = monday or first_monday(program.weeks[0], clock.today(), self._least_sessions())
        self._start(replace(program, start=start), template.id)

    def start_empty_program(self) -> None:
        """Four empty weeks from this week's Monday (first_monday: nothing in them is missed), to fill by dragging
        exercises onto days."""
        program = Program(messages()("program.empty_name", self._live.language), (Week(()),) * EMPTY_PROGRAM_WEEKS,
                          first_monday(Week(()), clock.today(), 0))
        self._start(program, None)

    def _start(self, program: Program, template_id: str | None) -> None:
        """A refusal is reported by the window (``failed``); nothing was written then."""
        if self._live.run_or_report(StartProgram(program, template_id, UndoText(
                lambda: self.tr("Start “%1”").replace("%1", program.name)))):
            self.program_started.emit(program.name)


def template_dialog(parent: QWidget | None, program: str) -> QInputDialog:
    """Programs > Save as template: the template's name, the program's at first."""
    return text_dialog(parent, QCoreApplication.translate("ProgramsPage", "Save as template"),
                       QCoreApplication.translate("ProgramsPage", "Template &name:"),
                       QCoreApplication.translate("ProgramsPage", "&Save"), program)
