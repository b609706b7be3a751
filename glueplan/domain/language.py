"""The three languages glueplan speaks, and text given in all of them."""

from __future__ import annotations

import locale
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import time
from enum import StrEnum
from typing import Generic, TypeVar

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

    @classmethod
    def from_environment(cls) -> Language:
        """The user's language as gettext finds it: LC_ALL, LC_MESSAGES, LANG, with LANGUAGE first
        unless the locale is C (then English)."""
        locale_name = next((os.environ[v] for v in ("LC_ALL", "LC_MESSAGES", "LANG") if os.environ.get(v)), None)
        if locale_name is not None and (locale_name in ("C", "POSIX") or locale_name.startswith("C.")):
            return cls.EN
        preferred = os.environ.get("LANGUAGE")
        if preferred:
            return cls.from_locale_name(preferred.split(":")[0])
        return cls.from_locale_name(locale_name or locale.getlocale()[0])


@dataclass(frozen=True, slots=True)
class Localized(Generic[T]):
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


# The sign between hours and minutes, as the locale data Qt and the desktops use (CLDR) has it:
# the window writes its times through Qt, the domain's sentences through ``clock``, and a test
# (tests/ui/test_clock_text.py) holds the two alike.
_CLOCK_SIGNS = {Language.EN: ":", Language.DA: ".", Language.NB: ":"}


def clock(moment: time, language: Language) -> str:
    """A time of day in a sentence: "17:30", in Danish "17.30"."""
    return f"{moment:%H}{_CLOCK_SIGNS[language]}{moment:%M}"


def rest_clock(seconds: int) -> str:
    """A rest in minutes and seconds, as a gym's clock shows it, in every language: 90 -> "1:30".
    The calendar, the log, the details and the planner's explanation write rests so."""
    return f"{seconds // 60}:{seconds % 60:02d}"


_REST_TYPED = re.compile(r"(\d+)(?:\s*([:.,])\s*(\d{0,2}))?")


def rest_typed(text: str) -> int | None:
    """The seconds a typed rest means, None for no rest (or one half typed): "2:30", "2.30" (the Danish
    clock's sign), "2,30" and "150" are all 150. A bare number is seconds, as the fields once asked, but
    for one digit, which is minutes (nobody rests 3 seconds: "3" is 3:00); one digit after a comma or a
    point is a decimal minute ("2,5" is 2:30), two are seconds."""
    typed = _REST_TYPED.fullmatch(text.strip())
    if typed is None:
        return None
    whole, sign, part = typed.groups()
    if sign is None:
        return int(whole) * 60 if len(whole) == 1 else int(whole)
    if len(part) == 2 and int(part) < 60:
        return int(whole) * 60 + int(part)
    if len(part) == 1 and sign != ":":
        return int(whole) * 60 + int(part) * 6
    return None


def decimal(value: float, language: Language, digits: int = 1) -> str:
    """A number with at most ``digits`` decimals, with a decimal comma in Danish and Norwegian. Written
    out in full, not to six figures (``:g`` made 2204.623 lb "2204.62", and a million "1e+06")."""
    text = f"{value:.{digits}f}".rstrip("0").rstrip(".") if digits > 0 else f"{value:.0f}"
    text = "0" if text == "-0" else text
    return text if language is Language.EN else text.replace(".", ",")
