"""What one planned session does to each muscle, worked out once for all the rules."""

from __future__ import annotations

from collections import defaultdict

from glueplan.domain.catalog import Catalog, Exercise, Laterality
from glueplan.domain.findings import SessionRef
from glueplan.domain.plan import PlannedExercise, Session, Week
from glueplan.domain.recovery import HOURS_PER_WEEK, effort, is_hard, session_hour
from glueplan.domain.thresholds import Thresholds
from glueplan.domain.record import Record


class SessionLoad(Record, eq=False):
    """One session with its place in time and its sets per muscle (compared by identity)."""

    ref: SessionRef
    session: Session
    hour: float  # from the program's first Monday 00:00
    hard: dict[str, float]  # fractional hard sets per muscle
    dose: dict[str, float]  # effort-weighted fatigue dose per muscle
    heavy: tuple[str, ...]  # muscles worked hard by an exercise weighting them >= readiness_weight
    activation_sets: int
    minutes: float

    def hard_for(self, muscle: str, limits: Thresholds) -> bool:
        """A hard session for the muscle: at least ``hard_session_sets`` fractional hard sets."""
        return self.hard.get(muscle, 0.0) >= limits.hard_session_sets


def hard_sets(item: PlannedExercise, exercise: Exercise) -> float:
    """Sets that count as hard (RIR 0-4, not activation), before weighting by muscle."""
    return float(item.prescription.sets) if is_hard(item.prescription.rir, exercise.category) else 0.0


def set_seconds(item: PlannedExercise, exercise: Exercise, limits: Thresholds) -> float:
    """SES-3: the time one set of a planned exercise takes, work (per side for unilateral work) and rest."""
    sides = 2 if exercise.laterality is Laterality.UNILATERAL else 1
    return limits.work_s_per_set * sides + item.prescription.rest_s


def session_minutes(session: Session, catalog: Catalog, limits: Thresholds) -> float:
    """SES-3: sets x (work + rest), plus a warm-up."""
    seconds = sum(item.prescription.sets * set_seconds(item, catalog.exercise(item.exercise_id), limits)
                  for item in session.items)
    return limits.warm_up_minutes + seconds / 60 if session.items else 0.0


def session_load(session: Session, ref: SessionRef, catalog: Catalog, limits: Thresholds) -> SessionLoad:
    hard: dict[str, float] = defaultdict(float)
    dose: dict[str, float] = defaultdict(float)
    heavy: set[str] = set()
    activation = 0
    for item in session.items:
        exercise = catalog.exercise(item.exercise_id)
        sets = hard_sets(item, exercise)
        if sets == 0:
            activation += item.prescription.sets
        per_set = effort(item.prescription.rir, exercise.category)
        for muscle, weight in exercise.muscles:
            hard[muscle] += sets * weight
            dose[muscle] += item.prescription.sets * weight * per_set
            if sets > 0 and weight >= limits.readiness_weight:
                heavy.add(muscle)
    return SessionLoad(ref, session, ref.week * HOURS_PER_WEEK + session_hour(session), dict(hard), dict(dose),
                       tuple(muscle for muscle in catalog.muscles if muscle in heavy), activation,
                       session_minutes(session, catalog, limits))


def week_loads(number: int, week: Week, catalog: Catalog, limits: Thresholds) -> tuple[SessionLoad, ...]:
    """The sessions of program week ``number`` in time order (their content only breaks ties, so
    the order they are listed in never matters)."""
    loads = [session_load(s, SessionRef(number, index, s.day, s.time), catalog, limits)
             for index, s in enumerate(week.sessions)]
    loads.sort(key=lambda load: (load.hour, _content(load.session)))
    return tuple(loads)


def _content(session: Session) -> tuple[object, ...]:
    return (session.title, tuple((i.exercise_id, i.prescription.sets, i.prescription.rir) for i in session.items))
