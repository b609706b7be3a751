"""Progress maths: estimated one-rep max, volume load, reps done, and the next load by double
progression.

e1RM follows the domain reference: Epley adjusted for reps in reserve,
1RM = w x (1 + (reps + RIR) / 30), trusted only for sets of 12 reps or fewer (Zourdos 2021).
Double progression (PER-3): when every set of the last session reached the top of the rep
range at the target RIR, add load (about 5 % on lower-body compounds, the smallest step on
isolation work) and start again at the bottom of the range. A new load is one that can be put on: whole
steps of the implement in the user's units (after 25 kg, 55.12 lb, 60 lb rather than 60.12). The sets
judged are those at the heaviest load the lifter worked at; a load that gave fewer reps than the range's bottom, or got
there well under the RIR aim, was too heavy: go down to the lighter load done that day, or a step.
An exercise done without added load (a clamshell, a bird-dog, a bridge on the floor) has no load to
progress: it progresses in reps, the most in one set and all of them, and in hard sets.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from glueplan.domain import limits
from glueplan.domain.catalog import Category, Equipment, Exercise, Laterality, LoadKind, Prescription
from glueplan.domain.language import Language, decimal
from glueplan.domain.log import KG_PER_LB, LoggedSet, Side, reps_moved, sets_of_work
from glueplan.domain.messages import messages
from glueplan.domain.recovery import work_sets
from glueplan.domain.trainee import Units
from glueplan.domain.record import Record

MAX_TRUSTED_REPS = 12
COMPOUND_STEP = 0.05  # of the load
# The loads an implement comes in, as steps of (kg, lb) from nothing: the finest change of load most gyms allow on it
# [design]. A load suggested is a whole number of its steps in the user's units, and an increase at least one step.
LOAD_STEPS: dict[Equipment, tuple[float, float]] = {
    Equipment.BARBELL: (2.5, 5.0),  # a pair of the smallest plates, 1.25 kg or 2.5 lb
    Equipment.MACHINE: (2.5, 5.0),  # a plate-loaded sled's pair of them, a weight stack's half plate
    Equipment.CABLE: (2.5, 5.0),  # a weight stack's half plate
    Equipment.DUMBBELL: (2.5, 5.0),  # a rack's step (12.5, 15, 17.5 kg; 25, 30, 35 lb), an adjustable one's plates
    Equipment.KETTLEBELL: (4.0, 5.0),  # 8, 12, 16, 20, 24 kg; 5 lb apart where they are made in pounds
    Equipment.ANKLE_WEIGHT: (0.5, 1.0),
}
HELD_STEP = (1.25, 2.5)  # a load added to anything else (a body-weight, band or bench exercise) is held: a plate


def e1rm(weight_kg: float, reps: int, rir: int | None = None) -> float | None:
    """Estimated one-rep max, or None for sets the formula cannot be trusted with (> 12 reps)."""
    if reps > MAX_TRUSTED_REPS or weight_kg <= 0:
        return None
    effective = reps + (rir or 0)
    return weight_kg if effective <= 1 else weight_kg * (1 + effective / 30)


def load_for(one_rep_max: float, reps: int, rir: int) -> float:
    """The load that leaves ``rir`` reps in reserve after ``reps`` reps (the formula turned round)."""
    return one_rep_max / (1 + (reps + rir) / 30)


def volume_load(sets: Sequence[LoggedSet], laterality: Laterality) -> float:
    """Load x every rep that moved it (each side's reps of a one-sided exercise)."""
    return sum(s.weight_kg * reps_moved(s, laterality) for s in sets)


def reps_done(sets: Sequence[LoggedSet], laterality: Laterality) -> int:
    """Every rep done, each side's of a one-sided exercise: volume load without the load, what the
    sets of an exercise done without added load add up to."""
    return sum(reps_moved(s, laterality) for s in sets)


def progress_in_reps(top_loads_kg: Sequence[float], exercise: Exercise) -> bool:
    """Whether an exercise's progress is told in reps rather than load: when every work set of the
    days shown (their top loads) was done without added load; with no sets, as the catalogue does it.

    The sets tell it, not the catalogue's LoadKind, which names only the main way of doing an
    exercise: a glute bridge (catalogued with the body first) done on a barbell would lose its
    80 kg, and a reverse lunge (dumbbell first) done with no dumbbell would be a flat 0 kg with
    no e1RM. One set with load is enough for the load chart, on which the days without load
    stand at 0 kg: no rule turns reps into load."""
    if top_loads_kg:
        return all(load <= 0 for load in top_loads_kg)
    return LoadKind.of(exercise) is not LoadKind.WEIGHT


class RepsDone(Record):
    """What a session of an exercise done without added load came to, in reps (it has no load to
    suggest, and the user needs what to beat): as many reps in every set ("2 × 20 reps per side"),
    else the best set and every rep."""

    sets: int  # sets of work (a left and a right set are one); 0 when the reps differed
    reps: int  # in each set, or in the best one
    total: int  # every rep done, each side's
    one_sided: bool

    def text(self, language: Language) -> str:
        side = "_per_side" if self.one_sided else ""
        if self.sets:
            return messages()(f"progress.reps_even{side}", language, sets=self.sets, reps=self.reps)
        return messages()(f"progress.reps_best{side}", language, reps=self.reps, total=self.total)


def reps_session(session: Sequence[LoggedSet], exercise: Exercise) -> RepsDone | None:
    """The reps of one session of an exercise done without added load (progress_in_reps; with load,
    suggest says what to do next), or None without sets of work. Warm-ups do not count, as in suggest."""
    work = work_sets(session)
    if not work or not progress_in_reps([max(s.weight_kg for s in work)], exercise):
        return None
    one_sided = exercise.laterality is Laterality.UNILATERAL
    per_side = [sum(s.side in (side, Side.BOTH) for s in work) for side in (Side.LEFT, Side.RIGHT)]
    even = len({s.reps for s in work}) == 1 and (not one_sided or per_side[0] == per_side[1])
    return RepsDone(math.floor(sets_of_work(work)) if even else 0, max(s.reps for s in work),
                    reps_done(work, exercise.laterality), one_sided)


class Suggestion(Record):
    """The load to use next time, in kg, and why."""

    load_kg: float
    raise_load: bool
    reason_key: str
    params: tuple[tuple[str, object], ...]
    heavy_set: tuple[int, int | None] | None = None  # reps and RIR of the set that showed the load too heavy

    def reason(self, language: Language, units: Units) -> str:
        """The reason in words; a text with a form for exactly two sets ("both sets") takes it."""
        values = {name: shown(value, units, language) if name.endswith("_kg") else value
                  for name, value in self.params}
        if self.heavy_set is not None:
            reps, rir = self.heavy_set
            values["set"] = messages()("progress.set_reps" if rir is None else "progress.set_rir", language,
                                       reps=reps, rir=rir)
        key = f"progress.{self.reason_key}"
        if values.get("sets") == 2 and f"{key}_both" in messages():
            key = f"{key}_both"
        return messages()(key, language, unit=units.value, **values)


def load_step(exercise: Exercise, units: Units) -> float:
    """The step loads of ``exercise`` come in, in the user's units: that of the implement of its first way of
    doing it that has one (a single-leg hip thrust, done on the body first, takes a dumbbell next)."""
    implements = [item for option in exercise.equipment for item in sorted(option, key=list(Equipment).index)]
    kg, lb = next((LOAD_STEPS[item] for item in implements if item in LOAD_STEPS), HELD_STEP)
    return kg if units is Units.KG else lb


def _kg_per_unit(units: Units) -> float:
    return 1.0 if units is Units.KG else KG_PER_LB


def on_steps(load_kg: float, exercise: Exercise, units: Units) -> float:
    """The load nearest ``load_kg`` that can be put on (a whole number of the implement's steps in the user's
    units), in kg, and no heavier than a log takes."""
    step, per_unit = load_step(exercise, units), _kg_per_unit(units)
    steps = min(round(load_kg / per_unit / step), math.floor(limits.WEIGHT_KG.high / per_unit / step))
    return steps * step * per_unit


def step_kg(exercise: Exercise, load_kg: float, units: Units) -> float:
    """How much to add: ~5 % on compounds and hip-dominant lifts, one step of the implement otherwise; in
    whole steps of it in the user's units, at least one."""
    step = load_step(exercise, units)
    if exercise.category in (Category.COMPOUND, Category.HIP_DOMINANT):
        step = max(step, round(load_kg / _kg_per_unit(units) * COMPOUND_STEP / step) * step)
    return step * _kg_per_unit(units)


WELL_UNDER_AIM = 2  # reps in reserve under the aim that are more than a misjudged rep [design]


def reached(logged: LoggedSet, prescription: Prescription) -> bool:
    """Whether a set got to the top of the rep range at the RIR aim: at its top rep it still had the aim's
    reps in reserve (12 reps at RIR 0 had 2 left at rep 10). A set logged without RIR is taken at its reps."""
    top, aim = prescription.reps.high, prescription.rir
    return logged.reps >= top and (logged.rir is None or logged.reps + logged.rir >= top + aim)


def too_heavy(logged: LoggedSet, prescription: Prescription) -> bool:
    """Whether a set shows its load too heavy for the prescription: it stopped under the bottom of the rep
    range without the reserve to go on to it at the aim, or got there with 2 or more reps in reserve fewer
    than the aim. Reps + RIR is what the load allowed, as in the e1RM. Without RIR only the reps tell."""
    low, aim = prescription.reps.low, prescription.rir
    if logged.rir is None:
        return logged.reps < low
    allowed = logged.reps + logged.rir
    return allowed <= low + aim - WELL_UNDER_AIM or (logged.reps < low and allowed < low + aim)


def suggest(last_session: Sequence[LoggedSet], prescription: Prescription, exercise: Exercise,
            units: Units) -> Suggestion | None:
    """Double progression from the sets of the last session of one exercise (None without loaded sets),
    judged at the heaviest load worked at. Sets marked as warm-ups, and sets lighter than 90 % of the day's
    top load, are ramp-up and do not count; sets of work at a lighter load (a back-off set) count only as
    the load to go down to when the heaviest was too heavy. A load with which as many sets as planned reached
    the top was not too heavy, whatever one more set with it came to (one taken to failure after them); nor
    was one whose first set (on each side) was in range and whose later sets were mostly so (a coach keeps the load).
    A load done is suggested as it was; a new one, a step up or down, is one that can be put on (on_steps): its step
    keeps it heavier, or lighter, than the load it comes from."""
    working = work_sets(last_session)  # the ramp-up left out (domain.recovery)
    load = max((s.weight_kg for s in working), default=0.0)
    if load <= 0:
        return None
    loads = sorted({s.weight_kg for s in working}, reverse=True)
    at_top = [s for s in working if s.weight_kg == load]
    top, target, planned = prescription.reps.high, prescription.rir, prescription.sets
    kept = (("top", top), ("rir", target), ("load_kg", load))
    heavy = [s for s in at_top if too_heavy(s, prescription)]
    met_plan = sets_of_work([s for s in at_top if reached(s, prescription)]) >= planned
    # Too heavy is the load's fault when it showed at once (the first set with it, on either side) or in most
    # sets; a last set taken short after sets in range is the session's fatigue, and the load is kept.
    firsts = {s.side: s for s in reversed(at_top)}.values()  # the first set with the load of each side
    load_at_fault = any(too_heavy(s, prescription) for s in firsts) or 2 * sets_of_work(heavy) > sets_of_work(at_top)
    if heavy and not met_plan and load_at_fault:
        met = [w for w in loads if not any(too_heavy(s, prescription) for s in working if s.weight_kg == w)]
        # the heaviest that met it, or a step down from the lightest
        lower = met[0] if met else on_steps(loads[-1] - step_kg(exercise, load, units), exercise, units)
        if lower > 0:
            worst = min(heavy, key=lambda s: (s.reps + (s.rir or 0), s.reps))
            return Suggestion(lower, False, "back", (("sets", planned), ("range", str(prescription.reps)), *kept,
                                                     ("new_kg", lower)), (worst.reps, worst.rir))
    done = sets_of_work(at_top)  # a left and a right set are one
    if done < planned:  # fewer sets with the load than planned: not done, or done lighter
        return Suggestion(load, False, "unfinished", (("done", math.floor(done)), ("sets", planned), *kept))
    short = [s for s in at_top if not reached(s, prescription)]
    if short:
        return Suggestion(load, False, "keep", (("short", math.ceil(sets_of_work(short))),
                                                ("sets", math.floor(done)), *kept))
    new = max(load, on_steps(load + step_kg(exercise, load, units), exercise, units))  # none heavier at the limit
    return Suggestion(new, True, "raise", (("sets", math.floor(done)), *kept, ("new_kg", new),
                                           ("low", prescription.reps.low)))


def shown(weight_kg: float, units: Units, language: Language) -> str:
    """A load for the user: in their units, with their decimal separator."""
    value = weight_kg if units is Units.KG else weight_kg / KG_PER_LB
    return decimal(value, language, 2)
