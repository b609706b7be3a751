"""Whose data the window shows: a toolbar with the trainee switcher, the window title that names
the trainee and the database (two windows on two clients' files told apart in the task bar), and
File > New trainee, Edit trainee, Archive trainee and Restore archived trainee."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QComboBox, QLabel, QMainWindow, QMenu, QMessageBox, QToolBar, QWidget

from glueplan.app.changes import ChangeSet
from glueplan.domain.default_names import in_language
from glueplan.domain.language import Language
from glueplan.domain.trainee import Trainee
from glueplan.domain.trainee_names import unnamed_own
from glueplan.store.errors import StoreError
from glueplan.ui.shared.modal import asked
from glueplan.ui.shared.plain_text import ask, filled, no_mnemonic
from glueplan.ui.shared.undo_text import UndoText

if TYPE_CHECKING:  # the bar is built before the first paint; these modules are imported once it is attached
    from glueplan.app.workspace import Workspace
    from glueplan.ui.profile_dialog import Attempt, ProfileDialog
    from glueplan.ui.shared.live_workspace import LiveWorkspace


class TraineeBar(QToolBar):
    """The switcher lists the trainees not archived, by name; choosing one shows their profile,
    programs, log, charts and history at once, and their undo histories (LiveWorkspace keeps each trainee's).

    Built with the window, before its first paint, empty and disabled: its room is there from the first frame, and
    the panels under it do not move down when ``attach`` fills it in with the workspace."""

    live: LiveWorkspace  # from attach

    def __init__(self, edit_trainee: QAction, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("trainees")  # the window's remembered layout names its toolbars
        self.setWindowTitle(self.tr("Trainee"))
        self.setMovable(False)
        self.switcher = QComboBox(self)
        self.switcher.setAccessibleName(self.tr("Trainee"))
        self.switcher.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        label = QLabel(self.tr("Trainee:"), self)
        label.setBuddy(self.switcher)
        label.setContentsMargins(6, 0, 6, 0)
        self.addWidget(label)
        self.addWidget(self.switcher)
        self.new_action = QAction(self.tr("New &trainee…"), self)
        self.new_action.triggered.connect(self.new_trainee)
        self.edit_action = QAction(self.tr("Edit t&rainee…"), self)
        self.edit_action.triggered.connect(edit_trainee.trigger)
        self.archive_action = QAction(self.tr("&Archive trainee…"), self)
        self.archive_action.triggered.connect(self.archive_trainee)
        self.restore_menu = QMenu(self.tr("Re&store archived trainee"), self)
        self.addAction(self.new_action)
        self.file_actions = (self.new_action, self.edit_action, self.archive_action, self.restore_menu.menuAction())
        self.switcher.activated.connect(self._chosen)
        self.switcher.setEnabled(False)
        self.new_action.setEnabled(False)

    def attach(self, live: LiveWorkspace) -> None:
        """The trainees of the workspace, as it read them a moment ago, in the bar and the window's title."""
        self.live = live
        live.changed.connect(self._follow)
        self.switcher.setEnabled(True)
        self.new_action.setEnabled(True)
        self._show_listed()

    def fill(self) -> None:
        """The trainees read again and shown; while the server is away, as last read (a refusal in the middle of a
        switch left the switcher empty, its signals blocked, and the refusal unsaid)."""
        try:
            self.live.workspace.read_trainees()
        except StoreError:
            pass  # what brought the window here says so (a refusal), or the next look catches up
        self._show_listed()

    def _show_listed(self) -> None:
        """The trainees by name, the one shown chosen; the window's title names them (and says so when the
        database is read-only)."""
        from glueplan.store.location import database_name  # not before the first paint (the bar is made before it)

        workspace = self.live.workspace
        self.switcher.blockSignals(True)
        self.switcher.clear()
        for trainee_id, name in workspace.listed:
            self.switcher.addItem(in_language(name, workspace.language), trainee_id)  # "Me" is "Mig" in Danish
        self.switcher.setCurrentIndex(self.switcher.findData(workspace.trainee_id))
        self.switcher.blockSignals(False)
        self.archive_action.setEnabled(self.switcher.count() > 1)  # someone must be left to show
        self.restore_menu.clear()
        for trainee_id, name in workspace.listed_archived:
            shown = in_language(name, workspace.language)
            entry = self.restore_menu.addAction(no_mnemonic(shown))
            entry.triggered.connect(lambda _checked=False, chosen=trainee_id, named=shown: self.restore(chosen, named))
        self.restore_menu.setEnabled(not self.restore_menu.isEmpty())
        store = workspace.repository.store
        named = (workspace.trainee.name,)  # not "Me – glueplan.sqlite" for someone using glueplan alone
        if unnamed_own(workspace.trainee.name, len(workspace.listed)):
            named = ()
            title = self.tr("%1 – glueplan (read-only)") if store.read_only else self.tr("%1 – glueplan")
        else:
            title = self.tr("%1 – %2 – glueplan (read-only)") if store.read_only else \
                self.tr("%1 – %2 – glueplan")
        # Qt drops a "[*]" from a title (the mark of unsaved changes); doubled it shows as typed.
        names = (name.replace("[*]", "[*][*]") for name in (*named, database_name(store.engine.url)))
        self.window().setWindowTitle(filled(title, *names))

    def _follow(self, change: ChangeSet) -> None:
        if change.trainee or change.whole_log:  # whole log: another trainee, or saved elsewhere (names too)
            self.fill()

    def _chosen(self, index: int) -> None:
        from glueplan.app.trainees import switch_to

        trainee_id = self.switcher.itemData(index)
        if trainee_id != self.live.workspace.trainee_id:
            self._attempt(lambda workspace: switch_to(workspace, trainee_id))

    def new_trainee(self) -> None:
        """Add applies in the dialog: a name empty or taken is said in it, the level, units and budgets kept."""
        from glueplan.app.trainees import add_and_switch, new_trainee_offer

        def add(chosen: Trainee) -> str | None:
            return self._refusal(lambda workspace: add_and_switch(workspace, chosen.name, chosen))

        with asked(new_trainee_dialog(self.window(), new_trainee_offer(self.live.workspace),
                                      self.live.language, add)) as dialog:
            dialog.exec()

    def archive_trainee(self) -> None:
        from glueplan.app.trainees import ArchiveTrainee

        name = self.live.trainee.name
        answer = ask(self.window(), QMessageBox.Icon.Question, self.tr("Archive trainee"),
                     self.tr("Archive “%1”? Their programs and log are kept; Edit > Undo brings them back, and so "
                             "does File > Restore archived trainee.").replace("%1", name),
                     QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        archive = ArchiveTrainee(UndoText(lambda: self.tr("Archive “%1”").replace("%1", name)))
        if self.live.run_or_report(archive) and isinstance(window := self.window(), QMainWindow):
            # Said once the next trainee is shown: the switch alone did not tell what became of them.
            window.statusBar().showMessage(self.tr(
                "Archived “%1”: Edit > Undo brings them back, and so does File > Restore archived trainee."
            ).replace("%1", name), 15000)

    def restore(self, trainee_id: int, name: str) -> None:
        """Bring an archived trainee back and show them, one step of the trainee steps, as an archive is: undone
        while they are shown, their own histories come back with them (LiveWorkspace keeps each trainee's)."""
        from glueplan.app.trainees import ArchiveTrainee

        restore = ArchiveTrainee(UndoText(lambda: self.tr("Restore “%1”").replace("%1", name)), trainee_id,
                                 archived=False)
        self.live.run_or_report(restore)

    def _attempt(self, step: Callable[[Workspace], object]) -> None:
        """A refusal (a name taken, a server away) is said where the user looks; nothing changed."""
        reason = self._refusal(step)
        if reason is not None:
            ask(self.window(), QMessageBox.Icon.Warning, self.tr("Trainee"), reason)

    def _refusal(self, step: Callable[[Workspace], object]) -> str | None:
        """Change the trainee shown by ``step``; the reason it was refused, if it was (nothing changed)."""
        try:
            self.live.change_trainee(step)
        except StoreError as error:
            self.fill()
            return error.text(self.live.language)
        return None


def new_trainee_dialog(parent: QWidget | None, offer: Trainee, language: Language,
                       add: Attempt | None = None) -> ProfileDialog:
    """File > New trainee: their name and profile in one dialog (it asked for the name alone, and the level,
    units and a 30-minute session budget were set without a word); Add does ``add``."""
    from glueplan.ui.profile_dialog import ProfileDialog

    dialog = ProfileDialog(offer, language, parent, add)
    dialog.setWindowTitle(QCoreApplication.translate("TraineeBar", "New trainee"))
    dialog.save.setText(QCoreApplication.translate("TraineeBar", "&Add"))
    dialog.save.setIcon(QIcon())  # Save's disk, which would say the trainee is saved to a file
    return dialog
