"""An edit reaches only the views that show what it changed, and a hidden page waits until it
is shown: logging a set redraws neither the week nor the hidden charts."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from glueplan.app.log_edits import LogSet
from glueplan.domain.commands import AddExercise
from glueplan.domain.log import LoggedSet
from glueplan.domain.plan import Weekday
from glueplan.store.repository import Repository
from glueplan.ui.charts.page import ChartsPage
from glueplan.ui.main_window import MainWindow
from glueplan.ui.week.page import WeekPage
from tests.domain.test_commands import P
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
