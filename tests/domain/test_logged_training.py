"""What the log adds up to in the domain: sets per side, volume load, double progression over
sides, and readiness from what was actually logged ("What can I train today?")."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from glueplan.domain.catalog import Catalog, Laterality, Prescription, RepRange, builtin_catalog
from glueplan.domain.log import KG_PER_LB, LoggedSet, Side, sets_of_work
from glueplan.domain.progress import suggest, volume_load
from glueplan.domain.recovery import counted_sets, log_window, readiness_from_log, work_sets
from glueplan.domain.trainee import Units

NOW = datetime(2026, 11, 25, 18)
GMAX = "gluteus_maximus"


def lift(exercise_id: str, hours_ago: float, reps: int = 10, rir: int | None = 1, side: Side = Side.BOTH,
         weight: float = 40.0, warm_up: bool = False) -> LoggedSet:
    return LoggedSet(exercise_id, NOW - timedelta(hours=hours_ago), weight, reps, rir, warm_up=warm_up, side=side)


def test_a_set_on_each_side_is_one_set_of_work_and_one_side_alone_is_half() -> None:
    assert sets_of_work([lift("bulgarian_split_squat", 1)]) == 1.0
    assert sets_of_work([lift("bulgarian_split_squat", 1, side=Side.LEFT),
                         lift("bulgarian_split_squat", 1, side=Side.RIGHT)]) == 1.0
    assert sets_of_work([lift("bulgarian_split_squat", 1, side=Side.LEFT)]) == 0.5


def test_volume_counts_every_rep_that_moved_the_load() -> None:
    each_side = lift("bulgarian_split_squat", 1, reps=10, weight=20)
    assert volume_load([each_side], Laterality.UNILATERAL) == 20 * 10 * 2
    assert volume_load([lift("bulgarian_split_squat", 1, 10, side=Side.LEFT, weight=20),
                        lift("bulgarian_split_squat", 1, 8, side=Side.RIGHT, weight=20)],
                       Laterality.UNILATERAL) == 20 * 18
    assert volume_load([lift("back_squat", 1, reps=10, weight=100)], Laterality.BILATERAL) == 1000


SPLIT_SQUAT = Prescription(3, RepRange(6, 10), 2, 150)
BULGARIAN = builtin_catalog().exercise("bulgarian_split_squat")


def test_double_progression_counts_a_left_and_a_right_set_as_one() -> None:
    sides = [lift("bulgarian_split_squat", 1, 10, 2, side) for _ in range(3) for side in (Side.LEFT, Side.RIGHT)]
    raised = suggest(sides, SPLIT_SQUAT, BULGARIAN, Units.KG)
    assert raised is not None and raised.raise_load and dict(raised.params)["sets"] == 3
    weak_right = [*sides[:-1], lift("bulgarian_split_squat", 1, 7, 2, Side.RIGHT)]
    kept = suggest(weak_right, SPLIT_SQUAT, BULGARIAN, Units.KG)
    assert kept is not None and not kept.raise_load and dict(kept.params)["short"] == 1
    left_only = suggest(sides[::2], SPLIT_SQUAT, BULGARIAN, Units.KG)  # three left sets: 1.5 of 3
    assert left_only is not None and not left_only.raise_load and dict(left_only.params)["done"] == 1  # whole sets


def test_readiness_from_the_log_matches_the_reference_check(catalog: Catalog) -> None:
    """Reference: 6 sets at RIR 1 -> ~56 % after 24 h, ~81 % after 48 h (gluteus maximus, h = 20 h);
    a barbell hip thrust trains it with weight 1."""
    day_before = [lift("barbell_hip_thrust", 24) for _ in range(6)]
    assert readiness_from_log(day_before, catalog, NOW)[GMAX] == pytest.approx(56, abs=1)
    two_days = [lift("barbell_hip_thrust", 48) for _ in range(6)]
    assert readiness_from_log(two_days, catalog, NOW)[GMAX] == pytest.approx(81, abs=1)


def test_readiness_from_the_log_counts_sides_and_leaves_out_what_does_not_tire(catalog: Catalog) -> None:
    one_side = [lift("single_leg_hip_thrust", 24, side=Side.LEFT) for _ in range(6)]
    each_side = [lift("single_leg_hip_thrust", 24) for _ in range(3)]
    assert readiness_from_log(one_side, catalog, NOW)[GMAX] == pytest.approx(
        readiness_from_log(each_side, catalog, NOW)[GMAX])
    untiring = [lift("barbell_hip_thrust", 24, warm_up=True), lift("barbell_hip_thrust", 24, rir=6),
                lift("clamshell", 2), lift("barbell_hip_thrust", 170), lift("barbell_hip_thrust", -2)]
    assert set(readiness_from_log(untiring, catalog, NOW).values()) == {100.0}
    assert readiness_from_log([], catalog, NOW).keys() == catalog.muscles.keys()


def test_a_set_lighter_than_90_percent_of_the_days_top_load_is_no_set_of_work() -> None:
    """Ramp-up to the day's top load of the same exercise, as the progression has it (a file marks no
    warm-ups); the top of a marked warm-up does not count, nor another day's or another exercise's."""
    ramp, work = lift("back_squat", 2, weight=50), lift("back_squat", 1, weight=100)
    kept = [lift("back_squat", 1, weight=90.0), lift("barbell_hip_thrust", 1, weight=50),
            lift("back_squat", 30, weight=60)]
    marked = lift("back_squat", 1, weight=200, warm_up=True)
    assert work_sets([ramp, work, *kept, marked]) == [work, *kept]
    in_lb = [lift("back_squat", 1, weight=108 * KG_PER_LB), lift("back_squat", 1, weight=120 * KG_PER_LB)]
    assert work_sets(in_lb) == in_lb


def test_a_lighter_set_counts_by_its_rir_where_it_is_said() -> None:
    """A hard set is one ended 0-4 reps short of failure, whatever its load (the domain reference): a
    back-off set at RIR 1 counts toward volume and fatigue, and only a lighter set without its RIR is
    taken for ramp-up (Strong's unmarked warm-ups come with the RPE empty). The progression's sets of
    work (work_sets) are judged by load alone."""
    top, back_off = lift("back_squat", 1, weight=100), lift("back_squat", 1, weight=70)
    ramp, easy = lift("back_squat", 2, rir=None, weight=50), lift("back_squat", 2, rir=6, weight=50)
    marked = lift("back_squat", 1, weight=40, warm_up=True)
    assert counted_sets([ramp, top, back_off, easy, marked]) == [top, back_off, easy]
    assert work_sets([ramp, top, back_off, easy, marked]) == [top]


def test_a_ramp_up_set_leaves_no_fatigue(catalog: Catalog) -> None:
    """Strong's warm-ups come unmarked, RPE empty: the set at 50 % tires no more than a marked warm-up."""
    marked = [lift("barbell_hip_thrust", 24, weight=50, warm_up=True), lift("barbell_hip_thrust", 24, weight=100)]
    unmarked = [lift("barbell_hip_thrust", 24, rir=None, weight=50), lift("barbell_hip_thrust", 24, weight=100)]
    ready = readiness_from_log(unmarked, catalog, NOW)[GMAX]
    assert ready == pytest.approx(readiness_from_log(marked, catalog, NOW)[GMAX])
    assert ready < 100


def test_the_log_window_is_the_week_before_from_the_start_of_its_first_day() -> None:
    assert log_window(NOW) == (datetime(2026, 11, 18), NOW)
