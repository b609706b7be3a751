"""Where a program's deload weeks fall and what they are, when a week is repeated for several weeks
(Plan my week's programs, and a one-week template started for longer than PER-1 allows without one)."""

from __future__ import annotations


from msgspec.structs import replace

from glueplan.domain import limits as bounds
from glueplan.domain.plan import PlannedExercise, Week
from glueplan.domain.thresholds import Thresholds

TRAINING_WEEKS_PER_BLOCK = 5  # a deload every 5.6 +- 2.3 weeks (Bell 2024); PER-1 caps it


def weeks_with_deloads(week: Week, count: int, limits: Thresholds) -> tuple[Week, ...]:
    """``count`` weeks: the training week, with a deload week closing each block (Plan my week's and a long
    program's from a template)."""
    block = min(TRAINING_WEEKS_PER_BLOCK, limits.deload_within_weeks)
    deload = deload_week(week, limits)
    return tuple(deload if count > block and (n + 1) % (block + 1) == 0 else week for n in range(count))


def deload_week(week: Week, limits: Thresholds) -> Week:
    """PER-2: the same sessions with the middle of the deload cut of sets and more reps in reserve."""
    cut = (limits.deload_set_cut.low + limits.deload_set_cut.high) / 2

    def lighter(item: PlannedExercise) -> PlannedExercise:
        p = item.prescription
        return replace(item, prescription=replace(p, sets=max(1, round(p.sets * (1 - cut))),
                                                  rir=min(bounds.RIR.high, p.rir + limits.deload_rir_rise)))

    return Week(tuple(replace(s, items=tuple(lighter(i) for i in s.items)) for s in week.sessions), deload=True)
