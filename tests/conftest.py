"""Shared fixtures: every test gets its own database file and never touches the user's."""

from __future__ import annotations

import gc
import importlib.util
import os
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, TypeVar

from msgspec.structs import replace
import pytest

if TYPE_CHECKING:
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QApplication, QWidget

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
MEMORY_FOLDER = Path("/dev/shm")
MEMORY_FOLDER_ROOM = 4 << 30  # free bytes it must have: the suite writes a few hundred MB, the bundle's test more


def temporary_files_in_memory() -> None:
    """Each test's folder and the PostgreSQL servers' data go to /dev/shm (a tmpfs) unless TMPDIR says where: on
    a disk every SQLite commit waits for its fsync (1.5-4 ms here, some 1,500 a minute of tests) and every CREATE
    DATABASE for its 300 files (0.2 s, once for each PostgreSQL test). A kill or a crashed server (the tests'
    outages) keeps in memory what it keeps on a disk; only a lost machine would not, which no test makes."""
    if "TMPDIR" in os.environ or not os.access(MEMORY_FOLDER, os.W_OK | os.X_OK):
        return
    with open("/proc/mounts", encoding="utf-8") as mounts:
        if not any(fields[1:3] == [str(MEMORY_FOLDER), "tmpfs"] for fields in map(str.split, mounts)):
            return
    facts = os.statvfs(MEMORY_FOLDER)
    if facts.f_bavail * facts.f_frsize >= MEMORY_FOLDER_ROOM:
        os.environ["TMPDIR"] = str(MEMORY_FOLDER)  # the subprocesses' too
        tempfile.tempdir = str(MEMORY_FOLDER)  # pytest's tmp_path and tempfile.mkdtemp, read once already perhaps


temporary_files_in_memory()

from glueplan.ui.application import paint_in_one_thread  # noqa: E402

paint_in_one_thread()  # pytest-qt makes the QApplication: it paints as glueplan's does

from glueplan.app.opening import open_workspace  # noqa: E402
from glueplan.app.workspace import Workspace  # noqa: E402
from glueplan.domain.catalog import Catalog, builtin_catalog  # noqa: E402
from glueplan.domain.language import Language  # noqa: E402
from glueplan.domain.plan import Program  # noqa: E402
from glueplan.domain.templates import builtin_templates  # noqa: E402
from glueplan.domain.trainee import kilograms  # noqa: E402
from glueplan.store.database import Store, open_store  # noqa: E402
from glueplan.store.location import database_url  # noqa: E402
from glueplan.store.repository import Repository  # noqa: E402
from glueplan.store.schema import TraineeRow  # noqa: E402
from sqlalchemy import select  # noqa: E402
from glueplan.ui.shared.live_workspace import LiveWorkspace  # noqa: E402
from glueplan.ui.shared.uncaught_errors import UncaughtErrors  # noqa: E402
from pytestqt.qtbot import QtBot  # noqa: E402

from tests.postgres_server import Cluster, PostgresServer, ServerUnavailable  # noqa: E402

REPO_ROOT = Path(__file__).resolve().parent.parent
RESOURCES = REPO_ROOT / "resources"
Shown = TypeVar("Shown", bound="QWidget")
_HELD: list[QWidget] = []  # the widgets given to qtbot, until the test's teardown closed them
_MADE: list[LiveWorkspace] = []  # the LiveWorkspaces the test made, until its teardown had Qt delete them


def packaging_script(name: str) -> ModuleType:
    """A script of packaging/ (the folder is no package, and 'packaging' names a library)."""
    spec = importlib.util.spec_from_file_location(name, REPO_ROOT / "packaging" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def on_screen(qtbot: QtBot, widget: Shown, width: int, height: int) -> Shown:
    """A widget at a real size, shown and exposed (and closed after the test)."""
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


class HoldingQtBot(QtBot):
    """pytest-qt's bot, holding each widget given to it until the test's teardown closed it and Qt deleted it.
    pytest-qt holds them only weakly: a shown window held by nothing but its own reference cycles (its methods
    connected to its signals) was deleted by Python's collector whenever that ran, in a later part of the test or
    in the middle of the window's own paint event, and PySide6 6.11 crashed (a segmentation fault in shiboken
    after 'Internal C++ object (MuscleMap) already deleted': the Week page's map deleted while it painted)."""

    def addWidget(self, widget: QWidget, *, before_close_func: Callable[[QWidget], None] | None = None) -> None:
        super().addWidget(widget, before_close_func=before_close_func)
        _HELD.append(widget)

    add_widget = addWidget


def hold_live_workspaces() -> None:
    """Every LiveWorkspace a test makes is held until the test's teardown, where Qt deletes those Python still owns
    (widgets_deleted_by_qt). In glueplan the window is its parent; a test's is made without one, and a page's was
    left to Python's collector in a cycle with the page, its undo stacks and their steps (Python's QUndoCommands).
    Collected, in whatever a later test was doing, the collector freed a step before its stack, whose delete read the
    freed step: a segmentation fault in QUndoStack::clear under "Garbage-collecting" (the Log tests after the start-up
    ones in one worker)."""
    made = LiveWorkspace.__init__

    def held(live: LiveWorkspace, workspace: Workspace, parent: QObject | None = None) -> None:
        made(live, workspace, parent)
        _MADE.append(live)

    LiveWorkspace.__init__ = held  # type: ignore[method-assign]


hold_live_workspaces()


@pytest.fixture
def qtbot(qapp: QApplication, request: pytest.FixtureRequest) -> QtBot:
    return HoldingQtBot(request)


@pytest.fixture(autouse=True)
def private_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A throwaway database, data, settings, cache and log folders per test, and English unless a test says
    otherwise."""
    db = tmp_path / "glueplan.sqlite"
    monkeypatch.setenv("GLUEPLAN_DB", str(db))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "xdg-state"))  # the log (ui/shared/uncaught_errors.py)
    monkeypatch.setenv("LANG", "C.UTF-8")
    # The language, and the desktop's locale: the first profile's units and the paper (app/desktop_locale.py), and
    # the dates as a glueplan started from a test reads them through Qt (ui/shared/logged_text.py; in this process
    # tests/ui/conftest.py sets Qt's).
    for variable in ("LC_ALL", "LC_MESSAGES", "LC_MEASUREMENT", "LC_NUMERIC", "LC_TIME", "LC_PAPER", "LANGUAGE"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.delenv("GLUEPLAN_RESOURCES", raising=False)
    return db


@pytest.fixture(autouse=True)
def uncaught_errors_left_to_pytest_qt(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """An exception raised in a slot or a paint fails the test that raised it, through pytest-qt's own hook: the
    window's (run_gui installs it: a box and a log file) is not installed but in a test that turns pytest-qt's off
    (its documented mark qt_no_exception_capture) to see it at work."""
    if request.node.get_closest_marker("qt_no_exception_capture") is None:
        monkeypatch.setattr(UncaughtErrors, "install", lambda errors: None)


@pytest.fixture(autouse=True)
def widgets_deleted_by_qt() -> Iterator[None]:
    """The widgets a test closed (qtbot closes them and asks Qt to delete them later) are deleted
    before the next test, by Qt. Left waiting, a window can be deleted instead by Python's garbage
    collector at any moment of a later test, and PySide6 6.11 crashes in that (a segmentation
    fault in QWidget::window() under the collector). So are the windows a test made and left without
    qtbot (a dialog, a page made and dropped): Python's, still alive, they were collected in a later
    test, and a worker died there ("Garbage-collecting" in a store fixture: 3 full runs of 3 today).
    So are the LiveWorkspaces it made (hold_live_workspaces)."""
    yield
    qt_objects_deleted()


def qt_objects_deleted() -> None:
    """Close the top-level widgets Python owns and have Qt delete them, and the LiveWorkspaces the test made that
    Python still owns (not given to a window), after the widgets that show them."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication
    from shiboken6 import Shiboken

    app = QCoreApplication.instance()
    if isinstance(app, QApplication):
        for left in app.topLevelWidgets():
            if Shiboken.ownedByPython(left):  # made by the test, not one of Qt's own
                left.close()
                left.deleteLater()
    for live in _MADE:
        if Shiboken.isValid(live) and Shiboken.ownedByPython(live):
            live.deleteLater()
    if app is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    _HELD.clear()
    _MADE.clear()


@pytest.fixture(autouse=True)
def collector_left_unfrozen() -> Iterator[None]:
    """A test leaves Python's collector as it found it. Start-up freezes what it made out of the full collections
    once the window is usable (StartUp._settled's gc.freeze): let through in a test, it froze the test process's
    146,000 objects, the garbage of the tests before among them, kept until a later test's window rebuild unfroze it
    all at once (WindowHost.switch_language), and changed when the full collections came (tests/ui/test_log_and_charts
    met its first in its 20th test instead of its 3rd, 18 tests' garbage at once)."""
    yield
    frozen = gc.get_freeze_count()
    if frozen:
        gc.unfreeze()
        pytest.fail(f"The test left {frozen} objects frozen out of Python's collections (gc.freeze).", pytrace=False)
    if not gc.isenabled():  # start-up turns it off until the window is usable (cli/entry.py desktop_app)
        gc.enable()
        pytest.fail("The test left Python's cyclic collector off (gc.disable).", pytrace=False)


@pytest.fixture
def db_path(private_environment: Path) -> Path:
    return private_environment


@pytest.fixture
def catalog() -> Catalog:
    return builtin_catalog()


def started_server(cluster: Cluster, durable: bool = False) -> PostgresServer:
    """A PostgreSQL server on a copy of the session's cluster. If it cannot start, the test fails saying why: a
    suite that skipped the tests on PostgreSQL would pass untested."""
    try:
        return PostgresServer(cluster, durable)
    except (ServerUnavailable, OSError, subprocess.CalledProcessError) as error:
        pytest.fail(f"PostgreSQL could not be started for the tests: {error}", pytrace=False)


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[Cluster]:
    """The data folder initdb makes, once a session (a test worker's): each server starts on a copy."""
    try:
        cluster = Cluster()
    except (ServerUnavailable, OSError) as error:
        pytest.fail(f"PostgreSQL could not be started for the tests: {error}", pytrace=False)
    yield cluster
    cluster.close()


@pytest.fixture(scope="session")
def postgres(postgres_cluster: Cluster) -> Iterator[PostgresServer]:
    """A PostgreSQL server of the test session's own, started by the first test that needs it."""
    server = started_server(postgres_cluster)
    yield server
    server.close()


@pytest.fixture
def own_server(postgres_cluster: Cluster) -> Iterator[PostgresServer]:
    """A server of the test's own, for a test that stops it or crashes it: the session's one must not die under
    other tests. Durable: what was committed before a crash must survive it."""
    server = started_server(postgres_cluster, durable=True)
    yield server
    server.close()


@pytest.fixture(scope="session")
def postgres_template(postgres: PostgresServer) -> str:
    """A database at the newest schema with the catalogue mirrored, copied for each test (faster
    than building the schema again; creating one from empty has tests of its own)."""
    name = postgres.new_database()
    open_store(database_url(postgres.url(name))).close()
    return name


@pytest.fixture
def database(db_path: Path) -> str:
    """Where the test's store lives: its own SQLite file (tests/store runs on PostgreSQL too)."""
    return str(db_path)


@pytest.fixture
def store(database: str) -> Iterator[Store]:
    opened = open_store(database_url(database))
    yield opened
    opened.close()


@pytest.fixture
def repository(store: Store) -> Repository:
    return Repository(store)


PROGRAM_START = date(2026, 11, 23)  # a Monday


@pytest.fixture(autouse=True)
def lived_until_the_programs_start(monkeypatch: pytest.MonkeyPatch) -> None:
    """Today, for the whole window (app.clock), is the Monday the test programs start, whatever the clock says: none
    of their days is history yet, and an undo run across midnight would keep the day gone (EditProgram.kept). A test
    of days lived sets its own day."""
    monkeypatch.setattr("glueplan.app.clock.today", lambda: PROGRAM_START)


def seed_000(weeks: int = 2) -> Program:
    program = builtin_templates()["seed-000"].program(builtin_catalog(), Language.EN, weeks=weeks)
    return replace(program, start=PROGRAM_START)


def identity(program: Program | None) -> Any:
    """The program with its database ids, which plain equality leaves out."""
    assert program is not None
    return [(week.deload, [(s.id, s, [(i.id, i) for i in s.items]) for s in week.sessions]) for week in program.weeks]


def database_at_revision(path: Path | str, revision: str) -> None:
    """A database (a file, or a server's URL) as an older glueplan left it: the schema of ``revision``, made by
    its migrations."""
    from alembic import command
    from sqlalchemy import create_engine

    from glueplan.store.migrate import alembic_config

    engine = create_engine(database_url(str(path)))
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    engine.dispose()


def trainee_ids(repository: Repository) -> list[int]:
    """Every trainee's id, archived ones too, oldest first: what a test checks or logs into (glueplan itself asks for
    the trainees by name, Repository.trainee_names)."""
    with repository.store.reading() as session:
        return list(session.scalars(select(TraineeRow.id).order_by(TraineeRow.id)))


def workspace_on(store: Store) -> Workspace:
    """A window's workspace on the test's database (a second call: a second window)."""
    return open_workspace(store, Language.EN, kilograms)


@pytest.fixture
def workspace(store: Store) -> Workspace:
    """A workspace with seed-000 planned for two weeks from Monday 23 November 2026, made the Friday before (its
    sessions missed from that Monday on, whatever the clock says: none made before the program is missed)."""
    opened = workspace_on(store)
    made = datetime.combine(PROGRAM_START - timedelta(days=3), time(12))
    opened.load_program(opened.repository.add_program(opened.trainee_id, seed_000(), "seed-000", made=made))
    return opened
