"""Edits of the list of programs, each undoable and each one transaction in the store: rename a
program or move its start, duplicate it (for this trainee or another), delete it, choose the active
one (the program the Week and Log tabs show and the app opens with), keep it as a template."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from msgspec.structs import replace

from glueplan.app.changes import ChangeSet
from glueplan.app.command import History
from glueplan.domain.commands import fresh_rows
from glueplan.domain.plan import Program, without_loads
from glueplan.domain.templates import Template
from glueplan.store.errors import ProgramDeleted
from glueplan.store.own_templates import add_template, delete_template, template_made, template_plan
from glueplan.store.program_rows import Links
from glueplan.store.repository import ProgramDetails

if TYPE_CHECKING:
    from glueplan.app.workspace import Workspace

LISTED = ChangeSet(programs=True)


def _reopened(workspace: Workspace, program_id: int) -> ChangeSet:
    """The open program was changed in the store: it is read again (a program not open is only listed)."""
    return LISTED | workspace.load_program(program_id) if program_id == workspace.program_id else LISTED


@dataclass(eq=False)
class EditProgramDetails:
    """Rename a program or move its start date."""

    program_id: int
    before: ProgramDetails
    after: ProgramDetails
    text: str
    history: History = History.PLAN

    def do(self, workspace: Workspace) -> ChangeSet:
        if self.before == self.after:
            return ChangeSet()
        return self._store(workspace, self.before, self.after)

    def undo(self, workspace: Workspace) -> ChangeSet:
        return self._store(workspace, self.after, self.before)

    def _store(self, workspace: Workspace, before: ProgramDetails, after: ProgramDetails) -> ChangeSet:
        """Save the details; a program deleted elsewhere leaves the list, and gives way to the trainee's
        active program if it was the one open (as an edit of its plan does)."""
        try:
            workspace.repository.update_program_details(self.program_id, before, after)
        except ProgramDeleted:
            active = workspace.repository.active_program(workspace.trainee_id)
            workspace.publish(LISTED | workspace.load_program(active) if self.program_id == workspace.program_id
                              else LISTED)
            raise
        return _reopened(workspace, self.program_id)


@dataclass(eq=False)
class DuplicateProgram:
    """A copy of a program under a new name, listed but not opened; for the trainee shown, or for
    ``to_trainee`` (a coach reuses a plan for another client). Its loads and notes come along only when
    ``keep_loads``: they were set for one person. Redone, it returns under the ids it had."""

    program_id: int
    name: str
    text: str
    history: History = History.PLAN
    to_trainee: int | None = None
    keep_loads: bool = True
    copy_id: int | None = field(default=None, init=False)
    _stored: Program | None = field(default=None, init=False)

    def do(self, workspace: Workspace) -> ChangeSet:
        repository = workspace.repository
        template = next((p.template_id for p in repository.program_overview(workspace.trainee_id)
                         if p.id == self.program_id), None)
        copy = self._stored
        if copy is None:
            original = repository.program(self.program_id)
            weeks = tuple(map(fresh_rows, original.weeks))
            if not self.keep_loads:
                weeks = tuple(map(without_loads, weeks))
            copy = replace(original, name=self.name, weeks=weeks)
        owner = workspace.trainee_id if self.to_trainee is None else self.to_trainee
        self.copy_id = repository.add_program(owner, copy, template, self.copy_id)
        self._stored = repository.program(self.copy_id)
        return LISTED

    def undo(self, workspace: Workspace) -> ChangeSet:
        """The copy goes, if it is there (it may have been deleted elsewhere)."""
        assert self.copy_id is not None
        workspace.repository.delete_program(self.copy_id)
        return LISTED


@dataclass(eq=False)
class DeleteProgram:
    """Delete a program. Undone, it comes back whole, under its ids (new ones for those another
    window's rows took meanwhile), with the sets logged against it linked again, and active and
    open again if it was."""

    program_id: int
    text: str
    history: History = History.PLAN
    _program: Program | None = field(default=None, init=False)
    _template: str | None = field(default=None, init=False)
    _links: Links = field(default_factory=dict, init=False)
    _made: datetime | None = field(default=None, init=False)  # when it was made: kept when it comes back
    _version: int = field(default=0, init=False)  # the version it was deleted at: it comes back at the next one
    _was_active: bool = field(default=False, init=False)
    _was_open: bool = field(default=False, init=False)

    def do(self, workspace: Workspace) -> ChangeSet:
        repository = workspace.repository
        made = repository.program_made(self.program_id)
        if made is None:
            return ChangeSet()  # gone (deleted elsewhere): nothing to delete
        listed = {p.id: p for p in repository.program_overview(workspace.trainee_id)}
        self._program, self._version = repository.program_state(self.program_id)
        self._template = listed[self.program_id].template_id
        self._was_active = listed[self.program_id].active
        self._was_open = workspace.program_id == self.program_id
        self._made = made
        self._links = repository.delete_program(self.program_id)
        if not self._was_open:
            return LISTED
        return LISTED | workspace.load_program(repository.active_program(workspace.trainee_id))

    def undo(self, workspace: Workspace) -> ChangeSet:
        assert self._program is not None
        self.program_id = workspace.repository.add_program(  # a new id if another program took it meanwhile
            workspace.trainee_id, self._program, self._template, self.program_id, relink=self._links,
            activate=self._was_active, made=self._made, version=self._version + 1)
        return LISTED | workspace.load_program(self.program_id) if self._was_open else LISTED


@dataclass(eq=False)
class ActivateProgram:
    """Make a program the active one: the Week and Log tabs show it, the app opens with it."""

    program_id: int
    text: str
    history: History = History.PLAN
    _before: int | None = field(default=None, init=False)

    def do(self, workspace: Workspace) -> ChangeSet:
        repository = workspace.repository
        if repository.program_made(self.program_id) is None:
            return ChangeSet()  # gone (deleted elsewhere): nothing to make active
        self._before = repository.active_program(workspace.trainee_id)
        if self._before == self.program_id == workspace.program_id:
            return ChangeSet()  # active and open already: no step
        return self._make_active(workspace, self.program_id)

    def undo(self, workspace: Workspace) -> ChangeSet:
        before = self._before
        if before is not None and workspace.repository.program_made(before) is None:
            before = None  # deleted elsewhere since: the program active now is shown
        return self._make_active(workspace, before)

    @staticmethod
    def _make_active(workspace: Workspace, program_id: int | None) -> ChangeSet:
        workspace.repository.set_active_program(workspace.trainee_id, program_id)
        if program_id is None:
            program_id = workspace.repository.active_program(workspace.trainee_id)
        if program_id == workspace.program_id:
            return LISTED
        return LISTED | workspace.load_program(program_id)


@dataclass(eq=False)
class SaveAsTemplate:
    """Keep a program's weeks as a template of the user's own, offered beside the built-in ones for
    every trainee (the list of programs shows the templates: ``programs`` in the change). Undone,
    it is deleted; redone, it returns under its id."""

    program_id: int
    name: str
    text: str
    history: History = History.PLAN
    number: int | None = field(default=None, init=False)
    _kept: bool = field(default=False, init=False)

    def do(self, workspace: Workspace) -> ChangeSet:
        if not self._kept:
            name = self.name.strip()[:200]
            plan = template_plan(name, workspace.repository.program(self.program_id), workspace.trainee.level)
            store = workspace.repository.store
            self.number = add_template(store, name, plan, self.number)
            self._kept = True
        return LISTED

    def undo(self, workspace: Workspace) -> ChangeSet:
        """The template goes, if it is there (it may have been deleted elsewhere)."""
        if self._kept and self.number is not None:
            delete_template(workspace.repository.store, self.number)
            self._kept = False
        return LISTED


@dataclass(eq=False)
class DeleteTemplate:
    """Delete one of the user's own templates (programs started from it stay as they are). Undone,
    it comes back under its id."""

    template: Template
    text: str
    history: History = History.PLAN
    _gone: bool = field(default=False, init=False)
    _number: int | None = field(default=None, init=False)  # where it is (a new one if its own was taken)
    _made: datetime | None = field(default=None, init=False)  # when it was kept: kept when it comes back

    def do(self, workspace: Workspace) -> ChangeSet:
        assert self.template.own_number is not None
        store = workspace.repository.store
        if self._number is None:
            made = template_made(store, self.template.own_number)
            if made is None:
                return ChangeSet()  # gone already (deleted in another window): no step, no undo to bring it back twice
            self._number, self._made = self.template.own_number, made
        if not self._gone:
            delete_template(store, self._number)
            self._gone = True
        return LISTED

    def undo(self, workspace: Workspace) -> ChangeSet:
        """It comes back as it was kept (an earlier Save as template undone takes it out), under its
        number, or a new one where another window brought the same template back first."""
        if self._gone:
            store = workspace.repository.store
            self._number = add_template(store, self.template.name.en, self.template.plan, self._number, self._made)
            self._gone = False
        return LISTED
