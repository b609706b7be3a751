"""A glueplan killed at any moment (SIGKILL: no clean-up at all) while it logs sets and edits a
program loses nothing it said was saved, and leaves a file that passes the integrity check."""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from glueplan.domain.trainee import Trainee
from glueplan.store.database import open_store
from glueplan.store.location import database_url
from glueplan.store.repository import Repository
from tests.conftest import seed_000

pytestmark = [pytest.mark.sqlite_only, pytest.mark.slow]

BUDGET_S = 18  # the whole test, kills and checks included
WORKER = """
import sys
from datetime import datetime, timedelta
from glueplan.domain.commands import AddExercise
from glueplan.domain.catalog import Prescription, RepRange
from glueplan.domain.log import LoggedSet
from glueplan.domain.plan import Weekday
from glueplan.store.database import open_store
from glueplan.store.errors import StaleProgram
from glueplan.store.location import database_url
from glueplan.store.repository import Repository

db, run = sys.argv[1], int(sys.argv[2])
repository = Repository(open_store(database_url(db)))
trainee = repository.trainee_ids()[0]
program_id = repository.programs(trainee)[0][0]
program, version = repository.program_state(program_id)
print("ready", flush=True)
for n in range(100_000):
    repository.log_set(trainee, LoggedSet("clamshell", datetime(2026, 1, 1) + timedelta(seconds=n), 10.0, 12, 2,
                                          f"{run}:{n}"))
    print(f"set {run}:{n}", flush=True)
    if n % 3 == 0:
        change = AddExercise(0, Weekday(n % 7), "clamshell", Prescription(2, RepRange(10, 15), 2, 60))
        try:
            program, version, _cut = repository.save_program_edit(program_id, program, change.apply(program), version)
        except StaleProgram:
            program, version = repository.program_state(program_id)
"""


def test_killed_at_random_moments_nothing_confirmed_is_lost(db_path: Path) -> None:
    store = open_store(database_url(str(db_path)))
    repository = Repository(store)
    trainee = repository.add_trainee(Trainee("Ida"))
    repository.add_program(trainee, seed_000())
    store.close()
    confirmed: set[str] = set()
    rng = random.Random(13)
    deadline = time.monotonic() + BUDGET_S
    kills = 0
    while time.monotonic() < deadline or kills < 5:
        worker = subprocess.Popen([sys.executable, "-c", WORKER, str(db_path), str(kills)],
                                  stdout=subprocess.PIPE, text=True)
        assert worker.stdout is not None
        assert worker.stdout.readline() == "ready\n"
        time.sleep(rng.uniform(0.0, 0.4))
        worker.send_signal(signal.SIGKILL)
        out, _ = worker.communicate()
        confirmed |= {line.split(" ", 1)[1] for line in out.splitlines() if line.startswith("set ")}
        kills += 1
        with closing(sqlite3.connect(db_path)) as connection:
            assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            notes = {note for (note,) in connection.execute("SELECT note FROM logged_set")}
        assert confirmed <= notes, f"lost after kill {kills}: {sorted(confirmed - notes)[:5]}"
    assert kills >= 5 and len(confirmed) > kills
