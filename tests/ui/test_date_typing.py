"""A date field takes a date typed as the language writes it (SectionTyping): over the whole date,
from Home, or one part at a time, whatever day the month shown has; a time field a time. A date that
does not exist is refused, and the field says why."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QApplication, QDateEdit, QDateTimeEdit, QLabel, QLineEdit, QTimeEdit
from pytestqt.qtbot import QtBot

from glueplan.domain.language import Language
from glueplan.ui.application import install_translators
from glueplan.ui.shared.date_time_fields import REFUSED, with_calendar, with_clock

SEPARATOR = {Language.EN: "/", Language.DA: ".", Language.NB: "."}


def typed(qtbot: QtBot, field: QDateTimeEdit, keys: str, start: str) -> QDateTime:
    field.show()
    field.setFocus()
    if start == "all":
        field.findChild(QLineEdit).selectAll()
    elif start == "home":
        qtbot.keyClick(field, Qt.Key.Key_Home)
    qtbot.keyClicks(field, keys)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    return field.dateTime()


def said(field: QDateTimeEdit) -> str:
    """What the tip under the field says, while it shows."""
    tip = field.window().findChild(QLabel, REFUSED)
    return tip.text() if tip is not None and tip.isVisible() else ""


@pytest.mark.parametrize("language", [Language.DA, Language.NB, Language.EN])
@pytest.mark.parametrize("start", ["all", "home", "tab"])
@pytest.mark.parametrize(("shown", "keys", "meant"), [
    (QDate(2026, 12, 7), "30_11_2026", QDate(2026, 11, 30)),
    (QDate(2026, 12, 7), "30112026", QDate(2026, 11, 30)),
    (QDate(2026, 12, 7), "5_1_2027", QDate(2027, 1, 5)),
    (QDate(2026, 12, 7), "05_01_2027", QDate(2027, 1, 5)),
    (QDate(2026, 12, 7), "14", QDate(2026, 12, 14)),
    (QDate(2026, 2, 7), "30_11_2026", QDate(2026, 11, 30)),  # Qt measured the 30 against February
    (QDate(2026, 2, 7), "29_2_2028", QDate(2028, 2, 29)),
    (QDate(2026, 1, 31), "_11", QDate(2026, 11, 30)),  # the month alone, for a day it has not: its last
])
def test_a_date_is_typed_as_it_is_written(qtbot: QtBot, language: Language, start: str, shown: QDate, keys: str,
                                          meant: QDate) -> None:
    """Typed over 07.12.2026, "30.11.2026" gave 07.11.2026, and "14" after Home nothing."""
    field = with_calendar(QDateEdit(shown), language)
    qtbot.addWidget(field)
    assert typed(qtbot, field, keys.replace("_", SEPARATOR[language]), start).date() == meant


@pytest.mark.parametrize("language", [Language.DA, Language.NB, Language.EN])
def test_a_date_and_time_is_typed_as_it_is_written(qtbot: QtBot, language: Language) -> None:
    field = with_calendar(QDateTimeEdit(QDateTime(QDate(2026, 12, 7), QTime(17, 30))), language)
    qtbot.addWidget(field)
    clock = "." if language is Language.DA else ":"
    keys = f"30{SEPARATOR[language]}11{SEPARATOR[language]}2026 8{clock}05"
    assert typed(qtbot, field, keys, "home") == QDateTime(QDate(2026, 11, 30), QTime(8, 5))


@pytest.mark.parametrize("language", [Language.DA, Language.NB, Language.EN])
@pytest.mark.parametrize("start", ["all", "home"])
@pytest.mark.parametrize(("keys", "meant"), [("18_05", QTime(18, 5)), ("8_05", QTime(8, 5)), ("0805", QTime(8, 5)),
                                             ("7", QTime(7, 30))])
def test_a_time_is_typed_as_it_is_written(qtbot: QtBot, language: Language, start: str, keys: str,
                                          meant: QTime) -> None:
    """The session editor's and Plan my week's times: "18.05" typed over 17.30 gave 00.05, after Home 17.05."""
    field = with_clock(QTimeEdit(QTime(17, 30)), language)
    qtbot.addWidget(field)
    typed(qtbot, field, keys.replace("_", "." if language is Language.DA else ":"), start)
    assert field.time() == meant


NO_31_FEBRUARY = {Language.EN: "There is no 31 February.", Language.DA: "Der er ingen 31. februar.",
                  Language.NB: "Det finnes ingen 31. februar."}
NO_29_FEBRUARY_2027 = {Language.EN: "There is no 29 February in 2027.", Language.DA: "Der er ingen 29. februar i 2027.",
                       Language.NB: "Det finnes ingen 29. februar i 2027."}
NO_31_APRIL = {Language.EN: "There is no 31 April.", Language.DA: "Der er ingen 31. april.",
               Language.NB: "Det finnes ingen 31. april."}
MONTHS = {Language.EN: "The month must be from 1 to 12.", Language.DA: "Måneden skal være fra 1 til 12.",
          Language.NB: "Måneden må være fra 1 til 12."}
DAYS = {Language.EN: "The day must be from 1 to 31.", Language.DA: "Dagen skal være fra 1 til 31.",
        Language.NB: "Dagen må være fra 1 til 31."}


@pytest.mark.parametrize("language", [Language.DA, Language.NB, Language.EN])
@pytest.mark.parametrize("start", ["all", "home"])
@pytest.mark.parametrize(("shown", "keys", "why"), [
    (QDate(2026, 12, 7), "31_2_2027", NO_31_FEBRUARY),  # gave 28.02.2027
    (QDate(2026, 12, 7), "31022027", NO_31_FEBRUARY),
    (QDate(2026, 12, 7), "29_2_2027", NO_29_FEBRUARY_2027),
    (QDate(2026, 12, 7), "31_4_2027", NO_31_APRIL),
    (QDate(2026, 12, 7), "15_13_2026", MONTHS),  # gave 15.01.2026
    (QDate(2026, 12, 7), "15_00_2026", MONTHS),
    (QDate(2026, 12, 7), "32_1_2027", DAYS),  # gave 31.01.2027
    (QDate(2026, 12, 7), "00_1_2027", DAYS),
    (QDate(2027, 4, 7), "31", NO_31_APRIL),  # the day alone, for the month shown: gave 30.04.2027
])
def test_a_date_that_does_not_exist_is_refused_and_said(qtbot: QtBot, qapp: QApplication, language: Language,
                                                        start: str, shown: QDate, keys: str,
                                                        why: dict[Language, str]) -> None:
    """A physiotherapist's "31.2.2027" silently became 28.02 (a start then Monday 22.02): the date stays as it
    was, every key typed after the impossible one goes nowhere, and a tip beside the field says why."""
    install_translators(qapp, language)
    field = with_calendar(QDateEdit(shown), language)
    qtbot.addWidget(field)
    assert typed(qtbot, field, keys.replace("_", SEPARATOR[language]), start).date() == shown
    assert said(field) == why[language]


@pytest.mark.parametrize("language", [Language.DA, Language.EN])
def test_a_logged_moment_that_does_not_exist_is_refused(qtbot: QtBot, qapp: QApplication, language: Language) -> None:
    """History's date and time field, as the date fields: the day and the time stay as they were."""
    install_translators(qapp, language)
    before = QDateTime(QDate(2026, 12, 7), QTime(17, 30))
    field = with_calendar(QDateTimeEdit(before), language)
    qtbot.addWidget(field)
    keys = f"31{SEPARATOR[language]}2{SEPARATOR[language]}2027 8{'.' if language is Language.DA else ':'}05"
    assert typed(qtbot, field, keys, "home") == before and said(field) == NO_31_FEBRUARY[language]
    assert typed(qtbot, field, "28", "home").date() == QDate(2026, 12, 28)  # a key that is not typing: typing again
    assert said(field) == ""


@pytest.mark.parametrize("language", [Language.DA, Language.NB, Language.EN])
def test_a_year_typed_alone_that_has_not_the_day_shown_is_refused(qtbot: QtBot, qapp: QApplication,
                                                                  language: Language) -> None:
    """29.02.2028 shown, 2027 typed over its year alone: it became 28.02.2027 without a word (H79),
    as a whole date typed did before d7bd66b."""
    install_translators(qapp, language)
    field = with_calendar(QDateEdit(QDate(2028, 2, 29)), language)
    qtbot.addWidget(field)
    field.show()
    field.setFocus()
    field.setCurrentSectionIndex(2)
    field.setSelectedSection(field.sectionAt(2))
    qtbot.keyClicks(field, "2027")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.date() == QDate(2028, 2, 29) and said(field) == NO_29_FEBRUARY_2027[language]
