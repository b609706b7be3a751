"""The Charts page at 150 % with poor eyes (a walk, dark theme): Ctrl+5 lands on the mode box, where a Down drew
another chart unseen; a day's point was 4 px, found at 3x zoom; the muscle chart's green band was in no legend."""

from __future__ import annotations

from datetime import datetime, time

import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF, QTextDocumentFragment
from PySide6.QtWidgets import QComboBox, QLabel
from pytestqt.qtbot import QtBot

from glueplan.app import clock
from glueplan.domain.log import LoggedSet
from glueplan.ui.shared.live_workspace import LiveWorkspace
from tests.conftest import on_screen


def charts_of(qtbot: QtBot, live: LiveWorkspace):  # type: ignore[no-untyped-def]
    from glueplan.ui.charts.page import ChartsPage

    live.workspace.repository.log_set(live.workspace.trainee_id,
                                      LoggedSet("back_squat", datetime.combine(clock.today(), time(18)), 100, 8, 2))
    return on_screen(qtbot, ChartsPage(live), 900, 600)


@pytest.mark.parametrize("box", ["mode", "range"])
def test_a_closed_box_opens_on_an_arrow_instead_of_drawing_another_chart(qtbot: QtBot, live: LiveWorkspace,
                                                                        box: str) -> None:
    charts = charts_of(qtbot, live)
    choice: QComboBox = getattr(charts, box)
    before = choice.currentIndex()
    choice.setFocus()
    qtbot.keyClick(choice, Qt.Key.Key_Down)
    qtbot.waitUntil(choice.view().isVisible)
    assert choice.currentIndex() == before
    qtbot.keyClick(choice.view(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not choice.view().isVisible())
    assert choice.currentIndex() == before


def points(charts) -> list[int]:  # type: ignore[no-untyped-def]
    return [item.opts["symbolSize"] for item in charts.plot.listDataItems() if isinstance(item, pg.PlotDataItem)]


def test_a_days_point_is_half_the_fonts_height(qtbot: QtBot, live: LiveWorkspace) -> None:
    """7 px at the 1x font at least, and twice that with a font twice as tall."""
    charts = charts_of(qtbot, live)
    assert points(charts) and min(points(charts)) >= 7
    font = QFont(charts.font())
    font.setPointSizeF(2 * font.pointSizeF())
    charts.setFont(font)
    charts.redraw()
    assert min(points(charts)) >= round(QFontMetricsF(font).height() / 2) >= 14


def test_the_levels_band_is_named_in_the_legend(qtbot: QtBot, live: LiveWorkspace) -> None:
    from glueplan.domain.thresholds import builtin_thresholds

    charts = charts_of(qtbot, live)
    charts.mode.setCurrentIndex(1)
    charts.subject.setCurrentIndex(charts.subject.findData("gluteus_maximus"))
    band = builtin_thresholds()[live.trainee.level].volume["gluteus_maximus"].band
    texts = [QTextDocumentFragment.fromHtml(label.text()).toPlainText() for label in charts.legend.findChildren(QLabel)]
    level = {"beginner": "Beginner", "intermediate": "Intermediate", "advanced": "Advanced"}[live.trainee.level.value]
    assert f"■ Target, {level}: {band.low:g}–{band.high:g} hard sets a week" in texts, texts


def test_the_keyboard_reads_the_chart_date_by_date(qtbot: QtBot, live: LiveWorkspace) -> None:
    """A walk from the keyboard alone: only the mouse's hover told a point's values. Tab reaches the plot after the
    boxes above it; Right, Left, Home and End read a date's values into the readout the mouse fills, which its
    accessible name says too; a dashed line marks the date on both plots, left out of a saved picture."""
    from datetime import timedelta

    from glueplan.ui.charts.page import stamp

    repository, trainee = live.workspace.repository, live.workspace.trainee_id
    for days_ago, kg in ((14, 90), (7, 95)):
        repository.log_set(trainee, LoggedSet("back_squat", datetime.combine(clock.today() - timedelta(days=days_ago),
                                                                             time(18)), kg, 8, 2))
    charts = charts_of(qtbot, live)  # and 100 kg today
    charts.activateWindow()
    qtbot.waitUntil(charts.isActiveWindow)
    charts.range.setFocus()
    saved = charts.picture()
    qtbot.keyClick(charts.range, Qt.Key.Key_Tab)
    assert charts.plot.hasFocus()
    days = [clock.today() - timedelta(days=n) for n in (14, 7, 0)]
    said = [charts.nearest(stamp(day)) for day in days]  # as the mouse reads at each
    assert len(set(said)) == 3 and "Top set (kg): 90" in said[0]
    for key, day in ((Qt.Key.Key_Right, 0), (Qt.Key.Key_Right, 1), (Qt.Key.Key_End, 2), (Qt.Key.Key_Right, 2),
                     (Qt.Key.Key_Left, 1), (Qt.Key.Key_Home, 0), (Qt.Key.Key_Left, 0)):
        qtbot.keyClick(charts.plot, key)
        assert charts.hover.text() == said[day], (key, day)
        assert charts.plot.accessibleName() == f"Chart of Back squat (deep): {said[day]}"
        assert all(marker.isVisible() and marker.value() == stamp(days[day]) for marker in charts.markers)
    qtbot.keyClick(charts.plot, Qt.Key.Key_Tab)
    assert charts.export_png.hasFocus()
    assert charts.picture() == saved  # Save as PNG writes the chart without the keys' marker
