"""A glueplan killed at any moment (SIGKILL: no clean-up at all) while it logs sets, edits a
program or runs ``glueplan import --yes`` loses nothing it said was saved, never keeps part of an
import, and leaves a file that passes SQLite's quick check.

Starting Python and importing SQLAlchemy takes a second or two, which left time for only seven
kills in 18 s when each kill started a new interpreter. A fork server (one process that has
imported everything) forks each victim instead: it opens the database and starts work within
milliseconds, so the suite's budget holds dozens of kills at every stage of the work: opening
the file, logging, saving a program, reading and matching an export, the backup before an
import, its insert and its commit. ``tests/perf/soak_sigkill.py`` runs the same for minutes.
"""

from __future__ import annotations

import csv
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from contextlib import closing
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from glueplan.domain.trainee import Trainee
from glueplan.store.database import open_store
from glueplan.store.location import database_url
from glueplan.store.repository import Repository
from tests.conftest import REPO_ROOT, seed_000

pytestmark = [pytest.mark.sqlite_only, pytest.mark.slow]

BUDGET_S = 9.0  # the kills of the suite's run, checks included
STALL_S = 45.0  # no word from the fork server this long: a victim hangs (each prints its stack after 20 s)
IMPORT_ROWS = 1500  # sets in each export: its import takes a few tenths of a second
FORK_SERVER = """
import faulthandler, os, sys
from datetime import datetime, timedelta

from glueplan.cli.entry import main
from glueplan.domain.catalog import Prescription, RepRange, builtin_catalog
from glueplan.domain.commands import AddExercise
from glueplan.domain.log import LoggedSet
from glueplan.domain.messages import messages
from glueplan.domain.plan import Weekday
from glueplan.store.database import open_store
from glueplan.store.errors import StaleProgram
from glueplan.store.location import database_url
from glueplan.store.repository import Repository
import glueplan.cli.import_history, glueplan.store.imports.detection, sqlalchemy.dialects.sqlite.pysqlite  # noqa

builtin_catalog(), messages()  # read once, here: every child has them


def say(line):
    # One line in one write, which a pipe takes whole or not at all. print() writes the text and
    # its newline in two: a kill between them glued the server's next line to the victim's half
    # ("set 24:26reaped"), and the test waited for "reaped" in vain.
    os.write(1, f"{line}\\n".encode())


def log_and_edit(db, run):
    repository = Repository(open_store(database_url(db)))
    ((trainee, _name),) = repository.trainee_names()
    program_id = repository.programs(trainee)[0][0]
    program, version = repository.program_state(program_id)
    for n in range(100_000):
        repository.log_set(trainee, LoggedSet("clamshell", datetime(2026, 1, 1) + timedelta(seconds=n), 10.0, 12, 2,
                                              f"{run}:{n}"))
        say(f"set {run}:{n}")
        if n % 3 == 0:
            change = AddExercise(0, Weekday(n % 7), "clamshell", Prescription(2, RepRange(10, 15), 2, 60))
            try:
                program, version, _cut = repository.save_program_edit(program_id, program, change.apply(program),
                                                                      version)
            except StaleProgram:
                program, version = repository.program_state(program_id)


def import_export(db, export):
    sys.stdout = open(os.devnull, "w")  # what the command prints, killed in mid-line, would be half a line too
    code = main(["import", export, "--yes", "--units", "kg", "--db", db])
    say(f"import exit {code}")


db = sys.argv[1]
say("ready")
for line in sys.stdin:
    kind, run, *export = line.split()
    told, tell = os.pipe()
    child = os.fork()
    if child == 0:
        os.close(tell)
        os.read(told, 1)  # until the server has said "child <pid>": the test reads that line first
        faulthandler.dump_traceback_later(20)  # a victim that hangs says where, on the test's stderr
        try:
            log_and_edit(db, run) if kind == "log" else import_export(db, export[0])
        finally:
            os._exit(0)
    os.close(told)
    say(f"child {child}")
    os.close(tell)
    os.waitpid(child, 0)
    say("reaped")
"""


@dataclass
class Tally:
    kills: int = 0
    finished: int = 0  # imports that were done before their kill came
    confirmed: set[str] = field(default_factory=set)  # notes of the sets whose save returned
    imports: dict[int, int] = field(default_factory=dict)  # run -> sets of its export found after the kill
    imported: set[int] = field(default_factory=set)  # runs whose import said it was done


def strong_export(path: Path, run: int) -> None:
    """A Strong export of its own workouts (each run its own days), every set noted with the run."""
    start = datetime(2010, 1, 4, 17, 30) + timedelta(days=400 * run)
    with path.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        writer.writerow(["Date", "Workout Name", "Duration", "Exercise Name", "Set Order", "Weight", "Reps",
                         "Distance", "Seconds", "Notes", "Workout Notes", "RPE"])
        for row in range(IMPORT_ROWS):
            workout, in_workout = divmod(row, 15)
            exercise, order = divmod(in_workout, 5)
            writer.writerow([(start + timedelta(days=2 * workout)).isoformat(" "), "Glutes", "1h",
                             ["Hip Thrust (Barbell)", "Squat (Barbell)", "Romanian Deadlift (Dumbbell)"][exercise],
                             order + 1, 60 + order, 10, 0, 0, f"import {run}", "", ""])


def new_database(path: Path) -> None:
    store = open_store(database_url(str(path)))
    try:
        repository = Repository(store)
        repository.add_program(repository.add_trainee(Trainee("Ida")), seed_000())
    finally:
        store.close()


def kill_repeatedly(db: Path, budget_s: float, seed: int = 13, at_least: int = 20) -> Tally:
    """Fork a logging or an importing glueplan, kill it after a random moment, check the file;
    again until the budget is spent (and at least ``at_least`` times). Every third is an import;
    of the rest, half are killed at a moment counted from their start (opening the file included)
    and half at one counted from their first saved set."""
    rng = random.Random(seed)
    tally = Tally()
    said = db.with_name("fork-server.stderr")  # where a hung victim says where it is
    with said.open("w") as stderr:
        server = subprocess.Popen([sys.executable, "-c", FORK_SERVER, str(db)], cwd=REPO_ROOT, text=True,
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=stderr,
                                  env=os.environ | {"PYTHONPATH": str(REPO_ROOT)}, start_new_session=True)
    assert server.stdin is not None and server.stdout is not None
    heard = Heard(server, said)
    try:
        assert heard.line() == "ready\n"
        deadline = time.monotonic() + budget_s
        runs = 0
        while time.monotonic() < deadline or tally.kills < at_least:
            run = runs
            heard.doing = f"run {run} ({'import' if run % 3 == 2 else 'log'}), after {tally.kills} kills"
            if run % 3 == 2:
                export = db.parent / f"strong-{run}.csv"
                strong_export(export, run)
                server.stdin.write(f"import {run} {export}\n")
                delay = rng.uniform(0.0, 0.6)
            else:
                server.stdin.write(f"log {run}\n")
                delay = rng.uniform(0.0, 0.3)
            server.stdin.flush()
            child = int(heard.line().removeprefix("child "))
            reaped = False
            if run % 3 == 1:  # its moment counted from its first saved set: a slow machine still kills mid-work
                first = heard.line()
                reaped = first == "reaped\n"
                if first.startswith("set "):
                    tally.confirmed.add(first.split(" ", 1)[1].strip())
            time.sleep(delay)
            try:
                os.kill(child, signal.SIGKILL)
            except ProcessLookupError:  # an import done before its moment came: reaped already
                tally.finished += 1
            else:
                tally.kills += 1
            for line in iter(heard.line, "reaped\n") if not reaped else ():
                if line.startswith("set "):
                    tally.confirmed.add(line.split(" ", 1)[1].strip())
                elif line.startswith("import exit"):
                    assert line == "import exit 0\n"
                    tally.imported.add(run)
            check(db, tally, run)
            runs += 1
    finally:
        heard.stop()
        server.stdin.close()
        server.wait(timeout=30)
        server.stdout.close()
    return tally


class Heard:
    """The fork server's lines, and a watchdog that ends the server and its victims once it has said
    nothing for STALL_S (their closed output then ends the test's reads): a hang fails, and says
    where, however slowly a loaded machine goes through the kills. (A limit counted from the start
    ended a slow but sound run once, in a fresh-clone CI run of 148 s instead of 96.)"""

    def __init__(self, server: subprocess.Popen[str], stderr: Path) -> None:
        self._server = server
        self._stderr = stderr
        self.doing = "starting"  # for the message of a failure
        self._recent: list[str] = []  # the last lines heard, for it too
        self._started = self._last = time.monotonic()
        self._done = threading.Event()
        threading.Thread(target=self._watch, daemon=True).start()

    def line(self) -> str:
        assert self._server.stdout is not None
        line = self._server.stdout.readline()
        self._last = time.monotonic()
        self._recent = [*self._recent[-5:], line]
        assert line, (f"the fork server died, or was ended after {STALL_S:.0f} s without a word: {self.doing}, "
                      f"{time.monotonic() - self._started:.0f} s in, after {self._recent[:-1]}; its stderr (a victim "
                      f"hung 20 s says where there):\n{self._stderr.read_text()[-6000:]}")
        return line

    def stop(self) -> None:
        self._done.set()

    def _watch(self) -> None:
        while not self._done.wait(1.0):
            if time.monotonic() - self._last > STALL_S:  # the server and a hung victim, which holds its output too
                os.killpg(self._server.pid, signal.SIGKILL)
                return


def check(db: Path, tally: Tally, run: int) -> None:
    """The file passes the quick check, every confirmed set is in it, and an import is all there or not at all."""
    with closing(sqlite3.connect(db)) as connection:
        assert connection.execute("PRAGMA quick_check").fetchall() == [("ok",)], f"damaged after kill {tally.kills}"
        notes = {note for (note,) in connection.execute("SELECT note FROM logged_set")}
        if run % 3 == 2:
            tally.imports[run] = connection.execute("SELECT count(*) FROM logged_set WHERE note = ?",
                                                    (f"import {run}",)).fetchone()[0]
    assert tally.confirmed <= notes, f"lost after kill {tally.kills}: {sorted(tally.confirmed - notes)[:5]}"
    if run % 3 == 2:
        assert tally.imports[run] in (0, IMPORT_ROWS), f"part of an import kept: {tally.imports[run]} sets"
        assert run not in tally.imported or tally.imports[run] == IMPORT_ROWS


def test_killed_at_random_moments_nothing_confirmed_is_lost_and_no_import_is_kept_in_part(db_path: Path) -> None:
    new_database(db_path)
    tally = kill_repeatedly(db_path, BUDGET_S)
    assert tally.kills >= 20 and len(tally.confirmed) > tally.kills // 3 and len(tally.imports) >= 6, \
        f"{tally.kills} kills, {len(tally.confirmed)} confirmed sets, {len(tally.imports)} imports"
    with closing(sqlite3.connect(db_path)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
