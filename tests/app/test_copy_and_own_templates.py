"""A coach reuses a plan (issue 14): a program copied to another trainee, and a program kept as a
template of the user's own, offered beside the built-in ones; each undoable and redoable."""

from __future__ import annotations


from msgspec.structs import replace

from glueplan.app.program_list_edits import DeleteTemplate, DuplicateProgram, SaveAsTemplate
from glueplan.app.templates import templates
from glueplan.app.workspace import Workspace
from glueplan.domain.catalog import builtin_catalog
from glueplan.domain.language import Language
from glueplan.domain.plan import Program
from glueplan.domain.trainee import Level, Trainee
from tests.conftest import identity


def test_a_program_copied_to_another_trainee_is_theirs_and_undone_is_gone(workspace: Workspace) -> None:
    repository = workspace.repository
    ane = repository.add_trainee(Trainee("Ane"))
    assert workspace.program_id is not None and workspace.program is not None
    copy = DuplicateProgram(workspace.program_id, "Ane's block", "Copy to Ane", to_trainee=ane)
    workspace.execute(copy)
    assert repository.programs(ane) == [(copy.copy_id, "Ane's block")]
    copied = repository.program(copy.copy_id)
    assert copied.weeks == workspace.program.weeks and identity(copied) != identity(workspace.program)
    assert [p for p, _name in repository.programs(workspace.trainee_id)] == [workspace.program_id]
    workspace.revert(copy)
    assert repository.programs(ane) == []
    workspace.execute(copy)
    assert identity(repository.program(copy.copy_id)) == identity(copied)  # back under its ids


def test_a_program_kept_as_a_template_is_offered_beside_the_built_in_ones(workspace: Workspace) -> None:
    store = workspace.repository.store
    assert workspace.program_id is not None and workspace.program is not None
    workspace.set_trainee(Trainee("Me", level=Level.ADVANCED))
    keep = SaveAsTemplate(workspace.program_id, "Clinic hip block", "Save as template")
    workspace.execute(keep)
    offered = templates(store)
    assert [t.id for t in offered] == ["seed-000", "seed-002", "own-1"]
    own = offered[-1]
    assert (own.name[Language.DA], own.level) == ("Clinic hip block", Level.ADVANCED)
    program = own.program(builtin_catalog(), Language.EN)  # its own length
    assert program.weeks == workspace.program.weeks
    workspace.revert(keep)
    assert [t.id for t in templates(store)] == ["seed-000", "seed-002"]
    workspace.execute(keep)
    assert [t.id for t in templates(store)] == ["seed-000", "seed-002", "own-1"]
    delete = DeleteTemplate(templates(store)[-1], "Delete template")
    workspace.execute(delete)
    assert [t.id for t in templates(store)] == ["seed-000", "seed-002"]
    workspace.revert(delete)
    assert templates(store)[-1] == own  # back under its id, the same


def with_a_load(program: Program) -> Program:
    """The program with a load and a note, Line's own, on its first exercise."""
    week, *rest = program.weeks
    first, *others = week.sessions
    item = replace(first.items[0], load_kg=62.5, note="Squeeze at the top")
    return replace(program, weeks=(replace(week, sessions=(replace(first, items=(item, *first.items[1:])), *others)),
                                   *rest))


def test_a_program_copied_without_loads_leaves_the_first_trainees_loads_and_notes_behind(
        workspace: Workspace) -> None:
    """A coach copied Line's program to Camilla and Camilla's week prescribed Line's 62.5 kg and her
    note: loads and notes belong to one person. One step: undone, the copy goes; redone, it is back as
    made, still without them; the original keeps its own."""
    repository = workspace.repository
    camilla = repository.add_trainee(Trainee("Camilla"))
    assert workspace.program is not None
    loaded = with_a_load(workspace.program)
    item = loaded.weeks[0].sessions[0].items[0]
    original = repository.add_program(workspace.trainee_id, loaded)
    copy = DuplicateProgram(original, "Camilla's block", "Copy to Camilla", to_trainee=camilla, keep_loads=False)
    workspace.execute(copy)
    assert copy.copy_id is not None
    copied = repository.program(copy.copy_id)
    items = [i for w in copied.weeks for s in w.sessions for i in s.items]
    assert [(i.load_kg, i.note) for i in items] == [(None, "")] * len(items)
    assert [(i.exercise_id, i.prescription) for i in items] == [
        (i.exercise_id, i.prescription) for w in loaded.weeks for s in w.sessions for i in s.items]
    assert repository.program(original).weeks[0].sessions[0].items[0] == item
    workspace.revert(copy)
    assert repository.programs(camilla) == []
    workspace.execute(copy)
    assert repository.program(copy.copy_id) == copied
    kept = DuplicateProgram(original, "With loads", "Copy to Camilla", to_trainee=camilla, keep_loads=True)
    workspace.execute(kept)
    assert kept.copy_id is not None
    assert repository.program(kept.copy_id).weeks[0].sessions[0].items[0] == item
