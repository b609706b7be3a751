"""An edit reaches only the views that show what it changed, and a hidden page waits until it
is shown: logging a set redraws neither the week nor the hidden charts, and reads nothing back."""

from __future__ import annotations

from datetime import datetime, time

import pytest
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from glueplan.app.log_edits import DeleteSet, LogSet
from glueplan.domain.commands import AddExercise
from glueplan.domain.log import LoggedSet
from glueplan.domain.plan import Weekday
from glueplan.store.repository import Repository
from glueplan.ui.charts.page import ChartsPage
from glueplan.ui.main_window import MainWindow
from glueplan.ui.week.page import WeekPage
from tests.domain.test_commands import P
from tests.store.statements import sql_sent
from tests.ui.test_log_form import enter
from tests.ui.test_main_window import make_window


@pytest.fixture
def window(qtbot: QtBot, repository: Repository) -> MainWindow:
    window = make_window(qtbot, repository)
    window.programs_page().template_cards[0].start_button.click()
    for tab in range(window.tabs.count()):  # every page built, as after a while of use
        window.tabs.setCurrentIndex(tab)
    return window


def calls(monkeypatch: pytest.MonkeyPatch, cls: type, name: str) -> list[object]:
    seen: list[object] = []
    original = getattr(cls, name)

    def counting(self: object, *args: object) -> object:
        seen.append(args)
        return original(self, *args)

    monkeypatch.setattr(cls, name, counting)
    return seen


def test_a_logged_set_waits_for_the_hidden_charts_and_spares_the_week(window: MainWindow,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    assert window.live is not None
    redraws = calls(monkeypatch, ChartsPage, "redraw")
    week_updates = calls(monkeypatch, WeekPage, "follow")
    window.tabs.setCurrentWidget(window.log_tab)
    window.live.run(LogSet(LoggedSet("back_squat", datetime(2026, 11, 23, 18), 60.0, 8, 2), "log"))
    assert redraws == [] and week_updates == []
    charts = window.charts_tab.page
    assert charts is not None and charts.refresher.pending is not None
    window.tabs.setCurrentWidget(window.charts_tab)
    assert len(redraws) == 1 and charts.refresher.pending is None


def test_a_plan_edit_on_the_week_reaches_the_log_only_when_shown(window: MainWindow,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    assert window.live is not None and window.week_page is not None
    log = window.log_tab.build()
    tuesday = window.live.program.date_of(0, Weekday.TUE)
    assert tuesday is not None
    log.date.setDate(QDate(tuesday.year, tuesday.month, tuesday.day))
    rebuilds = calls(monkeypatch, type(log), "rebuild")
    window.show_week()
    window.live.apply(AddExercise(0, Weekday.TUE, "clamshell", P))
    assert rebuilds == []
    window.tabs.setCurrentWidget(window.log_tab)
    assert len(rebuilds) == 1 and [block.exercise.id for block in log.blocks] == ["clamshell"]


def test_a_set_logged_in_the_whole_window_sends_its_insert_alone(window: MainWindow) -> None:
    """Issue 9: a logged set costs one transaction holding its row alone. With every page built (the hidden ones
    read when next shown), the Log tab read the day's sets and its note back after each set, and readiness again
    for a set in the second of the day's first: 8 statements (tests/perf/bench_edits.py) where 2 do."""
    assert window.live is not None
    monday = window.live.program.date_of(0, Weekday.MON)
    assert monday is not None
    log = window.log_tab.build()
    window.tabs.setCurrentWidget(window.log_tab)
    log.date.setDate(QDate(monday.year, monday.month, monday.day))
    block = log.blocks[0]
    enter(block, "60", "8", "2")  # the day's first set: the start of its training, which readiness is read at
    with sql_sent(window.live.workspace.repository.store.engine) as sent:
        enter(block, "62.5", "8", "2")
    assert sent[0] == "BEGIN IMMEDIATE" and sent[1].startswith("INSERT INTO logged_set") and sent[2:] == ["COMMIT"]
    stored = window.live.workspace.sets_on(monday)
    assert block.shown_sets == stored and [logged.weight_kg for _id, logged in stored] == [60, 62.5]


def test_a_set_logged_and_deleted_while_the_log_is_hidden_is_gone_when_it_is_shown(window: MainWindow) -> None:
    """A logged set's change carries the set, which the Log tab adds to what it shows without reading its day; one
    deleted after it (here from the History tab) leaves its day to be read again, however the changes are joined
    while the tab waits."""
    assert window.live is not None
    monday = window.live.program.date_of(0, Weekday.MON)
    assert monday is not None
    log = window.log_tab.build()
    log.date.setDate(QDate(monday.year, monday.month, monday.day))
    planned = log.blocks[0].planned
    assert planned is not None and planned.id is not None
    window.tabs.setCurrentWidget(window.history_tab)
    window.live.run(LogSet(LoggedSet(planned.exercise_id, datetime.combine(monday, time(18)), 60.0, 8, 2,
                                     planned_exercise_id=planned.id), "log"))
    [(set_id, stored)] = window.live.workspace.sets_on(monday)
    window.live.run(DeleteSet(set_id, stored, "delete"))
    window.tabs.setCurrentWidget(window.log_tab)
    assert log.blocks[0].planned == planned and log.blocks[0].shown_sets == []
