"""A training program as plain values: weeks of sessions of prescribed exercises."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time
from enum import IntEnum

from glueplan.domain.catalog import Prescription


class Weekday(IntEnum):
    """ISO weekday numbering less one, Monday first as in Denmark and Norway."""

    MON = 0
    TUE = 1
    WED = 2
    THU = 3
    FRI = 4
    SAT = 5
    SUN = 6

    @property
    def code(self) -> str:
        """The three-letter name plan files use ("mon")."""
        return self.name.lower()

    @classmethod
    def from_code(cls, code: str) -> Weekday:
        return cls[code.upper()]


@dataclass(frozen=True, slots=True)
class PlannedExercise:
    exercise_id: str
    prescription: Prescription
    load_kg: float | None = None
    note: str = ""
    id: int | None = field(default=None, compare=False)  # the database row, once stored


@dataclass(frozen=True, slots=True)
class Session:
    day: Weekday
    time: time
    title: str
    items: tuple[PlannedExercise, ...]
    id: int | None = field(default=None, compare=False)  # the database row, once stored


@dataclass(frozen=True, slots=True)
class Week:
    sessions: tuple[Session, ...]
    deload: bool = False


@dataclass(frozen=True, slots=True)
class Program:
    name: str
    weeks: tuple[Week, ...]
    start: date | None = None
