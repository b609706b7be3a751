"""An edit of a program another window deleted is refused with the word that it was deleted (a clinic walk:
window B was told the program "was saved … since you opened it. It has been reloaded to show that change;
yours was not saved, so please make it again", of a program that was gone), and B shows the trainee's
active program."""

from __future__ import annotations

import pytest

from glueplan.app.program_edits import EditProgram
from glueplan.app.program_list_edits import DeleteProgram, EditProgramDetails
from glueplan.app.workspace import Workspace
from glueplan.domain.commands import AddExercise
from glueplan.domain.language import Language
from glueplan.domain.plan import Weekday
from glueplan.store.database import Store
from glueplan.store.errors import StaleProgram
from glueplan.store.repository import ProgramDetails
from tests.conftest import seed_000, workspace_on
from tests.domain.test_commands import P
from tests.store.conftest import database, pytest_generate_tests  # noqa: F401  (both engines, as the store's tests)

DELETED = {Language.EN: "was deleted", Language.DA: "er slettet", Language.NB: "er slettet"}
NOT_SAVED = {Language.EN: "not saved", Language.DA: "ikke gemt", Language.NB: "ikke lagret"}


@pytest.mark.parametrize("another", [True, False], ids=["another program", "none left"])
def test_an_edit_of_a_program_deleted_elsewhere_says_it_was_deleted(store: Store, workspace: Workspace,
                                                                    another: bool) -> None:
    assert workspace.program_id is not None
    kept = workspace.repository.add_program(workspace.trainee_id, seed_000(), "seed-000", activate=False) \
        if another else None
    other = workspace_on(store)
    other.load_program(workspace.program_id)
    other.execute(DeleteProgram(workspace.program_id, "delete"))
    with pytest.raises(StaleProgram) as refused:
        workspace.execute(EditProgram(AddExercise(0, Weekday.TUE, "clamshell", P), "add"))
    for language in Language:
        said = refused.value.text(language)
        assert DELETED[language] in said and NOT_SAVED[language] in said, said
        assert "reloaded" not in said and "indlæst igen" not in said and "lastet inn" not in said
    assert workspace.program_id == kept == workspace.repository.active_program(workspace.trainee_id)


def test_a_rename_of_a_program_deleted_elsewhere_says_it_was_deleted(store: Store, workspace: Workspace) -> None:
    assert workspace.program is not None and workspace.program_id is not None and workspace.program.start
    start = workspace.program.start
    other = workspace_on(store)
    other.execute(DeleteProgram(workspace.program_id, "delete"))
    with pytest.raises(StaleProgram) as refused:
        workspace.execute(EditProgramDetails(workspace.program_id, ProgramDetails(workspace.program.name, start),
                                             ProgramDetails("Heavy block", start), "rename"))
    assert DELETED[Language.EN] in refused.value.text(Language.EN)
