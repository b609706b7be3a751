"""Ctrl+Z undoes the active page's last edit whatever widget has the keyboard focus (issue 12,
defect 7: after a click on "Log set" the set stayed until an empty part of the page was clicked)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from glueplan.app.setup_edits import SaveOwnExercise
from glueplan.domain.catalog import builtin_catalog
from glueplan.domain.language import Language, Localized
from glueplan.domain.templates import builtin_templates
from glueplan.store.repository import Repository
from glueplan.ui.log.page import LogPage
from glueplan.ui.main_window import MainWindow
from tests.ui.test_main_window import make_window

MONDAY = date.today() - timedelta(days=date.today().weekday())


def log_tab(qtbot: QtBot, repository: Repository) -> tuple[MainWindow, LogPage]:
    """The whole window, active, on the Log tab showing this Monday of seed-000."""
    window = make_window(qtbot, repository)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    workspace = window.live.workspace  # type: ignore[union-attr]
    program = replace(builtin_templates()["seed-000"].program(builtin_catalog(), Language.EN, weeks=1), start=MONDAY)
    window.open_program(workspace.repository.add_program(workspace.trainee_id, program))
    window.tabs.setCurrentWidget(window.log_tab)
    page = window.log_tab.build()
    page.date.setDate(QDate(MONDAY.year, MONDAY.month, MONDAY.day))
    return window, page


def press(qtbot: QtBot, window: MainWindow, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.ControlModifier
          ) -> QWidget:
    """Ctrl+Z (or Ctrl+Shift+Z) where the keyboard focus is, as a user types it."""
    focus = QApplication.focusWidget() or window
    qtbot.keyClick(focus, Qt.Key.Key_Z, modifiers)
    return focus


def logged(page: LogPage) -> int:
    return len(page.live.workspace.sets_on(MONDAY))


def log_one(qtbot: QtBot, page: LogPage) -> None:
    block = page.blocks[0]
    qtbot.keyClicks(block.weight, "60")
    qtbot.keyClicks(block.reps, "8")
    qtbot.mouseClick(block.log_button, Qt.MouseButton.LeftButton)
    assert logged(page) == 1


def test_ctrl_z_after_the_log_set_button_undoes_the_set(qtbot: QtBot, repository: Repository) -> None:
    window, page = log_tab(qtbot, repository)
    log_one(qtbot, page)
    press(qtbot, window)
    assert logged(page) == 0
    press(qtbot, window, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert logged(page) == 1


def test_ctrl_z_after_the_delete_button_brings_the_set_back(qtbot: QtBot, repository: Repository) -> None:
    window, page = log_tab(qtbot, repository)
    log_one(qtbot, page)
    delete = page.blocks[0].sets_grid.itemAtPosition(0, 1).widget()
    qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)
    assert logged(page) == 0
    press(qtbot, window)
    assert logged(page) == 1


def test_a_field_undoes_its_own_typing_first_then_the_page(qtbot: QtBot, repository: Repository) -> None:
    """What every desktop app does: Ctrl+Z in a field with typing of its own takes that back."""
    window, page = log_tab(qtbot, repository)
    log_one(qtbot, page)
    reps = page.blocks[0].reps
    reps.setFocus()
    qtbot.keyClicks(reps, "9")
    press(qtbot, window)
    assert reps.text() == "8" and logged(page) == 1  # the reps kept from the set logged
    press(qtbot, window)
    assert logged(page) == 0


def test_ctrl_z_in_the_history_pages_date_field_undoes_the_log(qtbot: QtBot, repository: Repository) -> None:
    window, page = log_tab(qtbot, repository)
    log_one(qtbot, page)
    window.tabs.setCurrentWidget(window.history_tab)
    history = window.history_tab.build()
    history.since.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and history.since.isAncestorOf(
        QApplication.focusWidget()) or QApplication.focusWidget() is history.since)
    press(qtbot, window)
    assert logged(page) == 0


def test_ctrl_z_on_the_log_tab_brings_back_an_exercise_deleted_there(qtbot: QtBot, repository: Repository,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """File > Delete exercise asks "Delete …? Edit > Undo brings it back." on every tab: on the Log
    tab Ctrl+Z took back the set logged before it instead (own exercises were the plan's steps).
    The window's steps and the page's are undone newest first."""
    window, page = log_tab(qtbot, repository)
    live = page.live
    own = SaveOwnExercise(replace(live.catalog.exercise("clamshell"), id="", name=Localized.same("Band clamshell"),
                                  custom=True), "Save own exercise")
    assert live.run(own) is None and own.saved is not None
    log_one(qtbot, page)
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: QMessageBox.StandardButton.Yes)
    window.library.select(own.saved.id)
    window.delete_action.trigger()
    assert own.saved.id not in live.catalog.exercises
    press(qtbot, window)
    assert own.saved.id in live.catalog.exercises and logged(page) == 1
    press(qtbot, window)
    assert logged(page) == 0
    press(qtbot, window)
    assert own.saved.id not in live.catalog.exercises
    window._fill_history()
    assert [action.text() for action in window.history_menu.actions()] == [
        "Before these changes", "Save own exercise", "Log set", "Delete “Band clamshell”"]
    window.history_menu.actions()[2].trigger()  # redone in the order they were made
    assert own.saved.id in live.catalog.exercises and logged(page) == 1
