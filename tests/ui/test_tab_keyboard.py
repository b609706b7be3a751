"""A tab chosen by its shortcut (View > Ctrl+1 to Ctrl+6) or by a click on it puts the keyboard in its page
(a Norwegian walk: Ctrl+3 to the Log tab left it in the library's search, and a date typed there, "07",
filtered the library to no exercise): where the page last had it, else where the page starts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from glueplan.app import clock
from glueplan.app.opening import open_workspace
from glueplan.domain.catalog import Catalog
from glueplan.domain.commands import AddExercise
from glueplan.domain.language import Language
from glueplan.domain.plan import Weekday
from glueplan.domain.trainee import kilograms
from glueplan.store.repository import Repository
from glueplan.ui.charts.page import ChartsPage
from glueplan.ui.history.table import HistoryPage
from glueplan.ui.log.page import LogPage
from glueplan.ui.main_window import MainWindow
from glueplan.ui.programs.page import ProgramsPage
from glueplan.ui.shared.live_workspace import LiveWorkspace
from tests.conftest import on_screen
from tests.ui.test_log_and_charts import monday_program
from tests.ui.test_main_window import make_window

TABS = ("map", "week", "log", "history", "charts", "programs")  # by their shortcuts' numbers


def window_in_the_search(qtbot: QtBot, repository: Repository, catalog: Catalog | None = None) -> MainWindow:
    """The Norwegian window, with a program in which today has the squat planned if ``catalog`` is given, and
    the keyboard put in the library's search with a click."""
    window = make_window(qtbot, repository, Language.NB)
    if catalog is not None:
        live = window.live
        assert live is not None
        live.open_program(live.workspace.repository.add_program(live.workspace.trainee_id, monday_program(catalog)))
        live.apply(AddExercise(0, Weekday(clock.today().weekday()), "back_squat",
                               catalog.exercise("back_squat").prescription))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    click_into_the_search(qtbot, window)
    return window


def click_into_the_search(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.mouseClick(window.library.search, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.library.search)


def choose(qtbot: QtBot, window: MainWindow, name: str, way: str) -> None:
    """The tab by its shortcut, sent where the keyboard is, or by a click on it."""
    number = TABS.index(name)
    focus = QApplication.focusWidget()
    assert focus is not None
    if way == "shortcut":
        qtbot.keyClick(focus, Qt.Key(Qt.Key.Key_1 + number), Qt.KeyboardModifier.ControlModifier)
    else:
        bar = window.tabs.tabBar()
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(number).center())
    assert window.tabs.currentIndex() == number


def keyboard_in(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def log_page(window: MainWindow) -> LogPage:
    page = window.log_tab.page
    assert isinstance(page, LogPage)
    return page


@pytest.mark.parametrize("way", ["shortcut", "click"])
def test_the_log_tab_chosen_from_the_library_has_the_keyboard_in_the_first_load(
        qtbot: QtBot, repository: Repository, catalog: Catalog, way: str) -> None:
    window = window_in_the_search(qtbot, repository, catalog)
    shown = len(window.library.visible_ids())
    choose(qtbot, window, "log", way)
    first = log_page(window).blocks[0]
    keyboard_in(qtbot, first.weight)
    qtbot.keyClicks(first.weight, "85")
    assert first.weight.text() == "85" and len(window.library.visible_ids()) == shown


def test_on_a_day_with_nothing_planned_the_keyboard_is_in_the_date(qtbot: QtBot, repository: Repository) -> None:
    window = window_in_the_search(qtbot, repository)
    shown = len(window.library.visible_ids())
    choose(qtbot, window, "log", "shortcut")
    page = log_page(window)
    assert page.blocks == []
    keyboard_in(qtbot, page.date)
    qtbot.keyClicks(page.date, "07")
    assert page.day().day == 7 and len(window.library.visible_ids()) == shown


def test_the_log_tab_gives_the_keyboard_back_where_it_was_and_the_library_takes_a_click(
        qtbot: QtBot, repository: Repository, catalog: Catalog) -> None:
    window = window_in_the_search(qtbot, repository, catalog)
    choose(qtbot, window, "log", "shortcut")
    block = log_page(window).blocks[0]
    keyboard_in(qtbot, block.weight)
    qtbot.keyClick(block.weight, Qt.Key.Key_Tab)
    qtbot.keyClicks(block.reps, "8")
    click_into_the_search(qtbot, window)
    qtbot.keyClicks(window.library.search, "knebøy")
    filtered = window.library.visible_ids()
    assert 0 < len(filtered) < len(catalog.exercises)
    choose(qtbot, window, "log", "shortcut")
    keyboard_in(qtbot, block.reps)
    qtbot.keyClicks(block.reps, "0")
    assert block.reps.text() == "80" and window.library.visible_ids() == filtered
    click_into_the_search(qtbot, window)


def starts(window: MainWindow, name: str) -> QWidget:
    """Where the keyboard goes on a tab it has not been in."""
    if name == "map":
        return window.map.side_view  # the map's own button; its muscles are picked from the library's list
    if name == "week":
        assert window.week_page is not None
        return window.week_page.calendar.days[0]
    if name == "log":
        return log_page(window).blocks[0].weight
    page = getattr(window, f"{name}_tab").page
    if isinstance(page, HistoryPage):
        return page.exercise
    if isinstance(page, ChartsPage):
        return page.mode
    assert isinstance(page, ProgramsPage)
    return page.program_list


@pytest.mark.parametrize("name", TABS)
def test_every_tab_chosen_by_its_shortcut_has_the_keyboard(qtbot: QtBot, repository: Repository,
                                                           catalog: Catalog, name: str) -> None:
    window = window_in_the_search(qtbot, repository, catalog)
    choose(qtbot, window, name, "shortcut")
    keyboard_in(qtbot, starts(window, name))


def test_the_week_tab_without_a_program_has_the_keyboard_on_the_tabs(qtbot: QtBot, repository: Repository) -> None:
    """Its page is a hint to start a program on the Programs tab: the arrows go there."""
    window = window_in_the_search(qtbot, repository)
    choose(qtbot, window, "week", "shortcut")
    keyboard_in(qtbot, window.tabs.tabBar())
    qtbot.keyClick(window.tabs.tabBar(), Qt.Key.Key_Left)
    assert window.tabs.currentWidget() is window.map


def test_a_window_reopened_on_a_page_has_the_keyboard_in_that_page(qtbot: QtBot, repository: Repository,
                                                                  catalog: Catalog) -> None:
    """An English walk reopened glueplan on the Log tab, typed a date and filtered the library to no exercise:
    the window puts the keyboard in the search before the database is open, and the tab it then reopens on was
    chosen by code. Reopened on a page, the keyboard goes into it, unless the user has typed in the search."""
    workspace = open_workspace(repository.store, Language.EN, kilograms)
    today = AddExercise(0, Weekday(clock.today().weekday()), "back_squat", catalog.exercise("back_squat").prescription)
    workspace.load_program(workspace.repository.add_program(workspace.trainee_id,
                                                            today.apply(monday_program(catalog))))
    QSettings().setValue("main_window/tab", TABS.index("log"))
    window = on_screen(qtbot, MainWindow(workspace.catalog, Language.EN), 1400, 900)  # painted, then attached
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.library.search)
    window.attach(LiveWorkspace(workspace, window))
    page = window.log_tab.page
    assert isinstance(page, LogPage) and window.tabs.currentWidget() is window.log_tab
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.first_field())
