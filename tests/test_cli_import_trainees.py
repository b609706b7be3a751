"""``glueplan import`` of a file of several trainees (a full backup): which one it reads, why a
trainee without sets gives nothing, and --file-trainee to read another."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from glueplan.domain.log import LoggedSet
from glueplan.domain.trainee import Trainee
from glueplan.store.database import Store
from glueplan.store.formats.json_backup import write_backup
from glueplan.store.repository import Repository
from tests.conftest import workspace_on
from tests.test_cli_import import run


def test_a_backup_read_as_a_trainee_without_sets_says_why_and_file_trainee_reads_another(
        capsys: pytest.CaptureFixture[str], store: Store, tmp_path: Path) -> None:
    workspace = workspace_on(store)
    repository = Repository(store)
    for minute in range(3):
        repository.log_set(workspace.trainee_id, LoggedSet("barbell_hip_thrust", datetime(2026, 11, 23, 18, minute),
                                                           100.0, 8, 2))
    repository.add_trainee(Trainee("Sam"))
    backup = tmp_path / "backup.json"
    write_backup(store, backup)

    code, out, _err = run(capsys, str(backup), "--trainee", "Sam")
    assert code == 0
    assert out.splitlines()[:3] == [
        "Read: Sam's sets (the file holds Me (3), Sam (0); --file-trainee NAME reads another's).",
        "glueplan backup: nothing new to add.",
        "The file's “Sam” has no sets; choose another of its trainees with --file-trainee NAME."]

    code, out, _err = run(capsys, str(backup), "--trainee", "Sam", "--file-trainee", "me", "--yes")
    assert code == 0 and out.splitlines()[-1] == "Imported 3 sets."

    code, _out, err = run(capsys, str(backup), "--trainee", "Sam", "--file-trainee", "Bo")
    assert code == 2 and "--file-trainee Bo: the file holds no trainee of that name; it holds Me (3), Sam (0)." in err
