"""The day the window looks from is read from one clock (app/clock.py): a test that set it in one place left the
Log, the Programs page, the charts, the History's filter and a backup's name on the computer's day."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from pytestqt.qtbot import QtBot

from glueplan.domain.plan import monday_of
from glueplan.ui.charts.page import range_start
from glueplan.ui.files.export import backup_name
from glueplan.ui.history.table import _default_filter
from glueplan.ui.log.page import LogPage
from glueplan.ui.programs.page import ProgramsPage
from glueplan.ui.shared.live_workspace import LiveWorkspace
from glueplan.ui.week.page import WeekPage

DAY = date(2031, 5, 14)  # a Wednesday, far from any day the tests are run on


def test_every_page_looks_from_the_day_the_clock_says(qtbot: QtBot, live: LiveWorkspace,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("glueplan.app.clock.today", lambda: DAY)
    week, log, programs = WeekPage(live), LogPage(live), ProgramsPage(live)
    for page in (week, log, programs):
        qtbot.addWidget(page)
    assert week.model.today() == DAY  # the day marked Today, and the days lived
    assert log.day() == DAY and log.future.isHidden()
    assert range_start(28) == monday_of(DAY - timedelta(days=28))  # the charts' 4 weeks end this week
    assert _default_filter(None).until == DAY and DAY.isoformat() in backup_name()  # History's end, a backup's name
    programs.start_empty_program()
    assert live.program.start == monday_of(DAY)
