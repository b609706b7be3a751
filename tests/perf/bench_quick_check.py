"""Benchmark (not part of the test run): python tests/perf/bench_quick_check.py [runs]

What the integrity check at start costs on a ten-year log of a keen lifter (five sessions a week
of six exercises, about 60,000 sets), on a file on disk, each run in a fresh process so that the
file is read as at start-up: ``glueplan catalog list`` against the same command with the check
left out (the baseline, in the same run); also the check alone. Medians of the runs.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from glueplan.domain.trainee import Trainee
from glueplan.store.database import open_store
from glueplan.store.location import database_url
from glueplan.store.repository import Repository
from glueplan.store.synthetic_log import fill_log

WEEK = [(day, [(exercise, 60.0) for exercise in ("back_squat", "barbell_hip_thrust", "romanian_deadlift",
                                                 "bulgarian_split_squat", "cable_kickback", "clamshell")])
        for day in (0, 1, 3, 4, 5)]
CHECK_ONLY = "import sys, time; from pathlib import Path; from glueplan.store.file_check import file_facts; " \
             "t = time.perf_counter(); file_facts(Path(sys.argv[1])); print(time.perf_counter() - t)"
NO_CHECK = "import sys; from glueplan.store import file_check; " \
           "file_check.CHECK = \"SELECT 'ok'\"; from glueplan.cli import main; sys.exit(main())"


def timed(argv: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, check=True, capture_output=True)
    return time.perf_counter() - start


def main(runs: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "ten-years.sqlite"
        store = open_store(database_url(str(path)))
        sets = fill_log(store, Repository(store).add_trainee(Trainee("Ida")), WEEK, 520, end=date(2026, 11, 23))
        store.close()
        print(f"{sets} sets, {path.stat().st_size / 2**20:.1f} MB")
        command = [sys.executable, "-m", "glueplan", "catalog", "list", "--db", str(path)]
        with_check, without, alone = [], [], []
        for _ in range(runs):
            with_check.append(timed(command))
            without.append(timed([sys.executable, "-c", NO_CHECK, "catalog", "list", "--db", str(path)]))
            alone.append(float(subprocess.run([sys.executable, "-c", CHECK_ONLY, str(path)], check=True,
                                              capture_output=True, text=True).stdout))
        a, b, c = (statistics.median(values) for values in (with_check, without, alone))
        print(f"catalog list: {a * 1000:.0f} ms with the check, {b * 1000:.0f} ms without "
              f"(ratio {a / b:.2f}); the check alone {c * 1000:.1f} ms (medians of {runs})")


if __name__ == "__main__":
    os.environ.pop("GLUEPLAN_DB", None)
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 7)
