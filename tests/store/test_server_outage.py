"""A PostgreSQL server that dies in the middle of an edit (pg_ctl stop -m immediate: a crash):
the edit is refused with a message saying the connection was lost, nothing of it is written,
a set logged while the server is away is refused the same way (the form keeps it), and once
the server is back the same store reconnects and the same edit goes through."""

from __future__ import annotations

import logging
import time
from datetime import date, datetime
from typing import Any

from msgspec.structs import replace
import pytest
from sqlalchemy import create_engine, event, text

from glueplan.domain.commands import AddExercise
from glueplan.domain.language import Language
from glueplan.domain.log import LoggedSet
from glueplan.domain.plan import Weekday
from glueplan.domain.trainee import Trainee
from glueplan.store import server
from glueplan.store.change_watch import ChangeWatch, Seen
from glueplan.store.database import open_store
from glueplan.store.errors import StoreError
from glueplan.store.location import database_url
from glueplan.store.repository import Repository
from tests.domain.test_commands import P, seed_program
from tests.postgres_server import PostgresServer
from tests.store.test_change_watch import seen


def test_a_server_killed_in_the_middle_of_an_edit_leaves_nothing_half_written(own_server: PostgresServer) -> None:
    store = open_store(database_url(own_server.url(own_server.new_database())))
    try:
        repository = Repository(store)
        trainee_id = repository.add_trainee(Trainee("Ida"))
        program_id = repository.add_program(trainee_id, replace(seed_program(), start=date(2026, 11, 23)))
        program, version = repository.program_state(program_id)
        after = AddExercise(0, Weekday.TUE, "clamshell", P).apply(program)  # a new session and its exercise
        sent: list[str] = []

        def crash_after_the_first_write(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
            sent.append(statement)
            if len(sent) == 2:  # the version is claimed, the rows are not written yet
                own_server.stop("immediate")

        event.listen(store.engine, "before_cursor_execute", crash_after_the_first_write)
        with pytest.raises(StoreError) as lost:
            repository.save_program_edit(program_id, program, after, version)
        event.remove(store.engine, "before_cursor_execute", crash_after_the_first_write)
        assert lost.value.key == "store.connection_lost", lost.value
        assert sent[0].startswith("UPDATE program SET version")

        with pytest.raises(StoreError) as away:
            repository.log_set(trainee_id, LoggedSet("back_squat", datetime(2026, 11, 23, 18), 100.0, 8, 2))
        assert away.value.key == "store.connection_lost"
        assert "reconnects by itself" in str(away.value)

        own_server.start()
        assert repository.program_state(program_id) == (program, version)  # not a row of the edit was kept
        saved, new_version, _cut = repository.save_program_edit(program_id, program, after, version)
        assert new_version == version + 1 and saved == after
        assert repository.logged_sets(trainee_id) == []
    finally:
        store.close()


def a_set_logged_past_a_lock(postgres: PostgresServer, options: str = "") -> tuple[StoreError, float, list[LoggedSet]]:
    """A set logged while another client holds the log's table locked, its transaction left open: the
    refusal, the seconds it took and the log after it. ``options``: a setting of the URL's own, if any."""
    url = postgres.url(postgres.new_database())
    store = open_store(database_url(url + ("&" if "?" in url else "?") + options if options else url))
    holder = create_engine(url)
    try:
        repository = Repository(store)
        trainee_id = repository.add_trainee(Trainee("Ida"))
        with holder.connect() as other:
            other.execute(text("LOCK TABLE logged_set IN ACCESS EXCLUSIVE MODE"))  # and keeps its transaction open
            started = time.monotonic()
            with pytest.raises(StoreError) as refused:
                repository.log_set(trainee_id, LoggedSet("back_squat", datetime(2026, 11, 23, 18), 100.0, 8, 2))
            waited = time.monotonic() - started
            other.rollback()
        return refused.value, waited, repository.logged_sets(trainee_id)
    finally:
        holder.dispose()
        store.close()


def test_a_write_held_up_by_another_clients_lock_is_refused_in_seconds(
        postgres: PostgresServer, monkeypatch: pytest.MonkeyPatch) -> None:
    """A clinic's window froze for as long as the server kept it waiting (a walk: 53 s): glueplan's statements
    take milliseconds, so one kept waiting on a lock (another client's transaction left open) is given up after
    a few seconds (here a fifth of one), said, and leaves nothing written."""
    monkeypatch.setattr(server, "LOCK_TIMEOUT_MS", 200)
    kept_waiting, waited, logged = a_set_logged_past_a_lock(postgres)
    assert waited < 5, waited
    assert kept_waiting.key == "store.kept_waiting", kept_waiting
    assert logged == []


@pytest.mark.parametrize("limits", ["", "options=-c%20lock_timeout%3D300"])
def test_a_statement_given_up_claims_no_time_it_cannot_know(postgres: PostgresServer, limits: str) -> None:
    """The message gave glueplan's own lock limit, 5 s: wrong where the URL set its own (here 0.3 s), where the
    statement limit ended the wait, or where an administrator cancelled the statement (the same error). It says
    the server gave the change up, without a number (H107's review of 91c8000)."""
    kept_waiting, _waited, logged = a_set_logged_past_a_lock(postgres, limits) if limits else \
        a_set_logged_past_a_lock_briefly(postgres)
    said = kept_waiting.text(Language.EN)
    assert kept_waiting.key == "store.kept_waiting" and logged == []
    assert not any(character.isdigit() for character in said), said


def a_set_logged_past_a_lock_briefly(postgres: PostgresServer) -> tuple[StoreError, float, list[LoggedSet]]:
    """As a_set_logged_past_a_lock, with glueplan's statement limit ending the wait after a second."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(server, "STATEMENT_TIMEOUT_MS", 1000)
        return a_set_logged_past_a_lock(postgres)


@pytest.mark.parametrize("language", list(Language))
def test_a_server_that_is_down_at_start_is_said_as_a_server_not_a_file(
        own_server: PostgresServer, language: Language) -> None:
    """A clinic walk started glueplan with the server stopped and read "Cannot open the database …: connection
    failed: … accepting TCP/IP connections?. The file was not changed": no file is there, and the server's own
    words ran into the sentence. The message speaks of the server, why it is away in its own words (no server
    answers), and says what to do."""
    url = own_server.url(own_server.new_database())
    own_server.stop()
    with pytest.raises(StoreError) as down:
        open_store(database_url(url))
    said = down.value.text(language)
    assert down.value.key == "store.server_unreachable"
    assert "?." not in said and said.rstrip().endswith(".")
    assert not any(word in said for word in ("file", "Filen", "fil ", "socket"))
    own_server.start()


def test_a_server_that_stops_and_comes_back_leaves_stderr_empty(
        own_server: PostgresServer, caplog: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str]) -> None:
    """A clinic walk found 'Exception during reset or similar' and two tracebacks on stderr in every window each
    time the server stopped: the change watch gave its dropped connection back through the pool, which rolled it
    back first, on a connection already lost. A server stopping and starting is said where the user acts, once."""
    store = open_store(database_url(own_server.url(own_server.new_database())))
    caplog.set_level(logging.WARNING)
    try:
        repository = Repository(store)
        trainee_id = repository.add_trainee(Trainee("Ida"))
        watch = ChangeWatch(store)
        own_server.stop()  # as pg_ctl stops a server by default: its connections are ended
        assert not seen(watch) and not seen(watch)  # the first look may not find the connection's end yet
        assert watch.fileno() is None  # found lost, and dropped
        with pytest.raises(StoreError):
            repository.trainee(trainee_id)
        own_server.start()
        watch._retry_at = 0  # not 30 s later
        assert watch.changed() is Seen.ELSEWHERE  # connected again: anything may have changed meanwhile
        assert repository.trainee(trainee_id).name == "Ida"
        own_server.stop()  # and the window closes while it is away
        watch.close()
    finally:
        store.close()
    assert [record.getMessage() for record in caplog.records] == []
    assert capfd.readouterr().err == ""
