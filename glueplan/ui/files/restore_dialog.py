"""File > Restore from backup… and, at start, the offer of the newest good backup of a damaged file.

A restore replaces the database file: it happens with the file closed, the current file backed
up first (or, when damaged, kept under another name), and glueplan then opens it again.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QProcess, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from glueplan.domain.language import Language
from glueplan.store.backup import (
    BEFORE_IMPORT,
    BEFORE_RESTORE,
    DAILY,
    BackupFile,
    backups,
    newest_good_backup,
    put_aside,
    restore,
)
from glueplan.store.file_check import DamagedDatabase
from glueplan.store.location import sqlite_file
from glueplan.ui.shared.live_workspace import LiveWorkspace
from glueplan.ui.shared.logged_text import locale_of, short_text
from glueplan.ui.shared.modal import asked
from glueplan.ui.shared.plain_text import ask, plain


class RestoreDialog(QDialog):
    """The backups of a database, newest first, with what each holds; OK restores the chosen one."""

    def __init__(self, path: Path, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.copies = [copy for copy in backups(path) if copy.good]
        locale = locale_of(language)
        self.table = QTableWidget(len(self.copies), 5, self)
        self.table.setHorizontalHeaderLabels([self.tr("Taken"), self.tr("Why"), self.tr("Programs"),
                                              self.tr("Logged sets"), self.tr("Newest set")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)  # a narrow window elides a cell rather than doubling its row
        for row, copy in enumerate(self.copies):
            cells = [(short_text(copy.taken, language), Qt.AlignmentFlag.AlignLeft),
                     (reason_text(copy.reason), Qt.AlignmentFlag.AlignLeft),
                     (locale.toString(copy.programs), Qt.AlignmentFlag.AlignRight),
                     (locale.toString(copy.logged_sets), Qt.AlignmentFlag.AlignRight),
                     (short_text(copy.newest_set, language) if copy.newest_set else "–", Qt.AlignmentFlag.AlignLeft)]
            for column, (text, alignment) in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setTextAlignment(alignment | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the reason takes what is left
        if self.copies:
            self.table.selectRow(0)
        intro = plain(QLabel(self.tr("Backups of %1. The file as it is now is backed up before it is replaced.")
                             .replace("%1", str(path)) if self.copies else
                             self.tr("There are no backups of %1 yet.").replace("%1", str(path))))
        intro.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Restore"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Cancel"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.copies))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(560, 360)

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


def confirmed(copy: BackupFile, language: Language, parent: QWidget | None) -> bool:
    """Ask once more before the database is replaced."""
    question = QCoreApplication.translate("RestoreDialog", "Replace the database with the backup of %1? The file "
                                          "as it is now is backed up first.")
    answer = ask(parent, QMessageBox.Icon.Question, "glueplan",
                 question.replace("%1", short_text(copy.taken, language)),
                 QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def offer_newest_backup(error: DamagedDatabase, language: Language, parent: QWidget | None) -> bool:
    """The database is damaged: say so and offer the newest good backup. On yes the damaged
    file is renamed (kept, never overwritten) and the backup put in its place; True then."""
    copy = newest_good_backup(error.path)
    text = error.text(language)
    if copy is None:
        ask(parent, QMessageBox.Icon.Critical, "glueplan", text)
        return False
    locale = locale_of(language)
    offer = QCoreApplication.translate("RestoreDialog", "Restore the newest good backup, taken %1 (%2 programs, "
                                       "%3 logged sets)? The damaged file is kept beside it under another name.")
    question = "\n\n".join([text, offer.replace("%1", short_text(copy.taken, language))
                            .replace("%2", locale.toString(copy.programs))
                            .replace("%3", locale.toString(copy.logged_sets))])
    answer = ask(parent, QMessageBox.Icon.Critical, "glueplan", question,
                 QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
    if answer != QMessageBox.StandardButton.Yes:
        return False
    put_aside(error.path, "damaged")
    restore(error.path, copy.path)
    return True


def restore_from_menu(live: LiveWorkspace, parent: QWidget) -> bool:
    """File > Restore from backup…: choose a copy, confirm, restore with the database closed, and
    start glueplan again on it. True when restored."""
    store = live.workspace.repository.store
    path = sqlite_file(store.engine.url)
    if path is None:
        ask(parent, QMessageBox.Icon.Information, "glueplan", QCoreApplication.translate(
            "RestoreDialog", "This database is on a server; its backups are made and restored there."))
        return False
    with asked(RestoreDialog(path, live.language, parent)) as dialog:
        copy = dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
    if copy is None or not confirmed(copy, live.language, parent):
        return False
    store.close()
    restore(path, copy.path)
    start_again()
    parent.close()
    return True


def start_again() -> None:
    """A new glueplan with the same command line; this one closes."""
    QProcess.startDetached(sys.orig_argv[0], sys.orig_argv[1:])
