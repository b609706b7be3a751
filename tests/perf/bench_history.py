"""Benchmark (not part of the test run): python tests/perf/bench_history.py

Ten years of training, 4 sessions a week, about 150,000 logged sets; measures what the log
and charts ask of the database: one exercise's days (e1RM, top set, volume), one muscle's
weekly hard sets, sessions per week, and the history table's rows. Aim (issue 6): each under
300 ms on the 2-core development machine.
"""

from __future__ import annotations

import statistics
import tempfile
import time

from glueplan.domain.catalog import builtin_catalog
from glueplan.domain.trainee import Trainee
from glueplan.store.database import open_store
from glueplan.store.history import exercise_days, history_rows, sessions_done_per_week, weekly_hard_sets
from glueplan.store.location import database_url
from glueplan.store.repository import Repository
from glueplan.store.synthetic_log import fill_log

WEEK = ((0, [("back_squat", 100), ("barbell_hip_thrust", 120), ("cable_kickback", 20), ("clamshell", 0),
            ("good_morning", 50)]),
        (1, [("romanian_deadlift", 90), ("bulgarian_split_squat", 30), ("cable_hip_abduction", 15),
             ("leg_press", 150), ("frog_pump", 0)]),
        (3, [("sumo_deadlift", 110), ("single_leg_hip_thrust", 20), ("cable_pull_through", 30),
             ("glute_bridge", 80), ("nordic_curl", 0)]),
        (5, [("front_squat", 70), ("step_up", 20), ("seated_hip_abduction", 50), ("monster_walk", 0),
             ("kettlebell_swing", 24)]))
WARM_UP_SETS = 13  # the most careful lifters log their warm-ups too: light, far from failure


def best_of(function: object, runs: int = 5) -> float:
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        function()  # type: ignore[operator]
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings)


def main() -> None:
    builtin_catalog()
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(database_url(f"{folder}/history.sqlite"))
        repository = Repository(store)
        trainee = repository.add_trainee(Trainee("Ten years"))
        started = time.perf_counter()
        count = fill_log(store, trainee, WEEK, weeks=520, warm_up_sets=WARM_UP_SETS)
        print(f"{count} logged sets generated in {time.perf_counter() - started:.1f} s")
        print(f"one exercise's days (e1RM, top set, volume): {best_of(lambda: exercise_days(store, trainee, 'back_squat')):6.1f} ms")
        print(f"one muscle's weekly hard sets:               {best_of(lambda: weekly_hard_sets(store, trainee, 'gluteus_maximus')):6.1f} ms")
        print(f"sessions done per week:                      {best_of(lambda: sessions_done_per_week(store, trainee)):6.1f} ms")
        print(f"history table, newest 1,000 rows:            {best_of(lambda: history_rows(store, trainee, limit=1000)):6.1f} ms")
        print(f"history table, one exercise, all rows:       {best_of(lambda: history_rows(store, trainee, 'back_squat')):6.1f} ms")
        measure_views(repository, trainee)
        store.close()


def measure_views(repository: Repository, trainee: int) -> None:
    """The same through the widgets: the charts page opening (pyqtgraph already imported: the
    first import alone is about 0.4 s) and the history table's first page."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from glueplan.domain.language import Language
    from glueplan.domain.trainee import Units

    app = QApplication.instance() or QApplication([])
    started = time.perf_counter()
    from glueplan.ui.charts.page import ChartsPage
    from glueplan.ui.history.table import HistoryModel

    print(f"importing pyqtgraph (once per run):          {(time.perf_counter() - started) * 1000:6.1f} ms")
    catalog = builtin_catalog()

    made: list[ChartsPage] = []

    def charts_all_time() -> ChartsPage:
        page = ChartsPage(repository, trainee, catalog, Language.EN)
        page.range.setCurrentIndex(3)  # all ten years
        made.append(page)
        return page

    page = charts_all_time()
    print(f"charts page, one exercise, all ten years:    {best_of(charts_all_time, runs=3):6.1f} ms")

    def muscle_view() -> None:
        page.mode.setCurrentIndex(0)
        page.mode.setCurrentIndex(1)  # gluteus maximus, weekly hard sets

    print(f"charts, switching to the muscle view:        {best_of(muscle_view, runs=3):6.1f} ms")
    stack = QUndoStack()
    print(f"history table, first page:                   "
          f"{best_of(lambda: HistoryModel(repository, trainee, catalog, Language.EN, Units.KG, stack)):6.1f} ms")
    for made_page in made:  # Qt objects must go before the interpreter does
        made_page.deleteLater()
    app.processEvents()


if __name__ == "__main__":
    main()
