"""Starting the app: the window opens on a good database, a bad one is explained in a dialog."""

from __future__ import annotations

import gc
import os
import re
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from glueplan.domain.language import Language
from glueplan.ui import application as app_module
from glueplan.ui.main_window import MainWindow
from glueplan.ui.shared.uncaught_errors import UncaughtErrors


def once_attached(look: Callable[[list[MainWindow]], object]) -> Callable[[], int]:
    """An event loop for run_gui that turns until the window has painted and opened its
    database, lets ``look`` at the main windows, and returns 0 as if the user had quit."""

    def fake_exec() -> int:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        for _ in range(100):  # paint, then the queued opening of the database
            if all(w.live is not None for w in windows):
                break
            QApplication.processEvents()
        look(windows)
        return 0

    return fake_exec


def test_run_gui_shows_the_main_window_and_deletes_it_at_the_end(qapp: QApplication, db_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(qapp, "exec", once_attached(lambda windows: shown.extend(
        "MainWindow" + (" with its workspace" if w.live is not None else "") for w in windows if w.isVisible())))
    assert app_module.run_gui(str(db_path), Language.EN) == 0
    assert shown == ["MainWindow with its workspace"]
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]  # nothing left for exit


def test_run_gui_explains_a_newer_database_in_a_dialog(qapp: QApplication, db_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    connection = sqlite3.connect(db_path)
    connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
    connection.execute("INSERT INTO alembic_version VALUES ('9999')")
    connection.commit()
    connection.close()
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: said.append(box.text()) or QMessageBox.StandardButton.Ok)
    assert app_module.run_gui(str(db_path), Language.DA) == 1
    assert said and "er skrevet af en nyere glueplan" in said[0]


@pytest.mark.slow
def test_a_long_charts_session_ends_cleanly(tmp_path: Path) -> None:
    """The real command through 240 chart redraws (120 of them mode switches), left by closing
    the window: PySide6 6.12.0 on Python 3.11 aborted ("Fatal Python error: none_dealloc") in such a
    session or in Python's clean-up after it."""
    session = Path(__file__).with_name("charts_session.py")
    result = subprocess.run([sys.executable, str(session), str(tmp_path / "g.sqlite"), "240"], capture_output=True,
                            text=True, timeout=240, cwd=tmp_path, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert "Fatal Python error" not in result.stderr
    assert result.returncode == 0, result.stderr
    done = re.fullmatch(r"switches (\d+) paints (\d+)\n", result.stdout)
    assert done is not None, result.stdout
    assert int(done[1]) == 240 and int(done[2]) >= 240  # every redraw painted


def test_the_window_starts_with_the_collector_off_and_turns_it_on_once_usable(qapp: QApplication, qtbot: QtBot,
                                                                               db_path: Path,
                                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """Start-up keeps what it makes: Python's cyclic collector is off from the command's start until the window is
    usable (StartUp._settled), then on for the rest of the session, not only once the window has closed."""
    from glueplan.cli import main

    seen: list[bool] = []
    frozen: list[bool] = []
    monkeypatch.setattr(gc, "freeze", lambda: frozen.append(True))  # not this test process's objects

    def session() -> int:
        seen.append(gc.isenabled())  # the window shown, its first paint to come
        qtbot.waitUntil(gc.isenabled, timeout=10_000)
        return 0

    monkeypatch.setattr(qapp, "exec", session)
    assert main(["--db", str(db_path)]) == 0
    assert seen == [False] and frozen == [True] and gc.isenabled()


def test_a_start_that_never_becomes_usable_turns_the_collector_on_all_the_same(qapp: QApplication, qtbot: QtBot,
                                                                               db_path: Path,
                                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """A dialog left open or an error before the window is usable: the session does not go on without the collector."""
    from glueplan.cli import main

    monkeypatch.setattr(app_module.StartUp, "_settled", lambda self: None)
    monkeypatch.setattr(app_module, "COLLECTOR_OFF_AT_MOST_MS", 200)
    monkeypatch.setattr(qapp, "exec", lambda: qtbot.waitUntil(gc.isenabled, timeout=5_000) or 0)
    assert main(["--db", str(db_path)]) == 0


class _BrokenModule(ModuleType):
    """A module of a library of another version: what is imported from it raises RuntimeError."""

    def __getattr__(self, name: str) -> object:
        raise RuntimeError(f"{name}: built for another version")


@pytest.mark.parametrize("broken", [None, _BrokenModule("glueplan.app.opening")], ids=["ImportError", "RuntimeError"])
@pytest.mark.parametrize("start", ["existing file", "new file"])
def test_a_first_screen_that_cannot_be_loaded_is_said_in_a_window(qapp: QApplication, db_path: Path, start: str,
                                                                  broken: ModuleType | None,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """sqlite3 gone (a bundle without it, a Python built without it), a library of another version: the first
    screen's own import is a broken installation, said as one, and glueplan ends, instead of a traceback and a window
    left blank."""
    if start == "existing file":
        from glueplan.store.database import open_store
        from glueplan.store.location import database_url

        open_store(database_url(str(db_path))).close()
    from tests.ui.test_start_from_snapshot import said_as_it_closes

    monkeypatch.setitem(sys.modules, "glueplan.app.opening", broken)  # None: its import raises ImportError
    code, said = said_as_it_closes(qapp, monkeypatch, db_path)
    assert code == 1 and len(said) == 1
    assert said[0].startswith("glueplan cannot open its database: a part of glueplan itself")


def test_the_window_shows_the_trainee_named_and_remembers_them(qapp: QApplication, db_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from glueplan.cli import main
    from glueplan.domain.trainee import Trainee
    from glueplan.store.database import open_store
    from glueplan.store.location import database_url
    from glueplan.store.repository import Repository

    store = open_store(database_url(str(db_path)))
    Repository(store).add_trainee(Trainee("Me"))
    Repository(store).add_trainee(Trainee("Ane"))
    store.close()
    titles: list[str] = []
    real_exec = qapp.exec
    monkeypatch.setattr(qapp, "exec", once_attached(lambda windows: titles.extend(w.windowTitle() for w in windows)))
    assert main(["--trainee", "ane"]) == 0
    assert main([]) == 0  # the one last used
    assert titles == ["Ane – glueplan.sqlite – glueplan", "Ane – glueplan.sqlite – glueplan"]
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: said.append(box.text()) or QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(qapp, "exec", real_exec)  # the dialog's app.exit(1) ends it
    assert main(["--trainee", "Bo"]) == 1
    assert said and "no trainee called “Bo”. Trainees: Ane, Me" in said[0]


PAINT_A_TALL_SCROLL_BAR = """
import sys
from pathlib import Path
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QScrollBar
from glueplan.ui.application import create_application
app = create_application([]) if sys.argv[1] == "glueplan" else QApplication([])
bar = QScrollBar(Qt.Orientation.Vertical); bar.resize(16, 900); bar.setRange(0, 100)
image = QImage(bar.size(), QImage.Format.Format_ARGB32_Premultiplied)
bar.render(image)
print(sum(Path(task, "comm").read_text().strip() == "Thread (pooled)" for task in Path("/proc/self/task").iterdir()))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="counts threads in /proc")
def test_qt_paints_in_the_window_thread_alone() -> None:
    """Qt hands each tall fill to a pool of threads and waits for them, which cost more than
    the fill itself on every logged set and tab switch; glueplan's application turns it off.
    A bare QApplication, painting the same, shows that the count can tell."""
    environment = {name: value for name, value in os.environ.items() if name != "QT_NO_GUI_THREADPOOL"}
    environment["QT_QPA_PLATFORM"] = "offscreen"

    def pooled_threads(application: str) -> int:
        result = subprocess.run([sys.executable, "-c", PAINT_A_TALL_SCROLL_BAR, application], capture_output=True,
                                text=True, timeout=60, env=environment)
        assert result.returncode == 0, result.stderr
        return int(result.stdout)

    assert pooled_threads("bare") > 0
    assert pooled_threads("glueplan") == 0


def test_once_usable_the_charts_import_runs_in_a_thread_after_a_freeze(qapp: QApplication, qtbot: QtBot,
                                                                       db_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """The first choice of the Charts tab waited for pyqtgraph's import (0.4 s and more, the window frozen); it is
    imported ahead, in a thread, once the window is usable, not on its way there; and first start-up's objects are
    frozen out of Python's full collections, one of which stalled the window 150-200 ms during that import."""
    from glueplan.domain.catalog import builtin_catalog
    from glueplan.ui.shared import lazy_tab
    from glueplan.ui.window_host import WindowHost

    done: list[tuple[str, bool]] = []
    monkeypatch.setattr(app_module, "SETTLED_MS", 10)
    monkeypatch.setattr(app_module.gc, "freeze", lambda: done.append(("freeze", threading.current_thread().name)))
    monkeypatch.setattr(lazy_tab, "import_module", lambda name: done.append((name, threading.current_thread().name)))
    host = WindowHost(qapp, builtin_catalog(), Language.EN)
    startup = app_module.StartUp(qapp, host, str(db_path), Language.EN)
    try:
        startup.open_store()
        assert done == []  # not on the way to a usable window
        qtbot.waitUntil(lambda: len(done) == 2, timeout=2000)
        assert done == [("freeze", "MainThread"), ("pyqtgraph", "glueplan import pyqtgraph")]
    finally:
        app_module.close_down(host, startup, UncaughtErrors(lambda: host.window))
