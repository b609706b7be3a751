"""A throwaway PostgreSQL server for the tests: initdb and pg_ctl in a temporary folder, listening
on a Unix socket in that folder only, stopped and deleted afterwards.

initdb refuses to run as root, so as root (CI on a clean clone) the server runs as the
``postgres`` user that Debian's package creates, in a folder handed to that user. Trust
authentication on a socket nobody else can see: the tests need no password.
"""

from __future__ import annotations

import itertools
import os
import pwd
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

SUPERUSER = "glueplan_test"
PG_BIN_ENVIRONMENT_VARIABLE = "GLUEPLAN_PG_BIN"  # where initdb and pg_ctl are, if not Debian's place
SERVER_USER = "postgres"  # who runs the server when the tests run as root


class ServerUnavailable(Exception):
    """PostgreSQL could not be started here; the message says why and what to install."""


def postgres_bin() -> Path:
    """The folder of initdb and pg_ctl: GLUEPLAN_PG_BIN, Debian's newest /usr/lib/postgresql/N/bin,
    or the PATH."""
    chosen = os.environ.get(PG_BIN_ENVIRONMENT_VARIABLE)
    if chosen:
        return Path(chosen)
    debian = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parent.parent.name))
    if debian:
        return debian[-1].parent
    found = shutil.which("initdb")
    if found is None:
        raise ServerUnavailable("initdb was not found (install Debian's 'postgresql' package, or set "
                                f"{PG_BIN_ENVIRONMENT_VARIABLE} to the folder holding initdb and pg_ctl)")
    return Path(found).parent


def as_server_user(argv: list[str]) -> list[str]:
    """The command run as the server's user where the tests run as root (initdb, pg_ctl and PgBouncer refuse root)."""
    return ["runuser", "-u", SERVER_USER, "--", *argv] if os.geteuid() == 0 else argv


def run_server_program(command: Sequence[str], cwd: Path, log: Path | None = None) -> str:
    """One of PostgreSQL's programs (initdb, pg_ctl), as the server's user; what it printed. ``log``: the
    server's, whose end a failure quotes."""
    done = subprocess.run(as_server_user([str(postgres_bin() / command[0]), *command[1:]]), capture_output=True,
                          text=True, cwd=cwd)
    if done.returncode != 0:
        said = log.read_text(errors="replace")[-2000:] if log is not None and log.exists() else ""
        raise ServerUnavailable(f"{' '.join(command[:2])} failed ({done.returncode}): "
                                f"{done.stderr.strip() or done.stdout.strip()}\n{said}".strip())
    return done.stdout


def server_folder(prefix: str) -> Path:
    """A new temporary folder the server's user may write in."""
    folder = Path(tempfile.mkdtemp(prefix=prefix))  # a short path: a Unix socket's may not exceed 107 bytes
    if os.geteuid() == 0:
        try:
            owner = pwd.getpwnam(SERVER_USER)
        except KeyError as error:
            raise ServerUnavailable(f"the tests run as root and initdb refuses root, but there is no "
                                    f"'{SERVER_USER}' user to run it as (apt-get install postgresql "
                                    f"makes one)") from error
        os.chown(folder, owner.pw_uid, owner.pw_gid)
    return folder


class Cluster:
    """The data folder initdb makes, made once and copied for each server: initdb takes a second or two of
    CPU, a copy a tenth of a second (on a tmpfs; a second on a disk)."""

    def __init__(self) -> None:
        self.folder = server_folder("glueplan-pg-cluster-")
        self.data = self.folder / "data"
        run_server_program(["initdb", "-D", str(self.data), "-U", SUPERUSER, "--auth=trust", "--no-sync",
                            "--encoding=UTF8", "--locale=C"], self.folder)

    def copy_to(self, data: Path) -> None:
        """The cluster at ``data``, owned as it is (cp -a: as root too)."""
        subprocess.run(["cp", "-a", str(self.data), str(data)], check=True, capture_output=True)

    def close(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


class PostgresServer:
    """One server for the whole test session; each test gets a database of its own."""

    def __init__(self, cluster: Cluster, durable: bool = False) -> None:
        """A server on a copy of ``cluster``. ``durable``: commits survive a crash (fsync and synchronous
        commits stay on); else faster, for a server nobody kills."""
        self.durable = durable
        self.folder = server_folder("glueplan-pg-")
        self.data = self.folder / "data"
        self.log = self.folder / "server.log"
        self._names = itertools.count(1)
        cluster.copy_to(self.data)
        self.start()

    def _run(self, command: Sequence[str]) -> str:
        return run_server_program(command, self.folder, self.log)

    def start(self) -> None:
        options = f"-c listen_addresses='' -c unix_socket_directories='{self.folder}' -c max_connections=100"
        if not self.durable:
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        self._run(["pg_ctl", "start", "-w", "-t", "60", "-D", str(self.data), "-l", str(self.log), "-o", options])

    def stop(self, mode: str = "fast") -> None:
        """``immediate`` is a crash: no checkpoint, every connection cut."""
        self._run(["pg_ctl", "stop", "-w", "-D", str(self.data), "-m", mode])

    def running(self) -> bool:
        return subprocess.run(as_server_user([str(postgres_bin() / "pg_ctl"), "status", "-D", str(self.data)]),
                              capture_output=True).returncode == 0

    @contextmanager
    def stopped(self) -> Iterator[None]:
        """Every process of the server stopped (SIGSTOP), as a server stuck on a dead disk or in a paused VM: its
        sockets stay open and the kernel keeps taking what is sent, but nothing answers. Its children are found
        once it stopped (it forks no more). Continued afterwards, whatever happened meanwhile."""
        postmaster = int((self.data / "postmaster.pid").read_text().split()[0])
        os.kill(postmaster, signal.SIGSTOP)
        stopped = [postmaster]
        try:
            for stat in Path("/proc").glob("[0-9]*/stat"):
                try:
                    parent = int(stat.read_text().rsplit(")", 1)[1].split()[1])
                except (OSError, IndexError, ValueError):  # ended meanwhile
                    continue
                if parent == postmaster:
                    os.kill(int(stat.parent.name), signal.SIGSTOP)
                    stopped.append(int(stat.parent.name))
            yield
        finally:
            for pid in stopped:
                os.kill(pid, signal.SIGCONT)

    def url(self, database: str, user: str = SUPERUSER) -> str:
        return f"postgresql+psycopg://{user}@/{database}?host={self.folder}"

    def execute(self, sql: str) -> None:
        """One statement as the superuser, outside a transaction (CREATE DATABASE needs that)."""
        import psycopg

        with psycopg.connect(host=str(self.folder), dbname="postgres", user=SUPERUSER, autocommit=True) as connection:
            connection.execute(sql)  # type: ignore[arg-type]

    def new_database(self, template: str = "template0") -> str:
        """A fresh, empty database (or a copy of ``template``); returns its name."""
        name = f"test_{next(self._names)}"
        self.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}" STRATEGY FILE_COPY')
        return name

    def drop_database(self, name: str) -> None:
        self.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def close(self) -> None:
        try:
            if self.running():
                self.stop("immediate")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)


class PgBouncer:
    """PgBouncer in front of a test server, in one pool mode, on a Unix socket in the server's folder
    (its port only names the socket). Trust authentication, as the server's; every database of the
    server is reached through it. Run as the server's user when the tests run as root (PgBouncer
    refuses root too)."""

    def __init__(self, server: PostgresServer, pool_mode: str, port: int) -> None:
        executable = shutil.which("pgbouncer") or shutil.which("pgbouncer", path="/usr/sbin")
        if executable is None:
            raise ServerUnavailable("pgbouncer was not found (install Debian's 'pgbouncer' package)")
        self.server = server
        self.port = port
        self.folder = server.folder / f"pgbouncer-{pool_mode}"
        self.folder.mkdir()
        (self.folder / "users.txt").write_text(f'"{SUPERUSER}" ""\n')
        (self.folder / "pgbouncer.ini").write_text(
            f"[databases]\n* = host={server.folder}\n"
            f"[pgbouncer]\nlisten_addr =\nlisten_port = {port}\nunix_socket_dir = {server.folder}\n"
            f"auth_type = trust\nauth_file = {self.folder / 'users.txt'}\npool_mode = {pool_mode}\n"
            f"logfile = {self.folder / 'pgbouncer.log'}\npidfile = {self.folder / 'pgbouncer.pid'}\n")
        if os.geteuid() == 0:
            owner = pwd.getpwnam(SERVER_USER)
            for path in (self.folder, *self.folder.iterdir()):
                os.chown(path, owner.pw_uid, owner.pw_gid)
        # -d: its pid file says whom to stop
        done = subprocess.run(as_server_user([executable, "-d", str(self.folder / "pgbouncer.ini")]),
                              capture_output=True, text=True)
        if done.returncode != 0 or not self._answers():
            log = (self.folder / "pgbouncer.log").read_text(errors="replace")[-2000:]
            raise ServerUnavailable(f"pgbouncer did not start ({done.returncode}): {done.stderr.strip()}\n{log}")

    def _answers(self) -> bool:
        """Whether it takes connections, within ten seconds (it daemonizes before it listens)."""
        import psycopg

        for _ in range(100):
            try:
                psycopg.connect(host=str(self.server.folder), port=self.port, dbname="postgres", user=SUPERUSER).close()
                return True
            except psycopg.OperationalError:
                time.sleep(0.1)
        return False

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://{SUPERUSER}@/{database}?host={self.server.folder}&port={self.port}"

    def close(self) -> None:
        pid_file = self.folder / "pgbouncer.pid"
        if pid_file.exists():
            pid = int(pid_file.read_text())
            os.kill(pid, signal.SIGTERM)
            for _ in range(100):  # gone, its socket with it, before another takes the port
                try:
                    os.kill(pid, 0)
                except ProcessLookupError:
                    break
                time.sleep(0.05)
        shutil.rmtree(self.folder, ignore_errors=True)  # pytest may start this pool mode again in the session
