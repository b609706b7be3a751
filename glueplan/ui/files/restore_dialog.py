"""File > Restore from backup… (the copies beside the database, or a backup chosen anywhere: a copy
of the file or the JSON full backup) and, at start, the offer of the newest good backup of a damaged file.

A restore replaces the database file: it happens with the file closed, the current file backed
up first (or, when damaged, kept under another name), and glueplan then opens it again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStyle,
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
    Loss,
    backups,
    lost_since,
    newest_good_backup,
    restore,
)
from glueplan.store.chosen_backup import read_chosen
from glueplan.store.errors import StoreError
from glueplan.store.file_check import DamagedDatabase
from glueplan.store.location import sqlite_file
from glueplan.ui.files.export import backup_name
from glueplan.ui.files.own_backups import own_backup_files
from glueplan.ui.shared import file_dialogs
from glueplan.ui.shared.database_lock import DatabaseLock
from glueplan.ui.shared.keyboard_focus import choose_current_when_tabbed_into
from glueplan.ui.shared.live_workspace import LiveWorkspace
from glueplan.ui.shared.logged_text import locale_of, short_text
from glueplan.ui.shared.modal import asked
from glueplan.ui.shared.plain_text import ask, filled, plain, tell
from glueplan.ui.shared.saved_file import save_folder
from glueplan.ui.shared.screen_fit import within_screen
from glueplan.ui.shared.start_again import start_again

if TYPE_CHECKING:  # SQLAlchemy is imported by the store when the database opens, not by this module
    from sqlalchemy.engine import URL


class RestoreDialog(QDialog):
    """The backups of a database and the user's own (``own``: own_backups.py), newest first, with what
    each holds and what restoring it would lose; OK restores the chosen one. The one chosen at first is
    the newest that loses nothing, else none: the first start's empty daily copy was chosen, and Enter
    would have restored it. Choose a file… adds a backup kept elsewhere, checked and made ready in
    ``scratch`` (read_chosen); the user's own are read so too, one after the other, on the worker thread."""

    file_read = Signal(object, object, object, bool)  # from the worker: the copy made ready, the file, its loss, asked
    file_refused = Signal(str)  # from the worker thread: why the file chosen cannot be restored
    loss_read = Signal(object, object)  # from the worker thread: a copy's path, what restoring it loses (or None)

    def __init__(self, path: Path, language: Language, parent: QWidget | None = None,
                 scratch: Path | None = None, own: Sequence[Path] = ()) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.path, self.language, self.scratch = path, language, scratch
        self.copies = [copy for copy in backups(path) if copy.good]
        self.sources: dict[Path, Path] = {}  # a chosen file's copy -> the file chosen
        self.losses: dict[Path, Loss | None] = {}  # a copy -> what restoring it would lose, once compared
        self.user_chose = False  # once the user has chosen a row, no comparison coming in chooses another
        self._choosing = self._reading = False
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
        self.table.itemSelectionChanged.connect(self._chosen_changed)
        choose_current_when_tabbed_into(self.table)  # the backup Restore restores shows which it is
        intro = plain(QLabel(self.tr("Backups of %1. The file as it is now is backed up before it is replaced.")
                             .replace("%1", str(path)) if self.copies else
                             self.tr("There are no backups of %1 yet.").replace("%1", str(path))))
        intro.setWordWrap(True)
        self.elsewhere_text = self.tr("Choose a file… restores a backup kept elsewhere: a copy of glueplan's "
                                      "database, or a full backup (JSON) written by File > Back up now or Export.")
        self.elsewhere = plain(QLabel(self.elsewhere_text))
        self.elsewhere.setWordWrap(True)
        self.lost = plain(QLabel())
        self.lost.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.restore_button.setText(self.tr("&Restore"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Cancel"))
        self.restore_button.setEnabled(False)  # until a row is chosen
        self.choose_button = QPushButton(self.tr("Choose a &file…"))
        self.choose_button.setAutoDefault(False)  # Enter restores the chosen row
        self.choose_button.setEnabled(scratch is not None)
        self.choose_button.clicked.connect(self.choose_file)
        self._reader = QThreadPool(self)  # its own: closing waits for this reading only
        self._reader.setMaxThreadCount(1)
        self.file_read.connect(self._add)
        self.file_refused.connect(self._refuse)
        self.loss_read.connect(self._loss_known)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(self.lost)
        choosing = QHBoxLayout()
        choosing.addWidget(self.elsewhere, 1)
        choosing.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(choosing)
        layout.addWidget(buttons)
        self.resize(within_screen(self, max(620, self._width_wanted()), 360))
        for copy in self.copies:
            self._reader.start(partial(self._compare, copy.path))
        for found in own if scratch is not None else ():
            self._reader.start(partial(self._read, found, False))
        self._say_chosen()

    def _width_wanted(self) -> int:
        """The width that shows every cell whole, and a backup Back up now wrote whole before it is listed
        (the user's own come in from the worker thread): at 620 px one read "File gluepla…26-12-01.json"."""
        table, header = self.table, self.table.horizontalHeader()
        margin = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1)
        named = table.fontMetrics().horizontalAdvance(self._file_cell(f"{backup_name()}.json"))
        columns = sum(max(header.sectionSizeHint(column), table.sizeHintForColumn(column))
                      for column in range(table.columnCount()))
        columns += max(0, named + margin - max(header.sectionSizeHint(1), table.sizeHintForColumn(1)))
        margins = self.layout().contentsMargins()
        return (columns + 2 * table.frameWidth() + table.verticalScrollBar().sizeHint().width() + margins.left()
                + margins.right())

    def _file_cell(self, name: str) -> str:
        """Why a copy is listed when the user chose it, by its file's name: one text, so that the width
        _width_wanted makes room for is the width the cell takes."""
        return filled(self.tr("File %1"), name)

    def _show(self, row: int, copy: BackupFile) -> None:
        """Write a copy's cells in ``row``: when, why (a chosen file's name), and what it holds."""
        locale = locale_of(self.language)
        source = self.sources.get(copy.path)
        why = reason_text(copy.reason) if source is None else self._file_cell(source.name)
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

    def _read(self, chosen: Path, asked: bool = True) -> None:
        """On the worker thread: the chosen file (or one of the user's own backups, not ``asked``
        for) checked, made ready and compared with the database; the answer is a signal, taken on the
        dialog's thread. There is always one for a file asked for: an exception of any other kind left
        the dialog on 'Reading …' for good (the pool's thread only printed it), so it refuses the file
        too. A file of the user's own that cannot be restored is left out of the list, unsaid."""
        assert self.scratch is not None  # the button is enabled only with a place to make a JSON backup's copy
        try:
            copy = read_chosen(chosen, self.path, self.scratch)
        except StoreError as error:
            if asked:
                self.file_refused.emit(error.text(self.language))
        except Exception as error:  # noqa: BLE001 - whatever it is, the file cannot be restored, and the user is told
            logging.getLogger(__name__).exception("Reading the chosen backup %s failed", chosen)
            unusable = StoreError("backup.unusable", path=str(chosen), reason=str(error) or type(error).__name__)
            if asked:
                self.file_refused.emit(unusable.text(self.language))
        else:
            self.file_read.emit(copy, chosen, lost_since(self.path, copy.path), asked)

    def _compare(self, copy: Path) -> None:
        """On the worker thread: what restoring a copy would lose (ten years of log: about 0.2 s each)."""
        self.loss_read.emit(copy, lost_since(self.path, copy))

    def _reading_now(self, reading: bool) -> None:
        """While a file is read, neither another nor a restore can start."""
        self._reading = reading
        self.choose_button.setEnabled(not reading)
        self.restore_button.setEnabled(not reading and self.chosen() is not None)
        if reading:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()
            self.elsewhere.setText(self.elsewhere_text)

    def _refuse(self, message: str) -> None:
        self._reading_now(False)
        ask(self, QMessageBox.Icon.Warning, "glueplan", message)

    def _add(self, copy: BackupFile, chosen: Path, loss: Loss | None, asked: bool) -> None:
        """A file read: the one asked for first and chosen, one of the user's own in its place by date."""
        self.sources[copy.path] = chosen
        self.losses[copy.path] = loss
        row = 0 if asked else next((row for row, listed in enumerate(self.copies) if listed.taken < copy.taken),
                                   len(self.copies))
        self.copies.insert(row, copy)
        self._choosing = True  # a row put in above the one chosen is no choice of the user's
        try:
            self.table.insertRow(row)
            self._show(row, copy)
        finally:
            self._choosing = False
        if (wanted := self._width_wanted()) > self.width():  # a file named otherwise than Back up now names one
            self.resize(within_screen(self, wanted, self.height()))
        if asked:
            self.user_chose = True
            self.table.selectRow(0)
            self._reading_now(False)
            self.restore_button.setFocus()
        else:
            self._choose_first()

    def _loss_known(self, copy: Path, loss: Loss | None) -> None:
        self.losses[copy] = loss
        self._choose_first()

    def _choose_first(self) -> None:
        """Until the user chooses: the newest backup whose restore loses nothing, else none."""
        if self.user_chose:
            self._say_chosen()
            return
        row = next((row for row, copy in enumerate(self.copies)
                    if (loss := self.losses.get(copy.path)) is not None and loss.nothing), None)
        self._choosing = True
        try:
            if row is None:
                self.table.clearSelection()
            else:
                self.table.selectRow(row)
        finally:
            self._choosing = False
        self._say_chosen()

    def _chosen_changed(self) -> None:
        if not self._choosing and self.table.selectionModel().selectedRows():
            self.user_chose = True
        self._say_chosen()

    def _say_chosen(self) -> None:
        """Say what restoring the chosen copy would lose, or why none is chosen."""
        copy = self.chosen()
        self.restore_button.setEnabled(copy is not None and not self._reading)
        if copy is None:
            self.lost.setText(self.tr("Each backup lacks something the database has now: choose one to see what "
                                      "restoring it would lose.") if self.copies else "")
        elif copy.path not in self.losses:
            self.lost.setText(self.tr("Comparing it with the database…"))
        else:
            self.lost.setText(loss_text(self.losses[copy.path]))

    def done(self, result: int) -> None:
        """Closed only once a file being read is read: its answer must not outlive the dialog, nor its
        copy the folder it is made in. Files and comparisons not started yet are not started."""
        self._reader.clear()
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
              others: int = 0, loss: Loss | None = None) -> bool:
    """Ask once more before the database is replaced (with what ``source``, a file chosen, holds),
    saying what would be lost (``loss``: what the database has and the copy does not; the question
    said only what the copy held), and so when ``others`` other copies of glueplan have it open: they
    are left on the file replaced, which they can no longer save into, and have to be started again."""
    if source is None:
        question = filled(QCoreApplication.translate("RestoreDialog", "Replace the database with the backup of %1? "
                                                     "The file as it is now is backed up first."),
                          short_text(copy.taken, language))
    else:
        question = filled(QCoreApplication.translate("RestoreDialog", "Replace the database with what “%1” holds "
                                                     "(%2, %3)? The file as it is now is backed up first."),
                          str(source), *counts(copy))
    question += "\n\n" + loss_text(loss)
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


def loss_text(loss: Loss | None, most: int = 4) -> str:
    """What restoring a copy would lose, as the list and the question say it: the programs by name
    and whose (the first ``most``), the trainees whose profile was changed since by name (as many), the
    rest counted: trainees, sets logged and sets edited, day notes, own exercises and own templates."""
    translate = QCoreApplication.translate
    if loss is None:
        return translate("RestoreDialog", "What this backup lacks cannot be told: an older glueplan wrote it.")
    if loss.nothing:
        return translate("RestoreDialog", "This backup holds everything the database holds now.")
    programs = [filled(translate("RestoreDialog", "%1's program “%2”, made after this backup"), *names)
                for names in loss.new_programs]
    programs += [filled(translate("RestoreDialog", "the changes to %1's program “%2” since"), *names)
                 for names in loss.changed_programs]
    if len(programs) > most:
        programs[most - 1:] = [RestoreDialog.tr("%n more programs", "", len(programs) - most + 1)]
    profiles = [filled(translate("RestoreDialog", "the changes to %1's profile since"), name)
                for name in loss.profiles]
    if len(profiles) > most:
        profiles = [RestoreDialog.tr("the changes to %n trainees' profiles since", "", len(profiles))]
    parts = programs + profiles + [text for count, text in (
        (len(loss.trainees), RestoreDialog.tr("%n trainees added since", "", len(loss.trainees))),
        (loss.logged_sets, RestoreDialog.tr("%n sets logged since", "", loss.logged_sets)),
        (loss.edited_sets, RestoreDialog.tr("%n sets edited since", "", loss.edited_sets)),
        (loss.day_notes, RestoreDialog.tr("%n day notes written, changed or cleared since", "", loss.day_notes)),
        (loss.own_exercises, RestoreDialog.tr("%n own exercises made since", "", loss.own_exercises)),
        (loss.edited_exercises, RestoreDialog.tr("%n own exercises changed since", "", loss.edited_exercises)),
        (loss.own_templates, RestoreDialog.tr("%n own templates made or changed since", "", loss.own_templates)))
        if count]
    return filled(translate("RestoreDialog", "Lost with this restore, as the backup does not hold it: %1."),
                  "; ".join(parts))


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


def restore_from_menu(live: LiveWorkspace, parent: QWidget, ready: Callable[[], bool]) -> bool:
    """File > Restore from backup…: choose a copy, confirm, restore with the database closed, and
    start glueplan again on it. True when restored. A restore that fails (the chosen copy gone with
    its USB stick since it was read) says why, and glueplan starts again on the database as it was:
    the error went up out of the menu and left the window on the closed store, saying nothing.
    ``ready`` is asked first whether the window may go (what is typed on the Log tab and not logged:
    logged then, the list of backups counts it among what a restore loses)."""
    store = live.workspace.repository.store
    path = sqlite_file(store.engine.url)
    if path is None:
        tell(parent, filled(QCoreApplication.translate(  # its commands selectable, to be copied
            "RestoreDialog", "This database is on a server, so glueplan cannot put a backup in its place from here. "
            "To go back to a backup, restore the server's own (pg_dump) where the server is run, or put glueplan's "
            "backup (File > Back up now…) into a new, empty database on the server and start glueplan on that one:"
            "\n\n%1\n\nFile > Import history… adds one trainee's logged sets from a glueplan backup to this "
            "database instead."), server_restore_commands(store.engine.url)))
        return False
    if not ready():
        return False
    with TemporaryDirectory(prefix="glueplan-restore-") as scratch, \
            asked(RestoreDialog(path, live.language, parent, Path(scratch), own_backup_files())) as dialog:
        copy = dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
        if copy is None:
            return False
        source, lock = dialog.sources.get(copy.path), live.findChild(DatabaseLock)
        loss = dialog.losses[copy.path] if copy.path in dialog.losses else lost_since(path, copy.path)
        if not confirmed(copy, source, live.language, parent, lock.others() if lock else 0, loss):
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


def server_restore_commands(url: URL) -> str:
    """The two commands that put a glueplan JSON backup into a new database beside the one at ``url`` (the
    README's createdb, then glueplan restore, which fills only an empty database), the password left out."""
    restored = url.set(database=f"{url.database or 'glueplan'}_restored", password=None)
    owner = f" --owner {url.username}" if url.username else ""
    return (f"sudo -u postgres createdb{owner} {restored.database}\n"
            f"glueplan restore --db {restored.render_as_string(hide_password=False)} BACKUP.json")


def restored_news(path: Path, copy: BackupFile, source: Path | None, kept_as: Path | None, language: Language) -> str:
    """What the window glueplan starts again in says first: which backup is now the database at
    ``path``, and, after a blank line, where the database as it was went (a backup of it listed here,
    or a damaged file's name), with its file's full name (say_restored)."""
    restored = (filled(QCoreApplication.translate("RestoreDialog", "Restored the backup of %1."),
                       short_text(copy.taken, language)) if source is None else
                filled(QCoreApplication.translate("RestoreDialog", "Restored the backup “%1”."), source.name))
    if kept_as is None:
        return restored
    kept = next((backup for backup in backups(path, read=False) if backup.path.name == kept_as.name), None)
    before = (filled(QCoreApplication.translate("RestoreDialog", "The database as it was is kept as the backup of "
                                                "%1 (File > Restore from backup lists it):\n%2"),
                     short_text(kept.taken, language), str(kept.path))
              if kept is not None else
              filled(QCoreApplication.translate("RestoreDialog", "The database as it was could not be read; it is "
                                                "kept as %1."), str(kept_as)))
    return f"{restored}\n\n{before}"


def say_restored(window: QMainWindow, news: str) -> None:
    """The news of a restore in the window started again: its first line in the status bar, and all of
    it in a box whose text can be selected and copied. The whole news in the status bar ran past the
    window's edge at 1366 px, cutting off the file the database as it was is kept in."""
    window.statusBar().showMessage(news.partition("\n\n")[0])
    tell(window, news)
