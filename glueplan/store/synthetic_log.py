"""A believable training history, for screenshots and benchmarks: sessions on fixed weekdays,
loads that creep up with some day-to-day noise, reps and RIR that vary like a real lifter's."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, datetime, timedelta

from sqlalchemy import insert

from glueplan.store.database import Store
from glueplan.store.schema import LoggedSetRow
from glueplan.store.set_identity import new_identity

# (weekday, [(exercise id, starting load in kg)]) per session of the week
Week = Sequence[tuple[int, Sequence[tuple[str, float]]]]


def fill_log(store: Store, trainee_id: int, week: Week, weeks: int, warm_up_sets: int = 0, seed: int = 7,
             end: date | None = None) -> int:
    """Insert ``weeks`` weeks of sets ending the week before ``end`` (default today), in one
    transaction; returns how many sets were written."""
    rng = random.Random(seed)
    last_monday = (end or date.today()) - timedelta(days=(end or date.today()).weekday())
    start = last_monday - timedelta(weeks=weeks)
    rows = []
    for number in range(weeks):
        monday = start + timedelta(weeks=number)
        growth = 1 + 0.35 * number / max(1, weeks) + (0.3 if weeks > 104 else 0) * number / weeks
        for session_number, (weekday, exercises) in enumerate(week):
            day = datetime.combine(monday + timedelta(days=weekday), datetime.min.time()) + timedelta(hours=17)
            if rng.random() < 0.08:  # now and then a session is missed
                continue
            for position, (exercise, load) in enumerate(exercises):
                for set_number in range(warm_up_sets + rng.choice((2, 3, 3, 4))):
                    warm_up = set_number < warm_up_sets
                    share = 0.4 + 0.05 * set_number if warm_up else rng.uniform(0.94, 1.03)
                    rows.append({
                        "trainee_id": trainee_id, "exercise_id": exercise,
                        "performed_at": day + timedelta(minutes=session_number + position * 12 + set_number * 2),
                        "weight_kg": round(load * growth * share / 2.5) * 2.5,
                        "reps": rng.randint(6, 12),
                        "rir": rng.randint(5, 8) if warm_up else rng.choice((0, 1, 1, 2, 2, 3)),
                        "note": "", "import_key": new_identity(),
                    })
    if rows:
        with store.transaction() as session:
            session.execute(insert(LoggedSetRow), rows)
    return len(rows)
