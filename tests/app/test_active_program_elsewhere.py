"""A window shows its trainee's active program, whichever window chose it: one started, chosen or
deleted in another window is the one this window shows at its next catch-up, as at its next start
(a clinic walk: a program started in window A never reached window B's Week tab while B showed the
client without one)."""

from __future__ import annotations

from glueplan.app.elsewhere import catch_up
from glueplan.app.program_list_edits import ActivateProgram, DeleteProgram
from glueplan.app.setup_edits import StartProgram
from glueplan.store.database import Store
from tests.conftest import seed_000, workspace_on
from tests.store.conftest import database, pytest_generate_tests  # noqa: F401  (both engines, as the store's tests)


def test_a_program_started_chosen_and_deleted_elsewhere_is_shown_as_the_active_one(store: Store) -> None:
    here, there = workspace_on(store), workspace_on(store)
    assert here.program_id is None and here.trainee_id == there.trainee_id
    first = StartProgram(seed_000(), "seed-000", "start")
    there.execute(first)
    change = catch_up(here)  # none -> one
    assert change.program and here.program_id == first.program_id and here.program == there.program
    there.execute(StartProgram(seed_000(weeks=3), "seed-000", "start"))
    catch_up(here)  # one -> another (the newest started is active)
    assert here.program_id == there.program_id != first.program_id and here.program == there.program
    assert first.program_id is not None
    there.execute(ActivateProgram(first.program_id, "open"))
    catch_up(here)  # chosen on the other window's Programs tab
    assert here.program_id == first.program_id
    assert not catch_up(here).program  # nothing new: nothing announced, nothing read again


def test_a_program_deleted_and_brought_back_elsewhere_comes_and_goes(store: Store) -> None:
    here, there = workspace_on(store), workspace_on(store)
    start = StartProgram(seed_000(), "seed-000", "start")
    there.execute(start)
    catch_up(here)
    assert start.program_id is not None
    delete = DeleteProgram(start.program_id, "delete")
    there.execute(delete)
    assert catch_up(here).program and here.program_id is None and here.program is None  # one -> none
    there.revert(delete)
    assert catch_up(here).program and here.program_id == there.program_id is not None  # none -> one again
    assert here.program == there.program
