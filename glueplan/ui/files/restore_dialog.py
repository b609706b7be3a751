"""File > Restore from backup… (the copies beside the database, or a backup chosen anywhere: a copy
of the file or the JSON full backup) and, at start, the offer of the newest good backup of a damaged file.

A restore replaces the database file: it happens with the file closed, the current file backed
up first (or, when damaged, kept under another name), and glueplan then opens it again.
"""

from __future__ import annotations

import logging
from pathlib import Path
from tempfile import TemporaryDirectory

from PySide6.QtCore import QCoreApplication, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from glueplan.domain.language import Language
from glueplan.store.atomic_file import WriteFailed
from glueplan.store.backup import (
    BEFORE_IMPORT,
    BEFORE_RESTORE,
    DAILY,
    BackupFile,
    backups,
    newest_good_backup,
    restore,
)
from glueplan.store.chosen_backup import read_chosen
from glueplan.store.errors import StoreError
from glueplan.store.file_check import DamagedDatabase
from glueplan.store.location import sqlite_file
from glueplan.ui.shared import file_dialogs
from glueplan.ui.shared.database_lock import DatabaseLock
from glueplan.ui.shared.live_workspace import LiveWorkspace
from glueplan.ui.shared.logged_text import locale_of, short_text
from glueplan.ui.shared.modal import asked
from glueplan.ui.shared.plain_text import ask, filled, plain
from glueplan.ui.shared.saved_file import save_folder
from glueplan.ui.shared.start_again import start_again


class RestoreDialog(QDialog):
    """The backups of a database, newest first, with what each holds; OK restores the chosen one.
    Choose a file… adds a backup kept elsewhere, checked and made ready in ``scratch`` (read_chosen)."""

    file_read = Signal(object, object)  # from the worker thread: the copy made ready, the file chosen
    file_refused = Signal(str)  # from the worker thread: why the file chosen cannot be restored

    def __init__(self, path: Path, language: Language, parent: QWidget | None = None,
                 scratch: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.path, self.language, self.scratch = path, language, scratch
        self.copies = [copy for copy in backups(path) if copy.good]
        self.sources: dict[Path, Path] = {}  # a chosen file's copy -> the file chosen
        self.table = QTableWidget(len(self.copies), 5, self)
        self.table.setHorizontalHeaderLabels([self.tr("Taken"), self.tr("Why"), self.tr("Programs"),
                                              self.tr("Logged sets"), self.tr("Newest set")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)  # a narrow window elides a cell rather than doubling its row
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # a chosen file's name keeps its end (.json)
        for row, copy in enumerate(self.copies):
            self._show(row, copy)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the reason takes what is left
        if self.copies:
            self.table.selectRow(0)
        intro = plain(QLabel(self.tr("Backups of %1. The file as it is now is backed up before it is replaced.")
                             .replace("%1", str(path)) if self.copies else
                             self.tr("There are no backups of %1 yet.").replace("%1", str(path))))
        intro.setWordWrap(True)
        self.elsewhere_text = self.tr("Choose a file… restores a backup kept elsewhere: a copy of glueplan's "
                                      "database, or the full backup (JSON) that File > Export writes.")
        self.elsewhere = plain(QLabel(self.elsewhere_text))
        self.elsewhere.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.restore_button.setText(self.tr("&Restore"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Cancel"))
        self.restore_button.setEnabled(bool(self.copies))
        self.choose_button = QPushButton(self.tr("Choose a &file…"))
        self.choose_button.setAutoDefault(False)  # Enter restores the chosen row
        self.choose_button.setEnabled(scratch is not None)
        self.choose_button.clicked.connect(self.choose_file)
        self._reader = QThreadPool(self)  # its own: closing waits for this reading only
        self._reader.setMaxThreadCount(1)
        self.file_read.connect(self._add)
        self.file_refused.connect(self._refuse)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        choosing = QHBoxLayout()
        choosing.addWidget(self.elsewhere, 1)
        choosing.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(choosing)
        layout.addWidget(buttons)
        self.resize(620, 360)

    def _show(self, row: int, copy: BackupFile) -> None:
        """Write a copy's cells in ``row``: when, why (a chosen file's name), and what it holds."""
        locale = locale_of(self.language)
        source = self.sources.get(copy.path)
        why = reason_text(copy.reason) if source is None else self.tr("File %1").replace("%1", source.name)
        cells = [(short_text(copy.taken, self.language), Qt.AlignmentFlag.AlignLeft),
                 (why, Qt.AlignmentFlag.AlignLeft),
                 (locale.toString(copy.programs), Qt.AlignmentFlag.AlignRight),
                 (locale.toString(copy.logged_sets), Qt.AlignmentFlag.AlignRight),
                 (short_text(copy.newest_set, self.language) if copy.newest_set else "–", Qt.AlignmentFlag.AlignLeft)]
        for column, (text, alignment) in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setTextAlignment(alignment | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(str(source or copy.path))
            self.table.setItem(row, column, item)

    def choose_file(self) -> None:
        """Ask for a backup kept elsewhere and read it on a worker thread (a JSON backup of ten years
        takes about 4 s): a good one goes first in the list, chosen, a bad one is refused with the reason."""
        name, _kind = file_dialogs.open_file_name(
            self, self.tr("Choose a backup"), str(save_folder()),  # where File > Export saves one
            self.tr("glueplan backups") + " (*.sqlite *.db *.json);;" + self.tr("All files") + " (*)")
        if not name:
            return
        chosen = Path(name)
        self._reading_now(True)
        self.elsewhere.setText(self.tr("Reading %1…").replace("%1", chosen.name))
        self._reader.start(lambda: self._read(chosen))

    def _read(self, chosen: Path) -> None:
        """On the worker thread: the chosen file checked and made ready; the answer is a signal, taken
        on the dialog's thread. There is always one: an exception of any other kind left the dialog
        on 'Reading …' for good (the pool's thread only printed it), so it refuses the file too."""
        assert self.scratch is not None  # the button is enabled only with a place to make a JSON backup's copy
        try:
            copy = read_chosen(chosen, self.path, self.scratch)
        except StoreError as error:
            self.file_refused.emit(error.text(self.language))
        except Exception as error:  # noqa: BLE001 - whatever it is, the file cannot be restored, and the user is told
            logging.getLogger(__name__).exception("Reading the chosen backup %s failed", chosen)
            unusable = StoreError("backup.unusable", path=str(chosen), reason=str(error) or type(error).__name__)
            self.file_refused.emit(unusable.text(self.language))
        else:
            self.file_read.emit(copy, chosen)

    def _reading_now(self, reading: bool) -> None:
        """While a file is read, neither another nor a restore can start."""
        self.choose_button.setEnabled(not reading)
        self.restore_button.setEnabled(not reading and bool(self.copies))
        if reading:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()
            self.elsewhere.setText(self.elsewhere_text)

    def _refuse(self, message: str) -> None:
        self._reading_now(False)
        ask(self, QMessageBox.Icon.Warning, "glueplan", message)

    def _add(self, copy: BackupFile, chosen: Path) -> None:
        self.sources[copy.path] = chosen
        self.copies.insert(0, copy)
        self.table.insertRow(0)
        self._show(0, copy)
        self.table.selectRow(0)
        self._reading_now(False)
        self.restore_button.setFocus()

    def done(self, result: int) -> None:
        """Closed only once a file being read is read: its answer must not outlive the dialog, nor its
        copy the folder it is made in."""
        self._reader.waitForDone()
        super().done(result)

    def chosen(self) -> BackupFile | None:
        rows = self.table.selectionModel().selectedRows()
        return self.copies[rows[0].row()] if rows else None


def reason_text(reason: str) -> str:
    """Why a copy was taken, as the list says it (store/backup.py names the reasons)."""
    if reason == DAILY:
        return QCoreApplication.translate("RestoreDialog", "Daily")
    if reason == BEFORE_IMPORT:
        return QCoreApplication.translate("RestoreDialog", "Before an import")
    if reason == BEFORE_RESTORE:
        return QCoreApplication.translate("RestoreDialog", "Before a restore")
    return QCoreApplication.translate("RestoreDialog", "Before a database update")


def confirmed(copy: BackupFile, source: Path | None, language: Language, parent: QWidget | None,
              others: int = 0) -> bool:
    """Ask once more before the database is replaced (with what ``source``, a file chosen, holds),
    saying so when ``others`` other copies of glueplan have it open: they are left on the file
    replaced, which they can no longer save into, and have to be started again."""
    if source is None:
        question = filled(QCoreApplication.translate("RestoreDialog", "Replace the database with the backup of %1? "
                                                     "The file as it is now is backed up first."),
                          short_text(copy.taken, language))
    else:
        question = filled(QCoreApplication.translate("RestoreDialog", "Replace the database with what “%1” holds "
                                                     "(%2, %3)? The file as it is now is backed up first."),
                          str(source), *counts(copy))
    if others:
        question += "\n\n" + RestoreDialog.tr(
            "glueplan is also open on this database in %n other windows. After the restore they can save "
            "nothing more, and have to be closed and started again.", "", others)
    answer = ask(parent, QMessageBox.Icon.Question, "glueplan", question,
                 QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def counts(copy: BackupFile) -> tuple[str, str]:
    """What a good copy holds, as a sentence says it: '1 program', '12 logged sets' (Qt's plural
    forms, da and nb in their .ts files), where '%2 programs' read '1 programs'. The class's tr, as
    lupdate takes a plural form only from a tr call (QCoreApplication.translate's n it files as none)."""
    return (RestoreDialog.tr("%n programs", "", copy.programs or 0),
            RestoreDialog.tr("%n logged sets", "", copy.logged_sets or 0))


def offer_newest_backup(error: DamagedDatabase, language: Language, parent: QWidget | None) -> bool:
    """The database is damaged: say so and offer the newest good backup. On yes the damaged
    file is renamed (kept, never overwritten) and the backup put in its place; True then. A copy
    that cannot be read (gone since it was found) changes nothing: StoreError, said at start."""
    copy = newest_good_backup(error.path)
    text = error.text(language)
    if copy is None:
        ask(parent, QMessageBox.Icon.Critical, "glueplan", text)
        return False
    offer = filled(QCoreApplication.translate("RestoreDialog", "Restore the newest good backup, taken %1 (%2, %3)? "
                                              "The damaged file is kept beside it under another name."),
                   short_text(copy.taken, language), *counts(copy))
    question = "\n\n".join([text, offer])
    answer = ask(parent, QMessageBox.Icon.Critical, "glueplan", question,
                 QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
    if answer != QMessageBox.StandardButton.Yes:
        return False
    restore(error.path, copy.path, damaged=True)  # the copy read first: the damaged file goes aside only then
    return True


def restore_from_menu(live: LiveWorkspace, parent: QWidget) -> bool:
    """File > Restore from backup…: choose a copy, confirm, restore with the database closed, and
    start glueplan again on it. True when restored. A restore that fails (the chosen copy gone with
    its USB stick since it was read) says why, and glueplan starts again on the database as it was:
    the error went up out of the menu and left the window on the closed store, saying nothing."""
    store = live.workspace.repository.store
    path = sqlite_file(store.engine.url)
    if path is None:
        ask(parent, QMessageBox.Icon.Information, "glueplan", QCoreApplication.translate(
            "RestoreDialog", "This database is on a server; its backups are made and restored there."))
        return False
    with TemporaryDirectory(prefix="glueplan-restore-") as scratch, \
            asked(RestoreDialog(path, live.language, parent, Path(scratch))) as dialog:
        copy = dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
        if copy is None:
            return False
        source, lock = dialog.sources.get(copy.path), live.findChild(DatabaseLock)
        if not confirmed(copy, source, live.language, parent, lock.others() if lock else 0):
            return False
        store.close()
        try:
            kept_as = restore(path, copy.path)  # a JSON backup's copy in scratch is read whole here, before it goes
        except (StoreError, WriteFailed) as error:
            again = QCoreApplication.translate("RestoreDialog", "glueplan opens the database again.")
            ask(parent, QMessageBox.Icon.Warning, "glueplan", f"{error.text(live.language)}\n\n{again}")
            news, restored = "", False
        else:
            news, restored = restored_news(path, copy, source, kept_as, live.language), True
    start_again(news)
    parent.close()
    return restored


def restored_news(path: Path, copy: BackupFile, source: Path | None, kept_as: Path | None, language: Language) -> str:
    """What the window glueplan starts again in says first: which backup is now the database at
    ``path``, and where the database as it was went (a backup of it listed here, or a damaged file's name)."""
    restored = (filled(QCoreApplication.translate("RestoreDialog", "Restored the backup of %1."),
                       short_text(copy.taken, language)) if source is None else
                filled(QCoreApplication.translate("RestoreDialog", "Restored the backup %1."), str(source)))
    if kept_as is None:
        return restored
    kept = next((backup for backup in backups(path, read=False) if backup.path.name == kept_as.name), None)
    before = (filled(QCoreApplication.translate("RestoreDialog", "The database as it was is kept as the backup of "
                                                "%1 (File > Restore from backup)."), short_text(kept.taken, language))
              if kept is not None else
              filled(QCoreApplication.translate("RestoreDialog", "The database as it was could not be read; it is "
                                                "kept as %1."), str(kept_as)))
    return f"{restored} {before}"
