"""Date and time fields in the app's language. A date field (log, history, programs) writes its
date as the language writes it short (31.12.2026, in English 31/12/2026), as History's rows do,
and drops down a calendar: ISO week numbers, as the Week tab heads its days; day names that fit
("man." was "m…" in Danish); weekends in a red that stays readable on a dark palette. A time
field (session editor, Plan my week) shows and takes a time as clock_text writes it (17.30)."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QDateEdit, QDateTimeEdit, QTimeEdit

from glueplan.domain.language import Language
from glueplan.ui.settings.theme import WEEKEND_TEXT
from glueplan.ui.shared.logged_text import locale_of

COLUMNS = 8  # the week number and seven days
CELL_PADDING = 14  # px around a day name, as Qt's table draws it


Field = TypeVar("Field", bound=QDateTimeEdit)


def with_calendar(edit: Field, language: Language) -> Field:
    """A date field (or a date and time field) as the language writes it, with a calendar to pick the day."""
    locale = locale_of(language)
    edit.setLocale(locale)
    written = locale.dateFormat if isinstance(edit, QDateEdit) else locale.dateTimeFormat
    edit.setDisplayFormat(written(QLocale.FormatType.ShortFormat))
    edit.setCalendarPopup(True)
    calendar = edit.calendarWidget()
    calendar.setLocale(locale)
    calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.ISOWeekNumbers)
    calendar.setHorizontalHeaderFormat(QCalendarWidget.HorizontalHeaderFormat.ShortDayNames)
    calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
    weekend = QTextCharFormat()
    weekend.setForeground(WEEKEND_TEXT.on(calendar.palette()))
    for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
        calendar.setWeekdayTextFormat(day, weekend)
    metrics = calendar.fontMetrics()
    widest = max(metrics.horizontalAdvance(locale.dayName(day, QLocale.FormatType.ShortFormat)) for day in range(1, 8))
    calendar.setMinimumWidth(COLUMNS * (widest + CELL_PADDING))
    return edit


def with_clock(edit: QTimeEdit, language: Language) -> QTimeEdit:
    locale = locale_of(language)
    edit.setLocale(locale)
    edit.setDisplayFormat(locale.timeFormat(QLocale.FormatType.ShortFormat))
    return edit
