"""The one path every program edit takes: domain change -> undo stack -> store -> rules -> views.

A ProgramEditor owns the program being edited, its QUndoStack, and the rules report of the
current state. Views never change the program themselves: they hand a domain change to
``apply`` and redraw when ``changed`` says so.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from glueplan.domain.catalog import Catalog
from glueplan.domain.commands import Change, Edit
from glueplan.domain.language import Language
from glueplan.domain.plan import Program
from glueplan.domain.rules import Report, validate
from glueplan.domain.trainee import Trainee
from glueplan.store.errors import StoreError
from glueplan.store.repository import Repository


def _same_ids(a: Program, b: Program) -> bool:
    return [[s.id for s in w.sessions] for w in a.weeks] == [[s.id for s in w.sessions] for w in b.weeks]


class _EditCommand(QUndoCommand):
    """A domain Edit on Qt's undo stack: redo writes ``after``, undo writes ``before``."""

    def __init__(self, editor: ProgramEditor, edit: Edit) -> None:
        super().__init__(edit.text)
        self._editor = editor
        self._edit = edit

    def redo(self) -> None:
        try:
            saved = self._editor.write(self._edit.after)
        except StoreError as error:
            self.setObsolete(True)  # the stack drops an edit that could not be saved
            self._editor.failed.emit(error.text(self._editor.language))
            return
        self._edit = Edit(self._edit.before, saved, self._edit.text)  # redo keeps the ids rows got

    def undo(self) -> None:
        try:
            self._editor.write(self._edit.before)
        except StoreError as error:
            self._editor.failed.emit(error.text(self._editor.language))


class ProgramEditor(QObject):
    """Emits ``changed`` after every edit, undo and redo, and ``failed`` with the reason when
    the database refused one (nothing was written then)."""

    changed = Signal()
    failed = Signal(str)

    def __init__(self, repository: Repository, program_id: int, trainee_id: int, catalog: Catalog,
                 language: Language, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.repository = repository
        self.program_id = program_id
        self.trainee_id = trainee_id
        self.catalog = catalog
        self.language = language
        self.undo_stack = QUndoStack(self)
        self.program: Program = repository.program(program_id)
        self.trainee: Trainee = repository.trainee(trainee_id)
        self.report: Report = self._validate(self.program)

    def _validate(self, program: Program) -> Report:
        return validate(program, self.catalog, self.trainee.level,
                        session_minutes_budget=self.trainee.session_minutes,
                        weekly_minutes=self.trainee.weekly_minutes)

    def apply(self, change: Change) -> None:
        """Make a change as one undoable step, saved at once (a change that changes nothing,
        such as a session dropped on its own day, is no step at all)."""
        edit = Edit.make(self.program, change, self.language)
        if edit.after == edit.before and _same_ids(edit.after, edit.before):
            return
        self.undo_stack.push(_EditCommand(self, edit))

    def set_catalog(self, catalog: Catalog) -> None:
        """The user's own exercises changed: plans may now name them."""
        self.catalog = catalog
        self.report = self._validate(self.program)
        self.changed.emit()

    def preview(self, change: Change) -> Report:
        """The report the program would have after the change (nothing is saved)."""
        return self._validate(change.apply(self.program))

    def write(self, program: Program) -> Program:
        """Save the whole program state in one transaction and re-check it."""
        self.program = self.repository.save_program(self.program_id, program)
        self.report = self._validate(self.program)
        self.changed.emit()
        return self.program

    def set_trainee(self, trainee: Trainee) -> None:
        """The profile changed (level, time budget, units): the rules follow at once."""
        self.repository.update_trainee(self.trainee_id, trainee)
        self.trainee = trainee
        self.report = self._validate(self.program)
        self.changed.emit()
