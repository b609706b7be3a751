"""A template started for a trainee of a level other than the one it is written for.

A template glueplan ships must not break glueplan's own rules for the level it is started at: seed 002's
gluteus medius week, written for an intermediate, gave a beginner 12 hard sets for the gluteus maximus
against the 6-10 of VOL-1 at RIR 2. Started at another level, each week's doses are moved as the domain
reference moves them between levels: the sets by the ratio of the levels' weekly volume bands (VOL-1,
VOL-2), never under two sets of a lift (``MIN_SETS``; one written at fewer, an own template's finisher, is not
raised to it) nor changed for activation work; the reps in reserve by the shift of the middle of the level's RIR
band (INT-4, INT-5: a beginner's compound lifts at RIR 3 rather than 2), inside that band. What still breaks a
rule of the level after that (a beginner trained hard three times a week, FRQ-1) is settled by the fixes the rules
engine offers, one at a time, the smallest first (``change_fixes.suggest``), as a coach would settle it on the Week
tab.
"""

from __future__ import annotations


from msgspec.structs import replace

from glueplan.domain import limits as bounds
from glueplan.domain.catalog import Catalog, Category
from glueplan.domain.change_fixes import MIN_SETS, suggest
from glueplan.domain.findings import Severity
from glueplan.domain.language import Language
from glueplan.domain.plan import PlannedExercise, Program, Week
from glueplan.domain.recovery import is_hard
from glueplan.domain.rules import rir_band, validate
from glueplan.domain.templates import Template, repeated
from glueplan.domain.thresholds import Band, Thresholds, builtin_thresholds
from glueplan.domain.trainee import Level

FIX_ROUNDS = 8  # fixes applied to a week at most: the built-in templates need two


def started(template: Template, catalog: Catalog, language: Language, level: Level,
            weeks: int | None = None) -> Program:
    """The template as a program for a trainee of ``level``, ``weeks`` long (its own length unless told):
    at its own level as written, at another its weeks dosed for that level, deloads placed by its rules."""
    program = template.written(catalog, language)
    if level is not template.level:
        table = builtin_thresholds()
        program = replace(program, weeks=tuple(
            _dosed(week, catalog, table[template.level], table[level], level, language) for week in program.weeks))
    return repeated(program, template.weeks if weeks is None else weeks, builtin_thresholds()[level])


def _middle(band: Band) -> float:
    return (band.low + band.high) / 2


def _volume_ratio(written: Thresholds, wanted: Thresholds) -> float:
    """How much more (or less) weekly volume the level asks for: its volume bands' middles summed over the
    written level's."""
    return (sum(_middle(v.band) for v in wanted.volume.values())
            / sum(_middle(v.band) for v in written.volume.values()))


def _dosed(week: Week, catalog: Catalog, written: Thresholds, wanted: Thresholds, level: Level,
           language: Language) -> Week:
    """One week of the template for the ``wanted`` level's thresholds; a deload week is scaled alike, as it
    is its training week made lighter, but judged with its program, not by itself."""
    ratio = _volume_ratio(written, wanted)

    def scaled(item: PlannedExercise) -> PlannedExercise:
        exercise = catalog.exercise(item.exercise_id)
        p = item.prescription
        if exercise.category is Category.ACTIVATION or not is_hard(p.rir, exercise.category):
            return item
        was, band = rir_band(exercise, written), rir_band(exercise, wanted)
        rir = round(p.rir + _middle(band) - _middle(was))
        sets = min(bounds.SETS.high, max(min(MIN_SETS, p.sets), round(p.sets * ratio)))
        return replace(item, prescription=replace(p, sets=sets, rir=int(min(max(rir, band.low), band.high))))

    dosed = Week(tuple(replace(s, items=tuple(scaled(i) for i in s.items)) for s in week.sessions), week.deload)
    return dosed if week.deload else _settled(dosed, catalog, level, language)


def _settled(week: Week, catalog: Catalog, level: Level, language: Language) -> Week:
    """The week with the engine's fixes applied, one at a time, while it breaks a rule of the level (a
    warning or an error): the first finding with a fix gets it, and the week is checked again."""
    program = Program("", (week,))
    for _round in range(FIX_ROUNDS):
        report = validate(program, catalog, level)
        flagged = [f for f in report.findings if f.severity is not Severity.INFO]
        fix = next((fix for f in flagged if (fix := suggest(program, report, f, language)) is not None), None)
        if fix is None:
            break
        program = fix.edit.apply(program)
    return program.weeks[0]
