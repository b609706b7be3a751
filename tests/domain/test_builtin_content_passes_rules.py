"""The app's own content passes its own rules: every built-in template at the level it is written
for, and every exercise's default prescription (what a drop into any trainee's plan gets) at
every level."""

from __future__ import annotations

import copy
from datetime import time

import pytest

from glueplan.domain.catalog import Catalog, Category, builtin_catalog
from glueplan.domain.findings import Severity
from glueplan.domain.language import Language
from glueplan.domain.plan import PlannedExercise, Session, Week, Weekday
from glueplan.domain.rules import validate
from glueplan.domain.template_start import started
from glueplan.domain.templates import builtin_templates, own_template
from glueplan.domain.trainee import Level

# The rules that judge one planned exercise by itself (the others judge a week or a program).
PRESCRIPTION_RULES = {"INT-1", "INT-2", "INT-4", "INT-5", "REST-1", "REST-2", "REST-3"}


@pytest.mark.parametrize("template_id", sorted(builtin_templates()))
def test_every_template_has_no_warning_or_error_at_its_level(catalog: Catalog, template_id: str) -> None:
    template = builtin_templates()[template_id]
    for language in Language:
        program = template.program(catalog, language)
        report = validate(program, catalog, template.level)
        flagged = [(f.rule, f.message, f.params) for f in report.findings if f.severity is not Severity.INFO]
        assert flagged == [], (template_id, language)
        notes = [(f.rule, f.params) for f in report.findings if f.rule in PRESCRIPTION_RULES]
        assert notes == [], template_id


@pytest.mark.parametrize("exercise_id", sorted(builtin_catalog().exercises))
def test_every_default_prescription_passes_at_every_level(catalog: Catalog, exercise_id: str) -> None:
    exercise = catalog.exercise(exercise_id)
    week = Week((Session(Weekday.MON, time(17, 30), "", (PlannedExercise(exercise.id, exercise.prescription),)),))
    for level in Level:
        findings = [(f.rule, f.message, f.params) for f in validate(week, catalog, level).findings
                    if f.rule in PRESCRIPTION_RULES]
        assert findings == [], (exercise_id, level.value)



@pytest.mark.parametrize("level", list(Level))
@pytest.mark.parametrize("template_id", sorted(builtin_templates()))
def test_every_template_started_at_every_level_has_no_warning_or_error(catalog: Catalog, template_id: str,
                                                                       level: Level) -> None:
    """Seed 002, written for an intermediate, gave a beginner 12 hard sets for the gluteus maximus (6-10 fit),
    at RIR 2: a template is dosed for the level it is started at, and run long, its deloads included."""
    template = builtin_templates()[template_id]
    for weeks in (None, 12):
        program = started(template, catalog, Language.NB, level, weeks)
        report = validate(program, catalog, level)
        flagged = [(f.rule, f.message, f.params) for f in report.findings if f.severity is not Severity.INFO]
        assert flagged == [], (template_id, level.value, weeks)
        notes = [(f.rule, f.params) for f in report.findings if f.rule in PRESCRIPTION_RULES]
        assert notes == [], (template_id, level.value, weeks)


def test_a_beginner_starts_the_gluteus_medius_template_with_fewer_sets_in_reserve_more(catalog: Catalog) -> None:
    """The physiotherapist's finding: the level Beginner changed no dose of seed 002's strength lifts."""
    week = started(builtin_templates()["seed-002"], catalog, Language.NB, Level.BEGINNER).weeks[0]
    lifts = [item.prescription for session in week.sessions for item in session.items
             if catalog.exercise(item.exercise_id).category is Category.COMPOUND]
    assert {(p.sets, p.rir) for p in lifts} == {(2, 3)}


def test_a_lift_written_at_one_set_is_not_given_two_when_dosed_down(catalog: Catalog) -> None:
    """An own template's single set of a lift (a finisher), started for a beginner (fewer sets than written for an
    intermediate), was raised to two sets: the floor of two applied to a lift written under it."""
    data = copy.deepcopy(builtin_templates()["seed-002"].plan)
    squat = data["sessions"][0]["items"][1]
    assert squat["exercise"] == "single_leg_box_squat"
    squat["sets"] = 1
    week = started(own_template(1, "Finisher", data), catalog, Language.NB, Level.BEGINNER).weeks[0]
    assert week.sessions[0].items[1].prescription.sets == 1
