"""The window's first size (a Norwegian walk at 1366x768: it opened at 1256x691, not maximized, and the
Week tab's Sunday was cut off): on a first start on a screen smaller than the window's comfortable
size it opens maximized; a place the last run saved is restored as it was."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from glueplan.domain.catalog import Catalog
from glueplan.domain.language import Language
from glueplan.ui.main_window import COMFORTABLE, MainWindow


def started(qtbot: QtBot, catalog: Catalog) -> MainWindow:
    """A window shown as the app shows its first."""
    window = MainWindow(catalog, Language.NB)
    qtbot.addWidget(window)
    window.show_first()
    qtbot.waitExposed(window)
    return window


def test_a_first_start_on_a_small_screen_is_maximized(qtbot: QtBot, catalog: Catalog) -> None:
    window = started(qtbot, catalog)
    screen = window.screen().availableGeometry()
    assert screen.width() < COMFORTABLE.width()  # the offscreen screen: 800 px, smaller as a laptop's is
    qtbot.waitUntil(lambda: window.isMaximized() and window.frameGeometry() == screen)


def test_a_saved_place_is_restored_as_saved(qtbot: QtBot, catalog: Catalog) -> None:
    first = started(qtbot, catalog)
    qtbot.waitUntil(first.isMaximized)
    first.showNormal()
    first.resize(700, 600)
    qtbot.waitUntil(lambda: not first.isMaximized() and first.width() == 700)
    first.close()
    assert QSettings().value("main_window/geometry") is not None
    again = started(qtbot, catalog)
    assert not again.isMaximized() and (again.width(), again.height()) == (700, 600)
