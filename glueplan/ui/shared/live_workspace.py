"""The workspace as Qt sees it: its changes as a signal, its commands on undo stacks.

This is the one thin adapter between app commands and Qt's undo framework: every edit of
every page goes through ``run``; Undo and Redo call the same command backwards and forwards.
Which history's step Edit > Undo takes on a page is decided here too (``undo_stack``).

Each trainee keeps their own histories while the window is open: a coach glances at another client
and comes back to Ctrl+Z what she did for the first (the week's editor saves as she switches away).
"""

from __future__ import annotations

import itertools
import logging
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from glueplan.app.changes import ChangeSet
from glueplan.app.command import Command, History
from glueplan.app.program_edits import AllLived, EditProgram
from glueplan.app.workspace import Workspace
from glueplan.domain.catalog import Catalog
from glueplan.domain.commands import Change
from glueplan.domain.language import Language
from glueplan.domain.plan import Program
from glueplan.domain.rules import Report
from glueplan.domain.trainee import Trainee
from glueplan.store.errors import SET_GONE, ProgramDeleted, StaleProgram, StaleSet, StoreError, TraineeArchived
from glueplan.ui.shared.uncaught_errors import what_broke, with_details
from glueplan.ui.shared.undo_text import UndoText, said_again

# The trainees whose undo histories a window keeps, the one shown among them: a coach's day moves between
# a dozen clients. A step holds what it changed (measured: about 5 kB for an exercise's sets edited, 150 kB
# for a week copied onward through 52 weeks), so 20 trainees of 100 edits each hold about 10 MB.
KEPT_HISTORIES = 20


class _Step(QUndoCommand):
    """An app command on a QUndoStack. It joins the stack only after its first ``do`` succeeded,
    so a refused edit leaves Undo and Redo as they were; a later failed undo or redo keeps the
    step where it was (commands may be repeated), except when what it changes is gone, or is a set
    changed elsewhere since: taking it would write over the other window's edit, so it goes (Undo
    offered it, refused, for ever). So does a plan step whose days were all lived since its edit: the days stay
    lived, so it was refused both ways for ever, and every older step behind it was out of reach.

    What no refusal foresees (a bug, an OSError) is told apart by the store's counts (``LiveWorkspace.carry_out``).
    Raised before the undo or redo committed, it rolled the transaction back: nothing was written, and it is said as a
    refused write; a refused step stays where it was, but a bug's goes (put back, it raised again at every try, and
    every older step stayed out of reach). Raised after the commit (the window's copy judged again, a listener taking
    the change in; a refusal too, such as the read of the program after the write), the database holds the step taken:
    putting it back would have the history say otherwise, and what the command holds of it may be half changed (its
    rows saved, its own record of them not), so neither its undo nor its redo can be trusted. It goes from the
    history, as a change made elsewhere would: the steps around it are made on what is stored, or refused; the window
    reads again what the database holds, and says so. So does a step whose COMMIT is in doubt (a server gone as it
    was sent): it may have been carried out, or not, and the doubt's own words are said."""

    def __init__(self, live: LiveWorkspace, command: Command, order: int, stack: QUndoStack,
                 trainees: tuple[int, int]) -> None:
        super().__init__(command.text)
        self._live = live
        self.command = command
        self.order = order  # which step of the window's this is: Undo takes the newest of two histories
        self._stack = stack
        # The trainee shown before it was done and after: a trainee step (an archive, a restore) is in the
        # history of the one it shows, and its redo in the history of the one its undo shows.
        self.before, self.after = trainees
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

    def _attempt(self, step: Callable[[Command], ChangeSet], undoing: bool) -> None:
        try:
            self._live.carry_out(step, self.command, Took.UNDONE if undoing else Took.REDONE)
        except AllLived as refused:
            self._take_off()  # refused for ever both ways (the class's docstring)
            self._live.all_lived.emit(refused.days, undoing)
        except _Written as written:
            self._take_off()
            if written.doubt is not None:
                self._live.step_failed(self.command.history, written.doubt)
        except StoreError as error:
            if isinstance(error, _Unforeseen):
                self._take_off()
            elif error.key == SET_GONE or isinstance(error, StaleSet):
                self.setObsolete(True)
            else:
                self._put_back(undoing)
            self._live.step_failed(self.command.history, error)
        else:
            if not undoing:  # a redone archive shows the first trainee left, who may be another by now
                self.after = self._live.workspace.trainee_id
            self._live.moved_on.emit()
            self._live.say_taken_in(self.command)
            self._live.say_kept(self.command, undoing)

    def _take_off(self) -> None:
        """Qt takes the step off its history once this returns; an Undo history jump stops here."""
        self.setObsolete(True)
        self._live.refused = True

    def _put_back(self, undoing: bool) -> None:
        """Qt moves the history's place once this returns, as if the step were taken: an undo the
        database refused showed as undone, and offered its Redo. It is moved back on the next turn,
        without the command (the stack cannot be moved from within its own move)."""
        self._live.refused = True

        def back() -> None:
            self._skip = True
            (self._stack.redo if undoing else self._stack.undo)()

        QTimer.singleShot(0, back)


class Took(Enum):
    """Which move of a command ``LiveWorkspace.carry_out`` makes (its first do, an undo or a redo): what the box says
    was done in the database when it broke after its commit."""

    DONE = "do"
    UNDONE = "undo"
    REDONE = "redo"


class _Unforeseen(StoreError):
    """A bug (anything but a refusal) raised before the commit: nothing written, said as a refused write, and where its
    traceback is (``with_details``: it was logged first)."""

    def __init__(self, error: Exception) -> None:
        super().__init__("store.write_failed", reason=what_broke(error))

    def text(self, language: Language) -> str:
        return with_details(super().text(language))


class _Written(Exception):
    """A step the database holds, or may hold (``doubt``: the refusal that says a COMMIT is in doubt), broken as the
    window took it in: the window catches up with everything, and what broke is said (``LiveWorkspace.carry_out``)."""

    def __init__(self, doubt: StoreError | None) -> None:
        super().__init__()
        self.doubt = doubt


@dataclass
class _Kept:
    """A trainee's histories while another is shown, with the id of the program open as they left it: another
    one open since (made active or deleted elsewhere), the plan's steps were made on a program not shown. One
    saved elsewhere keeps them: their undo and redo are made on what was saved there, or refused."""

    stacks: dict[History, QUndoStack]
    program: int | None


class LiveWorkspace(QObject):
    """Emits ``changed`` with the ChangeSet of every edit, undo, redo and reload, and ``failed``
    with the history (plan or log), the reason and False when the database refused one; True when its COMMIT is in
    doubt instead (it may have been saved: the reason says so, and a box must not say "Not saved"). ``moved_on``: a
    step was taken (an edit, an undo or a redo done) or another trainee's histories are shown, so
    what was said of a refused undo or redo no longer applies. ``trainee_archived`` with the reason
    instead of ``failed``: an edit, undo or redo refused because the trainee shown was archived
    elsewhere (ui/shared/changes_elsewhere.py catches up at once, and the window says why after).
    ``steps_moved``: a step was pushed, taken or dropped, or another trainee's histories are shown
    (Edit > Undo names its step again). ``trainee_shown``: another trainee is shown, announced before
    ``changed``; ``plan_outdated`` right after it, when their plan's steps were dropped because another
    program was made active (or theirs deleted) while another trainee was shown. ``took_in`` with who saved
    the program elsewhere (user@computer, empty when unknown): a plan edit, undo or redo refused for that save
    was made again on it (the plan's steps are kept: each one's undo and redo is made on the other's saves
    too, or refused). ``kept_lived`` with the days and whether it was an undo (else a redo): a plan step taken
    but for those days, lived since its edit, which keep what they hold (``EditProgram.kept``). ``all_lived`` with
    the days and whether it was an undo: a plan undo or redo refused, the step where it was, for those days were all
    it changed (AllLived). ``unsure``: an edit, undo or redo committed and then broke as the window took it in, or its
    COMMIT is in doubt; the window reads again everything the database holds (ui/shared/changes_elsewhere.py).
    ``written_broke`` right after it, with what broke and what the step did (Took), unless in doubt: it is no step in
    the history (any more)."""

    changed = Signal(object)
    failed = Signal(object, str, bool)
    moved_on = Signal()
    trainee_archived = Signal(str)
    steps_moved = Signal()
    trainee_shown = Signal()
    plan_outdated = Signal()
    took_in = Signal(str)
    kept_lived = Signal(object, bool)
    all_lived = Signal(object, bool)
    unsure = Signal()
    written_broke = Signal(str, object)

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._trainee_steps = self._stack()  # archives and restores, whoever they were made for
        self.undo_stacks = self._histories()  # the trainee shown's, and the trainee steps
        self._kept: OrderedDict[int, _Kept] = OrderedDict()  # the others', the one shown longest ago first
        self._shown = workspace.trainee_id
        self._seen = workspace.program_id  # the open program as last announced
        self._made = itertools.count()
        self.refused = False  # an undo or redo was refused: Edit > Undo history's jump stops there
        workspace.subscribe(self._announce)

    def _stack(self) -> QUndoStack:
        stack = QUndoStack(self)
        stack.indexChanged.connect(self.steps_moved)  # a step taken, pushed or cleared away
        return stack

    def _histories(self) -> dict[History, QUndoStack]:
        """A trainee's histories as first shown: empty, beside the trainee steps every trainee shares."""
        return {history: self._trainee_steps if history is History.TRAINEE else self._stack()
                for history in History}

    def _announce(self, change: ChangeSet) -> None:
        """Every change of the workspace; another trainee shown brings their histories first."""
        if self.workspace.trainee_id != self._shown:
            self._show_histories()
        self._seen = self.workspace.program_id
        self.changed.emit(change)

    def _show_histories(self) -> None:
        """Keep the histories of the trainee shown before and bring back those of the one shown now. Their
        plan's steps go when another program is active now (their own deleted, or another chosen, elsewhere): they
        were made on a program not shown (so a catch-up drops them for the trainee shown, ui/shared/changes_elsewhere).
        Saved elsewhere meanwhile, it keeps them: an undo is made on what was saved there, or refused."""
        left, self._shown = self._shown, self.workspace.trainee_id
        own = {history: stack for history, stack in self.undo_stacks.items() if history is not History.TRAINEE}
        self._kept[left] = _Kept(own, self._seen)
        kept = self._kept.pop(self._shown, None)
        self.undo_stacks = self._histories() if kept is None else {**kept.stacks, History.TRAINEE: self._trainee_steps}
        while len(self._kept) >= KEPT_HISTORIES:  # the one shown longest ago goes
            for stack in self._kept.popitem(last=False)[1].stacks.values():
                stack.clear()
                stack.deleteLater()
        outdated = kept is not None and kept.program != self.workspace.program_id \
            and self.undo_stacks[History.PLAN].count() > 0
        if outdated:
            self.undo_stacks[History.PLAN].clear()
        self.trainee_shown.emit()
        self.moved_on.emit()
        self.steps_moved.emit()
        if outdated:
            self.plan_outdated.emit()

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
        """Do an edit and make it one undoable step; returns why it was refused, if it was (then nothing was written,
        and the caller says so where the user is looking), or a commit in doubt. An edit saved and then broken as the
        window took it in is said here (``written_broke``), and is no step."""
        before = self.workspace.trainee_id
        try:
            change = self.carry_out(self.workspace.execute, command, Took.DONE)
        except _Written as written:
            return written.doubt
        except StoreError as error:
            if isinstance(error, ProgramDeleted):  # the steps were made on a program that is gone
                self.undo_stacks[History.PLAN].clear()
            if isinstance(error, TraineeArchived):
                self.trainee_archived.emit(error.text(self.language))
            return error
        if change:  # an edit that changed nothing is no step
            if command.history is not History.TRAINEE and self._trainee_step(redo=True) is not None:
                self._trainee_steps.clear()  # redone, it would show another trainee over this step
            stack = self.undo_stacks[command.history]
            stack.push(_Step(self, command, next(self._made), stack, (before, self.workspace.trainee_id)))
            self.moved_on.emit()
            self.say_taken_in(command)
        return None

    def carry_out(self, step: Callable[[Command], ChangeSet], command: Command, took: Took) -> ChangeSet:
        """``step(command)`` (an edit's do, an undo, a redo), a failure told apart by the store's counts of commits and
        of commits in doubt. Before the commit nothing was written: a refusal is raised as it is, anything else as
        ``_Unforeseen``. After it, or with one in doubt, ``_Written`` is raised: ``unsure`` has the window read again
        everything the database holds, and ``written_broke`` says what broke (a doubt is said by whoever holds it)."""
        store = self.workspace.repository.store
        counted = store.commits, store.doubts
        try:
            return step(command)
        except AllLived:
            raise
        except Exception as error:  # a refusal (StoreError), or what none foresees (a bug, an OSError)
            if not isinstance(error, StoreError):  # the traceback, for whoever fixes it
                logging.getLogger(__name__).exception("The %s of “%s” broke", took.value, command.text)
            if (store.commits, store.doubts) == counted:
                if isinstance(error, StoreError):
                    raise
                raise _Unforeseen(error) from error
            self.unsure.emit()
            if store.commits == counted[0]:  # in doubt: its own words say so
                assert isinstance(error, StoreError)
                raise _Written(error) from error
            self.written_broke.emit(_said(error, self.language), took)
            raise _Written(None) from error

    def say_taken_in(self, command: Command) -> None:
        """A plan edit, undo or redo refused for a save elsewhere and made again on it: ``took_in`` says who saved."""
        if isinstance(command, EditProgram) and command.took_in is not None:
            self.took_in.emit(str(command.took_in.params.get("saved_by", "")))

    def say_kept(self, command: Command, undoing: bool) -> None:
        """A plan undo or redo that left days lived since its edit as they are: ``kept_lived`` names them."""
        if isinstance(command, EditProgram) and command.kept:
            self.kept_lived.emit(command.kept, undoing)

    def run_or_report(self, command: Command) -> bool:
        """Do an edit; a refusal is announced with ``failed``. True when it was done."""
        error = self.run(command)
        if error is not None and not isinstance(error, TraineeArchived):  # else said once caught up (run)
            self._say_failed(command.history, error)
        return error is None

    def apply(self, change: Change, said: Callable[[], str] | None = None) -> bool:
        """Edit the open program (a change that changes nothing is no step); ``said``: the undo step's
        name, else the change's own. True when it was done."""
        return self.run_or_report(self.program_edit(change, said))

    def program_edit(self, change: Change, said: Callable[[], str] | None = None) -> EditProgram:
        """The command that makes ``change`` to the open program, its undo step named by what it does."""
        return EditProgram(change, UndoText(said or (lambda: change.describe(self.language))))

    def set_language(self, language: Language) -> None:
        """Names glueplan gives, and the undo histories' steps (every trainee's), in another language (the
        window is rebuilt; its translators are installed already)."""
        self.workspace.set_language(language)
        kept = (stack for histories in self._kept.values() for stack in histories.stacks.values())
        for stack in (*self.undo_stacks.values(), *kept):
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
        announces it): their histories come back as they left them (``_show_histories``)."""
        step(self.workspace)

    def forget(self) -> None:
        """Drop the undo steps of the trainee shown, and the trainee steps (they were archived elsewhere:
        every step made for them would be refused)."""
        for stack in self.undo_stacks.values():
            stack.clear()
        self.moved_on.emit()

    def _trainee_step(self, redo: bool) -> _Step | None:
        """The trainee step Undo (``redo``: Redo) may take for the trainee shown: the archive or restore
        that showed them, or the one whose undo did."""
        stack = self._trainee_steps
        if not (stack.canRedo() if redo else stack.canUndo()):
            return None
        step = _step(stack, stack.index() - (not redo))
        return step if (step.before if redo else step.after) == self.workspace.trainee_id else None

    def undo_stack(self, page: History, redo: bool = False) -> QUndoStack | None:
        """The history whose step Edit > Undo (``redo``: Redo) takes on a page showing ``page``'s
        steps, None when there is none to take: the newest of the page's step, the window's and the
        trainee step (the oldest, to redo)."""
        stacks = [stack for stack in (self.undo_stacks[page], self.undo_stacks[History.WINDOW], self._trainee_steps)
                  if self._may_take(stack, page, redo)]
        if not stacks:
            return None
        return (min if redo else max)(stacks, key=lambda stack: _step(stack, stack.index() - (not redo)).order)

    def waits_on(self, page: History) -> History | None:
        """The other page whose newer step Undo on ``page`` waits for (a step of the window's or the
        trainee's is undone there first), None when it has a step to take or nothing waits."""
        waiting = self.undo_stacks[History.WINDOW].canUndo() or self._trainee_step(redo=False) is not None
        if not waiting or self.undo_stack(page) is not None or not self._undoable_beside(page):
            return None
        return max(self._other_pages(page), key=lambda history: self._newest_done((history,)))

    def _may_take(self, stack: QUndoStack, page: History, redo: bool) -> bool:
        """Whether Undo (``redo``: Redo) on ``page`` may take the step ``stack`` offers. A step of the
        window's (an import, an own exercise, the profile) or the trainee's is not undone while another
        page has a newer step done, which was made on what it did: the map's Ctrl+Z took back an import
        past an imported set edited on the History tab, and the edit was lost. A step undone is not redone
        once a newer one is done, made on what its undo left: the page's own or the window's, and for the
        window's or the trainee's any page's. A trainee step is taken only for the trainee it belongs to."""
        if stack is self._trainee_steps:
            step = self._trainee_step(redo)
            if step is None:
                return False
        elif stack.canRedo() if redo else stack.canUndo():
            step = _step(stack, stack.index() - (not redo))
        else:
            return False
        shared = stack is not self.undo_stacks[page]
        if redo:
            return step.order > self._newest_done((page, History.WINDOW, *(self._other_pages(page) if shared else ())))
        return not shared or step.order > self._newest_done(self._other_pages(page))

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

    def steps(self, page: History) -> tuple[list[str], int, int]:
        """Edit > Undo history on a page: the names of the steps its Undo and Redo take, in the
        order they were made (the undone ones last, in the order Redo takes them); how many of them
        are done; and the fewest the page can go back to (the trainee step that showed the trainee
        stays done while another page has newer steps of its own to undo)."""
        made = sorted([(index >= stack.index(), _step(stack, index)) for stack in self._offered(page)
                       for index in range(stack.count())] + self._trainee_made(),
                      key=lambda undone_step: (undone_step[0], undone_step[1].order))
        done = self._trainee_step(redo=False)
        fewest = 0 if done is None or done.order > self._newest_done(self._other_pages(page)) \
            else made.index((False, done)) + 1
        return [step.text() for _undone, step in made], self._done(page), fewest

    def _offered(self, page: History) -> tuple[QUndoStack, QUndoStack]:
        return self.undo_stacks[page], self.undo_stacks[History.WINDOW]

    def _trainee_made(self) -> list[tuple[bool, _Step]]:
        """The trainee step the trainee shown may undo or redo, as ``steps`` lists it (undone or not)."""
        done, undone = self._trainee_step(redo=False), self._trainee_step(redo=True)
        return [(False, done)] if done is not None else [(True, undone)] if undone is not None else []

    def _done(self, page: History) -> int:
        return sum(stack.index() for stack in self._offered(page)) + (self._trainee_step(redo=False) is not None)

    def go_to(self, page: History, done: int) -> None:
        """Undo or redo on a page, step by step as its Undo and Redo take them, until ``done`` of its
        ``steps`` are done (or none is left to take, or one was refused: it stays where it was; or a trainee
        step showed another trainee, whose histories are others)."""
        self.refused = False
        while (now := self._done(page)) != done and not self.refused:
            stack = self.undo_stack(page, redo=now < done)
            if stack is None:
                return
            if now < done:
                stack.redo()
            else:
                stack.undo()
            if stack is self._trainee_steps:
                return

    def step_failed(self, history: History, error: StoreError) -> None:
        """An undo or redo was refused: say so; after a reload the plan's steps go."""
        if isinstance(error, StaleProgram):
            # The steps were made on a program that has since been reloaded: undoing them would
            # overwrite the other window's work. Cleared once the stack is idle again.
            QTimer.singleShot(0, self.undo_stacks[History.PLAN].clear)
        if isinstance(error, TraineeArchived):
            self.trainee_archived.emit(error.text(self.language))
        else:
            self._say_failed(history, error)

    def _say_failed(self, history: History, error: StoreError) -> None:
        """``failed``: refused, or in doubt (the one refusal after which the step may be in the database)."""
        self.failed.emit(history, error.text(self.language), error.in_doubt)


def _said(error: Exception, language: Language) -> str:
    """What a failure says: a refusal its own words, anything else its kind and message (a bug's words, to be passed on
    to whoever fixes it) and where its traceback is (it was logged first)."""
    return error.text(language) if isinstance(error, StoreError) else with_details(what_broke(error))


def _step(stack: QUndoStack, index: int) -> _Step:
    step = stack.command(index)
    assert isinstance(step, _Step)  # every step is pushed by run
    return step
