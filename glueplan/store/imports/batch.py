"""An import as the database takes it: the sets, the own exercises it makes and the choices it
remembers, written in one transaction (all of it or nothing), and taken out again exactly."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from datetime import datetime
from itertools import chain
from typing import Any, NamedTuple

import msgspec
from msgspec.structs import replace
from sqlalchemy import Connection, delete, func, insert, select
from sqlalchemy.orm import Session as OrmSession

from glueplan.domain.catalog import Exercise
from glueplan.domain.log import Side
from glueplan.store.backup import BEFORE_IMPORT, backup_store
from glueplan.store.exercise_uses import uses_in
from glueplan.store.errors import ARCHIVED_LOG
from glueplan.store.imports.collector_pause import collector_paused
from glueplan.store.repository import Repository, refuse_closed, refuse_closed_in
from glueplan.store.schema import ExerciseRow, ImportChoiceRow, LoggedSetRow
from glueplan.store.taken_ids import taken
from glueplan.domain.record import Record

SETS = LoggedSetRow.__table__
CHUNK = 500  # ids to a statement: well under every database's limit of bound values
MAX_ROWS_PER_STATEMENT = 250  # sets to an INSERT on SQLite: more make it no faster


class ImportRow(NamedTuple):
    """One set as an import writes it, with its import key. A plain tuple, not a LoggedSet: a
    file of 100,000 sets repeats a few hundred loads, and the import checks each distinct one
    against LoggedSet once (glueplan/app/importing.py) instead of building 100,000 objects."""

    import_key: str
    exercise_id: str
    performed_at: datetime
    weight_kg: float
    reps: int
    rir: int | None
    note: str
    warm_up: bool
    side: Side = Side.BOTH


class ImportBatch(Record):
    """``sets`` to write; a set of a new own exercise names its id in ``new_exercises``, which the
    database may change (another exercise took it). ``choices``: folded name -> exercise id (None:
    skip), remembered for the next import."""

    sets: tuple[ImportRow, ...]
    new_exercises: tuple[Exercise, ...] = ()
    choices: tuple[tuple[str, str | None], ...] = ()


class Written(Record):
    """What an import wrote: the sets' ids and keys and the own exercises as stored, so that undo takes
    out exactly those (the sets by key, the exercises if still as made) and redo puts them back under
    the same ids (a new one where another set or exercise has taken it since)."""

    set_ids: tuple[int, ...]
    keys: tuple[str, ...]  # the sets' import keys, in the order of their ids
    exercises: tuple[Exercise, ...] = ()  # the own exercises it made (or an earlier write of it), as made
    renamed: dict[str, str] = msgspec.field(default_factory=dict)  # new exercise's proposed id -> stored id


def known_loads(repository: Repository, trainee_id: int, keys: Iterable[str]) -> dict[str, float]:
    """Those of a file's set identities that the trainee's log has (those sets are in it already),
    each with its load as logged: an import of the file with its loads in another unit says so."""
    with repository.store.reading() as session:
        return _keys(session, trainee_id, keys)


def remembered_choices(repository: Repository) -> dict[str, str | None]:
    """Folded name -> exercise id (None: skip) as chosen at earlier imports."""
    with repository.store.reading() as session:
        return {name: exercise_id for name, exercise_id in session.execute(select(ImportChoiceRow.name,
                                                                                  ImportChoiceRow.exercise_id))}


@collector_paused()
def write_batch(repository: Repository, trainee_id: int, batch: ImportBatch, again: Written | None = None) -> Written:
    """Write the batch in one transaction, leaving out sets whose key is in the log already;
    ``again`` (what an earlier write of it wrote, since taken out) puts it back under those ids.
    An own exercise it made that is there again (its removal left it: in use or changed by then,
    or another window made one of that name under its id) gets the sets again: a second exercise of
    the same name ("…_2") would be a duplicate. A refusal (StoreError) writes nothing. The file is
    backed up first (store/backup.py), once the trainee is known to be there to import for: a refused
    import left a backup file, one of the few of the day kept."""
    refuse_closed(repository.store, trainee_id, ARCHIVED_LOG)
    backup_store(repository.store, BEFORE_IMPORT)
    with repository.store.transaction() as session:
        refuse_closed_in(session, trainee_id, ARCHIVED_LOG)  # archived meanwhile: TraineeArchived
        renamed = {} if again is None else dict(again.renamed)
        made_before = {} if again is None else {made.id: made for made in again.exercises}
        added: list[str] = []  # the own exercises this write makes: its removal may take them out
        still_ours: list[Exercise] = []  # those an earlier write made, left by its removal: they may go too
        for exercise in batch.new_exercises:
            wanted = renamed.get(exercise.id, exercise.id)
            if again is not None and (there := session.get(ExerciseRow, wanted)) is not None and there.custom:
                renamed[exercise.id] = wanted
                if wanted in made_before:  # as the import made it: its removal takes it out unless changed or used
                    still_ours.append(made_before[wanted])
                continue
            stored = repository.add_custom_exercise_in(session, replace(exercise, id=wanted), keep_id=again is not None)
            renamed[exercise.id] = stored
            added.append(stored)
        made = (*(repository.custom_exercise_in(session, exercise_id) for exercise_id in added), *still_ours)
        present = _keys(session, trainee_id, (row.import_key for row in batch.sets))
        old_ids = {} if again is None else _still_free(session, dict(zip(again.keys, again.set_ids, strict=True)))
        fresh = [row for row in batch.sets if row.import_key not in present] if present else list(batch.sets)
        back = [row for row in fresh if row.import_key in old_ids]
        new = [row for row in fresh if row.import_key not in old_ids] if old_ids else fresh
        connection = session.connection()
        back_keys = [row.import_key for row in back]
        back_ids = [old_ids[key] for key in back_keys]
        if back:
            _insert_many(connection, trainee_id, back, renamed, back_ids)
        since = connection.scalar(select(func.max(SETS.c.id))) or 0  # the new sets' ids are above it
        new_keys = [row.import_key for row in new]
        new_ids: list[int] = []
        if new and connection.dialect.name == "sqlite":  # the write lock is held: the ids above are free
            first = max(since, _given_up_to(connection)) + 1  # not one a deleted set had
            new_ids = list(range(first, first + len(new)))
            _insert_many(connection, trainee_id, new, renamed, new_ids)
        elif new:  # a server hands out the ids (another client's inserts may take some): read back by key
            _insert_many(connection, trainee_id, new, renamed)
            stored = dict(connection.execute(select(SETS.c.import_key, SETS.c.id).where(
                SETS.c.id > since, SETS.c.trainee_id == trainee_id, SETS.c.import_key.is_not(None))).all())
            new_ids = list(map(stored.__getitem__, new_keys))
        for name, exercise_id in batch.choices:
            session.merge(ImportChoiceRow(name=name, exercise_id=renamed.get(exercise_id or "", exercise_id)))
        return Written((*back_ids, *new_ids), (*back_keys, *new_keys), tuple(filter(None, made)), renamed)


def _given_up_to(connection: Connection) -> int:
    """SQLite: the highest set id ever given (AUTOINCREMENT keeps it in sqlite_sequence, schema
    0010). Ids above the highest id there may have been given to sets deleted since, which an undo
    or a redo still holds: numbered from there, an import's set took one, and the redo of a set
    logged in another window found it under its id and took it for its own (that set was lost)."""
    given = connection.exec_driver_sql("SELECT seq FROM sqlite_sequence WHERE name = ?", (SETS.name,)).scalar()
    return int(given or 0)


def remove_written(repository: Repository, trainee_id: int, written: Written) -> None:
    """Take out exactly what a write wrote (what is gone already is no failure), in one transaction.
    Its sets are known by their keys, not their ids: one deleted and brought back since may be under
    a new id (another window brought it back first). Its own exercises go too, those still as it
    made them and used by nothing else by now (a program, a log, an own template). The others stay,
    the user's by now: one in use, one changed since, and one another window made under its id (an
    id is made of a name: that window deleted the import's and made one of the same name)."""
    with repository.store.transaction() as session:
        refuse_closed_in(session, trainee_id, ARCHIVED_LOG)
        for chunk in _chunks(written.keys):
            session.execute(delete(LoggedSetRow).where(LoggedSetRow.trainee_id == trainee_id,
                                                       LoggedSetRow.import_key.in_(chunk))
                            .execution_options(synchronize_session=False))
        unused = tuple(made.id for made in written.exercises
                       if repository.has_custom_exercise_in(session, made) and not uses_in(session, made.id))
        for exercise_chunk in _chunks(unused):
            session.execute(delete(ExerciseRow).where(ExerciseRow.id.in_(exercise_chunk), ExerciseRow.custom.is_(True))
                            .execution_options(synchronize_session=False))


def _still_free(session: OrmSession, old_ids: dict[str, int]) -> dict[str, int]:
    """Those of a redone write's ids (key -> id) that no set has taken since: a set whose id was
    taken comes back under a new one."""
    others = taken(session, LoggedSetRow.id, old_ids.values())
    return {key: set_id for key, set_id in old_ids.items() if set_id not in others} if others else old_ids


def _keys(session: OrmSession, trainee_id: int, keys: Iterable[str]) -> dict[str, float]:
    """Those of ``keys`` that sets of the trainee's log have, with their loads: the file's keys
    looked up (a few workouts onto ten years: 1 ms for 500), or the log's keys read whole when
    that is quicker (reading one costs half as long as looking one up: 90 ms for ten years)."""
    wanted = set(keys)
    mine = LoggedSetRow.trainee_id == trainee_id
    logged = select(LoggedSetRow.import_key, LoggedSetRow.weight_kg)
    if 2 * len(wanted) >= session.scalar(select(func.count()).where(mine)):
        return {key: load for key, load in session.execute(logged.where(mine)) if key in wanted}
    found: dict[str, float] = {}
    for chunk in _chunks(tuple(wanted)):
        rows = session.execute(logged.where(mine, LoggedSetRow.import_key.in_(chunk)))
        found.update((key, load) for key, load in rows)
    return found


def _insert_many(connection: Connection, trainee_id: int, rows: list[ImportRow], renamed: dict[str, str],
                 ids: list[int] | None = None) -> None:
    """The rows through the driver's executemany, built column by column: each value made what
    the driver takes by its column's type as the dialect stores it (SQLite: the text form of a
    date the ORM writes too) once per distinct value (a file repeats its dates and loads), and a
    column added since given its default. SQLAlchemy's own
    executemany spends as long again on those conversions; returning the ids in order would make
    it send one statement per row on SQLite, so the caller gives the ids or reads them back by key.

    SQLite spends most of an insert of one row on the statement (its reset, the binding, the
    locks around each call), so there the rows go as many to a statement as it takes values."""
    count = len(rows)
    keys, exercises, moments, weights, reps, rirs, notes, warm_ups, sides = zip(*rows, strict=True)
    columns: dict[str, Sequence[Any]] = {
        "trainee_id": [trainee_id] * count,
        "exercise_id": [renamed.get(name, name) for name in exercises] if renamed else exercises,
        "performed_at": moments, "weight_kg": weights, "reps": reps, "rir": rirs, "note": notes, "warm_up": warm_ups,
        "import_key": keys, "side": [side.value for side in sides]}
    if ids is not None:
        columns["id"] = ids
    for column in SETS.columns:
        if column.name not in columns and column.default is not None and column.default.is_scalar:
            columns[column.name] = [column.default.arg] * count
    compiled = insert(SETS).compile(dialect=connection.dialect, column_keys=list(columns))
    order = list(compiled.positiontup or []) if compiled.positional else list(columns)
    values = []
    for name in order:
        convert = SETS.c[name].type.dialect_impl(connection.dialect).bind_processor(connection.dialect)
        if convert is None:
            values.append(columns[name])
        else:
            known = {value: convert(value) for value in set(columns[name])}
            values.append(list(map(known.__getitem__, columns[name])))
    if connection.dialect.name != "sqlite":  # a server's driver takes named values
        connection.exec_driver_sql(compiled.string, [dict(zip(order, row, strict=True))
                                                     for row in zip(*values, strict=True)])
        return
    flat = tuple(chain.from_iterable(zip(*values, strict=True)))
    per_statement = min(MAX_ROWS_PER_STATEMENT, _sqlite_variables(connection) // len(order))
    width = len(order) * per_statement
    whole = len(flat) - len(flat) % width
    if whole:
        connection.exec_driver_sql(_rows_of(compiled.string, per_statement),
                                   [flat[start:start + width] for start in range(0, whole, width)])
    if whole < len(flat):
        connection.exec_driver_sql(_rows_of(compiled.string, (len(flat) - whole) // len(order)), flat[whole:])


def _sqlite_variables(connection: Connection) -> int:
    """How many values one statement may bind on this SQLite (999 before 3.32, 32,766 since)."""
    driver = connection.connection.dbapi_connection
    assert isinstance(driver, sqlite3.Connection)
    return driver.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)


def _rows_of(one_row: str, rows: int) -> str:
    """An INSERT of one row of ``?`` markers (``VALUES (?, ?)``) made one of ``rows`` rows."""
    _, _, group = one_row.partition(" VALUES ")
    return one_row + f", {group}" * (rows - 1)


def _chunks(items: tuple[object, ...]) -> Iterable[tuple[object, ...]]:
    return (items[start:start + CHUNK] for start in range(0, len(items), CHUNK))
