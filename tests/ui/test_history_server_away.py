"""The History tab on a clinic's PostgreSQL server that stops answering (a dead disk, a paused VM): the day of the
newest set, read for each set logged while the tab shows and when it is first shown, and the table's pages, raised
out of the slot that followed the change or out of showEvent, which PySide may not survive (the review's finding
1.6, as 3.6 was on the Charts tab). Now the reason is said under the table, which keeps its sets and filter (but
another trainee's), and the next change followed once the server answers again reads them."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot

from glueplan.app.changes import ChangeSet
from glueplan.app.trainees import switch_to
from glueplan.domain.log import LoggedSet
from glueplan.domain.trainee import Trainee
from glueplan.store import server
from glueplan.ui.history.table import HistoryModel, HistoryPage
from glueplan.ui.shared.live_workspace import LiveWorkspace
from tests.conftest import on_screen
from tests.postgres_server import PostgresServer
from tests.ui.test_week_editor_server_down import live_on_stopping_server  # noqa: F401 (a fixture)

LIMIT_S = 0.2
NOT_ANSWERING = "The database server did not answer for 0.2 seconds"
LOGGED = ChangeSet(whole_log=True)  # a set logged elsewhere


@pytest.fixture
def live(live_on_stopping_server: LiveWorkspace, monkeypatch: pytest.MonkeyPatch) -> LiveWorkspace:  # noqa: F811
    """The trainee with three hip thrusts logged, a week apart; each wait given up after LIMIT_S."""
    for week in range(3):
        live_on_stopping_server.workspace.repository.log_set(live_on_stopping_server.workspace.trainee_id, LoggedSet(
            "barbell_hip_thrust", datetime.now().replace(microsecond=0) - timedelta(weeks=week), 60 + week, 10, 2))
    monkeypatch.setattr(server, "ANSWER_LIMIT_S", LIMIT_S)
    return live_on_stopping_server


def test_a_change_followed_while_the_server_does_not_answer_says_why_and_keeps_the_sets(
        qtbot: QtBot, postgres: PostgresServer, live: LiveWorkspace) -> None:
    page = on_screen(qtbot, HistoryPage(HistoryModel(live)), 900, 500)
    until = page.until.date()
    assert page.model.rowCount() == 3 and not page.problem.text()
    with postgres.stopped():
        page.follow(LOGGED)
    assert page.problem.text().startswith(NOT_ANSWERING), page.problem.text()
    assert page.model.rowCount() == 3 and page.until.date() == until and not page.empty.isVisible()
    page.follow(LOGGED)  # the server answers again
    assert page.model.rowCount() == 3 and not page.problem.text()


def test_a_tab_first_shown_while_the_server_does_not_answer_says_why(
        qtbot: QtBot, postgres: PostgresServer, live: LiveWorkspace) -> None:
    """Not "Nothing logged in this period": nothing could be read."""
    page = HistoryPage(HistoryModel(live))
    with postgres.stopped():
        on_screen(qtbot, page, 900, 500)
    assert page.problem.text().startswith(NOT_ANSWERING), page.problem.text()
    assert page.model.rowCount() == 0 and not page.empty.isVisible()
    page.follow(LOGGED)
    assert page.model.rowCount() == 3 and not page.problem.text()


def test_the_sets_of_the_trainee_shown_before_go_when_the_new_ones_cannot_be_read(
        qtbot: QtBot, postgres: PostgresServer, live: LiveWorkspace) -> None:
    """Another client chosen while the tab was hidden, the tab shown while the server is stopped: the sets of the
    trainee before stayed under the new one's name, to be edited or deleted as theirs."""
    page = on_screen(qtbot, HistoryPage(HistoryModel(live)), 900, 500)
    ane = live.workspace.repository.add_trainee(Trainee("Ane"))
    page.hide()
    live.change_trainee(lambda workspace: switch_to(workspace, ane))
    with postgres.stopped():
        page.show()  # the changes gathered while hidden are followed: her newest set's day, read
    assert page.problem.text().startswith(NOT_ANSWERING), page.problem.text()
    assert page.model.rowCount() == 0 and not page.empty.isVisible()
    page.follow(LOGGED)
    assert page.model.rowCount() == 0 and page.empty.isVisible() and not page.problem.text()
