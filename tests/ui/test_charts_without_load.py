"""The Charts tab of an exercise done without added load (a physiotherapist's client: clamshells,
bridges on the floor, logged at 0 kg): it drew a flat "Top set (kg): 0" with no e1RM and no volume.
It now shows the reps: the most in one set, the hard sets where a set of it can be hard, and the
total; an exercise with any load in the range keeps the load chart."""

from __future__ import annotations

import csv
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from glueplan.app.opening import open_workspace
from glueplan.domain.language import Language
from glueplan.domain.log import LoggedSet, Side
from glueplan.domain.trainee import kilograms
from glueplan.store.database import Store
from glueplan.store.formats.csv_export import CHART_HEADER, SPREADSHEET_DIALECTS, column_name
from glueplan.ui.application import install_translators
from glueplan.ui.shared.live_workspace import LiveWorkspace
from tests.conftest import PROGRAM_START, on_screen

TODAY = PROGRAM_START  # the app's clock in the tests
LAST_WEEK = TODAY - timedelta(days=7)
LONG_AGO = TODAY - timedelta(days=60)  # in the year shown, not in the 4 weeks

# (most reps in a set, hard sets, total reps, their axis' title) as each language writes them
NAMES = {
    Language.EN: ("Most reps in a set", "Hard sets", "Total reps", "Total reps (left + right)", "reps",
                  "reps and hard sets"),
    Language.DA: ("Flest gentagelser i ét sæt", "Hårde sæt", "Gentagelser i alt", "Gentagelser i alt (venstre + højre)",
                  "gentagelser", "gentagelser og hårde sæt"),
    Language.NB: ("Flest repetisjoner i ett sett", "Harde sett", "Repetisjoner totalt",
                  "Repetisjoner totalt (venstre + høyre)", "repetisjoner", "repetisjoner og harde sett"),
}


def charts_of(qtbot: QtBot, store: Store, language: Language, exercise_id: str,
              sets: list[tuple[date, float, int, int | None, Side]]):  # type: ignore[no-untyped-def]
    """The Charts page showing one exercise logged as (day, kg, reps, RIR, side)."""
    from glueplan.ui.charts.page import ChartsPage

    workspace = open_workspace(store, language, kilograms)
    for number, (day, kg, reps, rir, side) in enumerate(sets):
        when = datetime.combine(day, time(17)) + timedelta(minutes=number)
        workspace.repository.log_set(workspace.trainee_id, LoggedSet(exercise_id, when, kg, reps, rir, side=side))
    charts = on_screen(qtbot, ChartsPage(LiveWorkspace(workspace)), 1000, 640)
    charts.subject.setCurrentIndex(charts.subject.findData(exercise_id))
    return charts


@pytest.mark.parametrize("language", list(Language))
def test_a_one_sided_exercise_without_load_charts_its_reps(qtbot: QtBot, store: Store, qapp: QApplication,
                                                           language: Language, tmp_path: Path) -> None:
    """Clamshells (activation: never a hard set) at 0 kg, on each side and one side alone."""
    install_translators(qapp, language)
    most, hard, _total, sides, reps, _both = NAMES[language]
    charts = charts_of(qtbot, store, language, "clamshell", [
        (LAST_WEEK, 0, 20, 3, Side.BOTH), (LAST_WEEK, 0, 18, 2, Side.BOTH), (LAST_WEEK, 0, 15, 1, Side.LEFT),
        (TODAY, 0, 22, 3, Side.BOTH), (TODAY, 0, 16, 0, Side.RIGHT)])
    best, total = charts.series
    assert (best.name, best.days, best.values) == (most, (LAST_WEEK, TODAY), (20, 22))
    assert (total.name, total.values) == (sides, (2 * 20 + 2 * 18 + 15, 2 * 22 + 16))  # each side's reps
    assert charts.plot.getAxis("left").labelText == reps and charts.volume_plot.plotItem.titleLabel.text == sides
    legend = " ".join(entry.text() for entry in charts.legend.findChildren(QLabel))
    assert most in legend and sides in legend and hard not in legend and "kg" not in legend
    assert charts.nearest(0).startswith(f"{most}: 20 (")  # the oldest day
    saved = charts.save_csv(str(tmp_path / "clamshell.csv"))
    assert saved is not None
    with saved.open(encoding="utf-8-sig", newline="") as stream:  # as a spreadsheet in the language opens it
        assert list(csv.reader(stream, SPREADSHEET_DIALECTS[language])) == [
            [column_name(column, language) for column in CHART_HEADER],  # "Dataserie", "Dato", "Værdi"
            [most, LAST_WEEK.isoformat(), "20"], [most, TODAY.isoformat(), "22"],
            [sides, LAST_WEEK.isoformat(), "91"], [sides, TODAY.isoformat(), "60"]]


@pytest.mark.parametrize("language", [Language.EN, Language.DA])
def test_a_bridge_without_load_charts_its_hard_sets_too(qtbot: QtBot, store: Store, qapp: QApplication,
                                                        language: Language) -> None:
    """A glute bridge on the floor can be a hard set (RIR 0-4, or not recorded); RIR 6 is not."""
    install_translators(qapp, language)
    most, hard, total, _sides, _reps, both = NAMES[language]
    charts = charts_of(qtbot, store, language, "glute_bridge", [
        (LAST_WEEK, 0, 15, 2, Side.BOTH), (LAST_WEEK, 0, 14, None, Side.BOTH), (LAST_WEEK, 0, 20, 6, Side.BOTH),
        (TODAY, 0, 18, 1, Side.BOTH)])
    assert [(s.name, s.values) for s in charts.series] == [(most, (20, 18)), (hard, (2, 1)), (total, (49, 18))]
    axis = charts.plot.getAxis("left")
    assert axis.labelText == both
    qtbot.waitUntil(lambda: axis.height() > 0)
    assert axis.label.boundingRect().width() <= axis.height()  # the title whole beside its plot
    assert len(charts.legend.findChildren(QLabel)) == 3


def test_a_bridge_with_load_keeps_the_load_chart(qtbot: QtBot, store: Store) -> None:
    charts = charts_of(qtbot, store, Language.EN, "glute_bridge", [(TODAY, 60, 10, 2, Side.BOTH)] * 3)
    e1rm, top, volume = charts.series
    assert (e1rm.name, top.name, volume.name) == ("Estimated 1RM (kg)", "Top set (kg)", "Volume load (kg × reps)")
    assert top.values == (60,) and volume.values == (1800,) and charts.plot.getAxis("left").labelText == "kg"


def test_a_lunge_catalogued_with_a_dumbbell_done_without_one_charts_its_reps(qtbot: QtBot, store: Store) -> None:
    charts = charts_of(qtbot, store, Language.EN, "reverse_lunge", [
        (TODAY, 0, 12, 2, Side.BOTH), (TODAY, 0, 10, 1, Side.LEFT), (TODAY, 0, 10, 1, Side.RIGHT)])
    assert [(s.name, s.values) for s in charts.series] == [
        ("Most reps in a set", (12,)), ("Hard sets", (2,)), ("Total reps (left + right)", (44,))]


def test_an_exercise_sometimes_loaded_is_charted_by_the_sets_of_the_range(qtbot: QtBot, store: Store) -> None:
    """Frog pumps with a dumbbell two months ago and without one since: the year holds a load, so
    its load chart (the days without at 0 kg); the 4 weeks hold none, so their reps."""
    charts = charts_of(qtbot, store, Language.EN, "frog_pump", [
        (LONG_AGO, 8, 20, None, Side.BOTH), (LAST_WEEK, 0, 25, None, Side.BOTH), (TODAY, 0, 30, None, Side.BOTH)])
    e1rm, top, volume = charts.series
    assert top.values == (8, 0, 0) and e1rm.days == () and volume.values == (160, 0, 0)  # 20 reps: no e1RM
    charts.range.setCurrentIndex(0)
    best, total = charts.series
    assert (best.name, best.values, total.name, total.values) == ("Most reps in a set", (25, 30),
                                                                   "Total reps", (25, 30))


def test_reps_are_counted_whole_up_the_axes(qtbot: QtBot, store: Store) -> None:
    """Bird-dogs of 10, 11 and 12 reps read 10.5 and 11.5 up the side; loads keep their halves."""
    charts = charts_of(qtbot, store, Language.EN, "bird_dog", [
        (LONG_AGO, 0, 10, None, Side.BOTH), (LAST_WEEK, 0, 11, None, Side.BOTH), (TODAY, 0, 12, None, Side.BOTH)])
    qtbot.waitUntil(lambda: 9 < charts.plot.viewRange()[1][0] < 10 < 12 < charts.plot.viewRange()[1][1] < 13)
    for plot in (charts.plot, charts.volume_plot):
        axis = plot.getAxis("left")
        low, high = plot.viewRange()[1]
        values = [value for _spacing, level in axis.tickValues(low, high, plot.height()) for value in level]
        assert values and all(float(value).is_integer() for value in values), values
    charts.subject.setCurrentIndex(charts.subject.findData("back_squat"))
    axis = charts.plot.getAxis("left")
    assert axis.tickValues(100, 102.5, charts.plot.height())[-1][0] < 1  # a load's halves keep their ticks
