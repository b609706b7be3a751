"""Changes to the training log as undoable steps: each set is saved the moment it is entered,
and an undone set comes back under its old id.

A step joins the undo stack only after its first write succeeded (``push_to``), so a refused
write leaves Undo and Redo as they were. Every later undo and redo is idempotent: if one fails
(a locked file), the step stays and repeating it finishes the job; a set is never lost because
the only copy of it lived in a dropped step."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtGui import QUndoCommand, QUndoStack

from glueplan.domain.log import LoggedSet
from glueplan.store.errors import StoreError
from glueplan.store.repository import Repository

Failed = Callable[[StoreError], None]
GONE = "store.set_gone"


@contextmanager
def _gone_is_fine() -> Iterator[None]:
    """A set that is not there (any more) is no failure for a step that wants it gone."""
    try:
        yield
    except StoreError as error:
        if error.key != GONE:
            raise


def _present(repository: Repository, set_id: int) -> bool:
    with _gone_is_fine():
        repository.logged_set(set_id)
        return True
    return False


def _delete(repository: Repository, set_id: int) -> None:
    with _gone_is_fine():
        repository.delete_logged_set(set_id)


def _restore(repository: Repository, trainee_id: int, logged: LoggedSet, set_id: int | None) -> int:
    """Insert a set under its old id, unless it is there already."""
    if set_id is not None and _present(repository, set_id):
        return set_id
    return repository.log_set(trainee_id, logged, set_id)


class _LogCommand(QUndoCommand):
    def __init__(self, text: str, done: Callable[[], None], failed: Failed) -> None:
        super().__init__(text)
        self._done = done
        self._failed = failed
        self._written = False

    def push_to(self, stack: QUndoStack) -> StoreError | None:
        """Write, and only then become a step; returns why the write was refused, if it was."""
        try:
            self._forward()
        except StoreError as error:
            self._done()  # e.g. a set deleted elsewhere disappears from view
            return error
        self._written = True  # push() calls redo() at once: the write is done already
        stack.push(self)
        return None

    def redo(self) -> None:
        if self._written:
            self._written = False
        else:
            self._attempt(self._forward)
        self._done()

    def undo(self) -> None:
        self._attempt(self._backward)
        self._done()

    def _attempt(self, write: Callable[[], None]) -> None:
        try:
            write()
        except StoreError as error:
            if error.key == GONE:
                self.setObsolete(True)  # the set was deleted elsewhere: nothing left to change
            self._failed(error)

    def _forward(self) -> None:
        raise NotImplementedError

    def _backward(self) -> None:
        raise NotImplementedError


class LogSet(_LogCommand):
    def __init__(self, repository: Repository, trainee_id: int, logged: LoggedSet, text: str,
                 done: Callable[[], None], failed: Failed) -> None:
        super().__init__(text, done, failed)
        self._repository = repository
        self._trainee_id = trainee_id
        self._logged = logged
        self.set_id: int | None = None

    def _forward(self) -> None:
        self.set_id = _restore(self._repository, self._trainee_id, self._logged, self.set_id)

    def _backward(self) -> None:
        if self.set_id is not None:
            _delete(self._repository, self.set_id)


class DeleteSet(_LogCommand):
    def __init__(self, repository: Repository, trainee_id: int, set_id: int, text: str,
                 done: Callable[[], None], failed: Failed) -> None:
        super().__init__(text, done, failed)
        self._repository = repository
        self._trainee_id = trainee_id
        self._set_id = set_id
        self._logged: LoggedSet | None = None

    def _forward(self) -> None:
        if self._logged is None:  # read at the first delete: the set may be gone already
            self._logged = self._repository.logged_set(self._set_id)
        _delete(self._repository, self._set_id)

    def _backward(self) -> None:
        assert self._logged is not None  # only a done step can be undone
        _restore(self._repository, self._trainee_id, self._logged, self._set_id)


class EditSet(_LogCommand):
    """``before`` is the set as the edit found it (the caller has just read it)."""

    def __init__(self, repository: Repository, set_id: int, before: LoggedSet, after: LoggedSet, text: str,
                 done: Callable[[], None], failed: Failed) -> None:
        super().__init__(text, done, failed)
        self._repository = repository
        self._set_id = set_id
        self._before = before
        self._after = after

    def _forward(self) -> None:
        self._repository.update_logged_set(self._set_id, self._after)

    def _backward(self) -> None:
        self._repository.update_logged_set(self._set_id, self._before)
