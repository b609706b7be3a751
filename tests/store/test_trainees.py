"""Several trainees in one database: listed by name, archived without losing anything, and a
program copied from one to another as rows of its own."""

from __future__ import annotations

from datetime import date, datetime

from msgspec.structs import replace

from glueplan.domain.log import LoggedSet
from glueplan.domain.trainee import Trainee
from glueplan.store.repository import Repository
from tests.conftest import seed_000


def test_trainees_are_listed_by_name_and_archived_ones_apart(repository: Repository) -> None:
    ids = {name: repository.add_trainee(Trainee(name)) for name in ("Ole", "ane", "Birk")}
    repository.archive_trainee(ids["Birk"])
    assert repository.trainee_names() == [(ids["ane"], "ane"), (ids["Ole"], "Ole")]
    assert repository.trainee_names(archived=True) == [(ids["Birk"], "Birk")]
    repository.archive_trainee(ids["Birk"], archived=False)
    assert [name for _id, name in repository.trainee_names()] == ["ane", "Birk", "Ole"]


def test_an_archived_trainee_keeps_programs_and_log(repository: Repository) -> None:
    trainee_id = repository.add_trainee(Trainee("Ane"))
    program_id = repository.add_program(trainee_id, seed_000())
    repository.log_set(trainee_id, LoggedSet("back_squat", datetime(2026, 11, 23, 18), 60.0, 8, 2))
    repository.archive_trainee(trainee_id)
    assert repository.programs(trainee_id) == [(program_id, seed_000().name)]
    assert repository.count_logged_sets(trainee_id) == 1


def _row_ids(repository: Repository, program_id: int) -> set[tuple[str, int | None]]:
    program = repository.program(program_id)
    return {("session", s.id) for week in program.weeks for s in week.sessions} | \
        {("exercise", item.id) for week in program.weeks for s in week.sessions for item in s.items}


def test_a_copied_program_is_the_same_plan_in_rows_of_its_own(repository: Repository) -> None:
    coach = repository.add_trainee(Trainee("Ane"))
    client = repository.add_trainee(Trainee("Ole"))
    original = repository.add_program(coach, replace(seed_000(), start=date(2026, 11, 23)))
    copy = repository.copy_program(original, client)
    assert repository.programs(client) == [(copy, seed_000().name)]
    assert repository.program(copy) == repository.program(original)
    assert _row_ids(repository, copy).isdisjoint(_row_ids(repository, original))
