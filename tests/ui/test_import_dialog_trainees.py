"""File > Import history… of a file of several trainees (a full backup, glueplan's training log):
the preview says whose sets it reads, says why a trainee without sets gives nothing, and reads
another when chosen."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from pytestqt.qtbot import QtBot

from glueplan.app.workspace import Workspace
from glueplan.domain.log import LoggedSet
from glueplan.domain.trainee import Trainee
from glueplan.store.formats.json_backup import write_backup
from glueplan.ui.importing.dialog import ImportDialog
from glueplan.ui.shared.live_workspace import LiveWorkspace
from tests.conftest import on_screen


def test_a_backup_imported_as_a_trainee_without_sets_says_why_and_reads_another_when_chosen(
        qtbot: QtBot, workspace: Workspace, tmp_path: Path) -> None:
    repository = workspace.repository
    for minute in range(3):
        repository.log_set(workspace.trainee_id, LoggedSet("barbell_hip_thrust", datetime(2026, 11, 23, 18, minute),
                                                           100.0, 8, 2))
    sam = repository.add_trainee(Trainee("Sam"))
    write_backup(repository.store, tmp_path / "backup.json")
    live = LiveWorkspace(Workspace(repository, sam, workspace.language))
    dialog = on_screen(qtbot, ImportDialog(live), 760, 560)
    with qtbot.waitSignal(dialog.reader.read, timeout=20000):
        dialog.open_file(tmp_path / "backup.json")
    assert dialog.trainees.isVisibleTo(dialog)
    assert [dialog.trainees.itemText(index) for index in range(dialog.trainees.count())] == ["Me (3 sets)",
                                                                                             "Sam (0 sets)"]
    assert dialog.trainees.currentText() == "Sam (0 sets)"
    assert dialog.summary.text() == ("Nothing new to import.\nThe backup's “Sam” has no sets; choose another of its "
                                     "trainees under Trainee in the file.")
    assert not dialog.import_button.isEnabled()
    dialog.trainees.setCurrentIndex(0)
    with qtbot.waitSignal(dialog.reader.read, timeout=20000):
        dialog.trainees.activated.emit(0)
    assert "3 sets, 23/11/2026 – 23/11/2026." in dialog.summary.text()
    dialog.import_button.click()
    assert repository.count_logged_sets(sam) == 3
