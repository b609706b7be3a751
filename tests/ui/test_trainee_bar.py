"""The trainee switcher: the window says whose data it shows, and choosing another trainee shows
their program, log and history at once, without the other trainee's undo steps."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from pytestqt.qtbot import QtBot

from glueplan.app.trainees import add_and_switch, archive_and_switch
from glueplan.domain.log import LoggedSet
from glueplan.domain.trainee import Trainee
from glueplan.store.repository import Repository
from tests.conftest import seed_000
from tests.ui.test_main_window import make_window


def test_choosing_a_trainee_shows_their_data_and_names_them(qtbot: QtBot, repository: Repository) -> None:
    window = make_window(qtbot, repository)
    me = window.live.workspace.trainee_id
    ane = repository.add_trainee(Trainee("Ane"))
    repository.add_program(ane, replace(seed_000(), name="Ane's plan", start=date(2026, 11, 23)))
    repository.log_set(ane, LoggedSet("back_squat", datetime(2026, 11, 23, 18), 60.0, 8, 2))
    bar = window.trainee_bar
    bar.fill()
    assert [bar.switcher.itemText(i) for i in range(bar.switcher.count())] == ["Ane", "Me"]
    assert window.windowTitle() == "Me – glueplan"

    bar.switcher.setCurrentIndex(bar.switcher.findData(ane))
    bar.switcher.activated.emit(bar.switcher.currentIndex())
    qtbot.waitUntil(lambda: window.windowTitle() == "Ane – glueplan")
    assert window.live.workspace.program is not None and window.live.workspace.program.name == "Ane's plan"
    assert all(stack.count() == 0 for stack in window.live.undo_stacks.values())
    window.tabs.setCurrentWidget(window.history_tab)
    qtbot.waitUntil(lambda: window.history_tab.page is not None and window.history_tab.page.model.rowCount() == 1)

    window.live.change_trainee(lambda workspace: add_and_switch(workspace, "Ole"))
    assert window.windowTitle() == "Ole – glueplan" and bar.switcher.currentText() == "Ole"
    qtbot.waitUntil(lambda: window.history_tab.page.model.rowCount() == 0)
    window.live.change_trainee(archive_and_switch)
    assert [bar.switcher.itemText(i) for i in range(bar.switcher.count())] == ["Ane", "Me"]
    assert window.live.workspace.trainee_id == me
    names = [action.text() for action in window.file_menu.actions()[:3]]
    assert names == ["New &trainee…", "Edit t&rainee…", "&Archive trainee…"]
