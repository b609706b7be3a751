"""Which exercises a session holds: movement patterns, the roles of a session for each
emphasis, and the best exercise at hand for each role.

The pattern of an exercise is read from the catalogue's own data (category, sides, muscle
weights), so a new catalogue exercise finds its place without a list to keep up. A week
spreads its patterns (squat, hinge, single leg; both sides and one side) over the sessions
and repeats no exercise while the equipment offers another.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from enum import StrEnum
from math import inf

from glueplan.domain.catalog import PRIMARY, SECONDARY, Catalog, Category, Exercise, Laterality
from glueplan.domain.planner.request import Emphasis, PlanRequest
from glueplan.domain.record import Record

MAXIMUS, MEDIUS = "gluteus_maximus", "gluteus_medius"
SEED_JITTER = 2.5  # how far a seed may reorder the ranking (a pattern's rank step is 10)
REUSE_COST = 12.0  # an exercise again this week: more than a step to the role's next pattern
SAME_PATTERN_COST = 15.0  # a pattern twice in a session (two bridges): only when the role's next one is missing


class Pattern(StrEnum):
    SQUAT = "squat"  # both legs, knee and hip
    SINGLE_LEG = "single_leg"  # split squats, lunges, step-ups
    HINGE = "hinge"  # deadlifts, swings, good mornings
    THRUST = "thrust"  # hip thrusts and bridges
    BACK_EXTENSION = "back_extension"
    KICKBACK = "kickback"  # cable hip extension: kickbacks, pull-throughs
    ABDUCTION = "abduction"
    ACTIVATION_MEDIUS = "activation_medius"
    ACTIVATION = "activation"
    OTHER = "other"  # not a glute exercise (a Nordic curl)


def pattern_of(exercise: Exercise) -> Pattern:
    """The movement pattern, from how the exercise loads which muscles."""
    weight = exercise.weight
    if exercise.category is Category.ACTIVATION:
        return Pattern.ACTIVATION_MEDIUS if weight(MEDIUS) == PRIMARY else Pattern.ACTIVATION
    if weight(MAXIMUS) < SECONDARY and weight(MEDIUS) < SECONDARY:
        return Pattern.OTHER
    if exercise.category is Category.COMPOUND:
        if weight("quadriceps") == PRIMARY:
            return Pattern.SINGLE_LEG if exercise.laterality is Laterality.UNILATERAL else Pattern.SQUAT
        return Pattern.HINGE
    if exercise.category is Category.ISOLATION and weight(MEDIUS) == PRIMARY:
        return Pattern.ABDUCTION
    if weight("quadriceps") > 0:  # the foot planted and the knee bent: a bridge, whatever the category
        return Pattern.THRUST
    return Pattern.BACK_EXTENSION if exercise.category is Category.HIP_DOMINANT else Pattern.KICKBACK


class Role(Record):
    """A place in a session: the patterns that may fill it, best first, which side work suits,
    and what leaving it out costs when time or volume runs short (the lead lift stays)."""

    patterns: tuple[Pattern, ...]
    laterality: Laterality | None = None  # preferred, not required
    muscle: str = MAXIMUS  # what the exercise should train most
    keep: float = inf
    repeats: bool = False  # the week's lift again is as good: strength is practised on the same lifts


LEAD, THRUST_KEEP, ISOLATION_KEEP, SECOND_KEEP, WARM_UP_KEEP = inf, 3.0, 2.5, 2.0, 3.5
_P = Pattern
_BI, _UNI = Laterality.BILATERAL, Laterality.UNILATERAL
_THRUST = Role((_P.THRUST, _P.BACK_EXTENSION, _P.KICKBACK), keep=THRUST_KEEP)
_HEAVY_THRUST = Role((_P.THRUST, _P.BACK_EXTENSION), _BI, keep=THRUST_KEEP)
_WARM_UP_MEDIUS = Role((_P.ACTIVATION_MEDIUS,), muscle=MEDIUS, keep=WARM_UP_KEEP)
_WARM_UP = Role((_P.ACTIVATION, _P.ACTIVATION_MEDIUS), keep=SECOND_KEEP)
_ABDUCTION = Role((_P.ABDUCTION, _P.ACTIVATION_MEDIUS), muscle=MEDIUS, keep=THRUST_KEEP)
_KICKBACK = Role((_P.KICKBACK, _P.ABDUCTION), keep=ISOLATION_KEEP)
_REHAB_BRIDGE = Role((_P.THRUST, _P.BACK_EXTENSION, _P.SINGLE_LEG), keep=THRUST_KEEP)


def _lead(*patterns: Pattern, side: Laterality = _BI, muscle: str = MAXIMUS, repeats: bool = False) -> Role:
    return Role(patterns, side, muscle, repeats=repeats)


def _second(*patterns: Pattern, side: Laterality = _UNI) -> Role:
    return Role(patterns, side, keep=SECOND_KEEP)


# The sessions of a week, in order, for each emphasis (a week of n sessions takes the first n).
# A session is ordered heavy before light when chosen: activation as a warm-up, compound lifts,
# hip thrusts, isolation.
SESSIONS: dict[Emphasis, tuple[tuple[Role, ...], ...]] = {
    # seed 000: squat + single-leg hip thrust + kickback; RDL + hip thrust + abduction;
    # split squat + lunge + pull-through
    Emphasis.BALANCED: (
        (_lead(_P.SQUAT, _P.HINGE, _P.SINGLE_LEG), _second(_P.SINGLE_LEG, _P.HINGE), _THRUST, _KICKBACK),
        (_lead(_P.HINGE, _P.SQUAT, _P.SINGLE_LEG), _second(_P.SINGLE_LEG, _P.SQUAT), _THRUST,
         Role((_P.ABDUCTION, _P.KICKBACK), muscle=MEDIUS, keep=ISOLATION_KEEP)),
        (_lead(_P.SINGLE_LEG, _P.SQUAT, _P.HINGE, side=_UNI), _second(_P.HINGE, _P.SINGLE_LEG), _THRUST, _KICKBACK),
    ),
    # seed 002: activation as the warm-up, then single-leg strength; 2-4 gluteus medius exercises a week
    Emphasis.MEDIUS: (
        (_WARM_UP_MEDIUS, _lead(_P.SINGLE_LEG, _P.HINGE, side=_UNI, muscle=MEDIUS), _THRUST, _ABDUCTION),
        (_WARM_UP_MEDIUS, _lead(_P.HINGE, _P.SINGLE_LEG, side=_UNI, muscle=MEDIUS),
         Role((_P.THRUST, _P.BACK_EXTENSION), _UNI, keep=THRUST_KEEP), _ABDUCTION),
        (_WARM_UP_MEDIUS, _lead(_P.SINGLE_LEG, _P.HINGE, side=_UNI, muscle=MEDIUS), _THRUST, _ABDUCTION),
    ),
    Emphasis.STRENGTH: (
        (_lead(_P.SQUAT, _P.HINGE, _P.SINGLE_LEG), _HEAVY_THRUST, _second(_P.SINGLE_LEG, _P.HINGE)),
        (_lead(_P.HINGE, _P.SQUAT, _P.SINGLE_LEG), _HEAVY_THRUST, _second(_P.SINGLE_LEG, _P.SQUAT)),
        (_lead(_P.SQUAT, _P.HINGE, _P.SINGLE_LEG, repeats=True), _HEAVY_THRUST, _KICKBACK),  # squat twice a week
    ),
    Emphasis.REHAB: (
        (_WARM_UP_MEDIUS, _lead(_P.SINGLE_LEG, _P.THRUST, side=_UNI), _REHAB_BRIDGE, _ABDUCTION, _WARM_UP),
        (_WARM_UP_MEDIUS, _lead(_P.THRUST, _P.SINGLE_LEG, side=_UNI),
         Role((_P.BACK_EXTENSION, _P.THRUST, _P.SINGLE_LEG), keep=THRUST_KEEP), _ABDUCTION, _WARM_UP),
        (_WARM_UP_MEDIUS, _lead(_P.SINGLE_LEG, _P.HINGE, side=_UNI), _REHAB_BRIDGE, _ABDUCTION, _WARM_UP),
    ),
}


class Pick(Record):
    """An exercise chosen for a role, with what leaving it out would cost."""

    exercise: Exercise
    keep: float


def roles(emphasis: Emphasis, count: int) -> list[tuple[Role, ...]]:
    """The roles of each of ``count`` sessions (past the third, the plan starts over)."""
    plan = SESSIONS[emphasis]
    return [plan[n % len(plan)] for n in range(count)]


def choose_exercises(request: PlanRequest, catalog: Catalog, count: int,
                     medius_limit: int) -> list[list[Pick]]:
    """The exercises of ``count`` sessions, heavy before light, no exercise twice in a session,
    a movement pattern once in a session while the role allows another, and no exercise twice
    in the week while the equipment offers another; at most ``medius_limit``
    different gluteus medius exercises a week (SES-2: "2-4 are plenty", seed 002). The roles
    are filled most important first across the week, so the lead lifts get the best choice.
    A role nothing at hand can fill is left out."""
    rng = random.Random(request.seed)
    candidates = [exercise for exercise in catalog.exercises.values()
                  if not exercise.custom and request.allows(exercise) and pattern_of(exercise) is not Pattern.OTHER]
    jitter = {exercise.id: (rng.random() * SEED_JITTER if request.seed else 0.0) for exercise in candidates}
    used: set[str] = set()
    medius: set[str] = set()
    week = roles(request.emphasis, count)
    chosen: list[dict[int, Pick]] = [{} for _ in week]
    order = sorted(((-role.keep, place, number) for number, session in enumerate(week)
                    for place, role in enumerate(session)))
    for _keep, place, number in order:
        role = week[number][place]
        taken = {pick.exercise.id for pick in chosen[number].values()}
        patterns = {pattern_of(pick.exercise) for pick in chosen[number].values()}

        def cost(exercise: Exercise, role: Role = role, patterns: set[Pattern] = patterns) -> float:
            extra = SAME_PATTERN_COST if pattern_of(exercise) in patterns else 0.0
            if exercise.weight(MEDIUS) == PRIMARY and exercise.id not in medius and len(medius) >= medius_limit:
                extra += 30.0
            return _fit(exercise, role, exercise.id in used) + jitter[exercise.id] + extra

        ranked = sorted(((cost(exercise), index, exercise) for index, exercise in enumerate(candidates)
                         if exercise.id not in taken and pattern_of(exercise) in role.patterns),
                        key=lambda entry: entry[:2])
        if ranked:
            exercise = ranked[0][2]
            chosen[number][place] = Pick(exercise, role.keep)
            used.add(exercise.id)
            if exercise.weight(MEDIUS) == PRIMARY:
                medius.add(exercise.id)
    return [_heavy_first([picks[place] for place in sorted(picks)]) for picks in chosen]


def _fit(exercise: Exercise, role: Role, used: bool) -> float:
    """Lower is better: the role's own pattern first, the preferred sides, the muscle trained
    most, and something new this week."""
    score = 10.0 * role.patterns.index(pattern_of(exercise))
    if role.laterality is not None and exercise.laterality is not role.laterality:
        score += 3.0
    score += 6.0 * (1.0 - exercise.weight(role.muscle))
    if used and not role.repeats:
        score += REUSE_COST
    return score


_ORDER = {Category.ACTIVATION: 0, Category.COMPOUND: 1, Category.HIP_DOMINANT: 2, Category.ISOLATION: 3}


def _heavy_first(picks: Sequence[Pick]) -> list[Pick]:
    """Activation as the warm-up, then multi-joint before single-joint (SES-1); a stable sort
    keeps the roles' order within a category (the lead lift first)."""
    return sorted(picks, key=lambda pick: _ORDER[pick.exercise.category])
