"""Date and time fields in the app's language. A date field (log, history, programs) writes its
date as the language writes it short (31.12.2026; in English as the desktop's: 31/12/2026, 12/31/2026), as
History's rows do,
and drops down a calendar: ISO week numbers, as the Week tab heads its days; day names that fit
("man." was "m…" in Danish); weekends in a red that stays readable on a dark palette. A time
field (session editor, Plan my week) shows and takes a time as clock_text writes it (17.30).

A date or a time is typed as it is written (SectionTyping): Qt's own field inserted the digits typed
after Home in front of the day and refused them, and after a day typed whole it moved on to the
month by itself and then again at the '.', so "30.11.2026" typed over 07.12.2026 gave 07.11.2026
(and "18.05" typed over 17.30 gave 00.05)."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QDate, QDateTime, QEvent, QLocale, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDateEdit,
    QDateTimeEdit,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QWidget,
)

from glueplan.domain.language import Language
from glueplan.ui.settings.theme import WEEKEND_TEXT
from glueplan.ui.shared.logged_text import clock_format, date_format, locale_of
from glueplan.ui.shared.plain_text import filled
from glueplan.ui.shared.tip_look import tip_look

COLUMNS = 8  # the week number and seven days
CELL_PADDING = 14  # px around a day name, as Qt's table draws it


Field = TypeVar("Field", bound=QDateTimeEdit)
LONGEST_MONTH = 31
MONTHS = 12
LEAP_YEAR = 2000  # its February has the 29th
YEAR_DIGITS = 4
REFUSED = "refused"  # the tip that says why a date typed was refused
TIP_MS = 8000  # long enough to read a sentence after typing
COMMANDS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier


class SectionTyping(QObject):
    """Typing into a date or time field as into a written date or time: a digit starts the part it is typed into
    afresh (the part at the cursor, or the first when the whole date is selected) and adds to it while
    typing goes on there; any other character (the '.', '/', ' ' or ':') moves to the next part,
    unless the part before was full and Qt moved on already. So "30.11.2026", "30112026" and "5.1.2027"
    each give the date they say, typed over the whole date or from Home, and "14" from Home a new day.
    A day the month shown has not (30 typed over February) is kept and given once the month typed
    has it.

    A date that does not exist is refused, never made another one ("31.2.2027" gave 28.02.2027, "15.13.2026"
    15.01.2026): at the keystroke that makes it impossible (or when typing stops on a day the month shown has
    not) the field puts back the date it had before it was typed over, says why beside it, and takes no more
    of that typing until a key that is not typing (Enter, an arrow, Backspace, Home), a click or a new focus."""

    def __init__(self, edit: QDateTimeEdit) -> None:
        super().__init__(edit)
        self._edit = edit
        self._typing: int | None = None  # the part digits are being typed into
        self._moved_on = False  # the part before filled up and Qt went on to this one
        self._day = ""  # the day as typed, while typing goes on
        self._digits = ""  # the month's or the year's digits as typed, while typing goes on there
        self._before: QDateTime | None = None  # what the field held when this typing began
        self._refused = ""  # why this typing was refused; the rest of it goes nowhere
        edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut, QEvent.Type.MouseButtonPress):
            self.settle()
        if not isinstance(event, QKeyEvent) or event.type() != QEvent.Type.KeyPress:
            return False
        text = event.text()
        if len(text) != 1 or not text.isprintable() or event.modifiers() & COMMANDS:
            self.settle()  # moving, deleting, Enter or a shortcut: Qt's own
            return False
        if self._refused:
            self._say(self._refused)
            return True
        if self._before is None:  # typing begins (again)
            self._before = self._edit.dateTime()
            RefusalTip.of(self._edit).hide()
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
            self._digits = ""
        section = edit.sectionAt(part)
        if section == QDateTimeEdit.Section.DaySection:
            self._type_day(part, event)
            return
        if section in (QDateTimeEdit.Section.MonthSection, QDateTimeEdit.Section.YearSection):
            self._digits += event.text()
            why = self._month_refused() if section == QDateTimeEdit.Section.MonthSection else self._year_refused()
            if why:
                self._refuse(why)
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
        if day > LONGEST_MONTH or self._day == "00":
            self._refuse(self.tr("The day must be from 1 to 31."))
            return
        if not day:  # a first 0: Qt shows it until the second digit
            QDateTimeEdit.keyPressEvent(self._edit, event)
            self._typing = part
            return
        self._edit.setDate(QDate(shown.year(), shown.month(), min(day, shown.daysInMonth())))
        full = len(self._day) == 2 or day * 10 > LONGEST_MONTH
        self._select(part + 1 if full else part)
        self._moved_on = full
        self._typing = None if full else part

    def _month_refused(self) -> str:
        """Why the month typed so far cannot be, with the day typed (a 1 may become 10 to 12)."""
        month = int(self._digits)
        if month > MONTHS or self._digits == "00":
            return self.tr("The month must be from 1 to 12.")
        final = len(self._digits) == 2 or month * 10 > MONTHS
        if final and self._day and int(self._day) > QDate(LEAP_YEAR, month, 1).daysInMonth():
            return self._no_such_day(self._day, month, self._edit.date().year())
        return ""

    def _year_refused(self) -> str:
        """Why the year typed, once whole, cannot be with the day and month (29 February 2027): the
        day typed, or the one shown before the typing (2027 typed over 29.02.2028 alone gave 28.02)."""
        year, month = int(self._digits), self._edit.date().month()
        day = self._day or (str(self._before.date().day()) if self._before is not None else "")
        if len(self._digits) == YEAR_DIGITS and day and not QDate.isValid(year, month, int(day)):
            return self._no_such_day(day, month, year)
        return ""

    def _no_such_day(self, typed: str, month: int, year: int) -> str:
        """No 31 February in any year; no 29 February in 2027 (``typed``: the day, as typed)."""
        name, day = self._edit.locale().monthName(month, QLocale.FormatType.LongFormat), typed.lstrip("0")
        if int(typed) > QDate(LEAP_YEAR, month, 1).daysInMonth():
            return filled(self.tr("There is no %1 %2."), day, name)
        return filled(self.tr("There is no %1 %2 in %3."), day, name, str(year))

    def _refuse(self, why: str) -> None:
        """The date before this typing back, and why; the rest of the typing is not taken."""
        if self._before is not None:
            self._edit.setDateTime(self._before)
        self._refused, self._typing, self._moved_on, self._day, self._digits = why, None, False, "", ""
        self._say(why)

    def _say(self, why: str) -> None:
        RefusalTip.of(self._edit).say(why, self._edit)

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

    def settle(self) -> None:
        """Typing ends: a day typed that the month shown has not is refused, else given. A table's
        delegate asks for it before it saves the field: its filter, installed after this one, sees
        Tab and a click away first, and saved 30.04 for a 31 typed over April."""
        shown = self._edit.date()
        if self._day and int(self._day) and not QDate.isValid(shown.year(), shown.month(), int(self._day)):
            self._refuse(self._no_such_day(self._day, shown.month(), shown.year()))
        self._give_day()
        self._typing, self._moved_on, self._day, self._digits = None, False, "", ""
        self._before, self._refused = None, ""


class RefusalTip(QLabel):
    """Why a date typed was refused, under its field, for a while: the same in a form, a table's cell
    or a toolbar. Not QToolTip's own, which hides at the next key released (the very key refused);
    one per window, so it outlives a table's editor closed by the Enter that was refused."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window, Qt.WindowType.ToolTip)
        self.setObjectName(REFUSED)
        self.setTextFormat(Qt.TextFormat.PlainText)
        tip_look(self)
        self._shown = QTimer(self, singleShot=True, interval=TIP_MS, timeout=self.hide)

    @staticmethod
    def of(field: QWidget) -> RefusalTip:
        """The tip of the field's window."""
        window = field.window()
        tip = window.findChild(RefusalTip, REFUSED, Qt.FindChildOption.FindDirectChildrenOnly)
        return tip if tip is not None else RefusalTip(window)

    def say(self, why: str, field: QWidget) -> None:
        self.setText(why)
        self.adjustSize()
        self.move(field.mapToGlobal(QPoint(0, field.height())))
        self.show()
        self._shown.start()


def with_calendar(edit: Field, language: Language) -> Field:
    """A date field (or a date and time field) as the language writes it, with a calendar to pick the day."""
    locale = locale_of(language)
    edit.setLocale(locale)
    written = date_format(language)
    edit.setDisplayFormat(written if isinstance(edit, QDateEdit) else f"{written} {clock_format(language)}")
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
    edit.setDisplayFormat(clock_format(language))
    SectionTyping(edit)
    return edit
