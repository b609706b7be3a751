"""Benchmark (not part of the test run): python tests/perf/bench_history.py

Ten years of training, 4 sessions a week, about 150,000 logged sets; measures what the log
and charts ask of the database: one exercise's days (e1RM, top set, volume), one muscle's
weekly hard sets, sessions per week, and the history table's rows. Aim (issue 6): each under
300 ms on the 2-core development machine.
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from datetime import date, datetime, timedelta

from sqlalchemy import insert

from glueplan.domain.catalog import builtin_catalog
from glueplan.domain.trainee import Trainee
from glueplan.store.database import Store, open_store
from glueplan.store.history import exercise_days, history_rows, sessions_done_per_week, weekly_hard_sets
from glueplan.store.location import database_url
from glueplan.store.repository import Repository
from glueplan.store.schema import LoggedSetRow

SESSIONS = ([("back_squat", 100), ("barbell_hip_thrust", 120), ("cable_kickback", 20), ("clamshell", 0),
             ("good_morning", 50)],
            [("romanian_deadlift", 90), ("bulgarian_split_squat", 30), ("cable_hip_abduction", 15),
             ("leg_press", 150), ("frog_pump", 0)],
            [("sumo_deadlift", 110), ("single_leg_hip_thrust", 20), ("cable_pull_through", 30), ("glute_bridge", 80),
             ("nordic_curl", 0)],
            [("front_squat", 70), ("step_up", 20), ("seated_hip_abduction", 50), ("monster_walk", 0),
             ("kettlebell_swing", 24)])
WARM_UP_SETS = 10  # logged too by the most careful lifters: light, far from failure


def synthetic_log(store: Store, trainee_id: int, years: int = 10, seed: int = 7) -> int:
    """Logged sets for ``years`` years ending today: 4 sessions a week, progressing slowly."""
    rng = random.Random(seed)
    start = date.today() - timedelta(weeks=52 * years)
    rows = []
    for week in range(52 * years):
        monday = start + timedelta(weeks=week)
        growth = 1 + week / (52 * years)  # loads roughly double over the years
        for number, (offset, exercises) in enumerate(zip((0, 1, 3, 5), SESSIONS, strict=True)):
            day = datetime.combine(monday + timedelta(days=offset), datetime.min.time()) + timedelta(hours=17 + number)
            for position, (exercise, load) in enumerate(exercises):
                for set_number in range(WARM_UP_SETS + rng.choice((3, 4, 5, 5, 6))):
                    warm_up = set_number < WARM_UP_SETS
                    share = 0.4 + 0.06 * set_number if warm_up else rng.uniform(0.9, 1.05)
                    rows.append({"trainee_id": trainee_id, "exercise_id": exercise,
                                 "performed_at": day + timedelta(minutes=position * 12 + set_number * 2),
                                 "weight_kg": round(load * growth * share / 2.5) * 2.5,
                                 "reps": rng.randint(6, 14),
                                 "rir": rng.randint(5, 8) if warm_up else rng.choice((0, 1, 1, 2, 2, 3, None)),
                                 "note": ""})
    with store.transaction() as session:
        session.execute(insert(LoggedSetRow), rows)
    return len(rows)


def best_of(function: object, runs: int = 5) -> float:
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        function()  # type: ignore[operator]
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings)


def main() -> None:
    builtin_catalog()
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(database_url(f"{folder}/history.sqlite"))
        repository = Repository(store)
        trainee = repository.add_trainee(Trainee("Ten years"))
        started = time.perf_counter()
        count = synthetic_log(store, trainee)
        print(f"{count} logged sets generated in {time.perf_counter() - started:.1f} s")
        print(f"one exercise's days (e1RM, top set, volume): {best_of(lambda: exercise_days(store, trainee, 'back_squat')):6.1f} ms")
        print(f"one muscle's weekly hard sets:               {best_of(lambda: weekly_hard_sets(store, trainee, 'gluteus_maximus')):6.1f} ms")
        print(f"sessions done per week:                      {best_of(lambda: sessions_done_per_week(store, trainee)):6.1f} ms")
        print(f"history table, newest 1,000 rows:            {best_of(lambda: history_rows(store, trainee, limit=1000)):6.1f} ms")
        print(f"history table, one exercise, all rows:       {best_of(lambda: history_rows(store, trainee, 'back_squat')):6.1f} ms")
        store.close()


if __name__ == "__main__":
    main()
