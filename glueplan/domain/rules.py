"""The rules engine: checks a week or a program against recovery, frequency, volume,
intensity, rest, session and periodisation rules (shared/domain/training-science.md).

``validate`` is pure and deterministic: the same plan gives the same findings whatever
order its sessions are listed in. A one-week plan repeats (Sunday is followed by Monday);
a program of several weeks runs once, from a rested start.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from glueplan.domain.catalog import Catalog, Category, Exercise, Laterality
from glueplan.domain.findings import ExerciseName, Finding, Fix, Muscles, SessionRef, Severity
from glueplan.domain.plan import PlannedExercise, Program, Session, Week, Weekday
from glueplan.domain.recovery import HARD_RIR_LIMIT, HOURS_PER_WEEK, Dose, effort, readiness, session_hour
from glueplan.domain.thresholds import Band, Thresholds, builtin_thresholds
from glueplan.domain.trainee import DEFAULT_SESSION_MINUTES, Level

HEAVY_REPS = 6  # REST-1: sets of this many reps or fewer rest longer
COMPOUND_LIKE = (Category.COMPOUND, Category.HIP_DOMINANT)


@dataclass(frozen=True, slots=True)
class MuscleSummary:
    hard_sets: float
    band: Band | None
    hard_sessions: int
    lowest_readiness: float | None  # at the start of the sessions that train it hard


@dataclass(frozen=True, slots=True)
class SessionSummary:
    ref: SessionRef
    title: str
    minutes: float


@dataclass(frozen=True, slots=True)
class WeekSummary:
    deload: bool
    muscles: dict[str, MuscleSummary]
    sessions: tuple[SessionSummary, ...]
    minutes: float


@dataclass(frozen=True, slots=True)
class Report:
    findings: tuple[Finding, ...]
    weeks: tuple[WeekSummary, ...]

    @property
    def has_errors(self) -> bool:
        return any(finding.severity is Severity.ERROR for finding in self.findings)


@dataclass(frozen=True, slots=True)
class _Load:
    """One session with what it does to each muscle, computed once."""

    ref: SessionRef
    session: Session
    hour: float  # from the program's first Monday 00:00
    hard: dict[str, float]  # fractional hard sets per muscle
    dose: dict[str, float]  # effort-weighted fatigue dose per muscle
    heavy: tuple[str, ...]  # muscles worked hard by an exercise weighting them >= readiness_weight
    activation_sets: int
    minutes: float


def hard_sets(item: PlannedExercise, exercise: Exercise) -> float:
    """Sets that count as hard (RIR 0-4, not activation), before weighting by muscle."""
    if exercise.category is Category.ACTIVATION or item.prescription.rir > HARD_RIR_LIMIT:
        return 0.0
    return float(item.prescription.sets)


def session_minutes(session: Session, catalog: Catalog, limits: Thresholds) -> float:
    """SES-3: sets x (work, per side for unilateral work, + rest), plus a warm-up."""
    seconds = 0.0
    for item in session.items:
        exercise = catalog.exercise(item.exercise_id)
        sides = 2 if exercise.laterality is Laterality.UNILATERAL else 1
        seconds += item.prescription.sets * (limits.work_s_per_set * sides + item.prescription.rest_s)
    return limits.warm_up_minutes + seconds / 60 if session.items else 0.0


def _load(session: Session, ref: SessionRef, catalog: Catalog, limits: Thresholds) -> _Load:
    hard: dict[str, float] = defaultdict(float)
    dose: dict[str, float] = defaultdict(float)
    heavy: set[str] = set()
    activation = 0
    for item in session.items:
        exercise = catalog.exercise(item.exercise_id)
        sets = hard_sets(item, exercise)
        if sets == 0:
            activation += item.prescription.sets
        per_set = effort(item.prescription.rir, exercise.category)
        for muscle, weight in exercise.muscles:
            hard[muscle] += sets * weight
            dose[muscle] += item.prescription.sets * weight * per_set
            if sets > 0 and weight >= limits.readiness_weight:
                heavy.add(muscle)
    return _Load(ref, session, ref.week * HOURS_PER_WEEK + session_hour(session), dict(hard), dict(dose),
                 tuple(muscle for muscle in catalog.muscles if muscle in heavy), activation,
                 session_minutes(session, catalog, limits))


def _loads(program: Program, catalog: Catalog, limits: Thresholds) -> list[list[_Load]]:
    """Per week, the sessions in time order (listing order only breaks ties)."""
    weeks = []
    for number, week in enumerate(program.weeks):
        loads = [_load(s, SessionRef(number, index, s.day, s.time), catalog, limits)
                 for index, s in enumerate(week.sessions)]
        loads.sort(key=lambda load: (load.hour, _content(load.session)))
        weeks.append(loads)
    return weeks


def _content(session: Session) -> tuple[object, ...]:
    return (session.title, tuple((i.exercise_id, i.prescription.sets, i.prescription.rir) for i in session.items))


# ---------------------------------------------------------------------------------------------
# Recovery: REC-1 gaps, REC-2 readiness, REC-3 activation per day


def _recovery(loads: list[_Load], repeating: bool, catalog: Catalog, limits: Thresholds) -> list[Finding]:
    """Recovery findings for time-ordered sessions (of one repeating week, or of a program)."""
    findings: list[Finding] = []
    # REC-1: consecutive hard sessions per muscle, grouped by the pair of sessions.
    pairs: dict[tuple[int, int, Severity, float, float], list[str]] = defaultdict(list)
    hard_in: dict[str, list[int]] = defaultdict(list)
    for index, load in enumerate(loads):
        for muscle, sets in load.hard.items():
            if sets >= limits.hard_session_sets:
                hard_in[muscle].append(index)
    for muscle in catalog.muscles:
        hard = hard_in.get(muscle, [])
        followers = [(a, b, loads[b].hour - loads[a].hour) for a, b in zip(hard, hard[1:], strict=False)]
        if repeating and len(hard) > 1:  # last session of the week, then the first of the next
            followers.append((hard[-1], hard[0], loads[hard[0]].hour + HOURS_PER_WEEK - loads[hard[-1]].hour))
        for first, second, gap in followers:
            severity, minimum = _gap_severity(gap, limits)
            if severity is not None:
                pairs[(first, second, severity, minimum, round(gap, 1))].append(muscle)
    for (first, second, severity, minimum, gap), muscles in pairs.items():
        a, b = loads[first].ref, loads[second].ref
        message = "rec1.advised" if severity is Severity.INFO else "rec1.gap"
        findings.append(Finding("REC-1", severity, message,
                                (("muscles", Muscles(tuple(muscles))), ("first", a), ("second", b), ("gap", gap),
                                 ("minimum", int(minimum))), tuple(muscles), (a, b)))

    # REC-2: readiness at the start of each session, for muscles it trains hard and heavily.
    timeline = _Timeline(loads, repeating)
    for load in loads:
        low: dict[Severity, list[tuple[str, float]]] = defaultdict(list)
        for muscle in load.heavy:
            ready = timeline.readiness(muscle, load.hour, catalog.muscle(muscle).half_life_h)
            if ready < limits.readiness_error:
                low[Severity.ERROR].append((muscle, ready))
            elif ready < limits.readiness_warning:
                low[Severity.WARNING].append((muscle, ready))
        for severity, found in low.items():
            muscles = tuple(muscle for muscle, _ready in found)
            worst = min(ready for _muscle, ready in found)
            findings.append(Finding("REC-2", severity, "rec2.readiness",
                                    (("muscles", Muscles(muscles)), ("session", load.ref),
                                     ("readiness", round(worst)), ("minimum", int(limits.readiness_warning))),
                                    muscles, (load.ref,)))

    # REC-3: activation sets per day.
    per_day: dict[tuple[int, Weekday], int] = defaultdict(int)
    for load in loads:
        per_day[(load.ref.week, load.ref.day)] += load.activation_sets
    for (week, day), count in per_day.items():
        if count > limits.activation_sets_per_day:
            refs = tuple(load.ref for load in loads if (load.ref.week, load.ref.day) == (week, day))
            findings.append(Finding("REC-3", Severity.INFO, "rec3.activation",
                                    (("count", count), ("day", day), ("limit", limits.activation_sets_per_day)),
                                    (), refs, week=week))
    return findings


def _gap_severity(gap: float, limits: Thresholds) -> tuple[Severity | None, float]:
    if gap < limits.recovery_error_h:
        return Severity.ERROR, limits.recovery_warning_h
    if gap < limits.recovery_warning_h:
        return Severity.WARNING, limits.recovery_warning_h
    if gap < limits.recovery_advised_h:
        return Severity.INFO, limits.recovery_advised_h
    return None, 0.0


class _Timeline:
    """Every muscle's fatigue doses in time order, so readiness reads only the last week's."""

    def __init__(self, loads: list[_Load], repeating: bool) -> None:
        """``loads`` are in time order; a repeating week's copy a week earlier goes before them."""
        doses: dict[str, list[Dose]] = defaultdict(list)
        for load in loads:
            for muscle, amount in load.dose.items():
                if amount > 0:
                    doses[muscle].append(Dose(load.hour, amount))
        if repeating:
            for muscle, found in doses.items():
                doses[muscle] = [Dose(dose.hour - HOURS_PER_WEEK, dose.amount) for dose in found] + found
        self._doses = doses
        self._hours = {muscle: [dose.hour for dose in found] for muscle, found in doses.items()}

    def readiness(self, muscle: str, hour: float, half_life_h: float) -> float:
        hours = self._hours.get(muscle)
        if not hours:
            return 100.0
        window = self._doses[muscle][bisect_left(hours, hour - HOURS_PER_WEEK):bisect_left(hours, hour)]
        return readiness(window, hour, half_life_h)


# ---------------------------------------------------------------------------------------------
# One week: frequency, volume, intensity, rest, session


def _weekly(loads: list[_Load], deload: bool, catalog: Catalog, limits: Thresholds,
            weekly_minutes: int | None) -> Iterator[Finding]:
    totals: dict[str, float] = defaultdict(float)
    sessions: dict[str, int] = defaultdict(int)
    for load in loads:
        for muscle, sets in load.hard.items():
            totals[muscle] += sets
            if sets >= limits.hard_session_sets:
                sessions[muscle] += 1
    refs = tuple(load.ref for load in loads)
    week = loads[0].ref.week if loads else None
    if any(totals.values()):
        yield from _volume(totals, sessions, deload, refs, week, limits)
    elif loads and not deload:
        # An activation or mobility week: volume bands are not what it is for.
        yield Finding("VOL-1", Severity.INFO, "vol.no_hard_sets", (), (), refs, week=week)
    yield from _sessions(loads, deload, catalog, limits, weekly_minutes, refs, week)


def _volume(totals: dict[str, float], sessions: dict[str, int], deload: bool, refs: tuple[SessionRef, ...],
            week: int | None, limits: Thresholds) -> Iterator[Finding]:
    """VOL-1/VOL-2 weekly sets and FRQ-1 hard sessions, for each muscle with a band."""
    for muscle, volume in limits.volume.items():
        week_sets = round(totals.get(muscle, 0.0), 2)
        band = volume.band
        if week_sets > band.high or (week_sets < band.low and not deload):
            yield Finding(volume.rule, Severity(volume.severity), "vol.band",
                          (("muscles", Muscles((muscle,))), ("sets", float(week_sets)), ("band", band)),
                          (muscle,), refs, week=week)
        count = sessions.get(muscle, 0)
        frequency = limits.hard_sessions
        if count > frequency.high or (count < frequency.low and not deload):
            yield Finding("FRQ-1", Severity(volume.severity), "frq1.sessions",
                          (("muscles", Muscles((muscle,))), ("count", count), ("band", frequency)), (muscle,), refs,
                          week=week)


def _sessions(loads: list[_Load], deload: bool, catalog: Catalog, limits: Thresholds, weekly_minutes: int | None,
              refs: tuple[SessionRef, ...], week: int | None) -> Iterator[Finding]:
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
        yield from _items(load, deload, catalog, limits)
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


def _items(load: _Load, deload: bool, catalog: Catalog, limits: Thresholds) -> Iterator[Finding]:
    """INT-1, INT-2, INT-4, INT-5, REST-1, REST-2, REST-3 for each planned exercise."""
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
        if p.rir > HARD_RIR_LIMIT and not deload:
            yield Finding("INT-1", Severity.INFO, "int1.not_hard", (*about, ("rir", p.rir)), muscles, where)
        reps = limits.reps
        if p.reps.high < reps.low or p.reps.low > reps.high:
            yield Finding("INT-2", Severity.WARNING, "int2.outside", (*about, ("reps", str(p.reps)), ("band", reps)),
                          muscles, where)
        elif p.reps.low < reps.low or p.reps.high > reps.high:
            yield Finding("INT-2", Severity.INFO, "int2.partly", (*about, ("reps", str(p.reps)), ("band", reps)),
                          muscles, where)
        compound = exercise.category is Category.COMPOUND  # hip-dominant lifts are single-joint
        rir_band = limits.compound_rir if compound else limits.isolation_rir
        if p.rir == 0 and compound and exercise.id in limits.technical_exercises and limits.failure_warning:
            yield Finding("INT-4", Severity.WARNING, "int4.failure", (*about, ("band", rir_band)), muscles, where)
        elif not deload and p.rir <= HARD_RIR_LIMIT and not rir_band.low <= p.rir <= rir_band.high:
            yield Finding("INT-4" if compound else "INT-5", Severity.INFO,
                          "int4.rir" if compound else "int5.rir", (*about, ("rir", p.rir), ("band", rir_band)),
                          muscles, where)
        yield from _rest(exercise, p.rest_s, p.reps.high, about, muscles, where, limits)


def _rest(exercise: Exercise, rest_s: int, top_reps: int, about: tuple[tuple[str, object], ...],
          muscles: tuple[str, ...], where: tuple[SessionRef, ...], limits: Thresholds) -> Iterator[Finding]:
    """REST-1 for compound and hip-dominant lifts (longer for heavy sets), REST-2 for isolation."""
    if exercise.category in COMPOUND_LIKE:
        rule, band = "REST-1", limits.rest_compound_s
        heavy = limits.rest_heavy_s if top_reps <= HEAVY_REPS else None
    else:
        rule, band, heavy = "REST-2", limits.rest_isolation_s, None
    longest = heavy if heavy is not None and heavy.high > band.high else band
    if rest_s < band.low:
        yield Finding(rule, Severity.WARNING, "rest.short", (*about, ("rest", rest_s), ("band", band)), muscles, where)
    elif heavy is not None and rest_s < heavy.low:
        yield Finding(rule, Severity.INFO, "rest.heavy", (*about, ("rest", rest_s), ("band", heavy)), muscles, where)
    elif rest_s > longest.high:
        yield Finding(rule, Severity.INFO, "rest.long", (*about, ("rest", rest_s), ("band", longest)), muscles, where)


def _order(load: _Load, catalog: Catalog) -> Iterator[Finding]:
    """SES-1: multi-joint before single-joint (activation first, as a warm-up, is fine)."""
    isolation: Exercise | None = None
    for item in load.session.items:
        exercise = catalog.exercise(item.exercise_id)
        if exercise.category in (Category.ISOLATION, Category.HIP_DOMINANT) and isolation is None:
            isolation = exercise
        elif exercise.category is Category.COMPOUND and isolation is not None:
            yield Finding("SES-1", Severity.INFO, "ses1.order",
                          (("session", load.ref), ("exercise", ExerciseName(exercise.id)),
                           ("isolation", ExerciseName(isolation.id))), exercise.primary_muscles, (load.ref,))
            return


def _session_time(loads: Iterable[_Load], session_minutes_budget: int) -> Iterator[Finding]:
    for load in loads:
        if load.minutes > session_minutes_budget:
            yield Finding("SES-3", Severity.WARNING, "ses3.session",
                          (("session", load.ref), ("minutes", round(load.minutes)), ("budget", session_minutes_budget)),
                          (), (load.ref,))


# ---------------------------------------------------------------------------------------------
# Across weeks: volume increase, deloads


def _program(program: Program, weeks: list[list[_Load]], catalog: Catalog, limits: Thresholds) -> Iterator[Finding]:
    totals = [_totals(loads) for loads in weeks]
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


def _totals(loads: list[_Load]) -> dict[str, float]:
    totals: dict[str, float] = defaultdict(float)
    for load in loads:
        for muscle, sets in load.hard.items():
            totals[muscle] += sets
    return totals


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
# Fixes and the whole


def _with_fixes(findings: list[Finding], weeks: list[list[_Load]], repeating: bool, catalog: Catalog,
                limits: Thresholds) -> list[Finding]:
    """Offer, for recovery findings, the nearest day the session can move to with no new finding
    (no new error or warning: notes such as REC-3's move with the session)."""
    baseline = {f.identity() for f in findings if f.rule.startswith("REC") and f.severity is not Severity.INFO}
    result = []
    tried: dict[SessionRef, Fix | None] = {}
    for finding in findings:
        if finding.rule in ("REC-1", "REC-2") and finding.severity is not Severity.INFO:
            target = finding.sessions[-1]
            if target not in tried:
                tried[target] = _move(target, weeks, repeating, catalog, limits, baseline)
            finding = replace(finding, fix=tried[target])
        result.append(finding)
    return result


def _move(target: SessionRef, weeks: list[list[_Load]], repeating: bool, catalog: Catalog, limits: Thresholds,
          baseline: set[tuple[object, ...]]) -> Fix | None:
    """The nearest weekday (later first) where the session is in no recovery finding and none is new.

    Moving a session changes only what depends on days, the recovery rules, and only for its own
    week and the next (the model forgets after a week); the week before is kept for the gaps into it.
    """
    first, last = max(0, target.week - 1), min(len(weeks), target.week + 2)
    nearby = [load for week in weeks[first:last] for load in week]
    moving = next(load for load in nearby if load.ref == target)
    judged = {target.week, target.week + 1}
    for distance in (1, -1, 2, -2, 3, -3):
        day = int(target.day) + distance
        if not 0 <= day <= 6:
            continue
        moved = replace(moving, ref=replace(target, day=Weekday(day)), hour=moving.hour + distance * 24)
        taken = any(load.hour == moved.hour for load in nearby)
        if taken or _too_close(moved, nearby, moving, repeating, limits):
            continue
        candidate = sorted((moved if load is moving else load for load in nearby),
                           key=lambda load: (load.hour, _content(load.session)))
        found = [f for f in _recovery(candidate, repeating, catalog, limits)
                 if f.severity is not Severity.INFO and any(ref.week in judged for ref in f.sessions)]
        involved = any(ref == moved.ref for f in found for ref in f.sessions)
        if not involved and {f.identity() for f in found} <= baseline:
            return Fix(target, Weekday(day))
    return None


def _too_close(moved: _Load, nearby: list[_Load], moving: _Load, repeating: bool, limits: Thresholds) -> bool:
    """Cheap first test of a candidate day: a hard session for the same muscle under the
    warning gap would put the moved session in a REC-1 finding."""
    hard = {muscle for muscle, sets in moved.hard.items() if sets >= limits.hard_session_sets}
    for other in nearby:
        if other is moving or not any(other.hard.get(muscle, 0) >= limits.hard_session_sets for muscle in hard):
            continue
        gap = abs(other.hour - moved.hour)
        if repeating:
            gap = min(gap % HOURS_PER_WEEK, HOURS_PER_WEEK - gap % HOURS_PER_WEEK)
        if gap < limits.recovery_warning_h:
            return True
    return False


def validate(plan: Program | Week, catalog: Catalog, level: Level = Level.INTERMEDIATE,
             thresholds: Thresholds | None = None, session_minutes_budget: int = DEFAULT_SESSION_MINUTES,
             weekly_minutes: int | None = None) -> Report:
    """All findings and the summary for a week (which repeats) or a program (which runs once)."""
    program = plan if isinstance(plan, Program) else Program("", (plan,))
    limits = thresholds or builtin_thresholds()[level]
    repeating = len(program.weeks) == 1
    weeks = _loads(program, catalog, limits)
    findings = _recovery([load for loads in weeks for load in loads], repeating, catalog, limits)
    for number, loads in enumerate(weeks):
        findings.extend(_weekly(loads, program.weeks[number].deload, catalog, limits, weekly_minutes))
        findings.extend(_session_time(loads, session_minutes_budget))
    findings.extend(_program(program, weeks, catalog, limits))
    findings = _with_fixes(findings, weeks, repeating, catalog, limits)
    findings.sort(key=Finding.key)
    return Report(tuple(findings), tuple(_summary(program, weeks, catalog, limits)))


def _summary(program: Program, weeks: list[list[_Load]], catalog: Catalog,
             limits: Thresholds) -> Iterator[WeekSummary]:
    timeline = _Timeline([load for loads in weeks for load in loads], len(program.weeks) == 1)
    for number, loads in enumerate(weeks):
        muscles = {}
        for muscle in catalog.muscles.values():
            hard = [load for load in loads if load.hard.get(muscle.id, 0) >= limits.hard_session_sets]
            lowest = min((timeline.readiness(muscle.id, load.hour, muscle.half_life_h) for load in hard), default=None)
            volume = limits.volume.get(muscle.id)
            muscles[muscle.id] = MuscleSummary(
                hard_sets=round(sum(load.hard.get(muscle.id, 0.0) for load in loads), 2),
                band=volume.band if volume else None,
                hard_sessions=len(hard),
                lowest_readiness=None if lowest is None else round(lowest, 1),
            )
        sessions = tuple(SessionSummary(load.ref, load.session.title, round(load.minutes, 1)) for load in loads)
        yield WeekSummary(program.weeks[number].deload, muscles, sessions,
                          round(sum(load.minutes for load in loads), 1))
