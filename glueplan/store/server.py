"""What a database server (PostgreSQL) needs that an SQLite file does not, chosen on purpose.

Several clients of a clinic may open the same database at the same moment: setting the schema
up (creating, stamping, migrating) and mirroring a newer catalogue happen in one transaction
under a transaction-level advisory lock, so the second client waits and then finds the work
done, where on a file BEGIN IMMEDIATE does the same. Edits need no lock of their own there: a
compare-and-set UPDATE waits for a concurrent writer of the same row and then tests its
condition against the committed row (READ COMMITTED), so a stale save changes no row.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from sqlalchemy import event, inspect, select, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError

from glueplan import __version__
from glueplan.store.catalog_mirror import mirror_catalog
from glueplan.store.errors import Said, StoreError, Unreachable
from glueplan.store.migrate import SCHEMA_REVISION, VERSION_TABLE, build_schema, known_revisions, upgrade

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine
    from sqlalchemy.engine import ExceptionContext

    from glueplan.domain.catalog import Catalog

SETUP_LOCK = 0x6C7565706C616E  # "gluplan": the advisory lock of schema set-up and the catalogue mirror
CONNECT_TIMEOUT_S = 5  # a server that is gone is reported after this long, not after minutes
CONCURRENT_WRITER = {"40001", "40P01"}  # serialization_failure, deadlock_detected
# glueplan's statements take milliseconds; one the server keeps waiting (on a lock another client's open
# transaction holds, or working for long) is given up and said, where the window froze as long as it waited.
LOCK_TIMEOUT_MS = 5000
STATEMENT_TIMEOUT_MS = 30000
LOCK_NOT_AVAILABLE, QUERY_CANCELED = "55P03", "57014"  # lock_timeout's and statement_timeout's
# A connection whose packets go unanswered (a cable pulled, a VPN gone) is given up after this long, where
# the kernel's own retries take about 15 minutes; keepalives find an idle one that died.
TCP_USER_TIMEOUT_MS = 15000
KEEPALIVES = {"keepalives": 1, "keepalives_idle": 30, "keepalives_interval": 10, "keepalives_count": 3}
# A server whose processes stopped with their connections open (a dead disk under it, a paused VM behind a proxy)
# never ends a wait itself, and its kernel acknowledges every packet: each wait of glueplan on the server is given
# up after this long (store/answer_watch.py). Past the lock limit, so that a server that is there ends a wait on a
# lock first, with its own reason (store.kept_waiting), the connection kept; glueplan's statements take
# milliseconds. A statement the server works on for longer is given up too; the statement limit then still ends
# it on the server, which does not notice while it works that its client left.
ANSWER_LIMIT_S = 8.0
POOLED = "glueplan_pooled"  # a connection's info: it reaches the server through a pooler (set_limits)
# The limits, for the connection (local false) or for its transaction alone (true: SET LOCAL).
_SET_LIMITS = ("SELECT set_config('lock_timeout', %(lock_timeout)s, %(local)s), "
               "set_config('statement_timeout', %(statement_timeout)s, %(local)s)")


# Why a connection could not be made, or was lost: by the SQLSTATE where the error has one (a statement's),
# else by the words of libpq, psycopg and PgBouncer (a connection's failure has no SQLSTATE in psycopg 3.3:
# libpq gives text alone). A server set to speak another language is said in its own words.
_CAUSE_STATES = {"28P01": "password", "28000": "not_allowed", "42501": "not_allowed", "3D000": "no_database",
                 "53300": "too_many", "57P01": "closed", "57P02": "closed", "57P03": "starting"}
_CAUSE_WORDS = tuple((re.compile(words, re.IGNORECASE), cause) for words, cause in (
    (r"password authentication failed", "password"),
    (r"no password supplied|password is required", "no_password"),
    (r'database "[^"]*" does not exist|no such database', "no_database"),
    (r'role "[^"]*" does not exist|no pg_hba\.conf entry|(peer|ident) authentication failed|not permitted to log in'
     r"|permission denied for database", "not_allowed"),
    (r"too many (connections|clients)|connection slots are reserved|no more connections allowed", "too_many"),
    (r"is not currently accepting connections", "closed_database"),
    (r"the database system is (starting up|shutting down|in recovery mode|not (yet )?accepting connections)",
     "starting"),
    (r"pgbouncer cannot connect to server|server login has been failing", "pooler"),
    (r'connection refused|socket "[^"]*" failed: no such file or directory', "refused"),
    (r"failed to resolve host|could not translate host name|name or service not known|name resolution",
     "host_unknown"),
    (r"timeout expired|timed out", "timeout"),
    (r"network is unreachable|no route to host", "no_route"),
    (r"server closed the connection|terminating connection|connection is closed|connection is lost|eof detected"
     r"|connection reset by peer|could not receive data from server", "closed"),
))


def server_cause(error: DBAPIError) -> Said:
    """Why the server could not be reached, refused, or was lost, in glueplan's words and with what to check;
    the driver's own words only where none of these is recognised, said as the server's."""
    words = " ".join(str(error.orig if error.orig is not None else error).split())
    cause = _CAUSE_STATES.get(getattr(error.orig, "sqlstate", None) or "")
    cause = cause or next((known for pattern, known in _CAUSE_WORDS if pattern.search(words)), None)
    return Said(f"server.cause.{cause}") if cause else Said("server.cause.own_words", {"words": words})


def is_server(url: URL) -> bool:
    return url.get_backend_name() == "postgresql"


def without_password(location: str) -> str:
    """A database location fit to be remembered: a URL loses its password (libpq then finds it in
    ~/.pgpass, PGPASSWORD or the service file); a file name is as it was."""
    if "://" not in location:
        return location
    try:
        url = make_url(location)
    except ArgumentError:  # not a URL after all: keep nothing of it that could be a secret
        return ""
    kept = URL.create(url.drivername, url.username, None, url.host, url.port, url.database, url.query)
    return kept.render_as_string(hide_password=False)


def engine_options(url: URL) -> dict[str, Any]:
    """A server's connections are checked before use, so that after a restart or a network
    outage the next edit reconnects instead of failing on a dead connection, and give up on one
    whose packets go unanswered. What the URL itself says wins. (The limits on waiting are set
    once connected, ``set_limits``: sent in libpq's ``options`` they made PgBouncer refuse the
    connection, "unsupported startup parameter: options".)"""
    if not is_server(url):
        return {}
    wanted: dict[str, Any] = {"connect_timeout": CONNECT_TIMEOUT_S, "tcp_user_timeout": TCP_USER_TIMEOUT_MS,
                              **KEEPALIVES}
    connect_args = {name: value for name, value in wanted.items() if name not in url.query}
    return {"pool_pre_ping": True, "connect_args": connect_args}


def set_limits(engine: Engine) -> None:
    """No statement waits on the server for long (the limits above), directly or behind a pooler
    such as PgBouncer, which glueplan finds out for itself: the server process it talks to is not
    the one its connection was handed (libpq's backend pid is the pooler's own key).

    Straight to the server the limits are set once per connection. Behind a pooler each transaction
    may run on another server connection, shared with other clients (transaction pooling), so they
    are set for each transaction alone (SET LOCAL), and psycopg prepares no statement: one prepared
    on a server connection is unknown on the next (PgBouncer before 1.21), or already there under
    the same name from another client ("prepared statement "_pg3_0" already exists"). A URL with
    ``options`` of its own sets its limits there, and glueplan adds none."""
    limits = "options" not in engine.url.query
    settings = {"lock_timeout": str(LOCK_TIMEOUT_MS), "statement_timeout": str(STATEMENT_TIMEOUT_MS)}

    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection: Any, record: Any) -> None:
        dbapi_connection.autocommit = True  # nothing here may stay in a transaction
        try:
            pooled = dbapi_connection.execute("SELECT pg_backend_pid()").fetchone()[0] != \
                dbapi_connection.info.backend_pid
            record.info[POOLED] = pooled
            if pooled:
                dbapi_connection.prepare_threshold = None
            elif limits:
                dbapi_connection.execute(_SET_LIMITS, {**settings, "local": False})
        finally:
            dbapi_connection.autocommit = False

    if limits:
        @event.listens_for(engine, "begin")
        def on_begin(connection: Connection) -> None:
            if connection.connection.info.get(POOLED):
                connection.exec_driver_sql(_SET_LIMITS, {**settings, "local": True})


def watch_answers(engine: Engine) -> None:
    """Give up each wait on the server after ANSWER_LIMIT_S: psycopg's connections, with their waits watched
    (store/answer_watch.py)."""
    from glueplan.store import answer_watch

    @event.listens_for(engine, "do_connect")
    def connect(_dialect: Any, _record: Any, cargs: list[Any], cparams: dict[str, Any]) -> Any:
        return answer_watch.AnsweringConnection.connect(*cargs, **cparams)

    @event.listens_for(engine, "handle_error")
    def said_at_once(context: ExceptionContext) -> None:
        """The pool's liveness check given up is said at once: taken for a connection lost, it had the pool
        connect again straight away, to the same server, waiting the connect timeout more (7 s in all, measured
        with a limit of 2 s)."""
        if context.is_pre_ping and isinstance(context.original_exception, answer_watch.NotAnswering):
            context.is_disconnect = False  # the connection given up is discarded all the same (_checkin_failed)


def reader_options(url: URL) -> dict[str, Any]:
    """A reader sees one snapshot on a server too (READ COMMITTED would let a save land between
    the program's rows and its version); SQLite's readers have one anyway (WAL)."""
    return {"isolation_level": "REPEATABLE READ", "postgresql_readonly": True} if is_server(url) else {}


def refusal(error: DBAPIError, key: str) -> StoreError:
    """What the user reads when the database refused or could not be reached (``key`` says
    whether a write or a read failed). A lost server, one that does not answer and a concurrent writer the
    server stopped (a serialization failure or a deadlock) each get a message of their own; nothing was
    written, but for a COMMIT that was on its way when the connection was lost, which may have been."""
    state = getattr(error.orig, "sqlstate", None)
    if state in CONCURRENT_WRITER:
        return StoreError("store.concurrent_writer")
    said_as = getattr(error.orig, "said_as", None)  # a wait given up, a COMMIT in doubt: store/answer_watch.py
    if said_as is not None:
        return Unreachable(said_as, seconds=ANSWER_LIMIT_S)  # a number: written as the language reads it
    if state in (LOCK_NOT_AVAILABLE, QUERY_CANCELED):  # no number: a URL's own limit, or an administrator, may have
        return StoreError("store.kept_waiting")  # ended it as well as glueplan's limits
    if error.connection_invalidated or (isinstance(error, OperationalError) and error.orig is not None
                                        and type(error.orig).__module__.startswith("psycopg")):
        return Unreachable("store.connection_lost", reason=server_cause(error))
    return StoreError(key, reason=str(error.orig) if error.orig is not None else str(error))


def bring_server_up_to_date(engine: Engine, catalog: Catalog) -> None:
    """Create (models, stamp, catalogue) or migrate the schema, and mirror the catalogue, in one
    transaction that one client at a time runs. A database of another program, or one of a newer
    glueplan, is refused and left as it is."""
    from glueplan.store.answer_watch import unlimited

    where = engine.url.render_as_string(hide_password=True)
    with engine.begin() as connection, unlimited(connection.connection.dbapi_connection):
        # A second client waits here for the first's set-up or migration however long it takes.
        connection.execute(text("SET LOCAL lock_timeout = 0"))
        connection.execute(text("SET LOCAL statement_timeout = 0"))
        connection.execute(select(text(f"pg_advisory_xact_lock({SETUP_LOCK})")))
        revision = _revision(connection, where)
        if revision is None:
            build_schema(connection, catalog)
            return
        if revision != SCHEMA_REVISION:
            upgrade(connection)
        mirror_catalog(connection, catalog)


def _revision(connection: Connection, where: str) -> str | None:
    tables = set(inspect(connection).get_table_names())
    if VERSION_TABLE.name not in tables:
        if tables:
            raise StoreError("store.foreign_database", path=where)
        return None
    revision = connection.scalar(select(VERSION_TABLE.c.version_num))
    if revision is not None and revision != SCHEMA_REVISION and revision not in known_revisions():
        raise StoreError("store.newer_database", path=where, revision=revision, version=__version__)
    return revision
