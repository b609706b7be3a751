"""A Charts tab whose code cannot be loaded (pyqtgraph gone or broken: an installation's fault) says so in the tab's
place, and the import ahead of it leaves no traceback: both raised out of Qt, a blank tab and two tracebacks."""

from __future__ import annotations

import sys
import threading

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from glueplan.store.repository import Repository
from glueplan.ui.shared.lazy_tab import LazyTab
from tests.ui.test_main_window import make_window


def test_charts_that_cannot_be_loaded_are_said_in_the_tab(qtbot: QtBot, repository: Repository,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window(qtbot, repository)
    monkeypatch.setitem(sys.modules, "glueplan.ui.charts.page", None)  # its import raises ImportError
    window.tabs.setCurrentWidget(window.charts_tab)
    assert window.charts_tab.page is not None
    said = window.charts_tab.page.findChild(QLabel)
    assert said is not None and said.isVisible()
    assert said.text().startswith("The charts cannot be shown: a part of glueplan itself could not be loaded (")
    assert said.text().endswith("Install glueplan again; your data was not changed.")


def test_a_module_imported_ahead_that_cannot_be_leaves_no_traceback(qtbot: QtBot,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    raised: list[BaseException | None] = []
    monkeypatch.setattr(threading, "excepthook", lambda hook: raised.append(hook.exc_value))
    started = set(threading.enumerate())
    LazyTab(QLabel, ahead="glueplan_no_such_module").import_ahead()
    for thread in set(threading.enumerate()) - started:
        thread.join(5)
    assert raised == []
