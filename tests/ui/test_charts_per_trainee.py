"""The Charts tab in the whole window, with two clients (a Danish coach's walk): the exercise picker
was cut to about 12 characters at every width, mid-letter, while half its bar was empty; and the chart
stayed on the exercise chosen for one client when another was shown, empty for a client who never did it."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from glueplan.domain.language import Language
from glueplan.domain.log import LoggedSet, Side
from glueplan.domain.trainee import Trainee
from glueplan.store.repository import Repository
from glueplan.ui.application import install_translators
from glueplan.ui.charts.page import ChartsPage
from glueplan.ui.main_window import MainWindow
from glueplan.ui.shared.plain_text import plain_tooltip
from tests.conftest import PROGRAM_START
from tests.ui.test_main_window import make_window

NOW = datetime.combine(PROGRAM_START, time(17))  # today, the app's clock in the tests, at 17:00
RDL = "single_leg_romanian_deadlift"  # "Etbens rumænsk dødløft"


def clinic(qtbot: QtBot, repository: Repository, language: Language = Language.EN) -> tuple[MainWindow, int, int]:
    """The window on Mads's Charts tab; Mads logged single-leg RDLs and side-lying abductions, Anne back squats
    (the newest a day ago) and hip thrusts (the newest two days ago), and both of them frog pumps long ago."""
    mads = repository.add_trainee(Trainee("Mads"))
    anne = repository.add_trainee(Trainee("Anne"))
    for week in range(4):
        day = NOW - timedelta(weeks=week)
        repository.log_set(mads, LoggedSet(RDL, day, 16 + week, 10, 2, side=Side.LEFT))
        repository.log_set(mads, LoggedSet("side_lying_hip_abduction", day, 0, 15, 2, side=Side.LEFT))
        repository.log_set(anne, LoggedSet("back_squat", day - timedelta(days=1), 60 + week, 8, 2))
        repository.log_set(anne, LoggedSet("barbell_hip_thrust", day - timedelta(days=2), 80 + week, 10, 2))
    for trainee in (mads, anne):
        repository.log_set(trainee, LoggedSet("frog_pump", NOW - timedelta(weeks=10), 0, 20, 2))
    window = make_window(qtbot, repository, language)
    show(qtbot, window, mads)
    window.tabs.setCurrentWidget(window.charts_tab)
    return window, mads, anne


def show(qtbot: QtBot, window: MainWindow, trainee_id: int) -> None:
    """Choose the trainee in the switcher, as the user does."""
    switcher = window.trainee_bar.switcher
    window.trainee_bar.fill()
    switcher.setCurrentIndex(switcher.findData(trainee_id))
    switcher.activated.emit(switcher.currentIndex())
    qtbot.waitUntil(lambda: window.live.workspace.trainee_id == trainee_id)


def charts_of(window: MainWindow) -> ChartsPage:
    page = window.charts_tab.page
    assert isinstance(page, ChartsPage)
    return page


def choose(page: ChartsPage, exercise_id: str) -> None:
    page.subject.setCurrentIndex(page.subject.findData(exercise_id))


def test_another_client_is_shown_an_exercise_they_logged_and_each_keeps_their_choice(
        qtbot: QtBot, repository: Repository) -> None:
    window, mads, anne = clinic(qtbot, repository)
    page = charts_of(window)
    choose(page, RDL)
    show(qtbot, window, anne)
    qtbot.waitUntil(lambda: page.subject.currentData() == "back_squat")  # her newest: Mads's RDL she never did
    assert page.series[0].days and page.hover.text() == (
        "Point at the chart, or press Left or Right on it, to read its values.")
    listed = [page.subject.itemData(row) for row in range(page.subject.count())]
    assert listed[:4] == ["back_squat", "barbell_hip_thrust", "frog_pump", None]  # hers first, a line under them
    assert page.subject.itemData(listed.index(RDL), Qt.ItemDataRole.ForegroundRole) is not None  # greyed: none
    assert page.subject.itemData(0, Qt.ItemDataRole.ForegroundRole) is None
    choose(page, "barbell_hip_thrust")
    show(qtbot, window, mads)
    qtbot.waitUntil(lambda: page.subject.currentData() == RDL)
    show(qtbot, window, anne)
    qtbot.waitUntil(lambda: page.subject.currentData() == "barbell_hip_thrust")


def test_an_exercise_the_new_client_logged_too_stays_one_they_did_not_gives_way(
        qtbot: QtBot, repository: Repository) -> None:
    window, mads, anne = clinic(qtbot, repository)
    page = charts_of(window)
    choose(page, "frog_pump")  # both did it; for Anne it is not the newest
    show(qtbot, window, anne)
    assert page.subject.currentData() == "frog_pump" and page.series[-1].days
    show(qtbot, window, mads)
    choose(page, RDL)
    show(qtbot, window, anne)  # nothing chosen for her yet: her newest
    qtbot.waitUntil(lambda: page.subject.currentData() == "back_squat")


def test_an_exercise_never_logged_says_so(qtbot: QtBot, repository: Repository) -> None:
    window, _mads, anne = clinic(qtbot, repository)
    show(qtbot, window, anne)
    page = charts_of(window)
    choose(page, RDL)
    assert not any(series.days for series in page.series)
    assert page.hover.text() == ("Anne has not logged this exercise yet: the exercises logged are first in the "
                                 "list.")


@pytest.mark.parametrize("language", list(Language))
def test_the_picker_is_as_wide_as_its_longest_name_where_there_is_room_and_elides_where_not(
        qtbot: QtBot, repository: Repository, qapp: QApplication, language: Language) -> None:
    """Cut to about 12 characters at every width ("Sideliggende benløf", "Rumænsk dødløft p"), without an
    ellipsis, while half the bar was empty."""
    install_translators(qapp, language)
    window, _mads, _anne = clinic(qtbot, repository, language)
    page = charts_of(window)
    subject = page.subject
    longest = max((subject.itemText(row) for row in range(subject.count())),
                  key=subject.fontMetrics().horizontalAdvance)
    subject.setCurrentIndex(subject.findText(longest))
    for width in (1366, 1600):
        window.resize(width, 768)
        qtbot.waitUntil(lambda: subject.width() >= subject.sizeHint().width())
        assert subject.width() > subject.fontMetrics().horizontalAdvance(longest), width
        assert subject.shown_text() == longest, width
    window.resize(683, 740)
    qtbot.waitUntil(lambda: subject.width() < subject.sizeHint().width())
    assert window.width() == 683 and subject.shown_text().endswith("…")
    assert subject.toolTip() == plain_tooltip(longest)
    subject.showPopup()  # the open list says every name whole
    qtbot.waitUntil(subject.view().isVisible)
    assert subject.view().viewport().width() >= subject.view().sizeHintForColumn(0)
    subject.hidePopup()
