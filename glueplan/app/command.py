"""The shape every edit takes: a command with ``do`` and ``undo`` that says what it changed."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from glueplan.app.changes import ChangeSet
    from glueplan.app.workspace import Workspace


class History(StrEnum):
    """Which undo history a command joins: Undo follows the page, as users expect."""

    PLAN = "plan"  # the open program, the profile, own exercises
    LOG = "log"  # logged sets


class Command(Protocol):
    """One user edit. ``do`` and ``undo`` write through the workspace's repository, each in one
    transaction, raise StoreError when the database refused (nothing was written then), and may
    be repeated: doing a command that is done already, or undoing one that is undone, changes
    nothing, so a failed step can be tried again without losing what it holds."""

    @property
    def text(self) -> str: ...

    @property
    def history(self) -> History: ...

    def do(self, workspace: Workspace) -> ChangeSet: ...

    def undo(self, workspace: Workspace) -> ChangeSet: ...
