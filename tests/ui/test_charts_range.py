"""The Charts tab's range and mode for a new user (the walk's finding 10): a week's log opened on "1 year", two
points squeezed against the right edge; the mode and range chosen were forgotten at the next start; and "4 weeks"
of a muscle spanned ten, the plan's weeks ahead stretching it."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from msgspec.structs import replace
from pytestqt.qtbot import QtBot

from glueplan.app import clock
from glueplan.app.changes import ChangeSet
from glueplan.app.opening import open_workspace
from glueplan.domain.catalog import Catalog
from glueplan.domain.language import Language
from glueplan.domain.log import LoggedSet
from glueplan.domain.plan import monday_of
from glueplan.domain.templates import builtin_templates
from glueplan.domain.trainee import Trainee, kilograms
from glueplan.store.repository import Repository
from glueplan.ui.charts.page import ChartsPage, day_of
from glueplan.ui.shared.live_workspace import LiveWorkspace
from tests.conftest import PROGRAM_START

TODAY = datetime.combine(PROGRAM_START, time(17))  # today, the app's clock in the tests, at 17:00


def charts(qtbot: QtBot, repository: Repository, trainee: str | None = None) -> ChartsPage:
    """The page as a new window builds it (on the trainee named, else the first)."""
    page = ChartsPage(LiveWorkspace(open_workspace(repository.store, Language.EN, kilograms, trainee)))
    qtbot.addWidget(page)
    return page


def log_back(repository: Repository, trainee_id: int, *days_ago: int) -> None:
    for days in days_ago:
        repository.log_set(trainee_id, LoggedSet("barbell_hip_thrust", TODAY - timedelta(days=days), 60, 10, 2))


def test_a_range_never_chosen_is_the_shortest_that_holds_the_log_a_year_at_most(qtbot: QtBot,
                                                                                repository: Repository) -> None:
    sam = repository.add_trainee(Trainee("Sam"))
    log_back(repository, sam, 5, 1)  # his first week
    page = charts(qtbot, repository)
    assert page.range.currentText() == "4 weeks"
    log_back(repository, sam, 40)  # a set logged six weeks ago (in another window, say): the log is longer now
    page.follow(ChangeSet(whole_log=True))
    assert page.range.currentText() == "3 months"
    log_back(repository, sam, 800)
    page.follow(ChangeSet(whole_log=True))
    assert page.range.currentText() == "1 year"  # over two years: its last one, as before


def test_each_trainees_mode_subject_and_range_are_kept_for_the_next_start(qtbot: QtBot,
                                                                         repository: Repository) -> None:
    sam = repository.add_trainee(Trainee("Sam"))
    log_back(repository, sam, 3)
    log_back(repository, repository.add_trainee(Trainee("Ane")), 3, 200)
    page = charts(qtbot, repository, "Sam")
    page.mode.setCurrentIndex(1)  # A muscle
    page.subject.setCurrentIndex(page.subject.findData("gluteus_medius"))
    page.range.setCurrentIndex(page.range.findData(91))
    page.deleteLater()
    again = charts(qtbot, repository)  # the next start
    assert (again.mode.currentText(), again.subject.currentData(), again.range.currentText()) == \
        ("A muscle", "gluteus_medius", "3 months")
    assert again.series[0].name == "Hard sets logged"
    ane = charts(qtbot, repository, "Ane")  # her own: nothing chosen, an exercise over the year her log needs
    assert (ane.mode.currentText(), ane.subject.currentData(), ane.range.currentText()) == \
        ("An exercise", "barbell_hip_thrust", "1 year")


def test_a_range_ends_with_this_week_and_the_plans_weeks_after_it_are_named(qtbot: QtBot, repository: Repository,
                                                                           catalog: Catalog) -> None:
    sam = repository.add_trainee(Trainee("Sam"))
    monday = monday_of(clock.today())
    program = replace(builtin_templates()["seed-000"].program(catalog, Language.EN, weeks=8),
                      start=monday - timedelta(weeks=1))
    repository.add_program(sam, program, activate=True)
    log_back(repository, sam, 7, 3)
    page = charts(qtbot, repository)
    page.mode.setCurrentIndex(1)
    page.subject.setCurrentIndex(page.subject.findData("gluteus_maximus"))
    page.range.setCurrentIndex(page.range.findData(28))  # 4 weeks
    planned = page.series[1]
    assert planned.days == (monday - timedelta(weeks=1), monday)  # last week's and this week's
    last_shown = day_of(page.plot.viewRange()[0][1])
    assert last_shown <= monday + timedelta(days=13)  # this week and a margin; it ran to the plan's end, 6 weeks on
    assert page.hover.text().endswith("The plan's 6 weeks after this one show under All.")
    page.range.setCurrentIndex(page.range.findData(None))
    assert len(page.series[1].days) == 8 and "under All" not in page.hover.text()
