"""The Week tab's editor keeps what was typed when the database refuses the edit (a clinic walk on
PostgreSQL: with the server down the refusal was said in a dialog and the editor closed, its values
lost), and says why in itself; once the server is back the same values save."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from glueplan.store import server
from glueplan.store.database import Store, open_store
from glueplan.store.location import database_url
from glueplan.ui.shared.live_workspace import LiveWorkspace
from glueplan.ui.week.calendar import WeekCalendar
from glueplan.ui.week.editors import PlannedEditor, SessionEditor
from glueplan.ui.week.model import WeekModel
from tests.conftest import on_screen, seed_000, workspace_on
from tests.postgres_server import PostgresServer
from tests.ui.test_week_calendar import item_index, session_index, stored
from tests.ui.test_week_editing import focused, open_editor

MON, WED = 0, 2


def with_seed_000(store: Store) -> LiveWorkspace:
    workspace = workspace_on(store)
    workspace.load_program(workspace.repository.add_program(workspace.trainee_id, seed_000(), "seed-000"))
    return LiveWorkspace(workspace)


@pytest.fixture
def live_on_server(qtbot: QtBot, own_server: PostgresServer) -> Iterator[LiveWorkspace]:
    store = open_store(database_url(own_server.url(own_server.new_database())))
    yield with_seed_000(store)
    store.close()


def monday_editor(qtbot: QtBot, live: LiveWorkspace) -> tuple[WeekCalendar, PlannedEditor]:
    """The week, and the editor of Monday's first exercise open in it, its sets changed from 2 to 4."""
    calendar = on_screen(qtbot, WeekCalendar(WeekModel(live)), 1100, 600)
    calendar.activateWindow()
    qtbot.waitUntil(calendar.isActiveWindow)
    open_editor(qtbot, calendar.days[MON], item_index(calendar.model, MON, 0))
    editor = calendar.findChild(PlannedEditor)
    assert editor is not None
    editor.sets.setValue(4)
    return calendar, editor


def test_an_edit_refused_by_a_server_that_is_down_keeps_the_editors_values(
        qtbot: QtBot, own_server: PostgresServer, live_on_server: LiveWorkspace) -> None:
    live = live_on_server
    calendar, editor = monday_editor(qtbot, live)
    editor.note.setText("Pause at the top")
    own_server.stop()
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert editor.isVisible() and calendar.findChild(PlannedEditor) is editor
    assert (editor.sets.value(), editor.note.text()) == (4, "Pause at the top")
    assert "nothing was written" in editor.problem.text() and editor.problem.isVisible()
    assert live.program.weeks[0].sessions[0].items[0].prescription.sets == 2
    own_server.start()
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # tried again
    qtbot.waitUntil(lambda: not editor.isVisible())
    item = live.program.weeks[0].sessions[0].items[0]
    assert item.prescription.sets == 4 and item.note == "Pause at the top" and stored(live) == live.program


def test_a_session_header_refused_so_keeps_its_title(qtbot: QtBot, own_server: PostgresServer,
                                                    live_on_server: LiveWorkspace) -> None:
    live = live_on_server
    calendar = on_screen(qtbot, WeekCalendar(WeekModel(live)), 1100, 600)
    calendar.activateWindow()
    qtbot.waitUntil(calendar.isActiveWindow)
    open_editor(qtbot, calendar.days[WED], session_index(calendar.model, WED))
    editor = calendar.findChild(SessionEditor)
    assert editor is not None
    editor.title.setText("Heavy day")
    own_server.stop()
    calendar.days[MON].setFocus()  # a click elsewhere
    assert editor.isVisible() and editor.title.text() == "Heavy day" and "server" in editor.problem.text()
    own_server.start()
    editor.title.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not editor.isVisible())
    assert [s.title for s in live.program.weeks[0].sessions if int(s.day) == WED] == ["Heavy day"]


@pytest.fixture
def live_on_stopping_server(qtbot: QtBot, postgres: PostgresServer, postgres_template: str,
                            monkeypatch: pytest.MonkeyPatch) -> Iterator[LiveWorkspace]:
    """As live_on_server, on the session's server (nothing here ends it), with the waits given up after half a
    second (server.ANSWER_LIMIT_S, read at each wait) once the program is written: written under the half second,
    its 18 rows' insert was given up once in a whole run on a busy machine, and the test errored in its set-up."""
    name = postgres.new_database(postgres_template)
    store = open_store(database_url(postgres.url(name)))
    live = with_seed_000(store)
    monkeypatch.setattr(server, "ANSWER_LIMIT_S", 0.5)
    yield live
    store.close()
    postgres.drop_database(name)


def test_an_edit_on_a_server_that_stopped_answering_is_given_up_in_the_editor(
        qtbot: QtBot, postgres: PostgresServer, live_on_stopping_server: LiveWorkspace) -> None:
    """A clinic walk: the server's processes stopped (a dead disk, a paused VM), and the next edit held the window,
    grey, for as long as they stayed so. Now Enter comes back after the limit, the editor open with what was
    typed and why, the window answering; once the server goes on, Enter again saves."""
    live = live_on_stopping_server
    _calendar, editor = monday_editor(qtbot, live)
    with postgres.stopped():
        started = time.monotonic()
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
        took = time.monotonic() - started
        assert took < 1.5, took
        assert editor.isVisible() and editor.sets.value() == 4
        assert editor.problem.isVisible() and "did not answer" in editor.problem.text(), editor.problem.text()
        editor.note.setText("Pause at the top")  # typed on, the server still stopped
        assert live.program.weeks[0].sessions[0].items[0].prescription.sets == 2
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not editor.isVisible())
    item = live.program.weeks[0].sessions[0].items[0]
    assert item.prescription.sets == 4 and item.note == "Pause at the top" and stored(live) == live.program
