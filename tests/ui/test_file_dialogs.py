"""A file dialog opened in the database's folder leaves the window's hold on the database alone.

Qt's own dialog read every file it listed to tell its type, the database, its -wal and -shm too,
and closing a file drops every POSIX lock the process holds on it: SQLite's locks with them. A
second glueplan (or `glueplan export`) on the file then took itself for the last one when it
closed, checkpointed and deleted the write-ahead log, and what the first window saved after that
went into a deleted file: shown in that window, not in the other or in the file (a set deleted in
one window stayed in the other's History; a set logged was not in the file until that glueplan
quit). Seen as a Norwegian coach with two windows on one file, after File > Export."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from glueplan.app.workspace import Workspace
from glueplan.domain.language import Language
from glueplan.ui.files.export import export_file

from tests.conftest import seed_000

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="POSIX locks as Linux keeps them")

ANOTHER_PROCESS = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1])
print(connection.execute("SELECT count(*) FROM program").fetchone()[0])
connection.close()  # the last connection closing checkpoints and deletes the -wal file
"""


def programs_seen_from_another_process(path: Path) -> int:
    done = subprocess.run([sys.executable, "-c", ANOTHER_PROCESS, str(path)], capture_output=True, text=True,
                          check=True, timeout=60)
    return int(done.stdout)


def close_the_dialog_once_it_has_listed_the_folder(qapp: QApplication) -> None:
    def close() -> None:
        dialog = qapp.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(50, close)
            return
        end = time.monotonic() + 1.5  # Qt lists and looks at the files on a thread of its own
        while time.monotonic() < end:
            qapp.processEvents()
            time.sleep(0.02)
        dialog.reject()
    QTimer.singleShot(0, close)


def test_exporting_from_the_databases_folder_loses_nothing_saved_afterwards(
        qtbot: QtBot, qapp: QApplication, workspace: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    path = Path(str(workspace.repository.store.engine.url.database))
    assert path.with_name(path.name + "-wal").exists()
    monkeypatch.chdir(path.parent)  # the dialog opens where the database is
    parent = QWidget()
    qtbot.addWidget(parent)
    close_the_dialog_once_it_has_listed_the_folder(qapp)
    assert export_file(workspace.repository, workspace.trainee_id, Language.NB, parent) is None
    assert programs_seen_from_another_process(path) == 1  # another glueplan opened and closed the file
    workspace.repository.add_program(workspace.trainee_id, seed_000(), "seed-000")  # saved in this window
    assert programs_seen_from_another_process(path) == 2
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_completing_the_print_dialogs_output_file_in_the_databases_folder_loses_nothing_saved_afterwards(
        qtbot: QtBot, qapp: QApplication, workspace: Workspace) -> None:
    """File > Print, then Print in the preview, and the print dialog's Output file typed toward the
    database's folder: Qt's own completer listed that folder with Qt's icons, reading the -wal and
    the -shm (H47's walk: a new trainee and four minutes of edits were lost)."""
    from PySide6.QtPrintSupport import QPrintDialog
    from PySide6.QtWidgets import QFileSystemModel, QLineEdit

    from glueplan.ui.print.print_dialog import preview_dialog
    from tests.ui.test_print_sheet import sheet_of

    path = Path(str(workspace.repository.store.engine.url.database))
    preview = preview_dialog(sheet_of("seed-000"))
    qtbot.addWidget(preview)
    printing = QPrintDialog(preview.printer(), preview)  # as the preview's Print makes it
    printing.show()
    files = printing.findChild(QLineEdit, "filename").completer().model()
    assert isinstance(files, QFileSystemModel)
    folder = files.index(str(path.parent))
    files.fetchMore(folder)  # what typing the folder's name does: the completer lists it
    end = time.monotonic() + 1.5  # Qt lists and looks at the files on a thread of its own
    while time.monotonic() < end:
        qapp.processEvents()
        time.sleep(0.02)
    assert files.rowCount(folder) >= 3  # the database, its -wal and its -shm
    printing.reject()
    assert programs_seen_from_another_process(path) == 1
    workspace.repository.add_program(workspace.trainee_id, seed_000(), "seed-000")
    assert programs_seen_from_another_process(path) == 2


def test_the_print_dialogs_browse_button_asks_with_glueplans_file_dialog(
        qtbot: QtBot, qapp: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The print dialog's … button opened Qt's own file dialog, which read every file of the
    folder it showed: in the database's folder, that cost the window its locks (H52's walk)."""
    from PySide6.QtPrintSupport import QPrintDialog
    from PySide6.QtWidgets import QAbstractButton, QLineEdit

    from glueplan.ui.print.print_dialog import preview_dialog
    from glueplan.ui.shared import file_dialogs
    from tests.ui.test_print_sheet import sheet_of

    asked: list[str] = []
    monkeypatch.setattr(file_dialogs, "save_file_name",
                        lambda _parent, _caption, directory, _filters: (asked.append(directory) or
                                                                        (str(tmp_path / "ida.pdf"), "PDF (*.pdf)")))
    qts: list[str] = []

    def close_qts_own() -> None:  # were it Qt's own, modal: closed, and counted
        dialog = qapp.activeModalWidget()
        if isinstance(dialog, QFileDialog):
            qts.append(dialog.directory().path())
            dialog.reject()

    preview = preview_dialog(sheet_of("seed-000"))
    qtbot.addWidget(preview)
    printing = QPrintDialog(preview.printer(), preview)  # as the preview's Print makes it
    printing.show()
    QTimer.singleShot(500, close_qts_own)
    printing.findChild(QAbstractButton, "fileBrowser").click()
    assert qts == [] and len(asked) == 1
    assert printing.findChild(QLineEdit, "filename").text() == str(tmp_path / "ida.pdf")


def test_nothing_is_printed_into_the_database(qtbot: QtBot, workspace: Workspace,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """Print to file named the database itself (Qt's dialog asks only whether to replace it): the
    pages would have been written over the open database. It is said, and nothing is written."""
    from PySide6.QtPrintSupport import QPrinter

    import glueplan.ui.print.print_dialog as print_dialog
    from tests.ui.test_print_sheet import sheet_of

    said: list[str] = []
    monkeypatch.setattr(print_dialog, "ask", lambda _parent, _icon, _title, text: said.append(text))
    path = Path(str(workspace.repository.store.engine.url.database))
    before = path.read_bytes()
    preview = print_dialog.preview_dialog(sheet_of("seed-000"), language=Language.DA)
    qtbot.addWidget(preview)
    printer = preview.printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    preview.paintRequested.emit(printer)
    assert path.read_bytes() == before
    assert len(said) == 1 and "en fil i den database, glueplan har åben" in said[0]
