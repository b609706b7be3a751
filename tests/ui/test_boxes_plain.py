"""The message boxes that ask or tell news, and the question of Programs > Copy to trainee, show names
and files as written and have an Alt-letter on each button: Copy week forward asked with
QMessageBox.question (text read as markup if it looked like it, and Yes and No without a letter in
Danish), the news of a restore and of a trainee archived elsewhere were built by hand without a letter
on their OK, and the copy's question showed a program named "<b>Heavy</b>" in bold."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from msgspec.structs import replace
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from glueplan.app.command import History
from glueplan.app.trainees import ArchiveTrainee, remember
from glueplan.app.workspace import Workspace
from glueplan.domain.catalog import Prescription, RepRange
from glueplan.domain.commands import EditPlanned
from glueplan.domain.language import Language
from glueplan.domain.trainee import Trainee
from glueplan.store.backup import BEFORE_RESTORE, DAILY, backup_sqlite, backups
from glueplan.store.database import open_store
from glueplan.store.location import database_url
from glueplan.store.repository import Repository
from glueplan.ui.application import install_translators
from glueplan.ui.files.restore_dialog import restored_news, say_restored
from glueplan.ui.programs.copy_dialog import CopyToTraineeDialog
from glueplan.ui.shared.live_workspace import LiveWorkspace
from glueplan.ui.week.page import WeekPage
from tests.conftest import on_screen, seed_000
from tests.ui.test_changes_elsewhere import window_on as following_window
from tests.ui.test_menu_mnemonics import MNEMONIC
from tests.ui.test_programs_page import two_programs
from glueplan.domain.record import Record

NAME = "<b>Heavy</b> &Co"
FILE_NAME = '<img src="heavy.png"> &Co.sqlite'  # a file's name has no "/"


class Seen(Record):
    """A message box as it was shown: its text, how it is read and its buttons' texts."""

    text: str
    plain: bool
    buttons: tuple[str, ...]


def answering(qapp: QApplication, owner: QWidget, answers: list[QMessageBox.StandardButton],
              shot: Path) -> list[Seen]:
    """Each message box asked modally is seen (and grabbed to ``shot``-n.png, to be looked at) and answered with
    the next of ``answers``, by a click on that button, as the user would."""
    seen: list[Seen] = []

    def look() -> None:
        box = qapp.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isVisible():
            return
        seen.append(Seen(box.text(), box.textFormat() == Qt.TextFormat.PlainText,
                         tuple(button.text() for button in box.buttons())))
        box.grab().save(f"{shot}-{len(seen)}.png")
        box.button(answers.pop(0)).click()

    timer = QTimer(owner)
    timer.timeout.connect(look)
    timer.start(20)
    return seen


def lettered(seen: Seen) -> bool:
    return all(MNEMONIC.search(text) for text in seen.buttons)


@pytest.fixture
def heavy(workspace: Workspace) -> LiveWorkspace:
    """seed-000 for four weeks, named in markup."""
    program = replace(seed_000(weeks=4), name=NAME)
    workspace.load_program(workspace.repository.add_program(workspace.trainee_id, program, "seed-000"))
    return LiveWorkspace(workspace)


@pytest.mark.parametrize(("language", "question", "yes_no"), [
    (Language.EN, "Week 2 already has sessions. Replace them with a copy of week 1?", ("&Yes", "&No")),
    (Language.DA, "Uge 2 har allerede træninger. Skal de erstattes af en kopi af uge 1?", ("&Ja", "&Nej"))])
def test_copy_week_forward_asks_in_plain_text_with_a_letter_on_yes_and_no(
        qtbot: QtBot, qapp: QApplication, heavy: LiveWorkspace, tmp_path: Path, language: Language, question: str,
        yes_no: tuple[str, str]) -> None:
    install_translators(qapp, language)
    heavy.apply(EditPlanned(0, 0, 0, Prescription(4, RepRange(8, 12), 2, 120)))  # week 1 unlike the weeks after it
    page = on_screen(qtbot, WeekPage(heavy), 1366, 700)
    seen = answering(qapp, page, [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes,
                                  QMessageBox.StandardButton.No], tmp_path / f"copy-week-{language.value}")
    stack = heavy.undo_stacks[History.PLAN]
    page.copy_week_forward()
    assert stack.count() == 1 and page.week == 0  # No: nothing copied
    page.copy_week_forward()
    assert stack.count() == 2 and page.week == 1  # Yes: week 1 copied over week 2
    page.copy_week_onward()
    assert stack.count() == 2
    assert [(s.text, s.plain, lettered(s)) for s in seen[:2]] == [(question, True, True)] * 2
    assert sorted(seen[0].buttons) == sorted(yes_no)
    assert seen[2].plain and lettered(seen[2])  # weeks 3-4 from week 2: No, nothing copied


@pytest.mark.parametrize("language", [Language.EN, Language.DA])
def test_the_news_of_a_restore_shows_the_files_name_as_written_with_a_letter_on_ok(
        qtbot: QtBot, qapp: QApplication, workspace: Workspace, db_path: Path, tmp_path: Path,
        language: Language) -> None:
    from tests.ui.test_print_menu import window_on

    install_translators(qapp, language)
    chosen = tmp_path / FILE_NAME
    chosen.write_bytes(backup_sqlite(db_path, DAILY, datetime(2026, 11, 30, 21, 14)).read_bytes())
    news = restored_news(db_path, backups(db_path)[-1], chosen, backup_sqlite(db_path, BEFORE_RESTORE), language)
    window = window_on(qtbot, workspace)
    say_restored(window, news)
    box = window.findChild(QMessageBox)
    assert box is not None and box.isVisible() and box.text() == news and FILE_NAME in news
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert box.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert [MNEMONIC.search(button.text()) is not None for button in box.buttons()] == [True]
    box.grab().save(str(tmp_path / f"restore-news-{language.value}.png"))
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox) is None)  # closed, and deleted


@pytest.mark.parametrize("language", [Language.EN, Language.DA])
def test_a_trainee_archived_elsewhere_is_named_as_written_with_a_letter_on_ok(
        qtbot: QtBot, qapp: QApplication, db_path: Path, tmp_path: Path, language: Language) -> None:
    install_translators(qapp, language)
    setup = open_store(database_url(str(db_path)))
    remember(setup.engine.url, Repository(setup).add_trainee(Trainee(NAME)))
    setup.close()
    first, second = following_window(qtbot, str(db_path)), following_window(qtbot, str(db_path))
    first.live.change_trainee(lambda _workspace: first.live.run_or_report(ArchiveTrainee("Archive")))
    qtbot.waitUntil(lambda: second.findChild(QMessageBox) is not None, timeout=5000)
    box = second.findChild(QMessageBox)
    assert box.isVisible() and box.textFormat() == Qt.TextFormat.PlainText
    assert box.text().index(NAME) == 1  # after its opening quote
    assert [MNEMONIC.search(button.text()) is not None for button in box.buttons()] == [True]
    box.grab().save(str(tmp_path / f"archived-{language.value}.png"))


def test_copy_to_trainee_names_the_program_as_written(qtbot: QtBot, qapp: QApplication, repository: Repository,
                                                      tmp_path: Path) -> None:
    window, page = two_programs(qtbot, repository)
    page.program_list.setCurrentRow(0)
    page.name.setText(NAME)
    page.name.editingFinished.emit()
    repository.add_trainee(Trainee("Ane"))
    labels: list[tuple[str, Qt.TextFormat]] = []

    def look() -> None:
        dialog = qapp.activeModalWidget()
        if isinstance(dialog, CopyToTraineeDialog) and dialog.isVisible():
            labels.extend((label.text(), label.textFormat()) for label in dialog.findChildren(QLabel))
            dialog.grab().save(str(tmp_path / "copy-to-trainee.png"))
            dialog.reject()

    timer = QTimer(window)
    timer.timeout.connect(look)
    timer.start(20)
    page.copy_button.click()
    assert labels[0] == ("Copy “<b>Heavy</b> &&Co” &to:", Qt.TextFormat.PlainText)
    assert {text_format for _text, text_format in labels} == {Qt.TextFormat.PlainText}  # what is copied, too


FILE = "<img src=x.png> &Co"  # typed in a file dialog: no quotes, which would make it a list of names


def test_the_save_dialogs_question_names_a_file_to_replace_as_written(qtbot: QtBot, qapp: QApplication,
                                                                     tmp_path: Path) -> None:
    """Qt's own dialog asks before it replaces a file, in a box of its own: a file named in markup showed a
    picture there (file_dialogs asks with Qt's dialog)."""
    from glueplan.ui.shared.file_dialogs import save_file_name

    (tmp_path / f"{FILE}.csv").touch()
    parent = QWidget()
    qtbot.addWidget(parent)
    seen = answering(qapp, parent, [QMessageBox.StandardButton.No], tmp_path / "replace")
    typed: list[QFileDialog] = []

    def type_the_name() -> None:  # then No, and the dialog is left
        dialog = qapp.activeModalWidget()
        if isinstance(dialog, QFileDialog) and dialog.isVisible():
            if typed:
                dialog.reject()
                return
            typed.append(dialog)
            dialog.findChild(QLineEdit, "fileNameEdit").setText(f"{FILE}.csv")
            QTimer.singleShot(0, dialog.accept)  # not within this timer's call, which the box would wait in

    timer = QTimer(parent)
    timer.timeout.connect(type_the_name)
    timer.start(20)
    assert save_file_name(parent, "glueplan", str(tmp_path / "plan.csv"), "CSV (*.csv)") == ("", "")
    assert [(s.text, s.plain) for s in seen] == [(f"{FILE}.csv already exists.\nDo you want to replace it?", True)]


def test_the_print_dialogs_question_names_a_file_to_replace_as_written(qtbot: QtBot, qapp: QApplication,
                                                                      tmp_path: Path) -> None:
    """File > Print, Print, Print to File (PDF) on a file there already: Qt's print dialog asks whether to
    overwrite it, in a box of its own."""
    from PySide6.QtPrintSupport import QPrintDialog

    from glueplan.ui.print.print_dialog import preview_dialog
    from tests.ui.test_print_sheet import sheet_of

    pdf = tmp_path / f"{FILE}.pdf"
    pdf.touch()
    preview = preview_dialog(sheet_of("seed-002", Language.EN))
    qtbot.addWidget(preview)
    seen = answering(qapp, preview, [QMessageBox.StandardButton.No], tmp_path / "overwrite")
    printing = QPrintDialog(preview.printer(), preview)  # as the preview's Print makes it
    qtbot.addWidget(printing)
    printing.show()
    qtbot.waitExposed(printing)
    output = printing.findChild(QLineEdit, "filename")
    output.setText(str(pdf))
    QTimer.singleShot(0, lambda: qtbot.keyClick(output, Qt.Key.Key_Return))  # Return prints, as Print does
    qtbot.waitUntil(lambda: len(seen) == 1)
    assert (seen[0].text, seen[0].plain) == (f"{pdf} already exists.\nDo you want to overwrite it?", True)
    assert printing.isVisible()  # No: the dialog asks for another name
