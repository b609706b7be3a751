"""Opening a workspace on a database: the trainee it shows and the program last worked on."""

from __future__ import annotations

from glueplan.app.trainees import chosen_trainee, first_trainee
from glueplan.app.workspace import Workspace
from glueplan.domain.language import Language
from glueplan.store.database import Store
from glueplan.store.repository import Repository

__all__ = ["first_trainee", "open_workspace"]  # first_trainee: where a window starts, defined with the other choices


def open_workspace(store: Store, language: Language, trainee: str | None = None) -> Workspace:
    """The workspace of the trainee named (else the one last used here, else the first), with
    their active program open (the newest unless they chose another)."""
    repository = Repository(store)
    workspace = Workspace(repository, chosen_trainee(repository, trainee, language), language)
    active = repository.active_program(workspace.trainee_id)
    if active is not None:
        workspace.load_program(active)
    return workspace
