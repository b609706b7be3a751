"""A clinic walk on PostgreSQL: a trainee switch made while the server was away left the workspace half switched
(the trainee's id was the one chosen, the profile, program and form the one shown), and the next set logged in
the form shown went to the other client. A switch is all or nothing now, and so is a catch-up with changes made
elsewhere: a server that goes away between their reads leaves the workspace as it was."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

from msgspec.structs import replace
import pytest
from sqlalchemy import event

from glueplan.app.elsewhere import catch_up
from glueplan.app.log_edits import LogSet
from glueplan.app.trainees import switch_to
from glueplan.app.workspace import Workspace
from glueplan.domain.log import LoggedSet
from glueplan.domain.trainee import Level, Trainee
from glueplan.store.database import open_store
from glueplan.store.errors import StoreError
from glueplan.store.location import database_url
from glueplan.store.repository import Repository
from tests.conftest import identity, seed_000, workspace_on
from tests.postgres_server import PostgresServer

SQUAT = LoggedSet("back_squat", datetime(2026, 11, 23, 18), 67.5, 8, 1)


@pytest.fixture
def ingrid_shown(own_server: PostgresServer) -> Iterator[tuple[Workspace, int, int]]:
    """A workspace showing Ingrid with her program; Meg, with a program of her own, is the other client."""
    store = open_store(database_url(own_server.url(own_server.new_database())))
    repository = Repository(store)
    ingrid = repository.add_trainee(Trainee("Ingrid Solberg"))
    meg = repository.add_trainee(Trainee("Meg", Level.ADVANCED))
    for trainee_id, name in ((ingrid, "Ingrid's"), (meg, "Meg's")):
        repository.add_program(trainee_id, replace(seed_000(), name=name), activate=True)
    workspace = workspace_on(store)
    switch_to(workspace, ingrid)
    yield workspace, ingrid, meg
    store.close()


def server_stops_before(server: PostgresServer, workspace: Workspace, marker: str) -> None:
    """The server stops (a restart, a Wi-Fi drop) just before the first statement that holds ``marker``."""
    stopped: list[str] = []

    def stop(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if marker in statement and not stopped:
            stopped.append(statement)
            server.stop("immediate")

    event.listen(workspace.repository.store.engine, "before_cursor_execute", stop)


def shown(workspace: Workspace) -> tuple[Any, ...]:
    return (workspace.trainee_id, workspace.trainee, workspace.program_id, identity(workspace.program),
            workspace.version, workspace.report, workspace.listed)


# The switch's reads: the trainee, the active program, the program's weeks (its name and version read already).
@pytest.mark.parametrize("marker", ["FROM trainee WHERE id", "SELECT id FROM program", "FROM program_week"])
def test_a_switch_refused_half_way_changes_nothing_and_the_next_set_goes_to_the_trainee_shown(
        own_server: PostgresServer, ingrid_shown: tuple[Workspace, int, int], marker: str) -> None:
    workspace, ingrid, meg = ingrid_shown
    before = shown(workspace)
    heard: list[object] = []
    workspace.subscribe(heard.append)
    server_stops_before(own_server, workspace, marker)
    with pytest.raises(StoreError):
        switch_to(workspace, meg)
    assert shown(workspace) == before and heard == []
    own_server.start()
    workspace.execute(LogSet(SQUAT, "Log set"))  # Log set pressed in Ingrid's form, once the server is back
    assert [s for _id, s in workspace.repository.sets_on(ingrid, SQUAT.performed_at.date())] == [SQUAT]
    assert workspace.repository.logged_sets(meg) == []


def test_a_catch_up_refused_half_way_changes_nothing_and_the_next_look_brings_it_all(
        own_server: PostgresServer, ingrid_shown: tuple[Workspace, int, int]) -> None:
    """Saved elsewhere: Ingrid's level and program. A catch-up whose reads stop after the first ones used to keep
    the new profile without announcing it; the next look, finding it the same, said nothing of it either."""
    workspace, ingrid, _meg = ingrid_shown
    elsewhere = Repository(open_store(workspace.repository.store.engine.url))
    elsewhere.update_trainee(ingrid, workspace.trainee, replace(workspace.trainee, level=Level.ADVANCED))
    program, version = elsewhere.program_state(workspace.program_id)
    elsewhere.save_program_edit(workspace.program_id, program, replace(program, name="Ingrid's spring"), version)
    elsewhere.store.close()
    before = shown(workspace)
    # the catalogue, trainee lists and profile read
    server_stops_before(own_server, workspace, "SELECT id FROM program")
    with pytest.raises(StoreError):
        catch_up(workspace)
    assert shown(workspace)[:-1] == before[:-1]
    own_server.start()
    change = catch_up(workspace)
    assert change.trainee and change.program and workspace.trainee.level is Level.ADVANCED
    assert workspace.program is not None and workspace.program.name == "Ingrid's spring"
