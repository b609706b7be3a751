"""The rules engine stays fast for any plan: its fix search has a bounded budget per week."""

from __future__ import annotations

import time
from datetime import time as clock

from msgspec.structs import replace

from glueplan.domain.catalog import Catalog, builtin_catalog
from glueplan.domain.change_fixes import suggest
from glueplan.domain.language import Language
from glueplan.domain.plan import PlannedExercise, Program, Session, Week, Weekday
from glueplan.domain.rules import validate

LIGHT_WORK = ("glute_bridge", "cable_kickback", "barbell_hip_thrust", "cable_hip_abduction")


def crowded_week(sessions: int, catalog: Catalog) -> Week:
    """Sessions spread over every day at distinct times, each one set of a glute exercise: none
    is a hard session (no REC-1), but together they leave the glutes unready (REC-2 everywhere),
    so the fix search has a candidate day for every session. The old search took 32 s at 400."""
    week = []
    for number in range(sessions):
        exercise = LIGHT_WORK[number % len(LIGHT_WORK)]
        minutes = number // 7 * 17  # a few minutes apart on each day, from 05:00
        week.append(Session(Weekday(number % 7), clock(5 + minutes // 60 % 19, minutes % 60), f"S{number}",
                            (PlannedExercise(exercise, replace(catalog.exercise(exercise).prescription, sets=1)),)))
    return Week(tuple(week))


def test_a_week_of_400_sessions_is_checked_in_well_under_3_seconds() -> None:
    """Timed by the thread's own CPU, which other processes' load does not stretch (in a loaded run
    the wall time reached 3.8 s); the aim of under 1 s is tests/perf/bench_rules.py's to show."""
    catalog = builtin_catalog()
    week = crowded_week(400, catalog)
    start = time.thread_time()
    report = validate(week, catalog)
    elapsed = time.thread_time() - start
    assert sum(finding.rule == "REC-2" for finding in report.findings) > 300  # the search had work to do
    assert elapsed < 3.0


def test_too_many_sets_in_a_week_of_400_sessions_find_their_fix_in_well_under_a_second() -> None:
    """The fix that takes sets off across exercises counts them off one at a time: at 3 sets each, a week of
    400 sessions is hundreds of sets over its band, and its search must stay within the fix search's bound."""
    catalog = builtin_catalog()
    crowded = crowded_week(400, catalog)
    week = replace(crowded, sessions=tuple(replace(s, items=tuple(replace(i, prescription=replace(
        i.prescription, sets=3)) for i in s.items)) for s in crowded.sessions))
    program = Program("crowded", (week,))
    report = validate(program, catalog)
    finding = next(f for f in report.findings if f.message == "vol.band" and f.muscles == ("gluteus_maximus",))
    start = time.thread_time()
    suggest(program, report, finding, Language.EN)
    assert time.thread_time() - start < 1.0
