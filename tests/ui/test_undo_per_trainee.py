"""Each trainee keeps their own undo history while the window is open (a Danish coach's walk: she copied a
week forward for Line, glanced at Anne, came back, and had nothing to undo; the week's editor, saved as she
switched away, made a change she never confirmed permanent). And the status bar speaks of the trainee shown."""

from __future__ import annotations

from datetime import date

from msgspec.structs import replace
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from glueplan.app.command import History
from glueplan.app.setup_edits import StartProgram
from glueplan.domain.catalog import Catalog
from glueplan.domain.commands import AddExercise
from glueplan.domain.plan import Weekday
from glueplan.domain.trainee import Trainee
from glueplan.store.repository import Repository
from glueplan.ui.main_window import MainWindow
from glueplan.ui.shared import live_workspace
from glueplan.ui.week.editors import PlannedEditor
from tests.conftest import seed_000
from tests.ui.test_main_window import make_window
from tests.ui.test_undo_follows_window import press
from tests.ui.test_week_calendar import drag, item_index, library_mime
from tests.ui.test_week_editing import open_editor, type_into_focus

MON, THU = 0, 3


def clients(qtbot: QtBot, repository: Repository) -> tuple[MainWindow, int, int]:
    """The whole window, active, on Line's Week tab; Line and Anne each have a program."""
    line, anne = (repository.add_trainee(Trainee(name)) for name in ("Line", "Anne"))
    for trainee in (line, anne):
        repository.add_program(trainee, replace(seed_000(), start=date(2026, 11, 23)), activate=True)
    window = make_window(qtbot, repository)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    show(window, line)
    window.tabs.setCurrentWidget(window.week_tab)
    return window, line, anne


def show(window: MainWindow, trainee_id: int) -> None:
    """Choose the trainee in the switcher, as a click on their name does."""
    bar = window.trainee_bar
    bar.fill()
    bar.switcher.activated.emit(bar.switcher.findData(trainee_id))
    assert window.live is not None and window.live.workspace.trainee_id == trainee_id


def thursday(repository: Repository, trainee_id: int) -> list[str]:
    """The exercises stored on the trainee's first Thursday."""
    program_id = repository.active_program(trainee_id)
    assert program_id is not None
    week = repository.program_state(program_id)[0].weeks[0]
    return [item.exercise_id for session in week.sessions if session.day == Weekday.THU for item in session.items]


def test_switching_back_to_a_trainee_brings_back_their_undo_history(qtbot: QtBot, repository: Repository,
                                                                     catalog: Catalog) -> None:
    window, line, anne = clients(qtbot, repository)
    assert window.week_page is not None
    drag(window.week_page.calendar.days[THU], library_mime(catalog, "clamshell"), QPoint(40, 200),
         Qt.DropAction.CopyAction)
    assert thursday(repository, line) == ["clamshell"]
    dropped = window.undo_action.text()
    assert dropped.startswith("&Undo ")

    show(window, anne)
    assert not window.undo_action.isEnabled()  # Line's step is not Anne's
    drag(window.week_page.calendar.days[THU], library_mime(catalog, "side_lying_hip_abduction"), QPoint(40, 200),
         Qt.DropAction.CopyAction)
    assert thursday(repository, anne) == ["side_lying_hip_abduction"]

    show(window, line)
    assert window.undo_action.text() == dropped
    press(qtbot, window)
    assert thursday(repository, line) == []  # Line's drop undone, in her program
    assert thursday(repository, anne) == ["side_lying_hip_abduction"]  # not Anne's edit
    assert window.redo_action.text() == dropped.replace("&Undo", "&Redo")
    show(window, anne)
    press(qtbot, window)
    assert thursday(repository, anne) == []


def test_an_edit_saved_by_switching_away_is_undone_after_coming_back(qtbot: QtBot, repository: Repository) -> None:
    """The week's editor saves when the switcher takes the keyboard: a change never confirmed, undone later."""
    window, line, anne = clients(qtbot, repository)
    assert window.week_page is not None
    calendar = window.week_page.calendar
    before = window.live.program.weeks[0].sessions[0].items[1].prescription.sets
    open_editor(qtbot, calendar.days[MON], item_index(calendar.model, MON, 1))
    type_into_focus(qtbot, "5")
    window.trainee_bar.switcher.setFocus(Qt.FocusReason.MouseFocusReason)  # a click on the switcher
    qtbot.waitUntil(lambda: calendar.findChild(PlannedEditor) is None or not calendar.findChild(PlannedEditor)
                    .isVisible())
    show(window, anne)
    show(window, line)
    assert window.live.program.weeks[0].sessions[0].items[1].prescription.sets == 5
    window.tabs.currentWidget().setFocus()
    press(qtbot, window)
    assert window.live.program.weeks[0].sessions[0].items[1].prescription.sets == before
    program_id = repository.active_program(line)
    assert program_id is not None
    assert repository.program_state(program_id)[0].weeks[0].sessions[0].items[1].prescription.sets == before


def test_a_program_changed_elsewhere_meanwhile_keeps_its_steps_and_another_made_active_drops_them(
        qtbot: QtBot, repository: Repository, catalog: Catalog) -> None:
    """Line's program changed in another window while Anne was shown: her drop's undo was refused, the plan's
    steps dropped ("cannot be undone"). They stay: the undo takes out her clamshell alone, the other window's
    squat kept. Another program made active for her elsewhere meanwhile: they were made on one not shown, and
    go, as the status bar says."""
    window, line, anne = clients(qtbot, repository)
    assert window.week_page is not None
    drag(window.week_page.calendar.days[THU], library_mime(catalog, "clamshell"), QPoint(40, 200),
         Qt.DropAction.CopyAction)
    show(window, anne)
    program_id = repository.active_program(line)
    assert program_id is not None
    before, version = repository.program_state(program_id)
    after = AddExercise(0, Weekday.SUN, "back_squat", catalog.exercise("back_squat").prescription).apply(before)
    repository.save_program_edit(program_id, before, after, version)  # another window's edit

    show(window, line)
    assert window.live.undo_stacks[History.PLAN].count() == 1 and window.undo_action.isEnabled()
    assert not window.statusBar().currentMessage().startswith("The program was changed elsewhere")
    window.tabs.currentWidget().setFocus()
    press(qtbot, window)
    assert thursday(repository, line) == []
    assert [item.exercise_id for session in repository.program_state(program_id)[0].weeks[0].sessions
            if session.day == Weekday.SUN for item in session.items] == ["back_squat"]

    press(qtbot, window, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert thursday(repository, line) == ["clamshell"]
    show(window, anne)
    repository.set_active_program(line, repository.add_program(line, replace(seed_000(), name="Another")))
    show(window, line)
    assert window.live.undo_stacks[History.PLAN].count() == 0 and not window.undo_action.isEnabled()
    assert window.statusBar().currentMessage().startswith("Another program was made active elsewhere")


def test_the_histories_of_the_trainees_shown_longest_ago_go(qtbot: QtBot, repository: Repository,
                                                           monkeypatch: pytest.MonkeyPatch, catalog: Catalog) -> None:
    """Memory is bounded: a window keeps the histories of the last KEPT_HISTORIES trainees shown."""
    monkeypatch.setattr(live_workspace, "KEPT_HISTORIES", 2)
    window, line, anne = clients(qtbot, repository)
    mads = repository.add_trainee(Trainee("Mads"))
    assert window.week_page is not None
    drag(window.week_page.calendar.days[THU], library_mime(catalog, "clamshell"), QPoint(40, 200),
         Qt.DropAction.CopyAction)
    show(window, anne)
    show(window, line)
    assert window.undo_action.isEnabled()  # two trainees: Line's kept
    show(window, anne)
    show(window, mads)  # a third: Line's history, the one shown longest ago, goes
    show(window, line)
    assert not window.undo_action.isEnabled() and thursday(repository, line) == ["clamshell"]


def test_status_messages_of_a_trainee_go_with_them_and_an_archive_is_said(qtbot: QtBot, repository: Repository,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """"«Balleprogram: tre træninger» er startet" stayed on Anne's Log tab after starting Jens's program; archiving
    a trainee said nothing in the status bar."""
    window, line, anne = clients(qtbot, repository)
    command = StartProgram(replace(seed_000(), name="Glute program"), None, "Start program")
    assert window.live is not None and window.live.run_or_report(command)
    window._program_started("Glute program")
    assert window.statusBar().currentMessage() == "Started “Glute program” from Monday 23 November."
    show(window, anne)
    assert window.statusBar().currentMessage() == ""

    monkeypatch.setattr(QMessageBox, "exec", lambda _box: QMessageBox.StandardButton.Yes)
    window.trainee_bar.archive_action.trigger()
    assert window.live.workspace.trainee_id != anne
    assert window.statusBar().currentMessage() == ("Archived “Anne”: Edit > Undo brings them back, and so does "
                                                   "File > Restore archived trainee.")
    press(qtbot, window)  # the archive undone: Anne is shown, and the word about her archive goes
    assert window.live.workspace.trainee_id == anne and window.statusBar().currentMessage() == ""
