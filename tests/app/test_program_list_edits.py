"""Programs as a list (issue 12): rename, move the start, duplicate, delete and choose the active
one, each undoable and redoable exactly and each one committed transaction in the store."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime

from msgspec.structs import replace
import pytest
from sqlalchemy import event

from glueplan.app.changes import ChangeSet
from glueplan.app.command import Command
from glueplan.app.log_edits import LogSet
from glueplan.app.program_edits import EditProgram
from glueplan.app.program_list_edits import ActivateProgram, DeleteProgram, DuplicateProgram, EditProgramDetails
from glueplan.app.workspace import Workspace
from glueplan.domain.commands import AddExercise
from glueplan.domain.log import LoggedSet
from glueplan.domain.plan import Weekday
from glueplan.store.database import Store
from glueplan.store.errors import StaleProgram
from glueplan.store.repository import ProgramDetails
from tests.conftest import PROGRAM_START, identity, seed_000, workspace_on
from tests.domain.test_commands import P


@contextmanager
def commits(store: Store) -> Iterator[list[int]]:
    """Counts the transactions committed while the block runs."""
    counted: list[int] = []

    def one(_connection: object) -> None:
        counted.append(1)

    event.listen(store.engine, "commit", one)
    try:
        yield counted
    finally:
        event.remove(store.engine, "commit", one)


def in_one_transaction(store: Store, workspace: Workspace, command: Command, undo: bool = False) -> None:
    with commits(store) as counted:
        (workspace.revert if undo else workspace.execute)(command)
    assert len(counted) == 1, f"{command.text}: {len(counted)} transactions"


def second_program(workspace: Workspace) -> int:
    return workspace.repository.add_program(workspace.trainee_id, replace(seed_000(1), name="Older"), "seed-000")


def test_rename_and_move_the_start_of_the_open_program(store: Store, workspace: Workspace) -> None:
    assert workspace.program_id is not None and workspace.program is not None
    name = workspace.program.name
    edit = EditProgramDetails(workspace.program_id, ProgramDetails(name, PROGRAM_START),
                              ProgramDetails("Spring block", date(2027, 3, 1)), "rename")
    in_one_transaction(store, workspace, edit)
    assert (workspace.program.name, workspace.program.start) == ("Spring block", date(2027, 3, 1))
    assert workspace.program.date_of(0, Weekday.WED) == date(2027, 3, 3)
    workspace.execute(EditProgram(AddExercise(0, Weekday.TUE, "clamshell", P), "add"))  # the version followed
    other = workspace_on(store)
    assert other.program is not None and (other.program.name, other.program.start) == ("Spring block",
                                                                                       date(2027, 3, 1))


def test_rename_undo_redo_and_a_stale_rename_is_refused(store: Store, workspace: Workspace) -> None:
    assert workspace.program_id is not None and workspace.program is not None
    before = ProgramDetails(workspace.program.name, PROGRAM_START)
    edit = EditProgramDetails(workspace.program_id, before, replace(before, name="Renamed"), "rename")
    workspace.execute(edit)
    in_one_transaction(store, workspace, edit, undo=True)
    assert workspace.program.name == before.name
    workspace.execute(edit)
    assert [p.name for p in workspace.repository.program_overview(workspace.trainee_id)] == ["Renamed"]
    stale = EditProgramDetails(workspace.program_id, before, replace(before, name="Mine"), "rename")
    with pytest.raises(StaleProgram):
        workspace.execute(stale)  # another window renamed it since this one read the name
    assert workspace.program.name == "Renamed"


def test_duplicate_makes_an_independent_copy_under_the_same_ids_on_redo(store: Store, workspace: Workspace) -> None:
    assert workspace.program_id is not None and workspace.program is not None
    duplicate = DuplicateProgram(workspace.program_id, "Copy", "duplicate")
    in_one_transaction(store, workspace, duplicate)
    assert duplicate.copy_id is not None and workspace.program_id != duplicate.copy_id
    copy = workspace.repository.program(duplicate.copy_id)
    assert copy.weeks == workspace.program.weeks and copy.name == "Copy"
    assert {s.id for w in copy.weeks for s in w.sessions}.isdisjoint(
        {s.id for w in workspace.program.weeks for s in w.sessions})
    first = identity(copy)
    in_one_transaction(store, workspace, duplicate, undo=True)
    assert [p.name for p in workspace.repository.program_overview(workspace.trainee_id)] == [workspace.program.name]
    workspace.execute(duplicate)
    assert identity(workspace.repository.program(duplicate.copy_id)) == first


def test_delete_opens_another_and_undo_brings_it_back_whole_with_its_log_links(store: Store,
                                                                               workspace: Workspace) -> None:
    assert workspace.program_id is not None and workspace.program is not None
    deleted_id, whole = workspace.program_id, identity(workspace.program)
    older = second_program(workspace)
    ActivateProgram(deleted_id, "activate").do(workspace)
    planned = workspace.program.weeks[0].sessions[0].items[0]
    log = LogSet(LoggedSet(planned.exercise_id, datetime(2026, 11, 23, 18), 60.0, 8, 2, planned_exercise_id=planned.id),
                 "log")
    workspace.execute(log)
    delete = DeleteProgram(deleted_id, "delete")
    in_one_transaction(store, workspace, delete)
    assert workspace.program_id == older and [p.id for p in workspace.repository.program_overview(
        workspace.trainee_id)] == [older]
    assert workspace.sets_on(date(2026, 11, 23))[0][1].planned_exercise_id is None  # the set stays, unlinked
    in_one_transaction(store, workspace, delete, undo=True)
    assert workspace.program_id == deleted_id and identity(workspace.program) == whole
    assert workspace.sets_on(date(2026, 11, 23))[0][1].planned_exercise_id == planned.id
    assert workspace.repository.active_program(workspace.trainee_id) == deleted_id


def test_the_active_program_is_the_one_opened_and_the_one_the_app_starts_with(store: Store,
                                                                              workspace: Workspace) -> None:
    first = workspace.program_id
    older = second_program(workspace)  # newer by id: it would open by default
    assert workspace_on(store).program_id == older
    activate = ActivateProgram(first or 0, "activate")
    assert workspace.execute(activate) == ChangeSet(programs=True)  # open already, now chosen
    assert workspace.repository.active_program(workspace.trainee_id) == first
    assert workspace_on(store).program_id == first
    activate_older = ActivateProgram(older, "activate")
    in_one_transaction(store, workspace, activate_older)
    assert workspace.program_id == older and workspace_on(store).program_id == older
    workspace.revert(activate_older)
    assert workspace.program_id == first and workspace_on(store).program_id == first
