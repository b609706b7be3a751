"""A trainee archived in another window gives way, in this one, to the trainee a start would show:
the window went on showing them, its switcher blank, and a set logged there afterwards was saved to
the archived client (a clinic walk)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from glueplan.app.changes import ChangeSet
from glueplan.app.elsewhere import catch_up
from glueplan.app.log_edits import LogSet
from glueplan.app.program_edits import EditProgram
from glueplan.app.trainees import ArchiveTrainee, remember, show
from glueplan.domain.catalog import builtin_catalog
from glueplan.domain.commands import AddExercise
from glueplan.domain.language import Language
from glueplan.domain.log import LoggedSet
from glueplan.domain.plan import Weekday
from glueplan.domain.trainee import Trainee
from glueplan.store.database import Store
from glueplan.store.errors import ARCHIVED_PLAN, TraineeArchived
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
    remember(store.engine.url, bo)  # archived on another computer: Bo was the one last used on this one
    catch_up(here)
    assert (here.trainee_id, here.trainee.name, here.program_id) == (bo, "Bo", bo_program)
    here.execute(LogSet(LoggedSet("back_squat", datetime(2026, 11, 23, 7), 100.0, 5, 2), "log"))
    assert here.repository.sets_on(ane, date(2026, 11, 23)) == []  # not the archived client's
    assert len(here.repository.sets_on(bo, date(2026, 11, 23))) == 1


def test_an_edit_or_undo_for_a_client_archived_elsewhere_is_refused_and_can_be_made_once_restored(
        store: Store) -> None:
    """A set logged, a plan edited or a set's logging undone in a window that has not caught up yet with
    the archive made in another went into the archived client. Each is refused with the reason, nothing
    written; the steps stay as they were, so that brought back, the same set is logged and the undo taken."""
    here, there = workspace_on(store), workspace_on(store)
    ane = here.repository.add_trainee(Trainee("Ane Kjær"))
    program_id = here.repository.add_program(ane, seed_000(), "seed-000", activate=True)
    show(here, ane)
    show(there, ane)
    first = LogSet(LoggedSet("back_squat", datetime(2026, 11, 23, 7), 100.0, 5, 2), "log")
    here.execute(first)
    archive = ArchiveTrainee("archive")
    there.execute(archive)

    second = LogSet(LoggedSet("back_squat", datetime(2026, 11, 23, 7, 5), 100.0, 5, 2), "log")
    with pytest.raises(TraineeArchived) as caught:
        here.execute(second)
    assert caught.value.text(Language.EN).startswith("“Ane Kjær” was archived in another window or on another "
                                                     "computer, so nothing was saved to their log.")
    with pytest.raises(TraineeArchived):
        here.revert(first)
    plan = EditProgram(AddExercise(0, Weekday.SUN, "clamshell", builtin_catalog().exercise("clamshell").prescription),
                       "add")
    shown, version = here.program, here.version
    with pytest.raises(TraineeArchived) as caught:
        here.execute(plan)
    assert caught.value.key == ARCHIVED_PLAN
    assert (here.program, here.version) == (shown, version)  # nothing to reload: the program did not change
    assert here.repository.program_state(program_id)[1] == version
    assert len(here.repository.sets_on(ane, date(2026, 11, 23))) == 1

    there.revert(archive)  # brought back: the same steps go through
    here.execute(second)
    here.revert(first)
    here.execute(plan)
    assert [s.performed_at for _id, s in here.repository.sets_on(ane, date(2026, 11, 23))] == \
        [datetime(2026, 11, 23, 7, 5)]
    assert here.repository.program_state(program_id)[1] == version + 1
