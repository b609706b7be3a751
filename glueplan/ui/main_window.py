"""The main window. For now it offers the program templates and lists the user's programs;
the library, muscle map, calendar and log take their places here as they are built."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from glueplan import __version__
from glueplan.domain.language import Language
from glueplan.domain.messages import messages
from glueplan.domain.templates import Template, builtin_templates
from glueplan.store.repository import Repository


def next_monday(today: date) -> date:
    """Programs start on a Monday; today if it is one."""
    return today + timedelta(days=(7 - today.weekday()) % 7)


class TemplateCard(QGroupBox):
    """One template: its name, what it is, its sessions, and a button to start it."""

    def __init__(self, template: Template, language: Language, window: MainWindow) -> None:
        super().__init__(template.name[language])
        self.template = template
        self._window = window
        catalog = window.catalog
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
        self._window.start_program(self.template)


class MainWindow(QMainWindow):
    def __init__(self, repository: Repository, trainee_id: int, language: Language) -> None:
        super().__init__()
        self.repository = repository
        self.trainee_id = trainee_id
        self.language = language
        self.catalog = repository.catalog()
        self.setWindowTitle("glueplan")
        self.resize(1000, 700)
        self._build_menus()

        page = QWidget()
        layout = QVBoxLayout(page)
        heading = QLabel(self.tr("Your programs"))
        heading.setObjectName("heading")
        layout.addWidget(heading)
        self.program_list = QListWidget()
        self.program_list.setMaximumHeight(140)
        layout.addWidget(self.program_list)
        offer = QLabel(self.tr("Start a program from a template"))
        layout.addWidget(offer)
        self.template_cards = [TemplateCard(t, language, self) for t in builtin_templates().values()]
        for card in self.template_cards:
            layout.addWidget(card)
        layout.addStretch(1)
        for label in (heading, offer):
            font = label.font()
            font.setPointSizeF(font.pointSizeF() * 1.3)
            font.setBold(True)
            label.setFont(font)
        scroll = QScrollArea()
        scroll.setWidget(page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.setCentralWidget(scroll)

        self.statusBar().showMessage(
            self.tr("%n exercises in the catalogue", "", len(self.catalog.exercises)))
        self.refresh_programs()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about_action = QAction(self.tr("&About glueplan"), self)
        about_action.triggered.connect(self.show_about)
        help_menu.addAction(about_action)

    def refresh_programs(self) -> None:
        self.program_list.clear()
        programs = self.repository.programs(self.trainee_id)
        for _program_id, name in programs:
            self.program_list.addItem(name)
        if not programs:
            self.program_list.addItem(self.tr("No program yet: start one from a template below."))

    def start_program(self, template: Template) -> int:
        """Create a program from a template, starting next Monday; one transaction."""
        program = replace(template.program(self.catalog, self.language), start=next_monday(date.today()))
        program_id = self.repository.add_program(self.trainee_id, program, template.id)
        self.refresh_programs()
        self.statusBar().showMessage(self.tr("Started “%1”.").replace("%1", program.name), 5000)
        return program_id

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About glueplan"),
                          self.tr("glueplan %1: plan, check and log glute training.").replace("%1", __version__))
