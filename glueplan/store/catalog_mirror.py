"""Mirror the built-in catalogue into the exercise and involvement tables.

Plans and logs refer to exercises by foreign key, and weekly sets per muscle are summed
in SQL, so the database needs every built-in exercise and its muscle weights. The mirror
is refreshed only when the catalogue changed (a digest is kept in app_meta).
"""

from __future__ import annotations

import hashlib
import json

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from glueplan.domain.catalog import Catalog, Exercise
from glueplan.store.schema import AppMeta, ExerciseRow, InvolvementRow

DIGEST_KEY = "catalog_digest"


def catalog_digest(catalog: Catalog) -> str:
    content = [
        [exercise.id, exercise.name.en, exercise.category, exercise.laterality, exercise.muscles]
        for exercise in catalog.exercises.values() if not exercise.custom
    ]
    return hashlib.sha256(json.dumps(content).encode()).hexdigest()


def mirror_catalog(session: Session, catalog: Catalog) -> None:
    digest = catalog_digest(catalog)
    stored = session.get(AppMeta, DIGEST_KEY)
    if stored is not None and stored.value == digest:
        return
    existing = {row.id: row for row in session.scalars(select(ExerciseRow).where(ExerciseRow.custom.is_(False)))}
    for exercise in catalog.exercises.values():
        if not exercise.custom:
            _mirror_exercise(session, existing.get(exercise.id), exercise)
    if stored is None:
        session.add(AppMeta(key=DIGEST_KEY, value=digest))
    else:
        stored.value = digest


def _mirror_exercise(session: Session, row: ExerciseRow | None, exercise: Exercise) -> None:
    if row is None:
        row = ExerciseRow(id=exercise.id, custom=False)
        session.add(row)
    row.name = exercise.name.en
    row.category = exercise.category.value
    row.laterality = exercise.laterality.value
    session.flush()
    session.execute(delete(InvolvementRow).where(InvolvementRow.exercise_id == exercise.id))
    session.add_all(InvolvementRow(exercise_id=exercise.id, muscle_id=muscle, weight=weight)
                    for muscle, weight in exercise.muscles)
