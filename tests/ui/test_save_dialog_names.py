"""What is typed in a save dialog names a real file with the dialog's suffix, through Qt's own dialog
(AA_DontUseNativeDialogs) as glueplan shows it: File > Export PDF… saved a file named '*.pdf' when the
pattern was typed in the name box (a user looking for the PDFs there), and 'plan' as 'plan'."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QFileSystemModel,
    QLineEdit,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from glueplan.app import clock
from glueplan.app.workspace import Workspace
from glueplan.domain.language import Language
from glueplan.domain.trainee import Trainee
from glueplan.ui.files import export as export_module
from glueplan.ui.shared import file_dialogs
from tests.ui.test_print_menu import choosing, documents_at, window_on

Step = Callable[[QFileDialog], None]


def typing(qapp: QApplication, *steps: Step) -> list[str]:
    """Each step is done in the next file dialog shown, the one after another while it is open; after
    the last it must have closed. Returns what went wrong (a step without its dialog, a dialog left
    open), empty when nothing did."""
    wrong: list[str] = []
    remaining = list(steps)

    def first() -> None:
        dialog = qapp.activeModalWidget()
        if isinstance(dialog, QFileDialog):
            step(dialog)
        else:
            QTimer.singleShot(10, first)

    def step(dialog: QFileDialog) -> None:
        open_still = shiboken6.isValid(dialog) and dialog.isVisible()
        if open_still and remaining:
            remaining.pop(0)(dialog)
            QTimer.singleShot(0, lambda: step(dialog))
        elif open_still:
            wrong.append("the dialog stayed open after the last step")
            dialog.reject()
        elif remaining:
            wrong.append(f"the dialog closed with {len(remaining)} steps to do")

    QTimer.singleShot(0, first)
    return wrong


def enter(text: str) -> Step:
    """The user types ``text`` in the name box and presses Return. The box has the keyboard, as when
    typed in: Qt then unselects the file a name typed before had selected in the list."""
    def step(dialog: QFileDialog) -> None:
        dialog.activateWindow()
        assert QTest.qWaitForWindowActive(dialog, 2000)
        box = dialog.findChild(QLineEdit, "fileNameEdit")
        box.setFocus()
        box.setText(text)
        QTest.keyClick(box, Qt.Key.Key_Return)
    return step


def entered_and_answered(qapp: QApplication, text: str, button: QMessageBox.StandardButton,
                         asked: list[str]) -> Step:
    """``text`` entered, and the question Qt asks then (whether to replace a file) answered with
    ``button``; its text is added to ``asked``."""
    def answer() -> None:
        boxes = [box for box in qapp.topLevelWidgets() if isinstance(box, QMessageBox) and box.isVisible()]
        if boxes:
            asked.append(boxes[0].text())
            boxes[0].button(button).click()
        else:
            QTimer.singleShot(10, answer)

    def step(dialog: QFileDialog) -> None:
        QTimer.singleShot(0, answer)
        enter(text)(dialog)
    return step


def filter_chosen(index: int) -> Step:
    def step(dialog: QFileDialog) -> None:
        dialog.selectNameFilter(dialog.nameFilters()[index])
    return step


def test_export_pdf_saves_a_real_name_ending_in_pdf(qtbot: QtBot, qapp: QApplication, workspace: Workspace,
                                                    tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """'*.pdf' typed shows the PDF files and names nothing; 'ane' is saved as 'ane.pdf'."""
    choosing(monkeypatch, lambda dialog: None)
    (tmp_path / "old.pdf").write_bytes(b"%PDF")
    (tmp_path / "old.txt").write_bytes(b"")
    listed: list[list[str]] = []

    def shows_only_pdfs(dialog: QFileDialog) -> None:
        files = dialog.findChild(QFileSystemModel)
        listed.append(files.nameFilters())
        assert dialog.isVisible()

    window = window_on(qtbot, workspace)
    wrong = typing(qapp, enter(str(tmp_path / "*.pdf")), shows_only_pdfs, enter("ane"))
    window.print_actions[1].trigger()
    assert wrong == []
    assert listed == [["*.pdf"]]
    assert sorted(path.name for path in tmp_path.glob("*.pdf")) == ["ane.pdf", "old.pdf"]
    assert (tmp_path / "ane.pdf").read_bytes().startswith(b"%PDF")


def test_a_name_given_its_suffix_is_asked_about_before_it_is_replaced(qtbot: QtBot, qapp: QApplication,
                                                                     tmp_path: Path) -> None:
    """'old' typed where old.pdf is: Qt asks whether to replace old.pdf, which the answer names."""
    (tmp_path / "old.pdf").write_bytes(b"%PDF")
    asked: list[str] = []
    wrong = typing(qapp, entered_and_answered(qapp, "old", QMessageBox.StandardButton.No, asked), enter("ny"))
    chosen = file_dialogs.save_file_name(None, "Export PDF", str(tmp_path / "plan.pdf"), "PDF (*.pdf)")
    assert wrong == []
    assert len(asked) == 1 and "old.pdf" in asked[0]
    assert chosen == (str(tmp_path / "ny.pdf"), "PDF (*.pdf)")


def test_every_export_gets_its_filters_suffix(qtbot: QtBot, qapp: QApplication, workspace: Workspace,
                                              tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """File > Export… (CSV, iCalendar, backup): a pattern is no name, a bare name gets the chosen
    kind's suffix, a name with another kind's suffix keeps it (that kind is written)."""
    folder = documents_at(monkeypatch, tmp_path)  # where Export offers its file, with nothing saved before
    parent = QWidget()
    qtbot.addWidget(parent)

    def export(*steps: Step) -> Path | None:
        wrong = typing(qapp, *steps)
        written = export_module.export_file(workspace.repository, workspace.trainee_id, Language.EN, parent)
        assert wrong == []
        return written

    assert export(enter("*.ics"), enter("uger")) == folder / "uger.csv"
    assert export(filter_chosen(3), enter("uger")) == folder / "uger.ics"
    assert export(enter("backup.json")) == folder / "backup.json"
    assert sorted(path.name for path in folder.iterdir()) == ["backup.json", "uger.csv", "uger.ics"]


def test_export_writes_the_file_it_asked_about_replacing(qtbot: QtBot, qapp: QApplication, workspace: Workspace,
                                                        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """'uger' typed where a file 'uger' and the user's own uger.csv are: the dialog keeps the existing
    name and Qt asks about replacing 'uger'; Export added its own suffix after that answer and wrote
    uger.csv over the spreadsheet nobody was asked about (H68). The file answered for is written."""
    folder = documents_at(monkeypatch, tmp_path)
    (folder / "uger").write_text("mine, no suffix")
    (folder / "uger.csv").write_text("my own spreadsheet")
    parent = QWidget()
    qtbot.addWidget(parent)
    asked: list[str] = []
    wrong = typing(qapp, entered_and_answered(qapp, "uger", QMessageBox.StandardButton.Yes, asked))
    written = export_module.export_file(workspace.repository, workspace.trainee_id, Language.EN, parent)
    assert wrong == []
    assert len(asked) == 1 and "uger already exists" in asked[0]
    assert written == folder / "uger"
    assert (folder / "uger").read_text(encoding="utf-8-sig").startswith("Trainee,Date,")  # the log, as chosen
    assert (folder / "uger.csv").read_text() == "my own spreadsheet"


def test_the_database_files_dialog_keeps_an_existing_file_as_named(qtbot: QtBot, qapp: QApplication,
                                                                    tmp_path: Path) -> None:
    """Preferences' database: an existing 'klinik.db' is the file chosen; a new 'ny' is 'ny.sqlite'."""
    (tmp_path / "klinik.db").write_bytes(b"")
    filters = "glueplan databases (*.sqlite);;All files (*)"
    options = QFileDialog.Option.DontConfirmOverwrite
    typing(qapp, enter("klinik.db"))
    assert file_dialogs.save_file_name(None, "Database file", str(tmp_path), filters, options)[0] == str(
        tmp_path / "klinik.db")
    typing(qapp, enter("ny"))
    assert file_dialogs.save_file_name(None, "Database file", str(tmp_path), filters, options)[0] == str(
        tmp_path / "ny.sqlite")


def test_print_to_file_prints_to_a_real_name_ending_in_pdf(qtbot: QtBot, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """File > Print, Print, Print to File (PDF): Qt's print dialog printed to what its Output file
    held, '*.pdf' or 'ane' (a PDF without its suffix). A pattern is no name (the program's is
    offered in its folder, or the save folder); 'ane' is 'ane.pdf', settled before Qt asks whether to
    replace it, and without a folder it is in the save folder too, not in the home Qt took it to (H68)."""
    from PySide6.QtPrintSupport import QPrintDialog

    from glueplan.ui.print.print_dialog import preview_dialog
    from tests.ui.test_print_sheet import sheet_of

    documents = documents_at(monkeypatch, tmp_path)  # the save folder, not the home Qt puts a bare name in
    preview = preview_dialog(sheet_of("seed-002", Language.DA))
    qtbot.addWidget(preview)
    printed: list[str] = []
    for typed in (tmp_path / "*.pdf", tmp_path / "ane", "*.pdf", "ane"):
        printing = QPrintDialog(preview.printer(), preview)  # as the preview's Print makes it
        qtbot.addWidget(printing)
        printing.show()
        assert QTest.qWaitForWindowActive(printing, 2000)
        output = printing.findChild(QLineEdit, "filename")
        output.setFocus()
        output.setText(str(typed))
        QTest.keyClick(output, Qt.Key.Key_Return)  # Return prints, as the dialog's Print button does
        assert printing.result() == QDialog.DialogCode.Accepted
        printed.append(preview.printer().outputFileName())
    offered = "Gluteus medius stabilitet og styrke - Ane.pdf"
    assert printed == [str(tmp_path / offered), str(tmp_path / "ane.pdf"), str(documents / offered),
                       str(documents / "ane.pdf")]


def test_every_save_is_offered_in_the_save_folder_under_a_name_that_says_whose(
        qtbot: QtBot, qapp: QApplication, workspace: Workspace, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """File > Export… and the chart's saves offered a bare name, so the dialog opened in the folder
    glueplan was started from: where that held a folder named 'glueplan' (a checkout), Export opened
    it with no name at all (H59's walk). Each is offered in the save folder (the last one saved to,
    else Documents) as the printed sheet was; Export's name and the sheet's say whose they are, so
    that three clients' files do not take each other's place."""
    from glueplan.ui.charts.page import ChartsPage
    from glueplan.ui.print.print_dialog import export_pdf
    from glueplan.ui.shared.live_workspace import LiveWorkspace
    from glueplan.ui.shared.saved_file import file_name
    from tests.ui.test_print_sheet import sheet_of

    documents = documents_at(monkeypatch, tmp_path)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "glueplan").mkdir()
    offered: list[tuple[str, str]] = []

    def look(dialog: QFileDialog) -> None:
        offered.append((dialog.directory().absolutePath(), dialog.findChild(QLineEdit, "fileNameEdit").text()))
        dialog.reject()

    name = workspace.trainee.name
    parent = QWidget()
    qtbot.addWidget(parent)
    wrong = typing(qapp, look)
    export_module.export_file(workspace.repository, workspace.trainee_id, Language.EN, parent)
    charts = ChartsPage(LiveWorkspace(workspace, parent))
    qtbot.addWidget(charts)
    for save in (charts.save_png, charts.save_csv):
        wrong += typing(qapp, look)
        save()
    sheet = sheet_of("seed-000", trainee="Ane")
    wrong += typing(qapp, look)
    export_pdf(sheet, parent)
    assert wrong == []
    subject = file_name(f"{charts.subject_title()} - {name}", "")
    sheet_file = file_name(f"{sheet.program} - Ane", ".pdf")
    assert name == "Me"  # the first profile's own file names no one: "Me glueplan" read as a bug
    assert offered == [(str(documents), "glueplan"), (str(documents), f"{subject}.png"),
                       (str(documents), f"{subject}.csv"), (str(documents), sheet_file)]


def test_a_coachs_own_export_beside_a_client_is_offered_under_her_name(
        qtbot: QtBot, qapp: QApplication, workspace: Workspace, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Review 2.3: the first profile's export was offered as "glueplan" beside clients too, while the window's title
    named her; one policy (trainee_names.unnamed_own) names a coach's own "Mig" beside Ane, in the window's
    language (failed before: "glueplan")."""
    documents_at(monkeypatch, tmp_path)
    workspace.repository.add_trainee(Trainee("Ane"))
    offered: list[str] = []

    def look(dialog: QFileDialog) -> None:
        offered.append(dialog.findChild(QLineEdit, "fileNameEdit").text())
        dialog.reject()

    parent = QWidget()
    qtbot.addWidget(parent)
    wrong = typing(qapp, look)
    export_module.export_file(workspace.repository, workspace.trainee_id, Language.DA, parent)
    assert wrong == [] and offered == ["Mig glueplan"]


def test_the_full_backup_is_offered_under_no_trainees_name(qtbot: QtBot, qapp: QApplication, workspace: Workspace,
                                                           tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """File > Export… offered the full backup, which holds every trainee's log, under the shown
    trainee's name (H71's walk: 'Karen Jensen glueplan.json', a file a physiotherapist could hand
    Karen). Each kind chosen in the dialog offers its own name while the user has typed none; a name
    the user typed stays."""
    from PySide6.QtWidgets import QComboBox

    documents = documents_at(monkeypatch, tmp_path)
    parent = QWidget()
    qtbot.addWidget(parent)
    offered: list[str] = []

    def backup_chosen(dialog: QFileDialog) -> None:
        """The last kind, the full backup, chosen from the keyboard as a user does (End in the list)."""
        types = dialog.findChild(QComboBox, "fileTypeCombo")
        types.setFocus()
        QTest.keyClick(types, Qt.Key.Key_End)
        offered.append(dialog.findChild(QLineEdit, "fileNameEdit").text())

    def name_typed(dialog: QFileDialog) -> None:
        box = dialog.findChild(QLineEdit, "fileNameEdit")
        box.setFocus()
        box.selectAll()
        QTest.keyClicks(box, "karen")

    def save_as_offered(dialog: QFileDialog) -> None:
        QTest.keyClick(dialog.findChild(QLineEdit, "fileNameEdit"), Qt.Key.Key_Return)

    wrong = typing(qapp, backup_chosen, save_as_offered)
    written = export_module.export_file(workspace.repository, workspace.trainee_id, Language.EN, parent)
    wrong += typing(qapp, name_typed, backup_chosen, save_as_offered)
    typed = export_module.export_file(workspace.repository, workspace.trainee_id, Language.EN, parent)
    assert wrong == []
    assert offered == [f"glueplan backup {clock.today().isoformat()}", "karen"]
    assert written == documents / f"glueplan backup {clock.today().isoformat()}.json"
    assert typed == documents / "karen.json" and workspace.trainee.name not in written.name


def test_the_dialog_opens_wide_enough_for_its_longest_file_type(qtbot: QtBot, qapp: QApplication,
                                                                tmp_path: Path) -> None:
    """The Norwegian File > Export… cut its first file type at "(*": "Treningslogg for regneark, med semikolon
    og desimalkomma (CSV) (*". The box of file types shows the longest whole, the dialog wider for it."""
    long = "Treningslogg for regneark, med semikolon og desimalkomma (CSV) (*.csv)"
    seen: list[tuple[int, int]] = []

    def look(dialog: QFileDialog) -> None:
        box = dialog.findChild(QComboBox, "fileTypeCombo")
        seen.append((box.width(), box.sizeHint().width()))
        dialog.reject()

    wrong = typing(qapp, look)
    file_dialogs.save_file_name(None, "Eksporter", str(tmp_path / "Kari glueplan"), f"{long};;Plans (CSV) (*.csv)")
    assert wrong == []
    [(width, needed)] = seen
    assert width >= needed
