"""Whether a start shows the first start's welcome (ui/welcome.py), apart from the welcome itself: every start asks,
and only a new user's builds it, so only a new user's start imports its module and makes its widget classes. Closed
is kept per database, on this computer (trainee_settings.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

from glueplan.ui.shared.trainee_settings import database_group, database_settings

if TYPE_CHECKING:
    from glueplan.app.workspace import Workspace
    from glueplan.store.database import Store
    from glueplan.ui.shared.live_workspace import LiveWorkspace

GROUP = "welcome"  # a group per database (trainee_settings.py), holding CLOSED
CLOSED = "closed"  # set once the welcome is closed, or a program or a set made it needless
COMPUTER_CLOSED_KEY = f"{GROUP}/{CLOSED}"  # glueplan's one mark for the computer, before it kept one per database


def first_start(workspace: Workspace) -> bool:
    """Whether the database is still a new user's: its one trainee, shown, has no program and no set. What the
    start read already (the trainees, the active program) decides first; the log is asked only when both say so."""
    only = [trainee_id for trainee_id, _name in workspace.listed] == [workspace.trainee_id]
    return only and workspace.program_id is None and not workspace.anything_logged()


def wanted(live: LiveWorkspace) -> bool:
    """Whether the window opens with the welcome: a first start, and not closed on this database (here) before."""
    closed = database_settings(GROUP, live.workspace.repository.store).value(CLOSED, False, bool)
    return not closed and first_start(live.workspace)


def mark_closed(store: Store) -> None:
    """The welcome is not shown again on this database, on this computer."""
    database_settings(GROUP, store).setValue(CLOSED, True)


def carry_over_computer_mark() -> None:
    """The welcome closed before glueplan kept the mark per database stays closed where it was closed: on one of the
    databases glueplan remembers a trainee for (app/trainees.py; each it opened here), so on each of them, as it was on
    all of them; with none remembered, on the default database. Called at start-up, before any database is opened
    and remembered: a new one given to this start is a first start of its own."""
    settings = QSettings()
    if not settings.contains(COMPUTER_CLOSED_KEY):
        return
    if settings.value(COMPUTER_CLOSED_KEY, False, bool):
        from glueplan.app.trainees import remembered_databases
        from glueplan.store.location import FileUrl, default_database_path

        for address in remembered_databases() or [FileUrl(default_database_path()).render_as_string()]:
            settings.setValue(f"{database_group(GROUP, address)}/{CLOSED}", True)
    settings.remove(COMPUTER_CLOSED_KEY)
