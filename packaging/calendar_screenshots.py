"""Render the planner page for the README: a week with findings, and a drag in progress.

    .venv/bin/python packaging/calendar_screenshots.py [OUT_FOLDER] [en|da|nb]
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from msgspec.structs import replace  # noqa: E402
from PySide6.QtCore import QPoint, Qt  # noqa: E402
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from glueplan.app.opening import open_workspace  # noqa: E402
from glueplan.app.setup_edits import StartProgram  # noqa: E402
from glueplan.domain.commands import MoveSession  # noqa: E402
from glueplan.domain.language import Language  # noqa: E402
from glueplan.domain.plan import Weekday  # noqa: E402
from glueplan.domain.templates import builtin_templates  # noqa: E402
from glueplan.domain.trainee import kilograms  # noqa: E402
from glueplan.store.database import open_store  # noqa: E402
from glueplan.store.location import database_url  # noqa: E402
from glueplan.ui.application import install_translators  # noqa: E402
from glueplan.ui.library.exercise_model import ExerciseListModel  # noqa: E402
from glueplan.ui.shared.live_workspace import LiveWorkspace  # noqa: E402
from glueplan.ui.week.page import WeekPage  # noqa: E402


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("packaging/screenshots")
    language = Language(sys.argv[2]) if len(sys.argv) > 2 else Language.EN
    app = QApplication(sys.argv[:1])
    install_translators(app, language)
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(database_url(f"{folder}/shots.sqlite"))
        workspace = open_workspace(store, language, kilograms)
        catalog = workspace.catalog
        program = replace(builtin_templates()["seed-000"].program(catalog, language), start=date(2026, 11, 23))
        workspace.execute(StartProgram(program, "seed-000", ""))
        live = LiveWorkspace(workspace)
        live.apply(MoveSession(0, 1, Weekday.TUE))  # Workout 2 a day after Workout 1: findings
        page = WeekPage(live)
        page.resize(1300, 860)
        page.show()
        page.findings.list.setCurrentRow(0)
        app.processEvents()
        out.mkdir(parents=True, exist_ok=True)
        page.grab().save(str(out / "week-findings.png"))

        library = ExerciseListModel(catalog, language)
        mime = library.mimeData([library.index(library.row_of("barbell_hip_thrust"), 0)])
        day = page.calendar.days[Weekday.WED]
        point = QPoint(60, 120)
        actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
        for event in (QDragEnterEvent(point, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier),
                      QDragMoveEvent(point, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)):
            QApplication.sendEvent(day.viewport(), event)
        calm = page.calendar.days[Weekday.SAT]
        for event in (QDragEnterEvent(point, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier),
                      QDragMoveEvent(point, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)):
            QApplication.sendEvent(calm.viewport(), event)
        app.processEvents()
        page.grab().save(str(out / "week-drag.png"))
        print("Wednesday:", day.toolTip())
        print("Saturday:", calm.toolTip())
        page.close()
        store.close()


if __name__ == "__main__":
    main()
