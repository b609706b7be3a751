"""English writes dates and chooses paper as the desktop's English does: a lifter in pounds, most likely
American, read the Week tab's "07/12 · week 50" and History's "07/12/2026" as July 12, and was offered A4.
Without an English desktop (C.UTF-8, a Danish one with English chosen) English stays British; Danish and
Bokmål are as they were."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit
from pytestqt.qtbot import QtBot

from glueplan.domain.language import Language
from glueplan.domain.plan import Weekday
from glueplan.domain.paper import Paper
from glueplan.ui.print.print_dialog import PrintOptionsDialog
from glueplan.ui.shared.date_time_fields import with_calendar
from glueplan.ui.shared.live_workspace import LiveWorkspace
from glueplan.ui.shared.logged_text import clock_text, day_month_text, paper_of, short_text
from glueplan.ui.week.page import WeekPage

DAY = date(2026, 12, 7)


def on_desktop(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    monkeypatch.setattr("glueplan.ui.shared.logged_text.system_locale", lambda: QLocale(name))


@pytest.mark.parametrize(("desktop", "day_month", "short", "paper"), [
    ("en_US", "12/7", "12/7/2026", Paper.LETTER),
    ("en_CA", "12-07", "2026-12-07", Paper.LETTER),
    ("en_GB", "07/12", "07/12/2026", Paper.A4),
    ("en_IE", "07/12", "07/12/2026", Paper.A4),
    ("en_AU", "7/12", "7/12/2026", Paper.A4),
    ("C", "07/12", "07/12/2026", Paper.A4),  # no English desktop: British, as written in Europe
    ("da_DK", "07/12", "07/12/2026", Paper.A4),  # a Danish desktop with English chosen
    ("en_DK", "07/12", "07/12/2026", Paper.A4),  # a decimal comma: the domain's sentences write 62.5
])
def test_english_dates_and_paper_follow_an_english_desktop(monkeypatch: pytest.MonkeyPatch, desktop: str,
                                                         day_month: str, short: str, paper: Paper) -> None:
    on_desktop(monkeypatch, desktop)
    assert day_month_text(DAY, Language.EN) == day_month
    assert short_text(DAY, Language.EN) == short
    assert short_text(datetime(2026, 12, 7, 17, 30), Language.EN) == f"{short} 17:30"  # the clock as findings write it
    assert clock_text(time(17, 30), Language.EN) == "17:30"
    assert paper_of(Language.EN) is paper


@pytest.mark.parametrize(("language", "day_month", "short"), [(Language.DA, "07.12.", "07.12.2026 17.30"),
                                                               (Language.NB, "07.12.", "07.12.2026 17.30")])
def test_danish_and_bokmaal_keep_their_own_on_an_american_desktop(monkeypatch: pytest.MonkeyPatch,
                                                                  language: Language, day_month: str,
                                                                  short: str) -> None:
    on_desktop(monkeypatch, "en_US")
    assert day_month_text(DAY, language) == day_month
    assert short_text(datetime(2026, 12, 7, 17, 30), language) == short
    assert paper_of(language) is Paper.A4


def test_the_week_heads_its_days_month_first_in_the_us(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                                                       live: LiveWorkspace) -> None:
    on_desktop(monkeypatch, "en_US")
    page = WeekPage(live)
    qtbot.addWidget(page)
    assert "11/23 ·" in page.calendar.headers[Weekday.MON].text()  # the program starts Monday 23 November
    assert "week\u00a048" in page.calendar.headers[Weekday.MON].text()  # the ISO week, as before


def test_a_date_field_writes_and_takes_an_american_date(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    on_desktop(monkeypatch, "en_US")
    field = with_calendar(QDateEdit(QDate(2026, 12, 7)), Language.EN)
    qtbot.addWidget(field)
    assert field.text() == "12/7/2026"  # the year in full: "26" would read back as 1926
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "12/24/2026")
    assert field.date() == QDate(2026, 12, 24)
    moment = with_calendar(QDateTimeEdit(), Language.EN)
    qtbot.addWidget(moment)
    assert moment.displayFormat() == "M/d/yyyy HH:mm"


def test_the_print_dialog_offers_the_windows_paper_until_one_is_chosen(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                                                                      live: LiveWorkspace) -> None:
    on_desktop(monkeypatch, "en_US")
    dialog = PrintOptionsDialog(6, live.workspace.trainee_id, Language.EN, "Print", paper_of(live.language))
    qtbot.addWidget(dialog)
    assert dialog.options().paper is Paper.LETTER
    dialog.paper.setCurrentIndex(dialog.paper.findData(Paper.A4.value))
    dialog.remember()
    again = PrintOptionsDialog(6, live.workspace.trainee_id, Language.EN, "Print", paper_of(live.language))
    qtbot.addWidget(again)
    assert again.options().paper is Paper.A4  # the user's choice is kept
