"""A database server that stops answering with its connections open must not hold the window for as long as it
stays so (a clinic walk: the server's processes stopped, as a server stuck on a dead disk or an NFS mount, or a
VM paused behind a proxy that still accepts). Its computer, or the proxy, still acknowledges every packet, so
tcp_user_timeout and keepalives never fire; lock_timeout and statement_timeout are run by the server, which is
not running. Only the client can end the wait.

Every wait of a server connection on its socket goes through psycopg's ``Connection.wait`` (a statement and
its rows, COMMIT, ROLLBACK, the pool's liveness check, a pooler's connection set-up). A watchdog thread times
each; one that has heard nothing for ``server.ANSWER_LIMIT_S`` is given up: the watchdog shuts the
connection's socket down (through a duplicate of its descriptor), which wakes the wait with an error, so the
window's thread goes on. The connection is then broken: the pool discards it and the next edit connects again. The wait
raises NotAnswering; a COMMIT that fails so, or on a connection lost any other way, raises CommitInDoubt:
it was sent, and the server may still carry it out.

Imported for a server's engine only: psycopg takes 0.15 s to import, and an SQLite file needs none of this.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import psycopg

from glueplan.store import server
from glueplan.store.errors import COMMIT_IN_DOUBT


class NotAnswering(psycopg.OperationalError):
    """The server did not answer a connection's request within the limit; the connection was given up."""

    said_as = "store.not_answering"  # the message the user reads (server.refusal)


class CommitInDoubt(psycopg.OperationalError):
    """The connection broke while its COMMIT was on the way: the server may have committed, or may not."""

    said_as = COMMIT_IN_DOUBT


class AnsweringConnection(psycopg.Connection[Any]):
    """A psycopg connection whose waits on the server are given up after ``server.ANSWER_LIMIT_S`` (read at
    each wait, so that a test can shorten it); ``limited`` False: none is (the schema's set-up waits for
    another client's as long as that takes)."""

    limited = True
    _given_up = False

    def wait(self, gen: Any, *args: Any, **kwargs: Any) -> Any:
        if not self.limited:
            return super().wait(gen, *args, **kwargs)
        given_up = self._given_up
        _WATCHDOG.begin(self, server.ANSWER_LIMIT_S)
        try:
            answer = super().wait(self._rearmed(gen), *args, **kwargs)
        except psycopg.OperationalError as error:
            if self._given_up:
                raise NotAnswering(f"no answer from the server in {server.ANSWER_LIMIT_S:g} s") from error
            raise
        finally:
            _WATCHDOG.end(self)
        # Answered as the watchdog gave it up (its deadline come before end()): the answer stands, the socket is shut.
        # Left marked, the next wait, the pool's liveness check, was said as "not answering" where the pool, seeing
        # a connection lost, connects again. Read after end(): nothing gives it up after that.
        self._given_up = given_up
        return answer

    def _rearmed(self, gen: Any) -> Any:
        """``gen``, its deadline moved on each time the socket was ready (psycopg sends it Ready.NONE, 0, when
        an interval passed with nothing): an answer that keeps arriving, a long read or many NOTICEs, is no
        silence. Only ``server.ANSWER_LIMIT_S`` without a byte either way is given up."""
        try:
            wanted = next(gen)
            while True:
                ready = yield wanted
                if ready:
                    _WATCHDOG.begin(self, server.ANSWER_LIMIT_S)
                wanted = gen.send(ready)
        except StopIteration as done:
            return done.value

    def commit(self) -> None:
        try:
            super().commit()
        except psycopg.OperationalError as error:
            if not self.broken and not self._given_up:  # the server's own refusal (a deferred constraint, a
                raise  # serialization failure): nothing was committed
            raise CommitInDoubt(str(error)) from error

    def give_up(self) -> None:
        """Wake the wait with an error: called from the watchdog's thread while the connection's own waits."""
        self._given_up = True
        try:
            with socket.socket(fileno=os.dup(self.pgconn.socket)) as duplicate:
                duplicate.shutdown(socket.SHUT_RDWR)
        except (OSError, psycopg.Error):  # closed meanwhile: nothing is waiting on it
            pass


class _Watchdog:
    """Gives up the waits that outlast their deadline. One thread for the process, started at the first wait;
    it sleeps while nothing waits, and is woken only when a wait begins with nothing else waiting (or one
    with an earlier deadline, after the limit was shortened): a wait costs about a microsecond more (two
    turns of the lock; measured 0.9 to 1.5 us, against the 6 ms of a logged set and a read on a local server)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._wake = threading.Condition(self._lock)
        self._waiting: dict[int, tuple[AnsweringConnection, float]] = {}  # by id(connection): one wait each
        self._next = float("inf")  # when the thread looks next
        self._thread: threading.Thread | None = None

    def begin(self, connection: AnsweringConnection, limit: float) -> None:
        deadline = time.monotonic() + limit
        with self._lock:
            self._waiting[id(connection)] = (connection, deadline)
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="glueplan server watchdog", daemon=True)
                self._thread.start()
            elif deadline < self._next:
                self._next = deadline
                self._wake.notify()

    def end(self, connection: AnsweringConnection) -> None:
        with self._lock:
            self._waiting.pop(id(connection), None)

    def _run(self) -> None:
        with self._lock:
            while True:
                now = time.monotonic()
                for key, (connection, deadline) in list(self._waiting.items()):
                    if deadline <= now:
                        del self._waiting[key]
                        connection.give_up()
                self._next = min((deadline for _connection, deadline in self._waiting.values()), default=float("inf"))
                self._wake.wait(None if self._next == float("inf") else self._next - now)


_WATCHDOG = _Watchdog()


@contextmanager
def unlimited(connection: Any) -> Iterator[None]:
    """No wait of ``connection`` (an AnsweringConnection) is given up while this lasts."""
    connection.limited = False
    try:
        yield
    finally:
        connection.limited = True
