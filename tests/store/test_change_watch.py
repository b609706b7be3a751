"""A store's watch says when someone else committed (another store on the same database: another
window or computer), and stays quiet about the store's own commits, on both engines."""

from __future__ import annotations

import select
from datetime import datetime

import pytest

from glueplan.domain.log import LoggedSet
from glueplan.domain.trainee import Trainee
from glueplan.store.change_watch import ChangeWatch, Seen
from glueplan.store.database import Store
from glueplan.store.repository import Repository

SQUAT = LoggedSet("back_squat", datetime(2026, 11, 23, 18), 100.0, 8, 2)


def seen(watch: ChangeWatch) -> Seen:
    """What the watch says once anything sent has arrived (a server's notification is a message on
    a socket: waited for, up to a few seconds; SQLite is asked directly)."""
    fileno = watch.fileno()
    if fileno is not None:
        select.select([fileno], [], [], 3)
    return watch.changed()


def test_commits_elsewhere_are_seen_and_own_ones_are_not(store: Store, repository: Repository,
                                                        elsewhere: Repository) -> None:
    trainee_id = repository.add_trainee(Trainee("Ida"))
    watch = ChangeWatch(store)
    try:
        repository.log_set(trainee_id, SQUAT)
        assert not seen(watch)
        elsewhere.log_set(trainee_id, SQUAT)
        assert seen(watch) is Seen.ELSEWHERE
        assert not watch.changed()  # told once
        elsewhere.log_set(trainee_id, SQUAT)
        repository.log_set(trainee_id, SQUAT)  # this store's commit right after must not hide it
        assert seen(watch) is Seen.ELSEWHERE
    finally:
        watch.close()


def test_a_lost_connection_is_opened_again_and_counts_as_a_change(store: Store) -> None:
    """Notifications sent while it was gone are lost: the window must read everything again."""
    watch = ChangeWatch(store)
    try:
        watch._connection.close()  # the server restarted, the network went away
        assert not watch.changed()  # it failed: nothing known, no exception
        assert watch.changed() is Seen.ELSEWHERE  # connected again: anything may have changed meanwhile
        assert not seen(watch)
    finally:
        watch.close()


@pytest.mark.sqlite_only
def test_a_watch_that_cannot_look_never_fails_an_edit(store: Store, repository: Repository) -> None:
    """On a file the watch looks inside the store's own commits; its trouble is its own."""
    trainee_id = repository.add_trainee(Trainee("Ida"))
    watch = ChangeWatch(store)
    try:
        watch._connection.close()
        repository.log_set(trainee_id, SQUAT)
        assert repository.count_logged_sets(trainee_id) == 1
        assert watch.changed() is Seen.ELSEWHERE  # opened again: anything may have changed meanwhile
    finally:
        watch.close()
