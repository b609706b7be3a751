"""Logging through the form, the history table, and the charts' data."""

from __future__ import annotations

import csv
import subprocess
import sys
from datetime import date, datetime, time, timedelta
from pathlib import Path

from msgspec.structs import replace
import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from glueplan.app import clock
from glueplan.domain.catalog import Catalog
from glueplan.domain.dose_words import rest_said
from glueplan.domain.language import Language
from glueplan.domain.log import LoggedSet
from glueplan.domain.plan import Program
from glueplan.domain.templates import builtin_templates
from glueplan.domain.trainee import Trainee, Units, kilograms
from glueplan.app.opening import open_workspace
from glueplan.app.setup_edits import EditProfile
from glueplan.store.database import Store
from glueplan.store.errors import StoreError
from glueplan.ui.shared.live_workspace import LiveWorkspace
from glueplan.ui.shared.logged_text import short_text
from glueplan.ui.shared.settled_button import SettledButton
from glueplan.ui.application import install_translators
from glueplan.ui.log.exercise_block import ExerciseBlock
from glueplan.ui.log.page import LogPage
from glueplan.ui.settings.preferences import Preferences, save_preferences
from tests.conftest import REPO_ROOT, on_screen


def monday_program(catalog: Catalog) -> Program:
    start = clock.today() - timedelta(days=clock.today().weekday())  # this week's Monday
    return replace(builtin_templates()["seed-000"].program(catalog, Language.EN, weeks=2), start=start)


def log_page(qtbot: QtBot, store: Store, language: Language, trainee: Trainee | None = None) -> LogPage:
    """The Log page of a new database's workspace (with the trainee's profile, if given)."""
    workspace = open_workspace(store, language, kilograms)
    if trainee is not None:
        workspace.execute(EditProfile(workspace.trainee, trainee, "profile"))
    return on_screen(qtbot, LogPage(LiveWorkspace(workspace)), 900, 700)


@pytest.fixture
def page(qtbot: QtBot, store: Store, catalog: Catalog) -> LogPage:
    log = log_page(qtbot, store, Language.DA)
    workspace = log.live.workspace
    log.live.open_program(workspace.repository.add_program(workspace.trainee_id, monday_program(catalog)))
    monday = clock.today() - timedelta(days=clock.today().weekday())
    log.date.setDate(QDate(monday.year, monday.month, monday.day))
    return log


def stored_sets(page: LogPage) -> list[LoggedSet]:
    return page.live.workspace.repository.logged_sets(page.live.workspace.trainee_id)


def delete_button(block: ExerciseBlock, row: int) -> SettledButton:
    """The Delete beside the block's set on ``row`` (clicked once ``settled``: at once, a click is taken for one
    meant for what was under the pointer before it)."""
    button = block.sets_grid.itemAtPosition(row, 1).widget()
    assert isinstance(button, SettledButton)
    return button


def test_the_days_plan_opens_as_a_form(page: LogPage) -> None:
    assert [b.exercise.id for b in page.blocks] == ["back_squat", "single_leg_hip_thrust", "cable_kickback"]
    assert "2 × 8–10" in page.blocks[0].target.text()


def test_a_set_is_in_the_database_right_after_entry_with_a_comma_decimal(page: LogPage) -> None:
    block = page.blocks[0]
    block.weight.setText("62,5")
    block.reps.setText("8")
    block.rir.setText("2")
    block.log_button.click()
    (saved,) = stored_sets(page)
    assert (saved.exercise_id, saved.weight_kg, saved.reps, saved.rir) == ("back_squat", 62.5, 8, 2)
    assert saved.planned_exercise_id == page.live.program.weeks[0].sessions[0].items[0].id  # type: ignore[union-attr]
    assert page.rest.isVisibleTo(page) and page.rest.remaining == 180
    block.weight.setText("62.5")
    block.reps.setText("7")
    block.log_button.click()
    assert [s.weight_kg for s in stored_sets(page)] == [62.5, 62.5]


@pytest.mark.parametrize(("weight", "reps", "rir", "reason"), [
    ("-5", "8", "2", "negativ"), ("60", "0", "2", "0 gentagelser"), ("60", "101", "", "101 gentagelser"),
    ("60", "8", "11", "fra 0 til 10"), ("tung", "8", "2", "ikke et tal"),
])
def test_impossible_values_are_refused_with_a_reason(page: LogPage, weight: str, reps: str, rir: str,
                                                     reason: str) -> None:
    block = page.blocks[0]
    block.weight.setText(weight)
    block.reps.setText(reps)
    block.rir.setText(rir)
    block.log_button.click()
    assert reason in block.problem.text()
    assert stored_sets(page) == []


def test_pounds_are_entered_and_shown_as_pounds(qtbot: QtBot, store: Store) -> None:
    log = log_page(qtbot, store, Language.EN, Trainee("Joe", units=Units.LB))
    log.extra.setCurrentIndex(log.extra.findData("barbell_hip_thrust"))
    log.add_unplanned()
    block = log.blocks[0]
    block.weight.setText("225")
    block.reps.setText("10")
    block.log_button.click()
    assert stored_sets(log)[0].weight_kg == pytest.approx(102.058, abs=0.01)
    assert "225 lb" in block.sets_grid.itemAt(0).widget().text()


def test_logging_and_deleting_are_undoable(page: LogPage) -> None:
    block = page.blocks[1]
    block.weight.setText("40")
    block.reps.setText("12")
    block.log_button.click()
    (set_id, logged), = page.live.workspace.sets_on(page.day())
    page.delete(set_id, logged)
    assert page.live.workspace.sets_on(page.day()) == []
    page.undo_stack.undo()
    assert [i for i, _ in page.live.workspace.sets_on(page.day())] == [set_id]
    page.undo_stack.undo()
    assert page.live.workspace.sets_on(page.day()) == []
    page.undo_stack.redo()
    assert [i for i, _ in page.live.workspace.sets_on(page.day())] == [set_id]


def test_the_suggestion_raises_the_load_after_a_session_at_the_top(page: LogPage) -> None:
    last_week = datetime.combine(page.day() - timedelta(days=7), datetime.min.time()) + timedelta(hours=18)
    for _ in range(2):
        page.live.workspace.repository.log_set(page.live.workspace.trainee_id,
                                               LoggedSet("back_squat", last_week, 100, 10, 2))
    page.rebuild()
    block = page.blocks[0]
    assert "105 kg" in block.target.text() and block.weight.text() == "105"


def test_rest_timer_counts_down_and_can_be_skipped(page: LogPage, qtbot: QtBot) -> None:
    page.rest.start(2)
    assert page.rest.remaining == 2
    qtbot.waitUntil(lambda: page.rest.remaining == 1, timeout=3000)
    page.rest.skip.click()
    assert not page.rest.isVisibleTo(page) and page.rest.remaining == 0


def test_an_exercise_added_by_hand_rests_as_its_target_says(page: LogPage) -> None:
    """An English walk: an added exercise's block said "rest 2:30" (the catalogue's) and the timer counted 1:30
    (the preferences' rest without a plan). Both now say the preferences' rest, which the user chose for it."""
    save_preferences(Preferences(default_rest_s=75))
    page.extra.setCurrentIndex(page.extra.findData("barbell_hip_thrust"))
    page.add_unplanned()
    block = page.blocks[-1]
    assert block.planned is None and rest_said(75, page.language) in block.target.text(), block.target.text()
    block.weight.setText("80")
    block.reps.setText("10")
    block.log_entered()
    assert page.rest.remaining == 75


def test_planned_on_finds_the_week_and_day(catalog: Catalog) -> None:
    program = monday_program(catalog)
    assert program.start is not None
    assert [i.exercise_id for i in program.planned_on(program.start + timedelta(days=2))][0] == "romanian_deadlift"
    assert program.planned_on(program.start + timedelta(days=1)) == []
    assert program.planned_on(program.start + timedelta(weeks=3)) == []





def test_a_refused_write_keeps_the_entry_and_says_why(page: LogPage, monkeypatch: pytest.MonkeyPatch) -> None:
    def full_disk(*_args: object, **_kwargs: object) -> tuple[int, LoggedSet]:
        raise StoreError("store.write_failed", reason="disk I/O error")

    monkeypatch.setattr(page.live.workspace.repository, "log_set_as_stored", full_disk)
    block = page.blocks[0]
    block.weight.setText("60")
    block.reps.setText("8")
    block.log_button.click()
    assert "disk I/O error" in block.problem.text() and "ikke gemmes" in block.problem.text()
    assert page.problem.text() == ""  # said once, beside the entry
    assert (block.weight.text(), block.reps.text()) == ("60", "8")  # typed again by nobody
    assert page.undo_stack.count() == 0 and not page.rest.isVisibleTo(page)


def test_an_exercise_planned_twice_in_a_day_keeps_its_sets_apart(qtbot: QtBot, store: Store,
                                                                 catalog: Catalog) -> None:
    program = monday_program(catalog)
    monday = program.weeks[0].sessions[0]
    evening = replace(monday, time=time(18), items=monday.items[:1])
    program = replace(program, weeks=(replace(program.weeks[0], sessions=(*program.weeks[0].sessions, evening)),
                                      *program.weeks[1:]))
    log = log_page(qtbot, store, Language.EN)
    workspace = log.live.workspace
    log.live.open_program(workspace.repository.add_program(workspace.trainee_id, program))
    log.date.setDate(QDate(program.start.year, program.start.month, program.start.day))  # type: ignore[union-attr]
    morning_squat, *_, evening_squat = log.blocks
    assert morning_squat.exercise.id == evening_squat.exercise.id == "back_squat"
    evening_squat.weight.setText("60")
    evening_squat.reps.setText("8")
    evening_squat.log_button.click()
    assert evening_squat.sets_grid.count() == 2 and morning_squat.sets_grid.count() == 0
    log.extra.setCurrentIndex(log.extra.findData("back_squat"))
    log.add_unplanned()  # an extra, unplanned squat block
    extra = log.blocks[-1]
    assert extra.planned is None and extra.sets_grid.count() == 0
    log.date.setDate(log.date.date().addDays(1))
    assert all(block.planned is not None for block in log.blocks)  # the hand-added block stayed on its day


def test_the_window_opens_without_pyqtgraph(tmp_path: Path) -> None:
    """The window's first paint comes before pyqtgraph and SQLAlchemy are imported (0.4 and
    0.3 s): the modules `glueplan` loads on its way to the window (run_gui's) leave them out.
    So does it before the rules engine (20 ms, a tenth of the first paint), which the Log page's
    text of a set brought in through the printed sheet's LoadKind."""
    code = ("import sys, os; os.environ['QT_QPA_PLATFORM']='offscreen';"
            "import glueplan.cli.entry; from glueplan.ui.application import create_application;"
            "app=create_application(sys.argv[:1]);"
            "from glueplan.domain.catalog import builtin_catalog; from glueplan.domain.language import Language;"
            "from glueplan.ui.window_host import WindowHost; host=WindowHost(app, builtin_catalog(), Language.EN);"
            "host.window.show(); app.processEvents();"
            "print('pyqtgraph' in sys.modules, 'sqlalchemy' in sys.modules, 'glueplan.domain.rules' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO_ROOT,
                            timeout=60)
    assert result.stdout.strip().splitlines()[-1] == "False False False"


def test_charts_open_on_the_exercise_last_logged(qtbot: QtBot, page: LogPage) -> None:
    """Seen in Danish: Grafer opened on the back squat, an empty chart, for someone who had
    logged only glute bridges."""
    from glueplan.ui.charts.page import ChartsPage

    when = datetime.combine(page.day(), datetime.min.time()) + timedelta(hours=18)
    page.live.workspace.repository.log_set(page.live.workspace.trainee_id, LoggedSet("glute_bridge", when, 60, 10, 2))
    charts = ChartsPage(page.live)
    qtbot.addWidget(charts)
    assert charts.subject.currentData() == "glute_bridge" and len(charts.series[0].days) == 1


def test_charts_show_the_logged_series_and_export_them(qtbot: QtBot, page: LogPage, tmp_path: Path) -> None:
    from glueplan.ui.charts.page import ChartsPage

    monday = page.day()
    for week in range(6):
        when = datetime.combine(monday - timedelta(weeks=week), datetime.min.time()) + timedelta(hours=18)
        for _ in range(3):
            page.live.workspace.repository.log_set(page.live.workspace.trainee_id,
                                                   LoggedSet("back_squat", when, 100 - week, 8, 2))
    charts = ChartsPage(page.live)
    qtbot.addWidget(charts)
    e1rm, top, volume = charts.series
    assert len(e1rm.days) == 6 and e1rm.values[-1] == pytest.approx(100 * (1 + 10 / 30))
    assert top.values[0] == 95 and volume.values[-1] == pytest.approx(3 * 100 * 8)
    assert charts.nearest(0).startswith("Estimated 1RM (kg): 126,7")  # the oldest point (95 kg), the app's decimals
    e1rm_file, oldest = charts.save_csv(str(tmp_path / "e1rm.csv")), e1rm.days[0].isoformat()
    assert e1rm_file is not None
    with e1rm_file.open(encoding="utf-8-sig", newline="") as stream:  # as a Danish spreadsheet opens it
        assert list(csv.reader(stream, delimiter=";"))[1] == ["Estimated 1RM (kg)", oldest, "126,67"]
    charts.mode.setCurrentIndex(1)
    charts.subject.setCurrentIndex(charts.subject.findData("gluteus_maximus"))
    logged, planned = charts.series
    assert logged.values == (3.0,) * 6 and planned.values[0] == 17.0
    charts.mode.setCurrentIndex(2)
    planned_sessions, done, partly, trained = charts.series
    assert planned_sessions.values == (3.0,) and trained.values == (1.0,) * 6 and charts.planned_after == 1
    assert (done.values, partly.values) == ((0.0,), (1.0,))  # this Monday's squats alone: its session partly done
    charts.range.setCurrentIndex(charts.range.findData(None))  # All: next week's plan too
    planned_sessions, done, partly, trained = charts.series
    assert planned_sessions.values == (3.0, 3.0) and trained.values == (1.0,) * 6
    png = charts.save_png(str(tmp_path / "chart.png"))
    data = charts.save_csv(str(tmp_path / "chart.csv"))
    assert png is not None and png.stat().st_size > 1000
    assert data is not None
    with data.open(encoding="utf-8-sig", newline="") as stream:  # Danish: as a Danish spreadsheet opens it
        rows = list(csv.reader(stream, delimiter=";"))
    assert rows[0] == ["Dataserie", "Dato", "Værdi"]  # the log's "Dato" (failed before)
    assert len(rows) == 1 + 2 + 1 + 1 + 6  # planned, done, partly done, training days


def test_charts_speak_pounds_and_read_weekly_bars_at_their_centre(qtbot: QtBot, store: Store,
                                                                    catalog: Catalog, tmp_path: Path) -> None:
    from glueplan.ui.charts.page import ChartsPage, stamp

    live = log_page(qtbot, store, Language.EN, Trainee("Joe", units=Units.LB)).live
    repository, trainee_id = live.workspace.repository, live.workspace.trainee_id
    monday = clock.today() - timedelta(days=clock.today().weekday())
    for week in range(3):
        when = datetime.combine(monday - timedelta(weeks=week), time(18))
        repository.log_set(trainee_id, LoggedSet("back_squat", when, 100.0, 8, 2))
    old = replace(monday_program(catalog), start=monday - timedelta(weeks=30))  # planned long ago
    live.open_program(repository.add_program(trainee_id, old))
    charts = ChartsPage(live)
    qtbot.addWidget(charts)
    e1rm, top, volume = charts.series
    assert e1rm.name == "Estimated 1RM (lb)" and top.values[-1] == pytest.approx(220.46, abs=0.01)
    assert volume.name == "Volume load (lb × reps)"
    charts.range.setCurrentIndex(0)  # 4 weeks
    assert charts.since() is not None and charts.since().weekday() == 0  # type: ignore[union-attr]
    charts.mode.setCurrentIndex(2)
    planned, done, partly, trained = charts.series
    assert planned.days == done.days == partly.days == () and len(trained.days) == 3  # the old plan's weeks are out
    centre = stamp(trained.days[-1]) + 3.5 * 86400
    assert charts.nearest(centre + 2 * 86400).endswith(f"({short_text(trained.days[-1], Language.EN)})")
    charts.mode.setCurrentIndex(0)
    charts.resize(800, 600)
    png = charts.save_png(str(tmp_path / "both.png"))
    assert png is not None
    from PySide6.QtGui import QImage

    assert QImage(str(png)).height() > charts.plot.height() + charts.volume_plot.height() - 5  # both plots


def test_an_empty_chart_shows_the_range_dates_not_1970(qtbot: QtBot, store: Store) -> None:
    from glueplan.ui.charts.page import ChartsPage, stamp

    charts = ChartsPage(log_page(qtbot, store, Language.EN).live)
    qtbot.addWidget(charts)
    start, end = charts.plot.viewRange()[0]
    since = charts.since()
    assert since is not None and start <= stamp(since) < stamp(clock.today()) <= end < stamp(clock.today()) + 30 * 86400
    assert not charts.plot.getAxis("left").style["showValues"]  # no made-up 0.1 … 0.9 scale
    assert charts.hover.text() == "No sets logged yet."


@pytest.mark.parametrize(("language", "may", "weekday"), [(Language.DA, "maj", "tirs. 5."),
                                                          (Language.NB, "mai", "tir. 5."),
                                                          (Language.EN, "May", "Tue 5")])
def test_chart_dates_speak_the_apps_language(qtbot: QtBot, language: Language, may: str, weekday: str) -> None:
    import pyqtgraph as pg

    from glueplan.ui.charts.page import DateAxis, stamp

    axis = DateAxis(language)
    plot = pg.PlotWidget(axisItems={"bottom": axis})
    qtbot.addWidget(plot)
    plot.resize(1000, 300)
    plot.grab()  # the axis measures its labels when first painted

    def labels(start: date, end: date) -> list[str]:
        return [text for spacing, values in axis.tickValues(stamp(start), stamp(end), 1000)
                for text in axis.tickStrings(values, 1.0, spacing)]

    assert may in labels(date(2026, 1, 1), date(2026, 12, 31))
    assert weekday in labels(date(2026, 5, 4), date(2026, 5, 6))  # day ticks: weekday and date



def test_a_refused_write_keeps_redo_and_a_failed_undo_can_be_repeated(page: LogPage,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    block = page.blocks[0]
    for reps in ("8", "7"):
        block.weight.setText("60")
        block.reps.setText(reps)
        block.log_button.click()
    (first, first_set), (second, _) = page.live.workspace.sets_on(page.day())
    page.undo_stack.undo()  # the second set goes; Redo could bring it back
    real_log_set = page.live.workspace.repository.log_set_as_stored  # (log_set too writes through it)

    def locked(*_args: object, **_kwargs: object) -> tuple[int, LoggedSet]:
        raise StoreError("store.write_failed", reason="database is locked")

    monkeypatch.setattr(page.live.workspace.repository, "log_set_as_stored", locked)
    block.reps.setText("6")
    block.log_button.click()
    assert page.undo_stack.canRedo()  # the refused set did not wipe Redo
    monkeypatch.setattr(page.live.workspace.repository, "log_set_as_stored", real_log_set)
    page.delete(first, first_set)
    monkeypatch.setattr(page.live.workspace.repository, "log_set_as_stored", locked)
    said: list[str] = []
    page.live.failed.connect(lambda _history, reason: said.append(reason))  # the window's status bar says it
    page.undo_stack.undo()  # bringing the deleted set back fails once …
    assert len(said) == 1 and "locked" in said[0]
    assert [i for i, _ in page.live.workspace.sets_on(page.day())] == []
    monkeypatch.setattr(page.live.workspace.repository, "log_set_as_stored", real_log_set)
    page.undo_stack.redo()  # … the step is still there: redo (already done) and undo again
    page.undo_stack.undo()
    assert [i for i, _ in page.live.workspace.sets_on(page.day())] == [first]
    assert page.undo_stack.count() == 2  # logging the first set, deleting it (the delete ended Redo)
    page.undo_stack.undo()
    assert page.live.workspace.sets_on(page.day()) == []


def test_the_volume_plot_scales_again_after_an_empty_chart(qtbot: QtBot, page: LogPage) -> None:
    from glueplan.ui.charts.page import ChartsPage

    charts = ChartsPage(page.live)
    qtbot.addWidget(charts)
    assert charts.series[0].days == ()  # nothing logged yet: the empty chart
    for _ in range(3):
        page.live.workspace.repository.log_set(page.live.workspace.trainee_id,
                                               LoggedSet("back_squat", datetime.combine(page.day(), time(18)),
                                                         100, 8, 2))
    charts.redraw()
    charts.show()  # a plot fits its range when it is laid out
    qtbot.waitUntil(lambda: charts.volume_plot.viewRange()[1][1] >= 2400, timeout=2000)  # 3 × 100 × 8, not 0-1


def test_a_day_with_nothing_planned_names_the_next_training_day(page: LogPage) -> None:
    """A program that starts on Monday, opened on the Tuesday: the form says when to come back."""
    install_translators(QApplication.instance(), Language.DA)  # the page is Danish
    try:
        monday = clock.today() - timedelta(days=clock.today().weekday())
        tuesday = monday + timedelta(days=1)
        page.date.setDate(QDate(tuesday.year, tuesday.month, tuesday.day))
        assert not page.blocks and page.empty.isVisibleTo(page)
        wednesday = monday + timedelta(days=2)  # seed-000 trains Monday, Wednesday and Friday
        month = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
                 "november", "december"][wednesday.month - 1]
        assert f"næste træning er onsdag {wednesday.day}. {month}. Tilføj" in page.empty.text()
        last_day = monday + timedelta(days=13)
        page.date.setDate(QDate(last_day.year, last_day.month, last_day.day))
        assert page.empty.text().startswith("Intet er planlagt denne dag. Tilføj")  # no more training days
    finally:
        install_translators(QApplication.instance(), Language.EN)


def test_undoing_the_set_that_started_the_rest_ends_the_rest(page: LogPage) -> None:
    """A set logged by mistake and undone at once: the rest it started is not one to take."""
    block = page.blocks[0]
    block.weight.setText("60")
    block.reps.setText("8")
    block.log_button.click()
    assert page.rest.isVisibleTo(page)
    page.undo_stack.undo()
    assert stored_sets(page) == [] and not page.rest.isVisibleTo(page)
