"""File > Export… writes what the typed name's suffix says when only one kind has it: a coach
who typed 'sikkerhetskopi.json' with the dialog's first kind chosen (the training log) got a CSV
log of one trainee named 'sikkerhetskopi.json.csv' (H41), and no backup."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from glueplan.app.workspace import Workspace
from glueplan.domain.language import Language
from glueplan.store.formats.json_backup import read_backup
from glueplan.ui.application import install_translators
from glueplan.ui.files import export as export_module


def test_a_name_ending_json_is_a_full_backup_whatever_kind_was_chosen(qtbot: QtBot, qapp: QApplication,
                                                                     workspace: Workspace, tmp_path: Path) -> None:
    install_translators(qapp, Language.NB)
    parent = QWidget()
    qtbot.addWidget(parent)
    log, _log_for_glueplan, plans, calendar, backup = export_module._kinds()
    written = export_module.export_file(workspace.repository, workspace.trainee_id, Language.NB, parent,
                                        (str(tmp_path / "sikkerhetskopi.json"), log))
    assert written == tmp_path / "sikkerhetskopi.json"
    assert read_backup(written).tables["program"]
    written = export_module.export_file(workspace.repository, workspace.trainee_id, Language.NB, parent,
                                        (str(tmp_path / "uker.ics"), backup))
    assert written == tmp_path / "uker.ics" and written.read_bytes().startswith(b"BEGIN:VCALENDAR")
    written = export_module.export_file(workspace.repository, workspace.trainee_id, Language.NB, parent,
                                        (str(tmp_path / "planer.csv"), plans))  # three kinds are CSV: the chosen one
    assert written == tmp_path / "planer.csv"
    assert written.read_text(encoding="utf-8-sig").startswith("Utøver;Program;Uke;")  # as a Norwegian sheet opens it
    assert export_module.export_file(workspace.repository, workspace.trainee_id, Language.NB, parent,
                                     (str(tmp_path / "logg"), calendar)) == tmp_path / "logg.ics"
