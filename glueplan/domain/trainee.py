"""Who a plan is for: experience level, units and time budget drive the rules."""

from __future__ import annotations

from enum import StrEnum

from glueplan.domain.language import Language, territory
from glueplan.domain.record import Record


class Level(StrEnum):
    """Training age (ACSM 2009 progression models); every rule threshold depends on it."""

    BEGINNER = "beginner"
    INTERMEDIATE = "intermediate"
    ADVANCED = "advanced"


class Units(StrEnum):
    """How loads are shown and typed; the store always keeps kilograms."""

    KG = "kg"
    LB = "lb"


# Where a locale measures in US units, not metric ones: the C library's LC_MEASUREMENT data ("measurement 2") has it for
# every locale of the United States (en_US, es_US, chr_US, yi_US, unm_US) and none other; Qt's QLocale agrees for en_US
# and es_US. Great Britain is metric here: a British gym's plates are kilograms.
POUND_TERRITORIES = frozenset({"US"})


def units_for(locale_name: str) -> Units:
    """The units a new trainee most likely weighs in where the locale ``locale_name`` ("en_US.UTF-8") is at home, as
    paper_for decides the paper: a first guess, asked in the welcome (ui/welcome.py)."""
    return Units.LB if territory(locale_name) in POUND_TERRITORIES else Units.KG


def kilograms() -> Units:
    """Kilograms whatever the desktop: the units a first profile is made in where a picture must not depend on the
    machine (the screenshots, the calendar's preview, tests); a window and a command ask the desktop's likely ones."""
    return Units.KG


NAME_LENGTH = 200  # the longest name the database keeps
DEFAULT_SESSION_MINUTES = 30  # SES-3: seed 000's 15-20 min is too short for its own rests


class Trainee(Record):
    name: str
    level: Level = Level.INTERMEDIATE
    units: Units = Units.KG
    session_minutes: int = DEFAULT_SESSION_MINUTES  # budget for one session (rule SES-3)
    weekly_minutes: int | None = None  # optional budget for all sessions of a week
    language: Language = Language.EN
