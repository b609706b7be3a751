"""A clinic's PostgreSQL behind PgBouncer (Debian 12 has 1.18), in session and in transaction pooling. glueplan
could not connect through it at all: its limits on waiting went in libpq's ``options``, which PgBouncer refuses
("unsupported startup parameter: options"; ``?options=%20``, which the README offered, is refused too). Set
once connected instead, they could not be set for the connection in transaction pooling (they would stay on a
server connection other clients share), psycopg's prepared statements collided there ("prepared statement
"_pg3_0" already exists"), and no window learnt what another saved: the pool passes no notification on."""

from __future__ import annotations

import time
from datetime import datetime
from select import select as wait_for_sockets

import psycopg
import pytest
from sqlalchemy import create_engine, select, text

from glueplan.domain.commands import AddExercise
from glueplan.domain.log import LoggedSet
from glueplan.domain.plan import Weekday
from glueplan.domain.trainee import Trainee
from glueplan.store import migrate, server
from glueplan.store.change_watch import ChangeWatch
from glueplan.store.database import open_store
from glueplan.store.errors import ARCHIVED_LOG, StoreError, TraineeArchived
from glueplan.store.location import database_url
from glueplan.store.repository import Repository
from tests.conftest import database_at_revision, seed_000
from tests.postgres_server import SUPERUSER, PgBouncer, PostgresServer

SQUAT = LoggedSet("back_squat", datetime(2026, 11, 23, 7), 100.0, 5, 2)


def test_two_windows_set_up_edit_and_log_through_pgbouncer(pgbouncer: PgBouncer, postgres: PostgresServer) -> None:
    """The first start builds the schema (under the set-up lock), the second window opens it built; a program
    edit and a set made in one are read in the other, and a set for a trainee the other archived is refused
    (the trainee's row read FOR SHARE in the writing transaction)."""
    name = postgres.new_database()
    stores = [open_store(database_url(pgbouncer.url(name))) for _window in range(2)]
    try:
        here, there = (Repository(store) for store in stores)
        ane = here.add_trainee(Trainee("Ane Kjær"))
        program_id = here.add_program(ane, seed_000(), "seed-000", activate=True)
        program, version = there.program_state(program_id)
        after = AddExercise(0, Weekday.TUE, "clamshell", seed_000().weeks[0].sessions[0].items[0].prescription)
        saved, _version, _cut = there.save_program_edit(program_id, program, after.apply(program), version)
        assert here.program(program_id) == saved
        here.log_set(ane, SQUAT)
        assert there.logged_sets(ane) == [SQUAT]
        there.archive_trainee(ane)
        with pytest.raises(TraineeArchived) as refused:
            here.log_set(ane, SQUAT)
        assert refused.value.key == ARCHIVED_LOG and there.logged_sets(ane) == [SQUAT]
    finally:
        for store in stores:
            store.close()


def test_clients_repeating_a_statement_through_the_pool_never_collide(pgbouncer: PgBouncer, postgres_template: str,
                                                                      postgres: PostgresServer) -> None:
    """psycopg prepares a statement on its sixth run on one connection; in transaction pooling two clients take
    turns on one server connection, where the second's prepared statement met the first's name."""
    name = postgres.new_database(postgres_template)
    stores = [open_store(database_url(pgbouncer.url(name))) for _client in range(2)]
    try:
        clients = [Repository(store) for store in stores]
        ane = clients[0].add_trainee(Trainee("Ane Kjær"))
        for day in range(1, 9):
            for minute, client in enumerate(clients):
                client.log_set(ane, LoggedSet("back_squat", datetime(2026, 11, day, 7, minute), 100.0, 5, 2))
        assert len(clients[1].logged_sets(ane)) == 16
    finally:
        for store in stores:
            store.close()


def test_the_limits_on_waiting_hold_through_the_pool_and_stay_with_glueplan(
        pgbouncer: PgBouncer, postgres_template: str, postgres: PostgresServer,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A set kept waiting on another client's lock is given up (here after a fifth of a second), as straight to
    the server; the limits are glueplan's transactions' own: another program through the same pool has the
    server's (none), where a SET on a connection in transaction pooling stays on the server connection."""
    monkeypatch.setattr(server, "LOCK_TIMEOUT_MS", 200)
    name = postgres.new_database(postgres_template)
    store = open_store(database_url(pgbouncer.url(name)))
    holder = create_engine(postgres.url(name))
    try:
        repository = Repository(store)
        ane = repository.add_trainee(Trainee("Ane Kjær"))
        with store.reading() as session:
            assert session.scalar(text("SHOW statement_timeout")) == f"{server.STATEMENT_TIMEOUT_MS // 1000}s"
        with holder.connect() as other:
            other.execute(text("LOCK TABLE logged_set IN ACCESS EXCLUSIVE MODE"))  # and keeps its transaction open
            started = time.monotonic()
            with pytest.raises(StoreError) as kept_waiting:
                repository.log_set(ane, SQUAT)
            assert time.monotonic() - started < 5
            other.rollback()
        assert kept_waiting.value.key == "store.kept_waiting" and repository.logged_sets(ane) == []
        with psycopg.connect(host=str(postgres.folder), port=pgbouncer.port, dbname=name, user=SUPERUSER) as plain:
            assert [plain.execute(shown).fetchone() for shown in ("SHOW lock_timeout", "SHOW statement_timeout")] == \
                [("0",), ("0",)]
    finally:
        holder.dispose()
        store.close()


def test_an_older_database_is_upgraded_through_pgbouncer(pgbouncer: PgBouncer, postgres: PostgresServer) -> None:
    """Alembic's migrations run in the set-up's one transaction, which a transaction pool keeps on one server
    connection."""
    name = postgres.new_database()
    database_at_revision(postgres.url(name), "0001")
    store = open_store(database_url(pgbouncer.url(name)))
    try:
        with store.engine.connect() as connection:
            assert connection.scalar(select(migrate.VERSION_TABLE.c.version_num)) == migrate.SCHEMA_REVISION
    finally:
        store.close()


def told(watch: ChangeWatch) -> bool:
    """Whether the watch says someone else committed within a few seconds: a notification (session pooling) is a
    message on a socket that may still be on its way (asked at once, the test failed under load); behind a transaction
    pool the watch asks the server, which knows at once."""
    deadline = time.monotonic() + 3
    while not watch.changed():
        fileno = watch.fileno()
        if time.monotonic() > deadline:
            return False
        wait_for_sockets([fileno] if fileno is not None else [], [], [], 0.05)
    return True


def test_a_window_behind_the_pool_learns_what_another_client_saved(pgbouncer: PgBouncer, postgres_template: str,
                                                                   postgres: PostgresServer) -> None:
    """A window follows what others save by the server's notifications, which a transaction pool never passed
    on (the LISTEN stays on a server connection the pool shares): the other computer's set was not shown. Behind
    a pooler the watch looks at the newest transaction the server finished; its own store's are not news."""
    name = postgres.new_database(postgres_template)
    stores = [open_store(database_url(pgbouncer.url(name))) for _window in range(2)]
    watch = ChangeWatch(stores[0])
    try:
        here, there = (Repository(store) for store in stores)
        ane = here.add_trainee(Trainee("Ane Kjær"))
        assert not watch.changed()
        there.log_set(ane, SQUAT)
        assert told(watch) and not watch.changed()
        here.log_set(ane, SQUAT)
        assert not watch.changed()
    finally:
        watch.close()
        for store in stores:
            store.close()
