"""What the training log adds up to, summed in SQL over indexed columns (years of sets must
chart in a blink): e1RM, top set and volume load per day, hard sets per muscle per week,
sessions done per week, and the rows of the history table."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import Float, and_, case, cast, distinct, func, or_, select

from glueplan.domain.progress import MAX_TRUSTED_REPS
from glueplan.domain.recovery import HARD_RIR_LIMIT
from glueplan.store.database import Store
from glueplan.store.schema import ExerciseRow, InvolvementRow, LoggedSetRow

_DAY = func.date(LoggedSetRow.performed_at)
_MONDAY = func.date(LoggedSetRow.performed_at, "-6 days", "weekday 1")  # the Monday of the set's week


@dataclass(frozen=True, slots=True)
class DayResult:
    day: date
    e1rm_kg: float | None  # the best of the day's trusted sets
    top_kg: float
    volume_kg: float  # sum of weight x reps
    sets: int


@dataclass(frozen=True, slots=True)
class HistoryRow:
    id: int
    performed_at: datetime
    exercise_id: str
    weight_kg: float
    reps: int
    rir: int | None
    note: str


def exercise_days(store: Store, trainee_id: int, exercise_id: str, since: date | None = None) -> list[DayResult]:
    """Per day the exercise was done: best e1RM (RIR-adjusted Epley, sets of 12 reps or fewer),
    top-set weight and volume load."""
    effective = LoggedSetRow.reps + func.coalesce(LoggedSetRow.rir, 0)
    estimate = case(
        (or_(LoggedSetRow.reps > MAX_TRUSTED_REPS, LoggedSetRow.weight_kg <= 0), None),
        (effective <= 1, LoggedSetRow.weight_kg),
        else_=LoggedSetRow.weight_kg * (1 + cast(effective, Float) / 30),
    )
    query = (select(_DAY, func.max(estimate), func.max(LoggedSetRow.weight_kg),
                    func.sum(LoggedSetRow.weight_kg * LoggedSetRow.reps), func.count())
             .where(LoggedSetRow.trainee_id == trainee_id, LoggedSetRow.exercise_id == exercise_id)
             .group_by(_DAY).order_by(_DAY))
    if since is not None:
        query = query.where(LoggedSetRow.performed_at >= datetime.combine(since, datetime.min.time()))
    with store.reading() as session:
        return [DayResult(date.fromisoformat(day), e1rm, top, volume, count)
                for day, e1rm, top, volume, count in session.execute(query)]


def weekly_hard_sets(store: Store, trainee_id: int, muscle_id: str, since: date | None = None) -> list[tuple[date, float]]:
    """Fractional hard sets for a muscle per week (Monday), from the log: sets x the exercise's
    weight for the muscle, counting only sets at RIR 0-4 (or unrecorded) of non-activation work."""
    hard = and_(or_(LoggedSetRow.rir.is_(None), LoggedSetRow.rir <= HARD_RIR_LIMIT),
                ExerciseRow.category != "activation")
    query = (select(_MONDAY, func.sum(InvolvementRow.weight))
             .select_from(LoggedSetRow)
             .join(InvolvementRow, and_(InvolvementRow.exercise_id == LoggedSetRow.exercise_id,
                                        InvolvementRow.muscle_id == muscle_id))
             .join(ExerciseRow, ExerciseRow.id == LoggedSetRow.exercise_id)
             .where(LoggedSetRow.trainee_id == trainee_id, hard)
             .group_by(_MONDAY).order_by(_MONDAY))
    if since is not None:
        query = query.where(LoggedSetRow.performed_at >= datetime.combine(since, datetime.min.time()))
    with store.reading() as session:
        return [(date.fromisoformat(monday), float(sets)) for monday, sets in session.execute(query)]


def sessions_done_per_week(store: Store, trainee_id: int, since: date | None = None) -> list[tuple[date, int]]:
    """Training days per week (a day with at least one logged set counts once)."""
    query = (select(_MONDAY, func.count(distinct(_DAY)))
             .where(LoggedSetRow.trainee_id == trainee_id).group_by(_MONDAY).order_by(_MONDAY))
    if since is not None:
        query = query.where(LoggedSetRow.performed_at >= datetime.combine(since, datetime.min.time()))
    with store.reading() as session:
        return [(date.fromisoformat(monday), count) for monday, count in session.execute(query)]


def history_rows(store: Store, trainee_id: int, exercise_id: str | None = None, since: date | None = None,
                 until: date | None = None, limit: int | None = None, offset: int = 0) -> list[HistoryRow]:
    """Logged sets, newest first, for the history table."""
    query = select(LoggedSetRow.id, LoggedSetRow.performed_at, LoggedSetRow.exercise_id, LoggedSetRow.weight_kg,
                   LoggedSetRow.reps, LoggedSetRow.rir, LoggedSetRow.note).where(LoggedSetRow.trainee_id == trainee_id)
    if exercise_id is not None:
        query = query.where(LoggedSetRow.exercise_id == exercise_id)
    if since is not None:
        query = query.where(LoggedSetRow.performed_at >= datetime.combine(since, datetime.min.time()))
    if until is not None:
        query = query.where(LoggedSetRow.performed_at < datetime.combine(until + timedelta(days=1), datetime.min.time()))
    query = query.order_by(LoggedSetRow.performed_at.desc(), LoggedSetRow.id.desc())
    if limit is not None:
        query = query.limit(limit).offset(offset)
    with store.reading() as session:
        return [HistoryRow(*row) for row in session.execute(query)]
