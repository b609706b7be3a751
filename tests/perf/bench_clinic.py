"""Two physiotherapists on one PostgreSQL database at once: two processes, each logging 1,000 sets
and making 200 program edits of the same program, interleaved, as fast as they can.

Checks that nothing is lost (every set confirmed is in the log, every edit confirmed is in the
program, one version per confirmed edit) and that every refusal is explained (a stale save names
who saved before), and prints the numbers and the time each kind of write took (medians).
Baseline in the same run: a bare INSERT of one row on the same server.

    .venv/bin/python tests/perf/bench_clinic.py [SETS EDITS]
"""

from __future__ import annotations

import multiprocessing
import statistics
import sys
import time
from datetime import date, datetime, timedelta
from multiprocessing.synchronize import Barrier
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from msgspec.structs import replace

from glueplan.domain.commands import AddExercise  # noqa: E402
from glueplan.domain.log import LoggedSet  # noqa: E402
from glueplan.domain.plan import Weekday  # noqa: E402
from glueplan.domain.trainee import Trainee  # noqa: E402
from glueplan.store.database import open_store  # noqa: E402
from glueplan.store.errors import StaleProgram, StoreError  # noqa: E402
from glueplan.store.location import database_url  # noqa: E402
from glueplan.store.repository import Repository  # noqa: E402
from tests.domain.test_commands import P, seed_program  # noqa: E402
from tests.postgres_server import Cluster, PostgresServer  # noqa: E402

START = datetime(2026, 11, 23, 18)


def clinic_worker(url: str, trainee_id: int, program_id: int, planned_id: int, sets: int, edits: int,
                  worker: int, start: Barrier, out: Any) -> None:
    """One physiotherapist: a set, and every ``sets // edits`` sets a program edit from the copy
    shown (reloaded only after a refusal, as the window does)."""
    store = open_store(database_url(url))
    repository = Repository(store)
    program, version = repository.program_state(program_id)
    result: dict[str, Any] = {"sets": [], "set_refusals": [], "edits": [], "edit_refusals": [],
                              "set_s": [], "edit_s": []}
    every = max(1, sets // edits)
    start.wait()
    for n in range(sets):
        logged = LoggedSet("back_squat", START + timedelta(seconds=n), 100.0, 8, 2, f"{worker}:{n}", planned_id)
        began = time.perf_counter()
        try:
            repository.log_set(trainee_id, logged)
            result["sets"].append(logged.note)
        except StoreError as error:
            result["set_refusals"].append(str(error))
        result["set_s"].append(time.perf_counter() - began)
        if n % every == every - 1 and len(result["edits"]) + len(result["edit_refusals"]) < edits:
            change = AddExercise(n % len(program.weeks), Weekday(worker * 3 + n % 3), "clamshell", P)
            began = time.perf_counter()
            try:
                saved, version, _cut = repository.save_program_edit(program_id, program, change.apply(program), version)
                new = {i.id for w in saved.weeks for s in w.sessions for i in s.items} - \
                      {i.id for w in program.weeks for s in w.sessions for i in s.items}
                result["edits"].extend(new)
                program = saved
            except StaleProgram as refused:
                result["edit_refusals"].append(str(refused))
                program, version = repository.program_state(program_id)
            result["edit_s"].append(time.perf_counter() - began)
    store.close()
    out.put(result)


def bare_inserts(url: str, count: int) -> list[float]:
    import psycopg

    times = []
    with psycopg.connect(url.replace("postgresql+psycopg", "postgresql")) as connection:
        connection.execute("CREATE TEMP TABLE t (id serial PRIMARY KEY, note text)")
        connection.commit()
        for n in range(count):
            began = time.perf_counter()
            connection.execute("INSERT INTO t (note) VALUES (%s)", (str(n),))
            connection.commit()
            times.append(time.perf_counter() - began)
    return times


def main() -> None:
    sets, edits = (int(sys.argv[1]), int(sys.argv[2])) if len(sys.argv) == 3 else (1000, 200)
    cluster = Cluster()
    server = PostgresServer(cluster, durable=True)
    try:
        url = server.url(server.new_database())
        store = open_store(database_url(url))
        repository = Repository(store)
        trainee_id = repository.add_trainee(Trainee("Ida"))
        program_id = repository.add_program(trainee_id, replace(seed_program(), start=date(2026, 11, 23)))
        first = repository.program(program_id)
        planned_id = first.weeks[0].sessions[0].items[0].id
        context = multiprocessing.get_context("spawn")
        start, out = context.Barrier(2), context.Queue()
        workers = [context.Process(target=clinic_worker, args=(url, trainee_id, program_id, planned_id, sets, edits,
                                                               worker, start, out)) for worker in range(2)]
        began = time.perf_counter()
        for worker in workers:
            worker.start()
        results = [out.get(timeout=600) for _ in workers]
        for worker in workers:
            worker.join()
        wall = time.perf_counter() - began

        logged = {s.note for s in repository.logged_sets(trainee_id)}
        confirmed_sets = [note for r in results for note in r["sets"]]
        program, version = repository.program_state(program_id)
        items = {i.id for w in program.weeks for s in w.sessions for i in s.items}
        old = {i.id for w in first.weeks for s in w.sessions for i in s.items}
        confirmed_edits = [item for r in results for item in r["edits"]]
        refusals = [text for r in results for text in r["edit_refusals"] + r["set_refusals"]]
        print(f"2 clients x {sets} sets and {edits} program edits each, PostgreSQL, {wall:.1f} s wall")
        print(f"sets: {len(confirmed_sets)} confirmed, {sum(len(r['set_refusals']) for r in results)} refused, "
              f"{len(logged)} in the log; lost: {len(set(confirmed_sets) - logged)}")
        print(f"edits: {len(confirmed_edits)} confirmed, {sum(len(r['edit_refusals']) for r in results)} refused "
              f"as stale; in the program: {len(items - old)}; version {version}; "
              f"lost: {len(set(confirmed_edits) - items)}, unconfirmed rows: {len(items - old - set(confirmed_edits))}")
        explained = [text for text in refusals if "saved by" in text or "reconnects" in text or "Someone" in text]
        print(f"refusals explained: {len(explained)} of {len(refusals)}; e.g. {refusals[0] if refusals else '-'}")
        set_ms = statistics.median([t for r in results for t in r["set_s"]]) * 1000
        edit_ms = statistics.median([t for r in results for t in r["edit_s"]]) * 1000
        bare_ms = statistics.median(bare_inserts(url, 500)) * 1000
        print(f"median: logged set {set_ms:.2f} ms, program edit {edit_ms:.2f} ms, bare INSERT+COMMIT "
              f"{bare_ms:.2f} ms (set/bare {set_ms / bare_ms:.1f}x)")
        assert logged == set(confirmed_sets) and items - old == set(confirmed_edits)
        assert version == len(confirmed_edits) and len(explained) == len(refusals)
        store.close()
    finally:
        server.close()
        cluster.close()


if __name__ == "__main__":
    main()
