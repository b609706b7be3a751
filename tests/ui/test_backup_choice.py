"""File > Back up now… and File > Restore from backup as a clinic user meets them (a Norwegian walk at
1366x768): no menu item wrote a backup (it was the fourth kind of File > Export…), the restore dialog
chose the first start's empty daily copy for its default button and listed the user's own backup only
after Choose a file…, its question said what the backup held but not what would be lost, and the news
of a restore ran past the status bar's edge."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from msgspec.structs import replace
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QStyle
from pytestqt.qtbot import QtBot

from glueplan.app import clock
from glueplan.app.workspace import Workspace
from glueplan.domain.language import Language
from glueplan.domain.log import LoggedSet
from glueplan.store.backup import BEFORE_IMPORT, BEFORE_RESTORE, DAILY, backup_sqlite, backups
from glueplan.store.formats.json_backup import read_backup, write_backup
from glueplan.ui.application import install_translators
from glueplan.ui.files import restore_dialog
from glueplan.ui.files.export import backup_name
from glueplan.ui.files.own_backups import own_backup_files, remember_backup
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
    written = saves / f"glueplan backup {clock.today().isoformat()}.json"
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
                  "Kari”, made after this backup; the changes to Kari Ødegård's profile since; 12 sets logged since."),
    (Language.NB, "Dette går tapt ved gjenopprettingen, fordi sikkerhetskopien ikke har det: programmet «Seteprogram "
                  "for Kari» til Kari Ødegård, laget etter denne sikkerhetskopien; endringene siden da i profilen til "
                  "Kari Ødegård; 12 sett loggført siden.")],
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


def edit_a_set(workspace: Workspace, made: object) -> None:
    """100 kg x 8 corrected to 120 kg x 5 with a note (``made``: the set's id and the set)."""
    set_id, logged = made  # type: ignore[misc]
    workspace.repository.update_logged_set(set_id, logged, replace(logged, weight_kg=120.0, reps=5, note="PR"))


def write_day_notes(workspace: Workspace, _made: object) -> None:
    for day in (30, 29):
        workspace.repository.set_session_note(workspace.trainee_id, date(2026, 11, day), "", "knee hurt, stopped early")


def change_the_profile(workspace: Workspace, _made: object) -> None:
    profile = workspace.repository.trainee(workspace.trainee_id)
    workspace.repository.update_trainee(workspace.trainee_id, profile, replace(profile, session_minutes=75))


def change_an_own_exercise(workspace: Workspace, _made: object) -> None:
    [exercise] = workspace.repository.custom_exercises()
    workspace.repository.update_custom_exercise(replace(exercise, muscles=(("gluteus_medius", 1.0),)), exercise)


def make_an_own_template(workspace: Workspace, _made: object) -> None:
    from glueplan.store.own_templates import add_template, template_plan

    plan = template_plan("Kari's own", seed_000(), workspace.repository.trainee(workspace.trainee_id).level)
    add_template(workspace.repository.store, "Kari's own", plan)


@pytest.mark.parametrize(("edit", "named"), [
    (edit_a_set, "1 set edited since"),
    (write_day_notes, "2 day notes written, changed or cleared since"),
    (change_the_profile, "the changes to Kari Ødegård's profile since"),
    (change_an_own_exercise, "1 own exercise changed since"),
    (make_an_own_template, "1 own template made or changed since")],
    ids=["set", "day-notes", "profile", "own-exercise", "own-template"])
def test_a_backup_from_before_an_edit_is_never_chosen_and_says_what_the_restore_undoes(
        qtbot: QtBot, workspace: Workspace, db_path: Path, tmp_path: Path, edit: object, named: str) -> None:
    """A reviewer's case: a set corrected from 100 kg x 8 to 120 kg x 5, a day's note, a profile
    changed since the copy: it was chosen as the newest backup that loses nothing, and restoring it
    would have undone them, unsaid (lost_since compared only what the copy lacked)."""
    from glueplan.domain.language import Localized

    kari(workspace, 0)
    logged = LoggedSet("back_squat", datetime(2026, 11, 30, 18, 0), 100.0, 8, 2, "")
    made = (workspace.repository.log_set(workspace.trainee_id, logged), logged)
    sofa = replace(workspace.repository.catalog().exercise("clamshell"), id="", custom=True, aliases=(),
                   name=Localized.same("Sofa clamshell"), sources=("user",), looks_like="clamshell")
    workspace.repository.add_custom_exercise(sofa)
    backup_sqlite(db_path, DAILY, datetime.now() - timedelta(hours=2))
    edit(workspace, made)  # type: ignore[operator]
    dialog = dialog_on(qtbot, db_path, tmp_path)
    assert dialog.table.rowCount() == 1 and dialog.chosen() is None
    dialog.table.selectRow(0)
    assert dialog.lost.text() == f"Lost with this restore, as the backup does not hold it: {named}."


def test_a_set_numbered_otherwise_in_the_copy_is_compared_by_its_identity(workspace: Workspace, db_path: Path) -> None:
    """A JSON backup's copy may give the sets other ids: a set is then found by its identity, and its
    edit since counted, where looking it up by id alone would call it logged since."""
    import sqlite3
    from contextlib import closing

    from glueplan.store.backup import lost_since

    logged = [LoggedSet("back_squat", datetime(2026, 11, 30, 18, minute), 100.0, 8, 2, "") for minute in range(3)]
    set_ids = [workspace.repository.log_set(workspace.trainee_id, each) for each in logged]
    copy = backup_sqlite(db_path, DAILY)
    with closing(sqlite3.connect(copy)) as renumbered, renumbered:
        renumbered.execute("UPDATE logged_set SET id = id + 1000")
    workspace.repository.update_logged_set(set_ids[1], logged[1], replace(logged[1], rir=0))
    loss = lost_since(db_path, copy)
    assert loss is not None and (loss.logged_sets, loss.edited_sets) == (0, 1)


@pytest.mark.parametrize("language", [Language.EN, Language.DA])
def test_a_backup_written_by_back_up_now_is_named_whole_at_the_dialogs_opening_size(
        qtbot: QtBot, qapp: QApplication, workspace: Workspace, db_path: Path, tmp_path: Path, saves: Path,
        language: Language) -> None:
    """The list read "Filen gluepla…26-12-01.json" in a 620x360 dialog on a 1600x1000 screen (walk H113):
    every cell is whole at the size the dialog opens at, the user's own backup come in after it opened too."""
    install_translators(qapp, language)
    kari(workspace, 3)
    written = saves / f"{backup_name()}.json"
    write_backup(workspace.repository.store, written)
    remember_backup(written)
    backup_sqlite(db_path, DAILY, datetime.now() - timedelta(days=1))
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    dialog = RestoreDialog(db_path, language, None, scratch, own_backup_files())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2)
    table, header = dialog.table, dialog.table.horizontalHeader()
    assert table.item(0, 1).text().endswith(written.name)
    margin = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1)
    for row in range(table.rowCount()):
        for column in range(table.columnCount()):
            text = table.item(row, column).text()
            assert header.sectionSize(column) >= table.fontMetrics().horizontalAdvance(text) + margin, text
    assert header.sectionViewportPosition(4) + header.sectionSize(4) <= table.viewport().width()  # none hidden
    assert dialog.frameGeometry().width() <= dialog.screen().availableGeometry().width()
    dialog.grab().save(str(tmp_path / f"restore-{language.value}.png"))
