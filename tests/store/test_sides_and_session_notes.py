"""Sets logged per side and a day's note, as the store keeps and sums them."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from glueplan.domain.log import LoggedSet, Side
from glueplan.domain.trainee import Trainee
from glueplan.store.database import Store
from glueplan.store.errors import StaleNote
from glueplan.store.history import exercise_days, history_rows, weekly_hard_sets
from glueplan.store.repository import Repository

MONDAY = datetime(2026, 11, 23, 18)


@pytest.fixture
def trainee(repository: Repository) -> int:
    return repository.add_trainee(Trainee("Ida"))


def split_squat(reps: int, side: Side, minute: int = 0) -> LoggedSet:
    return LoggedSet("bulgarian_split_squat", MONDAY.replace(minute=minute), 20, reps, 2, side=side)


def test_a_sets_side_is_stored_and_read_back(repository: Repository, trainee: int) -> None:
    set_id = repository.log_set(trainee, split_squat(10, Side.LEFT))
    assert repository.logged_set(set_id).side is Side.LEFT
    assert history_rows(repository.store, [set_id])[set_id][7] == "left"  # the side, before the warm-up flag


def test_sides_count_in_volume_and_hard_sets(store: Store, repository: Repository, trainee: int) -> None:
    """A set on each side: the load moved on both sides, one set of work; one side alone: half."""
    for logged in (split_squat(10, Side.BOTH), split_squat(10, Side.LEFT, 5), split_squat(8, Side.RIGHT, 5),
                   split_squat(9, Side.LEFT, 10)):
        repository.log_set(trainee, logged)
    repository.log_set(trainee, LoggedSet("back_squat", MONDAY, 100, 5, 2))
    (day,) = exercise_days(store, trainee, "bulgarian_split_squat")
    assert day.volume_kg == 20 * (10 * 2 + 10 + 8 + 9)
    assert exercise_days(store, trainee, "back_squat")[0].volume_kg == 500  # two-sided lifts as before
    # Bulgarian split squat trains the gluteus maximus with weight 1, the back squat too
    assert weekly_hard_sets(store, trainee, "gluteus_maximus") == [(date(2026, 11, 23), 1 + 1 + 0.5 + 1)]


def test_a_days_note_is_compare_and_set(repository: Repository, trainee: int) -> None:
    day = MONDAY.date()
    assert repository.session_note(trainee, day) == ""
    repository.set_session_note(trainee, day, "", "Slept badly")
    assert repository.session_note(trainee, day) == "Slept badly"
    with pytest.raises(StaleNote):
        repository.set_session_note(trainee, day, "", "Something else")  # read before the first note
    assert repository.session_note(trainee, day) == "Slept badly"
    repository.set_session_note(trainee, day, "Slept badly", "Slept badly; knee fine")
    repository.set_session_note(trainee, day, "Slept badly; knee fine", "")
    assert repository.session_note(trainee, day) == ""


def test_sets_between_reads_the_week_before_a_moment(repository: Repository, trainee: int) -> None:
    repository.log_set(trainee, split_squat(10, Side.BOTH))
    repository.log_set(trainee, LoggedSet("back_squat", datetime(2026, 11, 10), 100, 5, 2))
    found = repository.sets_between(trainee, datetime(2026, 11, 17), MONDAY)
    assert [s.exercise_id for s in found] == ["bulgarian_split_squat"]
