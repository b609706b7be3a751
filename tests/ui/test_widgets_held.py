"""A window given to qtbot is held until the test's teardown closed it. pytest-qt holds it only weakly: a shown
Week page held by nothing but its own reference cycles was deleted by Python's collector whenever that ran, once
in the middle of its muscle map's paint event, and PySide6 6.11 crashed (a segmentation fault in shiboken)."""

from __future__ import annotations

import gc
import weakref

import shiboken6
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot


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
