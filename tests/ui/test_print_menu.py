"""File > Print (a print preview, from which the user prints) and Export PDF in the whole window,
printed for real: the dialogs' exec is replaced by what a user does in them, the printer or file
is given."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from glueplan.app.opening import open_workspace
from glueplan.app.workspace import Workspace
from glueplan.domain.language import Language
from glueplan.domain.paper import Paper
from glueplan.domain.trainee import kilograms
from glueplan.store.repository import Repository
from glueplan.ui.main_window import MainWindow
from glueplan.ui.print.print_dialog import PrintOptionsDialog
from glueplan.ui.shared import file_dialogs
from glueplan.ui.shared.live_workspace import LiveWorkspace
from tests.conftest import on_screen
from tests.ui.test_print_sheet import read_pages

Choose = Callable[[PrintOptionsDialog], None]


def window_on(qtbot: QtBot, workspace: Workspace) -> MainWindow:
    window = MainWindow(workspace.catalog, Language.EN)
    window.attach(LiveWorkspace(workspace, window))
    return on_screen(qtbot, window, 1400, 900)


def choosing(monkeypatch: pytest.MonkeyPatch, choose: Choose) -> list[PrintOptionsDialog]:
    """The options dialog accepts at once with these choices; the dialogs shown are returned."""
    shown: list[PrintOptionsDialog] = []

    def accept(dialog: PrintOptionsDialog) -> int:
        shown.append(dialog)
        choose(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PrintOptionsDialog, "exec", accept)
    return shown


def printing_from_the_preview(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The print preview shows its pages and the user presses Print; the page counts shown are
    returned."""
    counted: list[int] = []

    def print_from(dialog: QPrintPreviewDialog) -> int:
        preview = dialog.findChild(QPrintPreviewWidget)
        preview.updatePreview()
        counted.append(preview.pageCount())
        preview.print_()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintPreviewDialog, "exec", print_from)
    return counted


def danish_letter_week_two(dialog: PrintOptionsDialog) -> None:
    dialog.language.setCurrentIndex(dialog.language.findData("da"))
    dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
    dialog.first_week.setValue(2)
    dialog.illustrations.setChecked(False)


def pdf_printer(out: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    return printer


def test_printing_is_offered_only_while_a_program_is_open(qtbot: QtBot, repository: Repository) -> None:
    window = window_on(qtbot, open_workspace(repository.store, Language.EN, kilograms))
    assert not any(action.isEnabled() for action in window.print_actions)
    window.programs_page().template_cards[1].start_button.click()
    assert all(action.isEnabled() for action in window.print_actions)


def test_ctrl_p_opens_the_print_preview(qtbot: QtBot, workspace: Workspace,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    choosing(monkeypatch, lambda dialog: None)
    counted: list[int] = []

    def show(dialog: QPrintPreviewDialog) -> int:
        preview = dialog.findChild(QPrintPreviewWidget)
        preview.updatePreview()
        counted.append(preview.pageCount())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(QPrintPreviewDialog, "exec", show)
    window = window_on(qtbot, workspace)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert counted and counted[0] > 3


def test_printing_from_the_preview_prints_the_chosen_options(qtbot: QtBot, workspace: Workspace, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    shown = choosing(monkeypatch, danish_letter_week_two)
    counted = printing_from_the_preview(monkeypatch)
    out = tmp_path / "printed.pdf"
    window = window_on(qtbot, workspace)
    window.print_program(pdf_printer(out))
    assert shown and shown[0].options().paper is Paper.LETTER
    pages = read_pages(out)
    assert counted == [len(pages)]
    everything = " ".join(pages)
    assert "Uge 2 · " in everything and "Uge 1 ·" not in everything  # Danish, week 2 only
    assert "Side 1 af" in pages[0]


def test_the_options_are_remembered(qtbot: QtBot, workspace: Workspace, tmp_path: Path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    choosing(monkeypatch, danish_letter_week_two)
    printing_from_the_preview(monkeypatch)
    window = window_on(qtbot, workspace)
    window.print_program(pdf_printer(tmp_path / "first.pdf"))
    again = choosing(monkeypatch, lambda dialog: None)
    window.print_program(pdf_printer(tmp_path / "second.pdf"))
    options = again[0].options()
    assert (options.language, options.paper, options.illustrations, options.log_grids) == (
        Language.DA, Paper.LETTER, False, True)
    assert options.weeks is None  # the weeks belong to the program printed then


def test_export_pdf_writes_the_file_the_user_names(qtbot: QtBot, workspace: Workspace, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    choosing(monkeypatch, lambda dialog: dialog.log_grids.setChecked(False))
    monkeypatch.setattr(file_dialogs, "save_file_name", lambda *args: (str(tmp_path / "ane.pdf"), "PDF (*.pdf)"))
    window = window_on(qtbot, workspace)
    window.print_actions[1].trigger()
    pages = read_pages(tmp_path / "ane.pdf")
    assert "Weeks 1–2" in pages[0] and "Notes" not in " ".join(pages)  # no log grids
    assert not list(tmp_path.glob("*.part"))


def test_export_pdf_offers_the_programs_name_as_a_file_name(qtbot: QtBot, workspace: Workspace,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """Seen as a new Norwegian user: 'Seteprogram: tre økter' was offered as 'Seteprogram  tre
    økter.pdf', with two spaces where the colon (no file name may hold one) had been."""
    choosing(monkeypatch, lambda dialog: None)
    offered: list[str] = []
    monkeypatch.setattr(file_dialogs, "save_file_name", lambda *args: offered.append(args[2]) or ("", ""))
    window = window_on(qtbot, workspace)
    window.print_actions[1].trigger()
    # The first profile's own sheet is named by the program alone: "… - Me.pdf" read as someone else's.
    assert [Path(name).name for name in offered] == ["Glute program three workouts.pdf"]



def test_ctrl_p_prints_from_the_preview(qtbot: QtBot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    """The preview's Print button is a tool button that Tab never reaches: the keyboard had no way to print."""
    choosing(monkeypatch, lambda dialog: None)
    keys: list[list[str]] = []

    def show(dialog: QPrintPreviewDialog) -> int:
        printing = QCoreApplication.translate("QPrintPreviewDialog", "Print")
        keys.extend([key.toString() for key in action.shortcuts()] for action in dialog.findChildren(QAction)
                    if action.text() == printing)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(QPrintPreviewDialog, "exec", show)
    window_on(qtbot, workspace).print_program()
    assert keys == [[QKeySequence(QKeySequence.StandardKey.Print).toString()]]


def test_a_closed_preview_is_deleted(qtbot: QtBot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each Print left its preview behind, hidden, as a child of the window, with every page it had
    drawn: 4.6 MB more each time for seed-000, until the window closed."""
    choosing(monkeypatch, lambda dialog: None)
    monkeypatch.setattr(QPrintPreviewDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    window = window_on(qtbot, workspace)
    window.print_program()
    window.print_program()
    qtbot.waitUntil(lambda: not window.findChildren(QPrintPreviewDialog), timeout=2000)


def test_a_sheets_file_name_holds_letters_digits_spaces_and_dashes_only() -> None:
    """A Danish physiotherapist's planned program was offered as 'Balleplan (ballerne): 3× om
    ugen, 30 min.pdf': a colon no USB stick or Windows takes, a × no keyboard types."""
    from glueplan.ui.shared.saved_file import file_name

    assert file_name("Balleplan (ballerne): 3× om ugen, 30 min", ".pdf") == "Balleplan ballerne 3x om ugen 30 min.pdf"
    assert file_name("Æble/Øl & Ål – 8–10 «let»", ".pdf") == "Æble Øl Ål - 8-10 let.pdf"
    assert file_name(":?*", ".pdf") == "glueplan.pdf"


def documents_at(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """A home of the test's own with a Documents folder, which QStandardPaths finds by $HOME."""
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))  # no user-dirs.dirs there: ~/Documents
    return home / "Documents"


def test_export_pdf_offers_the_documents_folder_then_the_last_one_saved_to(
        qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from glueplan.ui.print.print_dialog import export_pdf
    from tests.ui.test_print_sheet import sheet_of

    documents = documents_at(monkeypatch, tmp_path)
    stick = tmp_path / "stick"
    stick.mkdir()
    offered: list[Path] = []

    def save_to(folder: Path) -> None:
        monkeypatch.setattr(file_dialogs, "save_file_name",
                            lambda *args: offered.append(Path(args[2])) or (str(folder / "ane.pdf"), ""))

    sheet = sheet_of("seed-002", Language.DA)
    save_to(stick)
    assert export_pdf(sheet) == stick / "ane.pdf"
    export_pdf(sheet)
    (stick / "ane.pdf").unlink()
    stick.rmdir()  # the stick taken out
    save_to(documents)
    export_pdf(sheet)
    name = "Gluteus medius stabilitet og styrke - Ane.pdf"
    assert offered == [documents / name, stick / name, documents / name]


def test_printing_to_a_file_offers_a_safe_name_in_the_last_folder_saved_to(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Print to file in Qt's print dialog offered the program's name with its colon, in the home folder."""
    from PySide6.QtPrintSupport import QPrintDialog
    from PySide6.QtWidgets import QLineEdit

    from glueplan.ui.print.print_dialog import preview_dialog
    from glueplan.ui.shared.saved_file import save_folder
    from tests.ui.test_print_sheet import sheet_of

    documents = documents_at(monkeypatch, tmp_path)
    preview = preview_dialog(sheet_of("seed-002", Language.DA))
    qtbot.addWidget(preview)
    printing = QPrintDialog(preview.printer(), preview)  # as the preview's Print makes it
    printing.show()
    offered = printing.findChild(QLineEdit, "filename").text()
    assert offered == str(documents / "Gluteus medius stabilitet og styrke - Ane.pdf")
    printing.reject()
    stick = tmp_path / "stick"
    stick.mkdir()
    preview.printer().setOutputFileName(str(stick / "ane.pdf"))  # what the print dialog sets
    preview.paintRequested.emit(preview.printer())  # and then prints
    assert read_pages(stick / "ane.pdf") and save_folder() == stick  # the folder Export PDF offers next


@pytest.mark.qt_log_ignore("QPainter::begin")  # the file that cannot be opened
def test_a_file_that_could_not_be_printed_to_is_not_the_folder_remembered(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The folder was remembered after printing to a file whether or not the file was written."""
    from glueplan.ui.print.print_dialog import preview_dialog
    from glueplan.ui.shared.saved_file import save_folder
    from tests.ui.test_print_sheet import sheet_of

    documents = documents_at(monkeypatch, tmp_path)
    preview = preview_dialog(sheet_of("seed-002", Language.DA))
    qtbot.addWidget(preview)
    stick = tmp_path / "stick"
    (stick / "ane.pdf").mkdir(parents=True)  # a folder where the file would be: it cannot be opened
    preview.printer().setOutputFileName(str(stick / "ane.pdf"))
    preview.paintRequested.emit(preview.printer())
    assert save_folder() == documents


def test_a_remembered_folder_that_cannot_be_read_offers_documents(
        qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A stick pulled out while mounted, or a network folder gone stale, answers stat with an
    input/output error, which Path.is_dir raises: Export PDF then failed in Qt's event loop."""
    from PySide6.QtCore import QSettings

    from glueplan.ui.shared.saved_file import FOLDER_KEY, save_folder
    from tests.ui.failing_stat import stat_fails

    documents = documents_at(monkeypatch, tmp_path)
    stick = tmp_path / "stick"
    QSettings().setValue(FOLDER_KEY, str(stick))
    stat_fails(monkeypatch, stick)
    assert save_folder() == documents


def test_export_pdf_that_cannot_be_written_says_so_as_every_save_does(
        qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Export PDF said a failure in words of its own, filled one placeholder after the other: a
    folder named with '%2' was said with the reason in its name. It says it as every save does
    (saved_file.save_or_say: the path as it is, the reason in the window's language), and keeps no
    folder it could not save to."""
    from glueplan.store.atomic_file import WriteFailed
    from glueplan.ui.print.print_dialog import export_pdf
    from glueplan.ui.shared.saved_file import save_folder
    from tests.ui.test_print_sheet import sheet_of

    documents = documents_at(monkeypatch, tmp_path)
    gone = tmp_path / "week %2 plans" / "ane.pdf"  # its folder is not there
    monkeypatch.setattr(file_dialogs, "save_file_name", lambda *args: (str(gone), ""))
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: said.append(box.text()) or QMessageBox.StandardButton.Ok)
    assert export_pdf(sheet_of("seed-002", Language.DA)) is None
    expected = WriteFailed(gone, FileNotFoundError(2, "No such file or directory")).text(Language.DA)
    assert said == [expected] and save_folder() == documents
