"""The History tab on a clinic's PostgreSQL server that stops answering (a dead disk, a paused VM): the day of the
newest set, read for each set logged while the tab shows and when it is first shown, and the table's pages, raised
out of the slot that followed the change or out of showEvent, which PySide may not survive (the review's finding
1.6, as 3.6 was on the Charts tab). Now the reason is said under the table, which keeps its sets and filter (but
another trainee's), and the next change followed once the server answers again reads them."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest
from PySide6.QtCore import QModelIndex
from pytestqt.qtbot import QtBot

from glueplan.app import clock
from glueplan.app.changes import ChangeSet
from glueplan.app.trainees import switch_to
from glueplan.domain.log import LoggedSet
from glueplan.domain.trainee import Trainee
from glueplan.store import server
from glueplan.store.history import HistoryFilter
from glueplan.ui.history import table
from glueplan.ui.history.kept_filter import kept_filter
from glueplan.ui.history.table import DATE, EXERCISE, WEIGHT, HistoryModel, HistoryPage
from glueplan.ui.shared.live_workspace import LiveWorkspace
from tests.conftest import on_screen
from tests.postgres_server import PostgresServer
from tests.ui.test_history_table import click_heading
from tests.ui.test_week_editor_server_down import live_on_stopping_server  # noqa: F401 (a fixture)

LIMIT_S = 0.2
NOT_ANSWERING = "The database server did not answer for 0.2 seconds"
LOGGED = ChangeSet(whole_log=True)  # a set logged elsewhere


@pytest.fixture
def live(live_on_stopping_server: LiveWorkspace, monkeypatch: pytest.MonkeyPatch) -> LiveWorkspace:  # noqa: F811
    """The trainee with three hip thrusts logged, a week apart; each wait given up after LIMIT_S."""
    for week in range(3):
        live_on_stopping_server.workspace.repository.log_set(live_on_stopping_server.workspace.trainee_id, LoggedSet(
            "barbell_hip_thrust", datetime.combine(clock.today(), time(17)) - timedelta(weeks=week), 60 + week, 10, 2))
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


def weights(model: HistoryModel) -> list[object]:
    return [model.data(model.index(row, WEIGHT)) for row in range(model.rowCount())]


def test_a_heading_clicked_while_the_server_does_not_answer_says_why_and_keeps_the_order(
        qtbot: QtBot, postgres: PostgresServer, live: LiveWorkspace) -> None:
    """The click read the first page in the new order out of the model's sort, a Qt virtual."""
    page = on_screen(qtbot, HistoryPage(HistoryModel(live)), 900, 500)
    header = page.table.horizontalHeader()
    assert weights(page.model) == ["60", "61", "62"]
    with postgres.stopped():
        click_heading(qtbot, page, WEIGHT)
    assert page.problem.text().startswith(NOT_ANSWERING), page.problem.text()
    assert weights(page.model) == ["60", "61", "62"] and header.sortIndicatorSection() == DATE
    click_heading(qtbot, page, WEIGHT)  # the server answers again
    assert weights(page.model) == ["62", "61", "60"] and header.sortIndicatorSection() == WEIGHT
    assert not page.problem.text()


def test_the_next_page_not_answered_is_said_and_read_once_the_server_answers(
        qtbot: QtBot, postgres: PostgresServer, live: LiveWorkspace, monkeypatch: pytest.MonkeyPatch) -> None:
    """Scrolling down read the next page out of the model's fetchMore, a Qt virtual."""
    monkeypatch.setattr(table, "PAGE", 2)
    model = HistoryModel(live)
    page = HistoryPage(model)
    qtbot.addWidget(page)
    model.set_filter(HistoryFilter())
    assert model.rowCount() == 2 and model.canFetchMore(QModelIndex())
    with postgres.stopped():
        model.fetchMore(QModelIndex())
    assert page.problem.text().startswith(NOT_ANSWERING), page.problem.text()
    assert model.rowCount() == 2 and model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 3 and not page.problem.text()


def test_ctrl_end_stops_at_a_page_not_answered(
        qtbot: QtBot, postgres: PostgresServer, live: LiveWorkspace, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every page to the last (Ctrl+End, the scroll bar's bottom): raised out of moveCursor, a Qt virtual, or
    out of the scroll bar's slot; not asked again and again while the server is away."""
    monkeypatch.setattr(table, "PAGE", 2)
    model = HistoryModel(live)
    page = HistoryPage(model)
    qtbot.addWidget(page)
    model.set_filter(HistoryFilter())
    with postgres.stopped():
        model.fetch_all()
    assert page.problem.text().startswith(NOT_ANSWERING), page.problem.text()
    assert model.rowCount() == 2 and model.canFetchMore(QModelIndex())
    model.fetch_all()
    assert model.rowCount() == 3 and not model.canFetchMore(QModelIndex()) and not page.problem.text()


def test_rows_not_answered_are_blank_said_and_read_at_the_next_change(
        qtbot: QtBot, postgres: PostgresServer, live: LiveWorkspace) -> None:
    """The sets of the rows first shown, read in the model's data, a Qt virtual; asked again at each paint."""
    model = HistoryModel(live)
    page = HistoryPage(model)
    qtbot.addWidget(page)
    model.set_filter(HistoryFilter())
    with postgres.stopped():
        assert model.data(model.index(0, EXERCISE)) is None
    assert page.problem.text().startswith(NOT_ANSWERING), page.problem.text()
    assert model.data(model.index(2, EXERCISE)) is None  # not asked of the server again, cell by cell
    page.follow(LOGGED)
    assert model.data(model.index(0, EXERCISE)) == "Barbell hip thrust" and not page.problem.text()


def test_a_field_changed_after_a_switch_not_answered_keeps_the_new_trainees_own_filter(
        qtbot: QtBot, postgres: PostgresServer, live: LiveWorkspace) -> None:
    """After a switch whose read the server did not answer, the fields still showed the trainee before's exercise
    and dates; the next field changed, once the server answered, kept all of them as the new one's filter."""
    page = on_screen(qtbot, HistoryPage(HistoryModel(live)), 900, 500)
    page.exercise.setCurrentIndex(page.exercise.findData("barbell_hip_thrust"))  # kept as Ida's
    ane = live.workspace.repository.add_trainee(Trainee("Ane"))
    page.hide()
    live.change_trainee(lambda workspace: switch_to(workspace, ane))
    with postgres.stopped():
        page.show()
    assert page.exercise.currentData() == "barbell_hip_thrust"  # Ida's still, not read for Ane
    page.since.setDate(page.since.date().addDays(-1))  # the server answers again
    assert kept_filter(live.workspace.repository.store, ane).exercise_id is None
    assert page.exercise.currentData() is None and not page.problem.text()
