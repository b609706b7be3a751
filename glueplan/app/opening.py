"""Opening a workspace on a database: the trainee it shows and the program last worked on."""

from __future__ import annotations

from glueplan.app.workspace import Workspace
from glueplan.domain.language import Language
from glueplan.domain.messages import messages
from glueplan.domain.trainee import Trainee
from glueplan.store.database import Store
from glueplan.store.repository import Repository


def first_trainee(repository: Repository, language: Language) -> int:
    """The trainee the window shows; on first run one is created in the user's language."""
    ids = repository.trainee_ids()
    if ids:
        return ids[0]
    return repository.add_trainee(Trainee(name=messages()("trainee.default_name", language), language=language))


def open_workspace(store: Store, language: Language) -> Workspace:
    """The workspace of the first trainee, with their active program open (the newest unless
    they chose another)."""
    repository = Repository(store)
    workspace = Workspace(repository, first_trainee(repository, language), language)
    active = repository.active_program(workspace.trainee_id)
    if active is not None:
        workspace.load_program(active)
    return workspace
