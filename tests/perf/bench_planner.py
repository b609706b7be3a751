"""Benchmark of the planner (not part of the test run):

    .venv/bin/python tests/perf/bench_planner.py [--runs 7]

Medians of ``--runs`` runs (at least 5), interleaved, of planning a 12-week program (what
Programs > Plan my week… waits for) for requests the planner can meet, two it cannot (one free
day; one day of 15 minutes with no equipment: it also searches the change that would fix it),
and, as the baseline, one ``validate`` of the 12-week result; then ``glueplan plan`` as a process
(what the command line waits for) against ``glueplan --version``. Aim (issue 15): under 1 s.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from glueplan.domain.catalog import Equipment, builtin_catalog
from glueplan.domain.language import Language
from glueplan.domain.plan import Weekday
from glueplan.domain.planner import Emphasis, FreeSlot, PlanRequest, propose
from glueplan.domain.rules import validate
from glueplan.domain.trainee import Level

GYM = frozenset({Equipment.BARBELL, Equipment.SQUAT_RACK, Equipment.BENCH, Equipment.CABLE, Equipment.BAND,
                 Equipment.DUMBBELL})
WEEK = tuple(FreeSlot(day) for day in Weekday)
REQUESTS = {
    "balanced, Mon/Wed/Fri, 45 min": PlanRequest((FreeSlot(Weekday.MON), FreeSlot(Weekday.WED),
                                                  FreeSlot(Weekday.FRI)), 45, GYM, weeks=12),
    "medius, every day free, 60 min, advanced": PlanRequest(WEEK, 60, GYM, Level.ADVANCED, Emphasis.MEDIUS, 12),
    "one free day (infeasible, with fix search)": PlanRequest((FreeSlot(Weekday.TUE),), 45, GYM, weeks=12),
    "one day, 15 min, no equipment (infeasible)": PlanRequest((FreeSlot(Weekday.WED),), 15, frozenset(), weeks=12),
}
GLUEPLAN = str(Path(sys.executable).with_name("glueplan"))
COMMANDS = {
    "process: glueplan plan, 12 weeks, Mon/Wed/Fri": ["plan", "--days", "mon,wed,fri", "--minutes", "45",
                                                      "--equipment", ",".join(sorted(GYM)), "--weeks", "12"],
    "process: glueplan plan, 12 weeks, one day of 15 min": ["plan", "--days", "wed", "--minutes", "15", "--weeks",
                                                            "12"],
    "process baseline: glueplan --version": ["--version"],
}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    runs = max(5, parser.parse_args().runs)
    catalog = builtin_catalog()
    jobs: dict[str, Callable[[], object]] = {
        name: (lambda request=request: propose(request, catalog, Language.EN)) for name, request in REQUESTS.items()}
    result = propose(REQUESTS["balanced, Mon/Wed/Fri, 45 min"], catalog, Language.EN)
    jobs["baseline: one validate() of the 12-week result"] = lambda: validate(result.program, catalog,
                                                                              session_minutes_budget=45)
    times: dict[str, list[float]] = {name: [] for name in jobs}
    for _ in range(runs):
        for name, job in jobs.items():
            start = time.perf_counter()
            job()
            times[name].append(time.perf_counter() - start)
    report(times, "baseline: one validate() of the 12-week result")
    with tempfile.TemporaryDirectory() as folder:
        out = ["--out", f"{folder}/plan.json"]
        processes: dict[str, list[float]] = {name: [] for name in COMMANDS}
        for _ in range(runs):
            for name, args in COMMANDS.items():
                start = time.perf_counter()
                subprocess.run([GLUEPLAN, *args, *(out if args[0] == "plan" else [])], capture_output=True,
                               env={"GLUEPLAN_DB": f"{folder}/glueplan.sqlite", "XDG_DATA_HOME": folder}, check=False)
                processes[name].append(time.perf_counter() - start)
    report(processes, "process baseline: glueplan --version")


def report(times: dict[str, list[float]], baseline_name: str) -> None:
    baseline = statistics.median(times[baseline_name])
    for name, found in times.items():
        median = statistics.median(found)
        print(f"{name:52} median {median * 1000:8.1f} ms  ({median / baseline:6.1f}x baseline)  "
              f"max {max(found) * 1000:.1f} ms")


if __name__ == "__main__":
    main()
