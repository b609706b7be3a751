"""File > Export… writes each kind the dialog offers; File > Restore from backup… lists the
backups with what they hold, takes one chosen anywhere (a copy of the file, the JSON full backup),
and restores the chosen one after the current file is backed up."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import sys
from collections.abc import Callable
from contextlib import closing
from datetime import datetime
from pathlib import Path
from tempfile import TemporaryDirectory

from msgspec.structs import replace
import pytest
from icalendar import Calendar
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from glueplan.app.workspace import Workspace
from glueplan.domain.language import Language, Localized
from glueplan.domain.log import LoggedSet
from glueplan.domain.trainee import Trainee
from glueplan.store.backup import BEFORE_IMPORT, BEFORE_RESTORE, DAILY, BackupFile, backup_sqlite, backups
from glueplan.store.database import open_store
from glueplan.store.formats.json_backup import backup_bytes, read_backup
from glueplan.store.location import database_url
from glueplan.store.repository import Repository
from glueplan.ui.files import export as export_module
from glueplan.ui.files import restore_dialog
from glueplan.ui.files.restore_dialog import RestoreDialog
from glueplan.ui.shared import file_dialogs, start_again
from tests.conftest import on_screen, seed_000
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
        written[path.suffix + kind] = path
    texts = {key: path.read_bytes() for key, path in written.items()}
    logs = [value.decode("utf-8-sig") for key, value in texts.items() if key.startswith(".csvTraining log")]
    assert len(logs) == 2 and all(",'=cmd," in log.splitlines()[1] for log in logs)  # for a spreadsheet, for glueplan
    ics = next(value for key, value in texts.items() if key.startswith(".ics"))
    assert Calendar.from_ical(ics).walk("VEVENT")
    backup = read_backup(next(path for key, path in written.items() if key.startswith(".json")))
    assert len(backup.tables["logged_set"]) == 1


def test_the_kinds_are_offered_in_the_apps_language(qapp: QApplication) -> None:
    """Seen as a new Norwegian user: File > Export… offered "Training log (CSV) (*.csv)" in
    English (the texts had been filed for lupdate under no context)."""
    from glueplan.ui.application import install_translators

    install_translators(qapp, Language.NB)
    assert list(export_module._kinds()) == [
        "Treningslogg for regneark, med semikolon og desimalkomma (CSV) (*.csv)",
        "Treningslogg for glueplan og andre programmer, med komma og desimalpunktum (CSV) (*.csv)",
        "Planer (CSV) (*.csv)", "Planlagte uker til en kalender (iCalendar) (*.ics)",
        "Full sikkerhetskopi (JSON) (*.json)"]
    install_translators(qapp, Language.DA)
    assert next(iter(export_module._kinds())) == \
        "Træningslog til regneark, med semikolon og decimalkomma (CSV) (*.csv)"


def newest_chosen(dialog: RestoreDialog) -> QDialog.DialogCode:
    """The user chooses the newest backup, whatever restoring it loses, and presses Restore."""
    dialog.table.selectRow(0)
    return QDialog.DialogCode.Accepted


def test_restore_from_the_menu_backs_up_first_and_starts_again(qtbot: QtBot, workspace: Workspace, db_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    older = backup_sqlite(db_path, "daily")  # no sets yet
    workspace.repository.log_set(workspace.trainee_id, LoggedSet("clamshell", datetime(2026, 11, 23, 18), 0, 15))
    window = window_on(qtbot, workspace)
    started: list[bool] = []
    monkeypatch.setattr(RestoreDialog, "exec", newest_chosen)
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(restore_dialog, "start_again", lambda _news="": started.append(True))
    window.restore_backup()
    assert started == [True]
    reasons = {copy.reason: copy for copy in backups(db_path)}
    assert reasons["before-restore"].logged_sets == 1
    assert [copy.path for copy in backups(db_path) if copy.reason == "daily"] == [older]
    with closing(sqlite3.connect(db_path)) as connection:
        assert connection.execute("SELECT count(*) FROM logged_set").fetchone() == (0,)


def test_the_window_started_again_after_a_restore_says_what_was_restored_once(
        qtbot: QtBot, workspace: Workspace, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """glueplan started again after a restore saying nothing of it: the status bar read '60 exercises
    in the catalogue' (a physiotherapist's walk). The restore tells the new process which backup is
    in place and where the database as it was went; its window says it, and a later start does not."""
    older = backup_sqlite(db_path, DAILY, datetime(2026, 11, 30, 21, 14))
    window = window_on(qtbot, workspace)
    news: list[str] = []
    monkeypatch.setattr(RestoreDialog, "exec", newest_chosen)
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(restore_dialog, "start_again", news.append)
    window.restore_backup()
    kept = next(copy for copy in backups(db_path) if copy.reason == BEFORE_RESTORE)
    assert older.exists() and news == [f"Restored the backup of 30/11/2026 21:14.\n\nThe database as it was is kept "
                                       f"as the backup of {kept.taken:%d/%m/%Y %H:%M} (File > Restore from backup "
                                       f"lists it):\n{kept.path}"]
    script = ("import os, sys; open(sys.argv[1] + '.part', 'w').write(os.environ.get(sys.argv[2], '-'));"
              "os.rename(sys.argv[1] + '.part', sys.argv[1])")
    told = db_path.parent / "told.txt"
    monkeypatch.setattr(sys, "orig_argv", [sys.executable, "-c", script, str(told), start_again.NEWS])
    start_again.start_again(news[0])  # the new process finds it in its environment
    qtbot.waitUntil(told.exists, timeout=10000)
    assert told.read_text() == news[0]
    monkeypatch.setenv(start_again.NEWS, news[0])
    again = window_on(qtbot, workspace)
    assert again.statusBar().currentMessage() == "Restored the backup of 30/11/2026 21:14."
    assert again.findChild(QMessageBox).text() == news[0] and start_again.NEWS not in os.environ
    assert window_on(qtbot, workspace).statusBar().currentMessage().endswith("exercises in the catalogue")


def test_a_restore_that_fails_says_why_and_starts_again_on_the_database_as_it_was(
        qtbot: QtBot, workspace: Workspace, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The chosen copy gone (its USB stick pulled) between the question and the restore: the
    OperationalError went up out of the menu after the store was closed, leaving the window on it
    with no message (H68). Now the user is told why, and glueplan starts again on its database."""
    copy = tmp_path / "usb" / "backup.sqlite"
    copy.parent.mkdir()
    shutil.move(backup_sqlite(db_path, DAILY), copy)
    workspace.repository.log_set(workspace.trainee_id, LoggedSet("clamshell", datetime(2026, 11, 23, 18), 0, 15))
    window = window_on(qtbot, workspace)
    told: list[str] = []
    started: list[bool] = []

    def pulled_out(box: QMessageBox) -> QMessageBox.StandardButton:
        told.append(box.text())
        copy.unlink(missing_ok=True)  # after the question: the stick goes while the user answers
        return QMessageBox.StandardButton.Yes

    shown = restoring_a_chosen_file(qtbot, monkeypatch, copy)
    monkeypatch.setattr(QMessageBox, "exec", pulled_out)
    monkeypatch.setattr(restore_dialog, "start_again", lambda _news="": started.append(True))
    window.restore_backup()
    assert shown[0][1] == "File backup.sqlite"
    assert told[1:] == [f"{copy} is no longer there: was the disk it is on taken out? Nothing was restored; the "
                        "database is as it was.\n\nglueplan opens the database again."]
    assert started == [True] and not window.isVisible()
    assert not [copy for copy in backups(db_path) if copy.reason == BEFORE_RESTORE]
    with closing(sqlite3.connect(db_path)) as connection:
        assert connection.execute("SELECT count(*) FROM logged_set").fetchone() == (1,)


@pytest.mark.parametrize(("language", "one", "two"), [
    (Language.EN, "(1 program, 1 logged set)?", "(2 programs, 2 logged sets)?"),
    (Language.DA, "(1 program, 1 logget sæt)?", "(2 programmer, 2 loggede sæt)?"),
    (Language.NB, "(1 program, 1 loggført sett)?", "(2 programmer, 2 loggførte sett)?"),
], ids=["en", "da", "nb"])
def test_the_restore_questions_count_in_the_languages_plural_forms(
        qapp: QApplication, workspace: Workspace, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        language: Language, one: str, two: str) -> None:
    """The restore's confirmation and the offer of the newest good backup read '(1 programs, 1 logged
    sets)' (H68): each count is Qt's plural form of its own."""
    from glueplan.store.file_check import DamagedDatabase
    from glueplan.ui.application import install_translators

    install_translators(qapp, language)
    asked_about: list[str] = []
    monkeypatch.setattr(restore_dialog, "ask", lambda _parent, _icon, _title, text, *_args: asked_about.append(text))
    chosen = BackupFile(tmp_path / "copy.sqlite", datetime(2026, 11, 23, 18), "chosen", 1, 1)
    restore_dialog.confirmed(chosen, tmp_path / "copy.sqlite", language, None)
    workspace.repository.add_program(workspace.trainee_id, seed_000())
    for day in (23, 24):
        workspace.repository.log_set(workspace.trainee_id, LoggedSet("clamshell", datetime(2026, 11, day, 18), 0, 15))
    backup_sqlite(db_path, DAILY)
    restore_dialog.offer_newest_backup(DamagedDatabase(db_path, "test"), language, None)
    assert one in asked_about[0] and two in asked_about[1]


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


def restoring_a_chosen_file(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, chosen: Path) -> list[list[str]]:
    """File > Restore from backup… with Choose a file… answered by ``chosen`` and the restore confirmed;
    returns the rows the dialog showed."""
    shown: list[list[str]] = []

    def choose_and_accept(dialog: RestoreDialog) -> QDialog.DialogCode:
        dialog.choose_button.click()
        assert not dialog.restore_button.isEnabled()  # while the file is read on the worker thread
        qtbot.waitUntil(dialog.choose_button.isEnabled)
        shown.extend([dialog.table.item(row, column).text() for column in range(5)]
                     for row in range(dialog.table.rowCount()))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(file_dialogs, "open_file_name", lambda *_args: (str(chosen), ""))
    monkeypatch.setattr(RestoreDialog, "exec", choose_and_accept)
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(restore_dialog, "start_again", lambda _news="": None)
    return shown


def test_a_copy_of_the_database_kept_elsewhere_is_chosen_and_restored(
        qtbot: QtBot, workspace: Workspace, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A copy taken to a USB stick could not be restored: the dialog listed only the copies beside
    the database. Choose a file… lists it, chosen, with what it holds, and restores it as any copy."""
    usb = tmp_path / "usb"
    usb.mkdir()
    copy = usb / "glueplan-copy.sqlite"
    shutil.move(backup_sqlite(db_path, DAILY), copy)  # no sets yet
    workspace.repository.log_set(workspace.trainee_id, LoggedSet("clamshell", datetime(2026, 11, 23, 18), 0, 15))
    window = window_on(qtbot, workspace)
    shown = restoring_a_chosen_file(qtbot, monkeypatch, copy)
    window.restore_backup()
    assert shown[0][1:4] == ["File glueplan-copy.sqlite", "1", "0"]
    assert [copy.logged_sets for copy in backups(db_path) if copy.reason == BEFORE_RESTORE] == [1]
    with closing(sqlite3.connect(db_path)) as connection:
        assert connection.execute("SELECT count(*) FROM logged_set").fetchone() == (0,)
    assert copy.exists()  # the chosen file is read, never moved


def test_the_full_json_backup_is_restored_whole(qtbot: QtBot, workspace: Workspace, db_path: Path,
                                                tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The JSON full backup File > Export writes could not be restored (Import history brought back
    only the current trainee's log). Restored, the database holds what the backup holds, every
    table, ids and all: trainees, programs, logs, own exercises; the file before is backed up."""
    other = open_store(database_url(str(tmp_path / "other.sqlite")))
    try:
        repository = Repository(other)
        mine = repository.add_custom_exercise(replace(workspace.catalog.exercise("clamshell"), id="", custom=True,
                                                      aliases=(), name=Localized.same("Band clamshell")))
        for name in ("Ida", "Bo"):
            trainee = repository.add_trainee(Trainee(name))
            repository.add_program(trainee, seed_000())
            repository.log_set(trainee, LoggedSet(mine.id, datetime(2026, 11, 20, 18), 0, 20))
        written = backup_bytes(other)
    finally:
        other.close()
    full = tmp_path / "usb" / "full-backup.json"
    full.parent.mkdir()
    full.write_bytes(written)
    workspace.repository.log_set(workspace.trainee_id, LoggedSet("clamshell", datetime(2026, 11, 23, 18), 0, 15))
    window = window_on(qtbot, workspace)
    shown = restoring_a_chosen_file(qtbot, monkeypatch, full)
    window.restore_backup()
    assert shown[0][1:4] == ["File full-backup.json", "2", "2"]
    restored = open_store(database_url(str(db_path)))
    try:
        assert json.loads(backup_bytes(restored))["tables"] == json.loads(written)["tables"]
    finally:
        restored.close()
    [before] = [copy for copy in backups(db_path) if copy.reason == BEFORE_RESTORE]
    assert (before.programs, before.logged_sets) == (1, 1)


def newer(path: Path) -> Path:
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    return path


def foreign(path: Path) -> Path:
    path.unlink()
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("CREATE TABLE invoice (id INTEGER PRIMARY KEY)")
    return path


def damaged(path: Path) -> Path:
    path.write_bytes(path.read_bytes()[:4096] + b"\xff" * 8192)
    return path


def newer_json(path: Path) -> Path:
    """The copy's full backup (JSON), as a newer glueplan would write it."""
    store = open_store(database_url(str(path)))
    try:
        document = json.loads(backup_bytes(store))
    finally:
        store.close()
    document["schema"] = "9999"
    json_path = path.with_suffix(".json")
    json_path.write_text(json.dumps(document))
    return json_path


def broken_json(path: Path) -> Path:
    broken = path.with_name("notes.json")
    broken.write_text("{\n")
    return broken


def picture(path: Path) -> Path:
    png = path.with_name("photo.png")
    png.write_bytes(b"\x89PNG\r\n\x1a\n")
    return png


@pytest.mark.parametrize(("spoil", "said"), [
    (newer, "was written by a newer glueplan (schema 9999)"),
    (foreign, "is not a glueplan backup"),
    (damaged, "is damaged"),
    (broken_json, "not valid JSON"),
    (picture, "is not a glueplan backup"),
    (newer_json, "was written by a newer glueplan"),
], ids=["newer", "foreign", "damaged", "broken-json", "picture", "newer-json"])
def test_a_file_that_is_no_glueplan_backup_is_refused_with_the_reason(
        qtbot: QtBot, workspace: Workspace, db_path: Path, tmp_path: Path, spoil: Callable[[Path], Path], said: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Each checked as the listed copies are and as a database is opened: nothing listed, nothing restored."""
    copy = tmp_path / "usb" / "backup.sqlite"
    copy.parent.mkdir()
    shutil.move(backup_sqlite(db_path, DAILY), copy)
    chosen = spoil(copy)
    told = choosing_to_be_told(qtbot, workspace, db_path, monkeypatch, chosen)
    assert len(told) == 1 and str(chosen) in told[0] and said in told[0] and "Nothing was restored" in told[0]


def test_a_copy_whose_times_another_program_wrote_is_refused_and_the_dialog_answers(
        qtbot: QtBot, workspace: Workspace, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A chosen copy whose time another tool wrote raised ValueError on the worker thread, which caught
    StoreError only: the dialog said 'Reading backup.sqlite…' for good (H68). It is refused with why."""
    workspace.repository.log_set(workspace.trainee_id, LoggedSet("clamshell", datetime(2026, 11, 23, 18), 0, 15))
    copy = tmp_path / "usb" / "backup.sqlite"
    copy.parent.mkdir()
    shutil.move(backup_sqlite(db_path, DAILY), copy)
    with closing(sqlite3.connect(copy)) as connection, connection:
        connection.execute("UPDATE logged_set SET performed_at = '23 nov 2026'")
    told = choosing_to_be_told(qtbot, workspace, db_path, monkeypatch, copy)
    assert len(told) == 1 and str(copy) in told[0] and "reads “23 nov 2026”" in told[0]


def test_any_failure_to_read_a_chosen_file_is_said_and_the_dialog_answers(
        qtbot: QtBot, workspace: Workspace, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    """Whatever goes wrong while a chosen file is read, the reading ends in a refusal, and is logged."""
    chosen = tmp_path / "backup.sqlite"

    def fails(*_args: object) -> None:
        raise RuntimeError("no such thing")

    monkeypatch.setattr(restore_dialog, "read_chosen", fails)
    told = choosing_to_be_told(qtbot, workspace, db_path, monkeypatch, chosen)
    assert told == [f"{chosen} cannot be restored: no such thing. Nothing was restored."]
    assert "no such thing" in caplog.text


def choosing_to_be_told(qtbot: QtBot, workspace: Workspace, db_path: Path, monkeypatch: pytest.MonkeyPatch,
                        chosen: Path) -> list[str]:
    """Choose a file… answered by ``chosen``: what the dialog says; after it, the dialog is as before,
    nothing listed."""
    told: list[str] = []
    monkeypatch.setattr(restore_dialog, "ask", lambda _parent, _icon, _title, text, *_args: told.append(text))
    monkeypatch.setattr(file_dialogs, "open_file_name", lambda *_args: (str(chosen), ""))
    with TemporaryDirectory() as scratch:
        dialog = on_screen(qtbot, RestoreDialog(db_path, workspace.language, None, Path(scratch)), 560, 360)
        dialog.choose_button.click()
        qtbot.waitUntil(lambda: bool(told), timeout=3000)
        assert dialog.choose_button.isEnabled() and dialog.elsewhere.text() == dialog.elsewhere_text
        assert dialog.table.rowCount() == 0 and not dialog.restore_button.isEnabled()
    return told


def test_the_database_in_use_is_refused_before_it_is_read(qtbot: QtBot, workspace: Workspace, db_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Chosen, the database in use (or its -wal) would be opened and closed here, which drops the locks
    SQLite holds on it (store/open_files.py): it is refused by its name."""
    import glueplan.store.chosen_backup as chosen_backup

    told: list[str] = []
    monkeypatch.setattr(restore_dialog, "ask", lambda _parent, _icon, _title, text, *_args: told.append(text))
    monkeypatch.setattr(chosen_backup, "_sqlite_copy", lambda path: pytest.fail(f"{path} was opened"))
    with TemporaryDirectory() as scratch:
        dialog = on_screen(qtbot, RestoreDialog(db_path, workspace.language, None, Path(scratch)), 560, 360)
        for chosen in (db_path, db_path.with_name(db_path.name + "-wal")):
            monkeypatch.setattr(file_dialogs, "open_file_name", lambda *_args, chosen=chosen: (str(chosen), ""))
            dialog.choose_button.click()
            qtbot.waitUntil(dialog.choose_button.isEnabled)
        assert len(told) == 2 and all("is the database in use" in text for text in told)
        assert dialog.table.rowCount() == 0


@pytest.mark.parametrize(("language", "quoted"), [(Language.EN, "“{}”"), (Language.DA, "»{}«"),
                                                  (Language.NB, "«{}»")])
def test_a_chosen_backup_is_looked_for_in_the_save_folder_and_named_in_quotes(
        qtbot: QtBot, qapp: QApplication, workspace: Workspace, db_path: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, language: Language, quoted: str) -> None:
    """Choose a file… opened in the home folder, where File > Export had just saved the full backup
    in Documents; and the question named the file bare inside its sentence (H71's walk). It looks in
    the save folder, and the file is named in the language's quotes, as the app names what a user named."""
    from glueplan.ui.application import install_translators
    from glueplan.ui.shared import file_dialogs
    from tests.ui.test_print_menu import documents_at

    documents = documents_at(monkeypatch, tmp_path)
    install_translators(qapp, language)
    looked_in: list[str] = []
    monkeypatch.setattr(file_dialogs, "open_file_name", lambda *args: looked_in.append(args[2]) or ("", ""))
    dialog = on_screen(qtbot, RestoreDialog(db_path, language), 560, 360)
    dialog.choose_file()
    assert looked_in == [str(documents)]
    asked_about: list[str] = []
    monkeypatch.setattr(restore_dialog, "ask", lambda _parent, _icon, _title, text, *_args: asked_about.append(text))
    chosen = BackupFile(documents / "copy.sqlite", datetime(2026, 11, 23, 18), "chosen", 1, 1)
    restore_dialog.confirmed(chosen, documents / "copy.sqlite", language, None)
    assert quoted.format(documents / "copy.sqlite") in asked_about[0]


def test_a_damaged_file_stays_in_place_when_its_newest_backup_cannot_be_read(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """At start, on a damaged file, Yes to the newest good backup put the damaged file aside before the
    copy was read: a copy gone since it was found (its stick pulled out) left no file at the database's
    name, and the next start made a new, empty one there (H70). The copy is read first; only then does
    the damaged file go aside."""
    from glueplan.store.errors import StoreError
    from glueplan.store.file_check import DamagedDatabase

    damaged = tmp_path / "glueplan.sqlite"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x00" * 4080)
    gone = BackupFile(tmp_path / "backups" / "gone.sqlite", datetime(2026, 11, 30, 7), DAILY, 1, 10)
    monkeypatch.setattr(restore_dialog, "newest_good_backup", lambda _path: gone)
    monkeypatch.setattr(restore_dialog, "ask", lambda *_args: QMessageBox.StandardButton.Yes)
    with pytest.raises(StoreError) as refused:
        restore_dialog.offer_newest_backup(DamagedDatabase(damaged, "test"), Language.EN, None)
    assert refused.value.key == "backup.copy_gone"
    assert damaged.read_bytes().startswith(b"SQLite format 3") and len(damaged.read_bytes()) == 4096
    assert [name.name for name in tmp_path.iterdir() if "damaged" in name.name] == []
