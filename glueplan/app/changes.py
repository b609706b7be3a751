"""What an edit changed, so that each view refreshes only what it shows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True, slots=True)
class ChangeSet:
    """The parts of the workspace a command changed.

    ``weeks`` are program week indexes whose sessions or exercises changed; ``program`` says
    the program as a whole was replaced (opened, reloaded, weeks added or removed); ``report``
    that the rules report changed; ``log_days`` the dates whose logged sets changed; ``catalog``
    the user's own exercises; ``trainee`` the profile (level, units, time budgets); ``programs``
    the list of programs (their names, start dates, which one is active).
    """

    weeks: frozenset[int] = field(default_factory=frozenset)
    program: bool = False
    report: bool = False
    log_days: frozenset[date] = field(default_factory=frozenset)
    catalog: bool = False
    trainee: bool = False
    programs: bool = False

    def __or__(self, other: ChangeSet) -> ChangeSet:
        return ChangeSet(self.weeks | other.weeks, self.program or other.program, self.report or other.report,
                         self.log_days | other.log_days, self.catalog or other.catalog,
                         self.trainee or other.trainee, self.programs or other.programs)

    def __bool__(self) -> bool:
        return bool(self.weeks or self.program or self.report or self.log_days or self.catalog or self.trainee
                    or self.programs)

    @property
    def plan(self) -> bool:
        """Anything a view of the plan shows: its weeks, the program, its report."""
        return bool(self.weeks) or self.program or self.report

    @property
    def log(self) -> bool:
        return bool(self.log_days)
