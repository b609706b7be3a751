"""A window rebuilt before its first paint (the desktop's colour scheme told as the app starts) still opens the
database: the first window's paint was the only one connected to the store's open, and the new window stayed blank,
its menus disabled, with no message."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from glueplan.domain.language import Language
from glueplan.ui import application as app_module
from glueplan.ui import window_host


def test_a_window_rebuilt_before_its_first_paint_opens_the_database(qapp: QApplication, qtbot: QtBot, db_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    hosts: list[window_host.WindowHost] = []
    opened: list[bool] = []
    make = window_host.WindowHost.__init__

    def made(host: window_host.WindowHost, *args: object) -> None:
        make(host, *args)  # type: ignore[arg-type]
        hosts.append(host)

    monkeypatch.setattr(window_host.WindowHost, "__init__", made)
    open_store = app_module.StartUp.open_store
    monkeypatch.setattr(app_module.StartUp, "open_store", lambda startup: opened.append(True) or open_store(startup))

    def session() -> int:
        hosts[0]._scheme_changed()  # before any event: the window is replaced before it painted
        qtbot.waitUntil(lambda: hosts[0].window.live is not None, timeout=10_000)
        return 0

    monkeypatch.setattr(qapp, "exec", session)
    assert app_module.run_gui(str(db_path), Language.EN) == 0
    assert opened == [True]
