"""No id is given twice, on SQLite as on PostgreSQL: the newest row's id, freed by a deletion,
does not go to the next row, so an undo (or a window) that still holds it never finds a
stranger under it."""

from __future__ import annotations

from datetime import date, datetime

from msgspec.structs import replace
import pytest
from sqlalchemy import Integer

from glueplan.domain.log import LoggedSet
from glueplan.domain.trainee import Trainee
from glueplan.store.database import Store
from glueplan.store.repository import Repository
from glueplan.store.schema import Base
from tests.domain.test_commands import seed_program

SQUAT = LoggedSet("back_squat", datetime(2026, 11, 23, 18, 5), 100.0, 8, 2)


def row_ids(repository: Repository, program_id: int) -> tuple[set[int | None], set[int | None]]:
    """The ids of a program's sessions, and of its planned exercises (each table numbers its own)."""
    sessions = [session for week in repository.program(program_id).weeks for session in week.sessions]
    return {session.id for session in sessions}, {item.id for session in sessions for item in session.items}


def test_the_newest_program_and_set_leave_their_ids_unused(repository: Repository) -> None:
    trainee_id = repository.add_trainee(Trainee("Ida"))
    program = replace(seed_program(), start=date(2026, 11, 23))
    first = repository.add_program(trainee_id, program)
    first_rows = row_ids(repository, first)
    first_set = repository.log_set(trainee_id, SQUAT)
    repository.delete_program(first)
    repository.delete_logged_set(first_set)
    second = repository.add_program(trainee_id, program)
    assert second != first
    assert all(now.isdisjoint(before) for now, before in zip(row_ids(repository, second), first_rows, strict=True))
    assert repository.log_set(trainee_id, SQUAT) != first_set


@pytest.mark.sqlite_only  # PostgreSQL's sequences need nothing said
def test_every_table_numbered_by_the_database_never_gives_an_id_twice(store: Store) -> None:
    """A table added later with an integer id of its own must be a Numbered row too."""
    numbered = {name for name, table in Base.metadata.tables.items()
                if [type(column.type) for column in table.primary_key.columns] == [Integer]
                and not table.primary_key.columns[0].foreign_keys}
    with store.engine.connect() as connection:
        made = dict(connection.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = 'table'").all())
    assert numbered == {"trainee", "program", "planned_session", "planned_exercise", "logged_set", "own_template"}
    assert {name for name in numbered if "AUTOINCREMENT" not in made[name]} == set()
