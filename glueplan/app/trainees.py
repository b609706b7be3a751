"""Which trainee a window or a command works on: the one named, else the one last used with this
database on this computer, else the first.

The last one used is remembered per computer and user, not in the database: in a clinic two
physiotherapists share the database but not whose data they have open. The file is keyed by
the database's location without its password.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs

from msgspec.structs import replace

from glueplan.app.changes import ChangeSet
from glueplan.app.command import History
from glueplan.app.workspace import Workspace
from glueplan.domain.language import Language
from glueplan.domain.messages import messages
from glueplan.domain.trainee import Trainee, Units
from glueplan.domain.trainee_names import free_name, name_key
from glueplan.store.atomic_file import write_file
from glueplan.store.errors import StoreError

if TYPE_CHECKING:  # the window's first screen comes before SQLAlchemy (app/opening.py)
    from sqlalchemy.engine import URL

    from glueplan.store.location import FileUrl
    from glueplan.store.repository import Repository

LAST_USED_FILE = "last-trainee.json"
NEW_SESSION_MINUTES = 45  # a built-in template's session with an exercise or two added (30 warned at one)


class UnknownTrainee(StoreError):
    """No trainee has the name given (``--trainee``): the message lists the ones there are."""

    def __init__(self, name: str, known: list[str]) -> None:
        super().__init__("trainee.unknown", name=name[:200], known=", ".join(known) or "–")


def check_free_name(repository: Repository, name: str, trainee_id: int | None = None) -> str:
    """The name, stripped, if no other trainee (archived ones included) has it, case aside:
    ``--trainee NAME`` must name one trainee. StoreError when it is empty or taken (the database
    refuses a name taken after this check as well)."""
    name = name.strip()
    if not name:
        raise StoreError("trainee.empty_name")
    repository.refuse_taken_name(name, trainee_id)
    return name


def show(workspace: Workspace, trainee_id: int) -> ChangeSet:
    """Show another trainee in the workspace and remember the choice; the caller announces it."""
    change = workspace.switch_trainee(trainee_id)
    remember(workspace.repository.store.engine.url, trainee_id)
    return change


def switch_to(workspace: Workspace, trainee_id: int) -> ChangeSet:
    """Show another trainee in the workspace, announce it to every page, and remember the choice."""
    change = show(workspace, trainee_id)
    workspace.publish(change)
    return change


def new_trainee_offer(workspace: Workspace) -> Trainee:
    """The profile File > New trainee offers, the name to fill in: the units of the trainee shown (the same
    gym's plates), the rules' usual level, and a session budget that a built-in template keeps with an
    exercise or two added."""
    return Trainee("", units=workspace.trainee.units, session_minutes=NEW_SESSION_MINUTES,
                   language=workspace.language)


def add_and_switch(workspace: Workspace, name: str, profile: Trainee = Trainee("")) -> ChangeSet:
    """A new trainee called ``name`` with ``profile``'s level, units and time budgets (by default the
    profile's defaults), in the workspace's language, shown at once."""
    trainee = replace(profile, name=check_free_name(workspace.repository, name), language=workspace.language)
    return switch_to(workspace, workspace.repository.add_trainee(trainee))


@dataclass(eq=False)
class ArchiveTrainee:
    """Archive the trainee shown (nothing of theirs is deleted) and show the first one left; or,
    ``archived`` False, bring an archived ``trainee_id`` back and show them. Undone, the archive is
    as it was and the trainee shown before is shown again. The window keeps each trainee's undo steps
    apart; this step is undone for the trainee it shows, and redone for the one its undo shows."""

    text: str
    trainee_id: int | None = None  # None: the one shown
    archived: bool = True
    history: History = History.TRAINEE
    _shown_before: int | None = field(default=None, init=False)
    _done: bool = field(default=False, init=False)

    def do(self, workspace: Workspace) -> ChangeSet:
        if self._done:
            return ChangeSet()
        if self.trainee_id is None:
            self.trainee_id = workspace.trainee_id
        self._shown_before = workspace.trainee_id
        workspace.repository.archive_trainee(self.trainee_id, self.archived)
        self._done = True
        return show(workspace, first_trainee(workspace.repository, workspace.language, workspace.trainee.units)
                    if self.archived else self.trainee_id)

    def undo(self, workspace: Workspace) -> ChangeSet:
        if not self._done or self.trainee_id is None or self._shown_before is None:
            return ChangeSet()
        workspace.repository.archive_trainee(self.trainee_id, not self.archived)
        self._done = False
        return show(workspace, self._shown_before)


def first_trainee(repository: Repository, language: Language, units: Units) -> int:
    """The first trainee not archived; on first run one is created in the user's language and ``units`` (the
    desktop's likely ones, app.desktop_locale.desktop_units, for a window's first start and a command's; after the
    last one is archived, theirs), under a name no one has ("Me (2)" beside an archived "Me"). When another
    computer creates one at the same moment, its trainee is the first."""
    found = remembered_or_first(None, repository.trainee_names())
    if found is not None:
        return found
    taken = {name_key(name) for _id, name in repository.trainee_names(archived=True)}
    try:
        return repository.add_trainee(first_start_trainee(language, units, taken))
    except StoreError as error:
        if error.key != "trainee.name_taken":
            raise
        return first_trainee(repository, language, units)


def first_start_trainee(language: Language, units: Units, taken: Collection[str] = ()) -> Trainee:
    """The trainee a first start makes: "Me" in the user's language (a name not ``taken``, by name_key), in
    ``units``; a new file's first screen shows them before the store has made them (app/opening.py)."""
    return Trainee(name=free_name(messages()("trainee.default_name", language), taken), units=units,
                   language=language)


def trainee_named(repository: Repository, name: str) -> int:
    """The trainee called ``name`` (case aside), archived ones included; UnknownTrainee if none is."""
    found = repository.trainee_named(name)
    if found is None:
        raise UnknownTrainee(name, [known for _id, known in repository.trainee_names()])
    return found[0]


def chosen_trainee(repository: Repository, name: str | None, language: Language,
                   first_units: Callable[[], Units]) -> int:
    """The trainee named, else the last one used with this database here (unless archived
    since), else the first (made in ``first_units()`` where there is none: asked only then, the desktop's likely
    units, or kilograms for a picture that must not depend on the machine)."""
    if name is not None:
        return trainee_named(repository, name)
    found = remembered_or_first(last_used(repository.store.engine.url), repository.trainee_names())
    return found if found is not None else first_trainee(repository, language, first_units())


def remembered_or_first(remembered: int | None, trainees: list[tuple[int, str]]) -> int | None:
    """Of the trainees not archived (id, name), the one remembered, else the first made; None when there is none."""
    ids = {trainee_id for trainee_id, _name in trainees}
    return remembered if remembered in ids else min(ids, default=None)


def _memory() -> Path:
    return platformdirs.user_config_path("glueplan", appauthor=False) / LAST_USED_FILE


def _key(url: URL | FileUrl) -> str:
    return url.render_as_string(hide_password=True)


def _read_memory() -> dict[str, int]:
    try:
        remembered = json.loads(_memory().read_text(encoding="utf-8"))
    except (OSError, ValueError):  # none yet, or damaged: nothing is remembered
        return {}
    return {key: value for key, value in remembered.items() if isinstance(value, int)} \
        if isinstance(remembered, dict) else {}


def last_used(url: URL | FileUrl) -> int | None:
    """The trainee last used with the database at ``url`` here, if any."""
    return _read_memory().get(_key(url))


def remembered_databases() -> list[str]:
    """The addresses (without a password) of the databases a trainee is remembered for here: each one glueplan
    opened on this computer since it remembers them."""
    return list(_read_memory())


def remember(url: URL | FileUrl, trainee_id: int) -> None:
    """Remember the trainee used last with this database (written to a temporary file and renamed into place), unless
    they are the one remembered already, as at most starts; a folder that cannot be written only means it is not
    remembered."""
    remembered = _read_memory()
    if remembered.get(_key(url)) == trainee_id:
        return
    path = _memory()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_file(path, json.dumps(remembered | {_key(url): trainee_id}).encode(), durable=False)
    except OSError:
        pass
