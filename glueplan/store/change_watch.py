"""Whether another window or computer committed to the database since this store last looked.

A window shows a copy of what is stored; when someone else changes it (a second window on the same
SQLite file, a colleague on the clinic's PostgreSQL server, a `glueplan import` in a terminal), the
window reads it again. This says *that* something changed elsewhere, cheaply, and nothing about Qt:

- PostgreSQL: every write transaction of a store sends ``NOTIFY glueplan_changes, '<its token>'``,
  delivered by the server only if it commits. The watch LISTENs on a connection of its own, whose
  socket a window can wait on; its own store's notifications are skipped, but for a COMMIT of its own
  in doubt (store.commit_in_doubt), which is seen to have landed (``Seen.LANDED``).
- SQLite: ``PRAGMA data_version`` on a connection of the watch's own changes whenever any other
  connection committed, this store's included. This store's commits are told apart by looking
  inside each of its write transactions (holding the write lock, before COMMIT: what changed then
  was someone else's) and again just after it committed. A commit from elsewhere in the instant
  between the two is seen with the next change made elsewhere.
- PostgreSQL behind a pooler (PgBouncer; server.set_limits finds it): in transaction pooling the
  LISTEN stays on a server connection other clients share, and no notification reaches the watch.
  It looks instead, as on SQLite, at the newest transaction the server finished (its snapshot's xmax,
  which moves when any transaction that wrote ends, on any of the server's databases: a write of
  another program there is taken for a change too); a notification that does arrive (session
  pooling) says when to look.
"""

from __future__ import annotations

import time
import uuid
from enum import Flag, auto
from typing import TYPE_CHECKING, Any

from sqlalchemy import event, func, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import PoolProxiedConnection

from glueplan.store.server import POOLED

if TYPE_CHECKING:
    from glueplan.store.database import Store

CHANNEL = "glueplan_changes"
NEWEST_FINISHED = "SELECT pg_snapshot_xmax(pg_current_snapshot())"  # behind a pooler: what moves on a commit
RETRY_S = 30  # a server away: each try may wait its connect timeout, in the window's thread


class Seen(Flag):
    """What a look found committed since the one before it (``ChangeWatch.changed``): nothing, which is false, or
    what the window catches up with. It tells a change made elsewhere from a step of the window's own (a catch-up
    of its own step drops no undo history: ui/shared/changes_elsewhere.py)."""

    NOTHING = 0
    ELSEWHERE = auto()  # someone else committed, or may have (the watch connected again: what was sent is lost)
    LANDED = auto()  # a COMMIT of this store's own that was in doubt: the server carried it out


def announce_commits(writers: sessionmaker[Session], dialect: str) -> str:
    """Make every write transaction of a store on a server tell the listeners when it commits;
    returns the store's token (what its own notifications carry)."""
    token = uuid.uuid4().hex
    if dialect == "postgresql":
        event.listen(writers, "before_commit",
                     lambda session: session.execute(select(func.pg_notify(CHANNEL, token))))
    return token


class ChangeWatch:
    """Asks the database whether someone else committed since it last asked. Not thread-safe:
    the window's thread owns it. A connection that broke (a server restarted) is opened again at
    the next question, and that counts as a change: notifications sent meanwhile were lost."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._server = store.engine.dialect.name == "postgresql"
        self._pooled: PoolProxiedConnection | None = None
        self._connection: Any = None  # the driver's connection (sqlite3's or psycopg's)
        self._version: int | None = None  # the data version (SQLite), the newest finished transaction (a pooler)
        self._polled = not self._server  # whether the version is looked at (behind a pooler: known once connected)
        self._missed = False  # seen inside one of this store's own write transactions
        self._unconfirmed = False  # one of this store's own commits was sent, and its end not seen
        self._opened_before = False
        self._closed = False
        self._retry_at = 0.0  # a server that could not be reached is not tried again before then
        event.listen(store.writer_sessions, "before_commit", self._before_own_commit)
        event.listen(store.writer_sessions, "after_commit", self._after_own_commit)
        event.listen(store.engine, "engine_disposed", self._disposed)  # the store was closed
        self._open()

    def fileno(self) -> int | None:
        """A socket that becomes readable when a notification arrives (a server), else None: poll."""
        if self._server and self._connection is not None:
            return int(self._connection.fileno())
        return None

    def changed(self) -> Seen:
        """What was committed since the last call (or since the watch was made), told once. Never raises: a
        database out of reach is asked again next time."""
        if self._closed:
            return Seen.NOTHING
        if self._connection is None:
            return Seen.ELSEWHERE if time.monotonic() >= self._retry_at and self._open() else Seen.NOTHING
        try:
            notified = self._notified() if self._server else Seen.NOTHING  # drained: behind a pooler, a cue to look
            if self._polled:  # a commit of its own that landed moves the version as any other's does
                return Seen.ELSEWHERE if self._data_version_moved() else Seen.NOTHING
            return notified
        except (DBAPIError, OSError, *self._driver_errors()):
            self._drop()
            return Seen.NOTHING

    def close(self) -> None:
        """Close the watch's connection (also done when the store is closed); it asks no more.
        Its hooks stay on the store and do nothing from now on."""
        self._closed = True
        self._drop()

    def _disposed(self, _engine: object) -> None:
        self.close()

    # -- PostgreSQL -------------------------------------------------------------------------

    def _notified(self) -> Seen:
        """Whether someone else committed, and whether a commit of this store's own that it could not tell had
        landed (the connection lost, or the server not answering, during COMMIT: store.commit_in_doubt) did: the
        server sends its notification once it has committed, and the window has yet to read what it holds."""
        own = self._store.token
        payloads = {note.payload for note in self._connection.notifies(timeout=0)}
        seen = Seen.ELSEWHERE if payloads - {own} else Seen.NOTHING
        if self._unconfirmed and own in payloads:
            self._unconfirmed = False
            seen |= Seen.LANDED
        return seen

    # -- SQLite, and a server behind a pooler -----------------------------------------------

    def _data_version(self) -> int:
        cursor = self._connection.cursor()
        try:
            cursor.execute(NEWEST_FINISHED if self._server else "PRAGMA data_version")
            return int(cursor.fetchone()[0])
        finally:
            cursor.close()

    def _data_version_moved(self) -> bool:
        version = self._data_version()
        moved = version != self._version or self._missed
        self._version, self._missed = version, False
        return moved

    def _before_own_commit(self, _session: Session) -> None:
        self._unconfirmed = True
        if self._polled and self._connection is not None and self._looked_up() != self._version:
            self._missed = True

    def _after_own_commit(self, _session: Session) -> None:
        self._unconfirmed = False
        if self._polled and self._connection is not None:
            self._version = self._looked_up()

    def _looked_up(self) -> int | None:
        """The data version, inside this store's own commit: a watch that cannot look is dropped
        (opened again at the next look, as a change) and never fails the edit."""
        try:
            return self._data_version()
        except (DBAPIError, OSError, *self._driver_errors()):
            self._drop()
            return None

    # -- the watch's own connection ---------------------------------------------------------

    def _open(self) -> bool:
        """Connect (LISTEN on a server); True when this is a reconnection (a change may have
        been missed meanwhile)."""
        reconnected = self._opened_before
        try:
            pooled = self._store.engine.raw_connection()
            self._polled = not self._server or bool(pooled.info.get(POOLED))
            pooled.detach()  # the watch's own for as long as it lives, never handed to an edit
            self._pooled = pooled
            connection = self._connection = pooled.dbapi_connection
            if self._server:
                connection.rollback()  # the pool's liveness check may have begun a transaction
                connection.autocommit = True
                connection.execute(f"LISTEN {CHANNEL}")
            if self._polled:
                self._version = self._data_version()
        except (DBAPIError, OSError, *self._driver_errors()):
            self._drop()
            self._retry_at = time.monotonic() + RETRY_S
            return False
        self._opened_before = True
        return reconnected

    def _drop(self) -> None:
        """Close the watch's connection quietly. Closed through the pool, a connection the server had dropped was
        rolled back first, and the pool wrote that failure's two tracebacks to stderr each time a server stopped:
        the driver closes it (no rollback: the watch reads in autocommit, or PRAGMA only), then the pool lets go."""
        if self._pooled is not None:
            try:
                self._connection.close()
            except (DBAPIError, OSError, *self._driver_errors()):
                pass
            self._pooled.invalidate()  # detached: the pool holds no record of it, and does nothing more
        self._pooled = self._connection = None

    def _driver_errors(self) -> tuple[type[Exception], ...]:
        """The driver's own errors (psycopg's notifies() raises them unwrapped)."""
        module = self._store.engine.dialect.loaded_dbapi
        return (module.Error,) if hasattr(module, "Error") else ()
