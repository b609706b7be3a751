"""Benchmark of the rules engine (not part of the test run):

    .venv/bin/python tests/perf/bench_rules.py [--runs 7]

Medians of ``--runs`` runs (at least 5) of:
- a realistic week (4 sessions, 20 items), the same after one dropped exercise, 12- and 52-week
  programs, and re-checking the 52-week program after an edit of one week (``revalidate``)
  against checking it whole (``validate``), as the editor does after each edit;
- weeks of 100, 200 and 400 sessions (tests/domain/test_rules_speed.py's crowded week, where
  every session has a readiness problem, so the fix search works hardest). Aim (issue 9):
  400 sessions under 1 s; the search before the budget took 1.1, 5.3 and 31.8 s;
- the fix of a finding chosen on the Week tab (change_fixes.suggest, at most TRIALS checks), the
  slowest kind of finding of the realistic week and of the 400-session week;
- ``glueplan check`` as a process on the 400-session week written as a plan file (about 50 KB),
  against ``glueplan check`` on the seed-000 template (3 sessions: what start-up costs) and
  ``python -c pass``, interleaved run by run.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import time as clock
from pathlib import Path

from msgspec.structs import replace

from glueplan.domain.catalog import builtin_catalog
from glueplan.domain.change_fixes import suggest
from glueplan.domain.language import Language
from glueplan.domain.plan import PlannedExercise, Program, Session, Week, Weekday
from glueplan.domain.rules import revalidate, validate

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "domain"))
from test_rules_speed import crowded_week  # noqa: E402

CATALOG = builtin_catalog()
EXERCISES = ["back_squat", "barbell_hip_thrust", "cable_kickback", "cable_hip_abduction", "clamshell",
             "romanian_deadlift", "bulgarian_split_squat", "glute_bridge", "monster_walk", "step_up"]


def realistic_week(items_per_session: int = 5, days: tuple[Weekday, ...] = (Weekday.MON, Weekday.TUE,
                                                                            Weekday.THU, Weekday.SAT)) -> Week:
    sessions = []
    for number, day in enumerate(days):
        items = tuple(PlannedExercise(EXERCISES[(number * 3 + i) % len(EXERCISES)],
                                      CATALOG.exercise(EXERCISES[(number * 3 + i) % len(EXERCISES)]).prescription)
                      for i in range(items_per_session))
        sessions.append(Session(day, clock(18), f"Day {number + 1}", items))
    return Week(tuple(sessions))


def median_ms(function: Callable[[], object], runs: int) -> float:
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings)


def plan_file(week: Week, folder: Path) -> Path:
    """The week as a plan file for ``glueplan check``."""
    sessions = [{"day": s.day.code, "time": f"{s.time:%H:%M}", "title": s.title,
                 "items": [{"exercise": i.exercise_id, "sets": i.prescription.sets} for i in s.items]}
                for s in week.sessions]
    path = folder / "crowded.json"
    path.write_text(json.dumps({"level": "intermediate", "sessions": sessions}, indent=1), encoding="utf-8")
    return path


def process_medians(commands: dict[str, list[str]], runs: int) -> dict[str, float]:
    """Wall seconds of whole processes, the commands taking turns run by run (after one warm-up each)."""
    timings: dict[str, list[float]] = {name: [] for name in commands}
    for attempt in range(runs + 1):
        for name, command in commands.items():
            start = time.perf_counter()
            subprocess.run(command, check=False, capture_output=True)
            if attempt:
                timings[name].append(time.perf_counter() - start)
    return {name: statistics.median(found) for name, found in timings.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7)
    runs = max(5, parser.parse_args().runs)

    week = realistic_week()
    dropped = replace(week, sessions=(replace(week.sessions[0], items=week.sessions[0].items
                                              + (PlannedExercise("frog_pump", CATALOG.exercise("frog_pump")
                                                                 .prescription),)),) + week.sessions[1:])
    deload = replace(week, deload=True)
    twelve = Program("12 weeks", (week,) * 11 + (deload,))
    year = Program("52 weeks", ((week,) * 5 + (deload,)) * 8 + (week,) * 4)
    edited = replace(year, weeks=year.weeks[:20] + (dropped,) + year.weeks[21:])
    report = validate(year, CATALOG)
    print(f"medians of {runs} runs")
    print(f"week, 4 sessions / 20 items:       {median_ms(lambda: validate(week, CATALOG), runs):8.2f} ms")
    print(f"after one drop (21 items):         {median_ms(lambda: validate(dropped, CATALOG), runs):8.2f} ms")
    print(f"12-week program:                   {median_ms(lambda: validate(twelve, CATALOG), runs):8.2f} ms")
    whole = median_ms(lambda: validate(edited, CATALOG), runs)
    again = median_ms(lambda: revalidate(report, edited, {20}), runs)
    print(f"52 weeks, one week edited, whole:  {whole:8.2f} ms")
    print(f"52 weeks, one week edited, again:  {again:8.2f} ms ({again / whole:.0%} of whole)")
    for sessions in (100, 200, 400):
        crowded = crowded_week(sessions, CATALOG)
        print(f"week of {sessions} sessions:             "
              f"{median_ms(lambda c=crowded: validate(c, CATALOG), runs):8.2f} ms")
    for chosen in (Program("realistic", (week,)), Program("crowded", (crowded_week(400, CATALOG),))):
        checked = validate(chosen, CATALOG)
        kinds = {f.message: f for f in checked.findings if f.fix is None}  # the engine's own moves cost nothing
        slowest = max((median_ms(lambda f=f: suggest(chosen, checked, f, Language.EN), runs), f.message)
                      for f in kinds.values())
        print(f"a finding chosen, slowest kind, {chosen.name}: {slowest[0]:8.2f} ms ({slowest[1]}, "
              f"{len(chosen.weeks[0].sessions)} sessions)")

    with tempfile.TemporaryDirectory() as folder:
        plan = plan_file(crowded_week(400, CATALOG), Path(folder))
        database = str(Path(folder) / "bench.db")
        template = Path(__file__).resolve().parents[2] / "resources" / "templates" / "seed-000.json"
        check = [sys.executable, "-m", "glueplan", "check", "--db", database]
        found = process_medians({"big": [*check, str(plan)], "small": [*check, str(template)],
                                 "bare": [sys.executable, "-c", "pass"]}, runs)
        size = plan.stat().st_size / 1000
    print(f"glueplan check, 400 sessions ({size:.0f} KB): {found['big']:6.3f} s; seed-000 {found['small']:6.3f} s "
          f"(ratio {found['big'] / found['small']:.2f}); python -c pass {found['bare']:6.3f} s "
          f"(ratio {found['big'] / found['bare']:.0f})")


if __name__ == "__main__":
    main()
