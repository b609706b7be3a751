"""A date field takes a date typed as the language writes it (SectionTyping): over the whole date,
from Home, or one part at a time, whatever day the month shown has; a time field a time."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QLineEdit, QTimeEdit
from pytestqt.qtbot import QtBot

from glueplan.domain.language import Language
from glueplan.ui.shared.date_time_fields import with_calendar, with_clock

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
