"""Benchmark (not part of the test run): python tests/perf/bench_drop.py

For a week of 40 planned exercises: the time from a drop on a day to the re-validated,
saved, repainted calendar (model drop -> domain change -> one transaction -> rules ->
model rebuilt -> every day view repainted). Aim (issue 5): under 16 ms, one frame.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from datetime import date, time as clock

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from glueplan.domain.catalog import builtin_catalog  # noqa: E402
from glueplan.domain.language import Language  # noqa: E402
from glueplan.domain.plan import PlannedExercise, Program, Session, Week, Weekday  # noqa: E402
from glueplan.domain.trainee import Trainee  # noqa: E402
from glueplan.store.database import open_store  # noqa: E402
from glueplan.store.location import database_url  # noqa: E402
from glueplan.store.repository import Repository  # noqa: E402
from glueplan.ui.library.exercise_model import ExerciseListModel  # noqa: E402
from glueplan.ui.week.program_editor import ProgramEditor  # noqa: E402
from glueplan.ui.week.calendar import WeekCalendar  # noqa: E402
from glueplan.ui.week.model import WeekModel  # noqa: E402

EXERCISES = ["back_squat", "barbell_hip_thrust", "cable_kickback", "cable_hip_abduction", "clamshell",
             "romanian_deadlift", "bulgarian_split_squat", "glute_bridge", "monster_walk", "step_up"]


def main() -> None:
    app = QApplication([])
    catalog = builtin_catalog()
    sessions = tuple(Session(day, clock(18), f"Day {n}", tuple(
        PlannedExercise(EXERCISES[(n + i) % 10], catalog.exercise(EXERCISES[(n + i) % 10]).prescription)
        for i in range(10))) for n, day in enumerate((Weekday.MON, Weekday.TUE, Weekday.THU, Weekday.SAT)))
    with tempfile.TemporaryDirectory() as folder:
        repository = Repository(open_store(database_url(f"{folder}/bench.sqlite")))
        trainee = repository.add_trainee(Trainee("Bench"))
        program_id = repository.add_program(trainee, Program("Bench", (Week(sessions),), date(2026, 11, 23)))
        editor = ProgramEditor(repository, program_id, trainee, catalog, Language.EN)
        model = WeekModel(editor)
        calendar = WeekCalendar(model)
        calendar.resize(1400, 700)
        calendar.show()
        app.processEvents()
        library = ExerciseListModel(catalog, Language.EN)
        mime = library.mimeData([library.index(library.row_of("frog_pump"), 0)])
        phases: dict[str, list[float]] = {"total": [], "save": [], "rules": []}
        for _ in range(30):
            start = time.perf_counter()
            model.dropMimeData(mime, Qt.DropAction.CopyAction, -1, 0, model.day_index(Weekday.WED))
            for view in calendar.days:
                view.viewport().repaint()
            app.processEvents()
            phases["total"].append((time.perf_counter() - start) * 1000)
            editor.undo_stack.undo()
            app.processEvents()
        probe = editor.program
        start = time.perf_counter()
        for _ in range(20):
            repository.save_program(program_id, probe)
        phases["save"] = [(time.perf_counter() - start) / 20 * 1000]
        start = time.perf_counter()
        for _ in range(50):
            editor._validate(probe)
        phases["rules"] = [(time.perf_counter() - start) / 50 * 1000]
        count = sum(len(s.items) for s in editor.program.weeks[0].sessions)
        print(f"week of {count} planned exercises, 30 drops (each undone):")
        print(f"  drop -> saved, re-validated, repainted: median {statistics.median(phases['total']):.1f} ms, "
              f"best {min(phases['total']):.1f} ms")
        print(f"  of which saving the program (one transaction): {phases['save'][0]:.1f} ms")
        print(f"  of which the rules engine: {phases['rules'][0]:.1f} ms")
        calendar.close()
        calendar.deleteLater()
        app.processEvents()
        repository.store.close()


if __name__ == "__main__":
    main()
