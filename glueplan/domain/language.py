"""The three languages glueplan speaks, and text given in all of them."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import time
from enum import StrEnum
from typing import Generic, TypeVar

from glueplan.domain import limits
from glueplan.domain.record import Record

T = TypeVar("T")


class Language(StrEnum):
    """UI and data languages; the value is the ISO 639-1 code Qt and locales use."""

    EN = "en"
    DA = "da"
    NB = "nb"

    @property
    def endonym(self) -> str:
        """The language by its own name, as language menus show it."""
        return {"en": "English", "da": "Dansk", "nb": "Norsk bokmål"}[self.value]

    @classmethod
    def from_locale_name(cls, name: str | None) -> Language:
        """Map a POSIX or Qt locale name (``da_DK.UTF-8``, ``nb-NO``, ``no``) to a language.

        Norwegian without a written standard ("no") is read as Bokmål, the
        standard most Norwegians write; anything unknown falls back to English.
        """
        if not name:
            return cls.EN
        code = name.replace("-", "_").split("_")[0].split(".")[0].lower()
        if code in ("no", "nn"):
            return cls.NB
        try:
            return cls(code)
        except ValueError:
            return cls.EN


# The languages, listed once: the enum's own iteration costs a generator and a lookup a member, and reading the
# catalogue and the messages at every start (before the first paint) went round it about 3,000 times.
LANGUAGES: tuple[Language, ...] = tuple(Language)
CODES = frozenset(language.value for language in LANGUAGES)


def territory(locale_name: str) -> str:
    """The country of a POSIX or Qt locale name, in capitals ("en_US.UTF-8", "en-us", "sr_RS@latin": "US"), which
    the paper a locale uses depends on; "" for one without (C, POSIX, "en")."""
    return locale_name.split(".")[0].split("@")[0].replace("-", "_").partition("_")[2].upper()


class Localized(Record, Generic[T]):
    """A value given in every language (a name, a sentence, a list of cues)."""

    en: T
    da: T
    nb: T

    def __getitem__(self, language: Language) -> T:
        value: T = getattr(self, language.value)
        return value

    @classmethod
    def same(cls, value: T) -> Localized[T]:
        """The same value in all languages, e.g. a name a user typed for a custom exercise."""
        return cls(en=value, da=value, nb=value)

    @classmethod
    def from_mapping(cls, values: Mapping[Language, T]) -> Localized[T]:
        return cls(en=values[Language.EN], da=values[Language.DA], nb=values[Language.NB])

    def values(self) -> tuple[T, T, T]:
        return (self.en, self.da, self.nb)


# The sign between hours and minutes. Danish writes "17.30" (the locale data Qt and the desktops use, CLDR,
# agrees); so does Norwegian as Språkrådet writes it, "kl. 17.30", where CLDR has "17:30" (a Norwegian
# physiotherapist's walk read "tirsdag kl. 17:30" as a screen's, not her language's). The window writes its times
# with these signs (ui.shared.logged_text.clock_format), the domain's sentences through ``clock``, and a test
# (tests/ui/test_clock_text.py) holds the two alike.
CLOCK_SIGNS = {Language.EN: ":", Language.DA: ".", Language.NB: "."}


def clock(moment: time, language: Language) -> str:
    """A time of day in a sentence: "17:30", in Danish and Norwegian "17.30"."""
    return f"{moment:%H}{CLOCK_SIGNS[language]}{moment:%M}"


def rest_clock(seconds: int) -> str:
    """A rest in minutes and seconds, as a gym's clock shows it, in every language: 90 -> "1:30".
    The calendar, the log, the details and the planner's explanation write rests so."""
    return f"{seconds // 60}:{seconds % 60:02d}"


class RestProblem(StrEnum):
    """Why a typed rest is refused; the field says it in words with ``RestRefused.example``."""

    NOT_A_REST = "not_a_rest"  # no number, signs only, or more digits than a rest has: "2,", ":", "1234567"
    NOT_A_QUARTER = "not_a_quarter"  # "2,05", "2.30": a decimal minute that is no quarter, most likely a clock's 2:05
    SECONDS = "seconds"  # "2:5", "2:75": after the colon come two digits, 00 to 59
    TOO_LONG = "too_long"  # over limits.REST_S's 15:00


class RestRefused(Record):
    """A typed rest that is none, and the rest written the right way as an example: "2:05" for "2,05",
    "3:15" for "2:75", "16:40" for "1000" (what the user may have meant, or for TOO_LONG what it comes to)."""

    problem: RestProblem
    example: str


# Six digits at most on either side: no rest needs more, and int() raises on a pasted number of over 4300 digits.
_REST_TYPED = re.compile(r"(\d{0,6})(?:\s*([:.,])\s*(\d{0,6}))?")


def read_rest(text: str) -> int | RestRefused | None:
    """The seconds a typed rest means, why it is none, or None when nothing is typed.

    A rest is typed as a gym's clock or a physiotherapist's notes write it, the same in every language:
    - minutes and seconds with a colon, two digits of seconds: "2:30" is 150, "0:45" 45, ":45" 45 too;
    - minutes with a decimal comma or point: "2,5" = "2.5" = "2,50" = 2:30 ("2,50" was read as 2:50, where a
      Dane means two and a half minutes), "1,5" 1:30, "2,75" 2:45. Quarter minutes only: "2,05" or "2.30" is
      far more often a clock written with another sign (a Danish clock writes 17.30) than 2:03 or 2:18, so it
      is refused, with the clock's reading as the example, rather than guessed at;
    - a bare number: seconds ("90" is 1:30), but one digit is minutes (nobody rests 3 seconds: "3" is 3:00).
    """
    stripped = text.strip()
    if not stripped:
        return None
    typed = _REST_TYPED.fullmatch(stripped)
    if typed is None or not any(character.isdigit() for character in stripped):
        return RestRefused(RestProblem.NOT_A_REST, "2:30")
    whole, sign, part = typed.groups()
    minutes = int(whole or "0")
    if sign is None:
        seconds = minutes * 60 if len(whole) == 1 else minutes
    elif sign == ":":
        if len(part) != 2 or int(part) >= 60:
            shown = rest_clock(minutes * 60 + int(part[:2])) if len(part) >= 2 else f"{minutes}:{int(part or '0'):02d}"
            return RestRefused(RestProblem.SECONDS, shown)
        seconds = minutes * 60 + int(part)
    else:
        if not part:
            return RestRefused(RestProblem.NOT_A_REST, "2:30")
        quarters, left = divmod(int(part) * 4, 10 ** len(part))  # the decimal part in quarter minutes
        if left:
            clock = int((part + "0")[:2])  # "2,05" as a clock would read it, 2:05
            return RestRefused(RestProblem.NOT_A_QUARTER, f"{minutes}:{clock if clock < 60 else 30:02d}")
        seconds = minutes * 60 + quarters * 15
    if seconds > limits.REST_S.high:
        return RestRefused(RestProblem.TOO_LONG, rest_clock(seconds))
    return seconds


def rest_typed(text: str) -> int | None:
    """The seconds a typed rest means, as ``read_rest`` reads it; None for none (or one half typed)."""
    reading = read_rest(text)
    return reading if isinstance(reading, int) else None


def decimal(value: float, language: Language, digits: int = 1) -> str:
    """A number with at most ``digits`` decimals, with a decimal comma in Danish and Norwegian. Written
    out in full, not to six figures (``:g`` made 2204.623 lb "2204.62", and a million "1e+06")."""
    text = f"{value:.{digits}f}".rstrip("0").rstrip(".") if digits > 0 else f"{value:.0f}"
    text = "0" if text == "-0" else text
    return text if language is Language.EN else text.replace(".", ",")
