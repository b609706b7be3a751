"""English writes dates as the desktop's English does: a lifter in pounds, most likely American, read the Week tab's
"07/12 · week 50" and History's "07/12/2026" as July 12. Without an English desktop (C.UTF-8, a Danish one with
English chosen) English stays British; Danish and Bokmål are as they were. The paper offered is the desktop's in any
language (LC_PAPER, app/desktop_locale.py)."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QDialog
from pytestqt.qtbot import QtBot

from glueplan.domain.language import Language
from glueplan.domain.plan import Weekday
from glueplan.domain.paper import Paper
from glueplan.ui.print.print_dialog import PrintOptionsDialog, ask_sheet
from glueplan.ui.shared.date_time_fields import with_calendar
from glueplan.ui.shared.live_workspace import LiveWorkspace
from glueplan.ui.shared.logged_text import clock_text, day_month_text, short_text
from glueplan.ui.week.page import WeekPage

DAY = date(2026, 12, 7)


def on_desktop(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    monkeypatch.setattr("glueplan.ui.shared.logged_text.system_locale", lambda: QLocale(name))


@pytest.mark.parametrize(("desktop", "day_month", "short"), [
    ("en_US", "12/7", "12/7/2026"),
    ("en_CA", "12-07", "2026-12-07"),
    ("en_GB", "07/12", "07/12/2026"),
    ("en_IE", "07/12", "07/12/2026"),
    ("en_AU", "7/12", "7/12/2026"),
    ("C", "07/12", "07/12/2026"),  # no English desktop: British, as written in Europe
    ("da_DK", "07/12", "07/12/2026"),  # a Danish desktop with English chosen
    ("en_DK", "07/12", "07/12/2026"),  # a decimal comma: the domain's sentences write 62.5
])
def test_english_dates_follow_an_english_desktop(monkeypatch: pytest.MonkeyPatch, desktop: str, day_month: str,
                                                 short: str) -> None:
    on_desktop(monkeypatch, desktop)
    assert day_month_text(DAY, Language.EN) == day_month
    assert short_text(DAY, Language.EN) == short
    assert short_text(datetime(2026, 12, 7, 17, 30), Language.EN) == f"{short} 17:30"  # the clock as findings write it
    assert clock_text(time(17, 30), Language.EN) == "17:30"


@pytest.mark.parametrize(("language", "day_month", "short"), [(Language.DA, "07.12.", "07.12.2026 17.30"),
                                                               (Language.NB, "07.12.", "07.12.2026 17.30")])
def test_danish_and_bokmaal_keep_their_own_on_an_american_desktop(monkeypatch: pytest.MonkeyPatch,
                                                                  language: Language, day_month: str,
                                                                  short: str) -> None:
    on_desktop(monkeypatch, "en_US")
    assert day_month_text(DAY, language) == day_month
    assert short_text(datetime(2026, 12, 7, 17, 30), language) == short


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


def offered_paper(monkeypatch: pytest.MonkeyPatch, live: LiveWorkspace) -> Paper:
    """The paper File > Print's options first offer (the dialog cancelled)."""
    offered: list[Paper] = []

    def cancel(dialog: PrintOptionsDialog) -> int:
        offered.append(dialog.options().paper)
        dialog.deleteLater()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(PrintOptionsDialog, "exec", cancel)
    assert ask_sheet(live, "Print") is None
    return offered[0]


@pytest.mark.parametrize(("language", "environment", "paper"), [
    (Language.EN, {"LANG": "en_US.UTF-8"}, Paper.LETTER),
    (Language.DA, {"LANG": "en_US.UTF-8"}, Paper.LETTER),  # was A4: a Danish window on an American desktop
    (Language.EN, {"LANG": "en_US.UTF-8", "LC_PAPER": "en_GB.UTF-8"}, Paper.A4),  # was Letter: LANG's
    (Language.NB, {"LANG": "nb_NO.UTF-8", "LC_PAPER": "en_US.UTF-8"}, Paper.LETTER),  # was A4: Bokmål's
    (Language.EN, {"LANG": "en_GB.UTF-8", "LC_MESSAGES": "en_US.UTF-8"}, Paper.A4),  # was Letter: the messages'
])
def test_the_print_dialog_offers_the_desktops_paper_in_any_language(
        monkeypatch: pytest.MonkeyPatch, live: LiveWorkspace, language: Language, environment: dict[str, str],
        paper: Paper) -> None:
    """The paper was the window language's locale's (English: Qt's name for the desktop, which follows LC_MESSAGES
    and LANGUAGE; Danish and Bokmål: A4), apart from the units and from LC_PAPER, the variable that sets it: now
    the desktop's LC_PAPER (else LC_ALL, LANG), as `glueplan print` takes it."""
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    on_desktop(monkeypatch, environment.get("LC_MESSAGES", environment["LANG"]).split(".")[0])  # as Qt reads it
    live.workspace.set_language(language)
    assert offered_paper(monkeypatch, live) is paper


def test_the_print_dialog_offers_the_desktops_paper_until_one_is_chosen(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                                                                       live: LiveWorkspace) -> None:
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert offered_paper(monkeypatch, live) is Paper.LETTER
    dialog = PrintOptionsDialog(6, live.workspace.trainee_id, Language.EN, "Print", Paper.LETTER)
    qtbot.addWidget(dialog)
    dialog.paper.setCurrentIndex(dialog.paper.findData(Paper.A4.value))
    dialog.remember()
    assert offered_paper(monkeypatch, live) is Paper.A4  # the user's choice is kept
