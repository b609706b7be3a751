"""Program edits as commands: a domain change made, saved row by row, and undone exactly."""

from __future__ import annotations

from dataclasses import dataclass, field

from glueplan.app.changes import ChangeSet
from glueplan.app.command import History
from glueplan.app.workspace import Workspace, touched_weeks
from glueplan.domain.commands import Change, replayed
from glueplan.domain.plan import Program
from glueplan.store.errors import ProgramDeleted, StaleProgram
from glueplan.store.program_rows import Links

REPLAYS = 3  # a change saved elsewhere again and again between the read and the replay stays refused


@dataclass(eq=False)
class EditProgram:
    """One step of the open program. The first ``do`` applies the domain change to the program as
    the window shows it; later redos write the very state the first one saved (ids included), and
    undo writes back the state before, so deleted rows return under their old ids. Each write
    hands back the links of logged sets that its deletions cut, and the write the other way
    restores them: a deleted planned exercise, brought back, has its logged sets again."""

    change: Change
    text: str
    history: History = History.PLAN
    _before: Program | None = field(default=None, init=False)
    _after: Program | None = field(default=None, init=False)
    _done: bool = field(default=False, init=False)
    _cut_by_do: Links = field(default_factory=dict, init=False)
    _cut_by_undo: Links = field(default_factory=dict, init=False)
    took_in: StaleProgram | None = field(default=None, init=False)

    def do(self, workspace: Workspace) -> ChangeSet:
        """The first ``do`` refused because the program was saved elsewhere since the window read it is made
        again on the program as saved there (read again by the refusal), as one more transaction, if what the
        change acts on is there unchanged (``replayed``); else, or when it happens again and again, it stays
        refused. ``took_in`` then holds that refusal: the step is made on the other's change, and undoes
        only its own."""
        if self._done:
            return ChangeSet()
        if self._after is not None:  # a redo: the very state the first do saved
            assert self._before is not None
            return self._write(workspace, self._before, self._after)
        change, replays = self.change, REPLAYS
        while True:
            before = workspace.program
            assert before is not None
            after = change.apply(before)
            if not touched_weeks(before, after):  # a change that changes nothing (a session dropped on its day)
                return ChangeSet()  # no write, no step
            try:
                return self._write(workspace, before, after)
            except StaleProgram as stale:  # the workspace holds the program as saved elsewhere now
                again = None if isinstance(stale, ProgramDeleted) or not replays or workspace.program is None \
                    else replayed(change, before, workspace.program)
                if again is None:
                    raise
                change, replays, self.took_in = again, replays - 1, stale

    def _write(self, workspace: Workspace, before: Program, after: Program) -> ChangeSet:
        self._after, changed, self._cut_by_do = workspace.write_program(before, after, self._cut_by_undo)
        self._before, self._done = before, True
        return changed

    def undo(self, workspace: Workspace) -> ChangeSet:
        if not self._done:
            return ChangeSet()
        assert self._before is not None and self._after is not None
        self._before, changed, self._cut_by_undo = workspace.write_program(self._after, self._before, self._cut_by_do)
        self._done = False
        return changed
