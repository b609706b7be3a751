"""Why a PostgreSQL server cannot be reached or refuses, said in the window's language: the Danish and Bokmål
messages carried libpq's and psycopg's English in brackets ("(connection failed: … Connection refused …)").
Real failures where they are cheap (a closed port, a database or role the test server lacks, a connection
limit of 0); the words of those that are not (a password refused, a timeout, a server shutting down) as
psycopg gives them, wrapped as SQLAlchemy wraps them."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import psycopg
import pytest
from sqlalchemy.exc import OperationalError

from glueplan.domain.language import Language
from glueplan.domain.messages import messages
from glueplan.store import server
from glueplan.store.answer_watch import NotAnswering
from glueplan.store.database import open_store
from glueplan.store.errors import Said, StoreError, Unreachable
from glueplan.store.location import database_url
from tests.postgres_server import PostgresServer

# Words of the driver and the server that no Danish or Norwegian sentence of glueplan's holds.
ENGLISH = ("connection failed", "refused", "does not exist", "too many", "FATAL", "timeout", "password authentication",
           "server closed")


def refusal_at_start(url: str) -> StoreError:
    with pytest.raises(Unreachable) as refused:
        open_store(database_url(url))
    return refused.value


def closed_port() -> int:
    """A TCP port nothing listens on: one the kernel just gave and took back."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def limited_role(postgres: PostgresServer) -> Iterator[str]:
    postgres.execute("CREATE ROLE glueplan_limited LOGIN CONNECTION LIMIT 0")
    yield "glueplan_limited"
    postgres.execute("DROP ROLE glueplan_limited")


@pytest.mark.parametrize("language", list(Language))
def test_a_server_that_refuses_is_said_in_the_windows_language(postgres: PostgresServer, limited_role: str,
                                                               language: Language) -> None:
    """Each of the common causes in words of its own, with what to check (failed before: the driver's words
    stood in brackets, "(connection failed: connection to server at "127.0.0.1", port … Connection refused …)")."""
    causes = {
        f"postgresql+psycopg://glueplan@127.0.0.1:{closed_port()}/glueplan": "refused",
        postgres.url("no_such_database"): "no_database",
        postgres.url("postgres", user="no_such_role"): "not_allowed",
        postgres.url("postgres", user=limited_role): "too_many",
    }
    for url, cause in causes.items():
        refused = refusal_at_start(url)
        said = refused.text(language)
        assert refused.params["reason"] == Said(f"server.cause.{cause}"), said
        assert said.endswith(messages()(f"server.cause.{cause}", language)), said
        if language is not Language.EN:
            assert not any(word in said for word in ENGLISH), said


CAUSES = [
    ('connection failed: connection to server at "db", port 5432 failed: FATAL:  password authentication failed for '
     'user "physio"', None, "password"),
    ('connection failed: connection to server at "db", port 5432 failed: fe_sendauth: no password supplied', None,
     "no_password"),
    ("connection timeout expired", None, "timeout"),
    ("failed to resolve host 'dbhost': [Errno -2] Name or service not known", None, "host_unknown"),
    ('connection failed: connection to server at "10.0.0.9", port 5432 failed: No route to host', None, "no_route"),
    ('connection failed: … failed: FATAL:  sorry, too many clients already', None, "too_many"),
    ('connection failed: … failed: FATAL:  the database system is shutting down', None, "starting"),
    ('connection failed: … failed: ERROR:  pgbouncer cannot connect to server', None, "pooler"),
    ('connection failed: … failed: ERROR:  no such database: glueplan', None, "no_database"),
    ('connection is bad: connection to server on socket "/run/postgresql/.s.PGSQL.5432" failed: No such file or '
     "directory\n\tIs the server running locally and accepting connections on that socket?", None, "refused"),
    ("consuming input failed: server closed the connection unexpectedly", None, "closed"),
    ("terminating connection due to administrator command", "57P01", "closed"),
    ("FATAL:  la base de données « x » n'existe pas", "3D000", "no_database"),  # a server speaking French: its state
]


@pytest.mark.parametrize(("words", "state", "cause"), CAUSES,
                         ids=[f"{cause}-{at}" for at, (*_, cause) in enumerate(CAUSES)])
def test_the_common_causes_have_words_of_their_own(words: str, state: str | None, cause: str) -> None:
    assert server.server_cause(driver_error(words, state)).key == f"server.cause.{cause}"


def test_words_nothing_knows_are_said_as_the_servers_own() -> None:
    """Kept as they are, but said as the server's, in the window's language (failed before: in bare brackets)."""
    lost = server.refusal(driver_error("FEHLER:  Verbindung beendet\n\tvom Verwalter", None), "store.write_failed")
    assert lost.key == "store.connection_lost"
    said = lost.text(Language.DA)
    assert "Serverens egne ord: »FEHLER: Verbindung beendet vom Verwalter«." in said
    assert said.startswith("Forbindelsen til databaseserveren blev afbrudt; intet blev skrevet.")


def test_a_limit_with_decimals_is_said_with_the_languages_decimal_sign(monkeypatch: pytest.MonkeyPatch) -> None:
    """The wait given up is said in the language's numbers: "0.5 sekunder" in Danish and Bokmål before."""
    monkeypatch.setattr(server, "ANSWER_LIMIT_S", 0.5)
    given_up = server.refusal(OperationalError("SELECT 1", None, NotAnswering("no answer")), "store.read_failed")
    assert isinstance(given_up, Unreachable)
    assert given_up.text(Language.DA).startswith("Databaseserveren svarede ikke i 0,5 sekunder, så glueplan")
    assert given_up.text(Language.NB).startswith("Databaseserveren svarte ikke på 0,5 sekunder, så glueplan")
    assert given_up.text(Language.EN).startswith("The database server did not answer for 0.5 seconds, so glueplan")


def driver_error(words: str, state: str | None) -> OperationalError:
    """psycopg's error (with the SQLSTATE a statement's error has) as SQLAlchemy hands it on."""
    error = psycopg.OperationalError(words)
    if state is not None:
        error.sqlstate = state  # type: ignore[misc]
    return OperationalError("SELECT 1", None, error)
