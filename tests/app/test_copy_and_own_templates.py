"""A coach reuses a plan (issue 14): a program copied to another trainee, and a program kept as a
template of the user's own, offered beside the built-in ones; each undoable and redoable."""

from __future__ import annotations

from glueplan.app.program_list_edits import DeleteTemplate, DuplicateProgram, SaveAsTemplate
from glueplan.app.templates import templates
from glueplan.app.workspace import Workspace
from glueplan.domain.catalog import builtin_catalog
from glueplan.domain.language import Language
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
