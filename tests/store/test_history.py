"""The log's sums in SQL, against a hand-built history."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from glueplan.domain.log import LoggedSet
from glueplan.domain.trainee import Trainee
from glueplan.store.database import Store
from glueplan.store.history import exercise_days, history_rows, sessions_done_per_week, weekly_hard_sets
from glueplan.store.repository import Repository


@pytest.fixture
def logged(repository: Repository) -> int:
    """Two weeks of training, by hand: week of Mon 16 Nov 2026 and week of Mon 23 Nov 2026."""
    trainee_id = repository.add_trainee(Trainee("Ida"))
    sets = [
        # Monday 16 Nov: squats (GMax 1.0) and clamshells (activation: not hard)
        LoggedSet("back_squat", datetime(2026, 11, 16, 18, 0), 100, 8, 2),
        LoggedSet("back_squat", datetime(2026, 11, 16, 18, 5), 100, 6, 0),
        LoggedSet("back_squat", datetime(2026, 11, 16, 18, 10), 60, 15, 1),   # > 12 reps: no e1RM
        LoggedSet("clamshell", datetime(2026, 11, 16, 18, 20), 0, 20, 3),
        # Sunday 22 Nov (same week): cable hip abduction (GMax 0.5), one set at RIR 6 (not hard)
        LoggedSet("cable_hip_abduction", datetime(2026, 11, 22, 9, 0), 10, 15, 1),
        LoggedSet("cable_hip_abduction", datetime(2026, 11, 22, 9, 2), 10, 15, 6),
        # Monday 23 Nov: squats again, RIR not recorded (counts as hard)
        LoggedSet("back_squat", datetime(2026, 11, 23, 7, 30), 105, 8, None),
    ]
    for s in sets:
        repository.log_set(trainee_id, s)
    return trainee_id


def test_weekly_hard_sets_weigh_sets_by_muscle_and_skip_easy_and_activation_work(store: Store, logged: int) -> None:
    assert weekly_hard_sets(store, logged, "gluteus_maximus") == [(date(2026, 11, 16), 3.5), (date(2026, 11, 23), 1.0)]
    assert weekly_hard_sets(store, logged, "gluteus_medius") == [(date(2026, 11, 16), 1.0)]
    assert weekly_hard_sets(store, logged, "gluteus_maximus", since=date(2026, 11, 20)) == [
        (date(2026, 11, 16), 0.5), (date(2026, 11, 23), 1.0)]


def test_exercise_days_give_e1rm_top_set_and_volume(store: Store, logged: int) -> None:
    (first, second) = exercise_days(store, logged, "back_squat")
    assert first.day == date(2026, 11, 16)
    assert first.e1rm_kg == pytest.approx(100 * (1 + 10 / 30))  # 8 reps at RIR 2 beats 6 at RIR 0 (120)
    assert first.top_kg == 100 and first.volume_kg == 800 + 600 + 900 and first.sets == 3
    assert second.e1rm_kg == pytest.approx(105 * (1 + 8 / 30))


def test_sessions_done_per_week_count_days(store: Store, logged: int) -> None:
    assert sessions_done_per_week(store, logged) == [(date(2026, 11, 16), 2), (date(2026, 11, 23), 1)]


def test_history_rows_newest_first_and_filtered(store: Store, logged: int) -> None:
    rows = history_rows(store, logged)
    assert len(rows) == 7 and rows[0].performed_at == datetime(2026, 11, 23, 7, 30)
    squats = history_rows(store, logged, exercise_id="back_squat", until=date(2026, 11, 16))
    assert [r.reps for r in squats] == [15, 6, 8]
    assert history_rows(store, logged, since=date(2026, 11, 22), limit=1)[0].exercise_id == "back_squat"
