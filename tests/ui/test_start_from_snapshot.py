"""A start on an existing, current file shows its first screen read with sqlite3 and opens the store once
SQLAlchemy is imported beside it (issue 9: usable in at most 2.5 times a bare window's start). An edit made before
the store is open waits for it and lands once; what another window commits, or a restore, in between is not lost
on the window; and every other start opens the store first, as before."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from msgspec.structs import replace
import pytest
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from glueplan.app import opening
from glueplan.app.log_edits import LogSet
from glueplan.app.opening import SnapshotRepository
from glueplan.app.workspace import Workspace
from glueplan.domain.language import Language
from glueplan.domain.log import LoggedSet
from glueplan.domain.trainee import Level, Trainee
from glueplan.store import database
from glueplan.store.errors import StoreError
from glueplan.store.location import database_url
from glueplan.store.repository import Repository
from glueplan.ui import application as app_module
from glueplan.ui.main_window import MainWindow
from glueplan.ui.shared.changes_elsewhere import follow_changes_elsewhere
from tests.conftest import REPO_ROOT, seed_000

pytestmark = pytest.mark.sqlite_only
SQUAT = LoggedSet("back_squat", datetime(2026, 11, 23, 18), 67.5, 8, 1)


def existing(path: Path, trainee: str = "Ida") -> Path:
    """A closed database with a trainee and a program, as a returning user's."""
    store = database.open_store(database_url(str(path)))
    try:
        repository = Repository(store)
        repository.add_program(repository.add_trainee(Trainee(trainee)), seed_000(), activate=True)
    finally:
        store.close()
    return path


def window_with(qapp: QApplication, monkeypatch: pytest.MonkeyPatch,
                scenario: Callable[[Workspace], object]) -> list[str]:
    """run_gui's event loop: the scenario is played on the workspace as soon as the window has one (before the
    event loop turns again), then the loop turns until the store behind it is open. Start-up's gc.freeze once the
    window is usable (StartUp._settled) is not made but listed in the list returned: made, it froze the test process's
    objects (tests/conftest.py, collector_left_unfrozen)."""
    frozen: list[str] = []
    monkeypatch.setattr(app_module.gc, "freeze", lambda: frozen.append("freeze"))

    def fake_exec() -> int:
        for _ in range(500):
            windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
            if windows and windows[0].live is not None:
                break
            QApplication.processEvents()
        workspace = windows[0].live.workspace
        scenario(workspace)
        turned_until(lambda: not isinstance(workspace.repository, SnapshotRepository))
        QApplication.processEvents()  # what the store's opening queued (a catch-up)
        return 0

    monkeypatch.setattr(qapp, "exec", fake_exec)
    return frozen


def turned_until(done: Callable[[], object], seconds: float = 10) -> None:
    """The event loop turned until ``done``: start-up's timers (the first screen still, STILL_MS) run meanwhile."""
    deadline = time.monotonic() + seconds
    while not done():
        if time.monotonic() > deadline:
            raise AssertionError("never")
        QApplication.processEvents()


def said_as_it_closes(qapp: QApplication, monkeypatch: pytest.MonkeyPatch, file: Path,
                      trainee: str | None = None) -> tuple[int, list[str]]:
    """run_gui on ``file`` (English) as a start that cannot open it: its exit code and the messages shown; a window
    left open instead is ended after 10 s with code 99, failed rather than waited for."""
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: said.append(box.text()) or QMessageBox.StandardButton.Ok)
    guard = QTimer(singleShot=True, interval=10_000)
    guard.timeout.connect(lambda: qapp.exit(99))
    guard.start()
    try:
        return app_module.run_gui(str(file), Language.EN, trainee), said
    finally:
        guard.stop()


@contextmanager
def counted(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, int]]:
    """How many stores were opened, and write transactions begun."""
    counts = {"opened": 0, "transactions": 0}
    open_store, transaction = database.open_store, database.Store.transaction

    def opening(*args: Any, **kwargs: Any) -> database.Store:
        counts["opened"] += 1
        return open_store(*args, **kwargs)

    def writing(store: database.Store) -> Any:
        counts["transactions"] += 1
        return transaction(store)

    monkeypatch.setattr(database, "open_store", opening)
    monkeypatch.setattr(database.Store, "transaction", writing)
    yield counts


def test_an_edit_right_after_the_first_screen_waits_for_the_store_and_lands_once(
        qapp: QApplication, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    existing(db_path)
    seen: list[object] = []

    def log_a_set(workspace: Workspace) -> None:
        seen.append(type(workspace.repository))
        workspace.execute(LogSet(SQUAT, "Log set"))  # the store is opened for it, in this thread
        seen.append(type(workspace.repository))

    window_with(qapp, monkeypatch, log_a_set)
    with counted(monkeypatch) as counts:
        assert app_module.run_gui(str(db_path), Language.EN) == 0
    assert seen == [SnapshotRepository, Repository]
    assert counts == {"opened": 1, "transactions": 1}  # not opened again when its modules were imported
    store = database.open_store(database_url(str(db_path)))
    assert [logged for _id, logged in Repository(store).sets_on(1, SQUAT.performed_at.date())] == [SQUAT]
    store.close()


def test_nothing_start_up_queued_runs_once_it_closed_down(qapp: QApplication, db_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """Start-up is deleted with its window as run_gui ends (close_down): its _settled, queued as the store opened
    behind the first screen, ran on the next turn of an event loop after run_gui had returned (in the tests
    pytest-qt's), froze the process's objects and imported pyqtgraph for a Charts tab already deleted."""
    existing(db_path)
    frozen = window_with(qapp, monkeypatch, lambda workspace: workspace.execute(LogSet(SQUAT, "Log set")))
    assert app_module.run_gui(str(db_path), Language.EN) == 0
    ran = list(frozen)
    QApplication.processEvents()
    assert frozen == ran


def test_what_another_window_saves_before_the_store_opens_is_shown(qapp: QApplication, db_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """The store's own watch of changes begins when it opens: a save in between was seen by nothing."""
    existing(db_path)
    shown: list[tuple[str, str]] = []

    def saved_elsewhere(workspace: Workspace) -> None:
        other = database.open_store(database_url(str(db_path)))
        elsewhere = Repository(other)
        elsewhere.update_trainee(workspace.trainee_id, workspace.trainee,
                                 replace(workspace.trainee, level=Level.ADVANCED))
        assert workspace.program_id is not None
        program, version = elsewhere.program_state(workspace.program_id)
        elsewhere.save_program_edit(workspace.program_id, program, replace(program, name="Spring"), version)
        other.close()
        turned_until(lambda: not isinstance(workspace.repository, SnapshotRepository))
        turned_until(lambda: workspace.program is not None and workspace.program.name == "Spring")
        shown.append((workspace.trainee.level.value, workspace.program.name))

    window_with(qapp, monkeypatch, saved_elsewhere)
    assert app_module.run_gui(str(db_path), Language.EN) == 0
    assert shown == [("advanced", "Spring")]


@pytest.mark.parametrize("start", ["first screen", "--trainee"])
def test_a_save_elsewhere_while_the_store_opens_is_caught_up_with(qapp: QApplication, db_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch, start: str) -> None:
    """Between the store's first reads (the comparison with the first screen shown; the workspace's, opened at once)
    and the beginning of its watch of changes, a save elsewhere was seen by neither: the watch is begun first."""
    existing(db_path)
    read = "changed_since" if start == "first screen" else "open_workspace"
    reads = getattr(opening, read)
    shown: list[str] = []

    def read_then_saved_elsewhere(*args: Any, **kwargs: Any) -> Any:
        result = reads(*args, **kwargs)
        other = database.open_store(database_url(str(db_path)))
        elsewhere = Repository(other)
        ida = elsewhere.trainee_names()[0][0]
        elsewhere.update_trainee(ida, elsewhere.trainee(ida), replace(elsewhere.trainee(ida), level=Level.ADVANCED))
        other.close()
        return result

    def caught_up(workspace: Workspace) -> None:
        turned_until(lambda: not isinstance(workspace.repository, SnapshotRepository))
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        assert window.live is not None
        follow_changes_elsewhere(window.live).check()  # as the next look (2 s on a file) would
        shown.append(workspace.trainee.level.value)

    monkeypatch.setattr(opening, read, read_then_saved_elsewhere)
    window_with(qapp, monkeypatch, caught_up)
    assert app_module.run_gui(str(db_path), Language.EN, "ida" if start == "--trainee" else None) == 0
    assert shown == ["advanced"]


def test_a_first_screen_never_still_opens_its_store(qapp: QApplication, db_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """The store's import waits for the first screen to be still, which a window that paints on (an animation) never
    is: without a time at which it begins anyway, the store never opened behind it, and others' saves went unseen."""
    existing(db_path)
    monkeypatch.setattr(app_module, "STILL_MS", 600_000)
    monkeypatch.setattr(app_module, "IMPORT_AT_LATEST_MS", 0)
    opened: list[bool] = []
    window_with(qapp, monkeypatch, lambda workspace: opened.append(True))  # turns until the store is open
    assert app_module.run_gui(str(db_path), Language.EN) == 0
    assert opened == [True]


def test_a_file_made_elsewhere_before_the_first_starts_store_opens_is_shown(qapp: QApplication, db_path: Path,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """A new file's first screen names the trainee the store will make; another glueplan that made the file first
    (with its own trainee) wins, and the window shows theirs once its store opens, with nobody made beside them."""
    shown: list[tuple[str, str]] = []

    def made_elsewhere(workspace: Workspace) -> None:
        shown.append(("first screen", workspace.trainee.name))
        existing(db_path)
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        assert window.live is not None
        changes = follow_changes_elsewhere(window.live)
        changes.check()  # the next look (2 s on a file) before the store is open: no file was read, none replaced
        shown.append(("replaced", str(changes.replaced)))
        turned_until(lambda: not isinstance(workspace.repository, SnapshotRepository))
        turned_until(lambda: workspace.trainee.name == "Ida")
        shown.append(("store", workspace.trainee.name))

    window_with(qapp, monkeypatch, made_elsewhere)
    assert app_module.run_gui(str(db_path), Language.EN) == 0
    assert shown == [("first screen", "Me"), ("replaced", "False"), ("store", "Ida")]
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("SELECT name FROM trainee").fetchall() == [("Ida",)]


def test_a_file_name_the_system_refuses_is_said_not_a_traceback(qapp: QApplication, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """Looking whether the file is there raised OSError (a name too long; a folder not to be entered, a share
    gone) out of the slot that opens the database: a traceback, an empty window, and a process that never ended."""
    code, said = said_as_it_closes(qapp, monkeypatch, tmp_path / ("a" * 300 + ".sqlite"))
    assert code == 1
    assert len(said) == 1 and "aaaa" in said[0]


def test_a_file_restored_in_its_place_before_the_store_opens_is_said_and_not_written(
        qapp: QApplication, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """As in a window whose file is replaced while it is open (a restore in another window): its edits would go
    into a file it never read, and are refused."""
    backup = existing(db_path.with_name("backup.sqlite"), trainee="Bo")
    existing(db_path)
    refused: list[str] = []

    def restored_elsewhere(workspace: Workspace) -> None:
        os.replace(backup, db_path)
        with pytest.raises(StoreError) as refusal:
            workspace.execute(LogSet(SQUAT, "Log set"))
        refused.append(refusal.value.key)
        live = QApplication.topLevelWidgets()
        changes = follow_changes_elsewhere(next(w for w in live if isinstance(w, MainWindow)).live)
        turned_until(lambda: changes.replaced)

    window_with(qapp, monkeypatch, restored_elsewhere)
    assert app_module.run_gui(str(db_path), Language.EN) == 0
    assert refused == ["store.replaced"]
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("SELECT count(*) FROM logged_set").fetchone() == (0,)


@pytest.mark.parametrize("start", ["no trainee yet", "newer catalogue", "--trainee"])
def test_every_other_start_opens_the_store_first(qapp: QApplication, db_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 start: str) -> None:
    """(A file of an older schema: read_file leaves it to the store too, tests/store/test_first_screen.py.)"""
    if start == "no trainee yet":
        database.open_store(database_url(str(db_path))).close()
    else:
        existing(db_path)
    if start == "newer catalogue":
        with sqlite3.connect(db_path) as connection:
            connection.execute("UPDATE app_meta SET value = 'older' WHERE key = 'catalog_digest'")
    seen: list[object] = []
    window_with(qapp, monkeypatch, lambda workspace: seen.append((type(workspace.repository),
                                                                  workspace.trainee.name)))
    assert app_module.run_gui(str(db_path), Language.EN, "ida" if start == "--trainee" else None) == 0
    assert seen == [(Repository, "Ida" if start in ("newer catalogue", "--trainee") else "Me")]


@pytest.mark.parametrize("start", ["existing file", "new file"])
def test_the_first_screen_is_shown_before_sqlalchemy_is_imported(db_path: Path, start: str) -> None:
    """In a process of its own: this one has SQLAlchemy imported already. A new file's first screen is the trainee
    a first start makes, shown before the store has made the file, and made there once it opens."""
    if start == "existing file":
        existing(db_path)
    code = ("import sys; from PySide6.QtWidgets import QApplication; import glueplan.ui.application as a;"
            "from glueplan.ui import main_window as m; attach = m.MainWindow.attach\n"
            "def seen(window, live):\n"
            "    attach(window, live); print('sqlalchemy' in sys.modules, type(live.workspace.repository).__name__)\n"
            "    def later():\n"
            "        live.workspace.repository.custom_exercises(); print(type(live.workspace.repository).__name__)\n"
            "        QApplication.exit(0)\n"
            "    a.QTimer.singleShot(0, later)\n"
            "m.MainWindow.attach = seen; a.run_gui(sys.argv[1], None)\n")
    result = subprocess.run([sys.executable, "-c", code, str(db_path)], capture_output=True, text=True, timeout=60,
                            cwd=REPO_ROOT, env=os.environ | {"QT_QPA_PLATFORM": "offscreen"}, check=True)
    assert result.stdout.splitlines() == ["False SnapshotRepository", "Repository"]
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("SELECT id, name FROM trainee").fetchall() == \
            [(1, "Ida" if start == "existing file" else "Me")]


@pytest.mark.parametrize("start", ["new file", "existing file", "existing file, Week tab"])
def test_the_first_screen_hands_python_no_widget_qt_made(db_path: Path, tmp_path: Path, start: str) -> None:
    """PySide finds the class of a widget Qt made (a scroll area's own viewport) by making every QWidget class not
    made yet, 1-2 ms of a start: the views of the first screen have viewports made in Python (ui/shared/
    own_viewport.py), and asking for them (a view laying out its rows, the start-up benchmark watching their paints)
    makes nothing. QWizard is one of the classes only that search makes."""
    if start != "new file":
        existing(db_path)
    config = tmp_path / "config"
    if start.endswith("Week tab"):  # as left by someone planning: the Week page with its days in sight
        (config / "glueplan").mkdir(parents=True)
        (config / "glueplan" / "glueplan.conf").write_text("[main_window]\ntab=1\n")
    code = ("import sys; import PySide6.QtWidgets as widgets; import glueplan.ui.application as a;"
            "from glueplan.ui import main_window as m; attach = m.MainWindow.attach\n"
            "def seen(window, live):\n"
            "    attach(window, live)\n"
            "    def painted():\n"
            "        page = window.week_tab.currentWidget()\n"
            "        days = page.calendar.days if hasattr(page, 'calendar') else []\n"
            "        [view.viewport() for view in (window.library.view, *days)]  # as tests/perf's start-up does\n"
            "        print(window.tabs.currentIndex(), 'QWizard' in vars(widgets)); widgets.QApplication.exit(0)\n"
            "    a.QTimer.singleShot(100, painted)\n"
            "m.MainWindow.attach = seen; a.run_gui(sys.argv[1], None)\n")
    result = subprocess.run([sys.executable, "-c", code, str(db_path)], capture_output=True, text=True, timeout=60,
                            cwd=REPO_ROOT, check=True,
                            env=os.environ | {"QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(config)})
    assert result.stdout.split() == ["1" if start.endswith("Week tab") else "0", "False"]


@contextmanager
def animated_start(qapp: QApplication, db_path: Path, frames: list[str]) -> Iterator[None]:
    """A start on an existing file whose window paints a frame each 20 ms, 15 times (each noted in ``frames``, as is
    the store's import: StoreImport.start does nothing else)."""
    from glueplan.domain.catalog import builtin_catalog
    from glueplan.ui.shared.uncaught_errors import UncaughtErrors
    from glueplan.ui.window_host import WindowHost

    class Frames(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.UpdateRequest:
                frames.append("frame")
            return False

    existing(db_path)
    host = WindowHost(qapp, builtin_catalog(), Language.EN)
    startup = app_module.StartUp(qapp, host, str(db_path), Language.EN)
    counter = Frames()
    animation = QTimer(interval=20)
    animation.timeout.connect(lambda: host.window.update() if frames.count("frame") < 15 else animation.stop())
    try:
        host.window.installEventFilter(counter)
        host.window.show()
        startup.open_store()
        animation.start()
        yield
    finally:
        animation.stop()
        host.window.removeEventFilter(counter)
        app_module.close_down(host, startup, UncaughtErrors(lambda: host.window))


def test_the_store_import_waits_until_the_first_screen_is_still(qapp: QApplication, qtbot: QtBot, db_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Begun at the first paint after the attach, the import took Python's lock from the window's thread while the rest
    of the first screen was laid out and painted (a Week page built in the attach is painted frames later)."""
    monkeypatch.setattr(app_module, "STILL_MS", 200)
    frames: list[str] = []
    monkeypatch.setattr(app_module.StoreImport, "start", lambda imports: frames.append("import"))
    with animated_start(qapp, db_path, frames):
        qtbot.waitUntil(lambda: "import" in frames, timeout=5000)
        assert frames.count("frame") >= 15
        assert frames.index("import") >= 15  # only after the last frame


def test_a_window_never_still_is_no_longer_watched_once_the_import_began(qapp: QApplication, qtbot: QtBot,
                                                                        db_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """Begun at IMPORT_AT_LATEST_MS (the window not still by then), the import is no reason to go on watching: the
    window's every frame went through StartUp's filter for as long as it kept painting."""
    monkeypatch.setattr(app_module, "STILL_MS", 600_000)
    monkeypatch.setattr(app_module, "IMPORT_AT_LATEST_MS", 0)
    frames: list[str] = []
    monkeypatch.setattr(app_module.StoreImport, "start", lambda imports: frames.append("import"))
    looked = app_module.StartUp.eventFilter

    def watching(startup: app_module.StartUp, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.UpdateRequest:
            frames.append("watched")
        return looked(startup, watched, event)

    monkeypatch.setattr(app_module.StartUp, "eventFilter", watching)
    with animated_start(qapp, db_path, frames):
        qtbot.waitUntil(lambda: "import" in frames and frames.count("frame") >= 15, timeout=5000)
    assert "watched" not in frames[frames.index("import"):]


def test_the_charts_import_waits_for_the_store_behind_the_first_screen(qapp: QApplication, qtbot: QtBot,
                                                                       db_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """One import beside the window at a time: pyqtgraph's (app._settled, which first freezes start-up's objects out
    of Python's full collections) only once the store is open, after the store's own."""
    from glueplan.domain.catalog import builtin_catalog
    from glueplan.ui.shared import lazy_tab
    from glueplan.ui.shared.uncaught_errors import UncaughtErrors
    from glueplan.ui.window_host import WindowHost

    existing(db_path)
    done: list[str] = []
    monkeypatch.setattr(app_module, "SETTLED_MS", 10)
    monkeypatch.setattr(app_module.gc, "freeze", lambda: done.append("freeze"))
    monkeypatch.setattr(lazy_tab, "import_module", lambda name: done.append(name))
    opened = app_module.StartUp._open_behind_snapshot
    monkeypatch.setattr(app_module.StartUp, "_open_behind_snapshot",
                        lambda startup: done.append("store") or opened(startup))
    host = WindowHost(qapp, builtin_catalog(), Language.EN)
    startup = app_module.StartUp(qapp, host, str(db_path), Language.EN)
    try:
        host.window.show()
        startup.open_store()
        assert done == []  # not on the way to a usable window
        qtbot.waitUntil(lambda: len(done) == 3, timeout=3000)
        assert done == ["store", "freeze", "pyqtgraph"]
    finally:
        app_module.close_down(host, startup, UncaughtErrors(lambda: host.window))


@pytest.mark.parametrize("trainee", [None, "ida"], ids=["first screen", "store first (--trainee)"])
def test_a_store_module_that_cannot_be_imported_is_said_in_a_window_not_a_traceback(
        qapp: QApplication, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        trainee: str | None) -> None:
    """A broken installation (SQLAlchemy missing, a library it loads gone): the store's import beside the first screen
    raised out of its thread, Python printed the traceback, and the store's open imported the module again and raised
    from the slot, a second traceback, with the window left open on a store that never came; a start that opens the
    store first raised it from the slot that opens it, and its window stayed open and empty."""
    (tmp_path / "broken_install_module.py").write_text('raise ImportError("libsqlite3.so.0: cannot open shared '
                                                       'object file")\n', encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(app_module, "STORE_MODULES", ("broken_install_module",))
    existing(db_path)
    escaped: list[str] = []
    hook = threading.excepthook
    threading.excepthook = lambda raised: escaped.append(f"{raised.thread.name}: {raised.exc_value!r}")
    try:
        code, said = said_as_it_closes(qapp, monkeypatch, db_path, trainee)
    finally:
        threading.excepthook = hook
    assert escaped == []
    assert code == 1
    assert said == ["glueplan cannot open its database: a part of glueplan itself could not be loaded "
                    "(libsqlite3.so.0: cannot open shared object file), so its installation is incomplete or damaged. "
                    "Install glueplan again; your data was not changed."]


def test_the_databases_lock_is_taken_once_the_store_behind_the_first_screen_is_open(
        qapp: QApplication, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The first screen is read with sqlite3, and the lock's two files, each written and synced to the disk, took
    3-5 ms of it: the lock is taken when the store opens, before anything can be written; a copy open before is said
    then."""
    from glueplan.ui.shared.copy_notice import CopyNotice
    from glueplan.ui.shared.database_lock import DatabaseLock
    from tests.ui.test_second_copy import other_copy

    existing(db_path)
    first = other_copy(db_path)
    seen: list[tuple[bool, bool]] = []

    def looked(workspace: Workspace) -> None:
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        notice = window.findChild(CopyNotice)
        assert window.live is not None and notice is not None
        lock = window.live.findChild(DatabaseLock)
        seen.append((lock.owner is not None, notice.isVisible()))
        turned_until(lambda: not isinstance(workspace.repository, SnapshotRepository))
        seen.append((lock.owner is not None, notice.isVisible()))
        assert not lock.held and f"process {first.pid}" in notice.text.text()

    window_with(qapp, monkeypatch, looked)
    try:
        assert app_module.run_gui(str(db_path), Language.EN) == 0
    finally:
        first.communicate("close\n", timeout=30)
    assert seen == [(False, False), (True, True)]
