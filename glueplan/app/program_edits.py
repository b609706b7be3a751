"""Program edits as commands: a domain change made, saved row by row, and undone exactly."""

from __future__ import annotations

from dataclasses import dataclass, field

from glueplan.app.changes import ChangeSet
from glueplan.app.command import History
from glueplan.app.workspace import Workspace, touched_weeks
from glueplan.domain.commands import Change
from glueplan.domain.plan import Program
from glueplan.store.program_rows import Links


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

    def do(self, workspace: Workspace) -> ChangeSet:
        if self._done:
            return ChangeSet()
        assert workspace.program is not None
        if self._before is None:
            self._before = workspace.program
        after = self._after if self._after is not None else self.change.apply(self._before)
        if not touched_weeks(self._before, after):
            return ChangeSet()  # a change that changes nothing (a session dropped on its own day): no write, no step
        self._after, changed, self._cut_by_do = workspace.write_program(self._before, after, self._cut_by_undo)
        self._done = True
        return changed

    def undo(self, workspace: Workspace) -> ChangeSet:
        if not self._done:
            return ChangeSet()
        assert self._before is not None and self._after is not None
        self._before, changed, self._cut_by_undo = workspace.write_program(self._after, self._before, self._cut_by_do)
        self._done = False
        return changed
