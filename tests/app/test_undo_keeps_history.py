"""Undo and redo of a plan edit run later than the edit: the days lived since (gone, or with sets logged) keep what
they hold, as the edit itself and a copy of a week keep them. A copy made on Monday and undone on Thursday rewrote
Wednesday's session, done against the copy, to the old dose: "done" turned "partly done" after the fact."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from msgspec.structs import replace
import pytest

from glueplan.app.changes import ChangeSet
from glueplan.app.log_edits import LogSet
from glueplan.app.program_edits import AllLived, EditProgram
from glueplan.app.workspace import Workspace
from glueplan.domain.commands import (CopyWeekForward, EditPlanned, EditPlannedAll, MakeDeload, MoveExercise,
                                      MoveSession)
from glueplan.domain.log import LoggedSet
from glueplan.domain.plan import Program, Weekday
from tests.conftest import PROGRAM_START

MON, WED, FRI = 0, 1, 2  # seed-000's sessions of a week: Monday, Wednesday and Friday


def on(monkeypatch: pytest.MonkeyPatch, day: date) -> None:
    """The clock of the window's history (what is lived) says ``day``."""
    monkeypatch.setattr("glueplan.app.clock.today", lambda: day)


def sets_of(program: Program | None, week: int, session: int) -> int:
    assert program is not None
    return program.weeks[week].sessions[session].items[0].prescription.sets


def stored(workspace: Workspace) -> Program:
    assert workspace.program_id is not None
    return workspace.repository.program_state(workspace.program_id)[0]


def dosed(workspace: Workspace, week: int, session: int, sets: int) -> EditPlanned:
    """The first exercise of a session given ``sets`` sets."""
    assert workspace.program is not None
    item = workspace.program.weeks[week].sessions[session].items[0]
    return EditPlanned(week, session, 0, replace(item.prescription, sets=sets), item.load_kg, item.note)


def set_on(program: Program | None, week: int, weekday: Weekday) -> LogSet:
    """The logging of a set of the day's first planned exercise, against it."""
    assert program is not None
    day = program.date_of(week, weekday)
    assert day is not None
    item = next(s for s in program.weeks[week].sessions if s.day == weekday).items[0]
    return LogSet(LoggedSet(item.exercise_id, datetime.combine(day, time(18)), 60, 8, 2, planned_exercise_id=item.id),
                  "log")


def logged_on(workspace: Workspace, week: int, weekday: Weekday) -> None:
    """A set of the day's first planned exercise, logged against it."""
    workspace.execute(set_on(workspace.program, week, weekday))


def test_an_undo_days_later_keeps_the_days_gone_since_and_undoes_the_rest(workspace: Workspace,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """On Tuesday the coach writes Monday's sets as done (a day gone already) and Wednesday's and Friday's as
    planned, one step; undone on Thursday, Monday's and Friday's go back and Wednesday, lived since, stays. Before,
    Wednesday's rows were rewritten to the old dose (failed: 2 sets, not 4)."""
    on(monkeypatch, PROGRAM_START + timedelta(days=1))
    edit = EditProgram(EditPlannedAll(tuple(dosed(workspace, 0, session, 4) for session in (MON, WED, FRI))), "dose")
    workspace.execute(edit)
    on(monkeypatch, PROGRAM_START + timedelta(days=3))
    change = workspace.revert(edit)
    for program in (workspace.program, stored(workspace)):
        assert [sets_of(program, 0, session) for session in (MON, WED, FRI)] == [2, 4, 2]
    assert change.weeks == {0}
    assert edit.kept == (PROGRAM_START + timedelta(days=2),)


def test_a_redo_days_later_keeps_the_days_gone_since(workspace: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    """Made and undone on Monday, redone on Thursday: Wednesday, gone since, keeps the dose it was lived by (failed
    before: it was rewritten to 4 sets), Friday takes the edit again."""
    on(monkeypatch, PROGRAM_START)
    edit = EditProgram(EditPlannedAll((dosed(workspace, 0, WED, 4), dosed(workspace, 0, FRI, 4))), "dose")
    workspace.execute(edit)
    workspace.revert(edit)
    on(monkeypatch, PROGRAM_START + timedelta(days=3))
    workspace.execute(edit)
    for program in (workspace.program, stored(workspace)):
        assert [sets_of(program, 0, session) for session in (WED, FRI)] == [2, 4]
    assert edit.kept == (PROGRAM_START + timedelta(days=2),)
    workspace.revert(edit)  # the same day again: Friday's edit alone is taken back, nothing is said to be kept
    assert [sets_of(workspace.program, 0, session) for session in (WED, FRI)] == [2, 2] and edit.kept == ()


def test_an_undo_after_a_set_logged_keeps_that_day(workspace: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    """The finding's walk on one day: Wednesday's session changed, then logged against (ahead of time, as the Log
    takes a day's sets), then the edit undone: Wednesday keeps what it was logged against (failed before)."""
    on(monkeypatch, PROGRAM_START)
    edit = EditProgram(EditPlannedAll((dosed(workspace, 1, WED, 4), dosed(workspace, 1, FRI, 4))), "dose")
    workspace.execute(edit)
    logged_on(workspace, 1, Weekday.WED)
    workspace.revert(edit)
    for program in (workspace.program, stored(workspace)):
        assert [sets_of(program, 1, session) for session in (WED, FRI)] == [4, 2]
    assert edit.kept == (PROGRAM_START + timedelta(weeks=1, days=2),)


def test_a_copy_forward_undone_after_a_day_lived_against_it_keeps_that_day(workspace: Workspace,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """The review's walk: week 1 copied over week 2 on week 2's Monday, Wednesday logged against the copy, the copy
    undone on Thursday: Monday and Wednesday keep the copy's dose, Friday goes back (failed before: all went back)."""
    on(monkeypatch, PROGRAM_START)
    workspace.execute(EditProgram(EditPlannedAll(tuple(dosed(workspace, 0, s, 3) for s in (MON, WED, FRI))), "dose"))
    monday = PROGRAM_START + timedelta(weeks=1)
    on(monkeypatch, monday)
    assert workspace.program is not None
    copy = EditProgram(CopyWeekForward.ahead(workspace.program, 0, workspace.past(monday)), "copy")
    workspace.execute(copy)
    logged_on(workspace, 1, Weekday.WED)
    on(monkeypatch, monday + timedelta(days=3))
    workspace.revert(copy)
    for program in (workspace.program, stored(workspace)):
        assert [sets_of(program, 1, session) for session in (MON, WED, FRI)] == [3, 3, 2]
    assert copy.kept == (monday, monday + timedelta(days=2))


def exercises_on(program: Program | None, week: int, day: Weekday) -> list[str]:
    assert program is not None
    return [item.exercise_id for s in program.weeks[week].sessions if s.day == day for item in s.items]


def test_what_was_moved_off_a_day_lived_since_stays_where_it_is(workspace: Workspace,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """On Monday Wednesday's session goes to Saturday and its deadlift to Friday's, two steps; undone on Thursday,
    neither goes back to the Wednesday gone (it would show missed), and neither is lost between the two days (failed
    before: both went back to Wednesday). Each undo, left nothing, is refused and the step stays done (failed before:
    each was taken, as "undone, except Wednesday" with nothing undone)."""
    on(monkeypatch, PROGRAM_START)
    deadlift = EditProgram(MoveExercise(0, WED, 0, Weekday.FRI, to_session=FRI), "move")
    workspace.execute(deadlift)
    session = EditProgram(MoveSession(0, WED, Weekday.SAT), "move")
    workspace.execute(session)
    moved = [exercises_on(workspace.program, 0, day) for day in (Weekday.WED, Weekday.FRI, Weekday.SAT)]
    on(monkeypatch, PROGRAM_START + timedelta(days=3))
    with pytest.raises(AllLived) as refused:
        workspace.revert(session)
    assert refused.value.days == (PROGRAM_START + timedelta(days=2),) and session.kept == ()
    assert workspace.execute(session) == ChangeSet()  # done still: a redo has nothing to do
    with pytest.raises(AllLived):
        workspace.revert(session)
    with pytest.raises(AllLived):
        workspace.revert(deadlift)
    for program in (workspace.program, stored(workspace)):
        assert [exercises_on(program, 0, day) for day in (Weekday.WED, Weekday.FRI, Weekday.SAT)] == moved
    assert moved[0] == [] and moved[1][-1] == "romanian_deadlift" and "romanian_deadlift" not in moved[2]


def deload_marks(workspace: Workspace) -> list[list[bool]]:
    """Each week's deload mark, in the workspace and in the database."""
    return [[week.deload for week in program.weeks] for program in (workspace.program, stored(workspace))]


def doses(workspace: Workspace, week: int) -> list[list[int]]:
    """The week's sessions' first sets, in the workspace and in the database."""
    return [[sets_of(program, week, session) for session in (MON, WED, FRI)]
            for program in (workspace.program, stored(workspace))]



def deload_lived_into(workspace: Workspace, monkeypatch: pytest.MonkeyPatch, week: int, days: int,
                      undone: bool) -> EditProgram:
    """``week`` made a deload on its Monday (and undone there, ``undone``), the clock then ``days`` later."""
    monday = PROGRAM_START + timedelta(weeks=week)
    on(monkeypatch, monday)
    deload = EditProgram(MakeDeload(week), "deload")
    workspace.execute(deload)
    if undone:
        workspace.revert(deload)
    on(monkeypatch, monday + timedelta(days=days))
    return deload


def test_a_deload_undone_on_a_week_partly_lived_stays_one(workspace: Workspace,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Week 2 made a deload on its Monday, undone on Thursday: Monday and Wednesday, lived as a deload, keep its
    dose, Friday goes back to 2 sets, and the week stays a deload, as a copy over a deload week partly lived keeps
    it one (failed before: the mark went back to False with half the week lived at deload doses)."""
    deload = deload_lived_into(workspace, monkeypatch, 1, 3, undone=False)
    assert workspace.revert(deload).weeks == {1}
    assert doses(workspace, 1) == [[1, 1, 2]] * 2
    assert deload_marks(workspace) == [[False, True]] * 2
    assert deload.kept == (PROGRAM_START + timedelta(weeks=1), PROGRAM_START + timedelta(weeks=1, days=2))


def test_a_deload_redone_on_a_week_partly_lived_stays_a_training_week(workspace: Workspace,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """The mirror: made and undone on week 2's Monday, redone on Thursday: Monday and Wednesday, lived as training,
    keep their 2 sets and the week its mark, Friday takes the deload dose (failed before: the week was marked a
    deload with two training days lived in it)."""
    deload = deload_lived_into(workspace, monkeypatch, 1, 3, undone=True)
    assert workspace.execute(deload).weeks == {1}
    assert doses(workspace, 1) == [[2, 2, 1]] * 2
    assert deload_marks(workspace) == [[False, False]] * 2
    assert deload.kept == (PROGRAM_START + timedelta(weeks=1), PROGRAM_START + timedelta(weeks=1, days=2))


def test_a_deload_undone_when_its_week_is_over_is_refused(workspace: Workspace,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Week 1 made a deload on its Monday and undone when it is over: every day of it was lived as a deload, so
    nothing is undone and the undo is refused, the week a deload still (failed before: the mark alone went back,
    ChangeSet(weeks={0}), on a week lived at deload doses)."""
    deload = deload_lived_into(workspace, monkeypatch, 0, 7, undone=False)
    with pytest.raises(AllLived) as refused:
        workspace.revert(deload)
    assert refused.value.days == tuple(PROGRAM_START + timedelta(days=n) for n in (0, 2, 4))
    assert doses(workspace, 0) == [[1, 1, 1]] * 2
    assert deload_marks(workspace) == [[True, False]] * 2


def test_a_deload_redone_when_its_week_is_over_is_refused(workspace: Workspace,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Made and undone on week 1's Monday, redone when the week is over, lived as training: refused, the week a
    training week still (failed before: the mark alone was set, on a week lived at training doses)."""
    deload = deload_lived_into(workspace, monkeypatch, 0, 7, undone=True)
    with pytest.raises(AllLived):
        workspace.execute(deload)
    assert doses(workspace, 0) == [[2, 2, 2]] * 2
    assert deload_marks(workspace) == [[False, False]] * 2
