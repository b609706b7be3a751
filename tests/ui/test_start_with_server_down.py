"""Starting glueplan while its database server is down offers to try again, in the same window: a clinic
walk read the server's message and the app quit, with no way to try again but to start it anew."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from glueplan.domain.language import Language
from glueplan.ui import application as app_module
from glueplan.ui.main_window import MainWindow
from tests.postgres_server import PostgresServer
from tests.ui.test_app_safety import opened


def test_a_server_down_at_start_is_tried_again_in_the_same_window(
        qapp: QApplication, own_server: PostgresServer, monkeypatch: pytest.MonkeyPatch) -> None:
    url = own_server.url(own_server.new_database())
    own_server.stop()
    said: list[tuple[str, list[str]]] = []
    windows: list[MainWindow] = []

    def answer(box: QMessageBox) -> QMessageBox.StandardButton:
        """The first time with the server still down, then started: Try again each time."""
        said.append((box.text(), [button.text().replace("&", "") for button in box.buttons()]))
        windows.extend(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        if len(said) == 2:
            own_server.start()
        return QMessageBox.StandardButton.Retry

    monkeypatch.setattr(QMessageBox, "exec", answer)
    attached = opened(qapp, monkeypatch)
    assert app_module.run_gui(url, Language.EN) == 0
    assert attached == [True]
    assert len(said) == 2 and all("on its server" in text for text, _ in said)
    assert sorted(said[0][1]) == ["Quit", "Try again"]
    assert len(set(map(id, windows))) == 1  # the window stays while the server is tried again


def test_quit_at_a_server_down_ends_glueplan(qapp: QApplication, own_server: PostgresServer,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    url = own_server.url(own_server.new_database())
    own_server.stop()
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: said.append(box.text()) or QMessageBox.StandardButton.Close)
    assert app_module.run_gui(url, Language.EN) == 1
    assert len(said) == 1
