"""An import as the database takes it: the sets, the own exercises it makes and the choices it
remembers, written in one transaction (all of it or nothing), and taken out again exactly."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import Connection, delete, insert, select
from sqlalchemy.orm import Session as OrmSession

from glueplan.domain.catalog import Exercise
from glueplan.domain.log import LoggedSet
from glueplan.store.backup import backup_store
from glueplan.store.imports.record import logged_key
from glueplan.store.repository import Repository
from glueplan.store.schema import ExerciseRow, ImportChoiceRow, LoggedSetRow

SETS = LoggedSetRow.__table__
CHUNK = 500  # ids to a statement: well under every database's limit of bound values


@dataclass(frozen=True, slots=True)
class ImportBatch:
    """``sets`` are (import key, set); a set of a new own exercise names its id in ``new_exercises``,
    which the database may change (another exercise took it). ``choices``: folded name -> exercise
    id (None: skip), remembered for the next import."""

    sets: tuple[tuple[str, LoggedSet], ...]
    new_exercises: tuple[Exercise, ...] = ()
    choices: tuple[tuple[str, str | None], ...] = ()


@dataclass(frozen=True, slots=True)
class Written:
    """What an import wrote: the sets' ids and the own exercises' ids, so that undo takes out
    exactly those and redo puts them back under the same ids."""

    set_ids: tuple[int, ...]
    keys: tuple[str, ...]  # the sets' import keys, in the order of their ids
    exercise_ids: tuple[str, ...] = ()
    renamed: dict[str, str] = field(default_factory=dict)  # new exercise's proposed id -> stored id


def imported_keys(repository: Repository, trainee_id: int) -> set[str]:
    """The import keys of the trainee's sets: a set with one of these is in the log already."""
    with repository.store.reading() as session:
        return _keys(session, trainee_id)


def remembered_choices(repository: Repository) -> dict[str, str | None]:
    """Folded name -> exercise id (None: skip) as chosen at earlier imports."""
    with repository.store.reading() as session:
        return {name: exercise_id for name, exercise_id in session.execute(select(ImportChoiceRow.name,
                                                                                  ImportChoiceRow.exercise_id))}


def write_batch(repository: Repository, trainee_id: int, batch: ImportBatch, again: Written | None = None) -> Written:
    """Write the batch in one transaction, leaving out sets whose key is in the log already;
    ``again`` (what an earlier write of it wrote, since taken out) puts it back under those ids.
    A refusal (StoreError) writes nothing. The file is backed up first (store/backup.py)."""
    backup_store(repository.store, "before-import")
    with repository.store.transaction() as session:
        renamed = {} if again is None else dict(again.renamed)
        for exercise in batch.new_exercises:
            stored = repository.add_custom_exercise_in(session, replace(exercise, id=renamed.get(exercise.id, exercise.id)),
                                                       keep_id=again is not None)
            renamed[exercise.id] = stored
        present = _keys(session, trainee_id)
        old_ids = {} if again is None else dict(zip(again.keys, again.set_ids, strict=True))
        rows = [_row(trainee_id, key, logged, renamed) for key, logged in batch.sets if key not in present]
        back = [row | {"id": old_ids[row["import_key"]]} for row in rows if row["import_key"] in old_ids]
        new = [row for row in rows if row["import_key"] not in old_ids]
        connection = session.connection()
        for group in (back, new):
            if group:
                _insert_many(connection, group)
        keys = [row["import_key"] for row in (*back, *new)]
        stored = {key: set_id for key, set_id in connection.execute(select(SETS.c.import_key, SETS.c.id).where(
            SETS.c.trainee_id == trainee_id, SETS.c.import_key.is_not(None)))}
        set_ids = [stored[key] for key in keys]
        for name, exercise_id in batch.choices:
            session.merge(ImportChoiceRow(name=name, exercise_id=renamed.get(exercise_id or "", exercise_id)))
        return Written(tuple(set_ids), tuple(keys), tuple(renamed.values()), renamed)


def remove_written(repository: Repository, written: Written) -> None:
    """Take out exactly what a write wrote (what is gone already is no failure), in one transaction."""
    with repository.store.transaction() as session:
        for chunk in _chunks(written.set_ids):
            session.execute(delete(LoggedSetRow).where(LoggedSetRow.id.in_(chunk))
                            .execution_options(synchronize_session=False))
        for exercise_chunk in _chunks(written.exercise_ids):
            session.execute(delete(ExerciseRow).where(ExerciseRow.id.in_(exercise_chunk), ExerciseRow.custom.is_(True))
                            .execution_options(synchronize_session=False))


def _keys(session: OrmSession, trainee_id: int) -> set[str]:
    """The identities of the trainee's sets: the imported ones' import keys, the logged ones' own."""
    query = select(LoggedSetRow.import_key, LoggedSetRow.performed_at, LoggedSetRow.exercise_id,
                   LoggedSetRow.weight_kg, LoggedSetRow.reps).where(LoggedSetRow.trainee_id == trainee_id)
    return {key if key is not None else logged_key(performed_at, exercise_id, weight_kg, reps)
            for key, performed_at, exercise_id, weight_kg, reps in session.execute(query)}


def _row(trainee_id: int, key: str, logged: LoggedSet, renamed: dict[str, str]) -> dict[str, Any]:
    return {"trainee_id": trainee_id, "exercise_id": renamed.get(logged.exercise_id, logged.exercise_id),
            "performed_at": logged.performed_at, "weight_kg": logged.weight_kg, "reps": logged.reps,
            "rir": logged.rir, "note": logged.note, "warm_up": logged.warm_up, "import_key": key}


def _insert_many(connection: Connection, rows: list[dict[str, Any]]) -> None:
    """The rows through the driver's executemany, each value made what the driver takes by its
    column's type once per distinct value (a file repeats its dates and loads). SQLAlchemy's own
    executemany spends as long again on those conversions; returning the ids in order would make
    it send one statement per row on SQLite, so the ids are read back by key afterwards."""
    defaults = {column.name: column.default.arg for column in SETS.columns  # a column added since, such as the side
                if column.name not in rows[0] and column.default is not None and column.default.is_scalar}
    rows = [row | defaults for row in rows] if defaults else rows
    names = list(rows[0])
    compiled = insert(SETS).compile(dialect=connection.dialect, column_keys=names)
    order = list(compiled.positiontup or []) if compiled.positional else names
    converters = [(at, _remembering(convert)) for at, name in enumerate(order)
                  if (convert := SETS.c[name].type.bind_processor(connection.dialect)) is not None]
    params: list[Any] = []
    for row in rows:
        values = [row[name] for name in order]
        for at, convert in converters:
            values[at] = convert(values[at])
        params.append(tuple(values) if compiled.positional else dict(zip(order, values, strict=True)))
    connection.exec_driver_sql(compiled.string, params)


def _remembering(convert: Callable[[Any], Any]) -> Callable[[Any], Any]:
    known: dict[Any, Any] = {}

    def remembered(value: Any) -> Any:
        try:
            return known[value]
        except KeyError:
            known[value] = result = convert(value)
            return result
        except TypeError:  # not hashable
            return convert(value)

    return remembered


def _chunks(items: tuple[object, ...]) -> Iterable[tuple[object, ...]]:
    return (items[start:start + CHUNK] for start in range(0, len(items), CHUNK))
