"""The main window: exercise library on the left, muscle map and programs in the middle,
the chosen exercise on the right. Layout and size are remembered between runs."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow, QMessageBox, QSplitter, QTabWidget, QWidget

from glueplan import __version__
from glueplan.domain.catalog import Exercise
from glueplan.domain.language import Language
from glueplan.store.repository import Repository
from glueplan.ui.exercise_detail import ExerciseDetail
from glueplan.ui.exercise_editor import ExerciseEditor
from glueplan.ui.library import LibraryPanel
from glueplan.ui.muscle_map import MuscleMap
from glueplan.ui.programs_page import ProgramsPage


class MainWindow(QMainWindow):
    def __init__(self, repository: Repository, trainee_id: int, language: Language,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.repository = repository
        self.trainee_id = trainee_id
        self.language = language
        self.catalog = repository.catalog()
        self.setWindowTitle("glueplan")

        self.library = LibraryPanel(self.catalog, language)
        self.map = MuscleMap(self.catalog, language)
        self.detail = ExerciseDetail(self.catalog, language)
        self.programs = ProgramsPage(repository, trainee_id, self.catalog, language)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.map, self.tr("Muscle map"))
        self.tabs.addTab(self.programs, self.tr("Programs"))
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.library)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(1, 1)  # the map takes what the side panels leave
        self.splitter.setChildrenCollapsible(False)
        self.library.setMinimumWidth(260)
        self.detail.setMinimumWidth(300)
        self.setCentralWidget(self.splitter)

        self.map.muscles_picked.connect(self.library.set_picked)
        self.library.muscles_picked.connect(self.map.set_picked)
        self.library.exercise_selected.connect(self._exercise_selected)
        self.programs.program_started.connect(self._program_started)
        self._build_menus()
        self.statusBar().showMessage(self.tr("%n exercises in the catalogue", "", len(self.catalog.exercises)))
        self.resize(1400, 860)
        self.splitter.setSizes([320, 700, 380])
        self._restore()

    # -- menus ------------------------------------------------------------------------------

    def _action(self, text: str, slot: object, shortcut: QKeySequence | QKeySequence.StandardKey | None = None
                ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        self.new_action = self._action(self.tr("&New exercise…"), self.new_exercise, QKeySequence.StandardKey.New)
        self.duplicate_action = self._action(self.tr("&Duplicate exercise…"), self.duplicate_exercise,
                                             QKeySequence("Ctrl+D"))
        self.edit_action = self._action(self.tr("&Edit exercise…"), self.edit_exercise, QKeySequence("Ctrl+E"))
        quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        for action in (self.new_action, self.duplicate_action, self.edit_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addAction(self._action(self.tr("&Find exercise"), self.find_exercise, QKeySequence.StandardKey.Find))
        edit_menu.addAction(self._action(self.tr("&Clear muscles"), self.library.clear_picked,
                                         QKeySequence("Ctrl+Shift+M")))

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(self._action(self.tr("&Muscle map"), self.show_map, QKeySequence("Ctrl+1")))
        view_menu.addAction(self._action(self.tr("&Programs"), self.show_programs, QKeySequence("Ctrl+2")))

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About glueplan"), self.show_about))
        self._exercise_selected(None)

    # -- the chosen exercise ----------------------------------------------------------------

    def _exercise_selected(self, exercise: Exercise | None) -> None:
        self.detail.show_exercise(exercise)
        self.map.show_involvement(dict(exercise.muscles) if exercise is not None else {})
        self.duplicate_action.setEnabled(exercise is not None)
        self.edit_action.setEnabled(exercise is not None and exercise.custom)

    def new_exercise(self) -> None:
        self._edit(None)

    def duplicate_exercise(self) -> None:
        self._edit(self.library.selected())

    def edit_exercise(self) -> None:
        exercise = self.library.selected()
        if exercise is not None and exercise.custom:
            self._edit(exercise)

    def _edit(self, start: Exercise | None) -> None:
        editor = ExerciseEditor(self.catalog, self.language, start, self)
        if editor.exec() != QDialog.DialogCode.Accepted:
            return
        entered = editor.exercise()
        saved = (self.repository.update_custom_exercise(entered) if entered.id
                 else self.repository.add_custom_exercise(entered))
        self.set_catalog()
        self.library.select(saved.id)
        self.statusBar().showMessage(self.tr("Saved “%1”.").replace("%1", saved.name[self.language]), 5000)

    def set_catalog(self) -> None:
        """Reload the catalogue after the user's own exercises changed."""
        self.catalog = self.repository.catalog()
        self.library.set_catalog(self.catalog)
        self.detail.set_catalog(self.catalog)

    # -- views ------------------------------------------------------------------------------

    def find_exercise(self) -> None:
        self.library.search.setFocus()
        self.library.search.selectAll()

    def show_map(self) -> None:
        self.tabs.setCurrentWidget(self.map)

    def show_programs(self) -> None:
        self.tabs.setCurrentWidget(self.programs)

    def _program_started(self, _program_id: int, name: str) -> None:
        self.statusBar().showMessage(self.tr("Started “%1”.").replace("%1", name), 5000)

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About glueplan"),
                          self.tr("glueplan %1: plan, check and log glute training.").replace("%1", __version__))

    # -- remembered layout ------------------------------------------------------------------

    def _restore(self) -> None:
        settings = QSettings()
        geometry = settings.value("main_window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        splitter = settings.value("main_window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        tab = settings.value("main_window/tab", 0, int)
        self.tabs.setCurrentIndex(tab if isinstance(tab, int) else 0)

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = QSettings()
        settings.setValue("main_window/geometry", self.saveGeometry())
        settings.setValue("main_window/splitter", self.splitter.saveState())
        settings.setValue("main_window/tab", self.tabs.currentIndex())
        super().closeEvent(event)
