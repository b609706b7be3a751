"""Benchmark (not part of the test run): python tests/perf/bench_history.py [runs] [years ...]

A believable log of 10 years (4 sessions a week with warm-ups logged too: about 154,000 sets)
in a database file on disk. Measures, each a median of ``runs`` (default 5):

- what the charts and the history ask of the database (the history's newest page, and walking
  every page of the history by key);
- what the user waits for, each run in a fresh process: the whole main window opened on the file
  as the app opens it, the Charts tab shown, then the History tab shown with its From date put
  back before the first set, the sets listed in one of the orders a heading's click asks for
  (newest or oldest first, heaviest or lightest first, most or fewest reps first: its first page
  shown, aim under 50 ms), and its scroll bar dragged to the bottom again and again (events
  processed in between) until the table has fetched every row. Aim (issue 9): under 1 s, in every order;
- the peak memory of that process (resource.getrusage maxrss) against a bare PySide6 window in
  the same kind of process. Aim (issue 9): under 150 MiB.

Further ``years`` (e.g. ``5 20``) time the scroll on logs of those lengths too: the time should
grow with the number of rows, not with its square.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from glueplan.store.database import Store

WEEK = ((0, [("back_squat", 100), ("barbell_hip_thrust", 120), ("cable_kickback", 20), ("clamshell", 0),
            ("good_morning", 50)]),
        (1, [("romanian_deadlift", 90), ("bulgarian_split_squat", 30), ("cable_hip_abduction", 15),
             ("leg_press", 150), ("frog_pump", 0)]),
        (3, [("sumo_deadlift", 110), ("single_leg_hip_thrust", 20), ("cable_pull_through", 30),
             ("glute_bridge", 80), ("nordic_curl", 0)]),
        (5, [("front_squat", 70), ("step_up", 20), ("seated_hip_abduction", 50), ("monster_walk", 0),
             ("kettlebell_swing", 24)]))
WARM_UP_SETS = 13  # the most careful lifters log their warm-ups too: light, far from failure

# One run of the user's session, in a fresh process: argv[1] is the database file.
SESSION = """
import json, resource, sys, time
from glueplan.domain.catalog import builtin_catalog
from glueplan.domain.language import Language
from glueplan.ui.application import StartUp, create_application, install_translators
from glueplan.ui.history.table import HistoryPage
from glueplan.ui.settings.preferences import Theme
from glueplan.ui.settings.theme import apply_theme
from glueplan.ui.window_host import WindowHost
from PySide6.QtCore import QDate, QModelIndex, Qt  # after glueplan.ui, as in the app

app = create_application(sys.argv[:1])
apply_theme(app, Theme.SYSTEM)  # styled as run_gui styles it
install_translators(app, Language.EN)
host = WindowHost(app, builtin_catalog(), Language.EN)
window = host.window
window.show()
app.processEvents()
startup = StartUp(app, host, sys.argv[1], Language.EN)
startup.open_store()  # what the app does once the window has painted
tabs = [window.tabs.tabText(index) for index in range(window.tabs.count())]
window.tabs.setCurrentIndex(tabs.index("Charts"))
app.processEvents()
started = time.perf_counter()
window.tabs.setCurrentIndex(tabs.index("History"))
app.processEvents()
page = window.findChild(HistoryPage)
page.since.setDate(QDate(2000, 1, 1))  # all of it, as a user would ask
app.processEvents()
shown = time.perf_counter() - started
model, bar = page.table.model(), page.table.verticalScrollBar()
started = time.perf_counter()
page.table.sortByColumn(int(sys.argv[2]), Qt.SortOrder(int(sys.argv[3])))  # a heading's click
app.processEvents()
page.table.viewport().repaint()
sorted_s = time.perf_counter() - started
started, cpu = time.perf_counter(), time.process_time()
drags = 0
while model.canFetchMore(QModelIndex()) and drags < 100_000:
    bar.setValue(bar.maximum())
    app.processEvents()
    drags += 1
page.table.viewport().repaint()
scrolled, cpu = time.perf_counter() - started, time.process_time() - cpu
print(json.dumps({"shown_s": shown, "sorted_s": sorted_s, "scrolled_s": scrolled, "cpu_s": cpu,
                  "rows": model.rowCount(), "drags": drags,
                  "fetching": model.canFetchMore(QModelIndex()),
                  "maxrss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

BARE = """
import json, resource, sys
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow(); window.setCentralWidget(QLabel("bare")); window.resize(1400, 860)
window.show()
app.processEvents()
print(json.dumps({"maxrss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def median_ms(function: Callable[[], object], runs: int) -> float:
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings)


def make_log(path: str, years: int, runs: int) -> None:
    """A database file with ``years`` of training for its first trainee; for 10 years, the
    queries are timed on it too. Runs in a process of its own (see ``main``)."""
    from glueplan.domain.trainee import Trainee
    from glueplan.store.database import open_store
    from glueplan.store.location import database_url
    from glueplan.store.repository import Repository
    from glueplan.store.synthetic_log import fill_log

    started = time.perf_counter()
    store = open_store(database_url(path))
    trainee = Repository(store).add_trainee(Trainee(f"{years} years"))
    count = fill_log(store, trainee, WEEK, weeks=52 * years, warm_up_sets=WARM_UP_SETS)
    print(f"{years} years: {count} logged sets generated in {time.perf_counter() - started:.1f} s")
    if years == 10:
        measure_queries(store, trainee, runs)
    store.close()


def every_page(store: Store, trainee: int, by: str = "date", descending: bool = True) -> int:
    """Walk the whole history's ids a page at a time, as the table fetches them, in one order."""
    from glueplan.store.history import HistoryFilter, HistoryOrder, SortColumn, history_page

    rows, after = 0, None
    order = HistoryFilter(order=HistoryOrder(SortColumn(by), descending))
    while (page := history_page(store, trainee, order, after, 1000)).ids:
        rows += len(page.ids)
        after = page.last
    return rows


def measure_queries(store: Store, trainee: int, runs: int) -> None:
    from glueplan.store.history import (
        HistoryFilter,
        exercise_days,
        history_page,
        history_rows,
        training_days_per_week,
        weekly_hard_sets,
    )

    oldest = history_page(store, trainee, HistoryFilter(), None, 10**6).ids[-128:].tolist()
    for label, query in (
        ("one exercise's days (e1RM, top set, volume)", lambda: exercise_days(store, trainee, "back_squat")),
        ("one muscle's weekly hard sets", lambda: weekly_hard_sets(store, trainee, "gluteus_maximus")),
        ("training days per week", lambda: training_days_per_week(store, trainee)),
        ("history, newest page", lambda: history_page(store, trainee, HistoryFilter(), None, 500)),
        ("history, every page by key", lambda: every_page(store, trainee)),
        ("history, every page by key, heaviest first", lambda: every_page(store, trainee, "weight")),
        ("history, every page by key, fewest reps first", lambda: every_page(store, trainee, "reps", False)),
        ("history, a block of rows by id", lambda: history_rows(store, oldest)),
        ("history, one exercise since 2020 (one page)",
         lambda: history_page(store, trainee, HistoryFilter("back_squat", since=date(2020, 1, 1)), None, 10**6)),
    ):
        print(f"  {label + ':':48} {median_ms(query, runs):7.1f} ms")


def run(*args: str) -> str:
    result = subprocess.run([sys.executable, *args], capture_output=True, text=True, check=True,
                            env=os.environ | {"PYTHONDONTWRITEBYTECODE": "1"})
    return result.stdout


def measured(code: str, *args: str) -> dict[str, float]:
    return json.loads(run("-c", code, *args).strip().splitlines()[-1])


# The orders a heading's click lists the sets in: the column (ui/history/table.py) and Qt.SortOrder's value.
ORDERS = {"newest first": (0, 1), "oldest first": (0, 0), "heaviest first": (2, 1), "lightest first": (2, 0),
          "most reps first": (3, 1), "fewest reps first": (3, 0)}


def measure_window(path: str, runs: int, order: tuple[int, int]) -> dict[str, list[float]]:
    """Bare windows and glueplan sessions interleaved: the machine's noise falls on both."""
    results: dict[str, list[float]] = {"bare_mib": [], "shown_s": [], "sorted_s": [], "scrolled_s": [], "cpu_s": [],
                                       "maxrss_mib": []}
    rows = 0.0
    for _ in range(runs):
        results["bare_mib"].append(measured(BARE)["maxrss_mib"])
        session = measured(SESSION, path, *map(str, order))
        assert not session["fetching"], session
        for key in ("shown_s", "sorted_s", "scrolled_s", "cpu_s", "maxrss_mib"):
            results[key].append(session[key])
        rows = session["rows"]
    print(f"  {rows:.0f} rows in the table; runs: " +
          ", ".join(f"{s:.2f} s {m:.0f} MiB" for s, m in zip(results["scrolled_s"], results["maxrss_mib"])))
    return results


def main() -> None:
    """The measuring process imports neither Qt nor the store: a child's maxrss starts from what
    its parent held when it was started (Linux keeps the high-water mark across exec)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    lengths = [10] + [int(years) for years in sys.argv[2:]]
    with tempfile.TemporaryDirectory() as folder:
        for years in lengths:
            path = f"{folder}/history-{years}.sqlite"
            print(run(__file__, "--log", path, str(years), str(runs)), end="")
            for name, order in ORDERS.items():
                print(f" {name}:")
                results = measure_window(path, runs, order)
                median = {key: statistics.median(values) for key, values in results.items()}
                print(f"  History tab shown, From put back (first page):  {median['shown_s'] * 1000:7.1f} ms")
                print(f"  listed {name + ' (first page):':40}{median['sorted_s'] * 1000:7.1f} ms  (aim: under 50 ms)")
                print(f"  scrolled to the end:                            {median['scrolled_s'] * 1000:7.1f} ms"
                      f"  (CPU {median['cpu_s'] * 1000:.0f} ms; aim: under 1000 ms for 10 years)")
                print(f"  peak memory, charts and history open:           {median['maxrss_mib']:7.1f} MiB"
                      f"  (bare PySide6 window {median['bare_mib']:.1f} MiB, ratio "
                      f"{median['maxrss_mib'] / median['bare_mib']:.2f}; aim: under 150 MiB)")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--log"]:
        make_log(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
    else:
        main()
