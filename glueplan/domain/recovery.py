"""The fatigue and readiness model of the domain reference (training-science.md).

Each set leaves a dose of fatigue in every muscle it trains, ``weight x effort(RIR)``,
that halves every ``half_life_h`` hours (20 h large muscles, 16 h small ones). Fatigue is
the sum of the doses of the last 168 hours over ``D_REF`` fractional hard sets, and
readiness is ``100 x max(0, 1 - fatigue)``. A weekly plan repeats, so the week is
simulated twice: last week's sessions carry into this week's Monday.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta

from glueplan.domain.catalog import Catalog, Category
from glueplan.domain.log import LoggedSet
from glueplan.domain.plan import Session, Week
from glueplan.domain.record import Record

HOURS_PER_WEEK = 168
D_REF = 6.0  # fractional hard sets that take a fresh muscle to 0 % readiness
WINDOW_H = 168.0  # doses older than this are forgotten
HARD_RIR_LIMIT = 4  # RIR 0-4 is a hard set; RIR >= 5 does not count
WARM_UP_BELOW = 0.9  # of the day's top load of the exercise: lighter sets are ramp-up, not work
LOAD_SLACK_KG = 1e-6  # 108 of 120 lb is work, however its conversion to kg rounded
_EFFORT = {0: 1.2, 1: 1.0, 2: 0.9, 3: 0.8, 4: 0.6}  # training to failure slows recovery (Moran-Navarro 2017)
UNRECORDED_RIR = 2  # a logged set without RIR is taken as a working set at a typical RIR [design]


def is_hard(rir: int | None, category: Category) -> bool:
    """A hard set counts toward weekly volume: RIR 0-4, or not recorded (a logged set without
    RIR is taken as worked); activation work never does. Of logged sets, only those that count
    (``counted_sets``) are asked. The log's SQL sums follow this too."""
    return category is not Category.ACTIVATION and (rir is None or rir <= HARD_RIR_LIMIT)


def _day_tops(sets: list[LoggedSet]) -> dict[tuple[str, date], float]:
    """The heaviest load of each exercise each day, of the sets not marked as warm-ups."""
    top: dict[tuple[str, date], float] = defaultdict(float)
    for logged in sets:
        if not logged.warm_up:
            key = logged.exercise_id, logged.performed_at.date()
            top[key] = max(top[key], logged.weight_kg)
    return top


def _at_work_load(logged: LoggedSet, tops: dict[tuple[str, date], float]) -> bool:
    return logged.weight_kg >= WARM_UP_BELOW * tops[logged.exercise_id, logged.performed_at.date()] - LOAD_SLACK_KG


def work_sets(sets: Iterable[LoggedSet]) -> list[LoggedSet]:
    """The sets of work the progression judges: one trainee's logged sets less those marked as warm-ups
    and those lighter than 90 % of the day's top load of their exercise, which ramp up to it or back off
    from it. The order is kept."""
    given = list(sets)
    tops = _day_tops(given)
    return [logged for logged in given if not logged.warm_up and _at_work_load(logged, tops)]


def counted_sets(sets: Iterable[LoggedSet]) -> list[LoggedSet]:
    """The logged sets that count toward volume and fatigue (and are then hard or not by ``is_hard``): not
    marked as warm-ups; a set with its RIR said counts by it, whatever its load (a hard set is one ended 0-4
    reps short of failure: a back-off set at RIR 1 is one); a set without RIR counts only at a load of work,
    as a file that marks no warm-ups has its ramp-up sets with the RPE empty. The order is kept."""
    given = list(sets)
    tops = _day_tops(given)
    return [logged for logged in given
            if not logged.warm_up and (logged.rir is not None or _at_work_load(logged, tops))]


def effort(rir: int, category: Category) -> float:
    """How much fatigue a set leaves for its reps in reserve; activation work leaves none."""
    if category is Category.ACTIVATION:
        return 0.0
    return _EFFORT.get(rir, 0.0)


def session_hour(session: Session) -> float:
    """Hours from Monday 00:00 to the start of the session."""
    return int(session.day) * 24 + session.time.hour + session.time.minute / 60


class Dose(Record):
    hour: float  # when, in hours from Monday 00:00 of this week
    amount: float  # fractional hard sets, effort-weighted


def week_doses(week: Week, catalog: Catalog, offset_h: float = 0.0) -> dict[str, list[Dose]]:
    """The doses each muscle receives in one week, by muscle id (all of a session at its start).

    ``offset_h`` places the week in a longer program (week n starts at n x 168 h).
    """
    doses: dict[str, list[Dose]] = defaultdict(list)
    for session in week.sessions:
        amounts: dict[str, float] = defaultdict(float)
        for item in session.items:
            exercise = catalog.exercise(item.exercise_id)
            per_set = effort(item.prescription.rir, exercise.category)
            if per_set == 0:
                continue
            for muscle, weight in exercise.muscles:
                amounts[muscle] += item.prescription.sets * weight * per_set
        hour = offset_h + session_hour(session)
        for muscle, amount in amounts.items():
            doses[muscle].append(Dose(hour, amount))
    return dict(doses)


def repeated(doses: list[Dose]) -> list[Dose]:
    """This week's doses and the same doses a week earlier: the week as it repeats."""
    return doses + [Dose(dose.hour - HOURS_PER_WEEK, dose.amount) for dose in doses]


def fatigue(doses: list[Dose], hour: float, half_life_h: float) -> float:
    """Fatigue at ``hour`` from the doses of the last week before it.

    A dose at exactly ``hour`` is not yet counted (readiness at a session's start is before it),
    and neither is one exactly a week old (the same session last week has left the window).
    """
    total = 0.0
    for dose in doses:
        age = hour - dose.hour
        if 0 < age < WINDOW_H:
            total += dose.amount * 2.0 ** (-age / half_life_h)
    return total / D_REF


def readiness(doses: list[Dose], hour: float, half_life_h: float) -> float:
    """Readiness in per cent (0-100) at ``hour``."""
    return percent_ready(fatigue(doses, hour, half_life_h))


def percent_ready(fatigue_level: float) -> float:
    """Readiness in per cent (0-100) of a muscle with this fatigue."""
    return 100.0 * max(0.0, 1.0 - fatigue_level)


def readiness_series(week: Week, catalog: Catalog, step_h: float = 1.0) -> dict[str, list[float]]:
    """Readiness of every catalogue muscle from Monday 00:00 to Sunday 24:00 in steps of ``step_h``.

    Feeds the readiness curves and the muscle map's heat mode; index i is hour ``i * step_h``.
    """
    doses = week_doses(week, catalog)
    steps = int(HOURS_PER_WEEK / step_h) + 1
    series = {}
    for muscle in catalog.muscles.values():
        own = repeated(doses.get(muscle.id, []))
        series[muscle.id] = [readiness(own, i * step_h, muscle.half_life_h) for i in range(steps)]
    return series


def readiness_at_sessions(week: Week, catalog: Catalog) -> list[dict[str, float]]:
    """For each session of a repeating week (in the week's order), readiness of each muscle it
    trains as it begins."""
    doses = {muscle: repeated(found) for muscle, found in week_doses(week, catalog).items()}
    result = []
    for session in week.sessions:
        hour = session_hour(session)
        trained = {muscle for item in session.items for muscle, _w in catalog.exercise(item.exercise_id).muscles}
        result.append({muscle: readiness(doses.get(muscle, []), hour, catalog.muscle(muscle).half_life_h)
                       for muscle in sorted(trained)})
    return result


def logged_doses(sets: Iterable[LoggedSet], catalog: Catalog, moment: datetime) -> dict[str, list[Dose]]:
    """The doses the logged sets left in each muscle, at their hours before ``moment`` (negative).
    A set counts by its side's share (one side alone is half a set of work) and its effort; warm-ups
    (``counted_sets``) and activation work leave none."""
    doses: dict[str, list[Dose]] = defaultdict(list)
    for logged in counted_sets(sets):
        exercise = catalog.exercise(logged.exercise_id)
        per_set = effort(UNRECORDED_RIR if logged.rir is None else logged.rir, exercise.category) * logged.side.share
        if per_set == 0:
            continue
        hour = (logged.performed_at - moment) / timedelta(hours=1)
        for muscle, weight in exercise.muscles:
            doses[muscle].append(Dose(hour, weight * per_set))
    return dict(doses)


def readiness_from_log(sets: Iterable[LoggedSet], catalog: Catalog, moment: datetime) -> dict[str, float]:
    """What can be trained at ``moment``: readiness of every catalogue muscle in per cent, from
    what was actually logged in the week before it (the model the plan's readiness uses)."""
    doses = logged_doses(sets, catalog, moment)
    return {muscle.id: readiness(doses.get(muscle.id, []), 0.0, muscle.half_life_h)
            for muscle in catalog.muscles.values()}


def log_window(moment: datetime) -> tuple[datetime, datetime]:
    """The sets that can still tire a muscle at ``moment``: those of the week before it, from the
    start of its first day (whose top loads tell its warm-ups, ``counted_sets``)."""
    return datetime.combine((moment - timedelta(hours=WINDOW_H)).date(), time()), moment
