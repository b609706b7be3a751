"""The Charts tab as an English lifter met it with a loaded high-rep exercise, a frog pump at 25 lb × 20
every session: no e1RM line and nothing said why (it is estimated only from sets of 12 reps or fewer,
domain.progress.MAX_TRUSTED_REPS), and after a squat's chart a load axis from -100 to 150 lb. Every
chart's values now start at zero or a little under the lowest, and the legend says why the e1RM is missing."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from msgspec.structs import replace
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from glueplan.app import clock
from glueplan.app.opening import open_workspace
from glueplan.app.setup_edits import EditProfile
from glueplan.domain.catalog import Catalog
from glueplan.domain.language import Language
from glueplan.domain.log import KG_PER_LB, LoggedSet
from glueplan.domain.plan import Program, monday_of
from glueplan.domain.templates import builtin_templates
from glueplan.domain.trainee import Trainee, Units, kilograms
from glueplan.store.database import Store
from glueplan.ui.application import install_translators
from glueplan.ui.shared.live_workspace import LiveWorkspace
from tests.conftest import on_screen
from tests.ui.test_chart_axes import drawn_labels

LB = KG_PER_LB
# (exercise, days ago, kg, reps) of each set
Sets = list[tuple[str, int, float, int]]


def charts_of(qtbot: QtBot, store: Store, language: Language, sets: Sets,  # type: ignore[no-untyped-def]
              program: Program | None = None):
    """The Charts page of a trainee who lifts in pounds, with these sets logged (three minutes apart) and
    the program open."""
    from glueplan.ui.charts.page import ChartsPage

    workspace = open_workspace(store, language, kilograms)
    workspace.execute(EditProfile(workspace.trainee, Trainee("Joe", units=Units.LB), "profile"))
    for number, (exercise, days_ago, kg, reps) in enumerate(sets):
        when = datetime.combine(clock.today() - timedelta(days=days_ago), time(17)) + timedelta(minutes=3 * number)
        workspace.repository.log_set(workspace.trainee_id, LoggedSet(exercise, when, kg, reps, 2))
    live = LiveWorkspace(workspace)
    if program is not None:
        live.open_program(workspace.repository.add_program(workspace.trainee_id, program))
    return on_screen(qtbot, ChartsPage(live), 1000, 640)


def every_session(exercise: str, kg: float, reps: int, days: int = 60) -> Sets:
    return [(exercise, days_ago, kg, reps) for days_ago in range(0, days, 3) for _set in range(3)]


def empty_weeks(catalog: Catalog) -> Program:
    """Four weeks planned from this week's Monday with no session in any: sessions planned, all zero."""
    program = builtin_templates()["seed-000"].program(catalog, Language.EN, weeks=4)
    return replace(program, start=monday_of(clock.today()), weeks=tuple(replace(week, sessions=()) for week in
                                                                       program.weeks))


# What each chart was seen with: one point, a flat line, a single day, all zeros (an exercise without load
# at 0, a plan of empty weeks), reps only. A back squat at 100 kg a year and a half ago is first shown in
# "All", so that the scale of the chart before is a loaded one's (pyqtgraph kept it around a flat line).
CASES = {
    "a flat line: frog pump 25 lb x 20 every session": (every_session("frog_pump", 25 * LB, 20), None),
    "one set": ([("frog_pump", 0, 25 * LB, 20)], None),
    "a single day of a squat": ([("back_squat", 0, 100, 8)] * 3, None),
    "reps without load": ([("clamshell", 0, 0, 20), ("clamshell", 3, 0, 20)], None),
    "a plan of empty weeks": ([("barbell_hip_thrust", 400, 60, 10)], "empty weeks"),
}


@pytest.mark.parametrize("case", CASES)
def test_no_chart_goes_below_zero_nor_far_past_its_values(qtbot: QtBot, store: Store, catalog: Catalog,
                                                          case: str) -> None:
    """The frog pump's load axis ran from -100 to 150 lb, its volume's from -142, a muscle's hard sets and
    the sessions from a little under 0. In every mode and range each plot's values axis starts at 0 or
    above, holds every value drawn, and goes no further above the highest than a quarter of it."""
    import pyqtgraph as pg

    sets, plan = CASES[case]
    charts = charts_of(qtbot, store, Language.EN, [*sets, ("back_squat", 540, 140, 5)],
                       empty_weeks(catalog) if plan else None)
    charts.range.setCurrentIndex(charts.range.count() - 1)
    charts.subject.setCurrentIndex(charts.subject.findData("back_squat"))
    charts.grab()
    assert charts.plot.viewRange()[1][1] > 100  # a squat's scale, kept by pyqtgraph for the flat line after it
    charts.subject.setCurrentIndex(charts.subject.findData(sets[0][0]))
    for mode in (0, 1, 2, 0):
        charts.mode.setCurrentIndex(mode)
        if mode == 1:
            charts.subject.setCurrentIndex(charts.subject.findData("gluteus_maximus"))
        for index in range(charts.range.count()):
            charts.range.setCurrentIndex(index)
            charts.grab()  # pyqtgraph sets a range it chose itself when painting
            for plot in (charts.plot, charts.volume_plot):
                if not plot.isVisible():
                    continue
                vb = plot.plotItem.vb
                low, high = vb.viewRange()[1]
                drawn = [item for item in vb.addedItems  # lines, bars and a muscle's band
                         if isinstance(item, pg.PlotDataItem | pg.BarGraphItem | pg.LinearRegionItem)]
                bounds = [item.dataBounds(1) for item in drawn if item.dataBounds(1)[0] is not None]
                top = max([1.0, *(b[1] for b in bounds)])
                where = (case, charts.mode.currentText(), charts.subject.currentText(), charts.range.currentText())
                assert low >= 0, (where, low, high)
                if not any(series.days for series in charts.series) and not charts.bands:  # nothing drawn: 0 to 1
                    assert high <= 1.25, (where, low, high)
                    continue
                assert all(low <= b[0] and b[1] <= high for b in bounds), (where, low, high, bounds)
                assert high <= 1.25 * top, (where, low, high, bounds)


def legend_texts(charts) -> list[str]:  # type: ignore[no-untyped-def]
    """Each entry as read: a greyed one is plain text, the others rich (a coloured square)."""
    return [entry.text() if entry.textFormat() is Qt.TextFormat.PlainText
            else QTextDocumentFragment.fromHtml(entry.text()).toPlainText()
            for entry in charts.legend.findChildren(QLabel)]


WHY = {Language.EN: "Estimated 1RM (lb) – only from sets of 12 reps or fewer",
       Language.DA: "Estimeret 1RM (lb) – kun ud fra sæt på højst 12 gentagelser",
       Language.NB: "Estimert 1RM (lb) – bare ut fra sett på høyst 12 repetisjoner"}


@pytest.mark.parametrize("language", list(Language))
def test_the_legend_says_why_a_frog_pump_of_20_reps_has_no_e1rm(qtbot: QtBot, store: Store, qapp: QApplication,
                                                                language: Language) -> None:
    """Where the e1RM's line would be, greyed: why there is none. The saved picture has it too."""
    install_translators(qapp, language)
    charts = charts_of(qtbot, store, language, every_session("frog_pump", 25 * LB, 20))
    charts.subject.setCurrentIndex(charts.subject.findData("frog_pump"))
    e1rm, top, _volume = charts.series
    assert e1rm.days == () and len(top.days) == 20
    assert legend_texts(charts)[0] == f"■\u00a0{WHY[language]}"
    note = charts.legend.findChildren(QLabel)[0]
    qtbot.waitUntil(note.isVisible)
    assert note.geometry().bottom() <= charts.plot.geometry().top()  # above the plot, as the names are
    charts.grab()
    for plot in (charts.plot, charts.volume_plot):  # from 0, and the 0 written (pyqtgraph left it out at the foot)
        assert plot.viewRange()[1][0] == 0
        assert "0" in [text for _x, text in drawn_labels(plot.getAxis("left"))[0]]


# (exercise, range) -> whether the legend says why there is no e1RM: the frog pump's set of 12 was 60 days
# ago, in the year but not in the 4 weeks; a clamshell has no load; the hip thrust was never done.
NOTE_SHOWN = {("frog_pump", "4 weeks"): True, ("frog_pump", "1 year"): False, ("clamshell", "1 year"): False,
              ("back_squat", "1 year"): False, ("barbell_hip_thrust", "1 year"): False}


def test_the_note_shows_exactly_when_the_loaded_sets_have_none_of_12_reps_or_fewer(qtbot: QtBot,
                                                                                   store: Store) -> None:
    charts = charts_of(qtbot, store, Language.EN, [
        ("frog_pump", 60, 25 * LB, 12), *every_session("frog_pump", 25 * LB, 20, days=21),
        ("clamshell", 2, 0, 20), ("back_squat", 2, 100, 8), ("back_squat", 2, 100, 15)])
    for (exercise, period), shown in NOTE_SHOWN.items():
        charts.mode.setCurrentIndex(0)
        charts.subject.setCurrentIndex(charts.subject.findData(exercise))
        charts.range.setCurrentIndex(charts.range.findText(period))
        assert any(WHY[Language.EN] in text for text in legend_texts(charts)) is shown, (exercise, period)
        for mode in (1, 2):  # a muscle's, the sessions': no e1RM to miss
            charts.mode.setCurrentIndex(mode)
            assert not any("12 reps" in text for text in legend_texts(charts)), (exercise, period, mode)
