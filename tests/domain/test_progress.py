"""e1RM, volume load and double progression, against hand-computed values."""

from __future__ import annotations

from datetime import datetime

from msgspec.structs import replace
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from glueplan.domain.catalog import Exercise, Laterality, Prescription, RepRange, builtin_catalog
from glueplan.domain.language import Language
from glueplan.domain.log import LoggedSet, Side
from glueplan.domain.log import KG_PER_LB, parse_number
from glueplan.domain.progress import (
    RepsDone,
    e1rm,
    load_for,
    load_step,
    progress_in_reps,
    reps_done,
    reps_session,
    suggest,
    volume_load,
)
from glueplan.domain.recovery import work_sets
from glueplan.domain.trainee import Units


@pytest.mark.parametrize(("weight", "reps", "rir", "expected"), [
    (100.0, 5, 2, 100 * (1 + 7 / 30)),   # 123.33
    (100.0, 5, None, 100 * (1 + 5 / 30)),  # RIR unknown: Epley as it is
    (80.0, 10, 0, 80 * (1 + 10 / 30)),   # 106.67
    (140.0, 1, 0, 140.0),                # a single to failure is the 1RM
    (60.0, 12, 3, 60 * (1 + 15 / 30)),   # 90: 12 reps is the last trusted count
])
def test_rir_adjusted_epley(weight: float, reps: int, rir: int | None, expected: float) -> None:
    assert e1rm(weight, reps, rir) == pytest.approx(expected)


def test_sets_of_more_than_12_reps_and_empty_bars_are_not_trusted() -> None:
    assert e1rm(60.0, 13, 0) is None and e1rm(0.0, 5, 2) is None


def test_load_for_a_target_is_the_formula_turned_round() -> None:
    assert load_for(123.333, 5, 2) == pytest.approx(100.0, abs=0.01)


BAR = builtin_catalog().exercise("back_squat")  # a compound lift on a barbell
THRUST = builtin_catalog().exercise("barbell_hip_thrust")  # hip-dominant, on a barbell
KICKBACK = builtin_catalog().exercise("cable_kickback")  # isolation, on a cable's weight stack


def logged(weight: float, reps: int, rir: int | None = 1) -> LoggedSet:
    return LoggedSet("back_squat", datetime(2026, 11, 23, 18), weight, reps, rir)


def test_volume_load() -> None:
    assert (volume_load([logged(100, 8), logged(100, 7), logged(90, 10)], Laterality.BILATERAL)
            == 100 * 8 + 100 * 7 + 900)


SQUAT = Prescription(3, RepRange(8, 10), 2, 180)


def test_every_set_at_the_top_at_target_rir_raises_the_load_about_5_percent() -> None:
    suggestion = suggest([logged(100, 10, 2), logged(100, 10, 2), logged(100, 10, 3)], SQUAT, BAR,
                         Units.KG)
    assert suggestion is not None and suggestion.raise_load and suggestion.load_kg == 105.0
    assert suggestion.reason(Language.EN, Units.KG) == (
        "All 3 sets reached 10 reps at RIR 2 or more with 100 kg: next time 105 kg, starting again at 8 reps.")
    assert "62,5" in suggest([logged(60, 10, 2)] * 3, SQUAT, BAR, Units.KG).reason(  # type: ignore[union-attr]
        Language.DA, Units.KG)


def test_small_loads_still_go_up_by_the_smallest_plate_step() -> None:
    suggestion = suggest([logged(20, 10, 2)] * 3, SQUAT, BAR, Units.KG)
    assert suggestion is not None and suggestion.load_kg == 22.5


def test_isolation_takes_the_smallest_step_of_its_implement() -> None:
    """A cable's stack goes up by a half plate however heavy; a compound by about 5 %."""
    kickback = Prescription(3, RepRange(10, 12), 1, 90)
    for load, raised in ((20, 22.5), (100, 102.5)):
        suggestion = suggest([logged(load, 12, 1)] * 3, kickback, KICKBACK, Units.KG)
        assert suggestion is not None and suggestion.load_kg == raised


def test_a_set_short_of_the_top_or_too_hard_keeps_the_load() -> None:
    short = suggest([logged(100, 10, 2), logged(100, 9, 2), logged(100, 10, 2)], SQUAT, BAR, Units.KG)
    too_hard = suggest([logged(100, 10, 2), logged(100, 10, 0), logged(100, 10, 2)], SQUAT, BAR,
                       Units.KG)
    missing = suggest([logged(100, 10, 2)] * 2, SQUAT, BAR, Units.KG)
    for suggestion in (short, too_hard, missing):
        assert suggestion is not None and not suggestion.raise_load and suggestion.load_kg == 100
    assert short is not None and short.reason(Language.NB, Units.KG).startswith("1 av 3 sett nådde ikke 10")


def test_sets_not_done_are_said_apart_from_sets_that_fell_short() -> None:
    """One set of three, short of the top: the user did one set, not three short ones."""
    one_short = suggest([logged(100, 9, 2)], SQUAT, BAR, Units.KG)
    two_done = suggest([logged(100, 10, 2)] * 2, SQUAT, BAR, Units.KG)
    assert one_short is not None and two_done is not None
    assert one_short.reason(Language.NB, Units.KG) == \
        "1 av 3 sett gjennomført på 100 kg: hold deg på 100 kg til alle 3 settene når 10 repetisjoner med RIR 2."
    assert two_done.reason(Language.EN, Units.KG).startswith("2 of 3 sets done")
    assert two_done.reason(Language.DA, Units.KG).startswith("2 af 3 sæt gennemført")
    lighter = suggest([logged(100, 10, 2), logged(100, 10, 2), logged(85, 10, 2)], SQUAT, BAR, Units.KG)
    assert lighter is not None and lighter.reason(Language.EN, Units.KG).startswith("2 of 3 sets done with 100 kg")


def test_warm_up_sets_do_not_count_as_work() -> None:
    ramp = [logged(60, 5, None), logged(80, 3, None)]  # 60 % and 80 % of the top load
    suggestion = suggest([*ramp, *[logged(100, 10, 2)] * 3], SQUAT, BAR, Units.KG)
    assert suggestion is not None and suggestion.raise_load and suggestion.load_kg == 105.0
    assert suggestion.reason(Language.EN, Units.KG).startswith("All 3 sets")


def test_sets_marked_as_warm_ups_count_for_no_progression_however_heavy() -> None:
    """An imported warm-up is marked so: it neither sets the top load nor falls short of the reps."""
    marked = replace(logged(100, 3, 5), warm_up=True)
    suggestion = suggest([marked, *[logged(90, 10, 2)] * 3], SQUAT, BAR, Units.KG)
    assert suggestion is not None and suggestion.raise_load and suggestion.load_kg == 95.0
    assert suggest([marked], SQUAT, BAR, Units.KG) is None


def test_pounds_step_in_pounds() -> None:
    load = 225 * KG_PER_LB
    suggestion = suggest([logged(load, 10, 2)] * 3, SQUAT, BAR, Units.LB)
    assert suggestion is not None
    assert suggestion.load_kg / KG_PER_LB == pytest.approx(235.0)  # 5 % of 225 lb is 11.25: two 5 lb steps
    assert "235 lb" in suggestion.reason(Language.EN, Units.LB)


SINGLE_LEG_THRUST = builtin_catalog().exercise("single_leg_hip_thrust")  # on the body, else with a dumbbell


@pytest.mark.parametrize(("session", "prescription", "exercise", "said"), [
    pytest.param([logged(25, 12, 1)] * 2, Prescription(2, RepRange(8, 12), 1, 90), SINGLE_LEG_THRUST,
                 "Both sets reached 12 reps at RIR 1 or more with 55.12 lb: next time 60 lb, starting again at 8 reps.",
                 id="Sam's 25 kg plate in lb: the dumbbell's 5 lb steps"),
    pytest.param([logged(135, 10, 2)] * 3, SQUAT, BAR,
                 "All 3 sets reached 10 reps at RIR 2 or more with 297.62 lb: next time 315 lb, starting again at 8 "
                 "reps.", id="a log in kg read in lb: 5 % of 297.62 lb is 15 lb, to the nearest 5 lb"),
    pytest.param([logged(135, 5, 0)] * 3, SQUAT, BAR,
                 "297.62 lb was too heavy: 5 reps at RIR 0 against an aim of 8–10 reps at RIR 2. Go down to 285 lb "
                 "and stay there until all 3 sets reach 10 reps at RIR 2.", id="and a step down"),
])
def test_a_new_load_in_pounds_is_one_a_lifter_can_put_on(session: list[LoggedSet], prescription: Prescription,
                                                         exercise: Exercise, said: str) -> None:
    """H145's walk: a set typed "25 kg" (55.12 lb) was followed by "next time 60.12 lb", pre-filled; a history in kg
    read in lb by "312.62 lb". The step was added to a load off the pound steps."""
    suggestion = suggest(session, prescription, exercise, Units.LB)
    assert suggestion is not None and suggestion.reason(Language.EN, Units.LB) == said


def in_units(load_kg: float, units: Units) -> float:
    return load_kg if units is Units.KG else load_kg / KG_PER_LB


@settings(max_examples=100, deadline=None)
@given(exercise=st.sampled_from([e for e in builtin_catalog().exercises.values()]), units=st.sampled_from(Units),
       typed=st.lists(st.tuples(st.integers(1, 400_000).map(lambda hundredths: hundredths / 100), st.integers(1, 20),
                                st.none() | st.integers(0, 5), st.booleans()), min_size=1, max_size=5))
def test_every_new_load_is_on_the_implements_steps_and_goes_the_way_it_says(
        exercise: Exercise, units: Units, typed: list[tuple[float, int, int | None, bool]]) -> None:
    """Loads typed to two decimals in kg or lb; a load done is suggested as it was, any other is whole steps of the
    exercise's implement in the user's units; up is heavier, down lighter (and more than nothing), unless a raise is
    at the heaviest load a log takes."""
    session = [LoggedSet(exercise.id, datetime(2026, 11, 23, 18, minute), min(value * (1 if in_kg else KG_PER_LB),
                         1000.0), reps, rir) for minute, (value, reps, rir, in_kg) in enumerate(typed)]
    suggestion = suggest(session, exercise.prescription, exercise, units)
    if suggestion is None:
        return
    step = load_step(exercise, units)
    steps = in_units(suggestion.load_kg, units) / step
    assert suggestion.load_kg in {s.weight_kg for s in session} or steps == pytest.approx(round(steps), abs=1e-9)
    last = max(s.weight_kg for s in work_sets(session))
    if suggestion.raise_load:
        assert suggestion.load_kg > last or in_units(1000.0, units) - in_units(last, units) < step
    elif suggestion.reason_key == "back":
        assert 0 < suggestion.load_kg < last
    else:
        assert suggestion.load_kg == last


def test_no_sets_no_suggestion() -> None:
    assert suggest([], SQUAT, BAR, Units.KG) is None


@pytest.mark.parametrize(("text", "value"), [("62,5", 62.5), ("62.5", 62.5), (" 80 ", 80.0), ("0", 0.0),
                                             ("1,25", 1.25), ("abc", None), ("-5", -5.0), ("6,5,5", None),
                                             ("", None)])
def test_numbers_with_comma_or_point(text: str, value: float | None) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize(("weight", "reps", "rir", "expected"), [
    ("62,5", "8", "2", (62.5, 8, 2)), ("62.5", "8", "", (62.5, 8, None)), ("", "20", "3", (0.0, 20, 3)),
    ("-5", "8", "2", "cannot be negative"), ("heavy", "8", "2", "is not a number"),
    ("2000", "8", "2", "more than anyone"), ("60", "0", "2", "0 reps is not possible"),
    ("60", "101", "2", "101 reps is not possible"), ("60", "8,5", "2", "whole number"),
    ("60", "", "2", "Write the number of reps."), ("60", "  ", "", "Write the number of reps."),
    ("60", "8", "11", "from 0 to 10"), ("60", "8", "-1", "from 0 to 10"),
    ("60 kg", "8", "", (60.0, 8, None)), ("100 LB", "8", "", (100 * KG_PER_LB, 8, None)),
    ("-0", "8", "", (0.0, 8, None)),
    ("3000 lb", "8", "2", "3000 lb is more than"), ("2000", "8", "2", "2000 kg is more than"),
    ("60", "99999999999999999999", "", "99999999999999999999 reps is not possible"), ("kg", "8", "", "not a number"),
])
def test_set_entries_are_read_or_refused_with_a_reason(weight: str, reps: str, rir: str, expected: object) -> None:
    from glueplan.domain.log import Refusal, read_entry

    result = read_entry(weight, reps, rir, Units.KG, Language.EN)
    if isinstance(expected, tuple):
        assert result == expected
    else:
        assert isinstance(result, Refusal) and str(expected) in result.text


def test_a_refusal_is_its_text_and_its_field_not_a_string() -> None:
    """A refusal was a str carrying its field: equal to a refusal of the same words about another field, and to the
    label's text it was shown in, so that a comparison with a label's text passed by accident."""
    from glueplan.domain.log import Refusal, read_entry

    refusal = read_entry("60", "8", "11", Units.KG, Language.EN)
    assert isinstance(refusal, Refusal) and refusal.field == "rir"
    assert refusal != Refusal(refusal.text, "reps") and refusal != refusal.text


def test_minus_zero_is_stored_as_zero() -> None:
    from glueplan.domain.log import read_entry

    result = read_entry("-0", "8", "", Units.KG, Language.EN)
    assert isinstance(result, tuple) and str(result[0]) == "0.0"  # not "-0.0", shown as "-0" later


def test_pounds_are_stored_as_kilograms() -> None:
    from glueplan.domain.log import read_entry

    result = read_entry("135", "5", "2", Units.LB, Language.DA)
    assert isinstance(result, tuple) and result[0] == pytest.approx(135 * KG_PER_LB)


def test_a_set_at_exactly_90_percent_is_work() -> None:
    """108 lb of a 120 lb top is a set of work, the load to go down to when 120 lb was too heavy (a warm-up
    would not be: 120 lb less a step, 115 lb)."""
    top, back_off = 120 * KG_PER_LB, 108 * KG_PER_LB  # in kg, 108 lb falls a hair under 0.9 × 120 lb
    suggestion = suggest([logged(back_off, 10, 2), logged(back_off, 10, 2), logged(top, 5, 0)],
                         Prescription(2, RepRange(8, 10), 2, 120), BAR, Units.LB)
    assert suggestion is not None and suggestion.load_kg == back_off


def test_reps_done_count_each_sides_reps_of_a_one_sided_exercise() -> None:
    clamshells = [LoggedSet("clamshell", datetime(2026, 11, 23, 18), 0, 20),
                  LoggedSet("clamshell", datetime(2026, 11, 23, 18), 0, 15, side=Side.LEFT)]
    assert reps_done(clamshells, Laterality.UNILATERAL) == 2 * 20 + 15
    assert reps_done([logged(0, 12), logged(0, 10)], Laterality.BILATERAL) == 22


@pytest.mark.parametrize(("exercise_id", "top_loads", "in_reps"), [
    ("clamshell", [0.0, 0.0], True),  # done without added load, as catalogued
    ("reverse_lunge", [0.0], True),  # catalogued with a dumbbell first, done without one
    ("glute_bridge", [0.0, 80.0], False),  # catalogued with the body first, one day on a barbell
    ("frog_pump", [8.0], False),
    ("clamshell", [], True),  # nothing to tell by: as the catalogue does it
    ("glute_bridge", [], True),
    ("back_squat", [], False),
])
def test_progress_is_told_in_reps_when_every_set_shown_was_without_load(exercise_id: str, top_loads: list[float],
                                                                        in_reps: bool) -> None:
    assert progress_in_reps(top_loads, builtin_catalog().exercise(exercise_id)) is in_reps


def done(exercise_id: str, weight: float, reps: int, side: Side = Side.BOTH, warm_up: bool = False) -> LoggedSet:
    return LoggedSet(exercise_id, datetime(2026, 11, 23, 18), weight, reps, 2, warm_up=warm_up, side=side)


@pytest.mark.parametrize(("exercise_id", "session", "expected"), [
    ("clamshell", [done("clamshell", 0, 20), done("clamshell", 0, 20, Side.LEFT), done("clamshell", 0, 20, Side.RIGHT)],
     RepsDone(2, 20, 80, True)),  # a set on each side, then one per side: two sets per side
    ("clamshell", [done("clamshell", 0, 20, Side.LEFT), done("clamshell", 0, 20, Side.LEFT),
                   done("clamshell", 0, 20, Side.RIGHT)], RepsDone(0, 20, 60, True)),  # sides uneven
    ("glute_bridge", [done("glute_bridge", 0, 5, warm_up=True), done("glute_bridge", 0, 15),
                      done("glute_bridge", 0, 15), done("glute_bridge", 0, 15)], RepsDone(3, 15, 45, False)),
    ("monster_walk", [done("monster_walk", 0, 15), done("monster_walk", 0, 12)], RepsDone(0, 15, 27, False)),
    ("glute_bridge", [done("glute_bridge", 60, 12), done("glute_bridge", 0, 20)], None),  # loaded: suggest's
    ("back_squat", [done("back_squat", 100, 10)], None),
    ("clamshell", [done("clamshell", 0, 10, warm_up=True)], None),  # no set of work
    ("clamshell", [], None),
])
def test_a_session_without_added_load_comes_to_its_reps(exercise_id: str, session: list[LoggedSet],
                                                         expected: RepsDone | None) -> None:
    assert reps_session(session, builtin_catalog().exercise(exercise_id)) == expected
    if any(not s.warm_up for s in session):  # a session of work says either a load to use or the reps to beat
        exercise = builtin_catalog().exercise(exercise_id)
        loaded = suggest(session, exercise.prescription, exercise, Units.KG)
        assert (loaded is None) is (expected is not None)


@pytest.mark.parametrize(("language", "texts"), [
    (Language.EN, ["2 × 20 reps per side", "1 × 1 rep", "best set: 15 reps, 27 in all (left + right)",
                   "best set: 15 reps, 27 in all", "best set: 1 rep, 3 in all"]),
    (Language.DA, ["2 × 20 gentagelser pr. side", "1 × 1 gentagelse",
                   "bedste sæt: 15 gentagelser, i alt 27 (venstre + højre)",
                   "bedste sæt: 15 gentagelser, i alt 27", "bedste sæt: 1 gentagelse, i alt 3"]),
    (Language.NB, ["2 × 20 repetisjoner per side", "1 × 1 repetisjon",
                   "beste sett: 15 repetisjoner, totalt 27 (venstre + høyre)",
                   "beste sett: 15 repetisjoner, totalt 27", "beste sett: 1 repetisjon, totalt 3"]),
])
def test_the_reps_of_a_session_read_in_each_language(language: Language, texts: list[str]) -> None:
    """A best set of 1 read "best set 1 reps" (H79): each form is the count's."""
    said = [RepsDone(2, 20, 80, True), RepsDone(1, 1, 1, False), RepsDone(0, 15, 27, True), RepsDone(0, 15, 27, False),
            RepsDone(0, 1, 3, False)]
    assert [reps.text(language) for reps in said] == texts


WALK = Prescription(2, RepRange(8, 10), 2, 180)  # the squat of H84's walk (in Bokmål): 2 x 8-10 at RIR 2
SPLIT_SQUAT = Prescription(2, RepRange(8, 10), 2, 150)  # per side


def sets(*done: tuple[float, int, int | None] | tuple[float, int, int | None, Side]) -> list[LoggedSet]:
    """Sets of one session in the order done: (kg, reps, RIR[, side])."""
    return [LoggedSet("back_squat", datetime(2026, 11, 23, 18, minute), row[0], row[1], row[2],
                      side=row[3] if len(row) == 4 else Side.BOTH) for minute, row in enumerate(done)]


@pytest.mark.parametrize(("session", "prescription", "exercise", "units", "load", "language", "said"), [
    pytest.param(sets((80, 8, 2), (80, 8, 2), (82.5, 6, 0)), WALK, BAR, Units.KG, 80, Language.NB,
                 "82,5 kg var for tungt: 6 repetisjoner med RIR 0, der målet er 8–10 repetisjoner med RIR 2. "
                 "Gå ned til 80 kg, og hold deg der til begge settene når 10 repetisjoner med RIR 2.",
                 id="the walk: a heavier set under the range goes back to the load that met it"),
    pytest.param(sets((80, 8, 2), (80, 8, 2), (82.5, 6, None)), WALK, BAR, Units.KG, 80, Language.EN,
                 "82.5 kg was too heavy: 6 reps against an aim of 8–10 reps at RIR 2. "
                 "Go down to 80 kg and stay there until both sets reach 10 reps at RIR 2.",
                 id="the heavier set logged without RIR: its reps tell"),
    pytest.param(sets((80, 8, 2), (80, 8, 2), (82.5, 9, None)), WALK, BAR, Units.KG, 82.5, Language.EN,
                 "1 of 2 sets done with 82.5 kg: stay at 82.5 kg until both sets reach 10 reps at RIR 2.",
                 id="a heavier set in the range: one of the plan's two done with it"),
    pytest.param(sets((82.5, 8, 0), (82.5, 9, 1)), WALK, BAR, Units.KG, 77.5, Language.DA,
                 "82,5 kg var for tungt: 8 gentagelser med RIR 0, hvor målet er 8–10 gentagelser med RIR 2. "
                 "Gå ned på 77,5 kg, og bliv der, til begge sæt når 10 gentagelser med RIR 2.",
                 id="in the range but two reps under the RIR aim, no lighter set: a step down"),
    pytest.param(sets((100, 9, 1), (100, 9, 1), (100, 10, 1)), SQUAT, BAR, Units.KG, 100, Language.NB,
                 "3 av 3 sett nådde ikke 10 repetisjoner med RIR 2 på 100 kg: hold deg på 100 kg til alle settene "
                 "når dit.", id="one rep under the RIR aim is no reason to go down"),
    pytest.param(sets((100, 7, 3), (100, 10, 2), (100, 10, 2)), SQUAT, BAR, Units.KG, 100, Language.EN,
                 "1 of 3 sets fell short of 10 reps at RIR 2 with 100 kg: stay at 100 kg until every set gets there.",
                 id="under the range with the reserve to reach it: stopped early, not too heavy"),
    pytest.param(sets((100, 12, 0), (100, 12, 0), (100, 11, 1)), SQUAT, BAR, Units.KG, 105, Language.EN,
                 "All 3 sets reached 10 reps at RIR 2 or more with 100 kg: next time 105 kg, starting again at 8 reps.",
                 id="past the top to RIR 0: at rep 10 two were still in reserve"),
    pytest.param(sets(*[(100, 10, 2)] * 3, (100, 10, 3)), SQUAT, BAR, Units.KG, 105, Language.DA,
                 "Alle 4 sæt nåede 10 gentagelser med RIR 2 eller mere på 100 kg: næste gang 105 kg, og start forfra "
                 "med 8 gentagelser.", id="an extra set beyond the plan is counted"),
    pytest.param(sets(*[(100, 10, 2)] * 3, (100, 9, 1)), SQUAT, BAR, Units.KG, 100, Language.EN,
                 "1 of 4 sets fell short of 10 reps at RIR 2 with 100 kg: stay at 100 kg until every set gets there.",
                 id="an extra set at the load that fell short"),
    pytest.param(sets(*[(100, 10, 2)] * 3, (100, 7, 0)), SQUAT, BAR, Units.KG, 100, Language.EN,
                 "1 of 4 sets fell short of 10 reps at RIR 2 with 100 kg: stay at 100 kg until every set gets there.",
                 id="an extra set to failure after the plan was met: the load was not too heavy"),
    pytest.param(sets(*[(100, 10, 2)] * 3, (92.5, 8, 2)), SQUAT, BAR, Units.KG, 105, Language.NB,
                 "Alle 3 settene nådde 10 repetisjoner med RIR 2 eller mer på 100 kg: neste gang 105 kg, og start "
                 "igjen på 8 repetisjoner.", id="a lighter back-off set after the plan's sets is not judged"),
    pytest.param(sets((100, 10, 2), (100, 10, 2), (92.5, 10, 2)), SQUAT, BAR, Units.KG, 100, Language.EN,
                 "2 of 3 sets done with 100 kg: stay at 100 kg until all 3 sets reach 10 reps at RIR 2.",
                 id="a planned set done lighter"),
    pytest.param(sets((60, 5, None), (80, 3, None), (100, 6, 0), (100, 5, 0), (100, 5, 1)), SQUAT, BAR,
                 Units.KG, 95, Language.EN,
                 "100 kg was too heavy: 5 reps at RIR 0 against an aim of 8–10 reps at RIR 2. "
                 "Go down to 95 kg and stay there until all 3 sets reach 10 reps at RIR 2.",
                 id="warm-ups are no load to go down to: a step, the worst set named"),
    pytest.param(sets((90, 10, 2), (100, 7, 0), (95, 9, 2), (90, 8, 0)), SQUAT, BAR, Units.KG, 95,
                 Language.EN, "100 kg was too heavy: 7 reps at RIR 0 against an aim of 8–10 reps at RIR 2. "
                 "Go down to 95 kg and stay there until all 3 sets reach 10 reps at RIR 2.",
                 id="the heaviest lighter load that met the range"),
    pytest.param(sets((20, 8, 2, Side.LEFT), (20, 8, 2, Side.RIGHT), (22.5, 5, 0, Side.LEFT),
                      (22.5, 7, 2, Side.RIGHT)), SPLIT_SQUAT, BAR, Units.KG, 20, Language.EN,
                 "22.5 kg was too heavy: 5 reps at RIR 0 against an aim of 8–10 reps at RIR 2. "
                 "Go down to 20 kg and stay there until both sets reach 10 reps at RIR 2.",
                 id="one side too heavy: the load is"),
    pytest.param(sets((20, 10, 2, Side.LEFT), (20, 10, 2, Side.RIGHT), (20, 10, 2, Side.LEFT)), SPLIT_SQUAT,
                 BAR, Units.KG, 20, Language.NB,
                 "1 av 2 sett gjennomført på 20 kg: hold deg på 20 kg til begge settene når 10 repetisjoner med RIR 2.",
                 id="the second set on one side only"),
    pytest.param(sets((20, 10, 2), (20, 10, 3)), SPLIT_SQUAT, BAR, Units.KG, 22.5, Language.EN,
                 "Both sets reached 10 reps at RIR 2 or more with 20 kg: next time 22.5 kg, starting again at 8 reps.",
                 id="each side in turn: a set each"),
    pytest.param(sets((100, 12, 1), (100, 11, 1), (100, 6, 1)), builtin_catalog().exercise("barbell_hip_thrust")
                 .prescription, THRUST, Units.KG, 100, Language.EN,
                 "2 of 3 sets fell short of 12 reps at RIR 1 with 100 kg: stay at 100 kg until every set gets there.",
                 id="unplanned: the catalogue's prescription, the last set short"),
    pytest.param(sets((100, 10, 2), (100, 10, 2), (100, 7, 0)), SQUAT, BAR, Units.KG, 100, Language.EN,
                 "1 of 3 sets fell short of 10 reps at RIR 2 with 100 kg: stay at 100 kg until every set gets there.",
                 id="the first sets in range, the last to failure: stay (a review)"),
    pytest.param(sets((100, 7, 0), (100, 9, 2), (100, 10, 2)), SQUAT, BAR, Units.KG, 95, Language.EN,
                 "100 kg was too heavy: 7 reps at RIR 0 against an aim of 8–10 reps at RIR 2. "
                 "Go down to 95 kg and stay there until all 3 sets reach 10 reps at RIR 2.",
                 id="the first set too heavy: down"),
    pytest.param(sets((100, 9, 2), (100, 6, 0), (100, 5, 0)), SQUAT, BAR, Units.KG, 95, Language.EN,
                 "100 kg was too heavy: 5 reps at RIR 0 against an aim of 8–10 reps at RIR 2. "
                 "Go down to 95 kg and stay there until all 3 sets reach 10 reps at RIR 2.",
                 id="most sets too heavy: down"),
    pytest.param(sets((20, 10, 2, Side.LEFT), (20, 6, 0, Side.RIGHT), (20, 10, 2, Side.LEFT), (20, 9, 2, Side.RIGHT)),
                 SPLIT_SQUAT, BAR, Units.KG, 17.5, Language.EN,
                 "20 kg was too heavy: 6 reps at RIR 0 against an aim of 8–10 reps at RIR 2. "
                 "Go down to 17.5 kg and stay there until both sets reach 10 reps at RIR 2.",
                 id="the second side's first set too heavy: down, as the first side's"),
    pytest.param(sets(*[(225 * KG_PER_LB, 5, 0)] * 3), SQUAT, BAR, Units.LB, 215 * KG_PER_LB,
                 Language.EN, "225 lb was too heavy: 5 reps at RIR 0 against an aim of 8–10 reps at RIR 2. "
                 "Go down to 215 lb and stay there until all 3 sets reach 10 reps at RIR 2.", id="a step in pounds"),
    pytest.param(sets((1, 6, 0), (1, 6, 0)), Prescription(2, RepRange(10, 12), 1, 60), KICKBACK, Units.KG,
                 1, Language.EN, "2 of 2 sets fell short of 12 reps at RIR 1 with 1 kg: stay at 1 kg until both get "
                 "there.", id="never a step down to no load"),
])
def test_the_advice_judges_the_sets_at_the_heaviest_load_worked_at(
        session: list[LoggedSet], prescription: Prescription, exercise: Exercise, units: Units, load: float,
        language: Language, said: str) -> None:
    """H84's walk: 80 kg x 8 @ RIR 2 twice, then 82.5 kg x 6 @ RIR 0, said '2 of 2 sets did not reach 10 reps
    at RIR 2: stay at 82.5 kg', counting 2 of 3 sets and keeping a load that gave 6 reps at RIR 0."""
    suggestion = suggest(session, prescription, exercise, units)
    assert suggestion is not None and suggestion.load_kg == pytest.approx(load)
    assert suggestion.reason(language, units) == said
