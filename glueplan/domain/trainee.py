"""Who a plan is for: experience level, units and time budget drive the rules."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from glueplan.domain.language import Language


class Level(StrEnum):
    """Training age (ACSM 2009 progression models); every rule threshold depends on it."""

    BEGINNER = "beginner"
    INTERMEDIATE = "intermediate"
    ADVANCED = "advanced"


class Units(StrEnum):
    """How loads are shown and typed; the store always keeps kilograms."""

    KG = "kg"
    LB = "lb"


def kilograms() -> Units:
    """Kilograms whatever the desktop: the units a first profile is made in where a picture must not depend on the
    machine (the screenshots, the calendar's preview, tests); a window and a command ask the desktop's likely ones."""
    return Units.KG


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
