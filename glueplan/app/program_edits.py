"""Program edits as commands: a domain change made, saved row by row, and undone exactly."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from glueplan.app.changes import ChangeSet
from glueplan.app.command import History
from glueplan.app.workspace import Workspace, touched_weeks
from glueplan.domain.commands import Change, Replayable, Step, replayed, same_rows
from glueplan.domain.default_names import program_in_language
from glueplan.domain.language import Language
from glueplan.domain.past import NO_PAST, Past
from glueplan.domain.plan import Program
from glueplan.store.errors import ProgramDeleted, StaleProgram

if TYPE_CHECKING:  # a window's first screen comes before SQLAlchemy (app/opening.py)
    from glueplan.store.program_rows import Links

REPLAYS = 3  # a change saved elsewhere again and again between the read and the replay stays refused


class AllLived(Exception):
    """An undo or redo refused, nothing written: every change it makes falls on ``days`` lived since its edit
    (``Step.keeping`` leaves it nothing). The window takes it off its history (ui/shared/live_workspace.py): the days
    stay lived, so it would be refused again each time, both ways, with every older step behind it."""

    def __init__(self, days: tuple[date, ...]) -> None:
        super().__init__()
        self.days = days


@dataclass(eq=False)
class EditProgram:
    """One step of the open program. The first ``do`` applies the domain change to the program as
    the window shows it; undo takes the program back to the state before (``Step``), and redo to the
    state the first do saved, ids included, so deleted rows return under their old ids. Each write
    hands back the links of logged sets that its deletions cut, and the write the other way
    restores them: a deleted planned exercise, brought back, has its logged sets again.

    Every one of the three is an edit like any other: made on the program as saved elsewhere since the
    window read it (read again by a refusal, or by catching up), if what it acts on is there unchanged
    (``replayed``), as one more transaction; else, or when it happens again and again, it is refused.
    ``took_in`` holds the refusal got past by the last of them (None when there was none): the step was
    made on the other's change, and its undo takes back only its own.

    An undo or redo runs later than the edit, days later perhaps: what was lived since it was last made (a day gone,
    a day with sets logged: ``Workspace.lived``) keeps what it holds, as the edits that keep history keep it
    (``Step.keeping``), and ``kept`` names those days it would have changed. Undone whole, a copy made on Monday
    and undone on Thursday turned Wednesday's session, done against the copy, "partly done" after the fact. A day
    lived already when the step was made (yesterday's dose written as it was done) is its own to take back. An undo
    or redo left nothing by them is refused (AllLived)."""

    change: Change
    text: str
    history: History = History.PLAN
    _before: Program | None = field(default=None, init=False)  # the program as the step found it (undone)
    _after: Program | None = field(default=None, init=False)  # and as it left it (done)
    _done: bool = field(default=False, init=False)
    _cut_by_do: Links = field(default_factory=dict, init=False)
    _cut_by_undo: Links = field(default_factory=dict, init=False)
    took_in: StaleProgram | None = field(default=None, init=False)
    _language: Language | None = field(default=None, init=False)  # of the names glueplan gave in the two states
    _lived: Past = field(default=NO_PAST, init=False)  # history as the step was last made (done or undone)
    kept: tuple[date, ...] = field(default=(), init=False)  # the days lived since that the last undo or redo kept

    def do(self, workspace: Workspace) -> ChangeSet:
        self.kept = ()
        if self._done:
            return ChangeSet()
        if self._after is None:
            assert workspace.program is not None
            return self._make(workspace, self.change, workspace.program, undoing=False, lived=workspace.lived())
        before, after = self._states(workspace)
        return self._step(workspace, before, after, undoing=False)

    def undo(self, workspace: Workspace) -> ChangeSet:
        self.kept = ()
        if not self._done:
            return ChangeSet()
        before, after = self._states(workspace)
        return self._step(workspace, after, before, undoing=True)

    def _step(self, workspace: Workspace, start: Program, end: Program, undoing: bool) -> ChangeSet:
        """Undo or redo: the step from ``start`` to ``end`` but for the days lived since the step was last made;
        refused (AllLived) when those days were all it changed."""
        lived = workspace.lived()
        weeks = range(max(len(start.weeks), len(end.weeks)))
        step, kept = Step(start, end).keeping(lived.days(start, weeks) - self._lived.days(start, weeks))
        changed = self._make(workspace, step, start, undoing, lived)
        days = tuple(sorted(day for week, weekday in kept if (day := start.date_of(week, weekday)) is not None))
        if kept and not changed:
            raise AllLived(days)
        self.kept = days
        return changed

    def _states(self, workspace: Workspace) -> tuple[Program, Program]:
        """The program before the step and after it, the names glueplan gave in the window's language, as the
        workspace holds the program (Preferences may have changed it since: "Workout 1" is "Træning 1" now)."""
        assert self._before is not None and self._after is not None
        if self._language is not workspace.language:
            self._before, self._after = (program_in_language(state, workspace.language)
                                         for state in (self._before, self._after))
            self._language = workspace.language
        return self._before, self._after

    def _make(self, workspace: Workspace, change: Replayable, made_on: Program, undoing: bool,
              lived: Past) -> ChangeSet:
        """Write ``change``, made on ``made_on``, to the program the workspace holds: made again there when that
        was saved elsewhere since, ``lived`` being what is history now. A change that changes nothing (a session
        dropped on its day) is no write."""
        refusal: StaleProgram | None = None
        replays, read = REPLAYS, False  # read: the workspace's copy was read in this call, by a refusal or not
        while True:
            now = workspace.program
            assert now is not None  # a program deleted elsewhere is refused (ProgramDeleted), not read again
            if not same_rows(now, made_on):  # saved elsewhere: the workspace read it again
                again = replayed(change, made_on, now)
                if again is None:
                    if read or not workspace.read_program_again():  # refused on what the store holds, not an old copy
                        raise refusal or StaleProgram()
                    # Saved elsewhere since: made on it, the step is said as one a refusal's reload let through
                    # (took_in), the window showing the other's change; who saved is known to a refusal alone.
                    read, refusal = True, refusal or StaleProgram()
                    continue
                change, made_on = again, now
            after = change.apply(now)
            if not touched_weeks(now, after):
                return ChangeSet()
            try:
                saved, changed, cut = workspace.write_program(now, after, self._cut_by_do if undoing
                                                              else self._cut_by_undo)
            except StaleProgram as stale:  # the workspace holds the program as saved elsewhere now
                if isinstance(stale, ProgramDeleted) or not replays:  # each refusal spends one, rows changed or not
                    raise
                refusal, replays, read = stale, replays - 1, True
                continue
            if undoing:
                self._after, self._before, self._cut_by_undo = now, saved, cut
            else:
                self._before, self._after, self._cut_by_do = now, saved, cut
            self._done, self.took_in, self._language, self._lived = not undoing, refusal, workspace.language, lived
            return changed
