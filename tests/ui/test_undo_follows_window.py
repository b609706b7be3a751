"""Ctrl+Z undoes the active page's last edit whatever widget has the keyboard focus (issue 12,
defect 7: after a click on "Log set" the set stayed until an empty part of the page was clicked)."""

from __future__ import annotations

from msgspec.structs import replace
import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from glueplan.app.setup_edits import SaveOwnExercise
from glueplan.domain.catalog import Catalog, builtin_catalog
from glueplan.domain.language import Language, Localized
from glueplan.domain.templates import builtin_templates
from glueplan.store.repository import Repository
from glueplan.ui.log.page import LogPage
from glueplan.ui.main_window import MainWindow
from tests.conftest import PROGRAM_START
from tests.ui.test_log_and_charts import delete_button
from tests.ui.test_main_window import make_window

MONDAY = PROGRAM_START  # today: the app's clock in the tests


def own_clamshell(catalog: Catalog, name: str, text: str) -> SaveOwnExercise:
    """Saving an own exercise made like the clamshell, called ``name``: a step of the window's."""
    return SaveOwnExercise(replace(catalog.exercise("clamshell"), id="", name=Localized.same(name), custom=True), text)


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
    delete = delete_button(page.blocks[0], 0)
    qtbot.waitUntil(delete.settled)
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
    own = own_clamshell(live.catalog, "Band clamshell", "Save own exercise")
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


def test_an_import_is_not_undone_past_a_later_edit_of_its_sets_on_another_tab(
        qtbot: QtBot, repository: Repository, monkeypatch: pytest.MonkeyPatch) -> None:
    """Import on the map, edit an imported set on the History tab, Ctrl+Z on the map: the import
    went, the edit with it, and its redo brought the set back unedited while History's Undo of the
    edit did nothing (H79). A step of the window's (an import, an own exercise, the profile) is
    offered only while no other tab has a newer step done; there it waits for that tab's Undo."""
    from pathlib import Path

    from glueplan.app.importing import ImportHistory, prepare
    from glueplan.app.log_edits import EditSet
    from glueplan.store.imports.detection import read_history

    window = make_window(qtbot, repository)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Ok)
    live = window.live
    assert live is not None
    files = Path(__file__).resolve().parent.parent / "import_files"
    preview = prepare(live.workspace, read_history(files / "hevy_kg.csv"))
    assert live.run(ImportHistory(preview.batch, "Import")) is None
    day = preview.batch.sets[0].performed_at.date()
    set_id, logged = live.workspace.sets_on(day)[0]
    window.tabs.setCurrentWidget(window.history_tab)
    assert live.run(EditSet(set_id, logged, replace(logged, reps=logged.reps + 5), "Edit set")) is None
    window.tabs.setCurrentWidget(window.map)
    assert not window.undo_action.isEnabled()
    assert window.undo_action.text() == "&Undo (first on the Log or History tab)"  # greyed, it said nothing of why
    press(qtbot, window)
    assert dict(live.workspace.sets_on(day))[set_id].reps == logged.reps + 5
    window.tabs.setCurrentWidget(window.history_tab)
    press(qtbot, window)  # the edit
    assert dict(live.workspace.sets_on(day))[set_id].reps == logged.reps
    window.tabs.setCurrentWidget(window.map)
    assert window.undo_action.isEnabled()
    press(qtbot, window)  # now the import
    assert live.workspace.sets_on(day) == []


def test_a_windows_step_undone_is_not_redone_after_a_newer_step(qtbot: QtBot, repository: Repository,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """An own exercise's deletion undone, then the exercise planned on the map: Redo still offered
    the deletion, which the store refused as the plan used it (H79). A step made after an undo ends
    the redo of what was undone before it, on every tab."""
    from glueplan.app.setup_edits import DeleteOwnExercise
    from glueplan.domain.commands import AddExercise
    from glueplan.domain.plan import Weekday

    window, page = log_tab(qtbot, repository)
    live = page.live
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: said.append(box.text()) or QMessageBox.StandardButton.Ok)
    own = own_clamshell(live.catalog, "Band clamshell", "Save own exercise")
    assert live.run(own) is None and own.saved is not None
    window.tabs.setCurrentWidget(window.map)
    assert live.run(DeleteOwnExercise(own.saved, "Delete Band clamshell")) is None
    press(qtbot, window)
    assert own.saved.id in live.catalog.exercises
    live.apply(AddExercise(0, Weekday.SUN, own.saved.id, own.saved.prescription))
    assert not window.redo_action.isEnabled()
    press(qtbot, window, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert said == [] and own.saved.id in live.catalog.exercises


def test_an_undo_the_database_refuses_leaves_the_step_done(qtbot: QtBot, repository: Repository,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """Qt moves a history's place before it knows the step failed: an undo the database refused (a
    full disk) showed the step as undone, offered its Redo, and the Undo history went one step past
    the step it stopped at (H79). The step stays done, Undo offers it again, and the history's jump
    stops at the refusal."""
    from glueplan.app.command import History
    from glueplan.app.workspace import Workspace
    from glueplan.store.errors import StoreError

    window, page = log_tab(qtbot, repository)
    live = page.live
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: said.append(box.text()) or QMessageBox.StandardButton.Ok)
    first = own_clamshell(live.catalog, "Band clamshell", "Save own exercise")
    second = own_clamshell(live.catalog, "Band walk", "Save another")
    assert live.run(first) is None and live.run(second) is None
    refusing = monkeypatch.context()
    with refusing as patched:
        patched.setattr(Workspace, "revert", lambda _self, _command: (_ for _ in ()).throw(
            StoreError("store.write_failed", reason="disk full")))
        press(qtbot, window)
        qtbot.waitUntil(lambda: window.undo_action.text() == "&Undo Save another")
        assert not window.redo_action.isEnabled()
        live.go_to(History.LOG, 0)  # Edit > Undo history's first entry: it stops at the refusal
        qtbot.waitUntil(lambda: window.undo_action.text() == "&Undo Save another")
        assert not window.redo_action.isEnabled() and len(said) == 2
    assert second.saved is not None and second.saved.id in live.catalog.exercises
    press(qtbot, window)
    assert second.saved.id not in live.catalog.exercises and first.saved is not None
    assert first.saved.id in live.catalog.exercises
