"""The whole window on a clinic's PostgreSQL server that goes away for a few seconds (a walk: a restart): a
trainee chosen in the switcher then was refused without a word, the switcher left empty, and the next set logged
in the form still shown went to the other client; File > New trainee said nothing either; and Quit did nothing
with a set typed, as the question before it read the trainees' names from the server."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from glueplan.domain.catalog import Catalog
from glueplan.store.database import Store, open_store
from glueplan.store.errors import StoreError
from glueplan.store.location import database_url
from glueplan.store.repository import Repository
from glueplan.ui.main_window import MainWindow
from glueplan.ui.log.page import LogPage
from glueplan.ui.profile_dialog import ProfileDialog
from tests.postgres_server import PostgresServer
from tests.ui.test_log_typed_sets import (Answer, _ClosedByWindowSystem, answering, choose, focused, log_tab,
                                          on_monday, quit_action, sets_of, type_set)

SERVER_AWAY = "The connection to the database server was lost"


@pytest.fixture
def on_server(own_server: PostgresServer) -> Iterator[Repository]:
    store = open_store(database_url(own_server.url(own_server.new_database())))
    yield Repository(store)
    store.close()


def switcher_shows(window: MainWindow) -> tuple[Any, ...]:
    """Whom the switcher has chosen, whom it lists, whether it answers a choice; whom the title names."""
    switcher = window.trainee_bar.switcher
    return (switcher.currentText(), [switcher.itemText(i) for i in range(switcher.count())],
            switcher.signalsBlocked(), window.windowTitle().split(" – ")[0])


def test_a_switch_refused_while_the_server_is_away_is_said_and_changes_nothing(
        qtbot: QtBot, own_server: PostgresServer, on_server: Repository, catalog: Catalog,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window, page, me, ane = log_tab(qtbot, on_server, catalog)
    asked = answering(monkeypatch, Answer.Ok)
    own_server.stop()
    bar = window.trainee_bar
    bar.switcher.setCurrentIndex(bar.switcher.findData(ane))
    bar.switcher.activated.emit(bar.switcher.currentIndex())
    assert len(asked) == 1 and asked[0][0].startswith(SERVER_AWAY), asked
    assert switcher_shows(window) == ("Me", ["Ane", "Me"], False, "Me") and window.live.workspace.trainee_id == me
    own_server.start()
    type_set(qtbot, page.blocks[2], "15", "12")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # Log set, in Me's form
    qtbot.waitUntil(lambda: sets_of(on_server, me) == [("cable_kickback", 15.0, 12, None)])
    assert sets_of(on_server, ane) == []
    choose(window, ane)  # the switcher answers again


def test_a_new_trainee_refused_while_the_server_is_away_is_said_in_the_dialog(
        qtbot: QtBot, own_server: PostgresServer, on_server: Repository, catalog: Catalog,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window, _page, me, _ane = log_tab(qtbot, on_server, catalog)
    boxes = answering(monkeypatch, Answer.Ok)
    said: list[str] = []

    def add() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ProfileDialog)
        dialog.name.setText("Ingrid Solberg")
        dialog.save.click()
        said.append(dialog.problem.text() if dialog.isVisible() else "closed")
        dialog.reject()

    own_server.stop()
    QTimer.singleShot(0, add)
    window.trainee_bar.new_action.trigger()
    assert len(said) == 1 and said[0].startswith(SERVER_AWAY) and boxes == [], (said, boxes)
    assert switcher_shows(window) == ("Me", ["Ane", "Me"], False, "Me") and window.live.workspace.trainee_id == me


@pytest.mark.parametrize("way", ["close button", "File > Quit"])
def test_quitting_while_the_server_is_away_asks_from_what_the_window_knows(
        qtbot: QtBot, own_server: PostgresServer, on_server: Repository, catalog: Catalog,
        monkeypatch: pytest.MonkeyPatch, way: str) -> None:
    """Nothing is read to ask (none is tried: a server out of reach, not refusing, keeps a read waiting up to the
    connect timeout, 5 s, or 15 s on a connection already open): the question names the trainee as the window last
    read them, and Close without logging closes (Log and close would be refused and said, as any set is then)."""
    window, page, _me, _ane = log_tab(qtbot, on_server, catalog)
    assert isinstance(page, LogPage)
    type_set(qtbot, page.blocks[2], "15", "12")
    asked = answering(monkeypatch, Answer.Discard)
    own_server.stop()
    read: list[str] = []
    def tried(_store: Store, way_in: str) -> None:
        read.append(way_in)
        raise StoreError("store.connection_lost", reason="no server")

    for way_in in ("reading", "transaction"):  # every read and write goes through one of these
        monkeypatch.setattr(Store, way_in, lambda store, way_in=way_in: tried(store, way_in))
    if way == "close button":
        closing = _ClosedByWindowSystem()
        QApplication.sendEvent(window, closing)
        closed = closing.isAccepted()
    else:
        quit_action(window).trigger()
        closed = not window.isVisible()
    assert closed and read == []
    assert [text for text, _buttons in asked] == [
        f"You have a set typed but not logged ({on_monday('Cable glute kickback: 15 kg × 12 · each side')}). "
        "Log it before closing?"]
