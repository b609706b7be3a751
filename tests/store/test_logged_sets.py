"""Logged sets: saved in one statement, linked to the plan only while the plan holds the
exercise, and never overwritten or deleted from a stale copy."""

from __future__ import annotations

from datetime import date, datetime

from msgspec.structs import replace
import pytest

from glueplan.domain.commands import RemoveExercise
from glueplan.domain.log import LoggedSet
from glueplan.domain.trainee import Trainee
from glueplan.store.errors import SET_GONE, StaleSet, StoreError
from glueplan.store.repository import Repository
from tests.domain.test_commands import seed_program

WHEN = datetime(2026, 11, 23, 18, 5)
SQUAT = LoggedSet("back_squat", WHEN, 100.0, 8, 2, "felt easy")


@pytest.fixture
def trainee_id(repository: Repository) -> int:
    return repository.add_trainee(Trainee("Ida"))


def test_a_set_links_to_its_planned_exercise_only_while_the_plan_holds_it(repository: Repository,
                                                                            trainee_id: int) -> None:
    program_id = repository.add_program(trainee_id, replace(seed_program(), start=date(2026, 11, 23)))
    program, version = repository.program_state(program_id)
    squat = program.weeks[0].sessions[0].items[0]
    linked = repository.log_set(trainee_id, replace(SQUAT, planned_exercise_id=squat.id))
    repository.save_program_edit(program_id, program, RemoveExercise(0, 0, 0).apply(program), version)
    late = repository.log_set(trainee_id, replace(SQUAT, planned_exercise_id=squat.id))  # a window not yet reloaded
    assert repository.logged_set(linked).planned_exercise_id is None
    assert repository.logged_set(late) == SQUAT


def test_an_undone_deletion_comes_back_under_its_id(repository: Repository, trainee_id: int) -> None:
    set_id = repository.log_set(trainee_id, SQUAT)
    repository.delete_logged_set(set_id, SQUAT)
    assert repository.log_set(trainee_id, SQUAT, set_id) == set_id
    assert repository.sets_on(trainee_id, WHEN.date()) == [(set_id, SQUAT)]


def test_a_set_changed_elsewhere_is_neither_overwritten_nor_deleted(repository: Repository, trainee_id: int) -> None:
    set_id = repository.log_set(trainee_id, SQUAT)
    elsewhere = replace(SQUAT, reps=9, rir=None)
    repository.update_logged_set(set_id, SQUAT, elsewhere)
    with pytest.raises(StaleSet) as refused:
        repository.update_logged_set(set_id, SQUAT, replace(SQUAT, weight_kg=105.0))
    assert refused.value.key == "store.stale_set"
    with pytest.raises(StaleSet):
        repository.delete_logged_set(set_id, SQUAT)
    assert repository.logged_set(set_id) == elsewhere
    repository.delete_logged_set(set_id, elsewhere)
    assert repository.sets_on(trainee_id, WHEN.date()) == []


def test_a_set_deleted_elsewhere_is_reported_gone(repository: Repository, trainee_id: int) -> None:
    set_id = repository.log_set(trainee_id, SQUAT)
    repository.delete_logged_set(set_id)
    for write in (lambda: repository.update_logged_set(set_id, SQUAT, replace(SQUAT, reps=9)),
                  lambda: repository.delete_logged_set(set_id, SQUAT), lambda: repository.delete_logged_set(set_id)):
        with pytest.raises(StoreError) as refused:
            write()
        assert refused.value.key == SET_GONE


def test_a_set_is_found_by_its_identity_in_its_trainees_log_only(repository: Repository, trainee_id: int) -> None:
    """What an undo brings back a set by (glueplan/app/log_edits.py): its id may be another set's."""
    set_id = repository.log_set(trainee_id, SQUAT, identity="logged|one")
    other = repository.add_trainee(Trainee("Bo"))
    assert repository.logged_set_with(trainee_id, "logged|one") == set_id
    assert repository.logged_set_with(other, "logged|one") is None
    repository.delete_logged_set(set_id)
    assert repository.logged_set_with(trainee_id, "logged|one") is None
