"""Properties of the rules engine over random valid plans (hypothesis)."""

from __future__ import annotations

import random
from datetime import time
from typing import Any

from msgspec.structs import replace
from hypothesis import given, settings
from hypothesis import strategies as st

from glueplan.domain.catalog import Prescription, RepRange, builtin_catalog
from glueplan.domain.plan import PlannedExercise, Program, Session, Week, Weekday
from glueplan.domain.rules import Report, revalidate, validate
from glueplan.domain.thresholds import builtin_thresholds
from glueplan.domain.trainee import Level

CATALOG = builtin_catalog()


@st.composite
def prescriptions(draw: st.DrawFn) -> Prescription:
    low = draw(st.integers(1, 100))
    return Prescription(draw(st.integers(1, 20)), RepRange(low, draw(st.integers(low, 100))),
                        draw(st.integers(0, 10)), draw(st.integers(0, 900)))


items = st.builds(PlannedExercise, st.sampled_from(sorted(CATALOG.exercises)), prescriptions())
sessions = st.builds(Session, st.sampled_from(list(Weekday)), st.builds(time, st.integers(0, 23), st.integers(0, 59)),
                     st.text(max_size=5), st.lists(items, max_size=5).map(tuple))
weeks = st.builds(Week, st.lists(sessions, max_size=6).map(tuple), st.booleans())
programs = st.builds(Program, st.just("p"), st.lists(weeks, min_size=1, max_size=12).map(tuple))


def comparable(report: Report) -> Any:
    """The report with session references reduced to what does not depend on listing order."""
    findings = [(f.key(), None if f.fix is None else (f.fix.session.key(), f.fix.day)) for f in report.findings]
    summary = [(w.deload, w.muscles, w.minutes, sorted((s.ref.key(), s.title, s.minutes) for s in w.sessions))
               for w in report.weeks]
    return findings, summary


@settings(max_examples=80, deadline=None)
@given(programs, st.sampled_from(list(Level)))
def test_any_valid_plan_validates_deterministically(program: Program, level: Level) -> None:
    first = validate(program, CATALOG, level)
    assert validate(program, CATALOG, level) == first
    assert len(first.weeks) == len(program.weeks)


@settings(max_examples=80, deadline=None)
@given(programs, st.sampled_from(list(Level)), st.randoms(use_true_random=False))
def test_findings_do_not_depend_on_the_order_sessions_are_listed(program: Program, level: Level,
                                                                rng: random.Random) -> None:
    shuffled = Program(program.name, tuple(
        Week(tuple(rng.sample(week.sessions, len(week.sessions))), week.deload) for week in program.weeks))
    assert comparable(validate(shuffled, CATALOG, level)) == comparable(validate(program, CATALOG, level))


@st.composite
def edits(draw: st.DrawFn, program: Program) -> tuple[Program, set[int]]:
    """The program with some of its weeks replaced, and maybe weeks added or removed at the end."""
    count = draw(st.integers(max(1, len(program.weeks) - 2), len(program.weeks) + 2))
    touched = draw(st.sets(st.integers(0, count - 1), max_size=3))
    new = [draw(weeks) if n in touched or n >= len(program.weeks) else program.weeks[n] for n in range(count)]
    return Program(program.name, tuple(new)), touched


@settings(max_examples=80, deadline=None)
@given(programs, st.sampled_from(list(Level)), st.sampled_from([None, 30.0, 200.0, 400.0]), st.data())
def test_rechecking_only_the_touched_weeks_gives_the_full_report(program: Program, level: Level,
                                                                 advised_h: float | None, data: st.DataObject) -> None:
    # Advised gaps over a week (200 h, 400 h) let REC-1 reach two and three weeks back.
    limits = builtin_thresholds()[level]
    if advised_h is not None:
        limits = replace(limits, recovery_advised_h=advised_h)
    report = validate(program, CATALOG, thresholds=limits)
    for _edit in range(2):  # a second edit starts from a report that was itself re-checked
        program, touched = data.draw(edits(program))
        full = validate(program, CATALOG, thresholds=limits)
        assert revalidate(report, program) == full  # the touched weeks found by comparison
        report = revalidate(report, program, touched)
        assert report == full
