"""Edits of what the plan rests on: the trainee's profile, the user's own exercises, and new
programs. Each is undoable like a program edit."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from msgspec.structs import replace

from glueplan.app.changes import ChangeSet
from glueplan.app.command import DoneElsewhere, History
from glueplan.app.trainees import check_free_name
from glueplan.domain.catalog import Exercise
from glueplan.domain.default_names import in_language
from glueplan.domain.plan import Program
from glueplan.domain.trainee import Trainee
from glueplan.store.exercise_uses import ExerciseInUse, exercise_uses

if TYPE_CHECKING:
    from glueplan.app.workspace import Workspace


@dataclass(eq=False)
class EditProfile:
    """Name, level, units, time budgets: the rules and every load shown follow at once (File > Edit
    trainee and Edit > Profile; a new name must be free)."""

    before: Trainee
    after: Trainee
    text: str
    history: History = History.WINDOW

    def _write(self, workspace: Workspace, old: Trainee, new: Trainee) -> ChangeSet:
        if workspace.trainee == new:
            return ChangeSet()
        workspace.repository.update_trainee(workspace.trainee_id, *_as_stored(workspace, old, new))
        return workspace.set_trainee(new)

    def do(self, workspace: Workspace) -> ChangeSet:
        if self.after.name != self.before.name:  # a rename: --trainee NAME must name one trainee
            self.after = replace(self.after, name=check_free_name(workspace.repository, self.after.name,
                                                                  workspace.trainee_id))
        return self._write(workspace, self.before, self.after)

    def undo(self, workspace: Workspace) -> ChangeSet:
        return self._write(workspace, self.after, self.before)


def _as_stored(workspace: Workspace, old: Trainee, new: Trainee) -> tuple[Trainee, Trainee]:
    """The edit as the store holds the profile: a name glueplan gave shows in the window's
    language ("Mig" for the stored "Me"), so it is compared as stored and kept as stored (other
    languages go on showing their own) unless the edit renames the trainee."""
    stored = workspace.repository.trainee(workspace.trainee_id).name
    if stored == old.name or in_language(stored, workspace.language) != old.name:
        return old, new
    return replace(old, name=stored), replace(new, name=stored) if new.name == old.name else new


@dataclass(eq=False)
class SaveOwnExercise:
    """Add one of the user's own exercises (``exercise.id`` empty) or change one. ``saved`` is the
    exercise as stored, with its id, once done. A change, and an undo, write only over the exercise
    as this window last had it (StaleExercise when another window changed it since); an undone
    addition takes out only the exercise it added, and a redone one comes back under a new id if
    another exercise took its own meanwhile."""

    exercise: Exercise
    text: str
    history: History = History.WINDOW
    saved: Exercise | None = field(default=None, init=False)
    _before: Exercise | None = field(default=None, init=False)

    def do(self, workspace: Workspace) -> ChangeSet:
        repository = workspace.repository
        if self.saved is not None and workspace.catalog.exercises.get(self.saved.id) == self.saved:
            return ChangeSet()
        if self.exercise.id:
            self._before = workspace.catalog.exercise(self.exercise.id)
            self.saved = repository.update_custom_exercise(self.exercise, expected=self._before)
        elif self.saved is None:
            self.saved = repository.add_custom_exercise(self.exercise)
        else:  # redone after an undo: back under the id it had (a new one if it was taken meanwhile)
            self.saved = repository.add_custom_exercise(self.saved, keep_id=True)
        return workspace.set_catalog(repository.catalog())

    def undo(self, workspace: Workspace) -> ChangeSet:
        assert self.saved is not None
        repository = workspace.repository
        if self._before is not None:
            repository.update_custom_exercise(self._before, expected=self.saved)
        elif self.saved.id in workspace.catalog.exercises:
            delete_unused(workspace, self.saved, expected=self.saved)
        return workspace.set_catalog(repository.catalog())


def delete_unused(workspace: Workspace, exercise: Exercise,
                  expected: Exercise | None = None) -> tuple[str, ...] | None:
    """Delete one of the user's own exercises; ExerciseInUse, naming the places, while a program, a
    log or an own template uses it (nothing is deleted then). Returns the import choices that named
    it, which went with it, or None when it was gone already (Repository.delete_custom_exercise,
    which ``expected`` is passed to)."""
    refusal = in_use(workspace, exercise)
    if refusal is not None:
        raise refusal
    return workspace.repository.delete_custom_exercise(exercise.id, expected)


def in_use(workspace: Workspace, exercise: Exercise) -> ExerciseInUse | None:
    """Why the exercise cannot be deleted now (the places that name it), or None: the window says
    so before asking whether to delete it."""
    uses = exercise_uses(workspace.repository.store, exercise.id)
    return ExerciseInUse(exercise, uses) if uses else None


@dataclass(eq=False)
class DeleteOwnExercise:
    """Delete one of the user's own exercises (refused while anything uses it, or when another
    window changed it since this one read it); undone, it is back under its id (a new one if
    another exercise took it meanwhile), as it was, and so are the import choices that named it.
    One deleted in another window already is no step: undone first, it came back without its
    import choices, and the other window's undo, finding it back, left them lost."""

    exercise: Exercise
    text: str
    history: History = History.WINDOW
    _choices: tuple[str, ...] = field(default=(), init=False)

    def do(self, workspace: Workspace) -> ChangeSet:
        if self.exercise.id not in workspace.catalog.exercises:
            return ChangeSet()
        choices = delete_unused(workspace, self.exercise, expected=self.exercise)
        if choices is None:
            raise DoneElsewhere(workspace.set_catalog(workspace.repository.catalog()))
        self._choices = choices
        return workspace.set_catalog(workspace.repository.catalog())

    def undo(self, workspace: Workspace) -> ChangeSet:
        repository = workspace.repository
        if repository.has_custom_exercise(self.exercise):
            return ChangeSet()  # back already
        self.exercise = repository.add_custom_exercise(self.exercise, keep_id=True, choices=self._choices)
        return workspace.set_catalog(repository.catalog())


@dataclass(eq=False)
class StartProgram:
    """A new program (from a template or empty) for the trainee, made active and opened at once.
    Undone, it is deleted and the program shown before is active again; redone, it returns under
    the same ids."""

    program: Program
    template_id: str | None
    text: str
    history: History = History.PLAN
    program_id: int | None = field(default=None, init=False)
    _shown_before: int | None = field(default=None, init=False)
    _stored: Program | None = field(default=None, init=False)

    def do(self, workspace: Workspace) -> ChangeSet:
        self._shown_before = workspace.program_id
        self.program_id = workspace.repository.add_program(
            workspace.trainee_id, self._stored or self.program, self.template_id, self.program_id, activate=True)
        change = workspace.load_program(self.program_id)
        self._stored = workspace.program
        return change | ChangeSet(programs=True)

    def undo(self, workspace: Workspace) -> ChangeSet:
        """The program goes, if it is there (it may have been deleted elsewhere). The program shown
        before is active and shown again, unless it was deleted elsewhere too: then the active one is."""
        assert self.program_id is not None
        repository = workspace.repository
        shown = self._shown_before
        if shown is not None and repository.program_made(shown) is None:
            shown = None
        repository.delete_program(self.program_id, then_active=shown)
        if shown is None:
            shown = repository.active_program(workspace.trainee_id)
        return workspace.load_program(shown) | ChangeSet(programs=True)
