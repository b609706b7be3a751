"""The workspace as Qt sees it: its changes as a signal, its commands on undo stacks.

This is the one thin adapter between app commands and Qt's undo framework: every edit of
every page goes through ``run``; Undo and Redo call the same command backwards and forwards.
Which history's step Edit > Undo takes on a page is decided here too (``undo_stack``).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from glueplan.app.command import Command, History
from glueplan.app.program_edits import EditProgram
from glueplan.app.workspace import Workspace
from glueplan.domain.catalog import Catalog
from glueplan.domain.commands import Change
from glueplan.domain.language import Language
from glueplan.domain.plan import Program
from glueplan.domain.rules import Report
from glueplan.domain.trainee import Trainee
from glueplan.store.errors import SET_GONE, StaleProgram, StaleSet, StoreError, TraineeArchived
from glueplan.ui.shared.undo_text import UndoText, said_again


class _Step(QUndoCommand):
    """An app command on a QUndoStack. It joins the stack only after its first ``do`` succeeded,
    so a refused edit leaves Undo and Redo as they were; a later failed undo or redo keeps the
    step where it was (commands may be repeated), except when what it changes is gone, or is a set
    changed elsewhere since: taking it would write over the other window's edit, so it goes (Undo
    offered it, refused, for ever)."""

    def __init__(self, live: LiveWorkspace, command: Command, order: int, stack: QUndoStack) -> None:
        super().__init__(command.text)
        self._live = live
        self.command = command
        self.order = order  # which step of the window's this is: Undo takes the newest of two histories
        self._stack = stack
        self._skip = True  # QUndoStack.push calls redo() at once

    def redo(self) -> None:
        if not self._skipped():
            self._attempt(self._live.workspace.execute, undoing=False)

    def undo(self) -> None:
        if not self._skipped():
            self._attempt(self._live.workspace.revert, undoing=True)

    def _skipped(self) -> bool:
        skip, self._skip = self._skip, False
        return skip

    def _attempt(self, step: object, undoing: bool) -> None:
        try:
            step(self.command)  # type: ignore[operator]
        except StoreError as error:
            if error.key == SET_GONE or isinstance(error, StaleSet):
                self.setObsolete(True)
            else:
                self._put_back(undoing)
            self._live.step_failed(self.command.history, error)
        else:
            self._live.moved_on.emit()

    def _put_back(self, undoing: bool) -> None:
        """Qt moves the history's place once this returns, as if the step were taken: an undo the
        database refused showed as undone, and offered its Redo. It is moved back on the next turn,
        without the command (the stack cannot be moved from within its own move)."""
        self._live.refused = True

        def back() -> None:
            self._skip = True
            (self._stack.redo if undoing else self._stack.undo)()

        QTimer.singleShot(0, back)


class LiveWorkspace(QObject):
    """Emits ``changed`` with the ChangeSet of every edit, undo, redo and reload, and ``failed``
    with the history (plan or log) and the reason when the database refused one. ``moved_on``: a
    step was taken (an edit, an undo or a redo done) or the histories dropped (another trainee), so
    what was said of a refused undo or redo no longer applies. ``trainee_archived`` with the reason
    instead of ``failed``: an edit, undo or redo refused because the trainee shown was archived
    elsewhere (ui/shared/changes_elsewhere.py catches up at once, and the window says why after)."""

    changed = Signal(object)
    failed = Signal(object, str)
    moved_on = Signal()
    trainee_archived = Signal(str)

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.undo_stacks = {history: QUndoStack(self) for history in History}
        self._made = itertools.count()
        self.refused = False  # an undo or redo was refused: Edit > Undo history's jump stops there
        workspace.subscribe(self.changed.emit)

    # -- what views read -------------------------------------------------------------------

    @property
    def catalog(self) -> Catalog:
        return self.workspace.catalog

    @property
    def language(self) -> Language:
        return self.workspace.language

    @property
    def trainee(self) -> Trainee:
        return self.workspace.trainee

    @property
    def program(self) -> Program:
        """The open program (views of a program exist only while one is open)."""
        assert self.workspace.program is not None
        return self.workspace.program

    @property
    def has_program(self) -> bool:
        """Whether a program is open (``program`` and ``report`` are read only then)."""
        return self.workspace.program is not None

    @property
    def report(self) -> Report:
        assert self.workspace.report is not None
        return self.workspace.report

    # -- edits -------------------------------------------------------------------------------

    def run(self, command: Command) -> StoreError | None:
        """Do an edit and make it one undoable step; returns why it was refused, if it was
        (then nothing was written, and the caller says so where the user is looking)."""
        try:
            change = self.workspace.execute(command)
        except StoreError as error:
            if isinstance(error, StaleProgram):
                self.undo_stacks[History.PLAN].clear()
            if isinstance(error, TraineeArchived):
                self.trainee_archived.emit(error.text(self.language))
            return error
        if change:  # an edit that changed nothing is no step
            if self.undo_stacks[History.TRAINEE].canRedo():
                self.forget()  # redone, the trainee step would show another trainee over this step
            stack = self.undo_stacks[command.history]
            stack.push(_Step(self, command, next(self._made), stack))
            self.moved_on.emit()
        return None

    def run_or_report(self, command: Command) -> bool:
        """Do an edit; a refusal is announced with ``failed``. True when it was done."""
        error = self.run(command)
        if error is not None and not isinstance(error, TraineeArchived):  # else said once caught up (run)
            self.failed.emit(command.history, error.text(self.language))
        return error is None

    def apply(self, change: Change) -> None:
        """Edit the open program (a change that changes nothing is no step)."""
        self.run_or_report(self.program_edit(change))

    def program_edit(self, change: Change) -> EditProgram:
        """The command that makes ``change`` to the open program, its undo step named by what it does."""
        return EditProgram(change, UndoText(lambda: change.describe(self.language)))

    def set_language(self, language: Language) -> None:
        """Names glueplan gives, and the undo history's steps, in another language (the window
        is rebuilt; its translators are installed already)."""
        self.workspace.set_language(language)
        for stack in self.undo_stacks.values():
            for index in range(stack.count()):
                step = stack.command(index)
                if isinstance(step, _Step):
                    step.setText(said_again(step.command.text))

    def preview(self, change: Change) -> Report:
        return self.workspace.preview(change)

    def open_program(self, program_id: int | None) -> None:
        """Show another program: the plan's undo history belonged to the one shown before."""
        self.undo_stacks[History.PLAN].clear()
        self.workspace.open_program(program_id)

    def change_trainee(self, step: Callable[[Workspace], object]) -> None:
        """Show another trainee (``step`` switches, adding or archiving one first if it must, and
        announces it): the undo histories belonged to the trainee shown before."""
        self.forget()
        step(self.workspace)

    def forget(self) -> None:
        """Drop every undo step: each acts on the trainee it was made for."""
        for stack in self.undo_stacks.values():
            stack.clear()
        self.moved_on.emit()

    def undo_stack(self, page: History, redo: bool = False) -> QUndoStack | None:
        """The history whose step Edit > Undo (``redo``: Redo) takes on a page showing ``page``'s
        steps, None when there is none to take: the newer of the page's step and the window's (the
        older, to redo). The trainee step is the oldest of all (switching trainee starts the histories
        anew): it is undone once no page has a step left to undo (never past an edit made on another
        page, which was made for the trainee it shows), and redone first."""
        trainee = self.undo_stacks[History.TRAINEE]
        if redo and trainee.canRedo():
            return trainee
        stacks = [stack for stack in (self.undo_stacks[page], self.undo_stacks[History.WINDOW])
                  if self._may_take(stack, page, redo)]
        if stacks:
            return (min if redo else max)(stacks, key=lambda stack: _step(stack, stack.index() - (not redo)).order)
        return trainee if not redo and trainee.canUndo() and not self._undoable_beside(page) else None

    def waits_on(self, page: History) -> History | None:
        """The other page whose newer step Undo on ``page`` waits for (a step of the window's or the
        trainee's is undone there first), None when it has a step to take or nothing waits."""
        waiting = any(self.undo_stacks[history].canUndo() for history in (History.WINDOW, History.TRAINEE))
        if not waiting or self.undo_stack(page) is not None or not self._undoable_beside(page):
            return None
        return max(self._other_pages(page), key=lambda history: self._newest_done((history,)))

    def _may_take(self, stack: QUndoStack, page: History, redo: bool) -> bool:
        """Whether Undo (``redo``: Redo) on ``page`` may take the step ``stack`` offers. A step of the
        window's (an import, an own exercise, the profile) is not undone while another page has a newer
        step done, which was made on what it did: the map's Ctrl+Z took back an import past an imported
        set edited on the History tab, and the edit was lost. A step undone is not redone once a newer
        one is done, made on what its undo left: the page's own or the window's, and for the window's
        any page's."""
        if not (stack.canRedo() if redo else stack.canUndo()):
            return False
        order = _step(stack, stack.index() - (not redo)).order
        window = stack is self.undo_stacks[History.WINDOW]
        if redo:
            return order > self._newest_done((page, History.WINDOW, *(self._other_pages(page) if window else ())))
        return not window or order > self._newest_done(self._other_pages(page))

    def _other_pages(self, page: History) -> tuple[History, ...]:
        """The histories of the pages other than ``page`` (neither the window's nor the trainee's)."""
        return tuple(history for history in self.undo_stacks
                     if history not in (page, History.WINDOW, History.TRAINEE))

    def _newest_done(self, histories: tuple[History, ...]) -> int:
        """The order of the newest step done in ``histories``, -1 if none is."""
        return max((_step(self.undo_stacks[history], self.undo_stacks[history].index() - 1).order
                    for history in histories if self.undo_stacks[history].canUndo()), default=-1)

    def _undoable_beside(self, page: History) -> bool:
        """Whether another page than ``page`` has a step of its own to undo."""
        return any(self.undo_stacks[history].canUndo() for history in self._other_pages(page))

    def _offered(self, page: History) -> tuple[QUndoStack, QUndoStack, QUndoStack]:
        return self.undo_stacks[History.TRAINEE], self.undo_stacks[page], self.undo_stacks[History.WINDOW]

    def steps(self, page: History) -> tuple[list[str], int, int]:
        """Edit > Undo history on a page: the names of the steps its Undo and Redo take, in the
        order they were made (the trainee step's first, the undone ones last, in the order Redo
        takes them); how many of them are done; and the fewest the page can go back to (the trainee
        step stays done while another page has steps of its own to undo)."""
        trainee, *stacks = self._offered(page)
        made = sorted(((index >= stack.index(), _step(stack, index))
                       for stack in stacks for index in range(stack.count())),
                      key=lambda undone_step: (undone_step[0], undone_step[1].order))
        names = [trainee.text(index) for index in range(trainee.count())] + [step.text() for _undone, step in made]
        return names, self._done(page), trainee.count() if self._undoable_beside(page) else 0

    def _done(self, page: History) -> int:
        return sum(stack.index() for stack in self._offered(page))

    def go_to(self, page: History, done: int) -> None:
        """Undo or redo on a page, step by step as its Undo and Redo take them, until ``done`` of its
        ``steps`` are done (or none is left to take, or one was refused: it stays where it was)."""
        self.refused = False
        while (now := self._done(page)) != done and not self.refused:
            stack = self.undo_stack(page, redo=now < done)
            if stack is None:
                return
            if now < done:
                stack.redo()
            else:
                stack.undo()

    def step_failed(self, history: History, error: StoreError) -> None:
        """An undo or redo was refused: say so; after a reload the plan's steps go."""
        if isinstance(error, StaleProgram):
            # The steps were made on a program that has since been reloaded: undoing them would
            # overwrite the other window's work. Cleared once the stack is idle again.
            QTimer.singleShot(0, self.undo_stacks[History.PLAN].clear)
        if isinstance(error, TraineeArchived):
            self.trainee_archived.emit(error.text(self.language))
        else:
            self.failed.emit(history, error.text(self.language))


def _step(stack: QUndoStack, index: int) -> _Step:
    step = stack.command(index)
    assert isinstance(step, _Step)  # every step is pushed by run
    return step
