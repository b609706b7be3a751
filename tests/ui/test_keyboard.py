"""The window from the keyboard alone: Tab follows the layout (switcher, library, tabs, the page
shown, details) on every page, also on the pages built the first time they are chosen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from glueplan.domain.language import Language
from glueplan.store.repository import Repository
from glueplan.ui.main_window import MainWindow
from tests.ui.test_main_window import make_window


def tab_stops(window: MainWindow) -> list[QWidget]:
    """The widgets Tab stops at, in order, from the trainee switcher once round the window."""
    start = window.trainee_bar.switcher
    stops, widget = [start], start.nextInFocusChain()
    while widget is not start:
        if widget.isVisible() and widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus \
                and widget.window() is window:
            stops.append(widget)
        widget = widget.nextInFocusChain()
    return stops


def region(window: MainWindow, widget: QWidget) -> str:
    for name, part in (("switcher", window.trainee_bar), ("library", window.library), ("details", window.detail),
                       ("tabs", window.tabs)):
        if part.isAncestorOf(widget) or part is widget:
            return name
    return "elsewhere"


def test_tab_follows_the_layout_on_every_page(qtbot: QtBot, repository: Repository) -> None:
    window = make_window(qtbot, repository, Language.NB)
    window.programs_page().template_cards[0].start_button.click()
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
        regions = [region(window, stop) for stop in tab_stops(window)]
        order = [name for i, name in enumerate(regions) if i == 0 or regions[i - 1] != name]
        assert order in (["switcher", "library", "tabs", "details"], ["switcher", "library", "tabs"]), \
            window.tabs.tabText(tab)
        page_stops = [stop for stop in tab_stops(window) if window.tabs.currentWidget().isAncestorOf(stop)]
        assert page_stops, window.tabs.tabText(tab)
