"""Where the keyboard is shows (a walk at 150 % with the dark theme, from the keyboard): Qt's styles draw a focus
frame only in a window whose keyboard a key moved last, and Ctrl+2, a program started and a dialog closed left it
in a widget that showed nothing, where a Down then changed the heat map unseen. And a row made current by Tab is
chosen: the findings' first row showed its fix with the row itself a faint tint (and the muscles', and the
backups')."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMessageBox, QStyle, QStyleOption, QWidget
from pytestqt.qtbot import QtBot

from glueplan.app.workspace import Workspace
from glueplan.domain.catalog import Catalog
from glueplan.store.backup import DAILY, backup_sqlite
from glueplan.store.repository import Repository
from glueplan.ui.main_window import MainWindow
from glueplan.ui.week.page import WeekPage
from tests.conftest import PROGRAM_START
from tests.ui.test_backup_choice import dialog_on, kari
from tests.ui.test_tab_keyboard import TABS, choose, click_into_the_search, keyboard_in, starts, window_in_the_search


def focus_shown(widget: QWidget) -> bool:
    """Whether ``widget`` would paint itself with the keyboard and its focus frame, as the style is told."""
    option = QStyleOption()
    option.initFrom(widget)
    wanted = QStyle.StateFlag.State_HasFocus | QStyle.StateFlag.State_KeyboardFocusChange
    return option.state & wanted == wanted


def week_page(window: MainWindow) -> WeekPage:
    assert window.week_page is not None
    return window.week_page


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClick(focus, key, modifier)


def test_every_tab_chosen_again_by_its_shortcut_shows_where_the_keyboard_is(
        qtbot: QtBot, repository: Repository, catalog: Catalog) -> None:
    """Back to a page by its shortcut, the keyboard is where the page had it, with its frame (it showed none)."""
    window = window_in_the_search(qtbot, repository, catalog)
    for name in TABS:
        choose(qtbot, window, name, "shortcut")
        keyboard_in(qtbot, starts(window, name))
        click_into_the_search(qtbot, window)  # a click: Qt draws no frame, rightly
        assert not focus_shown(window.library.search)
        choose(qtbot, window, name, "shortcut")
        keyboard_in(qtbot, starts(window, name))
        assert focus_shown(starts(window, name)), name


def test_a_program_started_from_the_keyboard_puts_it_on_monday_and_ctrl_2_leaves_it_there(
        qtbot: QtBot, repository: Repository) -> None:
    """It went to the week's ▶, frame-less, and stayed there on Ctrl+2: a Down then went to Copy week forward."""
    window = window_in_the_search(qtbot, repository)
    choose(qtbot, window, "programs", "shortcut")
    start = window.programs_page().template_cards[0].start_button
    while QApplication.focusWidget() is not start:
        press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Space)
    monday = week_page(window).calendar.days[0]
    keyboard_in(qtbot, monday)
    press(qtbot, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    keyboard_in(qtbot, monday)
    assert focus_shown(monday)


def test_the_closed_heat_map_mode_opens_on_an_arrow_instead_of_changing(
        qtbot: QtBot, repository: Repository, catalog: Catalog) -> None:
    """Ctrl+2 gave the keyboard back to the mode box and one Down turned the map to readiness unseen."""
    window = window_in_the_search(qtbot, repository, catalog)
    choose(qtbot, window, "week", "shortcut")
    mode = week_page(window).heat_mode
    while QApplication.focusWidget() is not mode:
        press(qtbot, Qt.Key.Key_Tab)
    click_into_the_search(qtbot, window)
    choose(qtbot, window, "week", "shortcut")
    keyboard_in(qtbot, mode)
    assert focus_shown(mode)
    qtbot.keyClick(mode, Qt.Key.Key_Down)
    qtbot.waitUntil(mode.view().isVisible)
    assert mode.currentIndex() == 0
    qtbot.keyClick(mode.view(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not mode.view().isVisible())
    assert mode.currentIndex() == 0


def test_the_keyboard_comes_back_from_a_dialog_with_its_frame(qtbot: QtBot, repository: Repository,
                                                              catalog: Catalog) -> None:
    """After "Replace weeks 2–6?" answered with Enter, the button that had the keyboard showed nothing until a
    Tab. A dialog opened from the keyboard shows its own focus too."""
    window = window_in_the_search(qtbot, repository, catalog)
    choose(qtbot, window, "week", "shortcut")
    press(qtbot, Qt.Key.Key_Tab)
    tabbed = QApplication.focusWidget()
    assert tabbed is not None and focus_shown(tabbed)
    box = QMessageBox(QMessageBox.Icon.Question, "glueplan", "Replace the weeks after it?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, window)
    seen: list[bool] = []

    def answer() -> None:
        qtbot.waitUntil(lambda: box.isActiveWindow() and box.focusWidget() is not None)
        button = box.focusWidget()
        seen.append(button is not None and focus_shown(button))
        qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)
    box.exec()
    window.activateWindow()  # as the window manager does once the dialog is gone
    keyboard_in(qtbot, tabbed)
    assert seen == [True]
    assert focus_shown(tabbed)


def chosen_on_tab(qtbot: QtBot, view: QAbstractItemView) -> None:
    """``view`` tabbed into (the restore dialog's table had the keyboard from its start, nothing chosen)."""
    view.clearFocus()
    view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(view.hasFocus)
    current = view.currentIndex()
    assert current.isValid() and view.selectionModel().isSelected(current)


def test_a_list_tabbed_into_chooses_the_row_it_makes_current(qtbot: QtBot, repository: Repository, catalog: Catalog,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """The findings' first row showed its fix and readied Apply fix, a faint tint; the muscle list's likewise."""
    # A Wednesday: the squat added on the tests' Monday makes the first finding a warning without a fix.
    monkeypatch.setattr("glueplan.app.clock.today", lambda: PROGRAM_START + timedelta(days=2))
    window = window_in_the_search(qtbot, repository, catalog)
    choose(qtbot, window, "week", "shortcut")
    findings = week_page(window).findings
    assert findings.list.count() > 0 and findings.chosen() is None
    chosen_on_tab(qtbot, findings.list)
    assert findings.chosen() is not None and findings.fix_button.isEnabled()
    chosen_on_tab(qtbot, window.library.muscle_list)


@pytest.mark.sqlite_only
def test_the_backups_tabbed_into_choose_the_row_made_current_and_say_what_it_loses(
        qtbot: QtBot, workspace: Workspace, db_path: Path, tmp_path: Path) -> None:
    """None is chosen for the user where each loses something; the first row, current once tabbed into, showed
    as a faint tint with Restore still off: now it is chosen, and the dialog says what restoring it loses."""
    backup_sqlite(db_path, DAILY, datetime.now() - timedelta(hours=2))
    kari(workspace, 3)
    dialog = dialog_on(qtbot, db_path, tmp_path)
    assert dialog.chosen() is None
    chosen_on_tab(qtbot, dialog.table)
    assert dialog.chosen() is dialog.copies[0] and dialog.restore_button.isEnabled()
    assert "3 sets logged since" in dialog.lost.text()
