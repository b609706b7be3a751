"""Changes to the training log as undoable steps: each set is saved the moment it is entered,
and an undone set comes back under its old id. A write the database refuses drops its step
from the stack and says why through ``failed``; nothing half-done stays behind."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from glueplan.domain.log import LoggedSet
from glueplan.store.errors import StoreError
from glueplan.store.repository import Repository

Failed = Callable[[StoreError], None]


class _LogCommand(QUndoCommand):
    def __init__(self, text: str, done: Callable[[], None], failed: Failed) -> None:
        super().__init__(text)
        self._done = done
        self._failed = failed

    def _run(self, write: Callable[[], object]) -> None:
        try:
            write()
        except StoreError as error:
            self.setObsolete(True)  # the stack drops a step that did not happen
            self._failed(error)
        self._done()


class LogSet(_LogCommand):
    def __init__(self, repository: Repository, trainee_id: int, logged: LoggedSet, text: str,
                 done: Callable[[], None], failed: Failed) -> None:
        super().__init__(text, done, failed)
        self._repository = repository
        self._trainee_id = trainee_id
        self._logged = logged
        self.set_id: int | None = None

    def redo(self) -> None:
        self._run(self._log)

    def _log(self) -> None:
        self.set_id = self._repository.log_set(self._trainee_id, self._logged, self.set_id)

    def undo(self) -> None:
        self._run(self._delete)

    def _delete(self) -> None:
        if self.set_id is not None:
            self._repository.delete_logged_set(self.set_id)


class DeleteSet(_LogCommand):
    def __init__(self, repository: Repository, trainee_id: int, set_id: int, text: str,
                 done: Callable[[], None], failed: Failed) -> None:
        super().__init__(text, done, failed)
        self._repository = repository
        self._trainee_id = trainee_id
        self._set_id = set_id
        self._logged: LoggedSet | None = None

    def redo(self) -> None:
        self._run(self._delete)

    def _delete(self) -> None:
        self._logged = self._repository.logged_set(self._set_id)  # read here: the set may be gone already
        self._repository.delete_logged_set(self._set_id)

    def undo(self) -> None:
        self._run(self._restore)

    def _restore(self) -> None:
        assert self._logged is not None  # only a redone step can be undone
        self._repository.log_set(self._trainee_id, self._logged, self._set_id)


class EditSet(_LogCommand):
    def __init__(self, repository: Repository, set_id: int, after: LoggedSet, text: str,
                 done: Callable[[], None], failed: Failed) -> None:
        super().__init__(text, done, failed)
        self._repository = repository
        self._set_id = set_id
        self._before: LoggedSet | None = None
        self._after = after

    def redo(self) -> None:
        self._run(self._apply_after)

    def _apply_after(self) -> None:
        if self._before is None:
            self._before = self._repository.logged_set(self._set_id)
        self._repository.update_logged_set(self._set_id, self._after)

    def undo(self) -> None:
        self._run(self._apply_before)

    def _apply_before(self) -> None:
        assert self._before is not None  # only a redone step can be undone
        self._repository.update_logged_set(self._set_id, self._before)
