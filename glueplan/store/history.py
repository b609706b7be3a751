"""What the training log adds up to, summed in SQL over indexed columns (years of sets must
chart in a blink): e1RM, top set and volume load per day, or most reps, reps done and hard sets
per day, hard sets per muscle per week, training days per week, and the history table's pages of
ids and rows by id."""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from enum import Enum
from operator import itemgetter

from sqlalchemy import ColumnElement, Float, Select, and_, case, cast, distinct, exists, func, or_, select, tuple_
from sqlalchemy.orm import aliased

import msgspec

from glueplan.domain.catalog import Category, Exercise, Laterality
from glueplan.domain.log import Side
from glueplan.domain.progress import MAX_TRUSTED_REPS, progress_in_reps
from glueplan.domain.recovery import HARD_RIR_LIMIT, LOAD_SLACK_KG, WARM_UP_BELOW
from glueplan.store.calendar_sql import day_of, monday_of, next_day_of
from glueplan.store.database import Store
from glueplan.store.schema import ExerciseRow, InvolvementRow, LoggedSetRow, SessionNoteRow
from glueplan.domain.record import Record

_DAY = day_of(LoggedSetRow.performed_at)
_MONDAY = monday_of(LoggedSetRow.performed_at)
# How a side's set counts (glueplan/domain/log.py): one side alone is half a set of work; a
# one-sided exercise done on each side moved the load its reps on each side.
_SHARE = case((LoggedSetRow.side == Side.BOTH.value, 1.0), else_=0.5)
_REPS_MOVED = case((and_(LoggedSetRow.side == Side.BOTH.value, ExerciseRow.laterality == Laterality.UNILATERAL.value),
                    2), else_=1)
# The day's top load of a set's exercise: the heaviest of the trainee's sets of it that day not marked
# as warm-ups, a range of ix_logged_set_history for each set asked about (cheaper than a window
# function's sort of every set: 10 years of one muscle's weeks in 130 ms against 210).
_SAME_DAY = aliased(LoggedSetRow)
_DAY_TOP = (select(func.max(_SAME_DAY.weight_kg))
            .where(_SAME_DAY.trainee_id == LoggedSetRow.trainee_id, _SAME_DAY.exercise_id == LoggedSetRow.exercise_id,
                   _SAME_DAY.performed_at >= _DAY, _SAME_DAY.performed_at < next_day_of(LoggedSetRow.performed_at),
                   _SAME_DAY.warm_up.is_(False))
            .scalar_subquery())
# A hard set as glueplan/domain/recovery.is_hard says, of a set that counts (recovery.counted_sets): not
# marked as a warm-up; at RIR 0-4, or without RIR at least 90 % of the day's top load of its exercise.
_HARD = and_(ExerciseRow.category != Category.ACTIVATION.value, LoggedSetRow.warm_up.is_(False),
             or_(LoggedSetRow.rir <= HARD_RIR_LIMIT,
                 and_(LoggedSetRow.rir.is_(None), LoggedSetRow.weight_kg >= WARM_UP_BELOW * _DAY_TOP - LOAD_SLACK_KG)))


class DayResult(Record):
    day: date
    e1rm_kg: float | None  # the best of the day's trusted sets
    top_kg: float
    volume_kg: float  # sum of weight x reps
    sets: int


class RepsDay(Record):
    """A day of an exercise done without added load, as it is charted (domain.progress)."""

    day: date
    top_kg: float  # 0 when no set had added load
    most_reps: int  # of one set
    reps: int  # every rep done, each side's of a one-sided exercise (domain.progress.reps_done)
    hard_sets: float  # a side's set alone is half (domain.log.sets_of_work)


class ExerciseProgress(Record):
    """An exercise's days in a range, by load, or by reps when none of its sets shown had added load."""

    loads: list[DayResult] | None = None
    reps: list[RepsDay] | None = None


class SortColumn(Enum):
    """What the history can be listed by: each has an index per trainee, and one per trainee and exercise,
    that ends in the time (and, in SQLite, the id), so that every order pages by key."""

    DATE = "date"
    WEIGHT = "weight"
    REPS = "reps"


class HistoryOrder(Record):
    """The history's order: by a column's value, sets of one value by time and sets of one time by id,
    all one way (the heaviest first, of one load the newest first). Newest first unless asked."""

    by: SortColumn = SortColumn.DATE
    descending: bool = True


class HistoryFilter(Record):
    """Which sets the history shows, one exercise or all (None), from and to a day (inclusive), and in
    which order."""

    exercise_id: str | None = None
    since: date | None = None
    until: date | None = None
    order: HistoryOrder = msgspec.field(default_factory=HistoryOrder)


class HistoryKey(Record):
    """Where a row stands in the history's order: its value sorted by (None by date), its time, its id."""

    performed_at: datetime
    id: int
    value: float | None = None


class HistoryIds(Record):
    """A page of the history: its sets' ids in the history's order (8 bytes each, however many
    years) and the key the next page starts after (None for an empty page). The sets
    themselves are read by id (``history_rows``) for the few rows a table shows."""

    ids: array[int]
    last: HistoryKey | None


HistoryRow = tuple[int, datetime, str, float, int, int | None, str, str, bool, str]
"""One set as the history table shows it: id, performed_at, exercise_id, weight_kg, reps, rir,
note, side (a Side's value), warm_up, and the note of its day ("" when the day has none)."""


def _per_day(trainee_id: int, exercise_id: str, since: date | None,
             *columns: ColumnElement[object]) -> Select[tuple[object, ...]]:
    """The columns summed over each day's work sets of one exercise (sets marked as warm-ups are
    left out), the day first, oldest first."""
    query = (select(_DAY, *columns)
             .join(ExerciseRow, ExerciseRow.id == LoggedSetRow.exercise_id)
             .where(LoggedSetRow.trainee_id == trainee_id, LoggedSetRow.exercise_id == exercise_id,
                    LoggedSetRow.warm_up.is_(False))
             .group_by(_DAY).order_by(_DAY))
    if since is not None:
        query = query.where(LoggedSetRow.performed_at >= datetime.combine(since, datetime.min.time()))
    return query


def logged_exercises(store: Store, trainee_id: int) -> set[str]:
    """The exercises the trainee has logged sets of: one look into the log's index per exercise of
    the catalogue (ix_logged_set_history), not a walk through years of sets."""
    logged = exists().where(LoggedSetRow.trainee_id == trainee_id, LoggedSetRow.exercise_id == ExerciseRow.id)
    with store.reading() as session:
        return set(session.scalars(select(ExerciseRow.id).where(logged)))


def exercise_days(store: Store, trainee_id: int, exercise_id: str, since: date | None = None) -> list[DayResult]:
    """Per day the exercise was done: best e1RM (RIR-adjusted Epley, sets of 12 reps or fewer),
    top-set weight and volume load, of the work sets."""
    effective = LoggedSetRow.reps + func.coalesce(LoggedSetRow.rir, 0)
    estimate = case(
        (or_(LoggedSetRow.reps > MAX_TRUSTED_REPS, LoggedSetRow.weight_kg <= 0), None),
        (effective <= 1, LoggedSetRow.weight_kg),
        else_=LoggedSetRow.weight_kg * (1 + cast(effective, Float) / 30),
    )
    query = _per_day(trainee_id, exercise_id, since, func.max(estimate), func.max(LoggedSetRow.weight_kg),
                     func.sum(LoggedSetRow.weight_kg * LoggedSetRow.reps * _REPS_MOVED), func.count())
    with store.reading() as session:
        return [DayResult(day, e1rm, top, volume, count)
                for day, e1rm, top, volume, count in session.execute(query)]


def exercise_reps(store: Store, trainee_id: int, exercise_id: str, since: date | None = None) -> list[RepsDay]:
    """Per day the exercise was done: top-set weight, the most reps in a set, the reps done and the
    hard sets, of the work sets."""
    query = _per_day(trainee_id, exercise_id, since, func.max(LoggedSetRow.weight_kg), func.max(LoggedSetRow.reps),
                     func.sum(LoggedSetRow.reps * _REPS_MOVED), func.sum(case((_HARD, _SHARE), else_=0.0)))
    with store.reading() as session:
        return [RepsDay(day, top, most, reps, float(hard))  # PostgreSQL sums the shares as numeric
                for day, top, most, reps, hard in session.execute(query)]


def exercise_progress(store: Store, trainee_id: int, exercise: Exercise, since: date | None = None
                      ) -> ExerciseProgress:
    """The exercise's days by load or by reps, as its sets in the range say (domain.progress.
    progress_in_reps). Asked first the way the catalogue does the exercise (as that rule says of no
    sets), so that one query answers for most; only a bridge done on a barbell, or a lunge done
    without a dumbbell, is asked the other way too. (One query of both would make every loaded
    chart wait for sums it does not draw: 1.2 ms more for 10 years of squats.)"""
    if progress_in_reps([], exercise):
        reps = exercise_reps(store, trainee_id, exercise.id, since)
        if progress_in_reps([d.top_kg for d in reps], exercise):
            return ExerciseProgress(reps=reps)
        return ExerciseProgress(loads=exercise_days(store, trainee_id, exercise.id, since))
    loads = exercise_days(store, trainee_id, exercise.id, since)
    if progress_in_reps([d.top_kg for d in loads], exercise):
        return ExerciseProgress(reps=exercise_reps(store, trainee_id, exercise.id, since))
    return ExerciseProgress(loads=loads)


def weekly_hard_sets(store: Store, trainee_id: int, muscle_id: str,
                     since: date | None = None) -> list[tuple[date, float]]:
    """Fractional hard sets for a muscle per week (Monday), from the log: sets x the exercise's
    weight for the muscle, counting only sets at RIR 0-4 of non-activation work, or without RIR at a
    load of work (at least 90 % of the day's top load of its exercise), never a set marked as a warm-up."""
    query = (select(_MONDAY, func.sum(InvolvementRow.weight * _SHARE))
             .select_from(LoggedSetRow)
             .join(InvolvementRow, and_(InvolvementRow.exercise_id == LoggedSetRow.exercise_id,
                                        InvolvementRow.muscle_id == muscle_id))
             .join(ExerciseRow, ExerciseRow.id == LoggedSetRow.exercise_id)
             .where(LoggedSetRow.trainee_id == trainee_id, _HARD)
             .group_by(_MONDAY).order_by(_MONDAY))
    if since is not None:
        query = query.where(LoggedSetRow.performed_at >= datetime.combine(since, datetime.min.time()))
    with store.reading() as session:
        return [(monday, float(sets)) for monday, sets in session.execute(query)]


def training_days_per_week(store: Store, trainee_id: int, since: date | None = None) -> list[tuple[date, int]]:
    """Training days per week (a day with at least one logged set counts once): how often one trains, with a plan
    or without; the sessions done are domain.session_done's, by the plan."""
    query = (select(_MONDAY, func.count(distinct(_DAY)))
             .where(LoggedSetRow.trainee_id == trainee_id).group_by(_MONDAY).order_by(_MONDAY))
    if since is not None:
        query = query.where(LoggedSetRow.performed_at >= datetime.combine(since, datetime.min.time()))
    with store.reading() as session:
        return [(monday, count) for monday, count in session.execute(query)]


_SORTED_BY: dict[SortColumn, tuple[ColumnElement[object], ...]] = {
    SortColumn.DATE: (), SortColumn.WEIGHT: (LoggedSetRow.weight_kg,), SortColumn.REPS: (LoggedSetRow.reps,)}


def history_page(store: Store, trainee_id: int, filters: HistoryFilter, after: HistoryKey | None,
                 limit: int) -> HistoryIds:
    """The ids of up to ``limit`` logged sets in the filter's order that come after ``after`` in
    it (from the first when None).

    An index alone answers: by date ix_logged_set_when (ix_logged_set_history for one exercise),
    by weight or reps ix_logged_set_by_weight or _by_reps (ix_logged_set_exercise_by_... for one
    exercise). Each holds the order and the key, since SQLite ends every index with the rowid, here
    the id, so the last page costs what the first does and no table row is read. By date the query
    names one bound on that side only, the tighter of the key and the filter's day: given two,
    SQLite may start from the looser and step over every row in between."""
    order = filters.order
    columns = (*_SORTED_BY[order.by], LoggedSetRow.performed_at, LoggedSetRow.id)
    query = select(LoggedSetRow.id).where(LoggedSetRow.trainee_id == trainee_id)
    if filters.exercise_id is not None:
        query = query.where(LoggedSetRow.exercise_id == filters.exercise_id)
    since = None if filters.since is None else datetime.combine(filters.since, time())
    until = None if filters.until is None else datetime.combine(filters.until + timedelta(days=1), time())
    passed: ColumnElement[bool] | None = None
    if after is not None:
        key = (*((after.value,) if _SORTED_BY[order.by] else ()), after.performed_at, after.id)
        passed = tuple_(*columns) < key if order.descending else tuple_(*columns) > key
        if order.by is SortColumn.DATE and order.descending and until is not None:  # both bound the time from above
            passed, until = (passed, None) if after.performed_at < until else (None, until)
        elif order.by is SortColumn.DATE and not order.descending and since is not None:  # both from below
            passed, since = (passed, None) if after.performed_at >= since else (None, since)
    for condition in (passed, None if since is None else LoggedSetRow.performed_at >= since,
                      None if until is None else LoggedSetRow.performed_at < until):
        if condition is not None:
            query = query.where(condition)
    query = query.order_by(*(column.desc() if order.descending else column for column in columns)).limit(limit)
    with store.reading() as session:
        result = session.connection().execute(query)
        ids = array("q", map(itemgetter(0), result.cursor))  # the driver's tuples, one at a time: cheaper than Rows
        result.close()
        last = None
        if ids:
            *value, performed_at = session.execute(
                select(*_SORTED_BY[order.by], LoggedSetRow.performed_at).where(LoggedSetRow.id == ids[-1])).one()
            last = HistoryKey(performed_at, ids[-1], *value)
    return HistoryIds(ids, last)


def history_rows(store: Store, ids: Sequence[int]) -> dict[int, HistoryRow]:
    """The sets of these ids (those still in the log), by id, with their days' notes: a lookup by primary
    key each. (Asked for the trainee too, SQLite, which keeps no statistics, would walk the trainee's whole
    index.)"""
    query = select(LoggedSetRow.id, LoggedSetRow.performed_at, LoggedSetRow.exercise_id, LoggedSetRow.weight_kg,
                   LoggedSetRow.reps, LoggedSetRow.rir, LoggedSetRow.note, LoggedSetRow.side, LoggedSetRow.warm_up,
                   LoggedSetRow.trainee_id).where(LoggedSetRow.id.in_(ids))
    with store.reading() as session:
        rows = session.execute(query).all()
        days = {(row.trainee_id, row.performed_at.date()) for row in rows}
        notes = {} if not days else {(trainee, day): note for trainee, day, note in session.execute(
            select(SessionNoteRow.trainee_id, SessionNoteRow.day, SessionNoteRow.note).where(  # by primary key
                SessionNoteRow.trainee_id.in_({trainee for trainee, _day in days}),
                SessionNoteRow.day.in_({day for _trainee, day in days})))}
    return {row.id: (*row[:9], notes.get((row.trainee_id, row.performed_at.date()), "")) for row in rows}

