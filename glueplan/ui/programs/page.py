"""The user's programs, and the built-in templates to start one from."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from glueplan.app.changes import ChangeSet
from glueplan.app.setup_edits import StartProgram
from glueplan.domain.catalog import Catalog
from glueplan.domain.language import Language
from glueplan.domain.messages import messages
from glueplan.domain.plan import Program, Week, next_monday
from glueplan.domain.templates import Template, builtin_templates
from glueplan.ui.shared.live_workspace import LiveWorkspace
from glueplan.ui.shared.refresh_when_shown import RefreshWhenShown


EMPTY_PROGRAM_WEEKS = 4


def _shows(change: ChangeSet) -> bool:
    return change.program


class TemplateCard(QGroupBox):
    """One template: its name, what it is, its sessions, and a button to start it."""

    start_requested = Signal(object)

    def __init__(self, template: Template, catalog: Catalog, language: Language) -> None:
        super().__init__(template.name[language])
        self.template = template
        program = template.program(catalog, language, weeks=1)
        text = messages()
        layout = QVBoxLayout(self)
        description = QLabel(template.description[language])
        description.setWordWrap(True)
        layout.addWidget(description)
        for session in program.weeks[0].sessions:
            names = ", ".join(catalog.exercise(item.exercise_id).name[language] for item in session.items)
            day = text(f"weekday.{session.day.code}", language)
            line = QLabel(f"<b>{escape(session.title)}</b> ({day} {session.time:%H:%M}): {escape(names)}")
            line.setWordWrap(True)
            layout.addWidget(line)
        self.start_button = QPushButton(self.tr("Start this program"))
        self.start_button.clicked.connect(self._start)
        layout.addWidget(self.start_button, alignment=Qt.AlignmentFlag.AlignRight)

    def _start(self) -> None:
        self.start_requested.emit(self.template)


class ProgramsPage(QScrollArea):
    """Emits ``program_started`` with the new program's name once it is open, and
    ``program_chosen`` with the id of a program the user picked from the list."""

    program_started = Signal(str)
    program_chosen = Signal(int)

    def __init__(self, live: LiveWorkspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._live = live
        catalog, language = live.catalog, live.language
        page = QWidget()
        layout = QVBoxLayout(page)
        heading = QLabel(self.tr("Your programs"))
        layout.addWidget(heading)
        self.program_list = QListWidget()
        self.program_list.setMaximumHeight(140)
        self.program_list.itemActivated.connect(self._chosen)
        layout.addWidget(self.program_list)
        self.empty_button = QPushButton(self.tr("Start an empty program"))
        self.empty_button.clicked.connect(self.start_empty_program)
        layout.addWidget(self.empty_button, alignment=Qt.AlignmentFlag.AlignLeft)
        offer = QLabel(self.tr("Start a program from a template"))
        offer.setWordWrap(True)
        heading.setWordWrap(True)
        layout.addWidget(offer)
        self.template_cards = [TemplateCard(t, catalog, language) for t in builtin_templates().values()]
        for card in self.template_cards:
            card.start_requested.connect(self.start_program)
            layout.addWidget(card)
        layout.addStretch(1)
        for label in (heading, offer):
            font = label.font()
            font.setPointSizeF(font.pointSizeF() * 1.3)
            font.setBold(True)
            label.setFont(font)
        self.setWidget(page)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.refresher = RefreshWhenShown(self, live, _shows, self.refresh)
        self.refresh()

    def refresh(self, _change: ChangeSet | None = None) -> None:
        self.program_list.clear()
        programs = self._live.workspace.programs()
        for program_id, name in programs:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, program_id)
            item.setToolTip(self.tr("Double-click to plan this program on the Week tab"))
            self.program_list.addItem(item)
        if not programs:
            self.program_list.addItem(self.tr("No program yet: start one from a template below."))

    def _chosen(self, item: QListWidgetItem) -> None:
        program_id = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(program_id, int):
            self.program_chosen.emit(program_id)

    def start_program(self, template: Template) -> None:
        """Start a program from a template next Monday (undoable)."""
        program = replace(template.program(self._live.catalog, self._live.language), start=next_monday(date.today()))
        self._start(program, template.id)

    def start_empty_program(self) -> None:
        """Four empty weeks from next Monday, to fill by dragging exercises onto days."""
        program = Program(self.tr("My program"), (Week(()),) * EMPTY_PROGRAM_WEEKS, next_monday(date.today()))
        self._start(program, None)

    def _start(self, program: Program, template_id: str | None) -> None:
        """A refusal is reported by the window (``failed``); nothing was written then."""
        if self._live.run_or_report(StartProgram(program, template_id,
                                                 self.tr("Start “%1”").replace("%1", program.name))):
            self.program_started.emit(program.name)
