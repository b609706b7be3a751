"""``glueplan restore FILE``: a glueplan JSON backup into an empty database, a new PostgreSQL database of a
clinic's as well as a new file. On a server there was no way to restore one: File > Restore from backup… said only
that the server's backups are made and restored there, though File > Back up now… writes glueplan's backups."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from glueplan.cli import main
from glueplan.domain.language import Language
from glueplan.domain.log import LoggedSet
from glueplan.domain.messages import messages
from glueplan.domain.trainee import Trainee
from glueplan.store.database import open_store
from glueplan.store.location import database_url
from glueplan.store.repository import Repository


def test_a_backup_goes_into_an_empty_database_once(capsys: pytest.CaptureFixture[str], database: str,
                                                   tmp_path: Path) -> None:
    source = open_store(database_url(str(tmp_path / "clinic-before.sqlite")))
    try:
        before = Repository(source)
        ingrid = before.add_trainee(Trainee("Ingrid Solberg"))
        before.log_set(ingrid, LoggedSet("b_stance_hip_thrust", datetime(2026, 11, 30, 17, 45), 67.5, 8, 1,
                                         note="dybt, pause i bunden"))
    finally:
        source.close()
    backup = tmp_path / "glueplan backup 2026-12-01.json"
    assert main(["export", "--db", str(tmp_path / "clinic-before.sqlite"), "--format", "json",
                 "--out", str(backup)]) == 0
    capsys.readouterr()

    assert main(["restore", "--db", database, "--lang", "da", str(backup)]) == 0
    said = capsys.readouterr().out
    assert said.startswith(f"Sikkerhedskopien »{backup}« er gendannet i ")
    restored = open_store(database_url(database))
    try:
        repository = Repository(restored)
        [(trainee_id, name)] = repository.trainee_names()
        assert name == "Ingrid Solberg"
        [logged] = repository.logged_sets(trainee_id)
        assert (logged.weight_kg, logged.reps, logged.note) == (67.5, 8, "dybt, pause i bunden")
        repository.log_set(trainee_id, LoggedSet("b_stance_hip_thrust", datetime(2026, 12, 1, 9), 70, 8, 1))
    finally:
        restored.close()

    assert main(["restore", "--db", database, str(backup)]) == 1  # not empty now: nothing written over
    assert capsys.readouterr().err.strip() == messages()("backup.target_not_empty", Language.EN)
