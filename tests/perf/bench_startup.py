"""Start-up benchmark (not part of the test run): from process start to a usable main window.

    .venv/bin/python tests/perf/bench_startup.py [--runs 7]
    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python tests/perf/bench_startup.py [--runs 7]

Each run is a fresh process, timed from just before it is spawned. The baseline, measured in
the same run and interleaved with glueplan's, is a bare PySide6 window (a QMainWindow with a
label) until its first paint. glueplan runs as its installed command does (glueplan.cli's main),
its main window instrumented as the command imports it, and is timed to its first paint and to the moment it is
usable: the database open and attached, the library filled, and, painted after that, each part the user looks
at: the library's list, and the map or, with a program, the Week tab's days and its heat map. Two databases:
a new file (created by that very start), and an existing one with a program and a year of log
that reopens on the Week tab, again the same day and as a day's first start (which copies the file
first: --years makes the log longer). Offscreen always; on X (xcb) too when a display is set (Xvfb).
Aim (issue 9): usable <= 2.5x the bare window.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from msgspec.structs import replace

# Both children print the wall-clock time of the moments they reach; a paint is counted once
# the event loop has gone round after it (the frame has been handed to the platform).
BARE = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
def done():
    print("painted", time.time()); print("usable", time.time()); sys.stdout.flush(); QApplication.exit(0)
class Painted(QObject):
    seen = False
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            QTimer.singleShot(0, done)
        return False
app = QApplication(sys.argv)
window = QMainWindow(); window.setCentralWidget(QLabel("bare")); window.resize(1400, 860)
painted = Painted(); window.installEventFilter(painted)
window.show(); app.exec()
"""

GLUEPLAN = """
import importlib.util, sys, time
db, has_program, warming = sys.argv[1], sys.argv[2] == "program", sys.argv[3:] == ["warm-up"]
state = {"window": None, "painted": False, "attached": False, "done": False, "parts painted": set()}
parts_watched = set()  # the widgets whose paint the usable moment waits for (painted since the attach: state)

def report(moment):
    print(moment, time.time()); sys.stdout.flush()

def instrument(main_window):
    # Qt as the command imports it: nothing is imported before the command starts, as in the real one
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    def shown(window):
        # What the user looks at: the library's list, and the map or, with a program, the Week page's days and its
        # heat map (None until that page is there); the days scrolled out of sight are not painted
        widgets = [window.library.view.viewport()]
        if not has_program:
            return widgets + [window.map]
        # Not findChildren: it wraps every widget Qt made for Python, a cost of the benchmark's, not the app's
        page = window.week_tab.currentWidget() if hasattr(window, "week_tab") else None
        if type(page).__name__ != "WeekPage" or not page.isVisible():
            return None
        days = [day.viewport() for day in page.calendar.days]
        return widgets + [page.heat] + [day for day in days if not day.visibleRegion().isEmpty()]

    def watch(widgets, late=False):
        # Each by a filter of its own, not one on the whole application (see init)
        for widget in widgets:
            if widget not in parts_watched:
                parts_watched.add(widget)
                widget.installEventFilter(watcher)
                if late:  # painted once more: before it was watched, or before the attach, is not counted
                    widget.update()

    def usable(window):
        # What the user looks at, each painted since the database was attached (the library filled, the Week page
        # built in the attach is painted in a frame after the window's own)
        widgets = shown(window)
        if not window.library.proxy.rowCount() or widgets is None:
            return False
        watch(widgets, late=True)
        return all(widget in state["parts painted"] for widget in widgets)

    def finish():
        if usable(state["window"]):
            report("usable"); leave()
        else:
            state["done"] = False  # not yet: wait for the next paint of the window or of what it shows

    def leave():  # at once; the warm-up round first lets every exercise picture be drawn and cached,
        # as a returning user's last run did (else each timed start drew the next missing one first)
        from glueplan.ui.illustration.thumbnails import thumbnails
        if warming and thumbnails().busy:
            QTimer.singleShot(20, leave)
        else:
            QApplication.exit(0)

    class Watcher(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and state["window"] is not None:
                if watched is not state["window"]:
                    if state["attached"]:
                        state["parts painted"].add(watched)
                elif not state["painted"]:
                    state["painted"] = True
                    QTimer.singleShot(0, lambda: report("painted"))
                if state["attached"] and not state["done"]:  # attached before the first paint: that paint
                    state["done"] = True
                    QTimer.singleShot(0, finish)
            return False

    original_init, original_attach = main_window.MainWindow.__init__, main_window.MainWindow.attach
    def init(self, *args, **kwargs):
        original_init(self, *args, **kwargs)
        state["window"] = self
        # The window's own paints (each of its frames paints it first): a filter on the whole application put every
        # event of every widget through Python, which glueplan's start paid and the bare window's did not.
        self.installEventFilter(watcher)
        QTimer.singleShot(20000, lambda: (report("timeout"), QApplication.exit(3)))
    def attach(self, *args, **kwargs):
        original_attach(self, *args, **kwargs)
        state["attached"] = True
        # Each part in view painted after the attach, even one that did not change (not the whole window: each
        # part the attach changed repaints, no more)
        widgets = shown(self)
        if widgets is None:
            self.update()
        else:
            watch(widgets, late=True)
    watcher = Watcher()
    main_window.MainWindow.__init__, main_window.MainWindow.attach = init, attach

class Instrument:  # instruments the main window's module as the command imports it
    def find_spec(self, name, path, target=None):
        if name != "glueplan.ui.main_window":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        load = spec.loader.exec_module
        def exec_module(module):
            load(module); instrument(module)
        spec.loader.exec_module = exec_module
        return spec

sys.meta_path.insert(0, Instrument())
from glueplan.cli import main  # the installed command's way in (glueplan.cli:run), less its exit-time freeze
sys.exit(main(["--db", db]))
"""

Times = dict[str, float]


def measure(code: str, platform: str, home: Path, *args: str) -> Times:
    """Seconds from just before the process is spawned to each moment it reports."""
    # An installed glueplan starts from compiled bytecode (pip and the bundle write it): the
    # warm-up round writes it here even where the shell says PYTHONDONTWRITEBYTECODE.
    inherited = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    environment = inherited | {"QT_QPA_PLATFORM": platform, "XDG_CONFIG_HOME": str(home / "config"),
                               "XDG_DATA_HOME": str(home / "data"), "XDG_CACHE_HOME": str(home / "cache"),
                               "LANG": "C.UTF-8"}
    started = time.time()
    result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                            env=environment, timeout=60)
    moments = {line.split()[0]: float(line.split()[1]) - started
               for line in result.stdout.splitlines() if line.split()[:1] in (["painted"], ["usable"])}
    if result.returncode != 0 or "usable" not in moments:
        raise SystemExit(f"a start on {platform} did not become usable (exit {result.returncode}):\n"
                         f"{result.stdout}{result.stderr[-3000:]}")
    return moments


def existing_database(path: Path, years: int) -> None:
    """A trainee with a program running this week and ``years`` of logged sets."""
    from glueplan.domain.catalog import builtin_catalog
    from glueplan.domain.language import Language
    from glueplan.domain.templates import builtin_templates
    from glueplan.domain.trainee import Trainee
    from glueplan.store.database import open_store
    from glueplan.store.location import database_url
    from glueplan.store.repository import Repository
    from glueplan.store.synthetic_log import fill_log
    from glueplan.ui.screenshot import SAMPLE_WEEK

    store = open_store(database_url(str(path)))
    try:
        repository = Repository(store)
        trainee_id = repository.add_trainee(Trainee("Ida"))
        monday = date.today() - timedelta(days=date.today().weekday())
        program = replace(builtin_templates()["seed-000"].program(builtin_catalog(), Language.EN), start=monday)
        repository.add_program(trainee_id, program)
        fill_log(store, trainee_id, SAMPLE_WEEK, weeks=52 * years)
    finally:
        store.close()


def reopen_on_the_week_tab(home: Path) -> None:
    """The remembered tab is the Week tab (the second), as left by someone planning."""
    settings = home / "config" / "glueplan" / "glueplan.conf"
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text("[main_window]\ntab=1\n")


def series(platform: str, runs: int, folder: Path, years: int) -> dict[str, list[Times]]:
    """Runs of the four starts interleaved, so that the machine's load falls on all alike. The existing
    database is opened twice a round: again the same day (its day's copy taken), and as the first start of
    a day, which copies the file first (most starts are a day's first)."""
    from glueplan.store.backup import backup_folder

    new_home, old_home = folder / f"{platform}-new", folder / f"{platform}-existing"
    existing = old_home / "existing.sqlite"
    old_home.mkdir()
    existing_database(existing, years)
    reopen_on_the_week_tab(old_home)
    found: dict[str, list[Times]] = {"bare": [], "new": [], "existing": [], "first of the day": []}
    for number in range(runs + 1):  # the first round warms caches (the exercise pictures') and is not counted
        fresh = new_home / f"new-{number}.sqlite"
        bare = measure(BARE, platform, new_home)
        warming = [] if number else ["warm-up"]
        new = measure(GLUEPLAN, platform, new_home, str(fresh), "none", *warming)
        old = measure(GLUEPLAN, platform, old_home, str(existing), "program", *warming)
        shutil.rmtree(backup_folder(existing))
        first = measure(GLUEPLAN, platform, old_home, str(existing), "program")
        if number:
            found["bare"].append(bare)
            found["new"].append(new)
            found["existing"].append(old)
            found["first of the day"].append(first)
    return found


def median_ms(times: list[Times], moment: str) -> float:
    return statistics.median(run[moment] for run in times) * 1000


def report(platform: str, found: dict[str, list[Times]], runs: int, years: int) -> None:
    bare = median_ms(found["bare"], "usable")
    print(f"\n{platform}: {runs} runs each, medians (min); ratios to the bare window's median")
    print(f"  bare PySide6 window, painted    {bare:6.0f} ms ({min(r['usable'] for r in found['bare']) * 1000:.0f})")
    log = f"{years} year{'s' if years > 1 else ''} of log"
    for name, label in (("new", "new database"), ("existing", f"existing, program, {log}"),
                        ("first of the day", "the same, the day's first start")):
        for moment in ("painted", "usable"):
            value = median_ms(found[name], moment)
            low = min(run[moment] for run in found[name]) * 1000
            print(f"  glueplan {moment:7}  {label:34} {value:6.0f} ms ({low:.0f})  {value / bare:4.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--years", type=int, default=1, help="of log in the existing database")
    parser.add_argument("--platform", choices=("offscreen", "xcb"), action="append",
                        help="default: offscreen, and xcb when a display is set")
    options = parser.parse_args()
    platforms = options.platform or ["offscreen"] + (["xcb"] if os.environ.get("DISPLAY") else [])
    with tempfile.TemporaryDirectory(prefix="glueplan-bench-startup-") as folder:
        for platform in platforms:
            report(platform, series(platform, options.runs, Path(folder), options.years), options.runs, options.years)


if __name__ == "__main__":
    main()
