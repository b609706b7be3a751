"""The main window: exercise library on the left, muscle map and programs in the middle,
the chosen exercise on the right. Layout and size are remembered between runs."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QResizeEvent, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from glueplan.app.changes import ChangeSet
from glueplan.app.command import History
from glueplan.domain.catalog import Catalog, Exercise
from glueplan.domain.language import Language
from glueplan.domain.messages import messages
from glueplan.domain.plan import Weekday
from glueplan.ui.illustration.thumbnails import thumbnails
from glueplan.ui.library.exercise_detail import ExerciseDetail
from glueplan.ui.library.panel import LibraryPanel
from glueplan.ui.map.muscle_map import MuscleMap
from glueplan.ui.panels_splitter import PanelsSplitter
from glueplan.ui.shared.broken_install import why_not_loaded
from glueplan.ui.shared.keyboard_focus import first_field, keep_keyboard_shown, keyboard_to
from glueplan.ui.shared.lazy_tab import LazyTab
from glueplan.ui.shared.logged_text import day_text
from glueplan.ui.shared.modal import asked
from glueplan.ui.shared.plain_text import ask, filled, no_mnemonic, plain, tell
from glueplan.ui.shared.refusal_title import refusal_title
from glueplan.ui.shared.status_line import StatusLine
from glueplan.ui.shared.undo_text import UndoText
from glueplan.ui.shared.window_undo import UndoFollowsWindow
from glueplan.ui.trainee_bar import TraineeBar

if TYPE_CHECKING:
    from datetime import date

    from PySide6.QtPrintSupport import QPrinter

    from glueplan.domain.trainee import Trainee
    from glueplan.ui.charts.page import ChartsPage
    from glueplan.ui.help.guide import GettingStarted
    from glueplan.ui.history.table import HistoryPage
    from glueplan.ui.log.page import LogPage
    from glueplan.ui.programs.page import ProgramsPage
    from glueplan.ui.shared.live_workspace import LiveWorkspace, Took
    from glueplan.ui.week.page import WeekPage
    from glueplan.ui.welcome import Welcome

COMFORTABLE = QSize(1400, 860)  # the library, the seven days of the Week tab and the details side by side


class MainWindow(QMainWindow):
    """Built from the catalogue alone so that it paints at once; ``attach`` then brings the
    user's database (their own exercises and programs) a moment later.

    ``first_painted`` is emitted once, after the window's first paint.
    """

    first_painted = Signal()
    preferences_changed = Signal(object)  # the Preferences saved in Edit > Preferences
    steps_moved = Signal()  # an undo history or the tab changed: Edit > Undo and Redo say their step again

    def __init__(self, catalog: Catalog, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._painted = False
        self.live: LiveWorkspace | None = None
        self.language = language
        self.setWindowTitle("glueplan")

        thumbnails().hold()  # the exercise pictures are drawn once the window is usable (attach)
        self.library = LibraryPanel(catalog, language)
        self.map = MuscleMap(catalog, language)
        self.detail = ExerciseDetail(catalog, language)
        self.week_page: WeekPage | None = None
        self.guide: GettingStarted | None = None
        self.welcome: Welcome | None = None  # on a new user's first start (_welcome_first_start)
        self._refusal = ""  # a refused undo or redo said in the status bar, until it no longer applies
        self._said_to_all = ""  # the status bar's last word about no one trainee (_say_to_all)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self._add_pages()
        self.splitter = PanelsSplitter()
        # Library, tabs, details from left to right, but the details first in the focus chain (and the
        # switcher after them, in attach): Qt puts a page built later at the chain's end, which then is
        # after the tabs, so Tab goes switcher, library, tabs, the page shown, details, switcher.
        self.splitter.addWidget(self.detail)
        self.splitter.insertWidget(0, self.library)
        self.splitter.insertWidget(1, self.tabs)
        self.splitter.setStretchFactor(1, 1)  # the map takes what the side panels leave
        self.splitter.setChildrenCollapsible(False)
        self.detail.setMinimumWidth(200)  # room for every tab in a 1024 px window; its text wraps
        central = QWidget(self)
        self.central_layout = QVBoxLayout(central)  # the copy notice, then the first start's welcome, above (attach)
        self.central_layout.setContentsMargins(0, 0, 0, 0)
        self.central_layout.addWidget(self.splitter, 1)  # all the welcome leaves (it took a share of what was left)
        self.setCentralWidget(central)
        self.library.search.setFocus()  # where the keyboard starts (first in the chain are the details)
        keep_keyboard_shown()

        tab = QSettings().value("main_window/tab", 0, int)  # the tab left open, its page blank until attach
        if isinstance(tab, int) and 0 <= tab < self.tabs.count():
            self.tabs.setCurrentIndex(tab)
        self._tab_changed()
        self.tabs.currentChanged.connect(self._tab_changed)
        self.tabs.tabBarClicked.connect(self._tab_clicked)
        self.map.muscles_picked.connect(self.library.set_picked)
        self.library.muscles_picked.connect(self.map.set_picked)
        self.library.exercise_selected.connect(self._exercise_selected)
        self._build_menus()
        # The switcher's bar, empty until attach: there from the first frame, the panels do not move down then.
        self.trainee_bar = TraineeBar(self.profile_action, self)  # the title names the trainee
        self.addToolBar(self.trainee_bar)
        self.setStatusBar(StatusLine(self))  # a long message wraps (one cut at the window's edge lost what to do)
        self._say_catalogue_size(catalog)
        available = self.screen().availableGeometry()
        self.resize(min(COMFORTABLE.width(), int(available.width() * 0.92)),
                    min(COMFORTABLE.height(), int(available.height() * 0.9)))
        self.splitter.setSizes([320, max(300, self.width() - 700), 380])
        self._placed = self._restore()

    def _add_pages(self) -> None:
        """Every tab, in its place from the first paint: the map, and the pages that need the workspace, blank until
        attach (they came with it, a moment after the first paint, and the window jumped: the map gave way to the
        Week tab left open at the last run). Every page is made with its parent: PySide6 does not hand a widget
        given to addTab over to Qt, so one made without a parent was deleted by Python's collector inside a live
        window."""
        self.tabs.addTab(self.map, self.tr("Muscle map"))
        self.week_tab = QStackedWidget(self.tabs)  # the week, or how to start a program (_show_program)
        self.tabs.addTab(self.week_tab, self.tr("Week"))
        self.log_tab = LazyTab(self._log_page, self.tabs)
        self.history_tab = LazyTab(self._history_page, self.tabs)
        # pyqtgraph takes 0.4 s and more to import: imported while idle (import_ahead)
        self.charts_tab = LazyTab(self._charts_page, self.tabs, ahead="pyqtgraph")
        self.programs_tab = LazyTab(self._programs_page, self.tabs)
        self.tabs.addTab(self.log_tab, self.tr("Log"))
        self.tabs.addTab(self.history_tab, self.tr("History"))
        self.tabs.addTab(self.charts_tab, self.tr("Charts"))
        self.tabs.addTab(self.programs_tab, self.tr("Programs"))
        # Every tab in sight: in a narrow window (1024 px) the side panels give up room before the tabs
        # scroll out of sight; a wide window keeps the panels' widths.
        self.tabs.setMinimumWidth(self.tabs.tabBar().sizeHint().width())

    def attach(self, live: LiveWorkspace) -> None:
        """Bring in the user's workspace: their own exercises, their programs, their log. The
        pages other than the map are built when first shown, the one left open at the last run now."""
        from glueplan.ui.shared.changes_elsewhere import follow_changes_elsewhere
        from glueplan.ui.shared.copy_notice import show_copy_notice  # imports SQLAlchemy: after the first paint
        from glueplan.ui.shared.start_again import news_at_start

        self.live = live
        # The keyboard where the window put it before the database was open, nothing typed: the page reopened
        # below takes it (asked now: building the pages takes it away from the search for a moment).
        untouched = self.focusWidget() is self.library.search and not self.library.search.text()
        show_copy_notice(self.central_layout, live)
        follow_changes_elsewhere(live).program_reloaded.connect(self._program_reloaded)
        follow_changes_elsewhere(live).trainee_archived.connect(self._trainee_archived)
        follow_changes_elsewhere(live).not_saved.connect(self._say_until_next_step)
        live.changed.connect(self._workspace_changed)
        self.trainee_bar.attach(live)
        # Before the library (see __init__). Set now, not as the bar is made: the copy notice's button made since
        # went between the switcher and the details then.
        QWidget.setTabOrder(self.detail, self.trainee_bar.switcher)
        first = self.file_menu.actions()[0]
        self.file_menu.insertActions(first, list(self.trainee_bar.file_actions))
        self.file_menu.insertSeparator(first)
        live.failed.connect(self._failed)
        live.took_in.connect(self._took_in)
        live.kept_lived.connect(self._kept_lived)
        live.all_lived.connect(self._all_lived)
        live.written_broke.connect(self._written_broke)
        live.moved_on.connect(self._refusal_over)
        live.steps_moved.connect(self.steps_moved)
        live.trainee_shown.connect(self._trainee_shown)
        live.plan_outdated.connect(self._program_reloaded)
        self.library.set_catalog(live.catalog)
        self.detail.set_catalog(live.catalog)
        self._say_catalogue_size(live.catalog)  # the user's own exercises with the built-in ones
        if news := news_at_start():  # what glueplan did before it started this one again (a restore)
            from glueplan.ui.files.restore_dialog import say_restored

            say_restored(self, news)
        self.week_hint = QLabel(self.tr("Start a program on the Programs tab, and plan its weeks here."),
                                self.week_tab)
        self.week_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.week_tab.addWidget(self.week_hint)
        for action in (*self.view_actions.values(), self.new_action, self.profile_action,
                       self.import_action, *self.file_actions):
            action.setEnabled(True)
        self.plan_action.setEnabled(True)
        self._show_program()  # builds the page of the tab shown (_tab_changed)
        self._exercise_selected(self.library.selected())
        if untouched and self.tabs.currentIndex() > 0:  # on the map the library's search is where the keyboard starts
            self._show_page(self.tabs.currentWidget())  # reopened on the Log tab, a date typed there filtered it
        self._welcome_first_start(live)
        if self.focusWidget() is None:  # building the pages took it from the search field
            self.library.search.setFocus()
        thumbnails().release()

    def _welcome_first_start(self, live: LiveWorkspace) -> None:
        """A new user's first start: the welcome above the panels asks the units and the name, and shows the way."""
        from glueplan.ui.first_start import wanted

        if wanted(live):
            from glueplan.ui.welcome import Welcome

            self.welcome = Welcome(live, self.centralWidget())
            self.welcome.step_wanted.connect(lambda step: self.show_guide() if step == "guide" else
                                             self.show_tab(step))
            self.welcome.finished.connect(self._welcome_gone)
            self.central_layout.insertWidget(self.central_layout.indexOf(self.splitter), self.welcome)  # under a notice
            self._fit_welcome()

    def _fit_welcome(self) -> None:
        """Below the comfortable height the welcome takes less of it: the library under it keeps its rows."""
        if self.welcome is not None:
            self.welcome.set_short(self.height() < COMFORTABLE.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_welcome()

    def _welcome_gone(self) -> None:
        self.welcome = None

    def _current_page_sets_width(self) -> None:
        """Only the page shown sets how narrow the tabs may be: else the week's seven columns, or the
        charts' controls, would squeeze the library and the details beside the map."""
        current = self.tabs.currentWidget()
        for tab in range(self.tabs.count()):
            page = self.tabs.widget(tab)
            page.setSizePolicy(QSizePolicy.Policy.Preferred if page is current else QSizePolicy.Policy.Ignored,
                               page.sizePolicy().verticalPolicy())

    def _log_page(self) -> LogPage:
        from glueplan.ui.log.page import LogPage  # each page's code is imported when it is first shown

        assert self.live is not None
        page = LogPage(self.live)
        page.wanted.connect(functools.partial(self.show_tab, "log"))  # a set typed could not be logged: why
        chosen = self.library.selected()
        page.offer(chosen.id if chosen is not None else None)
        return page

    def _programs_page(self) -> ProgramsPage:
        from glueplan.ui.programs.page import ProgramsPage

        assert self.live is not None
        page = ProgramsPage(self.live)
        page.program_started.connect(self._program_started)
        page.program_chosen.connect(self._program_chosen)
        return page

    def _history_page(self) -> HistoryPage:
        from glueplan.ui.history.table import HistoryModel, HistoryPage

        assert self.live is not None
        return HistoryPage(HistoryModel(self.live))

    def _charts_page(self) -> ChartsPage | QWidget:
        """The Charts page; where pyqtgraph (or another part it needs) cannot be loaded, a broken installation, the
        tab says so in its place: the page's import raised out of the tab's choice, a traceback and a blank tab."""
        try:
            from glueplan.ui.charts.page import ChartsPage
        except Exception as error:  # whatever a broken installation raises (ui/shared/broken_install.py)
            page = QWidget(self.charts_tab)
            said = plain(QLabel(messages()("charts.broken_install", self.language, reason=why_not_loaded(error))))
            said.setWordWrap(True)
            said.setMaximumWidth(said.fontMetrics().averageCharWidth() * 70)  # lines a reader's eye can follow
            QVBoxLayout(page).addWidget(said, 0, Qt.AlignmentFlag.AlignCenter)
            return page
        assert self.live is not None
        return ChartsPage(self.live)

    def programs_page(self) -> ProgramsPage:
        return self.programs_tab.build()

    def _say_catalogue_size(self, catalog: Catalog) -> None:
        self._say_to_all(self.tr("%n exercises in the catalogue", "", len(catalog.exercises)))

    def _say_to_all(self, text: str, timeout: int = 0) -> None:
        """A word in the status bar that is about no one trainee (the catalogue, a backup), kept when another is
        shown; every other word is about the trainee shown when it was said, and goes then (_trainee_shown)."""
        self._said_to_all = text
        self.statusBar().showMessage(text, timeout)

    def _trainee_shown(self) -> None:
        """Another trainee is shown: a word said of the one before ("“Balleprogram” er startet") went on showing
        on the next one's Log tab."""
        if self.statusBar().currentMessage() != self._said_to_all:
            self.statusBar().clearMessage()

    def _workspace_changed(self, change: ChangeSet) -> None:
        if change.catalog and self.live is not None:
            self.library.set_catalog(self.live.catalog)
            self.detail.set_catalog(self.live.catalog)
        if change.program:
            self._show_program()

    def _show_program(self) -> None:
        """The Week tab shows the open program, or how to start one."""
        from glueplan.ui.week.page import WeekPage

        assert self.live is not None
        if self.live.workspace.program is None:
            self.week_tab.setCurrentWidget(self.week_hint)
            if self.week_page is not None:  # views of a program exist only while one is open
                self.week_page.stop_following()
                self.week_tab.removeWidget(self.week_page)
                self.week_page.deleteLater()
                self.week_page = None
        elif self.week_page is None:
            self.week_page = WeekPage(self.live)
            self.week_page.calendar.refused.connect(self._refused)
            self.week_tab.addWidget(self.week_page)
            self.week_tab.setCurrentWidget(self.week_page)
        else:
            self.week_tab.setCurrentWidget(self.week_page)
        self._tab_changed()
        self.add_to_day_action.setEnabled(self.week_page is not None and self.library.selected() is not None)
        for action in self.print_actions:
            action.setEnabled(self.live.workspace.program is not None)

    def open_program(self, program_id: int) -> None:
        """Plan this program on the Week tab (the plan's undo history starts anew)."""
        assert self.live is not None
        self.live.open_program(program_id)

    # -- menus ------------------------------------------------------------------------------

    def _action(self, text: str, slot: Callable[[], object],
                shortcut: QKeySequence | QKeySequence.StandardKey | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    def _step_action(self, alone: str, step: str, redo: bool) -> QAction:
        """Edit > Undo or Redo, named after the step it takes back or brings back. (Qt's own undo
        actions put the step's words in the menu as they are, and a name's "&" became a mnemonic.)
        ``step`` puts the step's name, capitalised as Undo history lists it, as the language puts it:
        "Undo Edit set" in English, where a command keeps its capital, but "Angre: Endre sett" in
        Bokmål and "Fortryd: Slet sæt" in Danish, which read "Angre Endre sett" as a capital in the
        middle of a sentence."""
        action = QAction(alone, self)
        action.setEnabled(False)

        def offered() -> QUndoStack | None:
            """The history whose step the action takes on the tab shown (LiveWorkspace.undo_stack)."""
            return None if self.live is None else self.live.undo_stack(self._page_history(), redo)

        def show() -> None:
            stack = offered()
            text = "" if stack is None else stack.redoText() if redo else stack.undoText()
            waiting = alone if redo else self._undo_waits(alone)
            action.setText(step.replace("%1", no_mnemonic(text)) if text else waiting)
            action.setEnabled(stack is not None)

        def take() -> None:
            stack = offered()
            if stack is not None:
                stack.redo() if redo else stack.undo()

        self.steps_moved.connect(show)
        action.triggered.connect(take)
        return action

    def _undo_waits(self, alone: str) -> str:
        """A greyed Undo says where to undo first when a step waits behind a newer one made on another
        tab (an import behind a set edited since on the History tab): greyed alone, it said nothing."""
        waits = None if self.live is None else self.live.waits_on(self._page_history())
        if waits is History.LOG:
            return self.tr("&Undo (first on the Log or History tab)")
        if waits is History.PLAN:
            return self.tr("&Undo (first on the Week or Programs tab)")
        return alone

    def _page_history(self) -> History:
        """Undo follows the tab: the log's steps on the Log and History tabs, the plan's elsewhere."""
        return History.LOG if self.tabs.currentWidget() in (self.log_tab, self.history_tab) else History.PLAN

    def _build_menus(self) -> None:
        self.new_action = self._action(self.tr("&New exercise…"), self.new_exercise, QKeySequence.StandardKey.New)
        self.duplicate_action = self._action(self.tr("&Duplicate exercise…"), self.duplicate_exercise,
                                             QKeySequence("Ctrl+D"))
        # Ctrl+E is "end of line" in text fields on Linux, where the focus often is.
        self.edit_action = self._action(self.tr("&Edit exercise…"), self.edit_exercise, QKeySequence("Ctrl+Shift+E"))
        self.delete_action = self._action(self.tr("De&lete exercise…"), self.delete_exercise)
        quit_action = self._action(self.tr("&Quit"), self.quit, QKeySequence.StandardKey.Quit)
        file_menu = self.file_menu = self.menuBar().addMenu(self.tr("&File"))
        exercise_actions = (self.new_action, self.duplicate_action, self.edit_action, self.delete_action)
        file_menu.addActions(exercise_actions)
        self.library.view.addActions(exercise_actions)  # the list's context menu: what can be done with one
        self.library.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        file_menu.addSeparator()
        self.print_actions = (self._action(self.tr("&Print…"), lambda: self.print_program(),
                                           QKeySequence.StandardKey.Print),
                              self._action(self.tr("E&xport PDF…"), self.export_program_pdf))
        for action in self.print_actions:
            action.setEnabled(False)  # until a program is open
            file_menu.addAction(action)
        file_menu.addSeparator()
        self.file_actions = (self._action(self.tr("Back &up now…"), self.back_up_now),
                             self._action(self.tr("Exp&ort…"), self.export_data),
                             self._action(self.tr("Restore from &backup…"), self.restore_backup))
        for action in self.file_actions:
            action.setEnabled(False)  # until the database is open
            file_menu.addAction(action)
        file_menu.addSeparator()
        self.import_action = self._action(self.tr("&Import history…"), self.import_history)
        self.import_action.setEnabled(False)
        file_menu.addAction(self.import_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = self._step_action(self.tr("&Undo"), self.tr("&Undo %1"), redo=False)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self._step_action(self.tr("&Redo"), self.tr("&Redo %1"), redo=True)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])  # no ambiguity
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        self.undo_follows_window = UndoFollowsWindow(self, self.undo_action, self.redo_action)
        self.history_menu = edit_menu.addMenu(self.tr("Undo &history"))
        self.history_menu.aboutToShow.connect(self._fill_history)
        edit_menu.addSeparator()
        self.add_to_day_action = self._action(self.tr("&Add exercise to a day…"), self.add_to_day,
                                              QKeySequence("Ctrl+Return"))
        self.add_to_day_action.setEnabled(False)
        edit_menu.addAction(self.add_to_day_action)
        self.profile_action = self._action(self.tr("&Profile…"), self.edit_profile)
        self.profile_action.setEnabled(False)
        edit_menu.addAction(self.profile_action)
        preferences = self._action(self.tr("Pr&eferences…"), self.edit_preferences)
        # The desktop's key where it names one; GNOME, X11 without a desktop and Windows name none.
        preferences.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
                                 or [QKeySequence("Ctrl+,")])
        preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        edit_menu.addAction(preferences)
        edit_menu.addSeparator()
        edit_menu.addAction(self._action(self.tr("&Find exercise"), self.find_exercise, QKeySequence.StandardKey.Find))
        edit_menu.addAction(self._action(self.tr("&Clear muscles"), self.library.clear_picked,
                                         QKeySequence("Ctrl+Shift+M")))

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        # Every tab, in the tabs' order and by its number: the log, history and charts had neither an
        # item nor a shortcut, and from the library the keyboard reached them only through the tab bar.
        pages = (("map", self.tr("&Muscle map")), ("week", self.tr("&Week")), ("log", self.tr("&Log")),
                 ("history", self.tr("&History")), ("charts", self.tr("&Charts")), ("programs", self.tr("&Programs")))
        self.view_actions = {name: self._action(text, functools.partial(self.show_tab, name),
                                                QKeySequence(f"Ctrl+{number}"))
                             for number, (name, text) in enumerate(pages, 1)}
        view_menu.addActions(list(self.view_actions.values()))
        for name, action in self.view_actions.items():
            action.setEnabled(name == "map")  # the others once the workspace is open

        programs_menu = self.menuBar().addMenu(self.tr("P&rograms"))
        self.plan_action = self._action(self.tr("Plan my &week…"), self.plan_week)
        self.plan_action.setEnabled(False)
        programs_menu.addAction(self.plan_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&Getting started"), self.show_guide,
                                         QKeySequence.StandardKey.HelpContents))
        help_menu.addAction(self._action(self.tr("&About glueplan"), self.show_about))
        self.new_action.setEnabled(False)
        self._exercise_selected(None)

    # -- printing (glueplan/ui/print/print_dialog.py) ----------------------------------------

    def print_program(self, printer: QPrinter | None = None) -> None:
        """The open program's sheet in a print preview, from which the user prints: on the printer
        given, or one the preview sets up (its Print button asks the system which)."""
        from glueplan.ui.print import print_dialog  # Qt's print support only when printing

        if self.live is not None and (sheet := print_dialog.ask_sheet(self.live, self.tr("Print"), self)):
            with asked(print_dialog.preview_dialog(sheet, self, printer, self.language)) as preview:
                preview.exec()

    def export_program_pdf(self) -> None:
        from glueplan.ui.print import print_dialog

        if self.live is not None and (sheet := print_dialog.ask_sheet(self.live, self.tr("Export PDF"), self)):
            written = print_dialog.export_pdf(sheet, self, self.live.language)
            if written is not None:
                self.statusBar().showMessage(self.tr("Saved “%1”.").replace("%1", str(written)), 5000)

    # -- exports and backups (glueplan/ui/files) ----------------------------------------------

    def export_data(self) -> None:
        from glueplan.ui.files.export import export_file

        if self.live is not None and (written := export_file(self.live.workspace.repository,
                                                             self.live.workspace.trainee_id, self.live.language,
                                                             self)):
            self.statusBar().showMessage(self.tr("Saved “%1”.").replace("%1", str(written)), 5000)

    def back_up_now(self) -> None:
        from glueplan.ui.files.export import back_up_now

        if self.live is not None and (written := back_up_now(self.live.workspace.repository, self.live.language,
                                                             self)):
            self._say_to_all(self.tr("Backed up to “%1”.").replace("%1", str(written)))

    def restore_backup(self) -> None:
        from glueplan.ui.files.restore_dialog import restore_from_menu

        if self.live is not None:
            restore_from_menu(self.live, self, functools.partial(self._typed_sets_settled, restoring=True))

    # -- the chosen exercise ----------------------------------------------------------------

    def _exercise_selected(self, exercise: Exercise | None) -> None:
        self.detail.show_exercise(exercise)
        self.map.show_involvement(dict(exercise.muscles) if exercise is not None else {})
        stored = self.live is not None
        self.add_to_day_action.setEnabled(self.week_page is not None and exercise is not None)
        self.duplicate_action.setEnabled(stored and exercise is not None)
        self.edit_action.setEnabled(stored and exercise is not None and exercise.custom)
        self.delete_action.setEnabled(self.edit_action.isEnabled())  # the user's own exercises only
        if stored and self.log_tab.page is not None and exercise is not None:
            self.log_tab.page.offer(exercise.id)  # the one Add exercise adds

    def new_exercise(self) -> None:
        self._edit(None)

    def duplicate_exercise(self) -> None:
        self._edit(self.library.selected())

    def edit_exercise(self) -> None:
        exercise = self.library.selected()
        if exercise is not None and exercise.custom:
            self._edit(exercise)

    def delete_exercise(self) -> None:
        """Delete the chosen own exercise, asked first; one that a program, the log or a template uses
        is kept, and the message says where."""
        exercise = self.library.selected()
        if self.live is None or exercise is None or not exercise.custom:
            return
        from glueplan.app.setup_edits import DeleteOwnExercise, in_use

        name = exercise.name[self.language]
        refused = in_use(self.live.workspace, exercise)  # said at once, not after a question
        if refused is None:
            title = self.tr("Delete exercise")
            question = self.tr("Delete “%1”? Edit > Undo brings it back.").replace("%1", name)
            if ask(self, QMessageBox.Icon.Question, title, question, QMessageBox.StandardButton.Yes
                   | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
                return
            delete = DeleteOwnExercise(exercise, UndoText(lambda: self.tr("Delete “%1”").replace("%1", name)))
            refused = self.live.run(delete)  # a use added meanwhile in another window: refused still
        if refused is not None:
            ask(self, QMessageBox.Icon.Warning, refusal_title(self.tr("Exercise not deleted"), refused.in_doubt),
                refused.text(self.language))
        else:
            self._say_to_all(self.tr("Deleted “%1”.").replace("%1", name), 5000)

    def _edit(self, start: Exercise | None) -> None:
        if self.live is None:
            return
        from glueplan.ui.library.exercise_editor import ExerciseEditor  # 6 ms of imports, not before the first paint

        with asked(ExerciseEditor(self.live.catalog, self.language, start, self)) as editor:
            if editor.exec() != QDialog.DialogCode.Accepted:
                return
            exercise = editor.exercise()
        from glueplan.app.setup_edits import SaveOwnExercise  # the app layer is not needed for the first paint

        command = SaveOwnExercise(exercise, UndoText(lambda: self.tr("Save own exercise")))
        if self.live.run_or_report(command) and command.saved is not None:
            self.library.select(command.saved.id)
            self._say_to_all(self.tr("Saved “%1”.").replace("%1", command.saved.name[self.language]), 5000)

    def _took_in(self, saved_by: str) -> None:
        """In passing, not in a box: nothing was lost, and nothing is asked of the user."""
        self.statusBar().showMessage(self.tr("%1 changed the program meanwhile: that change is kept, and yours was "
                                             "saved with it.").replace("%1", saved_by) if saved_by else
                                     self.tr("The program was changed elsewhere meanwhile: that change is kept, and "
                                             "yours was saved with it."), 8000)

    def _kept_lived(self, days: tuple[date, ...], undone: bool) -> None:
        """In passing, as a step made again on another's save: the step was taken, and what it left is the days a
        week judges done or missed by."""
        said = self.tr("Undone, except the days gone or logged since, which stay as they were: %1.") if undone else \
            self.tr("Redone, except the days gone or logged since, which stay as they were: %1.")
        self.statusBar().showMessage(filled(said, self._days_said(days)), 8000)

    def _all_lived(self, days: tuple[date, ...], undone: bool) -> None:
        """As a refusal, until the next step: nothing was taken, and the step is gone from the history (it would be
        refused each time, and held every older step behind it)."""
        said = self.tr("Nothing undone: every day the step changed is gone or logged since (%1), so it is taken off "
                       "the undo history.") if undone else \
            self.tr("Nothing redone: every day the step changed is gone or logged since (%1), so it is taken off "
                    "the undo history.")
        self._say_until_next_step(filled(said, self._days_said(days)))

    def _days_said(self, days: tuple[date, ...]) -> str:
        """Days as a sentence names them ("Wednesday 25 November"), joined as the findings join."""
        from glueplan.domain.findings import join  # the rules' sentences: not needed for the first paint

        return join([day_text(day, self.language) for day in days], self.language)

    def _program_reloaded(self) -> None:
        """Said only when the plan's steps were dropped: another program made active elsewhere, or the one open
        deleted there. A program merely saved elsewhere keeps them (each undo is made on that save)."""
        self.statusBar().showMessage(self.tr("Another program was made active elsewhere, or the one open here was "
                                             "deleted: the edits made to it here can no longer be undone."), 8000)

    def _trainee_archived(self, trainee_id: int, name: str) -> None:
        """Said in a box, not in passing: what is typed or logged from now on is the other trainee's. A set typed
        for the one archived is kept for them, and said to be: closing glueplan before they are restored loses it."""
        assert self.live is not None
        said = filled(self.tr(
            "“%1” was archived in another window, and this window shows “%2” now. Their programs and log are "
            "kept: File > Restore archived trainee brings them back."), name, self.live.trainee.name)
        if self.log_tab.page is not None and self.log_tab.page.typed_for(trainee_id):
            said += " " + filled(self.tr("The set typed for “%1” and not logged is kept, there again once they are "
                                         "restored; closing glueplan before that loses it."), name)
        tell(self, said)

    def _refused(self, reason: str) -> None:
        self.statusBar().showMessage(reason, 8000)

    def _failed(self, history: History, reason: str, in_doubt: bool) -> None:
        """Refused plan edits and the window's steps are said in a dialog, titled by what happened: not saved, or
        perhaps saved (a COMMIT in doubt). A refused undo or redo of the log's (its entries say their own beside
        them) is said in the status bar, seen on every tab (on the Log tab's line alone, it went unseen from
        History), until the next step or another trainee."""
        if history is History.LOG:
            self._say_until_next_step(reason)
        else:
            self._warn_soon(refusal_title(self.tr("Not saved"), in_doubt), reason)

    def _written_broke(self, reason: str, took: Took) -> None:
        """An edit, undo or redo saved, and then broken as the window took it in (a bug, or a read refused): said in a
        box on the next turn, as a refused plan step is. The window reads the database again first
        (ui/shared/changes_elsewhere.py, told first), but that read may be refused too: the words hold either way."""
        from glueplan.ui.shared.live_workspace import Took  # imported with the workspace, after the first screen

        said = {
            Took.DONE: self.tr("Saved in the database, but the window could not show the result. It shows what the "
                                "database holds as soon as it can read it again; the change cannot be undone with "
                                "Undo. The error: %1"),
            Took.UNDONE: self.tr("Undone in the database, but the window could not show the result. It shows what the "
                                 "database holds as soon as it can read it again; the step is taken off the undo "
                                 "history. The error: %1"),
            Took.REDONE: self.tr("Redone in the database, but the window could not show the result. It shows what the "
                                 "database holds as soon as it can read it again; the step is taken off the undo "
                                 "history. The error: %1"),
        }[took]
        self._warn_soon("glueplan", filled(said, reason))

    def _warn_soon(self, title: str, said: str) -> None:
        """A warning in a box on the next turn of the event loop: said from within the undo history's move, the box's
        own loop would put the step back, or clear the history, there (a crash)."""
        QTimer.singleShot(0, self, lambda: ask(self, QMessageBox.Icon.Warning, title, said))

    def _say_until_next_step(self, reason: str) -> None:
        """A refusal in the status bar, seen on every tab, until the next step or another trainee (an edit for
        a trainee archived elsewhere: said once the window shows another, after the box that says so)."""
        self._refusal = reason
        self.statusBar().showMessage(reason)

    def _refusal_over(self) -> None:
        if self._refusal and self.statusBar().currentMessage() == self._refusal:
            self.statusBar().clearMessage()
        self._refusal = ""

    # -- views ------------------------------------------------------------------------------

    def find_exercise(self) -> None:
        self.library.search.setFocus()
        self.library.search.selectAll()

    def show_map(self) -> None:
        self.tabs.setCurrentWidget(self.map)

    def _tab_changed(self) -> None:
        """The exercise details show beside the map and the programs; Undo follows the tab:
        the plan's edits on the Week, Programs and map tabs, the log's on the Log and History tabs."""
        current = self.tabs.currentWidget()
        self.splitter.details_wanted = current in (self.map, self.programs_tab)  # the other tabs need the room
        self._current_page_sets_width()
        self.splitter.fit_details()
        if self.live is None:
            return
        self.steps_moved.emit()
        if isinstance(current, LazyTab):
            current.build()

    def show_week(self) -> None:
        if self.live is not None:
            self.tabs.setCurrentWidget(self.week_tab)

    def add_to_day(self) -> None:
        """The keyboard way to do what a drop does: pick a day for the chosen exercise."""
        exercise = self.library.selected()
        if exercise is None or self.week_page is None:
            return
        from glueplan.ui.week.calendar import add_day_actions  # built with the week page, after the first paint

        menu = QMenu(self)
        add_day_actions(menu, self.language, lambda day: self.add_exercise_on(exercise, day))
        menu.exec(self.library.view.mapToGlobal(self.library.view.visualRect(
            self.library.view.currentIndex()).bottomLeft()))
        menu.deleteLater()

    def add_exercise_on(self, exercise: Exercise, day: Weekday) -> None:
        from glueplan.domain.commands import AddExercise  # 4 ms of imports, not before the first paint

        assert self.week_page is not None and self.live is not None
        self.live.apply(AddExercise(self.week_page.week, day, exercise.id, exercise.prescription,
                                    head=self.week_page.model.new_head(day)))
        self.show_week()

    def _fill_history(self) -> None:
        self.history_menu.clear()
        if self.live is None:
            return
        page = self._page_history()
        names, done, fewest = self.live.steps(page)
        # The start of the list: the program as opened on the plan's tabs, while only its steps are listed.
        start = self.tr("The program as opened") if page is History.PLAN and len(names) == \
            self.live.undo_stacks[page].count() else self.tr("Before these changes")
        for index in range(len(names) + 1):
            text = start if index == 0 else names[index - 1]
            action = self.history_menu.addAction(no_mnemonic(text))
            action.setCheckable(True)
            action.setChecked(index == done)
            action.setEnabled(index >= fewest)
            action.setData(index)
            action.triggered.connect(self._go_to_history)

    def _go_to_history(self) -> None:
        action = self.sender()
        if isinstance(action, QAction) and self.live is not None:
            self.live.go_to(self._page_history(), int(action.data()))

    def edit_profile(self) -> None:
        """Save applies in the dialog: a name taken is said in it, with what was chosen kept (a name emptied keeps
        the old one, ProfileDialog.trainee)."""
        live = self.live
        if live is None:
            return
        from glueplan.app.setup_edits import EditProfile
        from glueplan.ui.profile_dialog import ProfileDialog

        before = live.trainee

        def save(after: Trainee) -> str | None:
            refused = live.run(EditProfile(before, after, UndoText(lambda: self.tr("Edit profile"))))
            return None if refused is None else refused.text(self.language)

        with asked(ProfileDialog(before, self.language, self, save)) as dialog:
            dialog.exec()

    def import_history(self) -> None:
        """File > Import history…: another app's log (or a glueplan backup) into this one."""
        if self.live is None:
            return
        from glueplan.ui.importing.dialog import ImportDialog

        with asked(ImportDialog(self.live, self)) as dialog:
            dialog.resize(760, 560)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            imported = dialog.imported
        # The dialog closes on Import: without a word the user cannot tell it went through.
        said = self.tr("Imported %n sets.", "", imported) if imported else \
            self.tr("Nothing imported: those sets were in the log already.")  # another window was first
        self.statusBar().showMessage(said, 5000)

    def plan_week(self) -> None:
        """Programs > Plan my week…: a proposed program, started as a new one when accepted."""
        from glueplan.ui.programs.plan_dialog import PlanDialog

        if self.live is None:
            return
        with asked(PlanDialog(self.live, self)) as dialog:
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.proposal is None:
                return
            name = dialog.proposal.program.name
        self._program_started(name)

    def show_programs(self) -> None:
        if self.live is not None:
            self.tabs.setCurrentWidget(self.programs_tab)

    def _program_chosen(self, _program_id: int) -> None:
        """The Programs page made the program active and opened it (an undoable step): plan it."""
        self._plan_program()

    def _program_started(self, name: str) -> None:
        """Say the day it begins: started late in a week, it begins next Monday, and "Started" alone let the lifter
        look for today's training."""
        start = self.live.program.start if self.live is not None and self.live.has_program else None
        said = filled(self.tr("Started “%1” from %2."), name, day_text(start, self.language)) if start is not None \
            else self.tr("Started “%1”.").replace("%1", name)
        self.statusBar().showMessage(said, 5000)
        self._plan_program()

    def _plan_program(self) -> None:
        """The week of the program just started or chosen; a keyboard in the tabs goes to its Monday: Qt moved it
        from the Start button gone with its page to the widget after it, the week's ▶, where Ctrl+2 then left it.
        One in the library stays there."""
        if self.live is not None:
            focus = self.focusWidget()  # the window's, also while a dialog that started the program closes
            self.tabs.setCurrentWidget(self.week_tab)
            if focus is not None and self.tabs.isAncestorOf(focus):
                keyboard_to(self._first_field(self.week_tab) or self.tabs.tabBar())

    def show_about(self) -> None:
        from glueplan.ui.help.about import show_about

        show_about(self)

    def show_guide(self) -> None:
        """Help > Getting started, beside the window; shown again if already open."""
        from glueplan.ui.help.guide import GettingStarted

        if self.guide is None:
            self.guide = GettingStarted(self.language, self)
            self.guide.tab_wanted.connect(self.show_tab)
        self.guide.show()
        self.guide.raise_()

    def show_tab(self, name: str) -> None:
        """A tab by its name in the guide's links (the pages other than the map need a workspace)."""
        if self.live is None:
            return
        pages: dict[str, QWidget] = {"map": self.map, "week": self.week_tab, "log": self.log_tab,
                                     "history": self.history_tab, "charts": self.charts_tab,
                                     "programs": self.programs_tab}
        self._show_page(pages.get(name, self.map))

    def _tab_clicked(self, index: int) -> None:
        """A tab clicked puts the keyboard in its page, as its shortcut does (a click leaves it where it was)."""
        if index >= 0 and self.live is not None:  # before the workspace is open, the pages are blank
            self._show_page(self.tabs.widget(index))  # the bar chooses the tab only after saying it was clicked

    def _show_page(self, tab: QWidget) -> None:
        """The tab, with the keyboard in its page and its focus frame drawn: where the page last had it (its
        cursor and choice as they were), else where it starts. Qt moves the keyboard along only from the page
        before, to the widget after the one that had it: from the library's search it stayed there, and a date
        typed for the Log tab ("07") filtered the library to no exercise."""
        been_in = tab.focusWidget() is not None  # else Qt gives the keyboard to the widget after the one that had it
        self.tabs.setCurrentWidget(tab)
        remembered = tab.focusWidget()
        if been_in and remembered is not None and remembered is not tab and (  # one of a form about to be built
                remembered.hasFocus() or remembered.isVisible() and remembered.isEnabled()):  # again hands it on
            keyboard_to(remembered, Qt.FocusReason.OtherFocusReason)
        else:
            keyboard_to(self._first_field(tab) or self.tabs.tabBar())

    def _first_field(self, tab: QWidget) -> QWidget | None:
        """Where the keyboard starts on a page it has not been in: the first exercise's load on the Log tab (the
        date on a day without one), the week's Monday, the list of programs, elsewhere the page's first field.
        None on a page without one (the Week tab before a program), where the tab bar takes it."""
        if tab is self.log_tab and self.log_tab.page is not None:
            return self.log_tab.page.first_field()
        if tab is self.week_tab and self.week_page is not None:
            return self.week_page.calendar.days[0]
        if tab is self.programs_tab and self.programs_tab.page is not None:
            return self.programs_tab.page.program_list
        return first_field(tab)

    def edit_preferences(self) -> None:
        from glueplan.ui.settings.dialog import PreferencesDialog

        with asked(PreferencesDialog(self.live, self, self.language, self.edit_profile)) as dialog:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            chosen = dialog.apply()
        self.preferences_changed.emit(chosen)

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            self.first_painted.emit()
        return handled

    # -- remembered layout ------------------------------------------------------------------

    def _restore(self) -> bool:
        """The layout of the last run; whether there was a window's place to restore."""
        settings = QSettings()
        geometry = settings.value("main_window/geometry")
        placed = isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)
        splitter = settings.value("main_window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        return placed

    def show_first(self) -> None:
        """Show the window where the last run left it; on a first start where the screen leaves its first size
        below the comfortable one, maximized: at 1366x768 it opened at 1256x691, and the Week tab's Sunday was
        cut off."""
        if not self._placed and (self.width() < COMFORTABLE.width() or self.height() < COMFORTABLE.height()):
            self.showMaximized()
        else:
            self.show()

    def quit(self) -> None:
        """File > Quit (Ctrl+Q): the sets typed and not logged are asked about first, as the close button does."""
        if self._typed_sets_settled():
            self.close()

    def _typed_sets_settled(self, restoring: bool = False) -> bool:
        """Whether the window may go on to throw the Log tab's forms away (``restoring`` a backup, or closing):
        nothing typed and not logged, or the user had it logged or let it go (LogPage.let_go). The language
        switch takes them into the new window."""
        page = self.log_tab.page
        return page is None or page.let_go(restoring)

    def closeEvent(self, event: QCloseEvent) -> None:
        """The window's close button (a close the window system asks for) first asks about the sets typed and not
        logged, as File > Quit does (quit); a close of the program's own (a language switch, a restore that asked
        already, the end of the application) does not."""
        if event.spontaneous() and not self._typed_sets_settled():
            event.ignore()  # the keyboard stays where it was (Cancel, or a set refused: its block has it)
            return
        self.setFocus()  # an open in-place editor commits when it loses focus: nothing typed is lost
        settings = QSettings()
        settings.setValue("main_window/geometry", self.saveGeometry())
        settings.setValue("main_window/splitter", self.splitter.saveState())
        settings.setValue("main_window/tab", self.tabs.currentIndex())
        super().closeEvent(event)
