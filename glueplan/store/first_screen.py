"""The reads a window's first screen is made of, in plain SQL over a DB-API connection: the trainees, the
one shown with their own exercises, their active program, its state and when it was made, and the sets logged in
the program's first week (the Week tab opens on it, and marks its sessions done or missed).

They exist once and run two ways. At a start on an existing, current SQLite file they run on the standard
library's sqlite3 (``read_file``), so that the window is usable before SQLAlchemy is imported (about 0.3 s,
longer than Qt takes to show the window); the Repository runs the same functions on its session's
connection (``rows_of``). This module imports nothing of SQLAlchemy: sqlite3 hands dates, times, booleans
and JSON over as text and numbers, psycopg as Python objects, and each value is read here as either.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable, Sequence
from datetime import date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from glueplan.domain.catalog import Catalog, Category, Equipment, Exercise, Laterality, Prescription, RepRange, \
    heaviest_first
from glueplan.domain.language import Language, Localized
from glueplan.domain.log import LoggedSet, Side
from glueplan.domain.plan import PlannedExercise, Program, Session, Week, Weekday
from glueplan.domain.trainee import Level, Trainee, Units
from glueplan.store.errors import TRAINEE_GONE, StoreError
from glueplan.store.file_check import SCHEMA_REVISION, SCHEMA_TABLES, file_facts_of, file_identity, read_only_file, \
    read_only_uri
from glueplan.domain.record import Record

if TYPE_CHECKING:  # the type alone: this module serves before SQLAlchemy is imported
    from sqlalchemy import Connection

DIGEST_KEY = "catalog_digest"  # in app_meta: the built-in catalogue the exercise table mirrors
ACTIVE_PROGRAM_KEY = "active_program.{trainee_id}"  # in app_meta: the program a trainee works on
Names = list[tuple[int, str]]
Row = tuple[Any, ...]


class Rows:
    """Runs a statement written with ``?`` placeholders on SQLite's driver or a server's (psycopg: ``%s``, and a
    moment as a datetime, where SQLite has the text SQLAlchemy stores): ``run`` takes the statement in the driver's
    style and its parameters, and returns tuples."""

    def __init__(self, run: Callable[[str, tuple[Any, ...]], list[Row]], sqlite: bool = True) -> None:
        self._run = run
        self._sqlite = sqlite

    def all(self, sql: str, *parameters: Any) -> list[Row]:
        if not self._sqlite:
            return self._run(sql.replace("?", "%s"), parameters)
        return self._run(sql, tuple(_stored_moment(value) if isinstance(value, datetime) else value
                                    for value in parameters))

    def first(self, sql: str, *parameters: Any) -> Row | None:
        found = self.all(sql, *parameters)
        return found[0] if found else None


def catalog_digest(catalog: Catalog) -> str:
    """The built-in catalogue a file mirrors (store/catalog_mirror.py): the same digest, no update to write."""
    content = [
        [exercise.id, exercise.name.en, exercise.category, exercise.laterality, exercise.muscles]
        for exercise in catalog.exercises.values() if not exercise.custom
    ]
    return hashlib.sha256(json.dumps(content).encode()).hexdigest()


def stored_digest(rows: Rows) -> str | None:
    found = rows.first("SELECT value FROM app_meta WHERE key = ?", DIGEST_KEY)
    return None if found is None else str(found[0])


def trainee_names(rows: Rows, archived: bool = False) -> Names:
    """The trainees (id, name), by name; the archived ones instead when ``archived``."""
    found = [(row_id, name) for row_id, name, shelved in rows.all("SELECT id, name, archived FROM trainee")
             if bool(shelved) == archived]
    return sorted(found, key=lambda pair: (pair[1].casefold(), pair[0]))


def trainee(rows: Rows, trainee_id: int) -> Trainee:
    found = rows.first("SELECT name, level, units, session_minutes, weekly_minutes, language FROM trainee "
                       "WHERE id = ?", trainee_id)
    if found is None:
        raise StoreError(TRAINEE_GONE)
    name, level, units, minutes, weekly, language = found
    return Trainee(name, Level(level), Units(units), minutes, weekly, Language(language))


def own_exercises(rows: Rows, muscle_order: Sequence[str], exercise_id: str | None = None) -> list[Exercise]:
    """The user's own exercises by id (only the one of ``exercise_id`` when given: none when it is not one)."""
    only, chosen = ("", ()) if exercise_id is None else (" AND e.id = ?", (exercise_id,))
    muscles: dict[str, list[tuple[str, float]]] = {}
    for owner, muscle, weight in rows.all("SELECT i.exercise_id, i.muscle_id, i.weight FROM involvement i "
                                          "JOIN exercise e ON e.id = i.exercise_id WHERE e.custom = ?" + only,
                                          True, *chosen):
        muscles.setdefault(owner, []).append((muscle, weight))
    return [_own_exercise(row, heaviest_first(muscles.get(row[0], ()), muscle_order))
            for row in rows.all("SELECT e.id, e.name, e.name_da, e.name_nb, e.category, e.laterality, e.equipment, "
                                "e.sets, e.reps_min, e.reps_max, e.rir, e.rest_s, e.cues, e.mistakes, e.looks_like "
                                "FROM exercise e WHERE e.custom = ?" + only + " ORDER BY e.id", True, *chosen)]


def _own_exercise(row: Row, muscles: tuple[tuple[str, float], ...]) -> Exercise:
    (exercise_id, name, name_da, name_nb, category, laterality, equipment, sets, reps_min, reps_max, rir, rest_s,
     cues, mistakes, looks_like) = row
    return Exercise(
        id=exercise_id,
        name=Localized(name, name_da or name, name_nb or name),
        category=Category(category),
        laterality=Laterality(laterality),
        equipment=tuple(frozenset(Equipment(item) for item in option) for option in _json(equipment)),
        muscles=muscles,
        prescription=Prescription(sets, RepRange(reps_min, reps_max), rir, rest_s),
        cues=Localized.same(tuple(_json(cues))),
        mistakes=Localized.same(tuple(_json(mistakes))),
        sources=("user",),
        custom=True,
        looks_like=looks_like,
    )


SET_COLUMNS = ("exercise_id", "performed_at", "weight_kg", "reps", "rir", "note", "planned_exercise_id", "warm_up",
               "side")


def logged_sets(rows: Rows, trainee_id: int, start: datetime, end: datetime) -> list[LoggedSet]:
    """The sets logged from ``start`` up to ``end`` (both included), in the order they were done."""
    return [logged_set(row) for row in rows.all(
        f"SELECT {', '.join(SET_COLUMNS)} FROM logged_set WHERE trainee_id = ? AND performed_at >= ? "
        "AND performed_at <= ? ORDER BY performed_at, id", trainee_id, start, end)]


def logged_set(row: Row) -> LoggedSet:
    """A set from its SET_COLUMNS."""
    exercise_id, performed_at, weight_kg, reps, rir, note, planned, warm_up, side = row
    return LoggedSet(exercise_id, _moment(performed_at), weight_kg, reps, rir, note, planned, bool(warm_up), Side(side))


def anything_logged(rows: Rows, trainee_id: int) -> bool:
    """Whether the trainee has logged any set (a first start's welcome is for one who has not)."""
    return rows.first("SELECT 1 FROM logged_set WHERE trainee_id = ? LIMIT 1", trainee_id) is not None


def active_program(rows: Rows, trainee_id: int) -> int | None:
    """The program the trainee works on: the one chosen, else (none chosen, or the chosen one is gone) the newest."""
    ids = {program_id for (program_id,) in rows.all("SELECT id FROM program WHERE trainee_id = ?", trainee_id)}
    chosen = rows.first("SELECT value FROM app_meta WHERE key = ?", ACTIVE_PROGRAM_KEY.format(trainee_id=trainee_id))
    if chosen is not None and int(chosen[0]) in ids:
        return int(chosen[0])
    return max(ids, default=None)


def program_made(rows: Rows, program_id: int) -> datetime | None:
    """When the program was made (None: there is none); the Week tab marks no session before it missed."""
    found = rows.first("SELECT created_at FROM program WHERE id = ?", program_id)
    return None if found is None else _moment(found[0])


def program_state(rows: Rows, program_id: int) -> tuple[Program, int] | None:
    """The stored program and its version, None when there is none under the id."""
    head = rows.first("SELECT name, start_date, version FROM program WHERE id = ?", program_id)
    if head is None:
        return None
    name, start, version = head
    deloads = rows.all("SELECT number, deload FROM program_week WHERE program_id = ? ORDER BY number", program_id)
    sessions = rows.all("SELECT id, week, weekday, time_of_day, title FROM planned_session WHERE program_id = ? "
                        "ORDER BY week, position", program_id)
    items: dict[int, list[PlannedExercise]] = {row[0]: [] for row in sessions}
    for (session_id, exercise_id, sets, reps_min, reps_max, rir, rest_s, load_kg, note,
         row_id) in rows.all("SELECT e.session_id, e.exercise_id, e.sets, e.reps_min, e.reps_max, e.rir, e.rest_s, "
                             "e.load_kg, e.note, e.id FROM planned_exercise e JOIN planned_session s "
                             "ON s.id = e.session_id WHERE s.program_id = ? ORDER BY e.session_id, e.position",
                             program_id):
        items[session_id].append(PlannedExercise(exercise_id, Prescription(sets, RepRange(reps_min, reps_max), rir,
                                                                           rest_s), load_kg, note, row_id))
    by_week: dict[int, list[Session]] = {number: [] for number, _deload in deloads}
    for session_id, week, weekday, at, title in sessions:
        by_week[week].append(Session(Weekday(weekday), _time(at), title, tuple(items[session_id]), session_id))
    weeks = tuple(Week(tuple(by_week[number]), bool(deload)) for number, deload in deloads)
    return Program(name=name, weeks=weeks, start=_date(start)), version


class FirstScreen(Record):
    """What a window shows first, read in one transaction: the trainees, the one shown, their own exercises
    and their active program (with its state and version)."""

    trainees: Names
    archived: Names
    trainee_id: int
    trainee: Trainee
    own_exercises: list[Exercise]
    program_id: int | None
    program: tuple[Program, int] | None
    made: datetime | None  # when the program was made
    first_week: tuple[datetime, datetime, list[LoggedSet]] | None  # its span, and the sets logged in it
    logged: bool  # whether the trainee shown has logged any set


Choice = Callable[[Names], int | None]  # the trainee shown, of those not archived (app/trainees.py)


def first_screen(rows: Rows, choose: Choice, muscle_order: Sequence[str]) -> FirstScreen | None:
    """None when ``choose`` chooses no one (a first start makes the first trainee: only the store may)."""
    trainees, archived = trainee_names(rows), trainee_names(rows, archived=True)
    chosen = choose(trainees)
    if chosen is None:
        return None
    program_id = active_program(rows, chosen)
    program = None if program_id is None else program_state(rows, program_id)
    span = None if program is None else program[0].week_span(0)
    return FirstScreen(trainees, archived, chosen, trainee(rows, chosen), own_exercises(rows, muscle_order),
                       program_id, program, None if program_id is None else program_made(rows, program_id),
                       None if span is None else (*span, logged_sets(rows, chosen, *span)),
                       anything_logged(rows, chosen))


class FileSnapshot(Record):
    """A first screen read from a file, with which file it was (a restore elsewhere puts another in its place)."""

    screen: FirstScreen
    path: Path
    identity: tuple[int, int] | None


def read_file(path: Path, choose: Choice, catalog: Catalog) -> FileSnapshot | None:
    """The first screen of an SQLite file glueplan may write, checked (file_check) and at the current schema with
    the current catalogue, read with sqlite3; None when the file needs more than reading (to be made, upgraded or
    updated, or a first trainee), or holds anything unexpected: the store's own open then says what."""
    try:
        if not path.is_file() or read_only_file(path):
            return None
        identity = file_identity(path)
        connection = sqlite3.connect(read_only_uri(path), uri=True, isolation_level=None)
        try:
            facts = file_facts_of(connection, path)
            if facts[1] != SCHEMA_REVISION or not SCHEMA_TABLES <= facts[0]:
                return None
            connection.execute("BEGIN")  # one snapshot for every read
            rows = Rows(lambda sql, parameters: connection.execute(sql, parameters).fetchall())
            if stored_digest(rows) != catalog_digest(catalog):
                return None
            screen = first_screen(rows, choose, list(catalog.muscles))
        finally:
            connection.close()
    except (OSError, sqlite3.Error, StoreError, ValueError, TypeError, KeyError):
        return None
    return None if screen is None else FileSnapshot(screen, path, identity)


def _stored_moment(value: datetime) -> str:
    """A moment as SQLAlchemy stores it in SQLite (text that sorts as time does)."""
    return value.isoformat(" ", "microseconds")


def _moment(value: datetime | str) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(value)


def _date(value: date | str) -> date:
    return value if isinstance(value, date) else date.fromisoformat(value)


def _time(value: time | str) -> time:
    return value if isinstance(value, time) else time.fromisoformat(value)


def _json(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str) else value


def rows_of(connection: Connection) -> Rows:
    """These reads on an SQLAlchemy connection, in its transaction (the Repository's): SQL in the driver's own
    placeholders, values as the driver gives them, and SQLAlchemy's handling of a refusal (DBAPIError; a server's
    lost connection dropped from the pool)."""
    return Rows(lambda sql, parameters: [tuple(row) for row in connection.exec_driver_sql(sql, parameters)],
                sqlite=connection.dialect.name == "sqlite")
