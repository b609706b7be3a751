"""What an edit changed, so that each view refreshes only what it shows."""

from __future__ import annotations

from datetime import date

from glueplan.domain.log import LoggedSet
from glueplan.domain.record import Record


class ChangeSet(Record):
    """The parts of the workspace a command changed.

    ``weeks`` are program week indexes whose sessions or exercises changed; ``program`` says
    the program as a whole was replaced (opened, reloaded, weeks added or removed); ``report``
    that the rules report changed; ``log_days`` the dates whose logged sets changed; ``catalog``
    the user's own exercises; ``trainee`` the profile (level, units, time budgets); ``programs``
    the list of programs (their names, start dates, which one is active); ``whole_log`` every
    day of the log (another trainee's, or sets logged on another computer); ``logged`` the sets it
    logged, each with its id and as stored, on days of ``log_days`` it changed in no other way: a view
    of such a day adds them to the sets it read, rather than read the day (and its note) again.
    """

    weeks: frozenset[int] = frozenset()
    program: bool = False
    report: bool = False
    log_days: frozenset[date] = frozenset()
    catalog: bool = False
    trainee: bool = False
    programs: bool = False
    whole_log: bool = False
    logged: tuple[tuple[int, LoggedSet], ...] = ()

    @classmethod
    def everything(cls) -> ChangeSet:
        """Another trainee: every page shows someone else's plan, log and profile."""
        return cls(program=True, report=True, trainee=True, programs=True, whole_log=True)

    def __or__(self, other: ChangeSet) -> ChangeSet:
        return ChangeSet(self.weeks | other.weeks, self.program or other.program, self.report or other.report,
                         self.log_days | other.log_days, self.catalog or other.catalog,
                         self.trainee or other.trainee, self.programs or other.programs,
                         self.whole_log or other.whole_log, self._logged_beside(other) + other._logged_beside(self))

    def _logged_beside(self, other: ChangeSet) -> tuple[tuple[int, LoggedSet], ...]:
        """The sets this change logged, less those of a day ``other`` changed in another way too (a set deleted or
        edited there): such a day is read again."""
        if other.whole_log:
            return ()
        otherwise = other.log_days - {logged.performed_at.date() for _id, logged in other.logged}
        return tuple(entry for entry in self.logged if entry[1].performed_at.date() not in otherwise)

    def __bool__(self) -> bool:
        return bool(self.weeks or self.program or self.report or self.log_days or self.catalog or self.trainee
                    or self.programs or self.whole_log)

    @property
    def plan(self) -> bool:
        """Anything a view of the plan shows: its weeks, the program, its report."""
        return bool(self.weeks) or self.program or self.report

    @property
    def log(self) -> bool:
        return bool(self.log_days) or self.whole_log
