"""Import benchmark: a Strong export of 100,000 rows (2,000 workouts of 50 sets, warm-ups
among them, the loads without a unit) imported into a new database file, against Python's csv
module reading the same file. Three timings, medians of 5 runs each:

- csv.reader: the file read into a list of rows (the floor for any CSV importer);
- import: read, preview and write in one process, what the user waits for after choosing the
  file and pressing Import (the dialog reads on a worker thread, then writes); the new database
  is made and opened before the clock starts, as the app has its database open;
- the same into a database that already holds 10 years of one trainee's log (about 154,000
  sets, tests/perf/bench_history.py's): the preview and the write look up what is there already;
- command: ``glueplan import FILE --yes`` as a process, start-up included.

Beside each median, the median CPU time it took (the process's own, the command's as a child):
on the shared machine the wall time also holds the turns other processes took. The load
average is printed with the result.
"""

from __future__ import annotations

import csv
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from glueplan.app.importing import ImportHistory, prepare
from glueplan.app.opening import open_workspace
from glueplan.domain.language import Language
from glueplan.domain.trainee import Trainee, kilograms
from glueplan.store.database import open_store
from glueplan.store.imports.detection import read_history
from glueplan.store.location import database_url
from glueplan.store.repository import Repository
from glueplan.store.synthetic_log import fill_log

RUNS = 5
ROWS = 100_000
EXERCISES = ["Hip Thrust (Barbell)", "Squat (Barbell)", "Romanian Deadlift (Dumbbell)", "Bulgarian Split Squat",
             "Hip Abductor (Machine)", "Glute Kickback (Cable)", "Leg Press", "Good Morning (Barbell)",
             "Walking Lunge", "Cable Pull Through"]


def strong_export(path: Path) -> None:
    header = ["Date", "Workout Name", "Duration", "Exercise Name", "Set Order", "Weight", "Reps", "Distance",
              "Seconds", "Notes", "Workout Notes", "RPE"]
    start = datetime(2016, 1, 4, 17, 30)
    with path.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        writer.writerow(header)
        for row in range(ROWS):
            workout, in_workout = divmod(row, 50)
            exercise, set_number = divmod(in_workout, 5)
            when = (start + timedelta(days=2 * workout)).isoformat(" ")
            warm_up = set_number == 0
            writer.writerow([when, "Glutes", "1h 5m", EXERCISES[exercise], "W" if warm_up else set_number,
                             f"{40 + exercise * 5 + (0 if warm_up else 20)}.0", 10, 0, 0, "",
                             "", "" if warm_up else "8,5"])


def cpu_time() -> float:
    """This process's CPU time and its finished children's."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def timed(work: Callable[[], object]) -> tuple[float, float]:
    """The wall time and the CPU time ``work`` took."""
    start, cpu = time.perf_counter(), cpu_time()
    work()
    return time.perf_counter() - start, cpu_time() - cpu


def median_of(runs: int, run: Callable[[], tuple[float, float]]) -> tuple[float, float]:
    """The medians of the wall times and the CPU times of ``runs`` runs, each timing itself."""
    walls, cpus = zip(*(run() for _ in range(runs)), strict=True)
    return statistics.median(walls), statistics.median(cpus)


def ten_years(path: Path) -> int:
    """A database file whose first trainee has logged 10 years; returns how many sets."""
    from bench_history import WARM_UP_SETS, WEEK  # the History benchmark's believable log

    store = open_store(database_url(str(path)))
    try:
        return fill_log(store, Repository(store).add_trainee(Trainee("Ten years")), WEEK, weeks=520,
                        warm_up_sets=WARM_UP_SETS)
    finally:
        store.close()


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:  # each run leaves 400 MB of databases and backups
        measure(Path(folder))


def measure(folder: Path) -> None:
    export = folder / "strong.csv"
    strong_export(export)
    counter = iter(range(1000))

    def read_with_csv() -> tuple[float, float]:
        with export.open(newline="", encoding="utf-8") as stream:
            return timed(lambda: list(csv.reader(stream)))

    def import_into(database: Path, sets_before: int = 0) -> tuple[float, float]:
        store = open_store(database_url(str(database)))
        try:
            workspace = open_workspace(store, Language.EN, kilograms)

            def read_preview_write() -> None:
                preview = prepare(workspace, read_history(export))
                workspace.execute(ImportHistory(preview.batch, "import"))

            times = timed(read_preview_write)
            assert workspace.repository.count_logged_sets(workspace.trainee_id) == sets_before + ROWS
            return times
        finally:
            store.close()

    def import_in_process() -> tuple[float, float]:
        return import_into(folder / f"in-process-{next(counter)}.sqlite")

    long_log = folder / "ten-years.sqlite"
    long_log_sets = ten_years(long_log)

    def import_onto_ten_years() -> tuple[float, float]:
        database = folder / f"onto-ten-years-{next(counter)}.sqlite"
        shutil.copyfile(long_log, database)  # before the clock: each run imports onto the same log
        return import_into(database, long_log_sets)

    def import_command() -> tuple[float, float]:
        database = folder / f"command-{next(counter)}.sqlite"
        return timed(lambda: subprocess.run(
            [sys.executable, "-m", "glueplan", "import", str(export), "--yes", "--db", str(database)],
            check=True, capture_output=True, env=os.environ | {"QT_QPA_PLATFORM": "offscreen"}))

    (baseline, baseline_cpu), (in_process, in_process_cpu), (onto, onto_cpu), (command, command_cpu) = (
        median_of(RUNS, run) for run in (read_with_csv, import_in_process, import_onto_ten_years, import_command))
    size = export.stat().st_size / 2**20
    print(f"{ROWS:,} rows ({size:.1f} MB), medians of {RUNS} (CPU in brackets), load {os.getloadavg()[0]:.2f}: "
          f"csv.reader {baseline:.3f} s ({baseline_cpu:.3f}); "
          f"import {in_process:.3f} s ({in_process_cpu:.3f}; {in_process / baseline:.1f}x); "
          f"import onto {long_log_sets:,} sets {onto:.3f} s ({onto_cpu:.3f}; {onto / baseline:.1f}x); "
          f"glueplan import --yes {command:.3f} s ({command_cpu:.3f}; {command / baseline:.1f}x)")


if __name__ == "__main__":
    main()
