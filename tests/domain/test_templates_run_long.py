"""A program started from a template for as many weeks as asked: a 12-week program from a built-in
template took six rounds of Copy week forward after a start that always gave 6."""

from __future__ import annotations


from msgspec.structs import replace

from glueplan.domain.catalog import Catalog
from glueplan.domain.commands import MakeDeload
from glueplan.domain.language import Language
from glueplan.domain.plan import Week
from glueplan.domain.plan_file import plan_to_data
from glueplan.domain.rules import validate
from glueplan.domain.templates import DEFAULT_WEEKS, builtin_templates, own_template
from glueplan.domain.trainee import Level


def deloads(weeks: tuple[Week, ...]) -> list[int]:
    return [number for number, week in enumerate(weeks, 1) if week.deload]


def test_a_built_in_template_runs_as_long_as_asked_with_a_deload_closing_each_block(catalog: Catalog) -> None:
    """Up to PER-1's 8 weeks the week repeats as written; longer, Plan my week's deloads (every 6th
    week) come in, so that the rules find no long run without one and nothing wrong with a deload."""
    template = builtin_templates()["seed-000"]
    assert template.weeks == DEFAULT_WEEKS
    assert len(template.program(catalog, Language.EN).weeks) == DEFAULT_WEEKS
    assert deloads(template.program(catalog, Language.EN, 8).weeks) == []
    program = template.program(catalog, Language.EN, 12)
    assert len(program.weeks) == 12 and deloads(program.weeks) == [6, 12]
    assert program.weeks[6] == program.weeks[0]
    findings = validate(program, catalog, template.level).findings
    assert [f.message for f in findings if f.rule.startswith("PER")] == []
    assert deloads(template.program(catalog, Language.EN, 52).weeks) == [6, 12, 18, 24, 30, 36, 42, 48]


def test_an_own_template_repeats_its_weeks_deloads_and_all_or_is_cut_short(catalog: Catalog) -> None:
    four = builtin_templates()["seed-002"].program(catalog, Language.EN, 4)
    four = MakeDeload(3).apply(replace(four, name="Four-week block"))
    template = own_template(1, "Four-week block", plan_to_data(four, Level.INTERMEDIATE))
    assert template.weeks == 4
    assert template.program(catalog, Language.EN).weeks == four.weeks
    ten = template.program(catalog, Language.EN, 10)
    assert len(ten.weeks) == 10 and deloads(ten.weeks) == [4, 8]
    assert template.program(catalog, Language.EN, 2).weeks == four.weeks[:2]
