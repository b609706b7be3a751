"""A PostgreSQL server that stops answering with its connections open (a clinic walk: its processes stopped, as
on a dead disk or in a paused VM; the kernel still takes every packet) held the window for as long as it stayed
so. Each wait on it is given up after server.ANSWER_LIMIT_S (here shortened), said, with nothing half-written,
and the connection given up is discarded: once the server goes on, the next edit goes through. A COMMIT given up
is said as in doubt, and the change watch tells the window once the server has carried it out, as its own."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import ExitStack
from datetime import datetime
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from glueplan.domain.log import LoggedSet
from glueplan.domain.trainee import Trainee
from glueplan.store import answer_watch, server
from glueplan.store.change_watch import ChangeWatch, Seen
from glueplan.store.database import Store, open_store
from glueplan.store.errors import StoreError
from glueplan.store.location import database_url
from glueplan.store.repository import Repository
from tests.postgres_server import PgBouncer, PostgresServer

LIMIT_S = 0.5


def a_set(minute: int) -> LoggedSet:
    return LoggedSet("back_squat", datetime(2026, 11, 23, 18, minute), 100.0, 8, 2)


@pytest.fixture
def on_server(postgres: PostgresServer, postgres_template: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A database of the test's own on the session's server, with the short limit."""
    monkeypatch.setattr(server, "ANSWER_LIMIT_S", LIMIT_S)
    name = postgres.new_database(postgres_template)
    yield name
    postgres.drop_database(name)


def given_up(call: Any) -> tuple[StoreError, float]:
    started = time.monotonic()
    with pytest.raises(StoreError) as refused:
        call()
    return refused.value, time.monotonic() - started


def logged_while_stopped(store: Store, stopped: Any, read: bool) -> list[tuple[StoreError, float]]:
    """A set logged on ``store``, then one logged (and the log read) with the server or its pooler stopped: what
    each of those said, and how long it took; once it goes on, a third set is logged, and the log holds the
    first and the third."""
    repository = Repository(store)
    trainee_id = repository.add_trainee(Trainee("Ida"))
    repository.log_set(trainee_id, a_set(0))
    with stopped():
        said = [given_up(lambda: repository.log_set(trainee_id, a_set(1)))]
        if read:
            said.append(given_up(lambda: repository.logged_sets(trainee_id)))
    repository.log_set(trainee_id, a_set(2))
    assert [each.performed_at.minute for each in repository.logged_sets(trainee_id)] == [0, 2]
    return said


def test_an_edit_on_a_stopped_server_is_given_up_and_the_next_one_after_goes_through(
        postgres: PostgresServer, on_server: str) -> None:
    """Before, the edit waited as long as the server stayed stopped (its connection checked by the pool first:
    SELECT 1, unanswered). A read now would connect again, and wait the connect timeout (5 s): not here."""
    store = open_store(database_url(postgres.url(on_server)))
    try:
        [(edit, took)] = logged_while_stopped(store, postgres.stopped, read=False)
    finally:
        store.close()
    assert edit.key == "store.not_answering" and LIMIT_S <= took < LIMIT_S + 1, (edit, took)
    assert "did not answer for 0.5 seconds" in str(edit) and "nothing was written" in str(edit)


def test_a_server_stopped_behind_pgbouncer_is_given_up_the_same(
        postgres: PostgresServer, pgbouncer: PgBouncer, on_server: str) -> None:
    """PgBouncer answers, the server behind it does not: the read too, on a connection PgBouncer hands out at
    once, is given up after the limit."""
    store = open_store(database_url(pgbouncer.url(on_server)))
    try:
        said = logged_while_stopped(store, postgres.stopped, read=True)
    finally:
        store.close()
    assert [error.key for error, _took in said] == ["store.not_answering"] * 2, said
    assert all(LIMIT_S <= took < LIMIT_S + 1 for _error, took in said), said


def test_a_commit_given_up_is_said_as_in_doubt_and_the_watch_sees_it_land(
        qtbot: QtBot, postgres: PostgresServer, on_server: str) -> None:
    """The COMMIT was sent before the server stopped: it commits once the server goes on. The message said
    "nothing was written" of it (a lost connection's), and a set logged again would have been there twice."""
    store = open_store(database_url(postgres.url(on_server)))
    watch = ChangeWatch(store)
    try:
        repository = Repository(store)
        trainee_id = repository.add_trainee(Trainee("Ida"))
        assert not watch.changed()
        with ExitStack() as going_on:  # the server stopped as the COMMIT is sent, and continued after
            event.listen(store.engine, "commit", lambda _connection: going_on.enter_context(postgres.stopped()),
                         once=True)
            in_doubt, took = given_up(lambda: repository.log_set(trainee_id, a_set(1)))
        assert in_doubt.key == "store.commit_in_doubt" and took < LIMIT_S + 1, (in_doubt, took)
        assert "may have been saved" in str(in_doubt) and "nothing was written" not in str(in_doubt)
        # The window reads what the server holds, as a commit of its own: no change made elsewhere, for which it would
        # drop undo steps (ui/shared/changes_elsewhere.py).
        qtbot.waitUntil(lambda: watch.changed() is Seen.LANDED, timeout=5000)
        assert [each.performed_at.minute for each in repository.logged_sets(trainee_id)] == [1]
    finally:
        watch.close()
        store.close()


def test_an_answer_at_its_deadline_given_up_before_its_end_leaves_the_next_edit_to_connect_again(
        postgres: PostgresServer, on_server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The COMMIT answered just as its deadline came, and the watchdog gave its wait up before the wait's end: the
    healthy connection's socket shut, back in the pool. The next edit's liveness check on it was said as "not
    answering" (a stale given-up mark), to the user, where the pool connects again (the review's finding 1.5)."""
    watchdog = answer_watch._WATCHDOG
    end = watchdog.end
    given_up: list[bool] = []

    def given_up_before_end(connection: answer_watch.AnsweringConnection) -> None:
        with watchdog._lock:  # as the watchdog's thread does, the deadline come
            del watchdog._waiting[id(connection)]
            connection.give_up()
        given_up.append(connection._given_up)
        monkeypatch.setattr(watchdog, "end", end)
        end(connection)

    store = open_store(database_url(postgres.url(on_server)))
    try:
        repository = Repository(store)
        trainee_id = repository.add_trainee(Trainee("Ida"))
        event.listen(store.engine, "commit",
                     lambda _connection: monkeypatch.setattr(watchdog, "end", given_up_before_end), once=True)
        repository.log_set(trainee_id, a_set(0))
        assert given_up == [True]
        repository.log_set(trainee_id, a_set(1))
        assert [each.performed_at.minute for each in repository.logged_sets(trainee_id)] == [0, 1]
    finally:
        store.close()


def test_an_answer_that_keeps_coming_is_not_given_up_however_long_it_takes(on_server: str,
                                                                          postgres: PostgresServer) -> None:
    """A statement that outlasts the limit while the server keeps sending (here a NOTICE every 0.2 s for 1 s, as
    a long read's rows arrive) is no silence: it was given up at the limit (the review's finding: a big read or
    a restore over a slow link was cut off at 8 s, said as "not answering")."""
    store = open_store(database_url(postgres.url(on_server)))
    try:
        with store.engine.connect() as connection:
            started = time.monotonic()
            connection.exec_driver_sql(
                "DO $$ BEGIN FOR i IN 1..5 LOOP RAISE NOTICE 'row'; PERFORM pg_sleep(0.2); END LOOP; END $$")
            took = time.monotonic() - started
    finally:
        store.close()
    assert took > 2 * LIMIT_S
