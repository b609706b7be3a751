"""PostgreSQL's own paths: a new database is built from the models and stamped, an older one is
migrated by Alembic to the same schema, databases of others or of a newer glueplan are refused
untouched, clients starting together set the schema up once, and a password in the URL is
never shown."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text

from glueplan.domain.language import Language
from glueplan.store import migrate, server
from glueplan.store.database import open_store
from glueplan.store.errors import StoreError
from glueplan.store.location import database_url
from glueplan.store.migrate import current_revision, head_revision
from glueplan.store.repository import Repository
from glueplan.store.schema import Base
from tests.conftest import database_at_revision
from tests.postgres_server import PostgresServer


@pytest.fixture
def empty(postgres: PostgresServer) -> str:
    return postgres.url(postgres.new_database())


def _schema(url: str) -> dict[str, Any]:
    engine = create_engine(url)
    try:
        inspector = inspect(engine)
        return {table: {"columns": sorted((c["name"], str(c["type"]), c["nullable"])
                                          for c in inspector.get_columns(table)),
                        "pk": inspector.get_pk_constraint(table),
                        "fks": sorted(str(fk) for fk in inspector.get_foreign_keys(table)),
                        "indexes": sorted(str(ix) for ix in inspector.get_indexes(table)),
                        "checks": sorted(str(ck) for ck in inspector.get_check_constraints(table))}
                for table in inspector.get_table_names()}
    finally:
        engine.dispose()


def test_an_empty_database_is_built_from_the_models_and_stamped(empty: str) -> None:
    store = open_store(database_url(empty))
    try:
        assert current_revision(store.engine) == head_revision()
        assert set(inspect(store.engine).get_table_names()) == set(Base.metadata.tables) | {"alembic_version"}
        assert Repository(store).catalog().exercise("back_squat")  # the catalogue is mirrored
    finally:
        store.close()


def test_migrating_from_empty_builds_the_same_schema_the_models_do(postgres: PostgresServer, empty: str) -> None:
    open_store(database_url(empty)).close()
    migrated = postgres.url(postgres.new_database())
    engine = create_engine(migrated)
    try:
        with engine.begin() as connection:  # as server.bring_server_up_to_date runs them
            migrate.upgrade(connection)
        with engine.connect() as connection:
            assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []
    finally:
        engine.dispose()
    assert _schema(migrated) == _schema(empty)


def test_an_older_database_is_upgraded_by_the_migrations(postgres: PostgresServer) -> None:
    older = postgres.url(postgres.new_database())
    database_at_revision(older, "0001")
    store = open_store(database_url(older))
    try:
        assert current_revision(store.engine) == head_revision()
    finally:
        store.close()


@pytest.mark.parametrize(("setup", "key"), [
    ("CREATE TABLE alembic_version (version_num varchar(32) NOT NULL); "
     "INSERT INTO alembic_version VALUES ('9999')", "store.newer_database"),
    ("CREATE TABLE invoices (id integer PRIMARY KEY)", "store.foreign_database"),
])
def test_a_newer_or_foreign_database_is_refused_untouched(empty: str, setup: str, key: str) -> None:
    engine = create_engine(empty)
    try:
        with engine.begin() as connection:
            connection.execute(text(setup))
        with pytest.raises(StoreError) as caught:
            open_store(database_url(empty))
        assert caught.value.key == key
        assert set(inspect(engine).get_table_names()) <= {"alembic_version", "invoices"}
    finally:
        engine.dispose()


def test_clients_opening_a_new_database_at_once_set_it_up_once(empty: str) -> None:
    """Without the set-up lock the second CREATE TABLE collides with the first (pg_type's key)."""
    with ThreadPoolExecutor(4) as pool:
        stores = list(pool.map(lambda _n: open_store(database_url(empty)), range(4)))
    try:
        with stores[0].engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM alembic_version")).scalar() == 1
    finally:
        for store in stores:
            store.close()


def test_a_client_waits_for_another_clients_set_up_however_long_it_takes(
        empty: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Edits give up a lock after a few seconds (server.LOCK_TIMEOUT_MS), and any wait on the server after a few
    more (server.ANSWER_LIMIT_S), but not the wait for the set-up or migration another client is running: that
    one would have failed a clinic's second computer at start."""
    monkeypatch.setattr(server, "LOCK_TIMEOUT_MS", 200)
    monkeypatch.setattr(server, "ANSWER_LIMIT_S", 0.2)
    holder = create_engine(empty)
    try:
        with holder.connect() as other, ThreadPoolExecutor(1) as pool:
            other.execute(text(f"SELECT pg_advisory_xact_lock({server.SETUP_LOCK})"))  # as a set-up in progress
            opening = pool.submit(open_store, database_url(empty))
            with pytest.raises(TimeoutError):
                opening.result(timeout=1)  # still waiting, five times the edits' limit
            other.rollback()
            opening.result(timeout=30).close()
    finally:
        holder.dispose()


def test_a_password_in_the_url_is_never_shown(postgres: PostgresServer, empty: str) -> None:
    """Trust authentication takes any password: a database that is missing, one that works, and
    a write it refuses; none of their messages shows the password."""
    with_password = "glueplan_test:s3cr3t-pw"
    with pytest.raises(StoreError) as missing:
        open_store(database_url(postgres.url("no_such_database", user=with_password)))
    shown = [missing.value.text(language) for language in Language]
    assert "no_such_database" in shown[0]
    store = open_store(database_url(empty.replace("glueplan_test@", with_password + "@")))
    try:
        with pytest.raises(StoreError) as refused, store.transaction() as session:
            session.execute(text("SELECT 1 / 0"))
        shown += [refused.value.text(Language.EN), str(store.engine.url), repr(store.engine)]
    finally:
        store.close()
    assert all("s3cr3t" not in text_shown for text_shown in shown), shown
