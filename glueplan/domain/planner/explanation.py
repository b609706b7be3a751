"""Why the plan is as it is, which rules it had to break, and which one change to the request
would let it keep them all.

A fix is found, not guessed: the request is planned again with one change (a day more, a day
moved, more minutes, a piece of equipment), and the change is offered only when the engine then
finds no error and no warning. Sentences are message keys with parameters, so the same
proposal reads in English, Danish and Norwegian.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from msgspec.structs import replace

from glueplan.domain.catalog import Catalog, Category, Equipment, Laterality, Prescription
from glueplan.domain.findings import Finding, Muscles, describe, join, render
from glueplan.domain.language import Language, rest_clock
from glueplan.domain.messages import messages
from glueplan.domain.plan import Weekday
from glueplan.domain.planner.choice import MEDIUS, pattern_of
from glueplan.domain.planner.placement import can_keep_every_rule, hour
from glueplan.domain.planner.request import FreeSlot, PlanRequest
from glueplan.domain.planner.search import Plan, best_plan, level_limits
from glueplan.domain.recovery import HOURS_PER_WEEK
from glueplan.domain.recovery_rules import pair_gap
from glueplan.domain.thresholds import Band
from glueplan.domain.record import Record

MINUTE_STEPS = (30, 45, 60, 75, 90, 120)  # budgets a fix may ask for
FIX_TRIES = 2  # day subsets tried for a changed request: its best ones keep the rules if any do


class Line(Record):
    """One sentence: a key under ``planner.`` in the message catalogue and its parameters."""

    key: str
    params: tuple[tuple[str, Any], ...] = ()

    def text(self, language: Language, catalog: Catalog, sentence: bool = True) -> str:
        """The words; a ``sentence`` starts with a capital letter (a day or a muscle may open it)."""
        text = messages()(f"planner.{self.key}", language,
                          **{name: _words(value, language, catalog) for name, value in self.params})
        return text[:1].upper() + text[1:] if sentence else text


def _words(value: Any, language: Language, catalog: Catalog) -> str:
    if isinstance(value, tuple) and value and isinstance(value[0], Weekday):
        return join([render(day, language, catalog) for day in value], language)
    if isinstance(value, tuple) and value and isinstance(value[0], Line):
        return ", ".join(line.text(language, catalog, sentence=False) for line in value)
    if isinstance(value, OneOf):
        words = [rest_clock(one) if value.rest else _words(one, language, catalog) for one in value.values]
        return words[0] if len(words) == 1 else \
            messages()("list.or", language, first=", ".join(words[:-1]), last=words[-1])
    if isinstance(value, Equipment):
        return messages()(f"equipment.{value.value}", language).lower()
    return render(value, language, catalog)


def explain(plan: Plan, catalog: Catalog) -> tuple[Line, ...]:
    """The reasons, in the order a coach would give them."""
    return tuple(_explain(plan, catalog))


def _explain(plan: Plan, catalog: Catalog) -> Iterator[Line]:
    request, limits = plan.request, level_limits(plan.request)
    chosen = plan.placement.slots
    days = tuple(slot.day for slot in chosen)
    yield Line("why.days" if len(days) > 1 else "why.one_day",
               (("days", days), ("count", len(days)), ("band", limits.hard_sessions),
                ("gap", round(plan.placement.shortest_gap_h))))
    close, spare = [], []
    for slot in request.slots:
        if slot in chosen:
            continue
        nearest = min((_apart(hour(other), hour(slot)) for other in chosen), default=HOURS_PER_WEEK)
        (close if nearest < limits.recovery_warning_h else spare).append(slot.day)
    if close:
        yield Line("why.free_close", (("days", tuple(close)), ("gap", int(limits.recovery_warning_h))))
    if spare:
        yield Line("why.free_enough", (("days", tuple(spare)), ("count", len(days))))
    exercises = {item.exercise_id: catalog.exercise(item.exercise_id)
                 for session in plan.week.sessions for item in session.items}
    medius = sum(exercise.weight(MEDIUS) == 1.0 for exercise in exercises.values())
    counts = [len(session.items) for session in plan.week.sessions] or [0]
    yield Line(f"why.emphasis.{request.emphasis.value}", (("count", medius),
                                                          ("exercises", Band(min(counts), max(counts)))))
    hard = [e for e in exercises.values() if e.category is not Category.ACTIVATION]
    patterns = tuple(Line(f"pattern.{pattern_of(e).value}") for e in _first_of_each(hard))
    yield Line("why.variety", (("patterns", patterns),
                               ("bilateral", sum(e.laterality is Laterality.BILATERAL for e in hard)),
                               ("unilateral", sum(e.laterality is Laterality.UNILATERAL for e in hard))))
    summary = plan.report.weeks[0]
    volumes = tuple(Line("why.volume_item", (("muscle", Muscles((muscle,))),
                                             ("sets", float(summary.muscles[muscle].hard_sets)), ("band", volume.band)))
                    for muscle, volume in limits.volume.items())
    yield Line("why.volume", (("volumes", volumes),))
    yield from _doses(plan, catalog)
    minutes = [session.minutes for session in summary.sessions]
    if minutes:
        yield Line("why.time", (("minutes", Band(round(min(minutes)), round(max(minutes)))),
                                ("budget", request.minutes)))
    deloads = [n + 1 for n, week in enumerate(plan.program.weeks) if week.deload]
    if deloads:
        cut = (limits.deload_set_cut.low + limits.deload_set_cut.high) / 2
        yield Line("why.deload", (("weeks", ", ".join(map(str, deloads))), ("cut", round(100 * cut)),
                                  ("rir", limits.deload_rir_rise)))
    yield Line("why.broken", (("count", len(plan.problems)),)) if plan.problems else Line("why.passes")


def _first_of_each(exercises: Iterable[Any]) -> list[Any]:
    """One exercise per movement pattern, in the order met."""
    seen: dict[object, Any] = {}
    for exercise in exercises:
        seen.setdefault(pattern_of(exercise), exercise)
    return list(seen.values())


# Each kind of exercise has its own rest rule (REST-1 compound lifts and hip thrusts, REST-2
# isolation, REST-3 activation) and RIR band: one line each, in the order a session runs them.
DOSE_KINDS = (Category.ACTIVATION, Category.COMPOUND, Category.HIP_DOMINANT, Category.ISOLATION)


class OneOf(Record):
    """The values the plan prescribes, each once, smallest first: "8–12 or 10–15"; rests in
    seconds, written as the calendar writes them: "2:00 or 3:00"."""

    values: tuple[Any, ...]
    rest: bool = False


def _doses(plan: Plan, catalog: Catalog) -> Iterator[Line]:
    """Per kind of exercise in the training week, every rep range, RIR and rest it is given
    (short rests where time is short, the bottom of the band without load): read from the
    plan itself, so the explanation says what the calendar shows."""
    kinds: dict[Category, list[Prescription]] = {}
    for session in plan.week.sessions:
        for item in session.items:
            kinds.setdefault(catalog.exercise(item.exercise_id).category, []).append(item.prescription)
    for kind in DOSE_KINDS:
        if kind in kinds:
            doses = kinds[kind]
            yield Line(f"why.dose.{kind.value}",
                       (("reps", OneOf(tuple(sorted({p.reps for p in doses}, key=lambda r: (r.low, r.high))))),
                        ("rir", OneOf(tuple(sorted({p.rir for p in doses})))),
                        ("rest", OneOf(tuple(sorted({p.rest_s for p in doses})), rest=True))))


def fixes(plan: Plan, catalog: Catalog, language: Language) -> tuple[Line, ...]:
    """The single changes to the request that give a plan with no error and no warning: at most
    one of each kind (a day more, a day moved, minutes, equipment); when none does, a day more
    together with more minutes; else a line saying so."""
    if not plan.problems:
        return ()
    request = plan.request
    found: list[Line] = []
    at = request.slots[0].time
    free = sorted((day for day in Weekday if not request.has_day(day)),  # the most rested days first
                  key=lambda day: -min(_apart(hour(slot), hour(FreeSlot(day, at))) for slot in request.slots))
    day = next((d for d in free if _clean(replace(request, slots=(*request.slots, FreeSlot(d, at))), catalog,
                                            language)), None)
    if day is not None:
        found.append(Line("fix.add_day", (("day", day),)))
    else:
        move = next(((slot, d) for slot in request.slots for d in free
                     if _clean(replace(request, slots=tuple(FreeSlot(d, s.time) if s == slot else s
                                                            for s in request.slots)), catalog, language)), None)
        if move is not None:
            found.append(Line("fix.move_day", (("day", move[0].day), ("to", move[1]))))
    minutes = next((m for m in MINUTE_STEPS if m > request.minutes
                    and _clean(replace(request, minutes=m), catalog, language)), None)
    if minutes is not None:
        found.append(Line("fix.minutes", (("minutes", minutes),)))
    if not found:
        equipment = next((e for e in Equipment if e not in request.equipment
                          and _clean(replace(request, equipment=request.equipment | {e}), catalog, language)), None)
        if equipment is not None:
            found.append(Line("fix.equipment", (("equipment", equipment),)))
    if not found:
        both = next(((d, m) for d in free for m in MINUTE_STEPS if m > request.minutes
                     and _clean(replace(request, slots=(*request.slots, FreeSlot(d, at)), minutes=m), catalog,
                                language)), None)
        found.append(Line("fix.add_day_and_minutes", (("day", both[0]), ("minutes", both[1])))
                     if both is not None else Line("fix.none"))
    return tuple(found)


def _apart(first: float, second: float) -> float:
    """Hours between two moments of a repeating week, the shorter way round."""
    gap = abs(pair_gap(first, second, False)) % HOURS_PER_WEEK
    return min(gap, HOURS_PER_WEEK - gap)


def broken_rules(findings: Iterable[Finding], language: Language, catalog: Catalog) -> list[str]:
    """Each broken rule once ("VOL-1: Gluteus maximus: 8 hard sets a week; ..."), however many
    weeks it is broken in."""
    lines: list[str] = []
    for finding in findings:
        line = f"{finding.rule}: {describe(finding, language, catalog)}"
        if line not in lines:
            lines.append(line)
    return lines


def _clean(request: PlanRequest, catalog: Catalog, language: Language) -> bool:
    """Whether the request, planned for one week, keeps every rule (not planned at all when its
    days alone rule that out: more minutes or equipment never mend one free day)."""
    return can_keep_every_rule(request, level_limits(request)) and \
        not best_plan(replace(request, weeks=1), catalog, language, FIX_TRIES).problems
