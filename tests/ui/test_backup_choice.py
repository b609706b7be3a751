"""File > Back up now… and File > Restore from backup as a clinic user meets them (a Norwegian walk at
1366x768): no menu item wrote a backup (it was the fourth kind of File > Export…), the restore dialog
chose the first start's empty daily copy for its default button and listed the user's own backup only
after Choose a file…, its question said what the backup held but not what would be lost, and the news
of a restore ran past the status bar's edge."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from glueplan.app.workspace import Workspace
from glueplan.domain.language import Language
from glueplan.domain.log import LoggedSet
from glueplan.store.backup import BEFORE_IMPORT, BEFORE_RESTORE, DAILY, backup_sqlite, backups
from glueplan.store.formats.json_backup import read_backup
from glueplan.ui.application import install_translators
from glueplan.ui.files import restore_dialog
from glueplan.ui.files.own_backups import own_backup_files
from glueplan.ui.files.restore_dialog import RestoreDialog, restored_news, say_restored
from glueplan.ui.shared import file_dialogs
from glueplan.ui.shared.saved_file import FOLDER_KEY
from tests.conftest import on_screen, seed_000
from tests.ui.test_print_menu import window_on

pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def saves(tmp_path: Path) -> Path:
    """The folder saved to last: where Back up now offers its file."""
    folder = tmp_path / "Documents"
    folder.mkdir()
    QSettings().setValue(FOLDER_KEY, str(folder))
    return folder


def kari(workspace: Workspace, sets: int) -> int:
    """The trainee is Kari Ødegård, with a program of her own and ``sets`` sets logged: returns the program."""
    repository = workspace.repository
    repository.update_trainee(workspace.trainee_id, repository.trainee(workspace.trainee_id),
                              replace(repository.trainee(workspace.trainee_id), name="Kari Ødegård"))
    program = repository.add_program(workspace.trainee_id, replace(seed_000(), name="Seteprogram for Kari"))
    for minute in range(sets):
        repository.log_set(workspace.trainee_id, LoggedSet("clamshell", datetime(2026, 11, 30, 18, minute), 0, 15))
    return program


def dialog_on(qtbot: QtBot, db_path: Path, tmp_path: Path, language: Language = Language.EN) -> RestoreDialog:
    """File > Restore from backup's dialog at 1366x768's size, once every backup is read and compared."""
    scratch = tmp_path / "scratch"
    scratch.mkdir(exist_ok=True)
    dialog = on_screen(qtbot, RestoreDialog(db_path, language, None, scratch, own_backup_files()), 620, 420)
    dialog._reader.waitForDone()  # every answer is sent: to be taken by the dialog's thread
    QApplication.processEvents()
    assert all(copy.path in dialog.losses for copy in dialog.copies)
    return dialog


def test_back_up_now_writes_a_full_backup_in_the_save_folder_and_restore_lists_it(
        qtbot: QtBot, workspace: Workspace, db_path: Path, tmp_path: Path, saves: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    kari(workspace, 12)
    window = window_on(qtbot, workspace)
    offered: list[str] = []

    def save_here(_parent: object, _caption: str, place: str, kinds: str) -> tuple[str, str]:
        offered.append(place)
        return place, kinds

    monkeypatch.setattr(file_dialogs, "save_file_name", save_here)
    [action] = [action for action in window.file_menu.actions() if action.text() == "Back &up now…"]
    assert action.isEnabled()
    action.trigger()
    written = saves / f"glueplan backup {date.today().isoformat()}.json"
    assert offered == [str(written)]
    assert len(read_backup(written).tables["logged_set"]) == 12  # every set, readable as a backup
    assert window.statusBar().currentMessage() == f"Backed up to “{written}”."
    backup_sqlite(db_path, DAILY, datetime.now() - timedelta(days=1))
    dialog = dialog_on(qtbot, db_path, tmp_path)
    rows = [[dialog.table.item(row, column).text() for column in range(4)] for row in range(dialog.table.rowCount())]
    assert rows[0] == [rows[0][0], f"File {written.name}", "2", "12"]  # the newest first, chosen: it loses nothing
    assert dialog.chosen() is dialog.copies[0] and dialog.restore_button.isEnabled()
    assert dialog.lost.text() == "This backup holds everything the database holds now."


@pytest.mark.parametrize(("language", "lost"), [
    (Language.EN, "Lost with this restore, as the backup does not hold it: Kari Ødegård's program “Seteprogram for "
                  "Kari”, made after this backup; 12 sets logged since."),
    (Language.NB, "Dette går tapt ved gjenopprettingen, fordi sikkerhetskopien ikke har det: programmet «Seteprogram "
                  "for Kari» til Kari Ødegård, laget etter denne sikkerhetskopien; 12 sett loggført siden.")],
    ids=["en", "nb"])
def test_no_backup_that_loses_anything_is_chosen_for_the_user_and_the_question_says_what_is_lost(
        qtbot: QtBot, qapp: QApplication, workspace: Workspace, db_path: Path, tmp_path: Path, saves: Path,
        monkeypatch: pytest.MonkeyPatch, language: Language, lost: str) -> None:
    """The walk's case: the first start's daily copy was chosen, and Enter would have restored it over a
    program and 12 sets made since; the question said only '(1 program, 0 logged sets)'."""
    install_translators(qapp, language)
    backup_sqlite(db_path, DAILY, datetime.now() - timedelta(hours=2))
    kari(workspace, 12)
    dialog = dialog_on(qtbot, db_path, tmp_path, language)
    assert dialog.table.rowCount() == 1 and dialog.chosen() is None and not dialog.restore_button.isEnabled()
    assert dialog.lost.text() != ""  # says why none is chosen
    dialog.table.selectRow(0)
    assert dialog.lost.text() == lost and dialog.restore_button.isEnabled()
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text()) or QMessageBox.StandardButton.No)
    copy = dialog.copies[0]
    assert not restore_dialog.confirmed(copy, None, language, dialog, 0, dialog.losses[copy.path])
    assert asked[0].endswith("\n\n" + lost)
    backup_sqlite(db_path, BEFORE_IMPORT)  # now one that holds it all
    again = dialog_on(qtbot, db_path, tmp_path, language)
    assert again.table.rowCount() == 2 and again.chosen() is again.copies[0]


def test_a_program_changed_since_the_backup_is_said_to_be_lost(workspace: Workspace, db_path: Path) -> None:
    from glueplan.store.backup import lost_since

    program = kari(workspace, 0)
    copy = backup_sqlite(db_path, DAILY)
    repository = workspace.repository
    details = next(overview for overview in repository.program_overview(workspace.trainee_id)
                   if overview.id == program)
    repository.update_program_details(program, details.details, replace(details.details, name="Renamed"))
    loss = lost_since(db_path, copy)
    assert loss is not None and loss.changed_programs == (("Kari Ødegård", "Renamed"),) and not loss.new_programs
    assert restore_dialog.loss_text(loss).endswith(": the changes to Kari Ødegård's program “Renamed” since.")


@pytest.mark.parametrize("language", [Language.EN, Language.DA, Language.NB])
def test_the_news_of_a_restore_is_read_whole_at_1366_px(qtbot: QtBot, qapp: QApplication, workspace: Workspace,
                                                        db_path: Path, tmp_path: Path, language: Language) -> None:
    """The status bar said which backup was restored and where the database as it was is kept in one
    line that ran past the window's edge at 1366 px, the kept file's name cut off."""
    install_translators(qapp, language)
    copy = backup_sqlite(db_path, DAILY, datetime(2026, 11, 30, 21, 14))
    usb = tmp_path / "a USB stick with a long name" / "glueplan backups of the clinic"
    usb.mkdir(parents=True)
    chosen = usb / "glueplan sikkerhetskopi 2026-11-30.sqlite"
    chosen.write_bytes(copy.read_bytes())
    kept_as = backup_sqlite(db_path, BEFORE_RESTORE)  # as restore() keeps the database as it was
    [kept] = [backup for backup in backups(db_path) if backup.reason == BEFORE_RESTORE]
    news = restored_news(db_path, backups(db_path)[-1], chosen, kept_as, language)
    window = window_on(qtbot, workspace)
    window.resize(1366, 768)
    say_restored(window, news)
    box = window.findChild(QMessageBox)
    assert box is not None and box.isVisible() and box.text() == news and str(kept.path) in news
    assert box.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    message = window.statusBar().currentMessage()
    assert message and news.startswith(message) and str(kept.path) not in message
    assert window.statusBar().fontMetrics().horizontalAdvance(message) < 1366 - 40
    box.grab().save(str(tmp_path / f"news-{language.value}.png"))
