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
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QFileSystemModel, QWidget
from pytestqt.qtbot import QtBot

from glueplan.app.workspace import Workspace
from glueplan.domain.language import Language
from glueplan.ui.files.export import export_file
from glueplan.ui.shared.saved_file import FOLDER_KEY

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


LISTING_MS = 60_000  # at most: a loaded machine took more than the 1.5 s once allowed


def listed(files: QFileSystemModel, folder: Path) -> set[str]:
    """The names ``files`` has taken in from ``folder``: Qt lists it on a thread of its own and gives each file its
    icon and type as the names come back to the event loop, a while later on a loaded machine."""
    at = files.index(str(folder))
    return {files.fileName(files.index(row, 0, at)) for row in range(files.rowCount(at))}


def database_files(path: Path) -> set[str]:
    return {path.name, f"{path.name}-wal", f"{path.name}-shm"}


def close_the_dialog_once_it_has_listed_the_database(qtbot: QtBot, qapp: QApplication, path: Path) -> None:
    """Once the modal file dialog shows, wait until its list has taken in the database's three files (hidden by
    the dialog's file types: shown greyed for the count), then close it."""
    def close() -> None:
        dialog = qapp.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(50, close)
            return
        files = dialog.findChild(QFileSystemModel)
        try:
            files.setNameFilterDisables(True)
            qtbot.waitUntil(lambda: database_files(path) <= listed(files, path.parent), timeout=LISTING_MS)
        finally:
            dialog.reject()
    QTimer.singleShot(0, close)


def test_exporting_from_the_databases_folder_loses_nothing_saved_afterwards(
        qtbot: QtBot, qapp: QApplication, workspace: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    path = Path(str(workspace.repository.store.engine.url.database))
    assert path.with_name(path.name + "-wal").exists()
    monkeypatch.chdir(path.parent)  # glueplan started there: Qt's dialog lists that folder as it is made
    QSettings().setValue(FOLDER_KEY, str(path.parent))  # and saved to there last: the dialog shows it
    parent = QWidget()
    qtbot.addWidget(parent)
    close_the_dialog_once_it_has_listed_the_database(qtbot, qapp, path)
    assert export_file(workspace.repository, workspace.trainee_id, Language.NB, parent) is None
    assert programs_seen_from_another_process(path) == 1  # another glueplan opened and closed the file
    workspace.repository.add_program(workspace.trainee_id, seed_000(), "seed-000")  # saved in this window
    assert programs_seen_from_another_process(path) == 2
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_completing_the_print_dialogs_output_file_in_the_databases_folder_loses_nothing_saved_afterwards(
        qtbot: QtBot, workspace: Workspace) -> None:
    """File > Print, then Print in the preview, and the print dialog's Output file typed toward the
    database's folder: Qt's own completer listed that folder with Qt's icons, reading the -wal and
    the -shm (H47's walk: a new trainee and four minutes of edits were lost)."""
    from PySide6.QtPrintSupport import QPrintDialog
    from PySide6.QtWidgets import QLineEdit

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
    qtbot.waitUntil(lambda: database_files(path) <= listed(files, path.parent), timeout=LISTING_MS)
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
    watch = QTimer()  # stopped with the test: a timer left to fire later closed the next test's file dialog
    watch.timeout.connect(close_qts_own)
    watch.start(50)
    printing.findChild(QAbstractButton, "fileBrowser").click()
    watch.stop()
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


DESKTOPS_OWN_DIALOG = """
import os, sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog
from glueplan.store.database import open_store
from glueplan.store.location import database_url
from glueplan.ui.shared import file_dialogs

app = QApplication([])
path = Path(sys.argv[1])
store = open_store(database_url(str(path)))
with store.transaction():
    pass
inode = os.stat(path)
name = f"{os.major(inode.st_dev):02x}:{os.minor(inode.st_dev):02x}:{inode.st_ino}"

def held() -> int:
    with open("/proc/locks") as locks:
        return sum(1 for line in locks if line.split()[4:6] == [str(os.getpid()), name])

def look_and_close() -> None:
    end = time.monotonic() + 2  # the dialog lists the folder (GTK's on threads of its own)
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)
    print("locks", held(), flush=True)
    for widget in app.topLevelWidgets():
        if isinstance(widget, QFileDialog):
            widget.reject()

print("before", held(), flush=True)
os.chdir(path.parent)  # started from the database's folder: Qt's constructor gave GTK's dialog that one
QTimer.singleShot(100, look_and_close)
file_dialogs.open_file_name(None, "Import history", str(path.parent), "All files (*)")
store.close()
"""


def _gtk_theme_available() -> bool:
    import shutil
    from importlib.util import find_spec

    spec = find_spec("PySide6")
    plugins = Path(spec.origin).parent / "Qt" / "plugins" / "platformthemes" if spec and spec.origin else None
    return shutil.which("xvfb-run") is not None and plugins is not None and (plugins / "libqgtk3.so").exists()


@pytest.mark.skipif(not _gtk_theme_available(), reason="needs xvfb-run and Qt's GTK platform theme")
def test_the_desktops_own_file_dialog_leaves_the_database_locked(tmp_path: Path) -> None:
    """On GNOME (and every desktop where Qt loads its GTK theme) the file dialog was GTK's own,
    in this process, which reads the files it lists to tell their type: every POSIX lock the
    process held on the database was gone while it showed the database's folder (none where
    SQLite holds one), as with Qt's own dialog before name-only icons. Qt makes GTK's dialog in
    QFileDialog's constructor, which lists the current folder even when the dialog is then told
    not to be native: glueplan started from the database's folder lost its locks that way."""
    import os

    environment = {**os.environ, "QT_QPA_PLATFORM": "xcb", "QT_QPA_PLATFORMTHEME": "gtk3"}
    environment.pop("FLATPAK_ID", None)
    environment.pop("SNAP", None)
    done = subprocess.run(["xvfb-run", "-a", sys.executable, "-c", DESKTOPS_OWN_DIALOG, str(tmp_path / "g.sqlite")],
                          capture_output=True, text=True, timeout=120, env=environment,
                          cwd=Path(__file__).resolve().parents[2])
    said = dict(line.split() for line in done.stdout.splitlines() if line.startswith(("before", "locks")))
    assert done.returncode == 0 and said["before"] != "0", done.stderr[-2000:]
    assert said["locks"] == said["before"]


def test_the_platforms_file_dialog_only_in_a_sandbox(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """The platform's own dialog is used where it runs in another process: the desktop portal's,
    which a Flatpak or a Snap needs to reach the user's files at all."""
    from glueplan.ui.shared import file_dialogs

    from PySide6.QtCore import QCoreApplication, Qt

    native: list[bool] = []
    attribute = Qt.ApplicationAttribute.AA_DontUseNativeDialogs

    def shown(dialog: QFileDialog) -> int:
        native.append(not QCoreApplication.testAttribute(attribute)
                      and not dialog.testOption(QFileDialog.Option.DontUseNativeDialog))
        return QFileDialog.DialogCode.Rejected

    monkeypatch.setattr(QFileDialog, "exec", shown)
    monkeypatch.delenv("SNAP", raising=False)
    monkeypatch.delenv("QT_QPA_PLATFORMTHEME", raising=False)
    file_dialogs.open_file_name(None, "Import history", "", "All files (*)")
    file_dialogs.save_file_name(None, "Database file", "", "glueplan databases (*.sqlite)",
                                options=QFileDialog.Option.DontConfirmOverwrite)
    monkeypatch.setenv("SNAP", "/snap/glueplan/1")
    file_dialogs.save_file_name(None, "Export", "", "PDF (*.pdf)")
    QCoreApplication.setAttribute(attribute, False)  # as Qt has it: other tests' dialogs are Qt's own anyway
    assert native == ([False, False, True] if not Path("/.flatpak-info").exists() else [True, True, True])
