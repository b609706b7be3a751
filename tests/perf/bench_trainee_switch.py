"""How long choosing another trainee in the switcher keeps a coach waiting: 50 trainees with two
years' log each (3 sessions a week of 15 sets, about 4,500 sets each, 220,000 in all) and a
12-week program each, in a database on disk; the whole main window with every tab built. Timed from
the switcher's choice to the window painted showing the new trainee, with each tab in front in
turn, against painting the same window without a switch (the baseline, in the same run).
Medians of 7; the aim is under 100 ms.

    .venv/bin/python tests/perf/bench_trainee_switch.py
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from msgspec.structs import replace
from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtWidgets import QApplication

from glueplan.app.opening import open_workspace
from glueplan.domain.catalog import builtin_catalog
from glueplan.domain.language import Language
from glueplan.domain.plan import next_monday
from glueplan.domain.templates import builtin_templates
from glueplan.domain.trainee import Trainee, kilograms
from glueplan.store.database import open_store
from glueplan.store.location import database_url
from glueplan.store.repository import Repository
from glueplan.store.synthetic_log import fill_log
from glueplan.ui.application import create_application
from glueplan.ui.illustration.thumbnails import thumbnails
from glueplan.ui.main_window import MainWindow
from glueplan.ui.shared.live_workspace import LiveWorkspace

RUNS = 7
TRAINEES = 50
WEEKS = 104
# Three sessions a week of five exercises, about three sets each: some 15 sets a session.
WEEK = ((0, (("back_squat", 60), ("single_leg_hip_thrust", 10), ("cable_kickback", 10), ("clamshell", 0),
             ("glute_bridge", 40))),
        (2, (("romanian_deadlift", 55), ("barbell_hip_thrust", 70), ("cable_hip_abduction", 7.5),
             ("side_lying_hip_abduction", 0), ("reverse_lunge", 10))),
        (4, (("bulgarian_split_squat", 12), ("reverse_lunge", 10), ("cable_pull_through", 20),
             ("barbell_hip_thrust", 80), ("cable_kickback", 12.5))))
TABS = ("week", "log", "history", "charts", "programs", "map")


def fill(folder: Path) -> tuple[Path, int]:
    """The clinic's database; returns it and how many sets it holds."""
    path = folder / "clinic.sqlite"
    store = open_store(database_url(str(path)))
    repository = Repository(store)
    template = builtin_templates()["seed-000"]
    start = next_monday(date.today()) - timedelta(weeks=6)
    sets = 0
    for number in range(TRAINEES):
        trainee_id = repository.add_trainee(Trainee(f"Client {number + 1:02d}"))
        program = replace(template.program(builtin_catalog(), Language.EN, weeks=12), start=start)
        repository.add_program(trainee_id, program, template.id, activate=True)
        sets += fill_log(store, trainee_id, WEEK, weeks=WEEKS, seed=number)
    store.close()
    return path, sets


def settle(app: QApplication, window: MainWindow) -> None:
    """Everything queued handled and the window painted (as the user sees it)."""
    app.processEvents()
    window.repaint()
    while thumbnails().busy:  # exercise pictures are drawn once, when first shown: not each switch
        app.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def main() -> None:
    app = create_application(["bench"])
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, name)
        started = time.perf_counter()
        path, sets = fill(folder)
        print(f"{TRAINEES} trainees, {sets} logged sets, {path.stat().st_size / 1e6:.0f} MB "
              f"(made in {time.perf_counter() - started:.0f} s)")
        store = open_store(database_url(str(path)))
        workspace = open_workspace(store, Language.EN, kilograms)
        window = MainWindow(workspace.catalog, Language.EN)
        window.attach(LiveWorkspace(workspace, window))
        window.resize(1400, 900)
        window.show()
        for tab in TABS:  # every page built
            window.show_tab(tab)
            settle(app, window)
        bar = window.trainee_bar
        for tab in TABS:
            window.show_tab(tab)
            settle(app, window)
            paint, switch, cpu = [], [], []
            for run in range(RUNS):
                started = time.perf_counter()
                window.repaint()
                paint.append(time.perf_counter() - started)
                index = (bar.switcher.currentIndex() + 1 + run) % bar.switcher.count()
                started, cpu_started = time.perf_counter(), time.process_time()
                bar.switcher.setCurrentIndex(index)
                bar.switcher.activated.emit(index)
                settle(app, window)
                switch.append(time.perf_counter() - started)
                cpu.append(time.process_time() - cpu_started)
                assert window.windowTitle().startswith(bar.switcher.itemText(index))
            base, median = statistics.median(paint), statistics.median(switch)
            print(f"{tab:>9} in front: switch median {median * 1000:5.0f} ms (min {min(switch) * 1000:3.0f}, "
                  f"CPU {statistics.median(cpu) * 1000:3.0f}), painting alone {base * 1000:3.0f} ms, "
                  f"{median / base:4.1f}x")
        window.close()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        store.close()


if __name__ == "__main__":
    main()
