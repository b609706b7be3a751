"""A program deleted and brought back by another window's undo is not taken for the copy this
window read before: it comes back as the other window left it, at a version no window has read."""

from __future__ import annotations

import pytest

from glueplan.app.elsewhere import catch_up
from glueplan.app.program_edits import EditProgram
from glueplan.app.program_list_edits import DeleteProgram
from glueplan.app.workspace import Workspace
from glueplan.domain.commands import AddExercise, RemoveExercise
from glueplan.domain.plan import Weekday
from glueplan.store.database import Store
from glueplan.store.errors import StaleProgram
from tests.conftest import workspace_on
from tests.domain.test_commands import P
from tests.store.conftest import database, pytest_generate_tests  # noqa: F401  (both engines, as the store's tests)


def _edited_deleted_and_brought_back_elsewhere(store: Store, workspace: Workspace) -> Workspace:
    """The other window adds an exercise to the program this window shows (read at version 0),
    deletes the program and undoes the deletion, before this window catches up."""
    assert workspace.program_id is not None
    other = workspace_on(store)
    other.load_program(workspace.program_id)
    other.execute(EditProgram(AddExercise(0, Weekday.TUE, "clamshell", P), "add"))
    delete = DeleteProgram(workspace.program_id, "delete")
    other.execute(delete)
    other.revert(delete)
    assert other.program_id == workspace.program_id
    return other


def test_a_window_catching_up_reads_a_program_brought_back_elsewhere_again(store: Store,
                                                                           workspace: Workspace) -> None:
    """It came back at version 0, the one this window read before the other window's edit, so the
    catch-up took it for unchanged and the window kept showing it without the exercise added."""
    other = _edited_deleted_and_brought_back_elsewhere(store, workspace)
    catch_up(workspace)
    assert workspace.program == other.program


def test_a_drop_on_the_copy_read_before_onto_the_day_the_other_window_filled_is_refused(
        store: Store, workspace: Workspace) -> None:
    """Not caught up yet, this window's drop onto Tuesday, where the other window started a session, is
    refused as stale (it was written over the program the other window brought back, from a copy without
    its exercise)."""
    other = _edited_deleted_and_brought_back_elsewhere(store, workspace)
    assert other.program is not None and other.program_id is not None
    with pytest.raises(StaleProgram):
        workspace.execute(EditProgram(AddExercise(0, Weekday.TUE, "glute_bridge", P), "add"))
    assert workspace.repository.program(other.program_id) == other.program


def test_an_edit_on_the_copy_read_before_of_what_the_other_window_left_alone_keeps_its_exercise(
        store: Store, workspace: Workspace) -> None:
    """An exercise taken out of Monday, which the other window left alone, is taken out of the program it
    brought back (made again on it), its exercise on Tuesday kept."""
    other = _edited_deleted_and_brought_back_elsewhere(store, workspace)
    assert other.program is not None and other.program_id is not None
    remove = EditProgram(RemoveExercise(0, 0, 0), "remove")
    workspace.execute(remove)
    assert remove.took_in is not None
    assert workspace.repository.program(other.program_id) == RemoveExercise(0, 0, 0).apply(other.program)
