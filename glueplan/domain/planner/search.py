"""The search for the plan: an exact search of our own, judged by the rules engine.

Why not a constraint solver: OR-Tools' CP-SAT would do it, but its wheel is 30 MB and pulls in
numpy, pandas and protobuf (271 MB installed), and importing it alone takes 0.65 s on this
machine, most of the one second a 12-week plan may take. The problem is small: at most 127
subsets of the free days, a few exercises per session chosen by coaching roles, and 2-4 sets
each. So it is searched exactly, in order of preference:

1. day subsets, ranked by the engine's REC-1 verdict on their gaps and the FRQ-1 band
   (``placement``);
2. for each session, every dosing that fits its time budget and per-session cap, by the
   engine's own session estimate (``dosing``); the best few of each, combined into weeks and
   ranked by how close each banded muscle's weekly hard sets come to their target in the band;
3. each week, in that order, checked by ``validate`` as a repeating week (so the gap from
   Sunday to Monday and last week's fatigue count). The first with no error and no warning
   is the plan; when none is, the one with the fewest errors, then warnings.

The engine is the judge: the search never decides a rule holds, it only orders candidates.
Several weeks repeat the week, with a deload week (same exercises, fewer sets, more reps in
reserve: PER-2) closing each block of five (PER-1), and the whole program is validated again.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import product
from math import prod

from msgspec.structs import replace

from glueplan.domain import limits as bounds
from glueplan.domain.catalog import Catalog, Category
from glueplan.domain.deloads import weeks_with_deloads
from glueplan.domain.findings import Finding, Severity
from glueplan.domain.language import Language
from glueplan.domain.messages import messages
from glueplan.domain.plan import Program, Week
from glueplan.domain.planner.choice import MAXIMUS, MEDIUS, choose_exercises, pattern_of
from glueplan.domain.planner.dosing import Variant, variants
from glueplan.domain.planner.placement import Placement, placements
from glueplan.domain.planner.request import Emphasis, PlanRequest
from glueplan.domain.rules import Report, validate
from glueplan.domain.thresholds import Thresholds, builtin_thresholds
from glueplan.domain.record import Record

KEPT_PER_SESSION = 12  # dosings of each session (each giving the muscles other sets) combined into weeks
WEEKS_CHECKED = 40  # weeks validated per day subset before settling for the best found
PLACEMENTS_TRIED = 6  # day subsets tried, best first
# Where in each banded muscle's weekly band to aim, per emphasis (0: its low end, 1: its high end).
AIM = {
    Emphasis.BALANCED: {MAXIMUS: 0.6, MEDIUS: 0.4},
    Emphasis.MEDIUS: {MAXIMUS: 0.2, MEDIUS: 0.7},
    Emphasis.STRENGTH: {MAXIMUS: 0.5, MEDIUS: 0.0},
    Emphasis.REHAB: {MAXIMUS: 0.15, MEDIUS: 0.4},
}
# When no week aimed there keeps the rules (readiness runs short when the sessions are close),
# the same search again aiming at the low end of the bands.
AIM_SCALES = (1.0, 0.0)
Aims = dict[str, tuple[float, float, float, float]]  # per banded muscle: target, band low, band high, weight
SEVERITY_WEIGHT = {"error": 8.0, "warning": 4.0, "info": 1.0}  # of missing a muscle's target, by its band's rule
IN_BAND, OUT_OF_BAND = 0.5, 10.0  # per set away from the target, and per set outside the band
# Sets above a band are wasted whatever its rule's severity (a coach cuts them); below one, only the
# severity counts.
ABOVE_WEIGHT = SEVERITY_WEIGHT["warning"]


class Plan(Record):
    """The program found for a request, with the engine's report on it (at the request's level
    and session budget) and the errors and warnings it could not avoid."""

    request: PlanRequest
    program: Program
    report: Report
    placement: Placement
    problems: tuple[Finding, ...]

    @property
    def week(self) -> Week:
        """The training week (every week but the deloads)."""
        return self.program.weeks[0]


def level_limits(request: PlanRequest) -> Thresholds:
    return builtin_thresholds()[request.level]


def best_plan(request: PlanRequest, catalog: Catalog, language: Language, tries: int = PLACEMENTS_TRIED) -> Plan:
    """The best program for the request (deterministic for the same request and seed), trying
    the best ``tries`` day subsets."""
    limits = level_limits(request)
    dosings: dict[tuple[int, float], list[list[Variant]]] = {}
    best: tuple[tuple[int, int], Placement, Week] | None = None
    for placement, aim in product(placements(request, limits)[:tries], AIM_SCALES):
        key = (len(placement.slots), aim)
        if key not in dosings:
            dosings[key] = _session_dosings(request, catalog, limits, key[0], _aims(request, limits, aim), language)
        found = _best_week(placement, dosings[key], request, catalog, limits, _aims(request, limits, aim))
        if best is None or found[0] < best[0]:
            best = (found[0], placement, found[1])
        if found[0] == (0, 0):
            break
    assert best is not None  # a request has at least one free day
    _verdict, placement, week = best
    program = Program(_name(request, len(placement.slots), language), weeks_with_deloads(week, request.weeks, limits))
    report = validate(program, catalog, request.level, session_minutes_budget=request.minutes)
    problems = tuple(f for f in report.findings if f.severity is not Severity.INFO)
    return Plan(request, program, report, placement, problems)


def _session_dosings(request: PlanRequest, catalog: Catalog, limits: Thresholds, count: int, aims: Aims,
                     language: Language) -> list[list[Variant]]:
    """The best dosings of each of ``count`` sessions (on a placeholder day: the day does not
    change a session's sets or minutes). A session nothing fits the budget of gets its shortest."""
    found = []
    for number, picks in enumerate(choose_exercises(request, catalog, count, limits.gluteus_medius_exercises)):
        slot = request.slots[0]
        options = list(variants(picks, slot.day, slot.time, request, catalog, limits))
        if not options:  # over budget whatever is left out: the shortest, and the engine will say so
            unbounded = replace(request, minutes=bounds.PLAN_MINUTES.high)
            options = [min(variants(picks, slot.day, slot.time, unbounded, catalog, limits),
                           key=lambda variant: variant.load.minutes)]
        options.sort(key=lambda variant: _session_cost(variant, aims, count))
        distinct: dict[tuple[float, ...], Variant] = {}  # the best way to each amount of banded volume
        for variant in options:
            distinct.setdefault(tuple(variant.load.hard.get(muscle, 0.0) for muscle in aims), variant)
        kept = list(distinct.values())[:KEPT_PER_SESSION]
        found.append([_titled(variant, number, catalog, language) for variant in kept])
    return found


def _titled(variant: Variant, number: int, catalog: Catalog, language: Language) -> Variant:
    """The session named by its letter and what it is about: the first exercise after the warm-up."""
    exercises = [catalog.exercise(item.exercise_id) for item in variant.session.items]
    lead = next((e for e in exercises if e.category is not Category.ACTIVATION), exercises[0] if exercises else None)
    focus = pattern_of(lead).value if lead is not None else "activation"
    return replace(variant, session=replace(variant.session, title=_title(number, focus, language)))


def _aims(request: PlanRequest, limits: Thresholds, scale: float) -> Aims:
    """Per banded muscle: the weekly target, the band's ends and the weight of missing it."""
    aims = {}
    for muscle, volume in limits.volume.items():
        share = scale * AIM[request.emphasis].get(muscle, 0.0)
        band = volume.band
        aims[muscle] = (band.low + share * (band.high - band.low), band.low, band.high,
                        SEVERITY_WEIGHT[volume.severity])
    return aims


def _session_cost(variant: Variant, aims: Aims, count: int) -> float:
    cost = sum(IN_BAND * weight * abs(variant.load.hard.get(muscle, 0.0) - target / count)
               for muscle, (target, _low, _high, weight) in aims.items())
    return cost + _preference(variant)


def _preference(variant: Variant) -> float:
    """What a coach gives up last: an exercise, then the usual 3 sets, then full rests."""
    return variant.left_out + variant.off_usual + 0.6 * variant.short_rest


def _week_cost(combo: Sequence[Variant], aims: Aims) -> float:
    cost = sum(_preference(variant) for variant in combo)
    for muscle, (target, low, high, weight) in aims.items():
        total = sum(variant.load.hard.get(muscle, 0.0) for variant in combo)
        cost += weight * (IN_BAND * abs(total - target) + OUT_OF_BAND * max(low - total, 0.0))
        cost += max(weight, ABOVE_WEIGHT) * OUT_OF_BAND * max(total - high, 0.0)
    return cost


def _best_week(placement: Placement, dosings: list[list[Variant]], request: PlanRequest, catalog: Catalog,
               limits: Thresholds, aims: Aims) -> tuple[tuple[int, int], Week]:
    """The first week, in order of cost, that the engine finds no error or warning in; else the
    one with the fewest (errors, warnings)."""
    combos = sorted(product(*dosings), key=lambda combo: _week_cost(combo, aims)) if prod(map(len, dosings)) else [()]
    best: tuple[tuple[int, int], Week] | None = None
    for combo in combos[:WEEKS_CHECKED]:
        week = Week(tuple(replace(variant.session, day=slot.day, time=slot.time)
                          for variant, slot in zip(combo, placement.slots, strict=False)))
        report = validate(week, catalog, request.level, session_minutes_budget=request.minutes)
        verdict = _verdict(report)
        if best is None or verdict < best[0]:
            best = (verdict, week)
        if verdict == (0, 0):
            break
    assert best is not None
    return best


def _verdict(report: Report) -> tuple[int, int]:
    errors = sum(f.severity is Severity.ERROR for f in report.findings)
    warnings = sum(f.severity is Severity.WARNING for f in report.findings)
    return errors, warnings


def _title(number: int, pattern: str, language: Language) -> str:
    text = messages()
    return text("planner.title", language, letter=chr(ord("A") + number),
                focus=text(f"planner.pattern.{pattern}", language))


def _name(request: PlanRequest, sessions: int, language: Language) -> str:
    text = messages()
    return text("planner.name", language, emphasis=text(f"planner.emphasis.{request.emphasis.value}", language),
                count=sessions, minutes=request.minutes)

