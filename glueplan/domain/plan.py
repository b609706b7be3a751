"""A training program as plain values: weeks of sessions of prescribed exercises."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from enum import IntEnum

from msgspec.structs import replace

from glueplan.domain.catalog import Prescription
from glueplan.domain.record import PartlyCompared, Record


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


class PlannedExercise(PartlyCompared):
    exercise_id: str
    prescription: Prescription
    load_kg: float | None = None
    note: str = ""
    id: int | None = None  # the database row, once stored

    not_compared = frozenset({"id"})


class Session(PartlyCompared):
    day: Weekday
    time: time
    title: str
    items: tuple[PlannedExercise, ...]
    id: int | None = None  # the database row, once stored

    not_compared = frozenset({"id"})


class Week(Record):
    sessions: tuple[Session, ...]
    deload: bool = False


def without_loads(week: Week) -> Week:
    """The week with no load or note on any exercise: they were set for the person it was planned for,
    and a copy for someone else would prescribe another client's 62.5 kg."""
    return replace(week, sessions=tuple(replace(s, items=tuple(replace(i, load_kg=None, note="") for i in s.items))
                                        for s in week.sessions))


def monday_of(day: date) -> date:
    """The Monday that starts the (ISO) week of a date."""
    return day - timedelta(days=day.weekday())


def next_monday(today: date) -> date:
    """Programs start on a Monday: today if it is one, else the coming one."""
    return today + timedelta(days=(7 - today.weekday()) % 7)


def first_monday(first_week: Week, today: date, least_sessions: int) -> date:
    """The Monday a program with ``first_week`` starts on unless the user says otherwise: this week's when the
    week's sessions from today on still make the ``least_sessions`` a week the rules ask (FRQ-1), so that a
    lifter given a program on a Tuesday trains and logs this week (the walks: both looked for today's session);
    else the coming one, as a first week of one session trains the glutes once and shows the rest missed. A week
    with no sessions yet misses nothing: this week."""
    ahead = sum(session.day >= today.weekday() for session in first_week.sessions)
    return monday_of(today) if not first_week.sessions or ahead >= least_sessions else next_monday(today)


class Program(Record):
    name: str
    weeks: tuple[Week, ...]
    start: date | None = None

    def date_of(self, week: int, day: Weekday) -> date | None:
        """The calendar date of a weekday in a program week (week 0 starts on the Monday of the start)."""
        if self.start is None:
            return None
        return monday_of(self.start) + timedelta(weeks=week, days=int(day))

    def week_span(self, week: int) -> tuple[datetime, datetime] | None:
        """From the first moment of a program week's Monday to the last of its Sunday (None without dates): what the
        Week tab reads the week's logged sets by."""
        monday = self.date_of(week, Weekday.MON)
        return None if monday is None else (datetime.combine(monday, time.min),
                                            datetime.combine(monday + timedelta(days=6), time.max))

    def week_starts(self) -> list[date]:
        """The Monday of each program week (none without a start date)."""
        if self.start is None:
            return []
        return [monday_of(self.start) + timedelta(weeks=n) for n in range(len(self.weeks))]

    def week_of(self, day: date) -> int | None:
        """The program week a date falls in, or None before the start or after the last week."""
        if self.start is None:
            return None
        week = (day - monday_of(self.start)).days // 7
        return week if 0 <= week < len(self.weeks) else None

    def next_training_day(self, after: date) -> date | None:
        """The first date after ``after`` with a session planned; None when the program holds no more."""
        for week, monday in enumerate(self.week_starts()):
            for weekday in sorted({int(session.day) for session in self.weeks[week].sessions}):
                if (day := monday + timedelta(days=weekday)) > after:
                    return day
        return None

    def planned_on(self, day: date) -> list[PlannedExercise]:
        """The exercises planned for a date, in session and exercise order."""
        week = self.week_of(day)
        if week is None:
            return []
        sessions = sorted((s for s in self.weeks[week].sessions if int(s.day) == day.weekday()), key=lambda s: s.time)
        return [item for session in sessions for item in session.items]
