"""File > Restore from backup… and, at start, the offer of the newest good backup of a damaged file.

A restore replaces the database file: it happens with the file closed, the current file backed
up first (or, when damaged, kept under another name), and glueplan then opens it again.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QProcess
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from glueplan.domain.language import Language
from glueplan.store.backup import BackupFile, backups, newest_good_backup, put_aside, restore
from glueplan.store.file_check import DamagedDatabase
from glueplan.store.location import sqlite_file
from glueplan.ui.shared.live_workspace import LiveWorkspace
from glueplan.ui.shared.logged_text import locale_of
from glueplan.ui.shared.plain_text import ask, plain


class RestoreDialog(QDialog):
    """The backups of a database, newest first, with what each holds; OK restores the chosen one."""

    def __init__(self, path: Path, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.copies = [copy for copy in backups(path) if copy.good]
        locale = locale_of(language)
        self.table = QTableWidget(len(self.copies), 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Taken"), self.tr("Programs"), self.tr("Logged sets"),
                                              self.tr("Newest set")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for row, copy in enumerate(self.copies):
            newest = locale.toString(copy.newest_set, QLocale.FormatType.ShortFormat) if copy.newest_set else "–"
            cells = [locale.toString(copy.taken, QLocale.FormatType.ShortFormat), str(copy.programs),
                     str(copy.logged_sets), newest]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        if self.copies:
            self.table.selectRow(0)
        intro = plain(QLabel(self.tr("Backups of %1. The file as it is now is backed up before it is replaced.")
                             .replace("%1", str(path)) if self.copies else
                             self.tr("There are no backups of %1 yet.").replace("%1", str(path))))
        intro.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Restore"))
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


def confirmed(copy: BackupFile, parent: QWidget | None) -> bool:
    """Ask once more before the database is replaced."""
    question = QCoreApplication.translate("RestoreDialog", "Replace the database with the backup of %1? The file "
                                          "as it is now is backed up first.")
    answer = ask(parent, QMessageBox.Icon.Question, "glueplan",
                 question.replace("%1", copy.taken.strftime("%Y-%m-%d %H:%M")),
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
    taken = copy.taken.strftime("%Y-%m-%d %H:%M")
    offer = QCoreApplication.translate("RestoreDialog", "Restore the newest good backup, taken %1 (%2 programs, "
                                       "%3 logged sets)? The damaged file is kept beside it under another name.")
    question = "\n\n".join([text, offer.replace("%1", taken).replace("%2", str(copy.programs))
                            .replace("%3", str(copy.logged_sets))])
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
    dialog = RestoreDialog(path, live.language, parent)
    copy = dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
    if copy is None or not confirmed(copy, parent):
        return False
    store.close()
    restore(path, copy.path)
    start_again()
    parent.close()
    return True


def start_again() -> None:
    """A new glueplan with the same command line; this one closes."""
    QProcess.startDetached(sys.orig_argv[0], sys.orig_argv[1:])
