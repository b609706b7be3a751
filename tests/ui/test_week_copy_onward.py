"""A week's edits carried on through the program (a Norwegian walk: a session renamed and dosed in
week 1 of six stayed 'Økt 1, 2 x 8-10' in weeks 2-6, and Copy week forward needed five rounds): the
in-place editor says which week it changes, and Copy week forward copies to the next week or to
every week after it, each one undoable step."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from glueplan.app.command import History
from glueplan.app.workspace import Workspace
from glueplan.domain.catalog import Prescription, RepRange
from glueplan.domain.commands import EditPlanned, MakeDeload
from glueplan.store.repository import Repository
from glueplan.ui.shared.live_workspace import LiveWorkspace
from glueplan.ui.week.editors import PlannedEditor, SessionEditor
from glueplan.ui.week.page import WeekPage
from tests.conftest import PROGRAM_START, identity, on_screen, seed_000, workspace_on
from tests.ui.test_week_calendar import item_index, session_index
from tests.ui.test_week_done import log_session

MON, WED = 0, 2


@pytest.fixture
def six_weeks(repository: Repository) -> LiveWorkspace:
    """seed-000 for six weeks, the fourth a deload."""
    opened: Workspace = workspace_on(repository.store)
    program = MakeDeload(3).apply(seed_000(weeks=6))
    opened.load_program(opened.repository.add_program(opened.trainee_id, program, "seed-000"))
    return LiveWorkspace(opened)


def test_the_editors_say_which_week_they_change(qtbot: QtBot, six_weeks: LiveWorkspace) -> None:
    page = on_screen(qtbot, WeekPage(six_weeks), 1366, 700)
    page.set_week(2)
    view = page.calendar.days[MON]
    header, exercise = session_index(page.model, MON), item_index(page.model, MON, 0)
    for index, kind in ((header, SessionEditor), (exercise, PlannedEditor)):
        view.setCurrentIndex(index)
        view.edit(index)
        editor = page.findChild(kind)
        assert editor is not None and editor.isVisible()
        assert editor.scope.isVisible() and editor.scope.text() == "Changes week 3 only"
        qtbot.keyClick(editor.focusProxy(), Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: page.findChild(kind) is None or not page.findChild(kind).isVisible())


def test_copy_week_forward_copies_to_every_week_after_it_in_one_step(
        qtbot: QtBot, six_weeks: LiveWorkspace, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("glueplan.app.clock.today", lambda: PROGRAM_START)  # no week lived yet
    page = on_screen(qtbot, WeekPage(six_weeks), 1366, 700)
    before = identity(six_weeks.program)
    index = session_index(page.model, MON)
    page.calendar.days[MON].edit(index)
    editor = page.findChild(SessionEditor)
    assert editor is not None
    editor.time.setTime(editor.time.time().fromString("07:00", "HH:mm"))
    editor.title.setText("Styrke A")
    qtbot.keyClick(editor.title, Qt.Key.Key_Return)
    assert six_weeks.program.weeks[1].sessions[0].title == "Workout 1"  # the editor changed week 1 alone
    asked = answered_yes(monkeypatch)
    menu = page.copy_forward.menu()
    assert menu is not None and [a.text() for a in menu.actions()] == ["To the next week", "To every week after it"]
    page.copy_onward.trigger()
    assert asked == ["Replace weeks 2–6 with a copy of week 1? "
                     "A deload week stays one: it is made again from the copy."]
    weeks = six_weeks.program.weeks
    assert all((w.sessions[0].time, w.sessions[0].title) == (time(7), "Styrke A") for w in weeks)
    assert [w.deload for w in weeks] == [False, False, False, True, False, False]
    stack = six_weeks.undo_stacks[History.PLAN]
    assert stack.count() == 2 and stack.text(1) == "Copy week 1 to the weeks after it"
    stack.undo()
    assert [w.sessions[0].title for w in six_weeks.program.weeks] == ["Styrke A"] + ["Workout 1"] * 5
    stack.undo()
    assert identity(six_weeks.program) == before
    page.set_week(5)
    assert not page.copy_onward.isEnabled() and page.copy_to_next.isEnabled()  # the last week: none after it


def test_a_deload_week_is_not_copied_forward(qtbot: QtBot, six_weeks: LiveWorkspace) -> None:
    """Copied on from the deload week 4, weeks 5-6 were deload doses as training weeks (and a later deload a deload
    of the deload, RIR +4): in a deload week Copy week forward is greyed out and says why and what to copy."""
    page = on_screen(qtbot, WeekPage(six_weeks), 1366, 700)
    page.set_week(3)
    assert not page.copy_forward.isEnabled()
    assert not page.copy_to_next.isEnabled() and not page.copy_onward.isEnabled()
    assert page.copy_forward.toolTip().startswith("A deload week is not copied forward")
    page.set_week(2)
    assert page.copy_forward.isEnabled() and page.copy_to_next.isEnabled() and page.copy_onward.isEnabled()
    assert page.copy_forward.toolTip() == ""


def answered_yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The questions asked (as plain text, plain_text.ask), each answered Yes."""
    asked: list[str] = []

    def answer(box: QMessageBox) -> QMessageBox.StandardButton:
        asked.append(box.text())
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "exec", answer)
    return asked


def test_copy_week_onward_leaves_the_weeks_lived_as_they_were_and_says_so(
        qtbot: QtBot, six_weeks: LiveWorkspace, monkeypatch: pytest.MonkeyPatch) -> None:
    """In week 5, "Copy week 1 onward" with 4 sets instead of 3 turned week 2, done as planned, into "partly done"
    (judged against the plan changed after the fact): the copy begins at the first week not lived and leaves this
    week's days gone alone, the question and the undo step say so, and undo gives back every row."""
    log_session(six_weeks, MON, week=1)
    monkeypatch.setattr("glueplan.app.clock.today", lambda: PROGRAM_START + timedelta(weeks=4, days=2))
    page = on_screen(qtbot, WeekPage(six_weeks), 1366, 700)
    planned = [w.sessions[0].items[0].prescription.sets for w in six_weeks.program.weeks]
    six_weeks.apply(EditPlanned(0, 0, 0, Prescription(4, RepRange(8, 12), 2, 120)))
    before = identity(six_weeks.program)
    page.set_week(1)
    assert session_index(page.model, MON).data().splitlines()[1].startswith("done\u00a0· ")  # not "partly done"
    asked = answered_yes(monkeypatch)
    page.set_week(0)
    page.copy_onward.trigger()
    assert asked == ["Replace weeks 5–6 with a copy of week 1? "
                     "What is behind you, the days gone or with sets logged, stays as it was."]
    weeks = six_weeks.program.weeks
    assert [w.sessions[0].items[0].prescription.sets for w in weeks] == [4, *planned[1:5], 4]  # this Monday is gone
    assert weeks[4].sessions[1].items[0].prescription == weeks[0].sessions[1].items[0].prescription
    page.set_week(1)
    assert session_index(page.model, MON).data().splitlines()[1].startswith("done\u00a0· ")  # not "partly done"
    assert undone_then_all_lived(page, page.copy_onward, before, monkeypatch, PROGRAM_START + timedelta(weeks=6)) \
        == "Copy week 1 to the weeks after it from week 5 on, leaving what is behind you as it was"
    assert asked[1:] == ["The weeks after week 1 are behind you: a copy changes no day gone or logged."]


def undone_then_all_lived(page: WeekPage, copy: QAction, before: object, monkeypatch: pytest.MonkeyPatch,
                          lived: date) -> str:
    """The undo step the copy just made said, and undone, every row back; then, on ``lived``, when all after the week
    is behind you, the copy from week 1 made again changes nothing."""
    stack = page.live.undo_stacks[History.PLAN]
    said = stack.text(stack.index() - 1)
    stack.undo()
    assert identity(page.live.program) == before
    monkeypatch.setattr("glueplan.app.clock.today", lambda: lived)
    page.set_week(0)
    copy.trigger()
    assert identity(page.live.program) == before and page.week == 0
    return said


def test_copy_week_to_the_next_week_leaves_the_days_behind_you_as_they_were_and_says_so(
        qtbot: QtBot, six_weeks: LiveWorkspace, monkeypatch: pytest.MonkeyPatch) -> None:
    """On Wednesday of week 2, "To the next week" from week 1 with 4 sets instead of 3 turned week 2's Monday, done as
    planned, into "partly done": the copy leaves its days gone or logged alone, takes Friday, the question and the
    undo step say so, and undo gives back every row; with week 2 all lived, it says so and changes nothing."""
    log_session(six_weeks, MON, week=1)
    monkeypatch.setattr("glueplan.app.clock.today", lambda: PROGRAM_START + timedelta(weeks=1, days=2))
    page = on_screen(qtbot, WeekPage(six_weeks), 1366, 700)
    for session in (0, 2):
        six_weeks.apply(EditPlanned(0, session, 0, Prescription(4, RepRange(8, 12), 2, 120)))
    before = identity(six_weeks.program)
    asked = answered_yes(monkeypatch)
    page.set_week(0)
    page.copy_to_next.trigger()
    assert asked == ["Week 2 already has sessions. Replace them with a copy of week 1? "
                     "What is behind you, the days gone or with sets logged, stays as it was."]
    assert page.week == 1 and session_index(page.model, MON).data().splitlines()[1].startswith("done\u00a0· ")
    second = six_weeks.program.weeks[1].sessions
    assert [s.items[0].prescription.sets for s in second] == [2, 2, 4]  # Friday, ahead, is the copy's
    assert undone_then_all_lived(page, page.copy_to_next, before, monkeypatch, PROGRAM_START + timedelta(weeks=2)) \
        == "Copy the week to week 2, leaving what is behind you as it was"
    assert asked[1:] == ["The week after week 1 is behind you: a copy changes no day gone or logged."]


def test_a_deload_week_partly_lived_stays_one_when_the_week_before_is_copied_over_it(
        qtbot: QtBot, six_weeks: LiveWorkspace, monkeypatch: pytest.MonkeyPatch) -> None:
    """On Wednesday of the deload week 4, its Monday gone at the deload's doses, "To the next week" from week 3 made
    Wednesday and Friday full training sessions and week 4 a training week: it stays a deload, its days ahead the
    copy's as a deload, the question says so, and undo gives back every row."""
    monkeypatch.setattr("glueplan.app.clock.today", lambda: PROGRAM_START + timedelta(weeks=3, days=2))
    page = on_screen(qtbot, WeekPage(six_weeks), 1366, 700)
    six_weeks.apply(EditPlanned(2, 1, 0, Prescription(4, RepRange(8, 12), 1, 120)))
    before = identity(six_weeks.program)
    asked = answered_yes(monkeypatch)
    page.set_week(2)
    page.copy_to_next.trigger()
    assert asked == ["Week 4 already has sessions. Replace them with a copy of week 3? "
                     "What is behind you, the days gone or with sets logged, stays as it was. "
                     "A deload week stays one: it is made again from the copy."]
    fourth = six_weeks.program.weeks[3]
    assert page.week == 3 and fourth.deload and page.week_label.text().endswith(" · deload")
    assert [(s.items[0].prescription.sets, s.items[0].prescription.rir) for s in fourth.sessions] == \
        [(1, 4), (2, 3), (1, 4)]  # Wednesday: 4 sets at RIR 1 in week 3
    stack = six_weeks.undo_stacks[History.PLAN]
    assert stack.text(stack.index() - 1) == "Copy the week to week 4, leaving what is behind you as it was"
    stack.undo()
    assert identity(six_weeks.program) == before
