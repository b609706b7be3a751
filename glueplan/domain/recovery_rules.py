"""The recovery rules over sessions in time order: REC-1 gaps between hard sessions, REC-2
readiness at the start of a session, REC-3 activation sets per day.

A week that repeats (a one-week plan) is followed by itself: the gap from its last hard session
wraps to its first, and last week's doses carry into Monday.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from math import floor

from glueplan.domain.catalog import Catalog
from glueplan.domain.findings import Finding, Muscles, SessionRef, Sessions, Severity
from glueplan.domain.plan import Weekday
from glueplan.domain.recovery import HOURS_PER_WEEK, Dose, fatigue
from glueplan.domain.session_load import SessionLoad
from glueplan.domain.thresholds import Thresholds


def gap_severity(gap: float, limits: Thresholds) -> tuple[Severity | None, float]:
    """REC-1's verdict on the hours between two hard sessions, with the gap it asks for."""
    if gap < limits.recovery_error_h:
        return Severity.ERROR, limits.recovery_warning_h
    if gap < limits.recovery_warning_h:
        return Severity.WARNING, limits.recovery_warning_h
    if gap < limits.recovery_advised_h:
        return Severity.INFO, limits.recovery_advised_h
    return None, 0.0


def pair_gap(first_hour: float, second_hour: float, wraps: bool) -> float:
    """Hours from one hard session to the next; ``wraps``: the next is in the week's next repetition."""
    return second_hour + (HOURS_PER_WEEK if wraps else 0) - first_hour


def rec1_finding(first: SessionRef, second: SessionRef, gap: float, muscles: tuple[str, ...],
                 limits: Thresholds) -> Finding:
    """REC-1 for a pair of sessions closer than the advised gap, naming every muscle it concerns. The two are
    also named together (``sessions``), so that two of one week say their week once ("tirsdag kl. 17.30 og
    torsdag kl. 17.30 i uke 1", not "uke 1, tirsdag … og uke 1, torsdag …")."""
    severity, minimum = gap_severity(gap, limits)
    assert severity is not None
    message = "rec1.advised" if severity is Severity.INFO else "rec1.same_time" if gap == 0 else "rec1.gap"
    return Finding("REC-1", severity, message,
                   (("muscles", Muscles(muscles)), ("first", first), ("second", second),
                    ("sessions", Sessions((first, second))), ("gap", round(gap, 1)), ("minimum", int(minimum))),
                   muscles, (first, second))


def rec1_findings(loads: Sequence[SessionLoad], repeating: bool, catalog: Catalog, limits: Thresholds,
                  week: int | None = None) -> list[Finding]:
    """REC-1 for time-ordered sessions: consecutive hard sessions per muscle, one finding per pair
    of sessions. With ``week``, only the pairs whose later session is in that program week."""
    hard_in: dict[str, list[SessionLoad]] = defaultdict(list)
    for load in loads:
        for muscle, sets in load.hard.items():
            if sets >= limits.hard_session_sets:
                hard_in[muscle].append(load)
    pairs: dict[tuple[SessionLoad, SessionLoad], tuple[float, list[str]]] = {}
    for muscle in catalog.muscles:
        hard = hard_in.get(muscle, [])
        followers = [(a, b, False) for a, b in zip(hard, hard[1:], strict=False)]
        if repeating and len(hard) > 1:  # last session of the week, then the first of the next
            followers.append((hard[-1], hard[0], True))
        for first, second, wraps in followers:
            if week is not None and second.ref.week != week:
                continue
            gap = pair_gap(first.hour, second.hour, wraps)
            if gap_severity(gap, limits)[0] is not None:
                pairs.setdefault((first, second), (gap, []))[1].append(muscle)
    return [rec1_finding(a.ref, b.ref, gap, tuple(muscles), limits) for (a, b), (gap, muscles) in pairs.items()]


class Timeline:
    """Every muscle's fatigue doses in time order, so fatigue reads only the last week's.

    ``loads`` are in time order and may leave weeks out; a repeating week's copy a week
    earlier goes before them.
    """

    def __init__(self, loads: Iterable[SessionLoad], repeating: bool) -> None:
        doses: dict[str, list[Dose]] = defaultdict(list)
        owners: dict[str, list[SessionLoad]] = defaultdict(list)
        for load in loads:
            for muscle, amount in load.dose.items():
                if amount > 0:
                    doses[muscle].append(Dose(load.hour, amount))
                    owners[muscle].append(load)
        if repeating:
            for muscle, found in doses.items():
                doses[muscle] = [Dose(dose.hour - HOURS_PER_WEEK, dose.amount) for dose in found] + found
                owners[muscle] = owners[muscle] * 2
        self._doses = doses
        self._owners = owners
        self._hours = {muscle: [dose.hour for dose in found] for muscle, found in doses.items()}

    def fatigue(self, muscle: str, hour: float, half_life_h: float) -> float:
        return fatigue(self.window(muscle, hour), hour, half_life_h)

    def window(self, muscle: str, hour: float, without: SessionLoad | None = None) -> list[Dose]:
        """The doses of the week before ``hour``, oldest first (``without`` the doses of one session)."""
        hours = self._hours.get(muscle)
        if not hours:
            return []
        first, end = bisect_left(hours, hour - HOURS_PER_WEEK), bisect_left(hours, hour)
        if without is None:
            return self._doses[muscle][first:end]
        owners = self._owners[muscle]
        return [dose for at, dose in enumerate(self._doses[muscle][first:end], first) if owners[at] is not without]


def judged_muscles(load: SessionLoad, limits: Thresholds) -> set[str]:
    """The muscles whose readiness at the session's start the rules and the summary read."""
    return set(load.heavy) | {muscle for muscle in load.hard if load.hard_for(muscle, limits)}


def session_fatigue(loads: Iterable[SessionLoad], timeline: Timeline, catalog: Catalog,
                    limits: Thresholds) -> dict[tuple[SessionLoad, str], float]:
    """Fatigue at the start of each session of the muscles it trains hard or heavily."""
    return {(load, muscle): timeline.fatigue(muscle, load.hour, catalog.muscle(muscle).half_life_h)
            for load in loads for muscle in judged_muscles(load, limits)}


def readiness_severity(ready: float, limits: Thresholds) -> Severity | None:
    if ready < limits.readiness_error:
        return Severity.ERROR
    if ready < limits.readiness_warning:
        return Severity.WARNING
    return None


def rec2_findings(load: SessionLoad, readiness: Mapping[str, float], limits: Thresholds) -> list[Finding]:
    """REC-2: readiness at the start of a session, for the muscles it trains hard and heavily
    (``readiness`` has each of them), one finding per severity."""
    low: dict[Severity, list[tuple[str, float]]] = defaultdict(list)
    for muscle in load.heavy:
        severity = readiness_severity(readiness[muscle], limits)
        if severity is not None:
            low[severity].append((muscle, readiness[muscle]))
    findings = []
    for severity, found in low.items():
        muscles = tuple(muscle for muscle, _ready in found)
        worst = min(ready for _muscle, ready in found)  # said rounded down: 74.6 % is under a 75 % line
        findings.append(Finding("REC-2", severity, "rec2.readiness",
                                (("muscles", Muscles(muscles)), ("session", load.ref), ("readiness", floor(worst)),
                                 ("minimum", int(limits.readiness_warning))), muscles, (load.ref,)))
    return findings


def rec3_findings(loads: Sequence[SessionLoad], week: int, limits: Thresholds) -> Iterator[Finding]:
    """REC-3: activation sets per day of one week (a note: they are fine daily, in moderation)."""
    per_day: dict[Weekday, int] = defaultdict(int)
    for load in loads:
        per_day[load.ref.day] += load.activation_sets
    for day, count in per_day.items():
        if count > limits.activation_sets_per_day:
            refs = tuple(load.ref for load in loads if load.ref.day == day)
            yield Finding("REC-3", Severity.INFO, "rec3.activation",
                          (("count", count), ("day", day), ("limit", limits.activation_sets_per_day)),
                          (), refs, week=week)
