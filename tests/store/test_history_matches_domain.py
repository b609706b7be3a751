"""The log's sums are computed in SQL for speed; the domain defines what they mean. These
properties hold the two to the same numbers: e1RM, most reps, reps done and hard sets per day, and
hard sets per muscle and week."""

from __future__ import annotations

import itertools
from collections import defaultdict
from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from glueplan.domain.catalog import builtin_catalog
from glueplan.domain.log import LoggedSet, Side, sets_of_work
from glueplan.domain.plan import monday_of
from glueplan.domain.progress import e1rm, reps_done
from glueplan.domain.recovery import counted_sets, is_hard
from glueplan.domain.trainee import Trainee
from glueplan.store import history
from glueplan.store.repository import Repository

CATALOG = builtin_catalog()
EXERCISES = ("back_squat", "clamshell", "glute_bridge", "romanian_deadlift")  # compound, activation, ...
FIRST = date(2026, 11, 19)  # a Thursday: sets fall in three calendar weeks
EXAMPLES = itertools.count(1)  # each example's trainee a name of its own, as the database wants (one database for all)

FIELDS = {
    "exercise_id": st.sampled_from(EXERCISES),
    "performed_at": st.builds(lambda day, minute: datetime.combine(FIRST + timedelta(days=day), time(6)) +
                              timedelta(minutes=minute), st.integers(0, 17), st.integers(0, 60 * 17)),
    "weight_kg": st.sampled_from([0.0, 2.5, 20.0, 62.5, 100.0, 142.5]),
    "reps": st.integers(1, 20),
    "rir": st.one_of(st.none(), st.integers(0, 10)),
}
sets = st.lists(st.builds(LoggedSet, **FIELDS), max_size=25)
# Sides and warm-ups too: a side's set alone is half a set, a warm-up no set of work (nor is a set lighter
# than 90 % of the day's top load of its exercise: the loads drawn put many under another's 90 % the same day).
sided_sets = st.lists(st.builds(LoggedSet, **FIELDS, side=st.sampled_from(Side), warm_up=st.booleans()), max_size=25)


@pytest.mark.parametrize("exercise_id", ["back_squat", "clamshell"])
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(logged=sets)
def test_e1rm_per_day_in_sql_is_the_domains(repository: Repository, exercise_id: str, logged: list[LoggedSet]) -> None:
    trainee = repository.add_trainee(Trainee(f"Property {next(EXAMPLES)}"))
    for one in logged:
        repository.log_set(trainee, one)
    expected: dict[date, list[float]] = defaultdict(list)
    for one in logged:
        if one.exercise_id == exercise_id and (estimate := e1rm(one.weight_kg, one.reps, one.rir)) is not None:
            expected[one.performed_at.date()].append(estimate)
    days = history.exercise_days(repository.store, trainee, exercise_id)
    got = {d.day: d.e1rm_kg for d in days if d.e1rm_kg is not None}
    assert got.keys() == expected.keys()
    for day, estimates in expected.items():
        assert got[day] == pytest.approx(max(estimates))


@pytest.mark.parametrize("exercise_id", ["clamshell", "glute_bridge", "back_squat"])  # one-sided activation, ...
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(logged=sided_sets)
def test_reps_and_hard_sets_per_day_in_sql_are_the_domains(repository: Repository, exercise_id: str,
                                                           logged: list[LoggedSet]) -> None:
    """What an exercise done without added load is charted by: the most reps in one set, the
    reps done (each side's) and the hard sets (a side alone half of one), of the work sets."""
    trainee = repository.add_trainee(Trainee(f"Property {next(EXAMPLES)}"))
    for one in logged:
        repository.log_set(trainee, one)
    exercise = CATALOG.exercise(exercise_id)
    work: dict[date, list[LoggedSet]] = defaultdict(list)
    for one in logged:
        if one.exercise_id == exercise_id and not one.warm_up:
            work[one.performed_at.date()].append(one)
    days = history.exercise_reps(repository.store, trainee, exercise_id)
    assert [d.day for d in days] == sorted(work)
    for day in days:
        done = work[day.day]
        assert day.top_kg == max(s.weight_kg for s in done)
        assert day.most_reps == max(s.reps for s in done)
        assert day.reps == reps_done(done, exercise.laterality)
        hard = [s for s in counted_sets(done) if is_hard(s.rir, exercise.category)]
        assert day.hard_sets == pytest.approx(sets_of_work(hard))


@pytest.mark.parametrize("muscle_id", ["gluteus_maximus", "gluteus_medius", "hamstrings"])
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(logged=sided_sets)
def test_weekly_hard_sets_in_sql_are_the_domains(repository: Repository, muscle_id: str,
                                                 logged: list[LoggedSet]) -> None:
    trainee = repository.add_trainee(Trainee(f"Property {next(EXAMPLES)}"))
    for one in logged:
        repository.log_set(trainee, one)
    expected: dict[date, float] = defaultdict(float)
    for one in counted_sets(logged):
        exercise = CATALOG.exercise(one.exercise_id)
        if is_hard(one.rir, exercise.category) and exercise.weight(muscle_id) > 0:
            expected[monday_of(one.performed_at.date())] += exercise.weight(muscle_id) * one.side.share
    got = dict(history.weekly_hard_sets(repository.store, trainee, muscle_id))
    assert got.keys() == expected.keys()
    for week, total in expected.items():
        assert got[week] == pytest.approx(total)
