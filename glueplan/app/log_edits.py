"""Changes to the training log as commands: each set is saved the moment it is entered, and an
undone set comes back under its old id and identity (glueplan/store/set_identity.py).

Every do and undo may be repeated: if one fails (a locked file), the step stays and repeating
it finishes the job; a set is never lost because its only copy lived in a dropped step. A set
edited or deleted in another window meanwhile is not overwritten: the store refuses the step.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from msgspec.structs import replace

from glueplan.app.changes import ChangeSet
from glueplan.app.command import DoneElsewhere, History
from glueplan.domain.log import LoggedSet
from glueplan.store.errors import SET_GONE, StoreError
from glueplan.store.repository import Repository
from glueplan.store.set_identity import new_identity

if TYPE_CHECKING:
    from glueplan.app.workspace import Workspace


@contextmanager
def _gone_is_fine() -> Iterator[None]:
    """A set that is not there (any more) is no failure for a step that wants it gone."""
    try:
        yield
    except StoreError as error:
        if error.key != SET_GONE:
            raise


def _stored(repository: Repository, set_id: int) -> LoggedSet | None:
    with _gone_is_fine():
        return repository.logged_set(set_id)
    return None


def _restore(workspace: Workspace, logged: LoggedSet, set_id: int, identity: str | None) -> int:
    """Insert a set that was stored under its old id and identity, unless it is there still or again; returns its id.

    A set is there under its identity, or under its old id (another window's undo may have
    brought it back without knowing its identity): no id is given twice (schema.Numbered), so
    the set under it is this one."""
    repository = workspace.repository
    found = None if identity is None else repository.logged_set_with(workspace.trainee_id, identity)
    if found is not None:
        return found
    if _stored(repository, set_id) is not None:
        return set_id
    return repository.log_set(workspace.trainee_id, logged, set_id, identity)


def _day(logged: LoggedSet) -> ChangeSet:
    return ChangeSet(log_days=frozenset({logged.performed_at.date()}))


@dataclass(eq=False)
class LogSet:
    logged: LoggedSet
    text: str
    history: History = History.LOG
    set_id: int | None = field(default=None, init=False)
    identity: str = field(default_factory=new_identity, init=False)  # the same set after an undo and a redo

    def do(self, workspace: Workspace) -> ChangeSet:
        if self.set_id is None:  # a new set: its day's view shows it as stored, without reading the day again
            self.set_id, stored = workspace.repository.log_set_as_stored(workspace.trainee_id, self.logged,
                                                                         identity=self.identity)
            return replace(_day(self.logged), logged=((self.set_id, stored),))
        self.set_id = _restore(workspace, self.logged, self.set_id, self.identity)
        return _day(self.logged)

    def undo(self, workspace: Workspace) -> ChangeSet:
        if self.set_id is not None:
            with _gone_is_fine():
                workspace.repository.delete_logged_set(self.set_id, self.logged)
        return _day(self.logged)


@dataclass(eq=False)
class DeleteSet:
    """``logged`` is the set as the window shows it: a set changed elsewhere since is not deleted.
    One deleted elsewhere already is no step: its undo would bring it back without its identity, a
    second set to a backup taken before (the other window's undo brings back the set itself)."""

    set_id: int
    logged: LoggedSet
    text: str
    history: History = History.LOG
    identity: str | None = field(default=None, init=False)  # as deleted: the undo brings back the same set

    def do(self, workspace: Workspace) -> ChangeSet:
        with _gone_is_fine():
            self.identity = workspace.repository.delete_logged_set(self.set_id, self.logged)
            return _day(self.logged)
        raise DoneElsewhere(_day(self.logged))

    def undo(self, workspace: Workspace) -> ChangeSet:
        self.set_id = _restore(workspace, self.logged, self.set_id, self.identity)
        return _day(self.logged)


@dataclass(eq=False)
class EditSet:
    """``before`` is the set as the edit found it; the store refuses the step if it differs now."""

    set_id: int
    before: LoggedSet
    after: LoggedSet
    text: str
    history: History = History.LOG

    def do(self, workspace: Workspace) -> ChangeSet:
        return self._write(workspace, self.before, self.after)

    def undo(self, workspace: Workspace) -> ChangeSet:
        return self._write(workspace, self.after, self.before)

    def _write(self, workspace: Workspace, expected: LoggedSet, wanted: LoggedSet) -> ChangeSet:
        if workspace.repository.logged_set(self.set_id) != wanted:
            workspace.repository.update_logged_set(self.set_id, expected, wanted)
        return _day(self.before) | _day(self.after)


@dataclass(eq=False)
class EditSessionNote:
    """A day's note from ``before`` (as the window showed it) to ``after``; the store refuses the
    step if the note differs from what it expects now, and a step repeated changes nothing."""

    day: date
    before: str
    after: str
    text: str
    history: History = History.LOG

    def do(self, workspace: Workspace) -> ChangeSet:
        return self._write(workspace, self.before, self.after)

    def undo(self, workspace: Workspace) -> ChangeSet:
        return self._write(workspace, self.after, self.before)

    def _write(self, workspace: Workspace, expected: str, wanted: str) -> ChangeSet:
        if workspace.session_note(self.day) != wanted:
            workspace.repository.set_session_note(workspace.trainee_id, self.day, expected, wanted)
        return ChangeSet(log_days=frozenset({self.day}))
