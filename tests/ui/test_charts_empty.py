"""The Charts tab for a client with nothing (in the range) logged (a walk, Bokmål): the muscle chart named the level's
band in its legend ("Målsone, Middels: 12–18 harde sett i uka") over a blank grid, with no band and no numbers up
its axis, as its values' axis ran 0 to 1; the empty charts drew a grid of no scale; sets older than the range were
"Nothing logged in this range yet." without a word of when; and "Sessions done" and "Partly done" were named in the
legend over bars of none."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter, QTextDocumentFragment
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from glueplan.app import clock
from glueplan.app.opening import open_workspace
from glueplan.domain.language import Language
from glueplan.domain.log import LoggedSet
from glueplan.domain.thresholds import builtin_thresholds
from glueplan.domain.trainee import kilograms
from glueplan.store.database import Store
from glueplan.ui.application import install_translators
from glueplan.ui.charts.page import ChartsPage
from glueplan.ui.shared.live_workspace import LiveWorkspace
from glueplan.ui.shared.logged_text import short_text
from tests.conftest import on_screen

MUSCLE, ALL = 1, 3  # the mode box's "A muscle", the range box's "All"


def charts_on(qtbot: QtBot, live: LiveWorkspace, mode: int) -> ChartsPage:
    charts = on_screen(qtbot, ChartsPage(live), 900, 560)
    charts.mode.setCurrentIndex(mode)
    return charts


def legend(charts: ChartsPage) -> list[str]:
    return [QTextDocumentFragment.fromHtml(label.text()).toPlainText() for label in charts.legend.findChildren(QLabel)]


@pytest.mark.parametrize("planned", [False, True])
def test_the_muscle_chart_draws_the_levels_band_up_an_axis_from_zero_with_nothing_logged(
        qtbot: QtBot, store: Store, request: pytest.FixtureRequest, planned: bool) -> None:
    """Without a program, and with one whose planned line (17 sets) alone was drawn over the band filling the plot."""
    live = request.getfixturevalue("live") if planned else LiveWorkspace(open_workspace(store, Language.EN, kilograms))
    charts = charts_on(qtbot, live, MUSCLE)
    charts.range.setCurrentIndex(ALL)  # the program's weeks, whatever today is
    charts.subject.setCurrentIndex(charts.subject.findData("gluteus_maximus"))
    band = builtin_thresholds()[charts.live.trainee.level].volume["gluteus_maximus"].band
    (region,) = [item for item in charts.plot.items() if isinstance(item, pg.LinearRegionItem)]
    assert region.getRegion() == (band.low, band.high)
    low, high = charts.plot.viewRange()[1]
    assert low == 0 and band.high <= high < band.high * 1.2
    axis = charts.plot.getAxis("left")
    assert axis.style["showValues"] and axis.grid
    assert [one.name for one in charts.series if one.days] == (["Planned"] if planned else [])
    assert legend(charts)[-1].startswith("■ Target")
    assert charts.hover.text() == "No sets logged yet."
    assert charts.hover.textFormat() == Qt.TextFormat.PlainText


def test_a_chart_that_draws_nothing_shows_no_scale(qtbot: QtBot, store: Store) -> None:
    """An exercise never logged: no numbers, marks or grid lines of a made-up 0 to 1 up its axes."""
    charts = charts_on(qtbot, LiveWorkspace(open_workspace(store, Language.EN, kilograms)), 0)
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        for plot in (charts.plot, charts.volume_plot):
            axis = plot.getAxis("left")
            _line, marks, texts = axis.generateDrawSpecs(painter)
            assert (marks, texts, axis.grid) == ([], [], False)
    finally:
        painter.end()
    assert charts.hover.text() == "No sets logged yet."


@pytest.mark.parametrize(("language", "said"), [
    (Language.EN, "Nothing logged in this range: the last set was logged on {}."),
    (Language.NB, "Ingenting loggført i denne perioden: siste sett ble loggført den {}.")])
def test_sets_before_the_range_are_dated(qtbot: QtBot, store: Store, qapp: QApplication, language: Language,
                                         said: str) -> None:
    """Each chart of "4 weeks" for a client whose sets are half a year old says the day of the last (of the exercise
    charted), in plain text: a trainee's name, a muscle's, never markup."""
    workspace = open_workspace(store, language, kilograms)
    last = clock.today() - timedelta(days=200)
    for days, exercise in ((0, "clamshell"), (3, "barbell_hip_thrust")):
        workspace.repository.log_set(workspace.trainee_id, LoggedSet(
            exercise, datetime.combine(last - timedelta(days=days), time(18)), 60, 10, 2))
    install_translators(qapp, language)
    try:
        charts = charts_on(qtbot, LiveWorkspace(workspace), 0)
        charts.range.setCurrentIndex(0)
        charts.subject.setCurrentIndex(charts.subject.findData("barbell_hip_thrust"))
        assert charts.hover.text() == said.format(short_text(last - timedelta(days=3), language))
        for mode in (1, 2):
            charts.mode.setCurrentIndex(mode)
            assert charts.hover.text() == said.format(short_text(last, language))
            assert charts.hover.textFormat() == Qt.TextFormat.PlainText
    finally:
        install_translators(qapp, Language.EN)


def test_no_legend_names_bars_of_none_done(qtbot: QtBot, live: LiveWorkspace) -> None:
    """Sessions per week of a program with nothing logged: the sessions planned, named; none done, their 0 read."""
    charts = charts_on(qtbot, live, 2)
    charts.range.setCurrentIndex(ALL)
    assert legend(charts) == ["■ Sessions planned"]
    bars = [item for item in charts.plot.items() if isinstance(item, pg.BarGraphItem)]
    assert len(bars) == 1
    assert charts.hover.text() == "No sets logged yet."
    if any(one.name == "Sessions done" and one.days for one in charts.series):  # weeks begun by today
        assert "Sessions done: 0" in charts.nearest(charts.dates()[0])
