"""What a trainee asks the planner for: when they are free, for how long, with what, at which
level and with which aim."""

from __future__ import annotations

from datetime import time
from enum import StrEnum

from msgspec.structs import force_setattr

from glueplan.domain import limits
from glueplan.domain.catalog import Equipment, Exercise
from glueplan.domain.plan import Weekday
from glueplan.domain.trainee import Level
from glueplan.domain.record import Record


class Emphasis(StrEnum):
    """What the program leans towards."""

    BALANCED = "balanced"  # seed 000: 2 compound + 2 isolation glute exercises a session
    MEDIUS = "medius"  # seed 002: the gluteus medius, activation first, single-leg strength
    STRENGTH = "strength"  # heavy compound lifts at low reps and long rests
    REHAB = "rehab"  # light: activation, single-leg control, reps in reserve at the top of the band


class FreeSlot(Record):
    """A day the trainee can train, and when."""

    day: Weekday
    time: time = time(18, 0)


class PlanRequest(Record):
    """``slots`` are the free days (one a day); ``minutes`` the budget of one session;
    ``equipment`` what is at hand (bodyweight always is). ``seed`` picks among equally good
    exercises: the same request and seed always give the same plan."""

    slots: tuple[FreeSlot, ...]
    minutes: int
    equipment: frozenset[Equipment]
    level: Level = Level.INTERMEDIATE
    emphasis: Emphasis = Emphasis.BALANCED
    weeks: int = 1
    seed: int = 0

    def __post_init__(self) -> None:
        days = [slot.day for slot in self.slots]
        if len(set(days)) != len(days):
            raise ValueError("one free slot a day")
        if self.minutes not in limits.PLAN_MINUTES:
            raise ValueError(f"minutes must be within {limits.PLAN_MINUTES.low}-{limits.PLAN_MINUTES.high}")
        if self.weeks not in limits.PLAN_WEEKS:
            raise ValueError(f"weeks must be within {limits.PLAN_WEEKS.low}-{limits.PLAN_WEEKS.high}")
        force_setattr(self, "slots", tuple(sorted(self.slots, key=lambda slot: (slot.day, slot.time))))
        force_setattr(self, "equipment", frozenset(self.equipment) | {Equipment.BODYWEIGHT})

    def has_day(self, day: Weekday) -> bool:
        return any(slot.day == day for slot in self.slots)

    def allows(self, exercise: Exercise) -> bool:
        """Whether one of the exercise's equipment alternatives is all at hand."""
        return any(option <= self.equipment for option in exercise.equipment)
