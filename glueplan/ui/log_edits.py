"""Changes to the training log as undoable steps: each set is saved the moment it is entered,
and an undone set comes back under its old id."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from glueplan.domain.log import LoggedSet
from glueplan.store.repository import Repository


class LogSet(QUndoCommand):
    def __init__(self, repository: Repository, trainee_id: int, logged: LoggedSet, text: str,
                 done: Callable[[], None]) -> None:
        super().__init__(text)
        self._repository = repository
        self._trainee_id = trainee_id
        self._logged = logged
        self._done = done
        self.set_id: int | None = None

    def redo(self) -> None:
        self.set_id = self._repository.log_set(self._trainee_id, self._logged, self.set_id)
        self._done()

    def undo(self) -> None:
        assert self.set_id is not None
        self._repository.delete_logged_set(self.set_id)
        self._done()


class DeleteSet(QUndoCommand):
    def __init__(self, repository: Repository, trainee_id: int, set_id: int, text: str,
                 done: Callable[[], None]) -> None:
        super().__init__(text)
        self._repository = repository
        self._trainee_id = trainee_id
        self._set_id = set_id
        self._logged = repository.logged_set(set_id)
        self._done = done

    def redo(self) -> None:
        self._repository.delete_logged_set(self._set_id)
        self._done()

    def undo(self) -> None:
        self._repository.log_set(self._trainee_id, self._logged, self._set_id)
        self._done()


class EditSet(QUndoCommand):
    def __init__(self, repository: Repository, set_id: int, after: LoggedSet, text: str,
                 done: Callable[[], None]) -> None:
        super().__init__(text)
        self._repository = repository
        self._set_id = set_id
        self._before = repository.logged_set(set_id)
        self._after = after
        self._done = done

    def redo(self) -> None:
        self._repository.update_logged_set(self._set_id, self._after)
        self._done()

    def undo(self) -> None:
        self._repository.update_logged_set(self._set_id, self._before)
        self._done()
