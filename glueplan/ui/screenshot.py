"""Render the main window offscreen to a PNG, on a throwaway database, for the README and packaging."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from glueplan.domain.language import Language

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from glueplan.ui.log.page import LogPage

VIEWS = ("library", "map", "calendar", "log", "charts")
# A year of training like seed-000's, for the log and charts views: (weekday, [(exercise, start kg)])
SAMPLE_WEEK = ((0, (("back_squat", 60), ("single_leg_hip_thrust", 10), ("cable_kickback", 10))),
               (2, (("romanian_deadlift", 55), ("barbell_hip_thrust", 70), ("cable_hip_abduction", 7.5))),
               (4, (("bulgarian_split_squat", 12), ("reverse_lunge", 10), ("cable_pull_through", 20))))


def take_screenshot(out: Path, view: str, template: str | None, language: Language, size: tuple[int, int]) -> None:
    """Draw the window as a user would first see it with ``view`` in front, and save it."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QSettings

    from glueplan.domain.templates import builtin_templates
    from glueplan.domain.trainee import kilograms
    from glueplan.store.database import open_store
    from glueplan.store.location import database_url
    from glueplan.app import clock
    from glueplan.app.opening import open_workspace
    from glueplan.store.synthetic_log import fill_log
    from glueplan.ui.application import create_application, install_translators
    from glueplan.ui.illustration.thumbnails import thumbnails
    from glueplan.ui.main_window import MainWindow
    from glueplan.store.atomic_file import write_file
    from glueplan.ui.shared.live_workspace import LiveWorkspace

    app = create_application(["glueplan"])
    install_translators(app, language)
    with tempfile.TemporaryDirectory(prefix="glueplan-screenshot-") as folder:
        QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, folder)  # no remembered layout
        store = open_store(database_url(str(Path(folder) / "screenshot.sqlite")))
        try:
            workspace = open_workspace(store, language, kilograms)
            if view in ("log", "charts"):  # before the pages that show it are built
                fill_log(store, workspace.trainee_id, SAMPLE_WEEK, weeks=52, end=clock.today())
            window = MainWindow(workspace.catalog, language)
            window.attach(LiveWorkspace(workspace, window))
            if template is not None:
                window.programs_page().start_program(builtin_templates()[template])
            window.resize(*size)
            if view == "log":
                window.tabs.setCurrentWidget(window.log_tab)
                show_first_planned_day(window.log_tab.build())
            elif view == "charts":
                window.tabs.setCurrentWidget(window.charts_tab)
            elif view == "calendar":
                window.show_week()
                window.library.select("clamshell")
            elif view == "map":
                window.show_map()
                window.library.set_picked(["gluteus_medius"])
                window.map.set_picked(["gluteus_medius"])
                window.library.select("side_lying_hip_abduction")
            else:  # the library: an exercise chosen, its details beside the programs (or the map)
                if template is not None:
                    window.show_programs()
                else:
                    window.show_map()
                window.library.select("bulgarian_split_squat")
            window.show()
            app.processEvents()
            while thumbnails().busy:  # the pictures are drawn in idle turns: all of them in the shot
                app.processEvents()
            out.parent.mkdir(parents=True, exist_ok=True)
            write_file(out, settled(app, window))
            window.close()
            # Delete the widgets now, not at interpreter exit: pyqtgraph's items crash if Python
            # tears them down after Qt has gone.
            window.deleteLater()
            app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        finally:
            store.close()


def settled(app: QApplication, window: QWidget) -> bytes:
    """The window's picture once its layouts have settled: a form built before the window was shown is
    laid out again over a few turns of the event loop (a scroll area learns its page's height after the
    page), and the first picture showed the Log's wrapped targets cut off at 683 px."""
    from glueplan.ui.shared.saved_file import png_bytes

    picture = png_bytes(window.grab())
    for _turn in range(10):
        app.processEvents()
        again = png_bytes(window.grab())
        if again == picture:
            break
        picture = again
    return picture


def show_first_planned_day(page: LogPage) -> None:
    """The log on the program's first day, two sets of its first exercise already entered."""
    from PySide6.QtCore import QDate

    program = page.live.workspace.program
    if program is None or program.start is None:
        return
    page.date.setDate(QDate(program.start.year, program.start.month, program.start.day))
    if page.blocks:
        block = page.blocks[0]
        for reps, rir in (("10", "2"), ("9", "1")):
            block.reps.setText(reps)
            block.rir.setText(rir)
            block.log_entered()
        page.rest.start(block.prescription.rest_s)
