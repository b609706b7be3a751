"""The window follows what is saved elsewhere: another window on the same file, a colleague on the
clinic's server, a command in a terminal. On PostgreSQL the server's notification wakes it at once;
on an SQLite file (or behind a pooler, which may not pass notifications on: store/change_watch.py) it
looks every two seconds while glueplan is the active application, and as soon as it becomes active
again. What changed reaches the pages as a change of the workspace, so each
page refreshes only what it shows, and only when it is visible.

A file replaced by a restore in another window is no change to catch up with: the window's
connections still read the old file, and its edits are refused (Store.transaction). It is said at
the next look (``file_replaced``), and nothing more is looked for."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSocketNotifier, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QApplication

from glueplan.app.changes import ChangeSet
from glueplan.app.command import History
from glueplan.app.elsewhere import catch_up
from glueplan.app.opening import SnapshotStore
from glueplan.store.errors import StoreError
from glueplan.ui.shared.live_workspace import LiveWorkspace

if TYPE_CHECKING:  # a window's first screen comes before SQLAlchemy (app/opening.py)
    from glueplan.store.change_watch import ChangeWatch

POLL_MS = 2000


class ChangesElsewhere(QObject):
    """Belongs to the LiveWorkspace (a window rebuilt for another language keeps it). Emits
    ``program_reloaded`` when another program is active now (the one open deleted, or another chosen,
    elsewhere) while the plan had undo steps: they were made on a program not shown, and are dropped. The
    open program saved elsewhere and read again keeps them: each one's undo and redo is made on what was
    saved there when it touches nothing that changed (app/program_edits.py), else refused.
    ``trainee_archived`` with the id and name of the trainee shown, archived
    elsewhere: the window shows another now (elsewhere.catch_up), with no undo steps. An edit the
    store refused for that reason (LiveWorkspace.trainee_archived) is caught up with at once, not at
    the next look (up to 2 s on a file), and ``not_saved`` then says why it was refused. So is an edit, undo or
    redo of this window's that broke after its commit, or whose commit is in doubt (LiveWorkspace.unsure), which no
    look would see (it is this window's own): every page reads again what it shows, taken in or not. What that
    catch-up finds is this window's own step, not a change made elsewhere: no history is dropped for it, and nothing
    is said of another window; unless the watch saw a commit made elsewhere too, up to the end of the catch-up's
    reads (its own are told apart by what they wrote: store/change_watch.py). What was found cannot be told apart
    then, and is taken as that change's: the steps that may have been made on what it changed go."""

    program_reloaded = Signal()
    file_replaced = Signal()
    watching = Signal()  # the store is open, and what others save is followed from now on
    trainee_archived = Signal(int, str)
    not_saved = Signal(str)

    def __init__(self, live: LiveWorkspace, watch: ChangeWatch | None = None) -> None:
        super().__init__(live)
        self._live = live
        self.watch: ChangeWatch | None = None  # from when the store is open (start_watch)
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.check)
        self._notifier: QSocketNotifier | None = None
        self._pending = False  # saved elsewhere, not caught up with yet
        self._not_saved = ""  # why an edit was refused, said once caught up
        self._everything = False  # every page reads again at the catch-up: it may have taken a change in half
        self._elsewhere = False  # someone else committed since the last catch-up (not only this window's own step)
        self.replaced = False  # another file is in place of the one this window has open
        if watch is not None or not isinstance(live.workspace.repository.store, SnapshotStore):
            self.start_watch(watch=watch)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.applicationStateChanged.connect(self._state_changed)
        self._state_changed(app.applicationState())
        live.trainee_archived.connect(self._refused)
        live.unsure.connect(self._broken)

    def start_watch(self, changed: bool = False, watch: ChangeWatch | None = None) -> None:
        """Look for what others save from now on, or from when ``watch`` was begun: before the window's first reads
        of the store, so that nothing committed between those reads and now is missed; ``changed``: the store opened
        after the window showed a snapshot of it (app/opening.py), and it holds something else already, to catch up
        with on the next turn."""
        if watch is None:
            from glueplan.store.change_watch import ChangeWatch

            watch = ChangeWatch(self._live.workspace.repository.store)
        self.watch = watch
        self.destroyed.connect(lambda: watch.close())  # not a method of this object: it is gone by then
        self._listen()
        self.watching.emit()
        if changed:
            self._pending = True
            QTimer.singleShot(0, self, self.check)

    def _refused(self, reason: str) -> None:
        """An edit was refused for a trainee archived elsewhere: catch up on the next turn (the page that
        made it says the refusal first, with what was typed kept), then say why nothing was saved."""
        self._not_saved = reason
        self._soon()

    def _broken(self) -> None:
        """A step of this window's committed (or may have), and then broke as the window took it in: its copy may be
        behind the database (the step's program saved, not judged), a page may have shown it in part. Caught up on the
        next turn (the undo history's move ends first), every page told to read again."""
        self._everything = True
        self._soon()

    def _soon(self) -> None:
        """Catch up on the next turn, whether or not anyone else committed."""
        self._pending = True
        QTimer.singleShot(0, self, self.check)

    def _listen(self) -> None:
        """Wake when the server's socket has a notification (none on SQLite, or while away)."""
        fileno = None if self.watch is None else self.watch.fileno()
        if self._notifier is not None and (fileno is None or self._notifier.socket() != fileno):
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if fileno is not None and self._notifier is None:
            self._notifier = QSocketNotifier(fileno, QSocketNotifier.Type.Read, self)
            self._notifier.activated.connect(self.check)

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.timer.start()
            self.check()
        else:
            self.timer.stop()

    def check(self) -> None:
        """Catch up if anything was saved elsewhere; a database out of reach is asked again later
        (the next edit says so where the user looks)."""
        if self.replaced:
            return
        workspace = self._live.workspace
        if workspace.repository.store.replaced():
            self.replaced = True
            self.timer.stop()
            self.file_replaced.emit()
            return
        if self.watch is None:
            return  # the store is being opened: what it holds is compared with what is shown then (start_watch)
        from glueplan.store.change_watch import Seen  # imported with the watch (start_watch)

        seen = self.watch.changed()
        self._pending, self._elsewhere = bool(seen) or self._pending, Seen.ELSEWHERE in seen or self._elsewhere
        self._listen()
        if not self._pending or _editing_in_place():
            return  # an open in-place editor would close, losing what is typed: after it, then
        shown, name, program_id = workspace.trainee_id, workspace.trainee.name, workspace.program_id
        try:
            change = catch_up(workspace)
        except StoreError:
            return  # still to catch up with
        during = self.watch.changed()  # committed as it read: in what it read, or not
        everything, self._everything = self._everything, False
        if everything:
            change = change | ChangeSet.everything()
        # This window's own step alone (made on what is stored, or refused, as the steps left around it are): another
        # trainee or program shown is its doing, and their histories are kept as at any switch
        # (LiveWorkspace._show_histories).
        own = everything and not self._elsewhere and Seen.ELSEWHERE not in during
        self._pending, self._elsewhere = False, Seen.ELSEWHERE in during
        if during:
            self._soon()  # what came as it read, caught up with on the next turn
        archived = workspace.trainee_id != shown and not own  # elsewhere: every step here was made for them
        plan = self._live.undo_stacks[History.PLAN]
        if archived:
            self._live.forget()
        elif workspace.program_id != program_id and plan.count() and not own:  # none (one started, none open): unsaid
            plan.clear()
            self.program_reloaded.emit()
        workspace.publish(change)
        if archived:
            self.trainee_archived.emit(shown, name)
        if self._not_saved:
            reason, self._not_saved = self._not_saved, ""
            self.not_saved.emit(reason)


def _editing_in_place() -> bool:
    """Whether an item view has an editor open (a planned exercise in the week, a set in the
    history): a catch-up resets its model, and what is typed there would be lost. (The week's
    editors float over the window, outside their view: every view is asked.)"""
    return any(view.state() == QAbstractItemView.State.EditingState
               for window in QApplication.topLevelWidgets() for view in window.findChildren(QAbstractItemView))


def follow_changes_elsewhere(live: LiveWorkspace) -> ChangesElsewhere:
    """The workspace's follower, made once."""
    return live.findChild(ChangesElsewhere) or ChangesElsewhere(live)
