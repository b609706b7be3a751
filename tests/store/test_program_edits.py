"""Program edits in the database: each one transaction, and undoing them all restores the start."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from glueplan.domain.commands import AddExercise, Edit, MoveExercise, RemoveExercise, RemoveSession
from glueplan.domain.language import Language
from glueplan.domain.log import LoggedSet
from glueplan.domain.plan import Program, Weekday
from glueplan.domain.trainee import Trainee
from glueplan.store.repository import Repository
from tests.domain.test_commands import P, changes, seed_program


def identity(program: Program) -> Any:
    """The program with its database ids, which plain equality leaves out."""
    return [(week.deload, [(s.id, s, [(i.id, i) for i in s.items]) for s in week.sessions]) for week in program.weeks]


def stored(repository: Repository) -> tuple[int, Program]:
    trainee_id = repository.add_trainee(Trainee("Ida"))
    program_id = repository.add_program(trainee_id, replace(seed_program(), start=date(2026, 11, 23)))
    return program_id, repository.program(program_id)


def test_saving_assigns_ids_and_keeps_existing_ones(repository: Repository) -> None:
    program_id, program = stored(repository)
    after = AddExercise(0, Weekday.TUE, "clamshell", P).apply(program)
    saved = repository.save_program(program_id, after)
    new_session = saved.weeks[0].sessions[-1]
    assert new_session.id is not None and new_session.items[0].id is not None
    assert identity(repository.program(program_id)) == identity(saved)
    first = program.weeks[0].sessions[0]
    assert saved.weeks[0].sessions[0].id == first.id and saved.weeks[0].sessions[0].items[0].id == first.items[0].id


def test_a_moved_exercise_keeps_its_row_and_its_logged_sets(repository: Repository) -> None:
    program_id, program = stored(repository)
    trainee_id = repository.trainee_ids()[0]
    squat = program.weeks[0].sessions[0].items[0]
    repository.log_set(trainee_id, LoggedSet("back_squat", datetime(2026, 11, 23, 18), 60, 8,
                                             planned_exercise_id=squat.id))
    moved = repository.save_program(program_id, MoveExercise(0, 0, 0, to_day=Weekday.WED).apply(program))
    assert moved.weeks[0].sessions[1].items[-1].id == squat.id
    assert repository.logged_sets(trainee_id)[0].planned_exercise_id == squat.id


def test_undoing_a_deletion_brings_the_rows_back_under_their_ids(repository: Repository) -> None:
    program_id, program = stored(repository)
    edit = Edit.make(program, RemoveSession(0, 0), Language.EN)
    repository.save_program(program_id, edit.after)
    repository.save_program(program_id, edit.before)
    assert identity(repository.program(program_id)) == identity(program)


def test_removing_weeks_and_exercises(repository: Repository) -> None:
    program_id, program = stored(repository)
    removed = RemoveExercise(0, 0, 0).apply(program)
    shorter = replace(removed, weeks=removed.weeks[:1])
    repository.save_program(program_id, shorter)
    loaded = repository.program(program_id)
    assert loaded == shorter and len(loaded.weeks) == 1 and len(loaded.weeks[0].sessions[0].items) == 2


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_any_sequence_of_edits_then_undoing_all_restores_memory_and_database(repository: Repository,
                                                                             data: st.DataObject) -> None:
    trainee_id = repository.trainee_ids()[0] if repository.trainee_ids() else repository.add_trainee(Trainee("I"))
    program_id = repository.add_program(trainee_id, replace(seed_program(), start=date(2026, 11, 23)))
    start = repository.program(program_id)
    program = start
    history = []
    for _ in range(data.draw(st.integers(1, 10))):
        edit = Edit.make(program, data.draw(changes(program)), Language.EN)
        after = repository.save_program(program_id, edit.after)
        edit = replace(edit, after=after)  # what redo restores: the ids the rows were given
        history.append(edit)
        program = after
        assert identity(repository.program(program_id)) == identity(program)
    for edit in reversed(history):
        program = repository.save_program(program_id, edit.before)
    assert identity(program) == identity(start)
    assert identity(repository.program(program_id)) == identity(start)
