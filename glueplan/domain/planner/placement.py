"""Which of the free days get a glute session: every subset of them, ranked.

Seven days have 127 non-empty subsets, so all are weighed (an exact search). The gaps are
judged with the engine's own REC-1 verdict (``gap_severity``) around the repeating week, and
the number of sessions against the level's hard-session band (FRQ-1): three where the band
allows (volume spread thin recovers best), evenly spaced.
"""

from __future__ import annotations

from itertools import combinations, pairwise

from glueplan.domain.findings import Severity
from glueplan.domain.plan import Session
from glueplan.domain.planner.request import FreeSlot, PlanRequest
from glueplan.domain.recovery import session_hour
from glueplan.domain.recovery_rules import gap_severity, pair_gap
from glueplan.domain.thresholds import Thresholds
from glueplan.domain.record import Record

PREFERRED_SESSIONS = 3  # FRQ-1: 2-3 hard sessions a week; the reference's default for advanced


class Placement(Record):
    slots: tuple[FreeSlot, ...]
    worst_gap: Severity | None  # REC-1's verdict on the closest pair
    shortest_gap_h: float

    def breaks(self, limits: Thresholds) -> tuple[bool, int]:
        """Whether REC-1 finds a gap too short (a warning or an error), and by how many sessions
        the count lies outside FRQ-1's band."""
        band, count = limits.hard_sessions, len(self.slots)
        return self.worst_gap in (Severity.ERROR, Severity.WARNING), int(max(band.low - count, count - band.high, 0))


def hour(slot: FreeSlot) -> float:
    return session_hour(Session(slot.day, slot.time, "", ()))


def placements(request: PlanRequest, limits: Thresholds) -> list[Placement]:
    """Every non-empty subset of the free days, best first."""
    band = limits.hard_sessions
    target = min(max(PREFERRED_SESSIONS, band.low), band.high)
    found = []
    for count in range(1, len(request.slots) + 1):
        for chosen in combinations(request.slots, count):
            hours = [hour(slot) for slot in chosen]
            gaps = [pair_gap(a, b, False) for a, b in pairwise(hours)]
            if len(hours) > 1:
                gaps.append(pair_gap(hours[-1], hours[0], True))
            verdicts = [gap_severity(gap, limits)[0] for gap in gaps]
            worst = min((v for v in verdicts if v is not None), key=lambda v: v.rank, default=None)
            found.append(Placement(chosen, worst, min(gaps, default=168.0)))

    def rank(placement: Placement) -> tuple[float, ...]:
        serious, outside = placement.breaks(limits)
        return (float(serious), float(outside), float(placement.worst_gap is Severity.INFO),
                float(abs(len(placement.slots) - target)), -placement.shortest_gap_h)

    return sorted(found, key=rank)


def can_keep_every_rule(request: PlanRequest, limits: Thresholds) -> bool:
    """Whether some subset of the free days is one REC-1 and FRQ-1 accept. When none is, no
    choice of exercises or doses gives a week without errors and warnings (every session trains
    the gluteus maximus hard), so the search for a fix need not plan such a request."""
    return placements(request, limits)[0].breaks(limits) == (False, 0)
