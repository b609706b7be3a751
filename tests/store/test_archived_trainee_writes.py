"""A trainee archived in one window (or on another computer) takes no more writes from another that
still shows them: a set logged there a moment later went into the archived client (up to 2 s on a
shared file, at once on PostgreSQL), and so did a program edit, a profile edit or a new program. The
store refuses them in the writing transaction itself, saying whose they were and what to do."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date, datetime

from msgspec.structs import replace
import pytest
from sqlalchemy import text, update

from glueplan.domain.language import Language
from glueplan.domain.log import LoggedSet
from glueplan.domain.trainee import Level, Trainee
from glueplan.store.database import open_store
from glueplan.store.errors import ARCHIVED_LOG, ARCHIVED_PLAN, ARCHIVED_PROFILE, TraineeArchived
from glueplan.store.location import database_url
from glueplan.store.repository import ProgramDetails, Repository
from glueplan.store.schema import TraineeRow
from tests.conftest import seed_000
from tests.postgres_server import PostgresServer

SQUAT = LoggedSet("back_squat", datetime(2026, 11, 23, 7), 100.0, 5, 2)


def refused(key: str, write: Callable[[], object]) -> TraineeArchived:
    with pytest.raises(TraineeArchived) as caught:
        write()
    assert caught.value.key == key
    return caught.value


def test_every_write_for_a_trainee_archived_in_another_window_is_refused(repository: Repository,
                                                                       elsewhere: Repository) -> None:
    ane = repository.add_trainee(Trainee("Ane Kjær"))
    program_id = repository.add_program(ane, seed_000(), "seed-000", activate=True)
    set_id = repository.log_set(ane, SQUAT)
    repository.set_session_note(ane, date(2026, 11, 23), "", "slept badly")
    program, version = repository.program_state(program_id)
    details = ProgramDetails(program.name, date(2026, 11, 23))
    profile = repository.trainee(ane)
    elsewhere.archive_trainee(ane)  # in the other window

    said = refused(ARCHIVED_LOG, lambda: repository.log_set(ane, replace(SQUAT, reps=6)))
    assert said.text(Language.EN) == ("“Ane Kjær” was archived in another window or on another computer, so nothing "
                                      "was saved to their log. To log for them, bring them back first with "
                                      "File > Restore archived trainee.")
    assert said.text(Language.DA).startswith("»Ane Kjær« blev arkiveret i et andet vindue")
    assert said.text(Language.NB).startswith("«Ane Kjær» ble arkivert i et annet vindu")
    refused(ARCHIVED_LOG, lambda: repository.update_logged_set(set_id, SQUAT, replace(SQUAT, reps=6)))
    refused(ARCHIVED_LOG, lambda: repository.delete_logged_set(set_id, SQUAT))
    refused(ARCHIVED_LOG, lambda: repository.set_session_note(ane, date(2026, 11, 23), "slept badly", "fine"))
    refused(ARCHIVED_PLAN, lambda: repository.save_program_edit(program_id, program, replace(program, name="Mine"),
                                                                version))
    refused(ARCHIVED_PLAN, lambda: repository.update_program_details(program_id, details,
                                                                     replace(details, name="Spring")))
    refused(ARCHIVED_PLAN, lambda: repository.add_program(ane, seed_000(), "seed-000"))
    refused(ARCHIVED_PLAN, lambda: repository.copy_program(program_id, ane))
    refused(ARCHIVED_PLAN, lambda: repository.set_active_program(ane, None))
    refused(ARCHIVED_PLAN, lambda: repository.delete_program(program_id))
    refused(ARCHIVED_PROFILE, lambda: repository.update_trainee(ane, profile, replace(profile, level=Level.ADVANCED)))

    assert repository.logged_sets(ane) == [SQUAT]  # nothing was written
    assert repository.session_note(ane, date(2026, 11, 23)) == "slept badly"
    assert repository.program_state(program_id) == (program, version)
    assert repository.programs(ane) == [(program_id, program.name)]
    assert repository.active_program(ane) == program_id
    assert repository.trainee(ane) == profile

    repository.update_trainee(ane, profile, replace(profile, name="Ane K."), archived_too=True)  # the command line
    elsewhere.archive_trainee(ane, archived=False)  # brought back: written for again
    repository.log_set(ane, replace(SQUAT, reps=6))
    assert len(repository.logged_sets(ane)) == 2


def test_a_set_logged_while_the_archive_is_being_committed_waits_for_it_and_is_refused(
        postgres: PostgresServer, postgres_template: str) -> None:
    """On PostgreSQL a check read before the write, or a condition read without a lock, lets the set in
    while another client's archive is under way and not committed yet: both commit, and the set lands
    in the archived client. The trainee's row is read FOR SHARE in the write: it waits for the archive,
    then sees it. (On SQLite the writer's BEGIN IMMEDIATE waits for the whole file.)"""
    name = postgres.new_database(postgres_template)
    store, theirs = (open_store(database_url(postgres.url(name))) for _client in range(2))
    repository, other = Repository(store), Repository(theirs)
    ane = repository.add_trainee(Trainee("Ane Kjær"))
    outcome: list[BaseException | int] = []

    def log() -> None:
        try:
            outcome.append(other.log_set(ane, SQUAT))
        except BaseException as error:  # noqa: BLE001  (said by the test's own thread)
            outcome.append(error)

    with store.transaction() as session:  # the archive, under way in this client
        session.execute(update(TraineeRow).where(TraineeRow.id == ane).values(archived=True))
        writer = threading.Thread(target=log)
        writer.start()
        with store.reading() as look:  # until the set's insert waits on the archive's lock
            while not look.scalar(text("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                                       "AND query LIKE 'INSERT INTO logged_set%'")):
                assert writer.is_alive() and not outcome, outcome
                look.rollback()
    writer.join()
    assert len(outcome) == 1 and isinstance(outcome[0], TraineeArchived), outcome
    assert repository.logged_sets(ane) == []
    store.close()
    theirs.close()
    postgres.drop_database(name)
