"""The explanation's doses are the plan's: it said "120 s rest" for compound lifts and for hip
thrusts and isolation beside a plan resting 3:00 after reverse lunges and 1:00 and 1:30 after
the cable abduction (a physiotherapist's report; rehab, Mon/Wed/Fri, 30 min, dumbbells and a
cable). It named the first exercise of each kind only, and put hip thrusts (REST-1) with
isolation (REST-2)."""

from __future__ import annotations

import pytest

from glueplan.domain.catalog import Category, Equipment, builtin_catalog
from glueplan.domain.language import Language
from glueplan.domain.plan import Weekday
from glueplan.domain.planner import Emphasis, FreeSlot, PlanRequest, propose
from glueplan.domain.trainee import Level

CATALOG = builtin_catalog()
HOME = frozenset({Equipment.DUMBBELL, Equipment.CABLE, Equipment.BENCH})
GYM = frozenset({Equipment.BARBELL, Equipment.BENCH, Equipment.CABLE, Equipment.BAND, Equipment.SQUAT_RACK})
MON_WED_FRI = (Weekday.MON, Weekday.WED, Weekday.FRI)
TUE_THU = (Weekday.TUE, Weekday.THU)
REQUESTS = {
    "the report: rehab, 3 days, 30 min": (MON_WED_FRI, 30, HOME, Level.INTERMEDIATE, Emphasis.REHAB),
    "rehab, 2 days, 40 min": (TUE_THU, 40, HOME, Level.INTERMEDIATE, Emphasis.REHAB),
    "balanced, 2 days, 30 min (short rests)": (TUE_THU, 30, HOME, Level.INTERMEDIATE, Emphasis.BALANCED),
    "balanced, 3 days, 45 min, gym": (MON_WED_FRI, 45, GYM, Level.INTERMEDIATE, Emphasis.BALANCED),
    "medius, 2 days, 30 min": (TUE_THU, 30, HOME, Level.INTERMEDIATE, Emphasis.MEDIUS),
    "strength, 3 days, 60 min, gym": (MON_WED_FRI, 60, GYM, Level.ADVANCED, Emphasis.STRENGTH),
    "beginner, bodyweight, 3 days": (MON_WED_FRI, 45, frozenset(), Level.BEGINNER, Emphasis.BALANCED),
}


def clock(seconds: int) -> str:
    """As the calendar and the log write a rest: 3:00."""
    return f"{seconds // 60}:{seconds % 60:02d}"


@pytest.mark.parametrize("name", REQUESTS)
@pytest.mark.parametrize("language", list(Language))
def test_the_explanation_names_every_dose_the_plan_prescribes_and_no_other(name: str, language: Language) -> None:
    days, minutes, equipment, level, emphasis = REQUESTS[name]
    request = PlanRequest(tuple(FreeSlot(day) for day in days), minutes, equipment, level, emphasis)
    proposal = propose(request, CATALOG, language)
    planned: dict[Category, list] = {}
    for session in proposal.plan.week.sessions:
        for item in session.items:
            planned.setdefault(CATALOG.exercise(item.exercise_id).category, []).append(item.prescription)
    lines = {line.key: line for line in proposal.explanation if line.key.startswith("why.dose")}
    assert set(lines) == {f"why.dose.{category.value}" for category in planned}, name
    for category, prescriptions in planned.items():
        line = lines[f"why.dose.{category.value}"]
        said = dict(line.params)
        assert said["reps"].values == tuple(sorted({p.reps for p in prescriptions}, key=lambda r: (r.low, r.high)))
        assert said["rir"].values == tuple(sorted({p.rir for p in prescriptions}))
        assert said["rest"].values == tuple(sorted({p.rest_s for p in prescriptions}))
        text = line.text(language, CATALOG)
        for p in prescriptions:  # in the words the calendar shows them in
            assert str(p.reps) in text and str(p.rir) in text.split("RIR ", 1)[1].split(",")[0], (name, text)
            assert clock(p.rest_s) in text, (name, text)
        assert "120 s" not in text


def test_the_reported_plan_reads_as_its_calendar() -> None:
    days, minutes, equipment, level, emphasis = REQUESTS["the report: rehab, 3 days, 30 min"]
    proposal = propose(PlanRequest(tuple(FreeSlot(day) for day in days), minutes, equipment, level, emphasis),
                       CATALOG, Language.DA)
    rests = {CATALOG.exercise(item.exercise_id).category: set() for s in proposal.plan.week.sessions
             for item in s.items}
    for session in proposal.plan.week.sessions:
        for item in session.items:
            rests[CATALOG.exercise(item.exercise_id).category].add(item.prescription.rest_s)
    assert len(rests[Category.COMPOUND]) > 1 or len(rests[Category.ISOLATION]) > 1  # the case reported
    texts = [line.text(Language.DA, CATALOG) for line in proposal.explanation if line.key.startswith("why.dose")]
    compound = next(t for t in texts if t.startswith("Flerledsøvelser"))
    assert all(clock(rest) in compound for rest in rests[Category.COMPOUND])
