"""How long Edit > Preferences' language change keeps the user waiting: the whole main window
rebuilt in the other language (seed-000 planned, eight weeks logged, on a database on disk),
against making the first window of a run (the baseline). Medians of 7.

    .venv/bin/python tests/perf/bench_language_switch.py
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QCoreApplication, QEvent, QSettings

from glueplan.app.opening import open_workspace
from glueplan.domain.language import Language
from glueplan.domain.templates import builtin_templates
from glueplan.domain.trainee import kilograms
from glueplan.store.database import open_store
from glueplan.store.location import database_url
from glueplan.store.synthetic_log import fill_log
from glueplan.ui.application import create_application, install_translators
from glueplan.ui.main_window import MainWindow
from glueplan.ui.screenshot import SAMPLE_WEEK
from glueplan.ui.shared.live_workspace import LiveWorkspace
from glueplan.ui.window_host import WindowHost

RUNS = 7


def main() -> None:
    app = create_application(["bench"])
    with tempfile.TemporaryDirectory() as folder:
        QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, folder)
        store = open_store(database_url(str(Path(folder) / "bench.sqlite")))
        workspace = open_workspace(store, Language.EN, kilograms)
        fill_log(store, workspace.trainee_id, SAMPLE_WEEK, weeks=8)
        host = WindowHost(app, workspace.catalog, Language.EN)
        host.attach(LiveWorkspace(workspace))
        host.window.show()
        host.window.programs_page().start_program(builtin_templates()["seed-000"])
        host.window.show_week()
        app.processEvents()
        first, switch = [], []
        for run in range(RUNS):
            started = time.perf_counter()
            window = MainWindow(workspace.catalog, Language.EN)
            window.show()
            app.processEvents()
            first.append(time.perf_counter() - started)
            window.close()
            window.deleteLater()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            language = (Language.DA, Language.NB)[run % 2]
            started = time.perf_counter()
            install_translators(app, language)
            host.switch_language(language)
            app.processEvents()
            switch.append(time.perf_counter() - started)
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        base, median = statistics.median(first), statistics.median(switch)
        print(f"first window (no workspace): median {base * 1000:.0f} ms")
        print(f"language switch (window rebuilt with its workspace, Week tab shown): median {median * 1000:.0f} ms,"
              f" {median / base:.1f}x the first window")
        host.window.close()
        host.window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        store.close()


if __name__ == "__main__":
    main()
