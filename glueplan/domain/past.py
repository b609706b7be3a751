"""History: what of a program is lived and no edit glueplan proposes or makes may change (a fix, a copy of a week
over the weeks after it). One definition, read by the Week tab's "Behind you" and by each edit that keeps it."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from glueplan.domain.log import LoggedSet
from glueplan.domain.plan import Program, Weekday
from glueplan.domain.record import Record


class Past(Record):
    """What of a program is history: the days before ``today`` and the days with sets ``logged``, as the caller
    read them (the domain reads no clock). An edit changes neither: on a Saturday, "Move Workout 3 (Friday) to
    Saturday" moved a session logged the day before."""

    today: date | None = None
    logged: frozenset[date] = frozenset()

    @classmethod
    def of(cls, today: date, logged: Iterable[LoggedSet]) -> Past:
        """History as of ``today`` with the days of the ``logged`` sets: the one way it is read from the log, so
        that the Week tab's "Behind you" and the edits that keep history cannot drift apart."""
        return cls(today, frozenset(one.performed_at.date() for one in logged))

    def days(self, program: Program, weeks: Iterable[int] | None = None) -> frozenset[tuple[int, Weekday]]:
        """The program's (week, day) places that are history (none in a program without dates), of ``weeks`` alone
        when given, and of a week past its end among them: the one a copy of its last week adds."""
        starts = program.week_starts()
        if not starts:
            return frozenset()
        return frozenset((week, day) for week in (range(len(starts)) if weeks is None else weeks) for day in Weekday
                         if (when := starts[0] + timedelta(weeks=week, days=int(day))) in self.logged
                         or (self.today is not None and when < self.today))


NO_PAST = Past()  # a plan without dates (a plan file), or one not yet begun
