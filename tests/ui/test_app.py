"""Starting the app: the window opens on a good database, a bad one is explained in a dialog."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from glueplan.domain.language import Language
from glueplan.ui import application as app_module
from glueplan.ui.main_window import MainWindow
from tests.conftest import REPO_ROOT


def test_run_gui_shows_the_main_window(qapp: QApplication, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []

    def fake_exec() -> int:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        for _ in range(100):  # paint, then the queued opening of the database
            if all(w.programs is not None for w in windows):
                break
            QApplication.processEvents()
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                shown.append("MainWindow" + (" with programs" if widget.programs is not None else ""))
                widget.close()
                widget.deleteLater()
        return 0

    monkeypatch.setattr(qapp, "exec", fake_exec)
    assert app_module.run_gui(str(db_path), Language.EN) == 0
    assert shown == ["MainWindow with programs"]


def test_run_gui_explains_a_newer_database_in_a_dialog(qapp: QApplication, db_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    connection = sqlite3.connect(db_path)
    connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
    connection.execute("INSERT INTO alembic_version VALUES ('9999')")
    connection.commit()
    connection.close()
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda _parent, _title, text: said.append(text)))
    assert app_module.run_gui(str(db_path), Language.DA) == 1
    assert said and "er skrevet af en nyere glueplan" in said[0]


CHARTS_THEN_CLOSE = """
import sys
from PySide6.QtCore import QTimer
from glueplan.ui import application as app_module
from glueplan.ui.main_window import MainWindow

made = app_module.create_application


def drive() -> None:
    window = next(w for w in made_app.topLevelWidgets() if isinstance(w, MainWindow))
    if window.programs is None:  # the database opens after the first paint
        QTimer.singleShot(10, drive)
        return
    window.tabs.setCurrentWidget(window.charts_tab)
    for mode in (0, 1, 2, 0):
        for span in (0, 3):
            window.charts.range.setCurrentIndex(span)
            window.charts.mode.setCurrentIndex(mode)
    window.close()


def create(argv):
    global made_app
    made_app = made(argv)
    QTimer.singleShot(0, drive)
    return made_app


app_module.create_application = create
sys.argv = ["glueplan"]
from glueplan.cli import run
run()
"""


def test_the_app_exits_cleanly_after_the_charts_were_redrawn(tmp_path: Path) -> None:
    """PySide6 6.12 with pyqtgraph aborted in Python's last garbage collection after this."""
    result = subprocess.run([sys.executable, "-c", CHARTS_THEN_CLOSE], capture_output=True, text=True, timeout=60,
                            cwd=REPO_ROOT, env={**os.environ, "GLUEPLAN_DB": str(tmp_path / "g.sqlite")})
    assert "Fatal" not in result.stderr
    assert result.returncode == 0
