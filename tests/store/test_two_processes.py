"""Two instances of glueplan on one file, as two real processes writing at the same time: no set
is refused for a locked database, and no program save is lost without a word."""

from __future__ import annotations

import multiprocessing
from datetime import date, datetime, timedelta
from multiprocessing.synchronize import Barrier
from typing import Any

from msgspec.structs import replace

from glueplan.domain.commands import AddExercise
from glueplan.domain.log import LoggedSet
from glueplan.domain.plan import Program, Weekday
from glueplan.domain.trainee import Trainee
from glueplan.store.database import open_store
from glueplan.store.errors import StaleProgram, StoreError
from glueplan.store.location import database_url
from glueplan.store.repository import Repository
from tests.domain.test_commands import P, seed_program

SETS_EACH = 500
SAVES_EACH = 60
START = datetime(2026, 11, 23, 18)


def log_sets(db: str, trainee_id: int, planned_id: int, worker: int, start: Barrier, out: Any) -> None:
    """One instance logging sets of a planned exercise as fast as it can; reports what was refused."""
    store = open_store(database_url(db))
    repository, refused = Repository(store), []
    start.wait()
    for n in range(SETS_EACH):
        logged = LoggedSet("back_squat", START + timedelta(seconds=n), 100.0, 8, 2, f"{worker}:{n}", planned_id)
        try:
            repository.log_set(trainee_id, logged)
        except StoreError as error:
            refused.append(str(error))
    store.close()
    out.put(refused)


def edit_program(db: str, program_id: int, worker: int, start: Barrier, out: Any) -> None:
    """One window adding exercises from the copy it shows, reloading only when a save is refused;
    reports the ids of the rows its confirmed saves made, and how many saves were refused. Each
    round starts together with the other window's."""
    store = open_store(database_url(db))
    repository = Repository(store)
    program, version = repository.program_state(program_id)
    confirmed, refused = [], 0
    for n in range(SAVES_EACH):
        start.wait()  # both save from the same version at the same moment: one of them must be refused
        change = AddExercise(n % len(program.weeks), Weekday(worker * 3 + n % 3), "clamshell", P)
        try:
            saved, version, _cut = repository.save_program_edit(program_id, program, change.apply(program), version)
        except StaleProgram:
            refused += 1
            program, version = repository.program_state(program_id)
            continue
        confirmed.extend(set(item_ids(saved)) - set(item_ids(program)))
        program = saved
    store.close()
    out.put((confirmed, refused))


def item_ids(program: Program) -> list[int | None]:
    return [item.id for week in program.weeks for s in week.sessions for item in s.items]


def run_two(target: Any, *args: Any) -> list[Any]:
    context = multiprocessing.get_context("spawn")
    start, out = context.Barrier(2), context.Queue()
    workers = [context.Process(target=target, args=(*args, worker, start, out)) for worker in range(2)]
    for worker in workers:
        worker.start()
    results = [out.get(timeout=120) for _ in workers]
    for worker in workers:
        worker.join(timeout=30)
        assert worker.exitcode == 0
    return results


def test_two_processes_logging_sets_at_once_lose_none(repository: Repository, database: str) -> None:
    trainee_id = repository.add_trainee(Trainee("Ida"))
    program_id = repository.add_program(trainee_id, replace(seed_program(), start=date(2026, 11, 23)))
    planned_id = repository.program(program_id).weeks[0].sessions[0].items[0].id
    assert planned_id is not None
    refused = run_two(log_sets, database, trainee_id, planned_id)
    assert refused == [[], []]
    logged = repository.logged_sets(trainee_id)
    assert sorted(s.note for s in logged) == sorted(f"{w}:{n}" for w in range(2) for n in range(SETS_EACH))
    assert {s.planned_exercise_id for s in logged} == {planned_id}


def test_two_processes_editing_one_program_either_save_or_are_told(repository: Repository, database: str) -> None:
    trainee_id = repository.add_trainee(Trainee("Ida"))
    program_id = repository.add_program(trainee_id, replace(seed_program(), start=date(2026, 11, 23)))
    first = repository.program(program_id)
    results = run_two(edit_program, database, program_id)
    confirmed = [item_id for ids, _refused in results for item_id in ids]
    program, version = repository.program_state(program_id)
    assert sorted(set(item_ids(program)) - set(item_ids(first))) == sorted(confirmed)  # all there, nothing else
    assert version == len(confirmed)  # one version per confirmed save
    assert len(confirmed) == sum(refused for _ids, refused in results) == SAVES_EACH  # one of each per round
