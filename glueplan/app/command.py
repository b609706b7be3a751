"""The shape every edit takes: a command with ``do`` and ``undo`` that says what it changed."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from glueplan.app.changes import ChangeSet
    from glueplan.app.workspace import Workspace


class DoneElsewhere(Exception):
    """What a command's ``do`` raises when another window did its work first (the set or exercise
    it deletes is gone): that is no step to undo, yet the window shows ``seen`` now rather than at
    its next look at the database. The workspace announces it, as it announces every change."""

    def __init__(self, seen: ChangeSet) -> None:
        super().__init__()
        self.seen = seen


class History(StrEnum):
    """Which undo history a command joins: Undo follows the page, as users expect. A step made
    from the window's menus belongs to no page: every page's Undo offers it in its turn (the UI
    decides which step a page's Undo takes)."""

    PLAN = "plan"  # the open program and the program list
    LOG = "log"  # logged sets
    WINDOW = "window"  # the profile, own exercises, imports: asked for on any page
    TRAINEE = "trainee"  # who is shown: an archive or restore, in the history of the trainee it shows


class Command(Protocol):
    """One user edit. ``do`` and ``undo`` write through the workspace's repository, each in one
    transaction, raise StoreError when the database refused (nothing was written then; a plan step's undo or redo
    that the days lived since leave nothing raises AllLived, app.program_edits), and may
    be repeated: doing a command that is done already, or undoing one that is undone, changes
    nothing, so a failed step can be tried again without losing what it holds. A ``do`` that
    finds its work done by another window first raises DoneElsewhere."""

    @property
    def text(self) -> str: ...

    @property
    def history(self) -> History: ...

    def do(self, workspace: Workspace) -> ChangeSet: ...

    def undo(self, workspace: Workspace) -> ChangeSet: ...
