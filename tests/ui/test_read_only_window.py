"""The app on a database file it may not write: the window says it is read-only (title and a notice
above the pages), a set typed into the log is refused beside its entry with the reason and stays
typed, and nothing is written beside the file (no backup, no lock, no -wal)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from glueplan.app import clock
from glueplan.app.opening import open_workspace
from glueplan.domain.catalog import Catalog
from glueplan.domain.language import Language
from glueplan.domain.trainee import kilograms
from glueplan.store.database import open_store
from glueplan.store.location import database_url
from glueplan.ui import application as app_module
from glueplan.ui.log.page import LogPage
from glueplan.ui.main_window import MainWindow
from glueplan.ui.shared.copy_notice import CopyNotice, ReadOnlyNotice
from tests.store.test_read_only import protect, release, state
from tests.ui.test_app_safety import answering
from tests.ui.test_log_and_charts import monday_program
from tests.ui.test_log_form import enter

pytestmark = pytest.mark.sqlite_only


def planned(path: Path, catalog: Catalog) -> Path:
    """A closed database with this week's seed-000 program."""
    store = open_store(database_url(str(path)))
    try:
        workspace = open_workspace(store, Language.EN, kilograms)
        workspace.repository.add_program(workspace.trainee_id, monday_program(catalog))
    finally:
        store.close()
    return path


def test_a_read_only_database_says_so_and_keeps_a_refused_set_typed(qtbot: QtBot, qapp: QApplication, tmp_path: Path,
                                                                   catalog: Catalog,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    path = planned(tmp_path / "data" / "glueplan.sqlite", catalog)
    said = answering(monkeypatch, QMessageBox.StandardButton.Ok)
    seen: dict[str, object] = {}

    def look() -> int:  # run_gui's event loop: until the window has its workspace, then what a user does
        def attached() -> list[MainWindow]:
            return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.live is not None]

        qtbot.waitUntil(lambda: bool(attached()), timeout=20000)
        [window] = attached()
        window.resize(1400, 900)
        notice = window.findChild(ReadOnlyNotice)
        qtbot.waitUntil(lambda: notice is not None and notice.isVisible())
        seen["title"] = window.windowTitle()
        seen["notice"] = notice.text.text()
        seen["copy notice"] = window.findChild(CopyNotice)
        window.tabs.setCurrentWidget(window.log_tab)
        page = window.findChild(LogPage)
        monday = clock.today() - timedelta(days=clock.today().weekday())
        page.date.setDate(QDate(monday.year, monday.month, monday.day))
        block = page.blocks[0]
        enter(block, "60", "8", "2")
        seen["problem"] = block.problem.text()
        seen["typed"] = (block.weight.text(), block.reps.text())
        return 0

    monkeypatch.setattr(qapp, "exec", look)
    protect(path)
    try:
        before = state(path.parent)
        assert app_module.run_gui(str(path), Language.EN) == 0
        assert state(path.parent) == before
    finally:
        release(path)
    assert said == []  # no backup that could not be written, no error at start
    assert str(seen["title"]).endswith("– glueplan (read-only)")
    assert "This database is read-only" in str(seen["notice"]) and str(path) in str(seen["notice"])
    assert seen["copy notice"] is None  # no lock file is made beside it
    assert "is read-only" in str(seen["problem"]) and "cannot save changes" in str(seen["problem"])
    assert seen["typed"] == ("60", "8")
