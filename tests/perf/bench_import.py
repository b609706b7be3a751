"""Import benchmark: a Strong export of 100,000 rows (2,000 workouts of 50 sets, warm-ups
among them, the loads without a unit) imported into a new database file, against Python's csv
module reading the same file. Three timings, medians of 5 runs each:

- csv.reader: the file read into a list of rows (the floor for any CSV importer);
- import: read, preview and write in one process, what the user waits for after choosing the
  file and pressing Import (the dialog reads on a worker thread, then writes);
- command: ``glueplan import FILE --yes`` as a process, start-up included.
"""

from __future__ import annotations

import csv
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from glueplan.app.importing import ImportHistory, prepare
from glueplan.app.opening import open_workspace
from glueplan.domain.language import Language
from glueplan.store.database import open_store
from glueplan.store.imports.detection import read_history
from glueplan.store.location import database_url

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


def median_of(runs: int, work) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    folder = Path(tempfile.mkdtemp())
    export = folder / "strong.csv"
    strong_export(export)
    counter = iter(range(1000))

    def read_with_csv() -> None:
        with export.open(newline="", encoding="utf-8") as stream:
            list(csv.reader(stream))

    def import_in_process() -> None:
        store = open_store(database_url(str(folder / f"in-process-{next(counter)}.sqlite")))
        try:
            workspace = open_workspace(store, Language.EN)
            preview = prepare(workspace, read_history(export))
            workspace.execute(ImportHistory(preview.batch, "import"))
            assert workspace.repository.count_logged_sets(workspace.trainee_id) == ROWS
        finally:
            store.close()

    def import_command() -> None:
        database = folder / f"command-{next(counter)}.sqlite"
        subprocess.run([sys.executable, "-m", "glueplan", "import", str(export), "--yes", "--db", str(database)],
                       check=True, capture_output=True, env=os.environ | {"QT_QPA_PLATFORM": "offscreen"})

    baseline = median_of(RUNS, read_with_csv)
    in_process = median_of(RUNS, import_in_process)
    command = median_of(RUNS, import_command)
    size = export.stat().st_size / 2**20
    print(f"{ROWS:,} rows ({size:.1f} MB), medians of {RUNS}: csv.reader {baseline:.3f} s; "
          f"import {in_process:.3f} s ({in_process / baseline:.1f}x); "
          f"glueplan import --yes {command:.3f} s ({command / baseline:.1f}x)")


if __name__ == "__main__":
    main()
