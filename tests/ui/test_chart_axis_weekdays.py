"""Two dates or more on the Charts page's date axis whatever day it is (noticed in Norwegian at 360 px: "4 weeks" up
to a Monday or a Tuesday wrote one date, 9. nov., between two Mondays cut at the axis' ends)."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from glueplan.app import clock
from glueplan.app.opening import open_workspace
from glueplan.domain.language import Language
from glueplan.domain.log import LoggedSet
from glueplan.domain.trainee import kilograms
from glueplan.store.database import Store
from glueplan.store.synthetic_log import fill_log
from glueplan.ui.application import install_translators
from glueplan.ui.screenshot import SAMPLE_WEEK
from tests.conftest import PROGRAM_START
from tests.ui.test_chart_axes import every_range_fits


@pytest.mark.parametrize("language", list(Language))
@pytest.mark.parametrize("width", [360, 420, 480])  # a page this wide, or its narrowest: 389 px in Norwegian
def test_each_weekday_writes_two_dates_or_more_apart_and_whole(qtbot: QtBot, store: Store, qapp: QApplication,
                                                               language: Language, width: int,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """Each day of a week as today (a range's last day), with a few days logged and with a year: in every range each
    plot's axis writes two dates or more, none cut at its ends, none into another."""
    install_translators(qapp, language)
    workspace = open_workspace(store, language, kilograms)
    for days in (3, 8, 12):
        when = datetime.combine(PROGRAM_START - timedelta(days=days), time(18))
        workspace.repository.log_set(workspace.trainee_id, LoggedSet("back_squat", when, 100, 8, 2))
    for log in ("a few days", "a year"):
        if log == "a year":
            fill_log(store, workspace.trainee_id, SAMPLE_WEEK, weeks=52, end=PROGRAM_START)
        for weekday in range(7):  # PROGRAM_START is a Monday
            today = PROGRAM_START + timedelta(days=weekday)
            monkeypatch.setattr(clock, "today", lambda today=today: today)
            every_range_fits(qtbot, workspace, width, f"{log}, {today:%A}").close()
