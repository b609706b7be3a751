"""A returning user's window does not move as their data comes in: its first frame, painted from the catalogue
alone, has the final layout (every tab, the one left open current, the trainee bar's room), and attach fills it in.
The tabs and the trainee bar came with the workspace, 30-80 ms after the first paint, and the window jumped: the
panels went down under the bar, and the Week tab left open replaced the map."""

from __future__ import annotations


import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSettings, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from glueplan.app.opening import open_workspace
from glueplan.domain.language import Language
from glueplan.domain.trainee import kilograms
from glueplan.store.repository import Repository
from glueplan.ui.main_window import MainWindow
from glueplan.ui.shared.live_workspace import LiveWorkspace
from tests.conftest import on_screen, seed_000
from tests.ui.test_tab_keyboard import TABS
from glueplan.domain.record import Record


class Frame(Record):
    """What moves when the window jumps: where the library and the tabs are, and which tabs there are."""

    library: QRect
    tabs: QRect
    count: int
    current: int


def frame(window: MainWindow) -> Frame:
    def placed(widget: QWidget) -> QRect:
        return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())

    return Frame(placed(window.library), placed(window.tabs), window.tabs.count(), window.tabs.currentIndex())


class PagePainted(QObject):
    """The window's frame as the page of the tab shown first paints: the usable frame."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window = window
        self.seen: Frame | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        page = self.window.tabs.currentWidget()
        if self.seen is None and event.type() == QEvent.Type.Paint and isinstance(watched, QWidget) \
                and watched.parentWidget() is page:
            self.seen = frame(self.window)
        return False


@pytest.mark.parametrize("tab", ["week", "log"])
def test_a_returning_users_window_does_not_move_when_their_data_comes(qtbot: QtBot, repository: Repository,
                                                                      tab: str) -> None:
    workspace = open_workspace(repository.store, Language.EN, kilograms)
    workspace.load_program(repository.add_program(workspace.trainee_id, seed_000(), activate=True))
    QSettings().setValue("main_window/tab", TABS.index(tab))  # left open at the last run
    window = MainWindow(workspace.catalog, Language.EN)  # as run_gui shows it: painted, then attached
    qtbot.addWidget(window)
    window.resize(1400, 900)
    first: list[Frame] = []
    window.first_painted.connect(lambda: first.append(frame(window)))
    window.show()
    qtbot.waitUntil(lambda: bool(first))
    usable = PagePainted(window)
    QApplication.instance().installEventFilter(usable)
    try:
        window.attach(LiveWorkspace(workspace, window))
        qtbot.waitUntil(lambda: usable.seen is not None)
    finally:
        QApplication.instance().removeEventFilter(usable)
    assert window.tabs.currentIndex() == TABS.index(tab) and window.week_page is not None
    assert usable.seen == first[0] == Frame(first[0].library, first[0].tabs, len(TABS), TABS.index(tab))


def test_a_tab_chosen_before_the_workspace_is_there_stays_blank_until_it_comes(qtbot: QtBot,
                                                                                repository: Repository) -> None:
    """Its page needs the workspace: nothing is built before attach, which then builds the page of the tab chosen."""
    workspace = open_workspace(repository.store, Language.EN, kilograms)
    window = on_screen(qtbot, MainWindow(workspace.catalog, Language.EN), 1400, 900)
    bar = window.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(TABS.index("log")).center())
    assert window.tabs.currentWidget() is window.log_tab and window.log_tab.page is None
    assert not window.view_actions["log"].isEnabled() and not window.trainee_bar.new_action.isEnabled()
    window.attach(LiveWorkspace(workspace, window))
    assert window.tabs.currentWidget() is window.log_tab and window.log_tab.page is not None
    assert window.view_actions["log"].isEnabled() and window.trainee_bar.new_action.isEnabled()
