"""glueplan's own JSON backup as a history to import: one trainee's logged sets, read with the
backup's reader (store/formats/json_backup.py), merged into the log like any other app's.

Each set keeps its identity (glueplan/store/set_identity.py), so a backup read into the database
it came from adds nothing. A built-in exercise is named by the catalogue in the app's language, as
everywhere else (the backup keeps its English name); any other as the backup names it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from datetime import datetime, time
from pathlib import Path
from typing import Any

from glueplan.domain.catalog import Exercise, builtin_catalog
from glueplan.domain.import_mapping import fold
from glueplan.domain.language import Language
from glueplan.domain.log import Side
from glueplan.domain.trainee import Units
from glueplan.domain.validation import DataError
from glueplan.store.formats.json_backup import Backup, open_backup, read_backup
from glueplan.store.imports.record import (
    FileTrainee,
    Format,
    ImportedSet,
    ImportRejected,
    ParsedHistory,
    Problem,
    whose_sets,
)
from glueplan.store.repository import Repository


def read(path: Path, trainee: str | None, language: Language = Language.EN) -> ParsedHistory:
    """The sets of the backup's trainee called ``trainee`` (else of the one with most sets), their
    built-in exercises named in ``language``."""
    try:
        backup = read_backup(path)
    except DataError as error:
        raise ImportRejected([Problem(None, "import.bad_backup", (("reason", str(error)),))]) from error
    trainees = backup.tables.get("trainee", [])
    counts = Counter(row["trainee_id"] for row in backup.tables.get("logged_set", []))
    held = tuple(FileTrainee(row["name"], counts[row["id"]]) for row in trainees)
    chosen = whose_sets(held, trainee)  # the backup's names are told apart (json_backup): one has each
    if chosen is None:
        return ParsedHistory(Format.JSON, (), frozenset(), 0)
    trainee_id = trainees[held.index(chosen)]["id"]
    built_in = builtin_catalog().exercises
    names = {row["id"]: _name(row, built_in, language) for row in backup.tables.get("exercise", [])}
    sets = []
    for number, row in enumerate(backup.tables.get("logged_set", [])):
        if row["trainee_id"] != trainee_id:
            continue
        exercise = names.get(row["exercise_id"], row["exercise_id"])
        moment = row["performed_at"]
        sets.append(ImportedSet(number + 1, moment, datetime.combine(moment.date(), time()), exercise, row["weight_kg"],
                                Units.KG, row["reps"], row.get("rir"), bool(row.get("warm_up", False)),
                                row.get("note") or "", number, row["import_key"], Side(row.get("side", Side.BOTH))))
    return ParsedHistory(Format.JSON, tuple(sets), frozenset({Units.KG}) if sets else frozenset(), 0,
                         _own_exercises(backup), trainee=chosen.name, trainees=held)


def _name(row: dict[str, Any], built_in: Mapping[str, Exercise], language: Language) -> str:
    """An exercise row's name as the preview shows it: a built-in one's in ``language`` (the row
    holds the English one), one of the user's own or one this catalogue lacks as the row has it."""
    exercise = None if row.get("custom") else built_in.get(row["id"])
    return row["name"] if exercise is None else exercise.name[language]


def _own_exercises(backup: Backup) -> dict[str, Exercise]:
    """The backup's own exercises, read by the store's own mapping from a database holding only
    them (the catalogue, the exercises and their muscles; its sets are not needed)."""
    own = [row for row in backup.tables.get("exercise", []) if row.get("custom")]
    if not own:
        return {}
    ids = {row["id"] for row in own}
    tables = {"exercise": own, "involvement": [row for row in backup.tables.get("involvement", [])
                                               if row["exercise_id"] in ids]}
    store = open_backup(Backup(backup.file, backup.schema, backup.written_at, tables))
    try:
        made = {exercise.id: exercise for exercise in Repository(store).custom_exercises()}
    finally:
        store.close()
    return {fold(row["name"]): made[row["id"]] for row in own if row["id"] in made}  # as the sets name them
