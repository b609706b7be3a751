"""The application layer without Qt: every edit is a command that says what it changed, can be
undone and redone exactly, and never overwrites what another window saved."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

from msgspec.structs import replace
import pytest

from glueplan.app.changes import ChangeSet
from glueplan.app.log_edits import DeleteSet, EditSet, LogSet
from glueplan.app.opening import open_workspace
from glueplan.app.program_edits import EditProgram
from glueplan.app.setup_edits import EditProfile, SaveOwnExercise, StartProgram
from glueplan.app.workspace import Workspace
from glueplan.domain.commands import (
    AddExercise,
    Change,
    CopyWeekForward,
    EditSession,
    MoveExercise,
    MoveSession,
    RemoveExercise,
    RemoveSession,
    SessionHead,
)
from glueplan.domain.language import Language
from glueplan.domain.log import LoggedSet
from glueplan.domain.plan import Weekday
from glueplan.domain.templates import builtin_templates
from glueplan.domain.trainee import Level, kilograms
from glueplan.store.database import Store
from glueplan.store.errors import StaleProgram
from tests.conftest import identity, trainee_ids, workspace_on
from tests.domain.test_commands import P


def heard(workspace: Workspace) -> list[ChangeSet]:
    changes: list[ChangeSet] = []
    workspace.subscribe(changes.append)
    return changes


def test_a_program_edit_says_which_week_changed_and_undo_restores_the_rows(workspace: Workspace) -> None:
    assert workspace.program is not None and workspace.program_id is not None
    before = identity(workspace.program)
    changes = heard(workspace)
    edit = EditProgram(AddExercise(1, Weekday.TUE, "clamshell", P), "add")
    change = workspace.execute(edit)
    assert change == ChangeSet(weeks=frozenset({1}), report=True)
    assert changes == [change]
    stored, _version = workspace.repository.program_state(workspace.program_id)
    assert identity(stored) == identity(workspace.program)
    assert workspace.report == workspace.validate(workspace.program)
    workspace.revert(edit)
    assert identity(workspace.program) == before
    assert identity(workspace.repository.program_state(workspace.program_id)[0]) == before
    workspace.execute(edit)  # redo: the very rows the first do made
    assert identity(workspace.repository.program_state(workspace.program_id)[0]) == identity(workspace.program)


def test_sets_logged_against_a_deleted_exercise_are_linked_again_by_undo(workspace: Workspace) -> None:
    """Deleting a planned exercise cuts its logged sets loose; its undo links them again, and so
    on through redo and undo, for the deleted exercise and for one added and then undone."""
    assert workspace.program is not None and workspace.program.start is not None
    when = datetime.combine(workspace.program.start, datetime.min.time()).replace(hour=18)
    squat = workspace.program.weeks[0].sessions[0].items[0]
    set_id = workspace.repository.log_set(workspace.trainee_id,
                                          LoggedSet(squat.exercise_id, when, 60, 8, planned_exercise_id=squat.id))

    def link() -> int | None:
        return dict(workspace.sets_on(when.date()))[set_id].planned_exercise_id

    delete = EditProgram(RemoveExercise(0, 0, 0), "delete")
    workspace.execute(delete)
    assert link() is None
    workspace.revert(delete)
    assert link() == squat.id
    workspace.execute(delete)
    assert link() is None
    workspace.revert(delete)
    assert link() == squat.id

    add = EditProgram(AddExercise(0, Weekday.TUE, "clamshell", P), "add")
    workspace.execute(add)
    clamshell = next(item for s in workspace.program.weeks[0].sessions if s.day == Weekday.TUE
                     for item in s.items if item.exercise_id == "clamshell")
    later = workspace.repository.log_set(workspace.trainee_id, LoggedSet("clamshell", when, 0, 15,
                                                                         planned_exercise_id=clamshell.id))
    workspace.revert(add)
    workspace.execute(add)
    assert dict(workspace.sets_on(when.date()))[later].planned_exercise_id == clamshell.id


@pytest.mark.parametrize("change", [RemoveExercise(0, 1, 0), MoveExercise(0, 1, 0, Weekday.FRI)],
                         ids=["delete", "move"])
def test_a_session_emptied_goes_and_undo_brings_it_back_as_it_was(workspace: Workspace, change: Change) -> None:
    """Wednesday's session (the second of three), down to one exercise, a time and a title of its own,
    goes when that exercise is deleted or moved to Friday; the step says week 0 changed, and its
    undo brings the session back under its id, in its place, with its exercise (id too)."""
    assert workspace.program is not None and workspace.program_id is not None
    hinge = EditSession(0, 1, SessionHead(time(7, 15), "Hinge"))
    for edit in (RemoveExercise(0, 1, 2), RemoveExercise(0, 1, 1), hinge):
        workspace.execute(EditProgram(edit, "setup"))
    before = identity(workspace.program)
    step = EditProgram(change, "empties Wednesday")
    assert workspace.execute(step) == ChangeSet(weeks=frozenset({0}), report=True)
    assert [s.day for s in workspace.program.weeks[0].sessions] == [Weekday.MON, Weekday.FRI]
    assert identity(workspace.repository.program_state(workspace.program_id)[0]) == identity(workspace.program)
    assert workspace.revert(step) == ChangeSet(weeks=frozenset({0}), report=True)
    assert identity(workspace.program) == before
    assert identity(workspace.repository.program_state(workspace.program_id)[0]) == before
    workspace.execute(step)  # redo
    assert [s.day for s in workspace.repository.program_state(workspace.program_id)[0].weeks[0].sessions] == [
        Weekday.MON, Weekday.FRI]


def test_adding_a_week_says_the_program_changed(workspace: Workspace) -> None:
    assert workspace.program is not None
    weeks = len(workspace.program.weeks)
    change = workspace.execute(EditProgram(CopyWeekForward(weeks - 1), "copy"))
    assert change.program and change.weeks == frozenset({weeks})


def test_doing_and_undoing_twice_changes_nothing_more(workspace: Workspace) -> None:
    edit = EditProgram(RemoveSession(0, 0), "remove")
    workspace.execute(edit)
    assert not workspace.execute(edit)
    workspace.revert(edit)
    assert not workspace.revert(edit)


def test_a_stale_window_is_refused_and_reloaded(store: Store, workspace: Workspace) -> None:
    """Window A adds clamshell, B (opened before) adds a kickback: B's save is refused, B shows A's
    program, and nothing A saved is lost."""
    other = workspace_on(store)
    assert other.program_id == workspace.program_id
    workspace.execute(EditProgram(AddExercise(0, Weekday.TUE, "clamshell", P), "A"))
    changes = heard(other)
    with pytest.raises(StaleProgram):
        other.execute(EditProgram(AddExercise(0, Weekday.THU, "cable_kickback", P), "B"))
    assert changes and changes[-1].program
    assert other.program is not None and workspace.program is not None
    assert identity(other.program) == identity(workspace.program)
    other.execute(EditProgram(AddExercise(0, Weekday.THU, "cable_kickback", P), "B again"))
    with pytest.raises(StaleProgram):
        workspace.execute(EditProgram(AddExercise(0, Weekday.SAT, "glute_bridge", P), "A stale"))
    stored, _version = workspace.repository.program_state(other.program_id or 0)
    planned = {item.exercise_id for s in stored.weeks[0].sessions for item in s.items}
    assert {"clamshell", "cable_kickback"} <= planned


def test_a_preview_saves_nothing(workspace: Workspace) -> None:
    assert workspace.program is not None and workspace.program_id is not None
    report = workspace.preview(MoveSession(0, 0, Weekday.TUE))
    assert report != workspace.report
    assert workspace.repository.program_state(workspace.program_id)[0] == workspace.program


def _identity(workspace: Workspace, set_id: int) -> str:
    from glueplan.store.schema import LoggedSetRow

    with workspace.repository.store.reading() as session:
        return session.get_one(LoggedSetRow, set_id).import_key


def test_logged_sets_come_back_under_their_ids_and_identities(workspace: Workspace) -> None:
    """An undone set brought back is the same set: the same id, and the same identity, which
    a backup taken meanwhile holds (glueplan/store/set_identity.py)."""
    when = datetime(2026, 11, 23, 18, 5)
    logged = LoggedSet("back_squat", when, 100.0, 8, 2)
    log = LogSet(logged, "log")
    change = workspace.execute(log)
    assert log.set_id is not None
    assert change == ChangeSet(log_days=frozenset({when.date()}), logged=((log.set_id, logged),))
    first_id = log.set_id
    identity = _identity(workspace, first_id)
    workspace.revert(log)
    assert workspace.sets_on(when.date()) == []
    workspace.execute(log)
    assert workspace.sets_on(when.date()) == [(first_id, logged)]
    assert _identity(workspace, first_id) == identity
    heavier = replace(logged, weight_kg=105.0)
    edit = EditSet(first_id, logged, heavier, "edit")
    workspace.execute(edit)
    assert workspace.sets_on(when.date()) == [(first_id, heavier)]
    assert _identity(workspace, first_id) == identity
    delete = DeleteSet(first_id, heavier, "delete")
    workspace.execute(delete)
    assert workspace.sets_on(when.date()) == []
    workspace.revert(delete)
    workspace.revert(edit)
    assert workspace.sets_on(when.date()) == [(first_id, logged)]
    assert _identity(workspace, first_id) == identity


@pytest.mark.parametrize("step", ["redo a logged set", "undo a deletion"])
def test_a_set_brought_back_comes_back_beside_a_set_logged_meanwhile(store: Store, workspace: Workspace,
                                                                     step: str) -> None:
    """A set undone here, and another window logs one: the redo (or the deletion's undo) brings the
    set back beside it (before 0010, on SQLite the other set had the freed id, and was taken for
    this one: nothing came back)."""
    other = workspace_on(store)
    mine = LoggedSet("back_squat", datetime(2026, 11, 23, 18), 100.0, 8, 2)
    theirs = LoggedSet("clamshell", datetime(2026, 11, 23, 18, 5), 0.0, 15, 2)
    if step == "redo a logged set":
        command: LogSet | DeleteSet = LogSet(mine, "log")
        workspace.execute(command)
        workspace.revert(command)
    else:
        command = DeleteSet(workspace.repository.log_set(workspace.trainee_id, mine), mine, "delete")
        workspace.execute(command)
    log = LogSet(theirs, "log")
    other.execute(log)
    if step == "redo a logged set":
        workspace.execute(command)
    else:
        workspace.revert(command)
    assert workspace.sets_on(mine.performed_at.date()) == [(command.set_id, mine), (log.set_id, theirs)]
    if step == "redo a logged set":  # and gone again: this window's set, not the other's
        workspace.revert(command)
    else:
        workspace.execute(command)
    assert workspace.sets_on(mine.performed_at.date()) == [(log.set_id, theirs)]


def test_a_set_deleted_in_two_windows_comes_back_once_as_itself(store: Store, workspace: Workspace,
                                                                  tmp_path: Path) -> None:
    """Both windows delete the set: the second finds it gone, and that is no step (undone, it brought
    the set back without its identity, and a backup taken before added it a second time). The
    first window's undo brings it back, the same set to the backup."""
    from glueplan.app.importing import prepare
    from glueplan.store.formats.json_backup import write_backup
    from glueplan.store.imports.detection import read_history

    other = workspace_on(store)
    logged = LoggedSet("back_squat", datetime(2026, 11, 23, 18), 100.0, 8, 2)
    set_id = workspace.repository.log_set(workspace.trainee_id, logged)
    write_backup(store, tmp_path / "before.json")
    first, second = DeleteSet(set_id, logged, "delete"), DeleteSet(set_id, logged, "delete")
    workspace.execute(first)
    told: list[ChangeSet] = []
    other.subscribe(told.append)
    assert not other.execute(second)
    assert told == [ChangeSet(log_days=frozenset({logged.performed_at.date()}))]  # its view shows it gone now
    workspace.revert(first)
    assert workspace.sets_on(logged.performed_at.date()) == [(set_id, logged)]
    assert prepare(workspace, read_history(tmp_path / "before.json")).sets == 0


def test_a_profile_change_rechecks_the_plan(workspace: Workspace) -> None:
    before = workspace.trainee
    report = workspace.report
    edit = EditProfile(before, replace(before, level=Level.BEGINNER, session_minutes=15), "profile")
    change = workspace.execute(edit)
    assert change.trainee and change.report
    assert workspace.repository.trainee(workspace.trainee_id) == workspace.trainee
    assert workspace.report != report
    workspace.revert(edit)
    assert workspace.trainee == before and workspace.report == report


def test_own_exercises_are_added_undone_and_redone_under_one_id(workspace: Workspace) -> None:
    base = workspace.catalog.exercise("clamshell")
    save = SaveOwnExercise(replace(base, id="", name=replace(base.name, en="Band clamshell"), custom=True), "own")
    assert workspace.execute(save).catalog
    assert save.saved is not None
    own_id = save.saved.id
    assert own_id in workspace.catalog.exercises
    workspace.revert(save)
    assert own_id not in workspace.catalog.exercises
    workspace.execute(save)
    assert workspace.catalog.exercise(own_id).name.en == "Band clamshell"


def test_a_started_program_is_opened_and_undone(store: Store, workspace: Workspace) -> None:
    shown_before = workspace.program_id
    template = builtin_templates()["seed-002"]
    start = StartProgram(replace(template.program(workspace.catalog, Language.EN), start=date(2026, 12, 7)),
                         template.id, "start")
    change = workspace.execute(start)
    assert change.program and workspace.program_id == start.program_id
    assert workspace.program is not None
    first = identity(workspace.program)
    workspace.revert(start)
    assert workspace.program_id == shown_before
    assert start.program_id not in dict(workspace.programs())
    workspace.execute(start)
    assert workspace.program_id == start.program_id and identity(workspace.program) == first


def test_a_new_database_opens_with_one_trainee_and_no_program(store: Store) -> None:
    workspace = open_workspace(store, Language.NB, kilograms)
    assert workspace.program is None and workspace.report is None
    assert trainee_ids(workspace.repository) == [workspace.trainee_id]


def test_the_past_of_the_open_program_is_the_days_gone_and_those_logged(workspace: Workspace) -> None:
    """A fix leaves history alone (the English walk: Friday's session, logged, was to move to Saturday): the
    days before today, and the program's days from today on with sets logged, read from the log."""
    from datetime import timedelta

    from tests.conftest import PROGRAM_START

    thursday = PROGRAM_START + timedelta(days=3)
    workspace.repository.log_set(workspace.trainee_id, LoggedSet("back_squat", datetime.combine(thursday, time(7)),
                                                                 100.0, 8, 2))
    workspace.repository.log_set(workspace.trainee_id, LoggedSet("back_squat", datetime(2026, 11, 2, 18), 90.0, 8))
    past = workspace.past(PROGRAM_START + timedelta(days=1))
    assert past.today == PROGRAM_START + timedelta(days=1) and past.logged == {thursday}
    days = past.days(workspace.program)
    assert (0, Weekday.MON) in days and (0, Weekday.THU) in days
    assert (0, Weekday.TUE) not in days and (1, Weekday.THU) not in days
