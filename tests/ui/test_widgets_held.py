"""A window given to qtbot is held until the test's teardown closed it. pytest-qt holds it only weakly: a shown
Week page held by nothing but its own reference cycles was deleted by Python's collector whenever that ran, once
in the middle of its muscle map's paint event, and PySide6 6.11 crashed (a segmentation fault in shiboken). So is
every LiveWorkspace a test makes, until the teardown had Qt delete it with its undo steps (tests/conftest.py,
hold_live_workspaces)."""

from __future__ import annotations

import gc
import weakref
from datetime import datetime

import shiboken6
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from glueplan.app.command import History
from glueplan.app.log_edits import LogSet
from glueplan.domain.log import LoggedSet
from glueplan.store.database import Store
from glueplan.ui.shared.live_workspace import LiveWorkspace
from tests.conftest import qt_objects_deleted, workspace_on


class InACycle(QWidget):
    """A window its own attributes refer to, as a page's connected methods do: only the collector frees it."""

    def __init__(self) -> None:
        super().__init__()
        self.itself = self


def test_a_shown_window_left_to_qtbot_outlives_the_collector_until_the_teardown(qtbot: QtBot) -> None:
    window = InACycle()
    qtbot.addWidget(window)
    window.show()
    held = weakref.ref(window)
    del window
    gc.collect()  # as it may at any allocation, of the window's own paint event too
    window = held()
    assert window is not None and shiboken6.isValid(window) and window.isVisible()


def test_a_workspace_the_test_dropped_outlives_the_collector(store: Store) -> None:
    """Without undo steps: the collector may free it here without harm, and did."""
    held = weakref.ref(LiveWorkspace(workspace_on(store)))  # in a cycle: its workspace calls it back
    gc.collect()
    live = held()
    assert live is not None and shiboken6.isValid(live)


def test_the_teardown_has_qt_delete_a_workspace_with_its_undo_steps(store: Store) -> None:
    """Left to the collector with a step (the Log tests' pages): a segmentation fault in QUndoStack::clear."""
    live = LiveWorkspace(workspace_on(store))
    live.run(LogSet(LoggedSet("back_squat", datetime(2026, 11, 23, 18), 67.5, 8, 1), "Log set"))
    step = live.undo_stacks[History.LOG].command(0)
    qt_objects_deleted()  # as at the test's end
    assert not shiboken6.isValid(live) and not shiboken6.isValid(step)
