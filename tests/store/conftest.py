"""The store's tests run on both engines glueplan supports: each test that opens a store runs once
on an SQLite file and once on a PostgreSQL database of its own. A test about SQLite files
(WAL, backups of the file, a file that is not a database) says so with ``sqlite_only``."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from glueplan.store.database import open_store
from glueplan.store.location import database_url
from glueplan.store.repository import Repository
from tests.postgres_server import PgBouncer, PostgresServer, ServerUnavailable


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "database" in metafunc.fixturenames:
        sqlite_only = metafunc.definition.get_closest_marker("sqlite_only") is not None
        metafunc.parametrize("engine_name", ["sqlite"] if sqlite_only else ["sqlite", "postgresql"])


@pytest.fixture
def database(engine_name: str, db_path: Path, request: pytest.FixtureRequest,
             monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The test's SQLite file, or a PostgreSQL database copied from the migrated template (dropped
    afterwards, whoever is still connected)."""
    if engine_name == "sqlite":
        yield str(db_path)
        return
    server: PostgresServer = request.getfixturevalue("postgres")
    name = server.new_database(request.getfixturevalue("postgres_template"))
    monkeypatch.setenv("GLUEPLAN_DB", server.url(name))
    yield server.url(name)
    server.drop_database(name)


@pytest.fixture
def elsewhere(database: str) -> Iterator[Repository]:
    """A second store on the test's database: another window, or another computer."""
    other = open_store(database_url(database))
    yield Repository(other)
    other.close()


@pytest.fixture(scope="session", params=["session", "transaction"])
def pgbouncer(postgres: PostgresServer, request: pytest.FixtureRequest) -> Iterator[PgBouncer]:
    """PgBouncer in front of the test server, in session pooling (a server connection per client) and in
    transaction pooling (one per transaction, shared: hosted poolers' default). If it cannot start, each
    test that needs it fails saying why, as for the server."""
    try:
        bouncer = PgBouncer(postgres, request.param, port=6432 if request.param == "session" else 6433)
    except (ServerUnavailable, OSError) as error:
        pytest.fail(f"PgBouncer could not be started for the tests: {error}", pytrace=False)
    yield bouncer
    bouncer.close()
