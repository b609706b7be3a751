"""How much of each exercise: reps, reps in reserve and rest per level and emphasis, and the
ways a session's sets can be spread within its time budget.

Every number a rule judges (the rep band, the RIR bands, the rest bands) is read from the
engine's thresholds for the level; the planner only picks where inside them to sit. Seed 000
asks for 8-10 reps at RIR 2-3 on compound lifts and 10-12 at RIR 1-2 on isolation work, with
2-4 minutes' rest after compounds and 1-2 after isolation.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import time
from itertools import product
from math import inf

from glueplan.domain.catalog import Catalog, Category, Equipment, Exercise, Laterality, Prescription, RepRange
from glueplan.domain.findings import SessionRef
from glueplan.domain.plan import PlannedExercise, Session, Weekday
from glueplan.domain.planner.choice import Pick
from glueplan.domain.planner.request import Emphasis, PlanRequest
from glueplan.domain.rules import HEAVY_REPS
from glueplan.domain.session_load import SessionLoad, session_load, session_minutes
from glueplan.domain.thresholds import Band, Thresholds
from glueplan.domain.trainee import Level
from glueplan.domain.record import Record

HARD_SETS = (3, 2, 4)  # sets of a hard exercise, most usual first; 0 leaves it out
HEAVY_SETS = (4, 3, 5)  # a heavy barbell lift for strength
LEAD_OFF_USUAL, OFF_USUAL = 1.5, 0.4  # what a set more or less than usual costs: the lead lift keeps its sets
LEAD_SETS = 3  # the lead lift never fewer (but for rehab): a coach takes sets from the accessories first
ACTIVATION_SETS = (2,)
COMPOUND_REST_S = 180  # seed 000: 2-4 min after compound lifts
HEAVY_REST_S = 240  # sets of few reps rest longer
THRUST_REST_S = 120  # hip-dominant lifts: loaded like a compound, but a single joint
ISOLATION_REST_S = 90  # seed 000: 1-2 min after isolation
ACTIVATION_REST_S = 45
COMPOUND_RIR = 2  # seed 000: RIR 2-3 on compound lifts
ISOLATION_RIR = 1  # seed 000: RIR 1-2 on isolation
LOADS = frozenset({Equipment.BARBELL, Equipment.DUMBBELL, Equipment.KETTLEBELL, Equipment.CABLE, Equipment.MACHINE})


def _inside(value: float, band: Band) -> int:
    return int(min(max(value, band.low), band.high))


def heavy_lift(exercise: Exercise, request: PlanRequest) -> bool:
    """A both-sides compound lift with a barbell at hand, for a strength emphasis: few reps."""
    return (request.emphasis is Emphasis.STRENGTH and exercise.category is Category.COMPOUND
            and exercise.laterality is Laterality.BILATERAL
            and any(Equipment.BARBELL in option and option <= request.equipment for option in exercise.equipment))


def loaded(exercise: Exercise, request: PlanRequest) -> bool:
    """Whether the equipment at hand adds load to the exercise (a lunge with dumbbells), rather
    than only the body's weight: 6 reps of a bodyweight lunge are far from hard enough."""
    return any(option <= request.equipment and option & LOADS for option in exercise.equipment)


def _reps(exercise: Exercise, request: PlanRequest, limits: Thresholds) -> RepRange:
    """Compound lifts 8-12 for beginners, 6-10 after (5-6 on both-sides lifts for strength,
    10-15 with nothing to load them), single-joint work 10-15 (12-20 for rehab), activation as
    the catalogue says; inside the level's rep band (INT-2)."""
    if exercise.category is Category.ACTIVATION:
        low, high = exercise.prescription.reps.low, exercise.prescription.reps.high
    elif exercise.category is Category.COMPOUND:
        if heavy_lift(exercise, request):
            low, high = 5, HEAVY_REPS
        elif request.level is Level.BEGINNER or request.emphasis is Emphasis.REHAB:
            low, high = 8, 12
        elif not loaded(exercise, request):
            low, high = 10, 15
        else:
            low, high = 6, 10
    elif request.emphasis is Emphasis.REHAB:
        low, high = 12, 20
    else:
        low, high = 10, 15
    low = _inside(low, limits.reps)
    return RepRange(low, max(low, _inside(high, limits.reps)))


def prescription(exercise: Exercise, sets: int, short_rest: bool, request: PlanRequest,
                 limits: Thresholds) -> Prescription:
    """The dose of one exercise; ``short_rest`` rests at the bottom of the band to save time, as
    compound lifts with only the body's weight always do (the sets are lighter)."""
    reps = _reps(exercise, request, limits)
    rehab = request.emphasis is Emphasis.REHAB
    if exercise.category is Category.ACTIVATION:
        band, rest, rir = limits.rest_activation_s, ACTIVATION_REST_S, exercise.prescription.rir
    elif exercise.category is Category.COMPOUND:
        heavy = reps.high <= HEAVY_REPS
        band = limits.rest_heavy_s if heavy else limits.rest_compound_s
        rest = HEAVY_REST_S if heavy else COMPOUND_REST_S if loaded(exercise, request) else band.low
        rir = _inside(limits.compound_rir.high if rehab else COMPOUND_RIR, limits.compound_rir)
    else:  # hip-dominant lifts are single-joint for RIR (INT-5) but rest like a compound (REST-1)
        band = limits.rest_compound_s if exercise.category is Category.HIP_DOMINANT else limits.rest_isolation_s
        rest = THRUST_REST_S if exercise.category is Category.HIP_DOMINANT else ISOLATION_REST_S
        rir = _inside(limits.isolation_rir.high if rehab else ISOLATION_RIR, limits.isolation_rir)
    return Prescription(sets, reps, rir, int(band.low) if short_rest else _inside(rest, band))


class Variant(Record):
    """One way to dose a session: its exercises with their sets (left-out ones gone)."""

    session: Session
    load: SessionLoad  # the engine's own count of its hard sets per muscle and its minutes
    left_out: float  # what the left-out exercises' roles were worth
    off_usual: float  # sets away from the usual number, counting most on the lead lift
    short_rest: bool


def _set_options(pick: Pick, request: PlanRequest) -> tuple[int, ...]:
    """The sets an exercise may get, most usual first; 0 leaves out any but the lead lift, which
    gets 3 or more unless the work is light rehab (there, two exercises are better than one)."""
    exercise = pick.exercise
    if exercise.category is Category.ACTIVATION:
        options = ACTIVATION_SETS
    else:
        options = HEAVY_SETS if heavy_lift(exercise, request) else HARD_SETS
    if pick.keep < inf:
        return (*options, 0)
    return options if request.emphasis is Emphasis.REHAB else tuple(sets for sets in options if sets >= LEAD_SETS)


def variants(picks: Sequence[Pick], day: Weekday, at: time, request: PlanRequest, catalog: Catalog,
             limits: Thresholds) -> Iterator[Variant]:
    """Every dosing of the session that fits its time budget (by the engine's estimate, SES-3)
    and stays within the per-session cap of every muscle (VOL-4). The lead lift is always kept.
    The sessions are untitled: a title is for the few kept."""
    exercises = [pick.exercise for pick in picks]
    choices = [_set_options(pick, request) for pick in picks]
    ref = SessionRef(0, 0, day, at)
    for short_rest in (False, True):
        doses = {(exercise.id, sets): prescription(exercise, sets, short_rest, request, limits)
                 for exercise, options in zip(exercises, choices, strict=True) for sets in options if sets}
        for counts in product(*choices):
            items = tuple(PlannedExercise(exercise.id, doses[(exercise.id, sets)])
                          for exercise, sets in zip(exercises, counts, strict=True) if sets)
            session = Session(day, at, "", items)
            if session_minutes(session, catalog, limits) > request.minutes:
                continue
            load = session_load(session, ref, catalog, limits)
            if any(sets > limits.session_cap for sets in load.hard.values()):
                continue
            left_out = sum(pick.keep for pick, sets in zip(picks, counts, strict=True) if not sets)
            off = sum(abs(sets - options[0]) * (LEAD_OFF_USUAL if pick.keep == inf else OFF_USUAL)
                      for pick, sets, options in zip(picks, counts, choices, strict=True) if sets)
            yield Variant(session, load, left_out, off, short_rest)
