"""The rules engine: checks a week or a program against recovery, frequency, volume,
intensity, rest, session and periodisation rules (shared/domain/training-science.md).

``validate`` is pure and deterministic: the same plan gives the same findings whatever
order its sessions are listed in. A one-week plan repeats (Sunday is followed by Monday);
a program of several weeks runs once, from a rested start. ``revalidate`` checks again only
what an edit can have changed and gives the report ``validate`` would.
"""

from __future__ import annotations

from collections import ChainMap, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from enum import StrEnum
from math import ceil
from typing import Any

from msgspec.structs import replace

from glueplan.domain.catalog import Catalog, Category, Exercise
from glueplan.domain.findings import ExerciseName, Finding, Fix, Muscles, SessionRef, Severity
from glueplan.domain.fix_search import finding_fix, is_recovery_problem, week_fixes
from glueplan.domain.plan import Program, Week, Weekday
from glueplan.domain.recovery import HARD_RIR_LIMIT, HOURS_PER_WEEK, percent_ready
from glueplan.domain.recovery_rules import Timeline, rec1_findings, rec2_findings, rec3_findings, session_fatigue
from glueplan.domain.session_load import SessionLoad, week_loads
from glueplan.domain.thresholds import Band, Thresholds, builtin_thresholds
from glueplan.domain.trainee import DEFAULT_SESSION_MINUTES, Level
from glueplan.domain.record import PartlyCompared, Record

HEAVY_REPS = 6  # REST-1: sets of this many reps or fewer rest longer
COMPOUND_LIKE = (Category.COMPOUND, Category.HIP_DOMINANT)


class MuscleSummary(Record):
    hard_sets: float
    band: Band | None
    hard_sessions: int
    lowest_readiness: float | None  # at the start of the sessions that train it hard


class SessionSummary(Record):
    ref: SessionRef
    title: str
    minutes: float


class WeekSummary(Record):
    deload: bool
    muscles: dict[str, MuscleSummary]
    sessions: tuple[SessionSummary, ...]
    minutes: float


class Report(PartlyCompared):
    findings: tuple[Finding, ...]
    weeks: tuple[WeekSummary, ...]
    basis: _Basis  # what revalidate keeps of the weeks an edit left alone

    not_compared = frozenset({"basis"})

    def __repr__(self) -> str:  # the basis holds the whole catalogue
        shown = (f"{name}={getattr(self, name)!r}" for name in self.__struct_fields__ if name not in self.not_compared)
        return f"Report({', '.join(shown)})"

    @property
    def has_errors(self) -> bool:
        return any(finding.severity is Severity.ERROR for finding in self.findings)


# ---------------------------------------------------------------------------------------------
# One week: frequency, volume, intensity, rest, session


def _weekly(loads: Sequence[SessionLoad], totals: dict[str, float], deload: bool, catalog: Catalog,
            limits: Thresholds, weekly_minutes: int | None) -> Iterator[Finding]:
    sessions: dict[str, int] = defaultdict(int)
    for load in loads:
        for muscle in load.hard:
            if load.hard_for(muscle, limits):
                sessions[muscle] += 1
    refs = tuple(load.ref for load in loads)
    week = loads[0].ref.week if loads else None
    if any(totals.values()):
        yield from _volume(totals, sessions, deload, refs, week, limits)
    elif loads and not deload:
        # An activation or mobility week: volume bands are not what it is for.
        yield Finding("VOL-1", Severity.INFO, "vol.no_hard_sets", (), (), refs, week=week)
    yield from _sessions(loads, totals, deload, catalog, limits, weekly_minutes, refs, week)


class OffBand(StrEnum):
    """A week's hard sets for a muscle outside its band, as VOL-1/VOL-2 judge them."""

    BELOW = "below"
    ABOVE = "above"


def off_band(week_sets: float, band: Band, deload: bool) -> OffBand | None:
    """Whether a week's hard sets are too many or too few: the one place that decides it, for the
    findings and for every table that marks a count. A deload's count under the band is planned
    (PER-2 cuts its sets), not a shortfall; over the band is too many in any week."""
    if week_sets > band.high:
        return OffBand.ABOVE
    return OffBand.BELOW if week_sets < band.low and not deload else None


def _volume(totals: dict[str, float], sessions: dict[str, int], deload: bool, refs: tuple[SessionRef, ...],
            week: int | None, limits: Thresholds) -> Iterator[Finding]:
    """VOL-1/VOL-2 weekly sets and FRQ-1 hard sessions, for each muscle with a band."""
    for muscle, volume in limits.volume.items():
        week_sets = round(totals.get(muscle, 0.0), 2)
        band = volume.band
        if off_band(week_sets, band, deload) is not None:
            yield Finding(volume.rule, Severity(volume.severity), "vol.band",
                          (("muscles", Muscles((muscle,))), ("sets", float(week_sets)), ("band", band)),
                          (muscle,), refs, week=week)
        count = sessions.get(muscle, 0)
        frequency = limits.hard_sessions
        if count > frequency.high or (count < frequency.low and not deload):
            yield Finding("FRQ-1", Severity(volume.severity), "frq1.sessions",
                          (("muscles", Muscles((muscle,))), ("count", count), ("band", frequency)), (muscle,), refs,
                          week=week)


def _sessions(loads: Sequence[SessionLoad], totals: dict[str, float], deload: bool, catalog: Catalog,
              limits: Thresholds, weekly_minutes: int | None, refs: tuple[SessionRef, ...], week: int | None
              ) -> Iterator[Finding]:
    """VOL-4 per session, the rules of each planned exercise, SES-1, SES-2 and the weekly time."""
    minutes = 0.0
    gluteus_medius_exercises = set()
    for load in loads:
        minutes += load.minutes
        for muscle in catalog.muscles:
            sets = load.hard.get(muscle, 0.0)
            if sets > limits.session_cap:
                yield Finding("VOL-4", Severity.WARNING, "vol4.session",
                              (("muscles", Muscles((muscle,))), ("sets", float(round(sets, 2))),
                               ("session", load.ref), ("cap", float(limits.session_cap))), (muscle,), (load.ref,))
        yield from _items(load, totals, deload, catalog, limits)
        yield from _order(load, catalog)
        for item in load.session.items:
            if catalog.exercise(item.exercise_id).weight("gluteus_medius") == 1.0:
                gluteus_medius_exercises.add(item.exercise_id)
    if len(gluteus_medius_exercises) > limits.gluteus_medius_exercises:
        yield Finding("SES-2", Severity.INFO, "ses2.gluteus_medius",
                      (("count", len(gluteus_medius_exercises)), ("limit", limits.gluteus_medius_exercises)),
                      ("gluteus_medius",), refs, week=week)
    if weekly_minutes is not None and minutes > weekly_minutes:
        yield Finding("SES-3", Severity.WARNING, "ses3.week", (("minutes", round(minutes)), ("budget", weekly_minutes)),
                      (), refs, week=week)


def _items(load: SessionLoad, totals: dict[str, float], deload: bool, catalog: Catalog, limits: Thresholds
           ) -> Iterator[Finding]:
    """INT-1, INT-2, INT-4, INT-5, REST-1, REST-2, REST-3 for each planned exercise (``totals``: the week's hard
    sets per muscle)."""
    for item in load.session.items:
        exercise = catalog.exercise(item.exercise_id)
        p = item.prescription
        about = (("exercise", ExerciseName(exercise.id)), ("session", load.ref))
        muscles = exercise.primary_muscles
        where = (load.ref,)
        if exercise.category is Category.ACTIVATION:
            if not limits.rest_activation_s.low <= p.rest_s <= limits.rest_activation_s.high:
                yield Finding("REST-3", Severity.INFO, "rest.activation",
                              (*about, ("rest", p.rest_s), ("band", limits.rest_activation_s)), muscles, where)
            continue
        if p.rir > HARD_RIR_LIMIT and not deload and _short_of_hard_sets(muscles, totals, limits):
            yield Finding("INT-1", Severity.INFO, "int1.not_hard", (*about, ("rir", p.rir)), muscles, where)
        reps = limits.reps
        if p.reps.high < reps.low or p.reps.low > reps.high:
            yield Finding("INT-2", Severity.WARNING, "int2.outside", (*about, ("reps", str(p.reps)), ("band", reps)),
                          muscles, where)
        elif p.reps.low < reps.low or p.reps.high > reps.high:
            yield Finding("INT-2", Severity.INFO, "int2.partly", (*about, ("reps", str(p.reps)), ("band", reps)),
                          muscles, where)
        compound = exercise.category is Category.COMPOUND
        band = rir_band(exercise, limits)
        if p.rir == 0 and compound and exercise.id in limits.technical_exercises and limits.failure_warning:
            yield Finding("INT-4", Severity.WARNING, "int4.failure", (*about, ("band", band)), muscles, where)
        elif not deload and p.rir <= HARD_RIR_LIMIT and not band.low <= p.rir <= band.high:
            yield Finding("INT-4" if compound else "INT-5", Severity.INFO,
                          "int4.rir" if compound else _worded_for("int5.rir", exercise),
                          (*about, ("rir", p.rir), ("band", band)), muscles, where)
        yield from _rest(exercise, p.rest_s, p.reps.high, about, muscles, where, limits)


def _short_of_hard_sets(muscles: tuple[str, ...], totals: dict[str, float], limits: Thresholds) -> bool:
    """Whether sets kept light (RIR 5 and up) cost growth: a muscle the exercise trains most is under its weekly
    band (VOL-1/VOL-2), or none of them has a band to say it is not. Growth follows the week's hard sets (Schoenfeld
    2017), and an exercise kept light in a week that reaches them is a lighter dose on purpose, for recovery
    (e(RIR >= 5) = 0), as a fix makes it: "little growth stimulus" then advised against the advice just given."""
    banded = [muscle for muscle in muscles if muscle in limits.volume]
    return not banded or any(off_band(round(totals.get(muscle, 0.0), 2), limits.volume[muscle].band, False)
                             is OffBand.BELOW for muscle in banded)


def _rest(exercise: Exercise, rest_s: int, top_reps: int, about: tuple[tuple[str, object], ...],
          muscles: tuple[str, ...], where: tuple[SessionRef, ...], limits: Thresholds) -> Iterator[Finding]:
    """REST-1 for compound and hip-dominant lifts (longer for heavy sets), REST-2 for isolation."""
    rule, band, heavy = rest_bands(exercise, top_reps, limits)
    longest = heavy if heavy is not None and heavy.high > band.high else band
    if rest_s < band.low:
        yield Finding(rule, Severity.WARNING, "rest.short", (*about, ("rest", rest_s), ("band", band)), muscles, where)
    elif heavy is not None and rest_s < heavy.low:
        yield Finding(rule, Severity.INFO, "rest.heavy", (*about, ("rest", rest_s), ("band", heavy)), muscles, where)
    elif rest_s > longest.high:
        yield Finding(rule, Severity.INFO, "rest.long", (*about, ("rest", rest_s), ("band", longest)), muscles, where)


def rir_band(exercise: Exercise, limits: Thresholds) -> Band:
    """The RIR band of a lift that is not activation work (INT-4 for compound lifts, INT-5 for the rest:
    hip-dominant lifts are single-joint)."""
    return limits.compound_rir if exercise.category is Category.COMPOUND else limits.isolation_rir


def rest_bands(exercise: Exercise, top_reps: int, limits: Thresholds) -> tuple[str, Band, Band | None]:
    """The rest rule of a lift that is not activation work, its band, and the longer band for
    heavy sets (REST-1 for compound and hip-dominant lifts, REST-2 for isolation)."""
    if exercise.category in COMPOUND_LIKE:
        return "REST-1", limits.rest_compound_s, limits.rest_heavy_s if top_reps <= HEAVY_REPS else None
    return "REST-2", limits.rest_isolation_s, None


def _worded_for(message: str, exercise: Exercise) -> str:
    """The finding's words for hip thrusts, bridges and back extensions, which name them instead of calling them
    single-joint. The domain reference has them "single-joint hip but heavily loadable" (training-science.md,
    Terms: category H), so SES-1 and INT-5 (ACSM 2009) take them as single-joint, as seed 000 does (the hip thrust
    an "isolationsøvelse", after squat, Romanian deadlift and split squat, at RIR 1-2); yet seed 001 counts the
    hip thrust among the compound lifts, and a physiotherapist objected to "single-joint" (a Danish coach's walk)."""
    return f"{message}_hip" if exercise.category is Category.HIP_DOMINANT else message


def _order(load: SessionLoad, catalog: Catalog) -> Iterator[Finding]:
    """SES-1: multi-joint before single-joint (activation first, as a warm-up, is fine)."""
    isolation: Exercise | None = None
    for item in load.session.items:
        exercise = catalog.exercise(item.exercise_id)
        if exercise.category in (Category.ISOLATION, Category.HIP_DOMINANT) and isolation is None:
            isolation = exercise
        elif exercise.category is Category.COMPOUND and isolation is not None:
            yield Finding("SES-1", Severity.INFO, _worded_for("ses1.order", isolation),
                          (("session", load.ref), ("exercise", ExerciseName(exercise.id)),
                           ("isolation", ExerciseName(isolation.id))), exercise.primary_muscles, (load.ref,))
            return


def _session_time(loads: Iterable[SessionLoad], session_minutes_budget: int) -> Iterator[Finding]:
    for load in loads:
        if load.minutes > session_minutes_budget:
            yield Finding("SES-3", Severity.WARNING, "ses3.session",
                          (("session", load.ref), ("minutes", round(load.minutes)), ("budget", session_minutes_budget)),
                          (), (load.ref,))


# ---------------------------------------------------------------------------------------------
# Across weeks: volume increase, deloads


def _program(program: Program, weeks: Sequence[Sequence[SessionLoad]], totals: Sequence[dict[str, float]],
             catalog: Catalog, limits: Thresholds) -> Iterator[Finding]:
    previous: int | None = None
    run = 0
    for number, week in enumerate(program.weeks):
        if week.deload:
            run = 0
            if previous is not None:  # compared with the last training week
                yield from _deload_content(number, program.weeks[previous], week, limits)
            continue
        run += 1
        if run > limits.deload_within_weeks:
            refs = tuple(load.ref for load in weeks[number])
            yield Finding("PER-1", Severity.WARNING, "per1.deload",
                          (("weeks", run), ("week", number + 1), ("limit", limits.deload_within_weeks)), (), refs)
            run = 0  # one finding per overlong stretch
        if previous is not None:
            for muscle in catalog.muscles:
                before, now = totals[previous].get(muscle, 0.0), totals[number].get(muscle, 0.0)
                if before >= limits.hard_session_sets and now > before * (1 + limits.weekly_increase) + 1e-9:
                    yield Finding("VOL-5", Severity.WARNING, "vol5.increase",
                                  (("muscles", Muscles((muscle,))), ("percent", round(100 * (now / before - 1))),
                                   ("previous", previous + 1), ("week", number + 1),
                                   ("limit", round(100 * limits.weekly_increase))),
                                  (muscle,), tuple(load.ref for load in weeks[number]))
        previous = number


def _totals(loads: Sequence[SessionLoad]) -> dict[str, float]:
    """Fractional hard sets of each muscle trained in the week."""
    totals: dict[str, float] = defaultdict(float)
    for load in loads:
        for muscle, sets in load.hard.items():
            totals[muscle] += sets
    return dict(totals)


def _deload_content(number: int, before: Week, deload: Week, limits: Thresholds) -> Iterator[Finding]:
    """PER-2: same exercises and days, 30-50 % fewer sets, RIR raised by 2-3."""
    def shape(week: Week) -> list[tuple[Weekday, tuple[str, ...]]]:
        return sorted((s.day, tuple(sorted(i.exercise_id for i in s.items))) for s in week.sessions)

    week = number + 1
    if shape(before) != shape(deload):
        yield Finding("PER-2", Severity.INFO, "per2.shape", (("week", week),))
        return
    sets_before = sum(i.prescription.sets for s in before.sessions for i in s.items)
    sets_now = sum(i.prescription.sets for s in deload.sessions for i in s.items)
    if sets_before:
        cut = max(0.0, 1 - sets_now / sets_before)
        if not limits.deload_set_cut.low - 1e-9 <= cut <= limits.deload_set_cut.high + 1e-9:
            yield Finding("PER-2", Severity.INFO, "per2.sets",
                          (("week", week), ("percent", round(100 * cut)),
                           ("band", Band(100 * limits.deload_set_cut.low, 100 * limits.deload_set_cut.high))))
    rir_before = _mean_rir(before)
    rir_now = _mean_rir(deload)
    if rir_before is not None and rir_now is not None and rir_now - rir_before < limits.deload_rir_rise - 1e-9:
        yield Finding("PER-2", Severity.INFO, "per2.rir",
                      (("week", week), ("rise", float(round(rir_now - rir_before, 1))),
                       ("minimum", limits.deload_rir_rise)))


def _mean_rir(week: Week) -> float | None:
    rirs = [i.prescription.rir for s in week.sessions for i in s.items]
    return sum(rirs) / len(rirs) if rirs else None




# ---------------------------------------------------------------------------------------------
# The whole, week by week


class _Settings(Record):
    catalog: Catalog
    limits: Thresholds
    session_minutes_budget: int
    weekly_minutes: int | None


class _WeekCheck(Record):
    """One week as checked, with what checking its neighbours again reads of it."""

    week: Week
    loads: tuple[SessionLoad, ...]  # in time order
    totals: dict[str, float]  # fractional hard sets per muscle
    fatigue: dict[tuple[SessionLoad, str], float]  # at each session's start, per muscle it trains hard or heavily
    recovery: tuple[Finding, ...]  # REC-1 for pairs ending in this week, REC-2 for its sessions; no fixes yet
    problems: frozenset[tuple[Any, ...]]  # the identities of the recovery errors and warnings
    fixes: dict[SessionRef, Fix | None]  # of its sessions that recovery problems end on
    local: tuple[Finding, ...]  # REC-3 and the rules of one week
    findings: tuple[Finding, ...]  # recovery with fixes, and local
    keys: tuple[tuple[Any, ...], ...]  # Finding.key of each, for sorting the report without working them out again
    summary: WeekSummary


class _Basis(Record):
    settings: _Settings
    weeks: tuple[_WeekCheck, ...]


def validate(plan: Program | Week, catalog: Catalog, level: Level = Level.INTERMEDIATE,
             thresholds: Thresholds | None = None, session_minutes_budget: int = DEFAULT_SESSION_MINUTES,
             weekly_minutes: int | None = None) -> Report:
    """All findings and the summary for a week (which repeats) or a program (which runs once)."""
    program = plan if isinstance(plan, Program) else Program("", (plan,))
    settings = _Settings(catalog, thresholds or builtin_thresholds()[level], session_minutes_budget, weekly_minutes)
    return _check(program, settings, (), set(range(len(program.weeks))))


def revalidate(report: Report, program: Program, touched_weeks: Iterable[int] | None = None) -> Report:
    """The report of ``program`` after an edit, equal to ``validate``'s with the settings (catalogue,
    level or thresholds, time budgets) ``report`` was made with, checking again only what the edit
    can have changed.

    ``report`` is of the program before the edit. ``touched_weeks`` (0-based) must hold every week
    whose sessions or deload mark the edit changed; weeks added or removed at the end count as
    touched by themselves. Without it the weeks are compared with those ``report`` checked.

    What a touched week w reaches, with R the weeks a REC-1 gap can span (1 while the gaps the
    thresholds name are at most a week, as the built-in ones are):
    - REC-3 and the rules of one week (volume, frequency, intensity, rest, session): week w only;
    - REC-1 (filed under the week of the later session) of weeks w to w + R: its gap may run
      across Sunday into Monday;
    - REC-2 and the summaries' readiness of weeks w and w + 1: fatigue is read a week back;
    - the fixes of weeks w - 1 to w + R: a fix for week v moves a session within week v and is
      judged on weeks v - 1 to v + 1;
    - PER-1, PER-2 and VOL-5 compare weeks across the whole program (a deload mark moves every
      later PER-1 count): they are worked out again for all weeks, from the kept sessions.
    A one-week plan repeats, so its week reaches itself: it is checked whole, as is a program
    that becomes or stops being one week long.
    """
    kept = report.basis.weeks
    if len(program.weeks) == 1 or len(kept) <= 1:
        return _check(program, report.basis.settings, (), set(range(len(program.weeks))))
    if touched_weeks is None:
        touched = {n for n, check in enumerate(kept[:len(program.weeks)]) if check.week != program.weeks[n]}
    else:
        touched = set(touched_weeks)
    touched |= set(range(min(len(kept), len(program.weeks)), max(len(kept), len(program.weeks))))
    return _check(program, report.basis.settings, kept, touched)


def _reach(limits: Thresholds) -> int:
    """How many weeks back a REC-1 gap can reach (the week boundaries it can cross)."""
    longest = max(limits.recovery_advised_h, limits.recovery_warning_h, limits.recovery_error_h)
    return max(1, ceil(longest / HOURS_PER_WEEK))


def _check(program: Program, settings: _Settings, kept: Sequence[_WeekCheck], touched: set[int]) -> Report:
    """Check the touched weeks and what they reach again, keeping the rest of ``kept``."""
    catalog, limits = settings.catalog, settings.limits
    count = len(program.weeks)
    repeating = count == 1
    reach = _reach(limits)

    def around(weeks: Iterable[int], back: int, ahead: int) -> set[int]:
        return {n + step for n in weeks for step in range(-back, ahead + 1) if 0 <= n + step < count}

    def span(first: int, last: int) -> list[SessionLoad]:
        return [load for n in range(max(0, first), min(count, last + 1)) for load in loads[n]]

    loads = [week_loads(n, week, catalog, limits) if n in touched else kept[n].loads
             for n, week in enumerate(program.weeks)]
    totals = [_totals(loads[n]) if n in touched else kept[n].totals for n in range(count)]
    read = around(touched, 0, 1)  # fatigue, REC-2 and summaries
    moved = around(touched, 1, reach)  # fixes
    timeline = Timeline((load for n in sorted(around(read, 1, 0) | around(moved, 1, 1)) for load in loads[n]),
                        repeating)
    fatigue = [session_fatigue(loads[n], timeline, catalog, limits) if n in read else kept[n].fatigue
               for n in range(count)]
    checked = around(touched, 0, reach)  # recovery findings
    recovery = [_recovery(span(n - reach, n), loads[n], n, fatigue[n], repeating, catalog, limits)
                if n in checked else kept[n].recovery for n in range(count)]
    problems = [frozenset(f.identity() for f in recovery[n] if is_recovery_problem(f)) if n in checked
                else kept[n].problems for n in range(count)]
    baseline = set().union(*problems)
    checks = []
    for n, week in enumerate(program.weeks):
        if n not in moved:  # which holds every week touched or read again
            checks.append(kept[n])
            continue
        fixes = week_fixes(n, span(n - 1, n + 1), (f for found in recovery[max(0, n - 1):n + 2] for f in found),
                           timeline, ChainMap(*fatigue[n:n + 2]), baseline, repeating, catalog, limits)
        local = tuple(_local(loads[n], totals[n], n, week.deload, settings)) if n in touched else kept[n].local
        fixed = tuple(replace(f, fix=finding_fix(f, fixes, week)) if is_recovery_problem(f) else f for f in recovery[n])
        summary = (_summary(loads[n], totals[n], fatigue[n], week.deload, catalog, limits) if n in read
                   else kept[n].summary)
        findings = fixed + local
        checks.append(_WeekCheck(week, loads[n], totals[n], fatigue[n], recovery[n], problems[n], fixes, local,
                                 findings, tuple(f.key() for f in findings), summary))
    across = tuple(_program(program, loads, totals, catalog, limits))
    parts = [(check.findings, check.keys) for check in checks] + [(across, tuple(f.key() for f in across))]
    order = sorted((key, part, index) for part, (_found, keys) in enumerate(parts) for index, key in enumerate(keys))
    return Report(tuple(parts[part][0][index] for _key, part, index in order),
                  tuple(check.summary for check in checks), _Basis(settings, tuple(checks)))


def _recovery(span: Sequence[SessionLoad], loads: Sequence[SessionLoad], week: int,
              fatigue: dict[tuple[SessionLoad, str], float], repeating: bool, catalog: Catalog,
              limits: Thresholds) -> tuple[Finding, ...]:
    """REC-1 for the pairs ending in the week (``span`` reaches back as far as a gap can) and REC-2
    for its sessions."""
    findings = rec1_findings(span, repeating, catalog, limits, week)
    for load in loads:
        findings.extend(rec2_findings(load, {muscle: percent_ready(fatigue[(load, muscle)]) for muscle in load.heavy},
                                      limits))
    return tuple(findings)


def _local(loads: Sequence[SessionLoad], totals: dict[str, float], week: int, deload: bool,
           settings: _Settings) -> Iterator[Finding]:
    """The findings of one week that depend on nothing outside it."""
    yield from rec3_findings(loads, week, settings.limits)
    yield from _weekly(loads, totals, deload, settings.catalog, settings.limits, settings.weekly_minutes)
    yield from _session_time(loads, settings.session_minutes_budget)


def _summary(loads: Sequence[SessionLoad], totals: dict[str, float], fatigue: dict[tuple[SessionLoad, str], float],
             deload: bool, catalog: Catalog, limits: Thresholds) -> WeekSummary:
    hard_in: dict[str, list[SessionLoad]] = defaultdict(list)
    for load in loads:
        for muscle_id in load.hard:
            if load.hard_for(muscle_id, limits):
                hard_in[muscle_id].append(load)
    muscles = {}
    for muscle in catalog.muscles.values():
        hard = hard_in.get(muscle.id, [])
        lowest = min((percent_ready(fatigue[(load, muscle.id)]) for load in hard), default=None)
        volume = limits.volume.get(muscle.id)
        muscles[muscle.id] = MuscleSummary(
            hard_sets=round(totals.get(muscle.id, 0.0), 2),
            band=volume.band if volume else None,
            hard_sessions=len(hard),
            lowest_readiness=None if lowest is None else round(lowest, 1),
        )
    sessions = tuple(SessionSummary(load.ref, load.session.title, round(load.minutes, 1)) for load in loads)
    return WeekSummary(deload, muscles, sessions, round(sum(load.minutes for load in loads), 1))
