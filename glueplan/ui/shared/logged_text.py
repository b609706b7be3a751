"""How the log reads on screen in the app's language: loads with its decimal sign, dates in its
format and the side a set worked. Qt's locale data, not the process locale: the app's language
may differ from the system's. (The domain's messages format their own numbers, without Qt.)"""

from __future__ import annotations

import re
import sys
from datetime import date, datetime, time

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime, QTimeZone

from glueplan.domain.catalog import Exercise, Laterality, LoadKind
from glueplan.domain.dose_words import rir_said
from glueplan.domain.language import CLOCK_SIGNS, Language
from glueplan.domain.log import KG_PER_LB, Side
from glueplan.domain.messages import messages
from glueplan.domain.trainee import Units

# Each language as written where it is spoken. English without an English desktop to follow (C.UTF-8, a Danish
# desktop with English chosen in Preferences) as written in Europe, where such a user lives: day before month, as
# the printed sheets do. (The paper and the units follow the desktop whatever the language: app/desktop_locale.py.)
_LOCALES = {Language.EN: "en_GB", Language.DA: "da_DK", Language.NB: "nb_NO"}


def system_locale() -> QLocale:
    """The desktop's locale (LC_ALL, LANG, or the system's regional settings), apart from the app's own default."""
    return QLocale.system()


def locale_name(language: Language) -> str:
    """The one place that decides whose dates and numbers the app writes in a language. English
    follows an English desktop (en_US: 12/7/2026; en_GB, en_IE, en_AU: 07/12/2026), as an American
    reads 07/12 as July 12; one with a decimal comma (en_DK, en_ZA) is not followed, as the domain's English
    sentences write "62.5 kg" (language.decimal) beside the numbers Qt writes."""
    if language is Language.EN:
        desktop = system_locale()
        if desktop.language() is QLocale.Language.English and desktop.decimalPoint() == ".":
            return desktop.name()
    return _LOCALES[language]


def locale_of(language: Language) -> QLocale:
    """The app language's locale, writing numbers without group separators: "1.000" would read
    back as one in Danish, where a point may stand for the decimal comma."""
    locale = QLocale(locale_name(language))
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale


def date_format(language: Language) -> str:
    """The locale's short date with the year in full: "12/7/2026", not "12/7/26", which a date field
    would read back as 1926 and a reader may take for 2012."""
    written = locale_of(language).dateFormat(QLocale.FormatType.ShortFormat)
    return written if "yyyy" in written else written.replace("yy", "yyyy")


def clock_format(language: Language) -> str:
    """A time of day on a 24-hour clock with the language's sign ("17.30" in Danish and Norwegian, "17:30" in English
    everywhere): the domain's sentences (findings, the calendar file) write times so (language.clock), and a session
    at "5:30 PM" or "17:30" on the Week tab would sit beside a finding about it at 17.30."""
    return f"HH{CLOCK_SIGNS[language]}mm"


def wall_clock(moment: datetime) -> QDateTime:
    """A moment as the clock read it, for Qt to write or edit: in UTC, so that no time zone is asked
    (a naive datetime handed to Qt costs 25 us of zone lookups; the History table writes one for
    every row it shows) and a time in the hour a clock skips in spring stays as it was, not moved
    on by an hour. To the millisecond, Qt's finest."""
    return QDateTime(QDate(moment.year, moment.month, moment.day),
                     QTime(moment.hour, moment.minute, moment.second, moment.microsecond // 1000), QTimeZone.utc())


def short_text(moment: date | datetime, language: Language) -> str:
    """A date, or a date and time, in the language's short form ("23.11.2026 18.00" in Danish)."""
    if isinstance(moment, datetime):
        return locale_of(language).toString(wall_clock(moment), f"{date_format(language)} {clock_format(language)}")
    return locale_of(language).toString(QDate(moment.year, moment.month, moment.day), date_format(language))


def clock_text(moment: time, language: Language) -> str:
    """A time of day in the language's short form ("17.30" in Danish and Norwegian, "17:30" in
    English), as short_text writes a moment's, so that a session's time reads alike on the Week
    and Programs tabs and the printed sheet. The domain's sentences use domain.language.clock,
    which a test holds to this."""
    return locale_of(language).toString(QTime(moment.hour, moment.minute), clock_format(language))


# A day named as a sentence names it: "Wednesday 2 December", "onsdag 2. december".
_DAY_FORMATS = {Language.EN: "dddd d MMMM", Language.DA: "dddd d. MMMM", Language.NB: "dddd d. MMMM"}


def day_text(day: date, language: Language) -> str:
    return locale_of(language).toString(QDate(day.year, day.month, day.day), _DAY_FORMATS[language])


# A day of the year without its year, for headings that name the week elsewhere: Qt's locale data has no such
# format. Danish and Norwegian write it with a point after the month ("07.12."); English as its short date
# without the year ("12/7" in the US, "07/12" in Britain).
_DAY_MONTH_FORMATS = {Language.DA: "dd.MM.", Language.NB: "dd.MM."}
_YEAR = re.compile(r"\W*y+\W*")


def day_month_text(day: date, language: Language) -> str:
    written = _DAY_MONTH_FORMATS.get(language) or _YEAR.sub("", date_format(language))
    return QDate(day.year, day.month, day.day).toString(written)


def weight_text(weight_kg: float, units: Units, language: Language) -> str:
    """A load as a number in the user's units, to two decimals at most: "62,5" in Danish."""
    value = weight_kg if units is Units.KG else weight_kg / KG_PER_LB
    return locale_of(language).toString(round(value, 2) + 0.0, "f", QLocale.FloatingPointPrecisionOption
                                        .FloatingPointShortest)


# What carries a set without added load, named as the library names the equipment: a weight
# exercise done without one is done with the body.
_UNLOADED = {LoadKind.WEIGHT: "equipment.bodyweight", LoadKind.BODYWEIGHT: "equipment.bodyweight",
             LoadKind.BAND: "equipment.band"}


def load_text(weight_kg: float, exercise: Exercise, units: Units, language: Language, unit: bool = True) -> str:
    """A logged set's load as a person writes it: "62,5 kg", and for a set without added load (0 kg)
    what carried it, "Kropsvægt", or "Elastik" for a band exercise, where "0 kg × 20" read as a set
    of nothing. Without ``unit`` the number alone, for a column headed with the unit. Files for
    other programs (CSV, JSON) keep the 0: they are data, not prose."""
    if weight_kg <= 0:
        return messages()(_UNLOADED[LoadKind.of(exercise)], language)
    number = weight_text(weight_kg, units, language)
    return f"{number} {units.value}" if unit else number


def date_text(day: date, language: Language) -> str:
    """A date as the language writes it in full: "mandag den 16. november 2026"."""
    return locale_of(language).toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def side_text(side: Side, laterality: Laterality) -> str:
    """Which side a set worked, for one-sided exercises ("" for a two-sided lift)."""
    if side is Side.LEFT:
        return QCoreApplication.translate("Sides", "left")
    if side is Side.RIGHT:
        return QCoreApplication.translate("Sides", "right")
    return QCoreApplication.translate("Sides", "each side") if laterality is Laterality.UNILATERAL else ""


def after_reps(rir: int | str | None, side: Side, laterality: Laterality, note: str, language: Language) -> list[str]:
    """What a set's line says after its load and reps: its RIR ("RIR 2"), the side, the note."""
    parts = [rir_said(rir, language)] if rir is not None and rir != "" else []
    return parts + [part for part in (side_text(side, laterality), note) if part]


def set_text(exercise: Exercise, load: str, reps: int | str, rir: int | str | None, side: Side, note: str,
             language: Language) -> str:
    """A set named for the user, as the Log's line reads it: "Kickback i kabel: 15 kg × 12 · RIR 2 · hver side"
    (``load`` as load_text writes it); the one wording of a set outside its block (a typed one asked about before
    quitting, a deleted one in the status bar, one copied from the History)."""
    said = [f"{load} × {reps}", *after_reps(rir, side, exercise.laterality, note, language)]
    return f"{exercise.name[language]}: " + " · ".join(said)


def regional_locale_name() -> str:
    """The system's locale name as Qt reads it, where a desktop tells its conventions so and not in the environment
    (Windows', macOS's regional settings: a program starts there with no LANG or LC_* to read), for
    app/desktop_locale.py to fall back on in the window; "" elsewhere, where the environment says it (or the C
    locale does)."""
    return system_locale().name() if sys.platform in ("win32", "darwin") else ""
