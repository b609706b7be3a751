"""File > Export… writes each kind the dialog offers; File > Restore from backup… lists the
backups with what they hold and restores the chosen one after the current file is backed up."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from glueplan.app.workspace import Workspace
from glueplan.domain.language import Language
from glueplan.domain.log import LoggedSet
from glueplan.store.backup import BEFORE_IMPORT, DAILY, backup_sqlite, backups
from glueplan.store.formats.json_backup import read_backup
from glueplan.ui.files import export as export_module
from glueplan.ui.files import restore_dialog
from glueplan.ui.files.restore_dialog import RestoreDialog
from tests.conftest import on_screen
from tests.ui.test_print_menu import window_on

pytestmark = pytest.mark.sqlite_only


def test_every_kind_of_export_is_written(qtbot: QtBot, workspace: Workspace, tmp_path: Path) -> None:
    window = window_on(qtbot, workspace)
    workspace.repository.log_set(workspace.trainee_id, LoggedSet("clamshell", datetime(2026, 11, 23, 18), 0, 15,
                                                                 None, "=cmd"))
    written = {}
    for kind in export_module._kinds():
        name = str(tmp_path / kind.split(" (")[0].replace(" ", "-"))
        path = export_module.export_file(workspace.repository, workspace.trainee_id, workspace.language, window,
                                         (name, kind))
        assert path is not None
        written[path.suffix + kind[:4]] = path
    texts = {key: path.read_bytes() for key, path in written.items()}
    log = next(value for key, value in texts.items() if key.startswith(".csvTrai")).decode("utf-8-sig")
    assert ",'=cmd," in log.splitlines()[1]
    ics = next(value for key, value in texts.items() if key.startswith(".ics"))
    assert Calendar.from_ical(ics).walk("VEVENT")
    backup = read_backup(next(path for key, path in written.items() if key.startswith(".json")))
    assert len(backup.tables["logged_set"]) == 1


def test_the_kinds_are_offered_in_the_apps_language(qapp: QApplication) -> None:
    """Seen as a new Norwegian user: File > Export… offered "Training log (CSV) (*.csv)" in
    English (the texts had been filed for lupdate under no context)."""
    from glueplan.ui.application import install_translators

    install_translators(qapp, Language.NB)
    assert list(export_module._kinds()) == ["Treningslogg (CSV) (*.csv)", "Planer (CSV) (*.csv)",
                                            "Planlagte uker til en kalender (iCalendar) (*.ics)",
                                            "Full sikkerhetskopi (JSON) (*.json)"]
    install_translators(qapp, Language.DA)
    assert next(iter(export_module._kinds())) == "Træningslog (CSV) (*.csv)"


def test_restore_from_the_menu_backs_up_first_and_starts_again(qtbot: QtBot, workspace: Workspace, db_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    older = backup_sqlite(db_path, "daily")  # no sets yet
    workspace.repository.log_set(workspace.trainee_id, LoggedSet("clamshell", datetime(2026, 11, 23, 18), 0, 15))
    window = window_on(qtbot, workspace)
    started: list[bool] = []
    monkeypatch.setattr(RestoreDialog, "exec", lambda _dialog: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(restore_dialog, "start_again", lambda: started.append(True))
    window.restore_backup()
    assert started == [True]
    reasons = {copy.reason: copy for copy in backups(db_path)}
    assert reasons["before-restore"].logged_sets == 1
    assert [copy.path for copy in backups(db_path) if copy.reason == "daily"] == [older]
    with closing(sqlite3.connect(db_path)) as connection:
        assert connection.execute("SELECT count(*) FROM logged_set").fetchone() == (0,)


def test_the_dialog_lists_what_each_backup_holds(qtbot: QtBot, workspace: Workspace, db_path: Path,
                                                 tmp_path: Path) -> None:
    workspace.repository.log_set(workspace.trainee_id, LoggedSet("clamshell", datetime(2026, 11, 23, 18), 0, 15))
    backup_sqlite(db_path, DAILY, datetime(2026, 11, 28, 7, 5))
    backup_sqlite(db_path, BEFORE_IMPORT, datetime(2026, 11, 30, 21, 14))
    dialog = on_screen(qtbot, RestoreDialog(db_path, workspace.language), 560, 360)
    rows = [[dialog.table.item(row, column).text() for column in range(5)] for row in range(2)]
    assert workspace.language is Language.EN
    assert [row[1] for row in rows] == ["Before an import", "Daily"]  # newest first, with why it was taken
    assert rows[0][2:4] == ["1", "1"] and rows[0][4].startswith("23/11/")  # day first, as English is written in Europe
    assert dialog.table.item(0, 3).textAlignment() & Qt.AlignmentFlag.AlignRight  # counts line up on the right
    header = dialog.table.horizontalHeader()
    assert header.length() == dialog.table.viewport().width()  # the columns fill the list, no blank strip
    dialog.grab().save(str(tmp_path / "restore.png"))
