"""Deleting one of the user's own exercises: undoable, and refused, with the places named, while a
program, the log or an own template uses it (the database would refuse the first two anyway, in
words no user can read; a template would no longer start)."""

from __future__ import annotations

from datetime import date, datetime, time

from msgspec.structs import replace
import pytest

from glueplan.app.changes import ChangeSet
from glueplan.app.setup_edits import DeleteOwnExercise
from glueplan.app.workspace import Workspace
from glueplan.domain.catalog import Exercise
from glueplan.domain.language import Language, Localized
from glueplan.domain.log import LoggedSet
from glueplan.domain.plan import PlannedExercise, Program, Session, Week, Weekday
from glueplan.domain.trainee import Level, Trainee
from glueplan.store.database import Store
from glueplan.store.errors import StoreError
from glueplan.store.own_templates import add_template, delete_template, template_plan


def own_exercise(workspace: Workspace) -> Exercise:
    base = workspace.catalog.exercise("clamshell")
    return workspace.repository.add_custom_exercise(replace(base, id="", name=Localized.same("Band clamshell"),
                                                            custom=True))


def test_an_unused_own_exercise_is_deleted_undone_and_redone_under_one_id(workspace: Workspace) -> None:
    mine = own_exercise(workspace)
    workspace.set_catalog(workspace.repository.catalog())
    delete = DeleteOwnExercise(mine, "delete")
    assert workspace.execute(delete).catalog
    assert mine.id not in workspace.catalog.exercises and workspace.repository.custom_exercises() == []
    workspace.revert(delete)
    assert workspace.catalog.exercise(mine.id) == mine and workspace.repository.custom_exercises() == [mine]
    workspace.execute(delete)
    assert mine.id not in workspace.catalog.exercises


def test_an_own_exercise_in_a_program_the_log_or_a_template_is_kept_and_the_places_named(
        workspace: Workspace) -> None:
    repository = workspace.repository
    mine = own_exercise(workspace)
    workspace.set_catalog(repository.catalog())
    ane = repository.add_trainee(Trainee("Ane"))
    session = Session(Weekday.MON, time(18), "", (PlannedExercise(mine.id, mine.prescription),))
    block = Program("Hip block", (Week((session,)),), date(2026, 11, 23))
    program_id = repository.add_program(ane, block)
    set_id = repository.log_set(workspace.trainee_id, LoggedSet(mine.id, datetime(2026, 11, 24, 18), 0.0, 15))
    template = add_template(repository.store, "Rehab", template_plan("Rehab", block, Level.BEGINNER))

    with pytest.raises(StoreError) as refused:
        workspace.execute(DeleteOwnExercise(mine, "delete"))
    assert refused.value.text(Language.EN) == (
        "“Band clamshell” cannot be deleted while it is used: in the program “Hip block” (Ane), "
        "in the log (Me, 1 set) and in the template “Rehab”.")
    assert refused.value.text(Language.DA) == (
        "»Band clamshell« kan ikke slettes, så længe den bruges: i programmet »Hip block« (Ane), "
        "i loggen (Mig, 1 sæt) og i skabelonen »Rehab«.")
    assert workspace.catalog.exercise(mine.id) == mine and repository.custom_exercises() == [mine]

    repository.delete_program(program_id)
    repository.delete_logged_set(set_id)
    with pytest.raises(StoreError) as refused:
        workspace.execute(DeleteOwnExercise(mine, "delete"))
    assert refused.value.text(Language.NB) == "«Band clamshell» kan ikke slettes så lenge den brukes: i malen «Rehab»."
    delete_template(repository.store, template)
    workspace.execute(DeleteOwnExercise(mine, "delete"))
    assert repository.custom_exercises() == []


def test_a_template_that_names_an_exercise_gone_since_stops_no_deletion(workspace: Workspace) -> None:
    """A template may name an exercise that is gone (an import's own exercise, taken out again by
    its undo, which asks no template): deleting another own exercise still looks through it."""
    repository = workspace.repository
    gone, mine = own_exercise(workspace), own_exercise(workspace)
    session = Session(Weekday.MON, time(18), "", (PlannedExercise(gone.id, gone.prescription),))
    add_template(repository.store, "Old", template_plan("Old", Program("P", (Week((session,)),)), Level.BEGINNER))
    repository.delete_custom_exercise(gone.id)
    workspace.set_catalog(repository.catalog())
    workspace.execute(DeleteOwnExercise(mine, "delete"))
    assert repository.custom_exercises() == []


def test_an_undone_deletion_brings_back_the_import_choices_that_named_the_exercise(workspace: Workspace) -> None:
    """Edit > Undo brings the exercise back "as it was": with the names of other apps' exports that
    an import was told to read as it, or the next import asks again; a name chosen for another
    exercise meanwhile keeps that choice."""
    from glueplan.store.imports.batch import remembered_choices
    from glueplan.store.schema import ImportChoiceRow

    repository = workspace.repository
    mine = own_exercise(workspace)
    workspace.set_catalog(repository.catalog())
    with repository.store.transaction() as session:
        session.add_all([ImportChoiceRow(name="band clamshell", exercise_id=mine.id),
                         ImportChoiceRow(name="clam band", exercise_id=mine.id)])
    delete = DeleteOwnExercise(mine, "delete")
    workspace.execute(delete)
    assert remembered_choices(repository) == {}
    with repository.store.transaction() as session:
        session.add(ImportChoiceRow(name="clam band", exercise_id="clamshell"))
    workspace.revert(delete)
    assert remembered_choices(repository) == {"band clamshell": mine.id, "clam band": "clamshell"}


def test_an_exercise_deleted_in_two_windows_comes_back_with_its_import_choices(store: Store,
                                                                              workspace: Workspace) -> None:
    """The second window, not yet caught up, deletes the exercise too and finds it gone: that is no
    step (undone first, it brought the exercise back without its import choices, and the first
    window's undo, finding it back, left them lost)."""
    from glueplan.store.imports.batch import remembered_choices
    from glueplan.store.schema import ImportChoiceRow
    from tests.conftest import workspace_on

    repository = workspace.repository
    mine = own_exercise(workspace)
    other = workspace_on(store)
    workspace.set_catalog(repository.catalog())
    with repository.store.transaction() as session:
        session.add(ImportChoiceRow(name="band clamshell", exercise_id=mine.id))
    first, second = DeleteOwnExercise(mine, "delete"), DeleteOwnExercise(mine, "delete")
    workspace.execute(first)
    told: list[ChangeSet] = []
    other.subscribe(told.append)
    assert not other.execute(second)
    assert [change.catalog for change in told] == [True] and mine.id not in other.catalog.exercises
    workspace.revert(first)
    assert remembered_choices(repository) == {"band clamshell": mine.id}
