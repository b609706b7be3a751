"""An edit costs what it changes: BEGIN IMMEDIATE, the version claimed, the changed rows, COMMIT,
however long the program. (Before: every save read the whole program back first, and a logged
set read its planned exercise in a deferred transaction.)"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from msgspec.structs import replace
import pytest
from sqlalchemy import event

from glueplan.domain.commands import AddExercise, Change, CopyWeekOnward, EditPlanned, MoveExercise, RemoveExercise
from glueplan.domain.language import Language
from glueplan.domain.log import LoggedSet
from glueplan.domain.plan import Weekday
from glueplan.domain.templates import builtin_templates
from glueplan.domain.trainee import Trainee
from glueplan.store.database import Store
from glueplan.store.repository import Repository
from tests.domain.test_commands import CATALOG, P, copied_week_by_week
from tests.store.statements import sql_sent


def one_write(store: Store, sent: list[str], most: int) -> None:
    """One write transaction, started IMMEDIATE on SQLite, of at most ``most`` statements, BEGIN and
    COMMIT included (psycopg begins without a statement of its own, and the commit is announced to
    the other clients with a pg_notify instead: as many on PostgreSQL)."""
    if store.engine.dialect.name == "sqlite":
        assert sent[0] == "BEGIN IMMEDIATE", sent
    else:
        assert sent[-2].startswith("SELECT pg_notify("), sent
    assert sent[-1] == "COMMIT" and sent.count("COMMIT") == 1 and len(sent) <= most, sent


@pytest.mark.parametrize(("change", "most"), [
    (AddExercise(5, Weekday.MON, "clamshell", P), 4),  # a drop joining the day's session
    (AddExercise(5, Weekday.TUE, "clamshell", P), 5),  # a drop starting a session
    (MoveExercise(5, 0, 0, Weekday.WED), 4),  # the moved row and its neighbours' positions: one executemany
    (RemoveExercise(5, 0, 0), 6),  # the links it cuts (read for undo), the delete, the positions closing the gap
])
def test_an_edit_of_a_12_week_program_writes_only_its_rows(repository: Repository, store: Store,
                                                          change: Change, most: int) -> None:
    trainee_id = repository.add_trainee(Trainee("Ida"))
    program = builtin_templates()["seed-000"].program(CATALOG, Language.EN, weeks=12)
    program_id = repository.add_program(trainee_id, replace(program, start=date(2026, 11, 23)))
    program, version = repository.program_state(program_id)
    with sql_sent(store.engine) as sent:
        repository.save_program_edit(program_id, program, change.apply(program), version)
    one_write(store, sent, most)


def test_a_week_copied_onto_a_52_week_program_writes_the_exercise_it_changed_in_each_week(
        repository: Repository, store: Store) -> None:
    """Week 1's squat dosed anew and copied onward through 52 weeks (six of them deloads): the squat's row in
    each week, in one UPDATE, where every session and exercise of 51 weeks was deleted and inserted again (617
    statements, 5,513 rows on SQLite). A set logged against week 3's squat stays linked to it (the deletion cut
    its link); the result is what a copy made for each week gave."""
    trainee_id = repository.add_trainee(Trainee("Ida"))
    program = builtin_templates()["seed-000"].program(CATALOG, Language.EN, weeks=52)
    program_id = repository.add_program(trainee_id, replace(program, start=date(2026, 11, 23)))
    program, version = repository.program_state(program_id)
    squat = program.weeks[0].sessions[0].items[0]
    dosed, version, _cut = repository.save_program_edit(
        program_id, program, EditPlanned(0, 0, 0, replace(squat.prescription, sets=5)).apply(program), version)
    week_3 = dosed.weeks[2].sessions[0].items[0]
    repository.log_set(trainee_id, LoggedSet(week_3.exercise_id, datetime(2026, 12, 7, 18), 100.0, 8, 2,
                                             planned_exercise_id=week_3.id))
    rows: list[int] = []  # each statement's rows (an executemany's many)

    def count(_connection: object, _cursor: object, _statement: str, parameters: Any, _context: object,
              many: bool) -> None:
        rows.append(len(parameters) if many else 1)

    event.listen(store.engine, "before_cursor_execute", count)
    with sql_sent(store.engine) as sent:
        saved, _version, cut = repository.save_program_edit(program_id, dosed, CopyWeekOnward(0).apply(dosed), version)
    event.remove(store.engine, "before_cursor_execute", count)
    one_write(store, sent, 4)  # BEGIN, the version claimed, the exercises' UPDATE, COMMIT
    assert sum(rows) <= 2 + 51 and not cut
    assert saved == copied_week_by_week(dosed, 0) == repository.program(program_id)
    assert [s.planned_exercise_id for s in repository.logged_sets(trainee_id)] == [week_3.id]
    assert saved.weeks[2].sessions[0].items[0].id == week_3.id


def test_logging_a_set_is_one_insert(repository: Repository, store: Store) -> None:
    trainee_id = repository.add_trainee(Trainee("Ida"))
    with sql_sent(store.engine) as sent:
        repository.log_set(trainee_id, LoggedSet("back_squat", datetime(2026, 11, 23, 18), 100.0, 8, 2,
                                                 planned_exercise_id=1))
    one_write(store, sent, 3)
