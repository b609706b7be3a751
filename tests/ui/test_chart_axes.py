"""The charts with 0, 1, 2 and many logged days (issue 12, defect 2): the chosen range's dates on
the date axis (never hours or seconds), a volume bar a day wide, no axis title longer than its
axis (the Danish "Volumen (kg × gentagelser)"), the legend beside the points and on more lines in a
narrow page, whole sessions."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

import pytest
from PySide6.QtGui import QFontMetricsF, QPainter, QPicture, QTextDocumentFragment
from PySide6.QtWidgets import QApplication, QLabel
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
from glueplan.ui.shared.live_workspace import LiveWorkspace
from tests.conftest import on_screen

if TYPE_CHECKING:
    from glueplan.app.workspace import Workspace
    from glueplan.ui.charts.page import ChartsPage

DAY_S = 86400


def charts_with(qtbot: QtBot, store: Store, logged_days: int,  # type: ignore[no-untyped-def]
                language: Language = Language.EN, height: int = 640, width: int = 1000):
    from glueplan.ui.charts.page import ChartsPage

    workspace = open_workspace(store, language, kilograms)
    for number in range(logged_days):
        when = datetime.combine(clock.today() - timedelta(days=3 * number), time(18))
        for _ in range(3):
            workspace.repository.log_set(workspace.trainee_id, LoggedSet("back_squat", when, 100 + number, 8, 2))
    charts = on_screen(qtbot, ChartsPage(LiveWorkspace(workspace)), width, height)
    qtbot.waitUntil(lambda: charts.plot.viewRange()[0][1] > 1e9)
    charts.grab()  # the date axis measures its labels when first painted
    return charts


def tick_texts(axis, low: float, high: float) -> list[tuple[float, str]]:  # type: ignore[no-untyped-def]
    texts = []
    for spacing, values in axis.tickValues(low, high, axis.width() or 800):
        texts += [(spacing, text) for text in axis.tickStrings(values, 1.0, spacing)]
    return texts


@pytest.mark.parametrize("logged_days", [0, 1, 2, 40])
def test_the_date_axis_shows_the_ranges_dates(qtbot: QtBot, store: Store, logged_days: int) -> None:
    from glueplan.ui.charts.page import stamp

    charts = charts_with(qtbot, store, logged_days)
    for index in range(charts.range.count()):
        charts.range.setCurrentIndex(index)
        low, high = charts.plot.viewRange()[0]
        since = charts.since()
        start = since if since is not None else clock.today() - timedelta(days=max(28, 3 * logged_days))
        assert low <= stamp(start) + DAY_S and high >= stamp(clock.today())
        assert high - low < (stamp(clock.today()) - stamp(start)) * 1.2 + 8 * DAY_S  # the range, not a padding of it
        ticks = tick_texts(charts.plot.getAxis("bottom"), low, high)
        assert ticks and all(spacing >= DAY_S * 0.99 for spacing, _text in ticks), ticks
        assert not any(":" in text for _spacing, text in ticks)
    charts.plot.plotItem.vb.scaleBy(x=1e-6)  # the wheel, as far in as it goes
    low, high = charts.plot.viewRange()[0]
    assert high - low >= 7 * DAY_S * 0.99
    assert not any(":" in text for _s, text in tick_texts(charts.plot.getAxis("bottom"), low, high))


@pytest.mark.parametrize("logged_days", [1, 2, 40])
def test_a_volume_bar_is_a_day_wide(qtbot: QtBot, store: Store, logged_days: int) -> None:
    import pyqtgraph as pg

    charts = charts_with(qtbot, store, logged_days)
    (bars,) = [item for item in charts.volume_plot.listDataItems() + charts.volume_plot.items()
               if isinstance(item, pg.BarGraphItem)][:1]
    assert 0.5 * DAY_S <= bars.opts["width"] <= DAY_S


@pytest.mark.parametrize("language", list(Language))
def test_no_axis_title_is_cut_off(qtbot: QtBot, store: Store, qapp,  # type: ignore[no-untyped-def]
                                  language: Language) -> None:
    install_translators(qapp, language)
    charts = charts_with(qtbot, store, 2, language)
    for mode in range(charts.mode.count()):
        charts.mode.setCurrentIndex(mode)
        for plot in (charts.plot, charts.volume_plot):
            if not plot.isVisible():
                continue
            axis = plot.getAxis("left")
            if axis.label.isVisible() and axis.labelText:
                qtbot.waitUntil(lambda axis=axis: axis.height() > 0)
                assert axis.label.boundingRect().width() <= axis.height(), (language, mode, axis.labelText)
            title = plot.plotItem.titleLabel
            if title.isVisible() and title.text:
                assert title.item.boundingRect().width() <= plot.width()


def test_the_legend_is_beside_the_points(qtbot: QtBot, store: Store) -> None:
    charts = charts_with(qtbot, store, 40)
    for mode in range(charts.mode.count()):
        charts.mode.setCurrentIndex(mode)
        assert charts.plot.plotItem.legend is None  # nothing drawn over the plotting area
        assert charts.legend.isVisible() and charts.legend.findChildren(QLabel)
        assert charts.legend.geometry().bottom() <= charts.plot.geometry().top()


@pytest.mark.parametrize("language", list(Language))
def test_the_legend_goes_onto_more_lines_between_names_never_in_one(qtbot: QtBot, store: Store, qapp: QApplication,
                                                                    language: Language) -> None:
    """In a window 683 px wide (half a laptop's screen) the page is about 400 px wide: the Danish
    legend went onto its second line inside "Volumen (kg × gentagelser)", after the ×."""
    install_translators(qapp, language)
    charts = charts_with(qtbot, store, 40, language, width=400)
    for mode in range(charts.mode.count()):
        charts.mode.setCurrentIndex(mode)
        entries = charts.legend.findChildren(QLabel)
        qtbot.waitUntil(lambda entries=entries: all(entry.isVisible() for entry in entries))
        qtbot.waitUntil(lambda: charts.legend.geometry().bottom() <= charts.plot.geometry().top())  # none over the plot
        drawn = [one.name for one in charts.series if one.colour is not None and one.days]
        drawn += [name for name, _colour in charts.bands]  # the level's band, after the series
        assert [QTextDocumentFragment.fromHtml(entry.text()).toPlainText() for entry in entries] == [
            f"■ {name}" for name in drawn]
        for entry in entries:  # each on one line, whole, inside the page
            assert entry.height() < 2 * entry.fontMetrics().lineSpacing(), entry.text()
            assert entry.width() >= entry.sizeHint().width() and entry.geometry().right() < charts.legend.width()
        if mode == 0:  # three names do not go on one line here: the test sees a line break
            assert len({entry.y() for entry in entries}) > 1


@pytest.mark.parametrize("logged_days", [1, 40])
def test_the_sessions_axis_counts_whole_sessions(qtbot: QtBot, store: Store, logged_days: int) -> None:
    charts = charts_with(qtbot, store, logged_days, height=900)  # a tall plot: more ticks
    charts.mode.setCurrentIndex(2)
    qtbot.waitUntil(lambda: 1 <= charts.plot.viewRange()[1][1] < 10)  # the sessions, not the loads before
    axis = charts.plot.getAxis("left")
    low, high = charts.plot.viewRange()[1]
    values = [value for _spacing, level in axis.tickValues(low, high, axis.height()) for value in level]
    assert values and all(float(value).is_integer() for value in values), values
    charts.mode.setCurrentIndex(0)  # loads keep their own steps
    assert axis._tickLevels is None


@pytest.mark.parametrize(("language", "shown"), [(Language.DA, ["12,5", "15,0"]), (Language.NB, ["12,5", "15,0"]),
                                                 (Language.EN, ["12.5", "15.0"])])
def test_the_value_axes_write_decimals_as_the_language_does(qtbot: QtBot, store: Store, qapp: QApplication,
                                                             language: Language, shown: list[str]) -> None:
    """A Danish chart of 12,5 kg sets read 12.5, 13.5 ... 17.5 up its side."""
    install_translators(qapp, language)
    charts = charts_with(qtbot, store, 2, language)
    for plot in (charts.plot, charts.volume_plot):
        assert plot.getAxis("left").tickStrings([12.5, 15.0], 1.0, 0.5) == shown


@pytest.mark.parametrize("language", list(Language))
def test_a_muscle_trained_a_quarter_reads_its_sets_up_the_axis(qtbot: QtBot, store: Store, qapp: QApplication,
                                                               language: Language) -> None:
    """A squat's set is a quarter hard set for the hamstrings: a day's three read 750 up the axis,
    titled 'hard sets a week (x0.001)'; and pyqtgraph wrote a million as '1e+06'."""
    install_translators(qapp, language)
    charts = charts_with(qtbot, store, 1, language)
    charts.mode.setCurrentIndex(1)
    charts.subject.setCurrentIndex(charts.subject.findData("hamstrings"))
    axis = charts.plot.getAxis("left")
    qtbot.waitUntil(lambda: 0.75 <= charts.plot.viewRange()[1][1] < 1)  # three quarters, with a margin
    charts.grab()
    texts = [text for _x, text in drawn_labels(axis)[0]]
    point = "." if language is Language.EN else ","
    assert texts and all(0 <= float(text.replace(point, ".")) < 1 for text in texts), texts
    assert "0.001" not in axis.labelString() and f"0{point}5" in texts
    assert axis.tickStrings([1_250_000.0, 1_300_000.0], 1.0, 50_000.0) == ["1250000", "1300000"]


# A new trainee's first workout: one set, a day of sets, two sets of different loads on one day.
ONE_DAY = {"one set": [(time(18), 100.0)], "three sets": [(time(18), 100.0)] * 3,
           "two on one day": [(time(8), 100.0), (time(19), 110.0)]}


@pytest.mark.parametrize("sets", ONE_DAY.values(), ids=ONE_DAY.keys())
def test_a_single_day_is_framed_inside_the_plot(qtbot: QtBot, store: Store, sets: list[tuple[time, float]]) -> None:
    """Seen by a reviewer: the first workout's points sat on the plot's right edge. Every drawn point
    and bar, in every chart and range, is a twenty-fifth of the plot or more from its sides, between
    dates written on the axis before it; dragging the dates away leaves it in sight."""
    import pyqtgraph as pg

    from glueplan.ui.charts.page import ChartsPage

    workspace = open_workspace(store, Language.EN, kilograms)
    for when, kg in sets:
        workspace.repository.log_set(workspace.trainee_id,
                                     LoggedSet("back_squat", datetime.combine(clock.today(), when), kg, 8, 2))
    charts = on_screen(qtbot, ChartsPage(LiveWorkspace(workspace)), 1000, 640)
    charts.grab()
    for mode in range(charts.mode.count()):
        charts.mode.setCurrentIndex(mode)
        if mode == 1:
            charts.subject.setCurrentIndex(charts.subject.findData("gluteus_maximus"))
        for index in range(charts.range.count()):
            charts.range.setCurrentIndex(index)
            for plot in (charts.plot, charts.volume_plot):
                if not plot.isVisible():
                    continue
                vb = plot.plotItem.vb
                drawn = [item for item in vb.addedItems if isinstance(item, pg.PlotDataItem | pg.BarGraphItem)]
                assert drawn, (mode, index)
                qtbot.waitUntil(lambda vb=vb, drawn=drawn: all(  # the values' axis scales when next painted
                    vb.viewRange()[1][0] <= item.dataBounds(1)[0] and item.dataBounds(1)[1] <= vb.viewRange()[1][1]
                    for item in drawn))
                low, high = vb.viewRange()[0]
                margin = (high - low) / 25
                for item in drawn:
                    left, right = item.dataBounds(0)
                    assert low + margin <= left and right <= high - margin, (mode, index, (low, left, right, high))
                ticks = [value for _spacing, values in plot.getAxis("bottom").tickValues(low, high, vb.width())
                         for value in values]
                assert sum(tick < left for tick in ticks) >= 2, (mode, index)  # dates to read the day against
            charts.plot.plotItem.vb.translateBy(x=-3650 * DAY_S)  # dragged ten years back
            low, high = charts.plot.viewRange()[0]
            assert low <= left and right <= high, (mode, index)


def drawn_labels(axis) -> tuple[list[tuple[float, str]], QFontMetricsF]:  # type: ignore[no-untyped-def]
    """The labels the axis paints, each by the pixel its text is centred on, and the metrics of the
    font it paints them in."""
    picture = QPicture()
    painter = QPainter(picture)
    specs = axis.generateDrawSpecs(painter)
    metrics = QFontMetricsF(painter.font())
    painter.end()
    return sorted((rect.center().x(), text) for rect, _flags, text in specs[2]) if specs else [], metrics


def assert_labels_fit(axis, where: str) -> list[str]:  # type: ignore[no-untyped-def]
    """No two of the axis' date labels closer than a space, none past its ends; returns them."""
    labels, metrics = drawn_labels(axis)
    space = metrics.horizontalAdvance(" ")
    for (x, text), (next_x, next_text) in zip(labels, labels[1:], strict=False):
        room = next_x - x - (metrics.horizontalAdvance(text) + metrics.horizontalAdvance(next_text)) / 2
        assert room >= space, (where, text, next_text, room)
    for x, text in labels:
        half = metrics.horizontalAdvance(text) / 2
        assert 0 <= x - half and x + half <= axis.width() + 1, (where, text, x, axis.width())
    assert len(labels) >= 2, (where, labels)  # dates to read a point against
    return [text for _x, text in labels]


def every_range_fits(qtbot: QtBot, workspace: Workspace, width: int, where: str) -> ChartsPage:
    """The Charts page at ``width``, the squat chosen: in each range each plot's date labels fit (assert_labels_fit);
    the page, on its last range, is returned open."""
    from glueplan.ui.charts.page import ChartsPage

    charts = on_screen(qtbot, ChartsPage(LiveWorkspace(workspace)), width, 560)
    charts.subject.setCurrentIndex(charts.subject.findData("back_squat"))
    for index in range(charts.range.count()):
        charts.range.setCurrentIndex(index)
        charts.grab()
        for plot in (charts.plot, charts.volume_plot):
            assert_labels_fit(plot.getAxis("bottom"), f"{where}, {charts.range.currentText()}")
    return charts


@pytest.mark.parametrize("language", list(Language))
@pytest.mark.parametrize("width", [360, 1042, 1276])  # the page in a window 683, 1366 and 1600 pixels wide
def test_the_date_labels_fit_their_axis_without_overlap(qtbot: QtBot, store: Store, qapp: QApplication,
                                                        language: Language, width: int) -> None:
    """With the 3-month range the month names ran into the days' numbers ('30Sept', 'Nov03'), with
    the year's in a narrow window 'Dec' into '2026'. For every log, range and the wheel's nearest
    view, each date written along the axis has its own room, in the font it is drawn in."""
    install_translators(qapp, language)
    workspace = open_workspace(store, language, kilograms)

    def log_days(*days_ago: int) -> None:
        for days in days_ago:
            when = datetime.combine(clock.today() - timedelta(days=days), time(18))
            workspace.repository.log_set(workspace.trainee_id, LoggedSet("back_squat", when, 100, 8, 2))

    logs = {"empty": lambda: None, "one day": lambda: log_days(0), "a few days": lambda: log_days(3, 8, 12),
            "a year": lambda: fill_log(store, workspace.trainee_id, SAMPLE_WEEK, weeks=52, end=clock.today()),
            "ten years": lambda: fill_log(store, workspace.trainee_id, SAMPLE_WEEK, weeks=520, end=clock.today())}
    for log, add in logs.items():
        add()
        charts = every_range_fits(qtbot, workspace, width, log)
        charts.plot.plotItem.vb.scaleBy(x=1e-6)  # the wheel, as far in as it goes
        charts.grab()
        assert_labels_fit(charts.plot.getAxis("bottom"), f"{log}, nearest")
        charts.close()


@pytest.mark.parametrize("language", list(Language))
def test_the_dates_written_are_mondays_months_and_years(qtbot: QtBot, store: Store, qapp: QApplication,
                                                        language: Language) -> None:
    """Weeks (their Mondays) in the short ranges, months named in a year with the year written
    at its January, the years over ten; pyqtgraph wrote days 5 apart counted from 1970 (and
    'Sept' in a Danish window)."""
    from glueplan.ui.charts.page import ChartsPage

    install_translators(qapp, language)
    workspace = open_workspace(store, language, kilograms)
    fill_log(store, workspace.trainee_id, SAMPLE_WEEK, weeks=520, end=clock.today())
    charts = on_screen(qtbot, ChartsPage(LiveWorkspace(workspace)), 1042, 560)
    axis = charts.plot.getAxis("bottom")
    written = {}
    for index in range(charts.range.count()):
        charts.range.setCurrentIndex(index)
        charts.grab()
        low, high = charts.plot.viewRange()[0]
        spacing, values = axis.tickValues(low, high, axis.width())[0]
        written[index] = list(zip([date.fromtimestamp(value) for value in values],
                                  axis.tickStrings(values, 1.0, spacing), strict=True))
    for day, _text in written[0] + written[1]:  # 4 weeks, 3 months
        assert day.weekday() == 0, written
    assert any(day.month == 1 for day, _text in written[2])  # a year holds a January
    for day, text in written[2]:
        assert day.day == 1 and (text == str(day.year) if day.month == 1 else not text[0].isdigit()), written[2]
    years = [int(text) for _day, text in written[3] if text.isdigit()]
    assert years == list(range(years[0], years[-1] + 1)), written[3]  # every year, none skipped
    assert years[0] <= clock.today().year - 9 and years[-1] >= clock.today().year, written[3]
