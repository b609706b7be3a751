"""Benchmark (not part of the test run): python tests/perf/bench_edits.py [runs]

What a user waits for after an edit, in the whole main window with every tab built and the
charts drawn once, on a database file on disk (WAL, synchronous=FULL):
- a drop of an exercise from the library onto Wednesday, an empty day, and onto Monday, where
  it joins a session of 10 exercises (12-week and 52-week programs of a 40-exercise week), until
  the window is still again: everything the drop made dirty is laid out and painted;
- logging a set in the Log tab, likewise until the window is still (the form shows the set),
  while the rest timer runs and after it ended (it hides, and shows again with the set); each
  timed set is the second of its exercise, undone after timing, so the form does not grow to
  dozens of lines over the runs.
One processEvents is not enough: item views lay out on a zero-time timer and paint in the turn
after, so the timing runs the event loop until a turn delivers no event at all; each undo is
let settle the same way before the next timing, so that no edit pays for the one before.
Baseline in the same process: one raw INSERT in its own transaction on the same file (what
the disk's fsync costs anyway). Beside each median, the median CPU time of the window's thread:
on a shared machine the wall time also holds the turns other processes took. Also counts the SQL
statements each edit sends. Aims (issue 9): a drop under 16 ms (12 weeks) and 25 ms (52 weeks), a
logged set under 16 ms.
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date, time as clock
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QDate, QEvent, QObject, QSettings, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy import event  # noqa: E402

from glueplan.app import workspace as workspace_module  # noqa: E402
from glueplan.app.command import History  # noqa: E402
from glueplan.app.opening import open_workspace  # noqa: E402
from glueplan.domain.catalog import builtin_catalog  # noqa: E402
from glueplan.domain.language import Language  # noqa: E402
from glueplan.domain.plan import PlannedExercise, Program, Session, Week, Weekday  # noqa: E402
from glueplan.domain.trainee import kilograms  # noqa: E402
from glueplan.store.database import open_store  # noqa: E402
from glueplan.store.location import database_url  # noqa: E402
from glueplan.ui.application import create_application  # noqa: E402
from glueplan.ui.settings.preferences import Theme  # noqa: E402
from glueplan.ui.settings.theme import apply_theme  # noqa: E402
from glueplan.ui.illustration.thumbnails import thumbnails  # noqa: E402
from glueplan.ui.library.exercise_model import ExerciseListModel  # noqa: E402
from glueplan.ui.main_window import MainWindow  # noqa: E402
from glueplan.ui.shared.live_workspace import LiveWorkspace  # noqa: E402

EXERCISES = ["back_squat", "barbell_hip_thrust", "cable_kickback", "cable_hip_abduction", "clamshell",
             "romanian_deadlift", "bulgarian_split_squat", "glute_bridge", "monster_walk", "step_up"]
START = date(2026, 11, 23)


def busy_week() -> Week:
    catalog = builtin_catalog()
    return Week(tuple(Session(day, clock(18), f"Day {n}", tuple(
        PlannedExercise(EXERCISES[(n + i) % 10], catalog.exercise(EXERCISES[(n + i) % 10]).prescription)
        for i in range(10))) for n, day in enumerate((Weekday.MON, Weekday.TUE, Weekday.THU, Weekday.SAT))))


class Statements:
    """Counts what the engine sends to the database."""

    def __init__(self, engine: object) -> None:
        self.count = 0
        event.listen(engine, "before_cursor_execute", self._one)

    def _one(self, *_args: object) -> None:
        self.count += 1


class Timed:
    """Adds up the time spent in one function of an object or module."""

    def __init__(self, owner: object, name: str) -> None:
        self.spent = 0.0
        original = getattr(owner, name)

        def timed(*args: object, **kwargs: object) -> object:
            began = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                self.spent += time.perf_counter() - began

        setattr(owner, name, timed)


class Stillness(QObject):
    """Runs the event loop until the window is still: a turn that delivers no event anywhere."""

    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self.app = app
        self.events = 0
        app.installEventFilter(self)

    def eventFilter(self, _watched: QObject, _event: QEvent) -> bool:
        self.events += 1
        return False

    def wait(self) -> None:
        while True:
            self.events = 0
            self.app.processEvents()
            if not self.events:
                return


def ms(seconds: float) -> float:
    return seconds * 1000


def bench_program(app: QApplication, folder: Path, weeks: int, runs: int) -> dict[str, float]:
    store = open_store(database_url(str(folder / f"edits-{weeks}.sqlite")))
    workspace = open_workspace(store, Language.EN, kilograms)
    program_id = workspace.repository.add_program(workspace.trainee_id,
                                                  Program("Bench", (busy_week(),) * weeks, START))
    workspace.load_program(program_id)
    window = MainWindow(workspace.catalog, Language.EN)
    live = LiveWorkspace(workspace, window)
    window.attach(live)
    window.resize(1600, 1000)
    window.show()
    for tab in range(window.tabs.count()):  # every tab built, the charts drawn once
        window.tabs.setCurrentIndex(tab)
        app.processEvents()
    window.show_week()
    while thumbnails().busy:  # the library's pictures are drawn in idle turns after start-up
        app.processEvents()
    app.processEvents()
    page = window.week_page
    assert page is not None
    model = page.model
    library = ExerciseListModel(workspace.catalog, Language.EN)
    mime = library.mimeData([library.index(library.row_of("frog_pump"), 0)])
    still = Stillness(app)
    still.wait()
    statements = Statements(store.engine)
    saving, checking = Timed(workspace.repository, "save_program_edit"), Timed(workspace_module, "revalidate")
    result: dict[str, float] = {}
    for target, day in (("drop", Weekday.WED), ("join", Weekday.MON)):  # an empty day; a 10-exercise session
        drops, cpus, counts, saves, checks = [], [], [], [], []
        for _ in range(runs):
            statements.count = saving.spent = checking.spent = 0.0
            began, cpu = time.perf_counter(), time.thread_time()
            model.dropMimeData(mime, Qt.DropAction.CopyAction, -1, 0, model.day_index(day))
            still.wait()  # lays out and paints every region the edit made dirty (rows, headers, findings, sums)
            drops.append(ms(time.perf_counter() - began))
            cpus.append(ms(time.thread_time() - cpu))
            counts.append(statements.count)
            saves.append(ms(saving.spent))
            checks.append(ms(checking.spent))
            live.undo_stacks[History.PLAN].undo()
            still.wait()
        result |= {target: statistics.median(drops), f"{target}_best": min(drops),
                   f"{target}_cpu": statistics.median(cpus), f"{target}_sql": statistics.median(counts),
                   f"{target}_save": statistics.median(saves), f"{target}_rules": statistics.median(checks)}

    window.tabs.setCurrentWidget(window.log_tab)
    log = window.log_tab.build()
    log.date.setDate(QDate(START.year, START.month, START.day))
    still.wait()
    block = log.blocks[0]

    def enter_set() -> None:
        block.weight.setText("60")
        block.reps.setText("8")
        block.rir.setText("2")
        still.wait()

    enter_set()
    block.log_entered()  # the first set also shows the rest timer; the timed ones are each the second
    still.wait()
    for target, rested in (("log", False), ("rested", True)):  # within the rest; after it ended
        logs, cpus, counts = [], [], []
        for _ in range(runs):
            enter_set()
            if rested:
                log.rest.stop()  # the rest is over: the timer hides, and shows again with the set
                still.wait()
            statements.count = 0
            began, cpu = time.perf_counter(), time.thread_time()
            block.log_entered()
            still.wait()
            logs.append(ms(time.perf_counter() - began))
            cpus.append(ms(time.thread_time() - cpu))
            counts.append(statements.count)
            live.undo_stacks[History.LOG].undo()  # a block holds a few sets, as in a session, not dozens
            still.wait()
        result |= {target: statistics.median(logs), f"{target}_best": min(logs),
                   f"{target}_cpu": statistics.median(cpus), f"{target}_sql": statistics.median(counts)}
    app.removeEventFilter(still)
    window.close()
    window.deleteLater()
    app.processEvents()
    store.close()
    return result


def raw_insert(folder: Path, runs: int) -> float:
    """One row in its own transaction on a WAL file with synchronous=FULL: the disk's part."""
    connection = sqlite3.connect(folder / "raw.sqlite", isolation_level=None)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = FULL")
    connection.execute("CREATE TABLE sets (id INTEGER PRIMARY KEY, reps INTEGER)")
    times = []
    for reps in range(runs):
        began = time.perf_counter()
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("INSERT INTO sets (reps) VALUES (?)", (reps,))
        connection.execute("COMMIT")
        times.append(ms(time.perf_counter() - began))
    connection.close()
    return statistics.median(times)


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    app = create_application(["bench"])  # as the app makes it (painting in one thread)
    apply_theme(app, Theme.SYSTEM)  # and styles it (run_gui: ContrastStyle's frames are painted in Python)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, name)
        baseline = raw_insert(folder, runs)
        print(f"baseline: one raw INSERT transaction, synchronous=FULL: median {baseline:.2f} ms")
        for weeks in (12, 52):
            r = bench_program(app, folder, weeks, runs)
            print(f"{weeks}-week program of 40-exercise weeks, whole window, {runs} runs:")
            for target, what in (("drop", "onto an empty day"), ("join", "into a 10-exercise session")):
                print(f"  drop {what} -> saved, checked, repainted: median {r[target]:.1f} ms (best "
                      f"{r[f'{target}_best']:.1f}, window thread's CPU {r[f'{target}_cpu']:.1f}), "
                      f"{r[f'{target}_sql']:.0f} SQL statements; of it saving {r[f'{target}_save']:.1f} ms, "
                      f"the rules {r[f'{target}_rules']:.1f} ms")
            for target, when in (("log", "during the rest"), ("rested", "after the rest ended")):
                print(f"  log a set {when} -> saved and shown: median {r[target]:.1f} ms (best "
                      f"{r[f'{target}_best']:.1f}, window thread's CPU {r[f'{target}_cpu']:.1f}), "
                      f"{r[f'{target}_sql']:.0f} SQL statements")


if __name__ == "__main__":
    main()
