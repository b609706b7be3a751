"""Fixes for recovery findings: the nearest day a session can move to where it is in no
recovery finding and no new error or warning appears (notes such as REC-3's move with it).

A move changes only what depends on days, the recovery rules, and only in the session's week
and the next (the fatigue model forgets after a week); the week before holds the gaps into it.
So a candidate day is judged by what the move changes, not by checking the weeks again:

- REC-1: for each muscle the session trains hard, its neighbours at the new place must be at
  least the warning gap away; the sessions it leaves become neighbours, the two it comes
  between stop being neighbours, and the findings of just those pairs are worked out again;
- REC-2: the moved session's readiness at its new hour, and for the sessions in the week's
  reach that train its muscles heavily, their fatigue less the old dose plus the new one (the
  exact sum again when that lands within a hair of a readiness line).

Each week has a budget of candidate days judged this way, spent on the nearest days of all its
sessions first, so that a week of hundreds of sessions stays fast; a session the budget does not
reach gets no fix. Normal plans need a small part of it (tests/domain/test_rules.py holds them
to the fixes a full re-check finds).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence

from glueplan.domain.catalog import Catalog
from glueplan.domain.commands import MoveSession
from glueplan.domain.findings import Finding, Fix, SessionRef, Severity, Title
from glueplan.domain.default_names import session_number
from glueplan.domain.plan import Week, Weekday
from glueplan.domain.recovery import HOURS_PER_WEEK, WINDOW_H, Dose, fatigue, percent_ready, readiness
from glueplan.domain.recovery_rules import (
    Timeline,
    gap_severity,
    pair_gap,
    readiness_severity,
    rec1_finding,
    rec2_findings,
)
from glueplan.domain.session_load import SessionLoad
from glueplan.domain.thresholds import Thresholds
from glueplan.domain.record import Record

DISTANCES = (1, -1, 2, -2, 3, -3)  # days from the session's own, nearest first, later before earlier
FIX_BUDGET = 120  # candidate days judged per week; the largest template week needs 12
_NEAR_LINE = 1e-6  # readiness (per cent) this close to a line is summed again exactly


def move_fix(session: SessionRef, title: str, day: Weekday) -> Fix:
    """Moving a session to another day, named by its title (two sessions may share a day and
    time) and its place; an untitled one by its place alone."""
    where = (("session", session), ("day", day))
    if title.strip():
        return Fix(MoveSession(session.week, session.index, day), "move_session", (("title", Title(title)), *where))
    return Fix(MoveSession(session.week, session.index, day), "move_untitled", where)


def _same_time(finding: Finding) -> bool:
    """Two sessions at the same day and hour: either may move."""
    return finding.sessions[0].key() == finding.sessions[-1].key()


def finding_fix(finding: Finding, fixes: Mapping[SessionRef, Fix | None], week: Week) -> Fix | None:
    """The fix of a recovery problem: the move of its later session. Of two at the same time, the
    one whose move keeps the week's numbered sessions in the order of their days ("Workout 2"
    dropped onto Workout 3's Friday goes back between Workouts 1 and 3, a "Workout 4" added there
    goes after it), else the nearer move, else the later by title."""
    later = fixes[finding.sessions[-1]]
    if not _same_time(finding):
        return later
    moves = [fix for fix in (later, fixes[finding.sessions[0]]) if fix is not None]
    return min(moves, key=lambda fix: (not _in_order(fix, week), abs(fix.day - fix.session.day)), default=None)


def _in_order(fix: Fix, week: Week) -> bool:
    """Whether the moved session's number ("Workout N", in any language) falls in the order of the
    days once moved (a title of the user's is in order anywhere)."""
    moved = week.sessions[fix.session.index]
    number = session_number(moved.title, "session.default_title")
    if number is None:
        return True
    at = (fix.day, moved.time)
    for session in week.sessions:
        other = session_number(session.title, "session.default_title") if session is not moved else None
        if other is not None and (other < number) != ((session.day, session.time) < at):
            return False
    return True


def is_recovery_problem(finding: Finding) -> bool:
    """A finding a move could fix: a REC-1 or REC-2 error or warning."""
    return finding.rule in ("REC-1", "REC-2") and finding.severity is not Severity.INFO


def week_fixes(week: int, nearby: Sequence[SessionLoad], recovery: Iterable[Finding], timeline: Timeline,
               fatigue_at: Mapping[tuple[SessionLoad, str], float], baseline: set[tuple[object, ...]],
               repeating: bool, catalog: Catalog, limits: Thresholds) -> dict[SessionRef, Fix | None]:
    """The fix of each session of ``week`` that a recovery problem ends on.

    ``nearby``: the sessions of the week before, this week and the next, in time order;
    ``recovery``: the recovery findings of those weeks; ``timeline``: the doses of those weeks
    (and maybe more); ``fatigue_at``: fatigue of each session of this week and the next at its
    start, per muscle it trains heavily; ``baseline``: the identities of the program's recovery
    problems, which a move may keep but not add to.
    """
    recovery = list(recovery)
    ends = {ref for f in recovery if is_recovery_problem(f) and f.sessions[-1].week == week
            for ref in (f.sessions if _same_time(f) else f.sessions[-1:])}
    if not ends:
        return {}
    search = _Neighbourhood(week, nearby, recovery, timeline, fatigue_at, baseline, repeating, catalog, limits)
    pending = [load for load in nearby if load.ref in ends]
    fixes: dict[SessionRef, Fix | None] = {load.ref: None for load in pending}
    budget = FIX_BUDGET
    for distance in DISTANCES:
        unresolved = []
        for load in pending:
            day = int(load.ref.day) + distance
            if 0 <= day <= 6 and search.possible(load, distance):
                if budget == 0:
                    return fixes
                budget -= 1
                if search.accepts(load, distance):
                    fixes[load.ref] = move_fix(load.ref, load.session.title, Weekday(day))
                    continue
            unresolved.append(load)
        pending = unresolved
    return fixes


class _Hard(Record):
    """One muscle's hard sessions in time order, and where each stands."""

    loads: list[SessionLoad]
    hours: list[float]
    place: dict[SessionLoad, int]


class _Neighbourhood:
    """The sessions around one week, indexed by muscle, to judge moves of its sessions."""

    def __init__(self, week: int, nearby: Sequence[SessionLoad], recovery: Iterable[Finding], timeline: Timeline,
                 fatigue_at: Mapping[tuple[SessionLoad, str], float], baseline: set[tuple[object, ...]],
                 repeating: bool, catalog: Catalog, limits: Thresholds) -> None:
        self.judged = {week, week + 1}
        self.repeating = repeating
        self.fatigue_at = fatigue_at
        self.baseline = baseline
        self.catalog = catalog
        self.limits = limits
        self.taken = {load.hour for load in nearby}
        self.timeline = timeline
        hard: dict[str, list[SessionLoad]] = defaultdict(list)
        readers: dict[str, list[SessionLoad]] = defaultdict(list)  # sessions whose REC-2 reads the muscle
        for load in nearby:
            for muscle in load.hard:
                if load.hard_for(muscle, limits):
                    hard[muscle].append(load)
            if load.ref.week in self.judged:
                for muscle in load.heavy:
                    readers[muscle].append(load)
        self.hard = {muscle: _Hard(found, [load.hour for load in found], {load: i for i, load in enumerate(found)})
                     for muscle, found in hard.items()}
        self.readers = {muscle: (found, [load.hour for load in found]) for muscle, found in readers.items()}
        weeks = {week - 1, week, week + 1}
        self.pairs = {(f.sessions[0], f.sessions[1]): f for f in recovery  # the REC-1 problems within these weeks
                      if f.rule == "REC-1" and is_recovery_problem(f) and {r.week for r in f.sessions} <= weeks}
        self.order = {muscle: index for index, muscle in enumerate(catalog.muscles)}

    # -- REC-1 -----------------------------------------------------------------------------------

    def _neighbours(self, muscle: str, load: SessionLoad, hour: float) -> tuple[_Side | None, _Side | None]:
        """The muscle's hard sessions just before and after ``hour`` once ``load`` has left."""
        hard = self.hard[muscle]
        at = bisect_left(hard.hours, hour)  # no session starts at the hour a move goes to
        return self._beside(muscle, load, at - (hard.place[load] < at))

    def _around(self, muscle: str, load: SessionLoad) -> tuple[_Side | None, _Side | None]:
        """The muscle's hard sessions just before and after ``load`` where it is now."""
        return self._beside(muscle, load, self.hard[muscle].place[load])

    def _beside(self, muscle: str, load: SessionLoad, at: int) -> tuple[_Side | None, _Side | None]:
        """The hard sessions on either side of place ``at`` among the muscle's others than ``load``."""
        hard = self.hard[muscle]
        leaving = hard.place[load]
        count = len(hard.loads) - 1

        def other(index: int) -> SessionLoad:
            return hard.loads[index + (index >= leaving)]

        if count == 0:
            return None, None
        before = _Side(other(at - 1), False) if at > 0 else _Side(other(count - 1), True) if self.repeating else None
        after = _Side(other(at), False) if at < count else _Side(other(0), True) if self.repeating else None
        return before, after

    def possible(self, load: SessionLoad, distance: int) -> bool:
        """Cheap first test: the day is free at that hour and no hard session for the same muscle
        is nearer than the warning gap (the moved session would be in a REC-1 finding)."""
        hour = load.hour + distance * 24
        if hour in self.taken:
            return False
        warning = self.limits.recovery_warning_h
        for muscle in self._hard_muscles(load):
            before, after = self._neighbours(muscle, load, hour)
            if before is not None and pair_gap(before.load.hour, hour, before.wraps) < warning:
                return False
            if after is not None and pair_gap(hour, after.load.hour, after.wraps) < warning:
                return False
        return True

    def _hard_muscles(self, load: SessionLoad) -> list[str]:
        return [muscle for muscle, hard in self.hard.items() if load in hard.place]

    def _pairs_keep(self, load: SessionLoad, hour: float) -> bool:
        """The pairs of hard sessions the move joins (the two it leaves) and splits (the two it
        comes between) bring no new REC-1 problem."""
        changes: dict[tuple[SessionLoad, SessionLoad], tuple[float, set[str], set[str]]] = {}
        for muscle in self._hard_muscles(load):
            left, right = self._around(muscle, load)
            before, after = self._neighbours(muscle, load, hour)
            if _same(left, before) and _same(right, after):
                continue  # it stays between the same two sessions
            if left is not None and right is not None and left.load is not right.load:
                gap = pair_gap(left.load.hour, right.load.hour, left.wraps or right.wraps)
                changes.setdefault((left.load, right.load), (gap, set(), set()))[1].add(muscle)
            if before is not None and after is not None and before.load is not after.load:
                gap = pair_gap(before.load.hour, after.load.hour, before.wraps or after.wraps)
                changes.setdefault((before.load, after.load), (gap, set(), set()))[2].add(muscle)
        for (first, second), (gap, joined, split) in changes.items():
            if not {first.ref.week, second.ref.week} & self.judged:
                continue
            severity = gap_severity(gap, self.limits)[0]
            if severity is None or severity is Severity.INFO:
                continue
            was = self.pairs.get((first.ref, second.ref))
            had = set(was.muscles) if was is not None else set()
            muscles = (had - split) | joined
            if muscles and muscles != had:
                ordered = tuple(sorted(muscles, key=self.order.__getitem__))
                if rec1_finding(first.ref, second.ref, gap, ordered, self.limits).identity() not in self.baseline:
                    return False
        return True

    # -- REC-2 -----------------------------------------------------------------------------------

    def _moved_doses(self, load: SessionLoad, muscle: str, hour: float, reader: SessionLoad) -> list[Dose]:
        """The muscle's doses of the week before ``reader`` once ``load`` has moved to ``hour``."""
        kept = self.timeline.window(muscle, reader.hour, without=load)
        for at in ((hour - HOURS_PER_WEEK, hour) if self.repeating else (hour,)):
            kept.insert(bisect_right([dose.hour for dose in kept], at), Dose(at, load.dose[muscle]))
        return kept

    def _ready_at_new_place(self, load: SessionLoad, hour: float) -> bool:
        """The moved session itself is in no REC-2 finding (its own doses are not yet in its past)."""
        for muscle in load.heavy:
            window = self.timeline.window(muscle, hour, without=load)
            if readiness_severity(readiness(window, hour, self.catalog.muscle(muscle).half_life_h),
                                  self.limits) is not None:
                return False
        return True

    def _affected(self, load: SessionLoad, muscle: str, hour: float) -> Iterable[SessionLoad]:
        """The sessions whose readiness of the muscle the move changes (within a week after either hour)."""
        found, hours = self.readers.get(muscle, ([], []))
        if self.repeating:
            return [reader for reader in found if reader is not load]
        spans = ((load.hour, load.hour + WINDOW_H), (hour, hour + WINDOW_H))
        return {reader: None for start, end in spans
                for reader in found[bisect_right(hours, start):bisect_left(hours, end)] if reader is not load}

    def _readiness_keeps(self, load: SessionLoad, hour: float) -> bool:
        """No session the move reaches gets a REC-2 problem the program did not have."""
        changed: dict[SessionLoad, dict[str, float]] = defaultdict(dict)
        for muscle, amount in load.dose.items():
            if amount <= 0:
                continue
            half_life = self.catalog.muscle(muscle).half_life_h
            old = [Dose(load.hour, amount)] + ([Dose(load.hour - HOURS_PER_WEEK, amount)] if self.repeating else [])
            new = [Dose(hour, amount)] + ([Dose(hour - HOURS_PER_WEEK, amount)] if self.repeating else [])
            for reader in self._affected(load, muscle, hour):
                before = self.fatigue_at[(reader, muscle)]
                ready = percent_ready(before - fatigue(old, reader.hour, half_life)
                                      + fatigue(new, reader.hour, half_life))
                if min(abs(ready - line) for line in (self.limits.readiness_error,
                                                      self.limits.readiness_warning)) < _NEAR_LINE:
                    ready = readiness(self._moved_doses(load, muscle, hour, reader), reader.hour, half_life)
                if readiness_severity(ready, self.limits) is not readiness_severity(percent_ready(before),
                                                                                     self.limits):
                    changed[reader][muscle] = ready
        for reader, ready in changed.items():
            everything = {muscle: ready.get(muscle, percent_ready(self.fatigue_at[(reader, muscle)]))
                          for muscle in reader.heavy}
            if any(f.identity() not in self.baseline for f in rec2_findings(reader, everything, self.limits)):
                return False
        return True

    def accepts(self, load: SessionLoad, distance: int) -> bool:
        """Moving the session this many days (``possible`` holds) clears it of recovery findings
        and brings no new recovery problem."""
        hour = load.hour + distance * 24
        return (self._pairs_keep(load, hour) and self._ready_at_new_place(load, hour)
                and self._readiness_keeps(load, hour))


class _Side(Record):
    """A neighbouring hard session; ``wraps``: the pair runs into the week's next repetition."""

    load: SessionLoad
    wraps: bool


def _same(one: _Side | None, other: _Side | None) -> bool:
    return (one and one.load) is (other and other.load)
