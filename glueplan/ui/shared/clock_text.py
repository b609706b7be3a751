"""A time of day as the app's language writes it: "17.30" in Danish, "17:30" in Norwegian and
English. Qt's locale data, as the History tab writes a set's moment (logged_text.short_text), so
that a session's time reads the same on the Week tab, the Programs tab and the printed sheet."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QLocale, QTime
from PySide6.QtWidgets import QTimeEdit

from glueplan.domain.language import Language
from glueplan.ui.shared.logged_text import locale_of


def clock_text(moment: time, language: Language) -> str:
    """Hours and minutes in the language's short time format (seconds are never shown)."""
    return locale_of(language).toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def with_clock_format(edit: QTimeEdit) -> QTimeEdit:
    """A time field that shows and takes the time as clock_text writes it ("17.30" in Danish):
    widgets are made in the app's language's locale, the default since install_translators."""
    edit.setDisplayFormat(QLocale().timeFormat(QLocale.FormatType.ShortFormat))
    return edit
