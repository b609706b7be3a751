"""A set logged on a day after today is kept (a coach enters a session ahead; clocks differ), but
never silently: a physiotherapist chose a date six days ahead, logged a set, and it was stored on
that day without a word. A warning beside the date says the day is ahead and that sets are saved
on it, in the page's warning style (as the word on muscles not ready)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from glueplan.app import clock
from glueplan.domain.language import Language
from glueplan.store.database import Store
from glueplan.ui.log.page import LogPage
from glueplan.ui.shared.logged_text import date_text, day_text
from tests.ui.test_log_and_charts import log_page, stored_sets
from tests.ui.test_log_form import enter


def choose(page: LogPage, day: date) -> None:
    page.date.setDate(QDate(day.year, day.month, day.day))


def named(day: date, language: Language) -> str:
    """A day as the warning names it: with its year when that is not this one."""
    return day_text(day, language) if day.year == clock.today().year else date_text(day, language)


@pytest.mark.parametrize("language", [Language.DA, Language.EN, Language.NB])
def test_a_day_ahead_is_said_and_its_sets_are_kept_on_it(qtbot: QtBot, store: Store, language: Language) -> None:
    page = log_page(qtbot, store, language)
    assert not page.future.isVisible()
    ahead = clock.today() + timedelta(days=6)
    choose(page, ahead)
    assert page.future.isVisible()
    assert named(ahead, language) in page.future.text() and page.future.text().startswith("⚠")
    page.extra.setCurrentIndex(page.extra.findData("glute_bridge"))
    page.add_unplanned()
    enter(page.blocks[0], "40", "10")
    assert [s.performed_at.date() for s in stored_sets(page)] == [ahead]  # allowed, and saved on that day
    assert page.future.isVisible()  # still said after the set
    choose(page, clock.today())
    assert not page.future.isVisible()
    choose(page, clock.today() - timedelta(days=3))  # a day past is logged after the fact: nothing to say
    assert not page.future.isVisible()
    choose(page, clock.today() + timedelta(days=1))
    assert page.future.isVisible() and named(clock.today() + timedelta(days=1), language) in page.future.text()


def test_a_day_that_has_come_is_no_longer_ahead(qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """The page left open over midnight: tomorrow's warning goes with the first set logged."""
    page = log_page(qtbot, store, Language.EN)
    tomorrow = clock.today() + timedelta(days=1)
    choose(page, tomorrow)
    assert page.future.isVisible()
    monkeypatch.setattr("glueplan.app.clock.today", lambda: tomorrow)
    page.extra.setCurrentIndex(page.extra.findData("glute_bridge"))
    page.add_unplanned()
    enter(page.blocks[0], "40", "10")
    assert not page.future.isVisible()


@pytest.mark.parametrize("language", [Language.DA, Language.EN, Language.NB])
def test_a_day_in_another_year_is_named_with_its_year(qtbot: QtBot, store: Store, language: Language) -> None:
    """A year mistyped in the date: the warning named 'Tuesday 1 December' for a day a year ahead,
    as if it were today's, and hid the very mistake it is there to show."""
    page = log_page(qtbot, store, language)
    today = clock.today()
    next_year = date(today.year + 1, today.month, min(today.day, 28))
    choose(page, next_year)
    assert page.future.isVisible() and str(next_year.year) in page.future.text()
    assert date_text(next_year, language) in page.future.text()
    soon = today + timedelta(days=6)
    choose(page, soon)  # within the year: the day as a sentence names it, without the year
    assert named(soon, language) in page.future.text()
