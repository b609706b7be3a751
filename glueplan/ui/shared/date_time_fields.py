"""Date and time fields in the app's language. A date field (log, history, programs) writes its
date as the language writes it short (31.12.2026, in English 31/12/2026), as History's rows do,
and drops down a calendar: ISO week numbers, as the Week tab heads its days; day names that fit
("man." was "m…" in Danish); weekends in a red that stays readable on a dark palette. A time
field (session editor, Plan my week) shows and takes a time as clock_text writes it (17.30).

A date or a time is typed as it is written (SectionTyping): Qt's own field inserted the digits typed
after Home in front of the day and refused them, and after a day typed whole it moved on to the
month by itself and then again at the '.', so "30.11.2026" typed over 07.12.2026 gave 07.11.2026
(and "18.05" typed over 17.30 gave 00.05)."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt
from PySide6.QtGui import QKeyEvent, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QDateEdit, QDateTimeEdit, QLineEdit, QTimeEdit

from glueplan.domain.language import Language
from glueplan.ui.settings.theme import WEEKEND_TEXT
from glueplan.ui.shared.logged_text import locale_of

COLUMNS = 8  # the week number and seven days
CELL_PADDING = 14  # px around a day name, as Qt's table draws it


Field = TypeVar("Field", bound=QDateTimeEdit)
LONGEST_MONTH = 31
COMMANDS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier


class SectionTyping(QObject):
    """Typing into a date or time field as into a written date or time: a digit starts the part it is typed into
    afresh (the part at the cursor, or the first when the whole date is selected) and adds to it while
    typing goes on there; any other character (the '.', '/', ' ' or ':') moves to the next part,
    unless the part before was full and Qt moved on already. So "30.11.2026", "30112026" and "5.1.2027"
    each give the date they say, typed over the whole date or from Home, and "14" from Home a new day.
    A day the month shown has not (30 typed over February) is kept and given once the month typed
    has it."""

    def __init__(self, edit: QDateTimeEdit) -> None:
        super().__init__(edit)
        self._edit = edit
        self._typing: int | None = None  # the part digits are being typed into
        self._moved_on = False  # the part before filled up and Qt went on to this one
        self._day = ""  # the day as typed, while typing goes on
        edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut, QEvent.Type.MouseButtonPress):
            self._stop()
        if not isinstance(event, QKeyEvent) or event.type() != QEvent.Type.KeyPress:
            return False
        text = event.text()
        if len(text) != 1 or not text.isprintable() or event.modifiers() & COMMANDS:
            self._stop()  # moving, deleting, Enter or a shortcut: Qt's own
            return False
        if text.isdigit():
            self._digit(event)
        elif self._moved_on:
            self._moved_on = False
        else:
            self._select(self._part() + 1)
        return True

    def _part(self) -> int:
        """The part typing goes into: the first when the whole date is selected, to be typed again."""
        edit = self._edit
        whole = len(edit.findChild(QLineEdit).selectedText()) > len(edit.sectionText(edit.currentSection()))
        return 0 if whole else edit.currentSectionIndex()

    def _digit(self, event: QKeyEvent) -> None:
        edit = self._edit
        part = self._part()
        if self._typing != part:
            self._select(part)
        if edit.sectionAt(part) == QDateTimeEdit.Section.DaySection:
            self._type_day(part, event)
            return
        QDateTimeEdit.keyPressEvent(edit, event)
        self._moved_on = edit.currentSectionIndex() != part
        self._typing = None if self._moved_on else part
        if self._typing is None:
            self._give_day()

    def _type_day(self, part: int, event: QKeyEvent) -> None:
        """A day digit, typed here: Qt measures a day against the month shown, so in February it took
        the 3 of a 30 as a whole day and typed the 0 into the month."""
        self._day = (self._day if self._typing == part else "") + event.text()
        shown, day = self._edit.date(), int(self._day)
        if not day:  # a first 0: Qt shows it until the second digit
            QDateTimeEdit.keyPressEvent(self._edit, event)
            self._typing = part
            return
        self._edit.setDate(QDate(shown.year(), shown.month(), min(day, shown.daysInMonth())))
        full = len(self._day) == 2 or day * 10 > LONGEST_MONTH
        self._select(part + 1 if full else part)
        self._moved_on = full
        self._typing = None if full else part

    def _give_day(self) -> None:
        """The day typed, once the month and year shown have it (Qt took the last day they had)."""
        edit, shown = self._edit, self._edit.date()
        if self._day and shown.day() != int(self._day) and QDate.isValid(shown.year(), shown.month(), int(self._day)):
            part = edit.currentSectionIndex()
            edit.setDate(QDate(shown.year(), shown.month(), int(self._day)))
            self._select(part)

    def _select(self, part: int) -> None:
        if 0 <= part < self._edit.sectionCount():
            self._edit.setCurrentSectionIndex(part)
            self._edit.setSelectedSection(self._edit.sectionAt(part))
        self._typing = None

    def _stop(self) -> None:
        self._give_day()
        self._typing, self._moved_on, self._day = None, False, ""


def with_calendar(edit: Field, language: Language) -> Field:
    """A date field (or a date and time field) as the language writes it, with a calendar to pick the day."""
    locale = locale_of(language)
    edit.setLocale(locale)
    written = locale.dateFormat if isinstance(edit, QDateEdit) else locale.dateTimeFormat
    edit.setDisplayFormat(written(QLocale.FormatType.ShortFormat))
    edit.setCalendarPopup(True)
    SectionTyping(edit)
    calendar = edit.calendarWidget()
    for picked in (calendar.clicked, calendar.activated):  # a day picked is a choice made, as Enter makes one
        picked.connect(edit.editingFinished)
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
    SectionTyping(edit)
    return edit
