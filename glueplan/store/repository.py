"""Domain objects in and out of the database; each public write is one transaction."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from datetime import date, datetime, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session as OrmSession

from glueplan.domain.catalog import (
    WEIGHTS,
    Catalog,
    Category,
    Equipment,
    Exercise,
    Laterality,
    Prescription,
    RepRange,
    builtin_catalog,
)
from glueplan.domain.language import Language, Localized
from glueplan.domain.log import LoggedSet
from glueplan.domain.plan import PlannedExercise, Program, Session, Week, Weekday
from glueplan.domain.trainee import Level, Trainee, Units
from glueplan.store.database import Store
from glueplan.store.errors import StoreError
from glueplan.store.schema import (
    ExerciseRow,
    InvolvementRow,
    LoggedSetRow,
    PlannedExerciseRow,
    PlannedSessionRow,
    ProgramRow,
    ProgramWeekRow,
    TraineeRow,
)

CUSTOM_PREFIX = "custom_"


class Repository:
    def __init__(self, store: Store, catalog: Catalog | None = None) -> None:
        self.store = store
        self._builtin = catalog or builtin_catalog()

    # -- trainees -------------------------------------------------------------

    def add_trainee(self, trainee: Trainee) -> int:
        with self.store.transaction() as session:
            row = TraineeRow(created_at=datetime.now())
            _fill_trainee(row, trainee)
            session.add(row)
            session.flush()
            return row.id

    def update_trainee(self, trainee_id: int, trainee: Trainee) -> None:
        with self.store.transaction() as session:
            _fill_trainee(session.get_one(TraineeRow, trainee_id), trainee)

    def trainee(self, trainee_id: int) -> Trainee:
        with self.store.reading() as session:
            row = session.get_one(TraineeRow, trainee_id)
            return Trainee(row.name, Level(row.level), Units(row.units), row.session_minutes,
                           row.weekly_minutes, Language(row.language))

    def trainee_ids(self) -> list[int]:
        with self.store.reading() as session:
            return list(session.scalars(select(TraineeRow.id).order_by(TraineeRow.id)))

    # -- programs -------------------------------------------------------------

    def add_program(self, trainee_id: int, program: Program, template_id: str | None = None) -> int:
        """Store a whole program (every week, session and exercise) in one transaction."""
        if program.start is None:
            raise ValueError("a stored program needs a start date")
        with self.store.transaction() as session:
            row = ProgramRow(trainee_id=trainee_id, name=program.name, start_date=program.start,
                             template_id=template_id, created_at=datetime.now())
            session.add(row)
            for number, week in enumerate(program.weeks, start=1):
                week_row = ProgramWeekRow(number=number, deload=week.deload)
                row.weeks.append(week_row)
                for position, planned in enumerate(week.sessions):
                    week_row.sessions.append(_session_row(planned, position))
            session.flush()
            return row.id

    def program(self, program_id: int) -> Program:
        with self.store.reading() as session:
            row = session.get_one(ProgramRow, program_id)
            weeks = tuple(Week(tuple(_session(s) for s in week.sessions), week.deload) for week in row.weeks)
            return Program(name=row.name, weeks=weeks, start=row.start_date)

    def save_program(self, program_id: int, program: Program) -> Program:
        """Make the stored program exactly ``program``, in one transaction; returns it with the
        ids of new sessions and exercises. Rows keep their ids, so logged sets stay linked, and
        an undone deletion comes back under its old id."""
        with self.store.transaction() as session:
            row = session.get_one(ProgramRow, program_id)
            row.name = program.name
            if program.start is not None:
                row.start_date = program.start
            weeks = {week.number: week for week in session.scalars(
                select(ProgramWeekRow).where(ProgramWeekRow.program_id == program_id))}
            for number, week in enumerate(program.weeks, start=1):
                if number not in weeks:
                    weeks[number] = ProgramWeekRow(program_id=program_id, number=number)
                    session.add(weeks[number])
                weeks[number].deload = week.deload
            session.flush()
            old_sessions = {r.id: r for r in session.scalars(
                select(PlannedSessionRow).where(PlannedSessionRow.program_id == program_id))}
            old_items = {r.id: r for r in session.scalars(
                select(PlannedExerciseRow).where(PlannedExerciseRow.session_id.in_(list(old_sessions))))}
            placed: list[tuple[int, Session, PlannedSessionRow, list[tuple[PlannedExercise, PlannedExerciseRow]]]] = []
            for number, week in enumerate(program.weeks, start=1):
                for position, planned in enumerate(week.sessions):
                    session_row = old_sessions.pop(planned.id, None) if planned.id is not None else None
                    if session_row is None:
                        session_row = PlannedSessionRow(id=planned.id)
                        session.add(session_row)
                    session_row.program_id, session_row.week, session_row.position = program_id, number, position
                    session_row.weekday, session_row.time_of_day = int(planned.day), planned.time
                    session_row.title = planned.title
                    items = []
                    for item in planned.items:
                        item_row = old_items.pop(item.id, None) if item.id is not None else None
                        if item_row is None:
                            item_row = PlannedExerciseRow(id=item.id)  # added once its session has an id
                        items.append((item, item_row))
                    placed.append((number, planned, session_row, items))
            session.flush()  # new sessions get their ids
            for _number, _planned, session_row, items in placed:
                for index, (item, item_row) in enumerate(items):
                    _fill_planned(item_row, item, session_row.id, index)
                    session.add(item_row)
            session.flush()  # new exercises get theirs
            saved_weeks = []
            for number, week in enumerate(program.weeks, start=1):
                sessions = tuple(replace(planned, id=row.id, items=tuple(replace(item, id=item_row.id)
                                                                        for item, item_row in items))
                                 for week_number, planned, row, items in placed if week_number == number)
                saved_weeks.append(replace(week, sessions=sessions))
            if old_items:
                session.execute(delete(PlannedExerciseRow).where(PlannedExerciseRow.id.in_(list(old_items))))
            if old_sessions:
                session.execute(delete(PlannedSessionRow).where(PlannedSessionRow.id.in_(list(old_sessions))))
            session.execute(delete(ProgramWeekRow).where(ProgramWeekRow.program_id == program_id,
                                                         ProgramWeekRow.number > len(program.weeks)))
            return replace(program, weeks=tuple(saved_weeks), start=row.start_date)

    def programs(self, trainee_id: int) -> list[tuple[int, str]]:
        with self.store.reading() as session:
            query = select(ProgramRow.id, ProgramRow.name).where(ProgramRow.trainee_id == trainee_id)
            return [(program_id, name) for program_id, name in session.execute(query.order_by(ProgramRow.id))]

    def delete_program(self, program_id: int) -> None:
        with self.store.transaction() as session:
            session.delete(session.get_one(ProgramRow, program_id))

    # -- exercises ------------------------------------------------------------

    def add_custom_exercise(self, exercise: Exercise) -> Exercise:
        """Save a user's exercise under a new id derived from its name; returns it with that id."""
        self._check_custom(exercise)
        with self.store.transaction() as session:
            stem = CUSTOM_PREFIX + _slug(exercise.name.en)
            taken = set(session.scalars(select(ExerciseRow.id).where(ExerciseRow.id.like(f"{stem}%"))))
            exercise_id = stem
            counter = 2
            while exercise_id in taken or exercise_id in self._builtin.exercises:
                exercise_id, counter = f"{stem}_{counter}", counter + 1
            row = ExerciseRow(id=exercise_id, custom=True)
            _fill_exercise(row, exercise)
            session.add(row)
        return self.custom_exercise(exercise_id)

    def update_custom_exercise(self, exercise: Exercise) -> Exercise:
        """Change one of the user's own exercises (built-in ones are read-only)."""
        self._check_custom(exercise)
        with self.store.transaction() as session:
            row = session.get_one(ExerciseRow, exercise.id)
            if not row.custom:
                raise ValueError(f"{exercise.id!r} is a built-in exercise and cannot be changed")
            _fill_exercise(row, exercise)
        return self.custom_exercise(exercise.id)

    def _check_custom(self, exercise: Exercise) -> None:
        if not exercise.name.en.strip():
            raise ValueError("an exercise needs a name")
        if not exercise.primary_muscles:
            raise ValueError("an exercise needs at least one primary muscle (weight 1.0)")
        for muscle, weight in exercise.muscles:
            if muscle not in self._builtin.muscles or weight not in WEIGHTS:
                raise ValueError(f"{muscle!r} at weight {weight:g} is not a catalogue muscle at 1, 0.5 or 0.25")

    def custom_exercise(self, exercise_id: str) -> Exercise:
        with self.store.reading() as session:
            return _custom_exercise(session.get_one(ExerciseRow, exercise_id))

    def custom_exercises(self) -> list[Exercise]:
        with self.store.reading() as session:
            rows = session.scalars(select(ExerciseRow).where(ExerciseRow.custom.is_(True)).order_by(ExerciseRow.id))
            return [_custom_exercise(row) for row in rows]

    def catalog(self) -> Catalog:
        """The built-in catalogue with this user's own exercises added."""
        return self._builtin.with_exercises(self.custom_exercises())

    # -- the log --------------------------------------------------------------

    def log_set(self, trainee_id: int, logged: LoggedSet, set_id: int | None = None) -> int:
        """Save one set at once (its own transaction); ``set_id`` brings back an undone deletion."""
        with self.store.transaction() as session:
            row = LoggedSetRow(id=set_id, trainee_id=trainee_id)
            _fill_logged(row, logged)
            if logged.planned_exercise_id is not None and session.get(PlannedExerciseRow,
                                                                      logged.planned_exercise_id) is None:
                row.planned_exercise_id = None  # the plan changed since: the set stays, unlinked
            session.add(row)
            session.flush()
            return row.id

    def update_logged_set(self, set_id: int, logged: LoggedSet) -> None:
        with self.store.transaction() as session:
            _fill_logged(self._logged_row(session, set_id), logged)

    def delete_logged_set(self, set_id: int) -> None:
        with self.store.transaction() as session:
            session.delete(self._logged_row(session, set_id))

    @staticmethod
    def _logged_row(session: OrmSession, set_id: int) -> LoggedSetRow:
        row = session.get(LoggedSetRow, set_id)
        if row is None:
            raise StoreError("store.set_gone")
        return row

    def logged_set(self, set_id: int) -> LoggedSet:
        with self.store.reading() as session:
            return _logged(self._logged_row(session, set_id))

    def last_session_sets(self, trainee_id: int, exercise_id: str, before: datetime) -> list[LoggedSet]:
        """The sets of the last day the exercise was done before ``before`` (for double progression)."""
        with self.store.reading() as session:
            last = session.scalar(select(func.max(LoggedSetRow.performed_at)).where(
                LoggedSetRow.trainee_id == trainee_id, LoggedSetRow.exercise_id == exercise_id,
                LoggedSetRow.performed_at < before))
            if last is None:
                return []
            start = datetime.combine(last.date(), datetime.min.time())
            rows = session.scalars(select(LoggedSetRow).where(
                LoggedSetRow.trainee_id == trainee_id, LoggedSetRow.exercise_id == exercise_id,
                LoggedSetRow.performed_at >= start, LoggedSetRow.performed_at <= last)
                .order_by(LoggedSetRow.performed_at, LoggedSetRow.id))
            return [_logged(row) for row in rows]

    def sets_on(self, trainee_id: int, day: date) -> list[tuple[int, LoggedSet]]:
        """The sets logged on a day, with their ids, in the order they were done."""
        start = datetime.combine(day, datetime.min.time())
        with self.store.reading() as session:
            rows = session.scalars(select(LoggedSetRow).where(
                LoggedSetRow.trainee_id == trainee_id, LoggedSetRow.performed_at >= start,
                LoggedSetRow.performed_at < start + timedelta(days=1)).order_by(LoggedSetRow.performed_at,
                                                                                 LoggedSetRow.id))
            return [(row.id, _logged(row)) for row in rows]

    def logged_sets(self, trainee_id: int, exercise_id: str | None = None) -> list[LoggedSet]:
        with self.store.reading() as session:
            query = select(LoggedSetRow).where(LoggedSetRow.trainee_id == trainee_id)
            if exercise_id is not None:
                query = query.where(LoggedSetRow.exercise_id == exercise_id)
            rows = session.scalars(query.order_by(LoggedSetRow.performed_at, LoggedSetRow.id))
            return [_logged(row) for row in rows]

    def count_logged_sets(self, trainee_id: int) -> int:
        with self.store.reading() as session:
            query = select(func.count()).select_from(LoggedSetRow).where(LoggedSetRow.trainee_id == trainee_id)
            return session.scalar(query) or 0


_SCANDINAVIAN = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "ß": "ss"})


def _slug(name: str) -> str:
    """An id-safe form of a name: "Ørken-løft" -> "oerken_loeft"."""
    plain = unicodedata.normalize("NFKD", name.casefold().translate(_SCANDINAVIAN))
    ascii_only = plain.encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "_", ascii_only).strip("_") or "exercise"


def _fill_logged(row: LoggedSetRow, logged: LoggedSet) -> None:
    row.exercise_id, row.performed_at = logged.exercise_id, logged.performed_at
    row.weight_kg, row.reps, row.rir, row.note = logged.weight_kg, logged.reps, logged.rir, logged.note
    row.planned_exercise_id = logged.planned_exercise_id


def _logged(row: LoggedSetRow) -> LoggedSet:
    return LoggedSet(row.exercise_id, row.performed_at, row.weight_kg, row.reps, row.rir, row.note,
                     row.planned_exercise_id)


def _fill_exercise(row: ExerciseRow, exercise: Exercise) -> None:
    p = exercise.prescription
    row.name = exercise.name.en.strip()
    row.category = exercise.category.value
    row.laterality = exercise.laterality.value
    row.equipment = [sorted(item.value for item in option) for option in exercise.equipment]
    row.sets, row.reps_min, row.reps_max, row.rir, row.rest_s = p.sets, p.reps.low, p.reps.high, p.rir, p.rest_s
    row.cues = list(exercise.cues.en)
    row.mistakes = list(exercise.mistakes.en)
    row.involvement = [InvolvementRow(muscle_id=m, weight=w) for m, w in exercise.muscles]


def _fill_trainee(row: TraineeRow, trainee: Trainee) -> None:
    row.name = trainee.name
    row.level = trainee.level.value
    row.units = trainee.units.value
    row.session_minutes = trainee.session_minutes
    row.weekly_minutes = trainee.weekly_minutes
    row.language = trainee.language.value


def _session_row(planned: Session, position: int) -> PlannedSessionRow:
    row = PlannedSessionRow(weekday=int(planned.day), time_of_day=planned.time, title=planned.title,
                            position=position)
    for index, item in enumerate(planned.items):
        item_row = PlannedExerciseRow()
        _fill_planned(item_row, item, None, index)
        row.exercises.append(item_row)
    return row


def _fill_planned(row: PlannedExerciseRow, item: PlannedExercise, session_id: int | None, position: int) -> None:
    p = item.prescription
    if session_id is not None:
        row.session_id = session_id
    row.exercise_id, row.position = item.exercise_id, position
    row.sets, row.reps_min, row.reps_max, row.rir, row.rest_s = p.sets, p.reps.low, p.reps.high, p.rir, p.rest_s
    row.load_kg, row.note = item.load_kg, item.note


def _session(row: PlannedSessionRow) -> Session:
    items = tuple(
        PlannedExercise(item.exercise_id,
                        Prescription(item.sets, RepRange(item.reps_min, item.reps_max), item.rir, item.rest_s),
                        item.load_kg, item.note, item.id)
        for item in row.exercises
    )
    return Session(Weekday(row.weekday), row.time_of_day, row.title, items, row.id)


def _custom_exercise(row: ExerciseRow) -> Exercise:
    assert row.sets is not None and row.reps_min is not None and row.reps_max is not None
    assert row.rir is not None and row.rest_s is not None
    return Exercise(
        id=row.id,
        name=Localized.same(row.name),
        category=Category(row.category),
        laterality=Laterality(row.laterality),
        equipment=tuple(frozenset(Equipment(item) for item in option) for option in row.equipment),
        muscles=tuple((inv.muscle_id, inv.weight) for inv in row.involvement),
        prescription=Prescription(row.sets, RepRange(row.reps_min, row.reps_max), row.rir, row.rest_s),
        cues=Localized.same(tuple(row.cues)),
        mistakes=Localized.same(tuple(row.mistakes)),
        sources=("user",),
        custom=True,
    )
