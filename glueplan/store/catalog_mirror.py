"""Mirror the built-in catalogue into the exercise and involvement tables.

Plans and logs refer to exercises by foreign key, and weekly sets per muscle are summed
in SQL, so the database needs every built-in exercise and its muscle weights. A digest
of the catalogue is kept in app_meta: when it matches, opening the file reads one row and
writes nothing. When it does not (a new file, a newer glueplan), only the rows that differ
are written, in a few bulk statements.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import Connection, bindparam, delete, insert, select, update

from glueplan.domain.catalog import Catalog
from glueplan.store.first_screen import DIGEST_KEY, catalog_digest, rows_of, stored_digest
from glueplan.store.schema import AppMeta, Base, ExerciseRow, InvolvementRow

META = Base.metadata.tables[AppMeta.__tablename__]
EXERCISE = Base.metadata.tables[ExerciseRow.__tablename__]
INVOLVEMENT = Base.metadata.tables[InvolvementRow.__tablename__]

Described = tuple[str, str, str]  # name, category, laterality
Involvement = frozenset[tuple[str, float]]  # (muscle id, weight)


def mirror_is_current(connection: Connection, catalog: Catalog) -> bool:
    return stored_digest(rows_of(connection)) == catalog_digest(catalog)


def mirror_catalog(connection: Connection, catalog: Catalog) -> None:
    """Bring the mirror up to date, inside the caller's write transaction."""
    digest = catalog_digest(catalog)
    stored = stored_digest(rows_of(connection))
    if stored == digest:
        return
    builtins = [exercise for exercise in catalog.exercises.values() if not exercise.custom]
    _write_exercises(connection, {exercise.id: (exercise.name.en, exercise.category.value, exercise.laterality.value)
                                  for exercise in builtins})
    _write_involvement(connection, {exercise.id: frozenset(exercise.muscles) for exercise in builtins})
    if stored is None:
        connection.execute(insert(META).values(key=DIGEST_KEY, value=digest))
    else:
        connection.execute(update(META).where(META.c.key == DIGEST_KEY).values(value=digest))


def _write_exercises(connection: Connection, wanted: dict[str, Described]) -> None:
    """Add the missing built-in exercises and correct the ones that changed. A built-in the
    catalogue no longer has stays: logs may still name it."""
    query = select(EXERCISE.c.id, EXERCISE.c.name, EXERCISE.c.category, EXERCISE.c.laterality)
    stored = {row.id: (row.name, row.category, row.laterality)
              for row in connection.execute(query.where(EXERCISE.c.custom.is_(False)))}
    keys = ("name", "category", "laterality")
    added = [{"id": key, "custom": False, **dict(zip(keys, value))}
             for key, value in wanted.items() if key not in stored]
    changed = [{"key": key, **dict(zip(keys, value))}
               for key, value in wanted.items() if key in stored and stored[key] != value]
    if added:
        connection.execute(insert(EXERCISE), added)
    if changed:
        connection.execute(update(EXERCISE).where(EXERCISE.c.id == bindparam("key")), changed)


def _write_involvement(connection: Connection, wanted: dict[str, Involvement]) -> None:
    """Replace the muscle weights of the exercises whose weights differ."""
    stored: dict[str, set[tuple[str, float]]] = defaultdict(set)
    query = select(INVOLVEMENT.c.exercise_id, INVOLVEMENT.c.muscle_id, INVOLVEMENT.c.weight)
    for exercise_id, muscle_id, weight in connection.execute(query.where(INVOLVEMENT.c.exercise_id.in_(wanted))):
        stored[exercise_id].add((muscle_id, weight))
    differing = [exercise_id for exercise_id, muscles in wanted.items() if stored.get(exercise_id, set()) != muscles]
    if not differing:
        return
    connection.execute(delete(INVOLVEMENT).where(INVOLVEMENT.c.exercise_id.in_(differing)))
    connection.execute(insert(INVOLVEMENT), [
        {"exercise_id": exercise_id, "muscle_id": muscle_id, "weight": weight}
        for exercise_id in differing for muscle_id, weight in wanted[exercise_id]
    ])
