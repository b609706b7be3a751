"""Benchmark of the rules engine (not part of the test run): python tests/perf/bench_rules.py

Measures a realistic week (4 sessions, 20 items), a 12-week program, re-validation after one
dropped exercise, and how the cost grows with the number of items. Aims (issue 3): a week
under 2 ms, 12 weeks under 30 ms on the 2-core development machine, linear growth.
"""

from __future__ import annotations

import statistics
import time
from dataclasses import replace
from datetime import time as clock

from glueplan.domain.catalog import builtin_catalog
from glueplan.domain.plan import PlannedExercise, Program, Session, Week, Weekday
from glueplan.domain.rules import validate

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


def best_ms(function: object, repeat: int = 7, number: int = 20) -> float:
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(number):
            function()  # type: ignore[operator]
        timings.append((time.perf_counter() - start) / number * 1000)
    return min(timings)


def main() -> None:
    week = realistic_week()
    program = Program("12 weeks", (week,) * 11 + (replace(week, deload=True),))
    dropped = replace(week, sessions=(replace(week.sessions[0], items=week.sessions[0].items
                                              + (PlannedExercise("frog_pump", CATALOG.exercise("frog_pump")
                                                                 .prescription),)),) + week.sessions[1:])
    print(f"week, 4 sessions / 20 items:       {best_ms(lambda: validate(week, CATALOG)):7.2f} ms")
    print(f"after one drop (21 items):         {best_ms(lambda: validate(dropped, CATALOG)):7.2f} ms")
    print(f"12-week program (240 items):       {best_ms(lambda: validate(program, CATALOG), number=3):7.2f} ms")
    per_item = []
    for items in (2, 5, 10, 20):
        bigger = realistic_week(items)
        ms = best_ms(lambda bigger=bigger: validate(bigger, CATALOG), number=5)
        per_item.append(ms / (items * 4))
        print(f"week with {items * 4:3d} items:               {ms:7.2f} ms ({ms / (items * 4) * 1000:.0f} us/item)")
    print(f"spread of cost per item: {statistics.pstdev(per_item) / statistics.mean(per_item):.0%} of the mean")


if __name__ == "__main__":
    main()
