"""Who a plan is for: experience level, units and time budget drive the rules."""

from __future__ import annotations

import os
from dataclasses import dataclass
from enum import StrEnum

from glueplan.domain.language import Language, territory


class Level(StrEnum):
    """Training age (ACSM 2009 progression models); every rule threshold depends on it."""

    BEGINNER = "beginner"
    INTERMEDIATE = "intermediate"
    ADVANCED = "advanced"


class Units(StrEnum):
    """How loads are shown and typed; the store always keeps kilograms."""

    KG = "kg"
    LB = "lb"

    @classmethod
    def from_environment(cls) -> Units:
        """The units a new user most likely weighs in, by the locale's country (LC_ALL, LC_MEASUREMENT, LANG, as
        the C library reads them): pounds where the locale measures in US units, kilograms elsewhere (a British
        gym's plates are kilograms). Only a first guess: the first start asks (ui/welcome.py)."""
        locale_name = next((os.environ[v] for v in ("LC_ALL", "LC_MEASUREMENT", "LANG") if os.environ.get(v)), "")
        return cls.LB if territory(locale_name) in POUND_TERRITORIES else cls.KG


POUND_TERRITORIES = frozenset({"US", "LR", "MM"})  # CLDR's measurement system "US": the United States, Liberia, Myanmar


NAME_LENGTH = 200  # the longest name the database keeps
DEFAULT_SESSION_MINUTES = 30  # SES-3: seed 000's 15-20 min is too short for its own rests


@dataclass(frozen=True, slots=True)
class Trainee:
    name: str
    level: Level = Level.INTERMEDIATE
    units: Units = Units.KG
    session_minutes: int = DEFAULT_SESSION_MINUTES  # budget for one session (rule SES-3)
    weekly_minutes: int | None = None  # optional budget for all sessions of a week
    language: Language = Language.EN
