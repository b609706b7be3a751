"""A trainee archived in another window gives way, in this one, to the trainee a start would show:
the window went on showing them, its switcher blank, and a set logged there afterwards was saved to
the archived client (a clinic walk)."""

from __future__ import annotations

from datetime import date, datetime

from glueplan.app.changes import ChangeSet
from glueplan.app.elsewhere import catch_up
from glueplan.app.log_edits import LogSet
from glueplan.app.trainees import ArchiveTrainee, remember, show
from glueplan.domain.log import LoggedSet
from glueplan.domain.trainee import Trainee
from glueplan.store.database import Store
from tests.conftest import seed_000, workspace_on
from tests.store.conftest import database, pytest_generate_tests  # noqa: F401  (both engines, as the store's tests)


def test_a_trainee_archived_elsewhere_gives_way_to_the_one_a_start_would_show(store: Store) -> None:
    here, there = workspace_on(store), workspace_on(store)
    me = here.trainee_id
    ane = here.repository.add_trainee(Trainee("Ane Kjær"))
    bo = here.repository.add_trainee(Trainee("Bo"))
    bo_program = here.repository.add_program(bo, seed_000(), "seed-000")
    show(here, ane)
    show(there, ane)
    archive = ArchiveTrainee("archive")
    there.execute(archive)  # it shows the first trainee left, and remembers them as the one last used here
    assert catch_up(here) == ChangeSet.everything()
    assert (here.trainee_id, here.trainee.name, here.program_id) == (me, "Me", None)
    there.revert(archive)
    show(here, ane)
    there.execute(ArchiveTrainee("archive"))
    remember(store, bo)  # archived on another computer: Bo was the one last used on this one
    catch_up(here)
    assert (here.trainee_id, here.trainee.name, here.program_id) == (bo, "Bo", bo_program)
    here.execute(LogSet(LoggedSet("back_squat", datetime(2026, 11, 23, 7), 100.0, 5, 2), "log"))
    assert here.repository.sets_on(ane, date(2026, 11, 23)) == []  # not the archived client's
    assert len(here.repository.sets_on(bo, date(2026, 11, 23))) == 1
