"""The trainee switcher: the window says whose data it shows, and choosing another trainee shows
their program, log and history at once, with their own undo steps, not the other trainee's."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from msgspec.structs import replace
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from glueplan.app.command import History
from glueplan.app.log_edits import LogSet
from glueplan.app.setup_edits import EditProfile, StartProgram
from glueplan.app.trainees import add_and_switch
from glueplan.domain.language import Language
from glueplan.domain.log import LoggedSet
from glueplan.domain.trainee import Trainee
from glueplan.store.repository import Repository
from glueplan.ui.application import install_translators
from glueplan.ui.main_window import MainWindow
from tests.conftest import seed_000
from tests.ui.test_main_window import make_window
from tests.ui.test_undo_follows_window import press

REDO = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_choosing_a_trainee_shows_their_data_and_names_them(qtbot: QtBot, repository: Repository,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window(qtbot, repository)
    me = window.live.workspace.trainee_id
    ane = repository.add_trainee(Trainee("Ane"))
    repository.add_program(ane, replace(seed_000(), name="Ane's plan", start=date(2026, 11, 23)))
    repository.log_set(ane, LoggedSet("back_squat", datetime(2026, 11, 23, 18), 60.0, 8, 2))
    bar = window.trainee_bar
    bar.fill()
    assert [bar.switcher.itemText(i) for i in range(bar.switcher.count())] == ["Ane", "Me"]
    assert window.windowTitle() == "Me – glueplan.sqlite – glueplan"

    bar.switcher.setCurrentIndex(bar.switcher.findData(ane))
    bar.switcher.activated.emit(bar.switcher.currentIndex())
    qtbot.waitUntil(lambda: window.windowTitle() == "Ane – glueplan.sqlite – glueplan")
    assert window.live.workspace.program is not None and window.live.workspace.program.name == "Ane's plan"
    assert all(stack.count() == 0 for stack in window.live.undo_stacks.values())
    window.tabs.setCurrentWidget(window.history_tab)
    qtbot.waitUntil(lambda: window.history_tab.page is not None and window.history_tab.page.model.rowCount() == 1)

    window.live.change_trainee(lambda workspace: add_and_switch(workspace, "Ole"))
    assert window.windowTitle() == "Ole – glueplan.sqlite – glueplan" and bar.switcher.currentText() == "Ole"
    qtbot.waitUntil(lambda: window.history_tab.page.model.rowCount() == 0)
    window.live.run_or_report(EditProfile(window.live.trainee, replace(window.live.trainee, name="Ole Hansen"),
                                          "Edit trainee"))
    assert bar.switcher.currentText() == "Ole Hansen"
    window.live.undo_stacks[History.WINDOW].undo()  # a rename is undone like every edit
    assert bar.switcher.currentText() == "Ole" and window.windowTitle() == "Ole – glueplan.sqlite – glueplan"
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: QMessageBox.StandardButton.Yes)
    bar.archive_action.trigger()
    assert [bar.switcher.itemText(i) for i in range(bar.switcher.count())] == ["Ane", "Me"]
    assert window.live.workspace.trainee_id == me
    trainee_steps = window.live.undo_stacks[History.TRAINEE]
    # the rename was Ole's
    assert [trainee_steps.text(i) for i in range(trainee_steps.count())] == ["Archive “Ole”"]
    trainee_steps.undo()
    assert bar.switcher.currentText() == "Ole" and window.windowTitle() == "Ole – glueplan.sqlite – glueplan"
    assert [bar.switcher.itemText(i) for i in range(bar.switcher.count())] == ["Ane", "Me", "Ole"]
    trainee_steps.redo()
    assert window.live.workspace.trainee_id == me and bar.switcher.count() == 2
    names = [action.text() for action in window.file_menu.actions()[:3]]
    assert names == ["New &trainee…", "Edit t&rainee…", "&Archive trainee…"]


def test_the_switcher_names_the_first_trainee_in_the_windows_language(qtbot: QtBot, repository: Repository) -> None:
    """'Me', made by an English first run, is 'Mig' in a Danish window, in the switcher; the title of someone using
    glueplan alone names no one ("Mig – glueplan.sqlite" read as a bug)."""

    make_window(qtbot, repository).close()
    window = make_window(qtbot, repository, Language.DA)
    assert window.trainee_bar.switcher.currentText() == "Mig"
    assert window.windowTitle() == "glueplan.sqlite – glueplan"


def test_an_archived_trainee_is_brought_back_from_the_file_menu(qtbot: QtBot, repository: Repository,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """File > Restore archived trainee lists the archived trainees by name (an "&" shown as written);
    choosing one brings them back into the switcher and shows them, one undoable step."""
    window = make_window(qtbot, repository)
    me = window.live.workspace.trainee_id
    bar = window.trainee_bar
    assert not bar.restore_menu.isEnabled() and bar.restore_menu.menuAction() in window.file_menu.actions()
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text()) or QMessageBox.StandardButton.Yes)
    window.live.change_trainee(lambda workspace: add_and_switch(workspace, "Knee & hip"))
    bar.archive_action.trigger()
    assert "command line" not in asked[0] and "File" in asked[0]
    entries = bar.restore_menu.actions()
    assert bar.restore_menu.isEnabled() and [entry.text() for entry in entries] == ["Knee && hip"]

    entries[0].trigger()
    assert window.windowTitle() == "Knee & hip – glueplan.sqlite – glueplan"
    assert bar.switcher.currentText() == "Knee & hip"
    assert not bar.restore_menu.isEnabled()
    trainee_steps = window.live.undo_stacks[History.TRAINEE]
    # the archive's step is kept before it: undone for the trainee it showed
    assert [trainee_steps.text(i) for i in range(trainee_steps.count())] == ["Archive “Knee & hip”",
                                                                            "Restore “Knee & hip”"]
    trainee_steps.undo()  # archived again, and the trainee shown before is shown again
    assert window.live.workspace.trainee_id == me and bar.switcher.count() == 1
    assert [entry.text() for entry in bar.restore_menu.actions()] == ["Knee && hip"]
    trainee_steps.redo()
    assert bar.switcher.currentText() == "Knee & hip" and bar.switcher.count() == 2


def test_restoring_the_first_trainee_names_them_in_the_windows_language(qtbot: QtBot, repository: Repository,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """'Me', archived in a Danish window, is 'Mig' in File > Restore archived trainee and in the undo step."""

    make_window(qtbot, repository).close()
    window = make_window(qtbot, repository, Language.DA)
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: QMessageBox.StandardButton.Yes)
    me = window.live.workspace.trainee_id
    window.live.change_trainee(lambda workspace: add_and_switch(workspace, "Ida"))
    window.trainee_bar.switcher.activated.emit(window.trainee_bar.switcher.findData(me))
    assert window.live.workspace.trainee_id == me
    window.trainee_bar.archive_action.trigger()
    entries = window.trainee_bar.restore_menu.actions()
    assert [entry.text() for entry in entries] == ["Mig"]
    entries[0].trigger()
    trainee_steps = window.live.undo_stacks[History.TRAINEE]
    assert trainee_steps.text(trainee_steps.count() - 1).endswith("“Mig”")


def test_windows_on_two_databases_are_told_apart_by_their_titles(qtbot: QtBot, repository: Repository,
                                                                tmp_path: Path) -> None:
    """A coach with two clients' files open: both windows were titled 'Mig – glueplan' (each file's
    first trainee), the same in the task bar. The title names the database file, as the task bar
    shows it (Qt drops a "[*]" from a title unless it is doubled)."""
    from glueplan.store.database import open_store
    from glueplan.store.location import database_url

    other = open_store(database_url(str(tmp_path / "klinik [*] Ole.sqlite")))
    try:
        first = make_window(qtbot, repository, Language.DA)
        second = make_window(qtbot, Repository(other), Language.DA)
        shown = [window.windowHandle().title() for window in (first, second)]
        second.close()
    finally:
        other.close()
    assert shown == ["glueplan.sqlite – glueplan", "klinik [*] Ole.sqlite – glueplan"]


@pytest.mark.parametrize(("url", "name"), [
    ("postgresql+psycopg://coach:hemmelig@db.klinik.dk:5433/klinik", "klinik@db.klinik.dk:5433"),
    ("postgresql+psycopg://coach:hemmelig@db.klinik.dk/klinik", "klinik@db.klinik.dk"),
    ("postgresql+psycopg:///klinik", "klinik"),
    ("sqlite:////home/coach/Klienter/ane.sqlite", "ane.sqlite"),
])
def test_a_database_on_a_server_is_named_by_its_name_and_host_never_its_password(url: str, name: str) -> None:
    from sqlalchemy.engine import make_url

    from glueplan.store.location import database_name

    assert database_name(make_url(url)) == name


@pytest.mark.parametrize(("language", "quoted"), [(Language.EN, "Archive “Me”? "), (Language.DA, "Arkivér »Mig«? "),
                                                  (Language.NB, "Arkivere «Meg selv»? ")])
def test_archiving_names_the_trainee_in_quotes(qtbot: QtBot, qapp: QApplication, repository: Repository,
                                               monkeypatch: pytest.MonkeyPatch, language: Language,
                                               quoted: str) -> None:
    """Archiving the first trainee in Bokmål asked 'Arkivere Meg?', which reads 'archive me?'."""
    install_translators(qapp, language)
    window = make_window(qtbot, repository, language)
    repository.add_trainee(Trainee("Ane"))  # the only trainee is not archived
    window.trainee_bar.fill()
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text()) or QMessageBox.StandardButton.No)
    window.trainee_bar.archive_action.trigger()
    assert asked[0].startswith(quoted)


def _active_window(qtbot: QtBot, repository: Repository) -> MainWindow:
    window = make_window(qtbot, repository)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


@pytest.mark.parametrize("tab", ["log_tab", "history_tab"])
def test_ctrl_z_undoes_an_archive_or_a_restore_on_the_log_and_history_tabs(
        qtbot: QtBot, repository: Repository, monkeypatch: pytest.MonkeyPatch, tab: str) -> None:
    """The archive question says "Edit > Undo brings them back": on the Log and History tabs Edit >
    Undo was greyed out after it (the step went to the plan's history, which those tabs do not show)."""
    window = _active_window(qtbot, repository)
    me = window.live.workspace.trainee_id
    window.live.change_trainee(lambda workspace: add_and_switch(workspace, "Ole"))
    ole = window.live.workspace.trainee_id
    page = getattr(window, tab)
    window.tabs.setCurrentWidget(page)
    page.build()
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: QMessageBox.StandardButton.Yes)
    bar = window.trainee_bar
    bar.archive_action.trigger()
    assert window.live.workspace.trainee_id == me and window.undo_action.text() == "&Undo Archive “Ole”"
    window._fill_history()
    assert [action.text() for action in window.history_menu.actions()] == ["Before these changes", "Archive “Ole”"]
    window.history_menu.actions()[0].trigger()  # Edit > Undo history goes back before the archive
    assert window.live.workspace.trainee_id == ole and bar.switcher.count() == 2
    window._fill_history()
    window.history_menu.actions()[1].trigger()
    assert window.live.workspace.trainee_id == me and bar.switcher.count() == 1
    press(qtbot, window)
    assert window.live.workspace.trainee_id == ole and bar.switcher.count() == 2
    press(qtbot, window, REDO)
    assert window.live.workspace.trainee_id == me and bar.switcher.count() == 1

    bar.restore_menu.actions()[0].trigger()
    assert window.live.workspace.trainee_id == ole and window.undo_action.text() == "&Undo Restore “Ole”"
    press(qtbot, window)
    assert window.live.workspace.trainee_id == me and bar.switcher.count() == 1
    press(qtbot, window, REDO)
    assert window.live.workspace.trainee_id == ole and bar.switcher.count() == 2


def test_the_archive_is_undone_only_as_the_newest_step_and_a_later_step_ends_its_redo(
        qtbot: QtBot, repository: Repository, monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl+Z on the Log tab does not take back an edit made on another tab (a program started after
    the archive): the archive is undone there only once nothing newer is left to undo. A set logged
    for the trainee shown again after the undo ends the archive's redo: redone, it would show another
    trainee with that set left on the Log tab's history."""
    window = _active_window(qtbot, repository)
    window.live.change_trainee(lambda workspace: add_and_switch(workspace, "Ole"))
    ole = window.live.workspace.trainee_id
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: QMessageBox.StandardButton.Yes)
    window.trainee_bar.archive_action.trigger()
    me = window.live.workspace.trainee_id
    window.live.run_or_report(StartProgram(seed_000(), None, "Start program"))
    window.tabs.setCurrentWidget(window.log_tab)
    window.log_tab.build()
    assert not window.undo_action.isEnabled()
    window._fill_history()
    assert [action.isEnabled() for action in window.history_menu.actions()] == [False, True]
    press(qtbot, window)
    assert window.live.has_program and window.live.workspace.trainee_id == me
    window.tabs.setCurrentWidget(window.map)
    press(qtbot, window)
    assert not window.live.has_program and window.undo_action.text() == "&Undo Archive “Ole”"
    window.tabs.setCurrentWidget(window.log_tab)
    press(qtbot, window)
    assert window.live.workspace.trainee_id == ole
    assert window.redo_action.text() == "&Redo Archive “Ole”"
    window.live.run_or_report(LogSet(LoggedSet("back_squat", datetime(2026, 11, 23, 18), 60.0, 8, 2), "Log set"))
    assert not window.redo_action.isEnabled()
    press(qtbot, window, REDO)
    assert window.live.workspace.trainee_id == ole and window.trainee_bar.switcher.count() == 2
    press(qtbot, window)
    assert repository.logged_sets(ole) == []


def test_the_week_page_of_a_program_gone_asks_nothing_of_it_before_it_is_deleted(qtbot: QtBot,
                                                                                   repository: Repository) -> None:
    """A switch to a trainee with no program takes the Week page out and deletes it on a later turn; laid out in
    between (a box's own event loop, H200 saw it on an undone archive), its days asked their model for sessions of a
    program that was no longer open, and it raised in every view."""
    window = make_window(qtbot, repository)
    window.open_program(repository.add_program(window.live.workspace.trainee_id, seed_000()))
    window.show_week()
    page = window.week_page
    assert page is not None and page.model.rowCount(page.model.day_index(0)) > 0
    window.live.change_trainee(lambda workspace: add_and_switch(workspace, "Ole"))
    assert window.week_page is None
    for day in page.calendar.days:  # as a layout pass before the page's deletion lays them out
        day.doItemsLayout()
    page.grab()
