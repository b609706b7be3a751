"""Who a plan is for: experience level, units and time budget drive the rules."""

from __future__ import annotations

import unicodedata
from collections.abc import Collection, Iterable
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


def name_key(name: str) -> str:
    """What two trainees may not share, so that ``--trainee NAME`` names one: the name stripped and
    compared caseless as Unicode says (NFD, casefold, NFD): "Ødegård" is "ØDEGÅRD", "Strauß" is
    "STRAUSS", an "å" typed as a + ring is "å". The database holds it under a unique key; SQLite's
    lower() folds only ASCII."""
    return unicodedata.normalize("NFD", unicodedata.normalize("NFD", name.strip()).casefold())


def free_name(name: str, taken: Collection[str]) -> str:
    """``name``, or where its key is among ``taken`` the first of "name (2)", "name (3)", … that is
    free, shortened to fit the database."""
    candidate, number = name, 1
    while name_key(candidate) in taken:
        number += 1
        suffix = f" ({number})"
        candidate = name[:NAME_LENGTH - len(suffix)].rstrip() + suffix
    return candidate


def unique_names(trainees: Iterable[tuple[int, str]]) -> dict[int, str]:
    """The new names that make trainees' names unique, by id: of two with one name (made at the same
    moment on two computers before the database held the rule), the first made, the lower id, keeps
    it and the later one becomes "name (2)", so that no one is lost and each can be named again."""
    ordered = sorted(trainees)
    taken = {name_key(name) for _id, name in ordered}
    kept: set[str] = set()
    renamed = {}
    for trainee_id, name in ordered:
        if name_key(name) not in kept:
            kept.add(name_key(name))
            continue
        renamed[trainee_id] = free_name(name, taken)
        taken.add(name_key(renamed[trainee_id]))
    return renamed
