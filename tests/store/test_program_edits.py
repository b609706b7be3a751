"""Program edits in the database: each writes the rows that differ in one transaction, undo
restores the very rows, and a save from a stale copy is refused with nothing written."""

from __future__ import annotations

import getpass
from collections import Counter
from datetime import date, datetime

from msgspec.structs import replace
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from glueplan.domain.commands import AddExercise, MoveExercise, RemoveExercise, RemoveSession
from glueplan.domain.language import Language
from glueplan.domain.log import LoggedSet
from glueplan.domain.plan import Program, Weekday
from glueplan.domain.templates import builtin_templates
from glueplan.domain.trainee import Trainee
from glueplan.store.database import Store, open_store
from glueplan.store.errors import StaleProgram
from glueplan.store.location import database_url
from glueplan.store.repository import Repository, saver
from glueplan.store.schema import PlannedExerciseRow, PlannedSessionRow, ProgramWeekRow
from tests.conftest import identity, trainee_ids
from tests.domain.test_commands import CATALOG, P, changes, seed_program

START = date(2026, 11, 23)


def stored(repository: Repository, program: Program | None = None) -> tuple[int, Program, int]:
    trainee_id = trainee_ids(repository)[0] if trainee_ids(repository) else repository.add_trainee(Trainee("Ida"))
    program_id = repository.add_program(trainee_id, replace(program or seed_program(), start=START))
    return program_id, *repository.program_state(program_id)


def planned(program: Program) -> list[str]:
    return [item.exercise_id for week in program.weeks for s in week.sessions for item in s.items]


def rows(store: Store) -> tuple[int, int, int]:
    with store.reading() as session:
        return tuple(session.scalar(select(func.count()).select_from(table))  # type: ignore[return-value]
                     for table in (ProgramWeekRow, PlannedSessionRow, PlannedExerciseRow))


def test_saving_assigns_ids_keeps_existing_ones_and_raises_the_version(repository: Repository) -> None:
    program_id, program, version = stored(repository)
    after = AddExercise(0, Weekday.TUE, "clamshell", P).apply(program)
    saved, new_version, _cut = repository.save_program_edit(program_id, program, after, version)
    assert new_version == version + 1
    new_session = saved.weeks[0].sessions[-1]
    assert new_session.id is not None and new_session.items[0].id is not None
    assert repository.program_state(program_id) == (saved, new_version)
    assert identity(repository.program(program_id)) == identity(saved)
    first = program.weeks[0].sessions[0]
    assert saved.weeks[0].sessions[0].id == first.id and saved.weeks[0].sessions[0].items[0].id == first.items[0].id


def test_a_moved_exercise_keeps_its_row_and_its_logged_sets(repository: Repository) -> None:
    program_id, program, version = stored(repository)
    trainee_id = trainee_ids(repository)[0]
    squat = program.weeks[0].sessions[0].items[0]
    repository.log_set(trainee_id, LoggedSet("back_squat", datetime(2026, 11, 23, 18), 60, 8,
                                             planned_exercise_id=squat.id))
    after = MoveExercise(0, 0, 0, to_day=Weekday.WED).apply(program)
    moved, _version, _cut = repository.save_program_edit(program_id, program, after, version)
    assert moved.weeks[0].sessions[1].items[-1].id == squat.id
    assert repository.logged_sets(trainee_id)[0].planned_exercise_id == squat.id


def test_undoing_a_deletion_brings_the_rows_back_under_their_ids(repository: Repository) -> None:
    program_id, program, version = stored(repository)
    after, version, _cut = repository.save_program_edit(program_id, program,
                                                        RemoveSession(0, 0).apply(program), version)
    repository.save_program_edit(program_id, after, program, version)
    assert identity(repository.program(program_id)) == identity(program)


def test_weeks_are_removed_and_come_back(repository: Repository, store: Store) -> None:
    program_id, program, version = stored(repository, seed_program(weeks=3))
    removed = RemoveExercise(0, 0, 0).apply(program)
    shorter = replace(removed, weeks=removed.weeks[:1])
    saved, version, _cut = repository.save_program_edit(program_id, program, shorter, version)
    loaded = repository.program(program_id)
    assert loaded == shorter and len(loaded.weeks) == 1 and len(loaded.weeks[0].sessions[0].items) == 2
    repository.save_program_edit(program_id, saved, program, version)
    assert identity(repository.program(program_id)) == identity(program)


def test_the_name_start_and_deload_weeks_are_saved(repository: Repository) -> None:
    program_id, program, version = stored(repository)
    after = replace(program, name="Spring block", start=date(2027, 3, 1),
                    weeks=(program.weeks[0], replace(program.weeks[1], deload=True)))
    repository.save_program_edit(program_id, program, after, version)
    assert repository.program(program_id) == after


def test_a_stale_save_is_refused_and_writes_nothing(repository: Repository, store: Store) -> None:
    program_id, program, version = stored(repository)
    first, _newer, _cut = repository.save_program_edit(program_id, program,
                                                 AddExercise(0, Weekday.TUE, "clamshell", P).apply(program), version)
    state, counts = repository.program_state(program_id), rows(store)
    with pytest.raises(StaleProgram) as refused:
        repository.save_program_edit(program_id, program, RemoveSession(0, 0).apply(program), version)
    assert refused.value.key == "store.stale_program_by" and f"saved by {saver()}" in str(refused.value)
    assert repository.program_state(program_id) == state and rows(store) == counts
    assert identity(repository.program(program_id)) == identity(first)


def test_who_saves_is_looked_up_once_a_run_not_at_every_save(repository: Repository,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """Every save of a program names who saved it (saver: user@computer). Where the login name is not in the
    environment, getpass asks the password database, on a clinic's computers perhaps a directory server over
    the network: once a run, not at each edit (fd9610c's _stale took saver's @cache)."""
    looked_up: list[str] = []
    real = getpass.getuser
    monkeypatch.setattr(getpass, "getuser", lambda: looked_up.append("asked") or real())
    program_id, program, version = stored(repository)
    for day in (Weekday.TUE, Weekday.THU, Weekday.SAT):
        after = AddExercise(0, day, "clamshell", P).apply(program)
        program, version, _cut = repository.save_program_edit(program_id, program, after, version)
    assert len(looked_up) <= 1


def test_two_windows_on_one_file_never_lose_a_confirmed_save(database: str, store: Store) -> None:
    """The issue's scenario: A adds a clamshell, B (opened before) a cable kickback, A a glute
    bridge, B a Nordic curl. Every save from a stale copy is refused; the window reloads and the
    user's change goes in on top of the other's, and the file keeps all four."""
    other = open_store(database_url(database))
    try:
        a, b = Repository(store), Repository(other)
        program_id, program, version = stored(a)
        shown = {a: (program, version), b: b.program_state(program_id)}
        refused: list[str] = []

        def add(window: Repository, exercise: str, day: Weekday) -> None:
            program, version = shown[window]
            try:
                shown[window] = window.save_program_edit(
                    program_id, program, AddExercise(0, day, exercise, P).apply(program), version)[:2]
                return
            except StaleProgram:
                refused.append(exercise)
            program, version = window.program_state(program_id)  # the window reloads; the user drops again
            shown[window] = window.save_program_edit(
                program_id, program, AddExercise(0, day, exercise, P).apply(program), version)[:2]

        add(a, "clamshell", Weekday.TUE)
        add(b, "cable_kickback", Weekday.THU)
        add(a, "glute_bridge", Weekday.SAT)
        add(b, "nordic_curl", Weekday.SUN)
        assert refused == ["cable_kickback", "glute_bridge", "nordic_curl"]
        added = Counter(planned(a.program(program_id))) - Counter(planned(program))
        assert added == Counter(["clamshell", "cable_kickback", "glute_bridge", "nordic_curl"])
        assert identity(a.program(program_id)) == identity(shown[b][0])
    finally:
        other.close()


@st.composite
def programs(draw: st.DrawFn) -> Program:
    template = draw(st.sampled_from(sorted(builtin_templates())))
    return builtin_templates()[template].program(CATALOG, Language.EN, weeks=draw(st.integers(1, 3)))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_any_edit_stores_exactly_its_after_and_undo_its_before(repository: Repository, store: Store,
                                                               data: st.DataObject) -> None:
    """Random programs, random edits (the domain's own changes, and dropping weeks at the end):
    each save leaves the database holding ``after``, ids included, and undoing them all in turn
    brings back every earlier state with the same ids and the same number of rows."""
    program_id, start, version = stored(repository, data.draw(programs()))
    program, history = start, []
    for _ in range(data.draw(st.integers(1, 8))):
        if len(program.weeks) > 1 and data.draw(st.integers(0, 5)) == 0:
            after = replace(program, weeks=program.weeks[:data.draw(st.integers(1, len(program.weeks) - 1))])
        else:
            after = data.draw(changes(program)).apply(program)
        saved, version, _cut = repository.save_program_edit(program_id, program, after, version)
        assert saved == after
        assert identity(repository.program(program_id)) == identity(saved)
        history.append((program, saved, rows(store)))
        program = saved
    for before, after, counts in reversed(history):
        assert rows(store) == counts
        program, version, _cut = repository.save_program_edit(program_id, after, before, version)
        assert identity(program) == identity(before)
        assert identity(repository.program(program_id)) == identity(before)
    assert repository.program_state(program_id) == (start, version)
