"""Fixes that change what is planned, for the findings a move of a whole session does not settle
(too many or too few sets, a session over its time, a rest, reps or RIR off their band, the order
in a session, a missing deload): the smallest change that clears the finding and brings no new
error or warning. A fix never changes history (``domain.past.Past``): a day gone or a session logged stays as it was.

The rules engine finds the recovery fixes (moves) as it checks, for every session; these are
looked for when a finding is chosen. Each kind of finding offers its candidates smallest first
(one exercise's sets by as few as clear it, a rest, its reps or RIR to the nearest edge of its
band, an exercise to another day; for too many hard sessions or too little recovery a session moved,
then made lighter as a coach would, the least loss first: fewer hard sets, an exercise kept light,
an exercise or the session taken out), and each is judged by checking the program again with
``revalidate``, which is the rules themselves rather than a copy of them. At most ``TRIALS`` are
judged, fewer in weeks of more than 100 sessions (``SESSION_CHECKS``), so that choosing a finding
stays quick: a week of 400 sessions takes about 40 ms a check.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from math import ceil

from msgspec.structs import replace

from glueplan.domain import limits
from glueplan.domain.catalog import Catalog, Category, Exercise, RepRange
from glueplan.domain.commands import (
    Change,
    EditPlanned,
    EditPlannedAll,
    MakeDeload,
    MoveExercise,
    RemoveExercise,
    RemoveSession,
    new_session_head,
)
from glueplan.domain.findings import (
    ExerciseName,
    Finding,
    Fix,
    Muscles,
    SessionRef,
    Sessions,
    SetCut,
    SetCuts,
    Severity,
    Title,
    sentence,
)
from glueplan.domain.fix_search import DISTANCES, is_recovery_problem, move_fix
from glueplan.domain.language import Language
from glueplan.domain.messages import messages
from glueplan.domain.past import NO_PAST, Past
from glueplan.domain.plan import PlannedExercise, Program, Weekday
from glueplan.domain.recovery import HARD_RIR_LIMIT, is_hard
from glueplan.domain.rules import Report, rest_bands, revalidate, rir_band
from glueplan.domain.session_load import SessionLoad, session_minutes, set_seconds
from glueplan.domain.thresholds import Band, Thresholds
from glueplan.domain.record import Record

TRIALS = 16  # candidate changes checked per finding at most
SESSION_CHECKS = 1600  # sessions of the largest week times the candidates checked, at most
MIN_TRIALS = 4
_EPSILON = 1e-9
_JUST_UNDER = 1e-3  # fractional sets come in quarters: this far under a line is under it
# The fewest sets a fix leaves of a lift: every lift of the domain reference is planned at 2 sets or more
# (training-science.md, sets x reps); "1 set instead of 3" read to a lifter as a trick to dodge a rule, so
# a fix that would leave one takes the exercise out instead (activation work may keep one).
MIN_SETS = 2
LIGHT_RIR = HARD_RIR_LIMIT + 1  # an exercise kept light: no hard set, no fatigue (REC-3, e(RIR >= 5) = 0)
RECENT_H = 72  # REC-2: the hard sessions this many hours before a session left it unready (soreness 24-72 h)

# Why a finding has no fix, under "finding.no_fix.": the kinds no one change could settle say so
# in their own words; for any other, no one change tried cleared it without bringing another.
NO_FIX_REASONS = {"vol.no_hard_sets": "light_week", "ses2.gluteus_medius": "choice"}
TRIED = "tried"


def findings_behind(findings: Iterable[Finding], program: Program, past: Past) -> frozenset[Finding]:
    """The findings behind you: every day they are about is history (gone, or logged), so no fix may change it and
    a coach reads them as a record of the week lived, not a problem still to act on. The Week tab lists them apart
    and marks no day or session with them. A finding about no day (the program as a whole) is never behind."""
    findings = list(findings)
    weeks = {ref.week for finding in findings for ref in finding.sessions} | \
        {finding.week for finding in findings if finding.week is not None}
    days = past.days(program, weeks)  # of the weeks named alone: a finding list is most often one week's
    return frozenset(finding for finding in findings if _behind(finding, days))


def _behind(finding: Finding, days: frozenset[tuple[int, Weekday]]) -> bool:
    """Whether all a finding is about is among ``days`` of history: its sessions' days, else every day of its week."""
    if finding.sessions:
        return all((ref.week, ref.day) in days for ref in finding.sessions)
    return finding.week is not None and all((finding.week, day) in days for day in Weekday)


def suggest(program: Program, report: Report, finding: Finding, language: Language,
            past: Past = NO_PAST) -> Fix | None:
    """The fix of ``finding`` (a finding of ``report``, the report of ``program``): the engine's
    move when it found one, else the first candidate change that clears the finding and brings no
    new error or warning (a session it starts is titled in ``language``, as a drop's is); neither
    may change a day of the ``past``."""
    found = _Search(program, report, language, past)
    if finding.fix is not None and found.keeps_past(finding.fix):
        return finding.fix
    sessions = max(len(week.sessions) for week in program.weeks)
    trials = max(MIN_TRIALS, min(TRIALS, SESSION_CHECKS // max(1, sessions)))
    offered: set[Change] = set()  # a change two muscles' candidates both hold is judged once
    for fix in _candidates(found, finding):
        if fix.edit in offered or not found.keeps_past(fix):
            continue
        offered.add(fix.edit)
        if found.trials == trials:
            return None
        if found.clears(fix, finding):
            return fix
    return None


def why_no_fix(program: Program, report: Report, finding: Finding, language: Language,
               past: Past = NO_PAST) -> str:
    """Why the finding has no fix, in a sentence that says what to do instead: for too many hard
    sessions or too little recovery, which sessions still ahead to thin out."""
    search = _Search(program, report, language, past)
    gone = messages()("finding.no_fix.past", language)
    if _behind(finding, search.past):
        return gone
    weeks = len(program.weeks)
    if finding.message == "frq1.sessions" and _too_many(finding) > 1:
        (muscle,) = finding.muscles
        needed = _too_many(finding)
        ahead = [load.ref for load in _least_loss(search, _week_of(finding), muscle) if not search.is_past(load.ref)]
        if not ahead:  # the light work of the week's last days is all that is left
            return gone
        if len(ahead) < needed:  # the week is mostly lived
            return sentence("finding.no_fix.frequency_late", (("band", _params(finding)["band"]), ("count", len(ahead)),
                                                              ("sessions", _in_order(ahead))),
                            language, search.catalog, weeks)
        return sentence("finding.no_fix.frequency", (("count", needed), ("sessions", _in_order(ahead[:needed]))),
                        language, search.catalog, weeks)
    thinned = _to_thin(search, finding)
    if thinned:
        return sentence("finding.no_fix.thin", (("muscles", Muscles(finding.muscles)), ("count", len(thinned)),
                                                ("sessions", _in_order(thinned))), language, search.catalog, weeks)
    return messages()(f"finding.no_fix.{NO_FIX_REASONS.get(finding.message, TRIED)}", language)


def _in_order(refs: Iterable[SessionRef]) -> Sessions:
    return Sessions(tuple(sorted(refs, key=SessionRef.key)))


def _to_thin(search: _Search, finding: Finding) -> list[SessionRef]:
    """The sessions still ahead whose hard sets for the muscles a finding of too many hard sessions (by
    one) or too little recovery could lose: the least loss of FRQ-1's, REC-1's two, REC-2's own and the
    hard sessions for its muscles in the hours before it."""
    if finding.message == "frq1.sessions" and _too_many(finding) == 1:
        (muscle,) = finding.muscles
        found = [load.ref for load in _least_loss(search, _week_of(finding), muscle)]
    elif finding.rule == "REC-1" and is_recovery_problem(finding):
        found = list(finding.sessions)
    elif finding.rule == "REC-2":
        (ref,) = finding.sessions
        flagged = search.load(ref)
        found = [ref, *(load.ref for n in (ref.week - 1, ref.week) if n >= 0
                        for load in search.report.basis.weeks[n].loads
                        if flagged.hour - RECENT_H <= load.hour < flagged.hour
                        and any(load.hard_for(muscle, search.limits) for muscle in finding.muscles))]
    else:
        return []
    ahead = [ref for ref in found if not search.is_past(ref)]
    return ahead[:1] if finding.rule == "FRQ-1" else ahead


class _Planned(Record):
    """One planned exercise where it stands, with what the rules read of it."""

    ref: SessionRef
    index: int
    item: PlannedExercise
    exercise: Exercise

    @property
    def about(self) -> tuple[tuple[str, object], ...]:
        return (("exercise", ExerciseName(self.exercise.id)), ("session", self.ref))

    def hard_weight(self, muscle: str) -> float:
        """Fractional hard sets one set of it gives the muscle."""
        return self.exercise.weight(muscle) if is_hard(self.item.prescription.rir, self.exercise.category) else 0.0

    def edit(self, **changed: object) -> EditPlanned:
        return EditPlanned(self.ref.week, self.ref.index, self.index, replace(self.item.prescription, **changed),
                           self.item.load_kg, self.item.note)


class _Search:
    """The program and its report, and the candidate changes judged so far."""

    def __init__(self, program: Program, report: Report, language: Language, past: Past) -> None:
        self.program = program
        self.report = report
        self.language = language
        self.catalog: Catalog = report.basis.settings.catalog
        self.limits: Thresholds = report.basis.settings.limits
        self.known = {f.identity() for f in report.findings}
        self.past = past.days(program)
        self.trials = 0

    def is_past(self, ref: SessionRef) -> bool:
        return (ref.week, ref.day) in self.past

    def keeps_past(self, fix: Fix) -> bool:
        """Whether the fix leaves every day of the past as it was: the days of the session it changes
        (and where it moves it or an exercise of it), or every day of the week a deload is made of."""
        if not self.past:
            return True
        if isinstance(fix.edit, MakeDeload):
            return not any((fix.edit.week, day) in self.past for day in Weekday)
        assert fix.sessions  # every other fix names the sessions it changes
        return not any((session.week, day) in self.past for session in fix.sessions
                       for day in (session.day, fix.day) if day is not None)

    def load(self, ref: SessionRef) -> SessionLoad:
        """What the session does to each muscle, as the report read it."""
        return next(load for load in self.report.basis.weeks[ref.week].loads if load.ref == ref)

    def planned(self, week: int, session: int | None = None) -> list[_Planned]:
        """The planned exercises of a week (or of one session of it), in the order planned."""
        sessions = self.program.weeks[week].sessions
        return [_Planned(SessionRef(week, number, s.day, s.time), index, item,
                         self.catalog.exercise(item.exercise_id))
                for number, s in enumerate(sessions) if session is None or number == session
                for index, item in enumerate(s.items)]

    def clears(self, fix: Fix, finding: Finding) -> bool:
        """Whether the fix's change takes the finding away and brings no new error or warning."""
        self.trials += 1
        after = revalidate(self.report, fix.edit.apply(self.program))  # the weeks changed, compared
        found = {f.identity(): f for f in after.findings}
        if finding.identity() in found:
            return False
        return not any(f.severity is not Severity.INFO and identity not in self.known
                       for identity, f in found.items())


def _candidates(search: _Search, finding: Finding) -> Iterator[Fix]:
    """The changes that might clear the finding, smallest first."""
    maker = _MAKERS.get(finding.message)
    if maker is not None:
        yield from maker(search, finding)
    if is_recovery_problem(finding) or finding.message == "rec1.advised":
        yield from _moves(search, finding)
    if finding.rule == "REC-1":  # either session lighter for the muscles, the later first
        for ref in reversed(finding.sessions):
            yield from _thinned(search, ref, finding.muscles, hard_line=True)
    elif finding.rule == "REC-2":  # the session itself lighter: the ones before it may be history
        yield from _thinned(search, finding.sessions[0], finding.muscles, hard_line=False)


def _params(finding: Finding) -> dict[str, object]:
    return dict(finding.params)


def _week_of(finding: Finding) -> int:
    return finding.week if finding.week is not None else finding.sessions[-1].week


# -- sets ------------------------------------------------------------------------------------------


def _with_sets(planned: _Planned, sets: int) -> Fix:
    """``planned`` with this many sets (none: taken out of its session)."""
    if sets == 0:
        return Fix(RemoveExercise(planned.ref.week, planned.ref.index, planned.index), "remove_exercise",
                   planned.about)
    return Fix(planned.edit(sets=sets), "sets", (*planned.about, ("sets", sets),
                                                 ("was", planned.item.prescription.sets)))


def _fewer_sets(found: list[_Planned], amount: float, per_set: Callable[[_Planned], float],
                fewest: int = MIN_SETS) -> Iterator[Fix]:
    """One exercise with as few sets less as take ``amount`` off (``per_set``: what a set of it
    counts), left with ``fewest`` or more, else taken out: an exercise kept before one taken out,
    the fewest sets first, then the exercise that counts most a set, then the one with the most
    sets (most often the one just raised), then the one that trains the fewest muscles (a kickback
    goes before a squat, which trains the thighs too)."""
    options = []
    for planned in found:
        each, sets = per_set(planned), planned.item.prescription.sets
        if each > 0:
            cut = max(1, ceil(amount / each - _EPSILON))
            if cut <= sets:
                cut = sets if sets - cut < fewest else cut
                options.append(((cut == sets, cut, -each, -sets, _reach(planned)), planned))
    for (_removes, cut, *_order), planned in sorted(options, key=lambda option: option[0]):
        yield _with_sets(planned, planned.item.prescription.sets - cut)


def _reach(planned: _Planned) -> float:
    """How much the exercise trains in all: of two, a set comes off the one that trains the fewer muscles."""
    return sum(weight for _muscle, weight in planned.exercise.muscles)


def _more_sets(found: list[_Planned], amount: float, per_set: Callable[[_Planned], float]) -> Iterator[Fix]:
    """One exercise with as few sets more as add ``amount``, the fewest first."""
    options = []
    for planned in found:
        each = per_set(planned)
        if each > 0:
            more = ceil(amount / each - _EPSILON)
            if planned.item.prescription.sets + more <= limits.SETS.high:
                options.append(((more, -each), planned))
    for (more, _each), planned in sorted(options, key=lambda option: option[0]):
        yield _with_sets(planned, planned.item.prescription.sets + more)


def _volume(search: _Search, finding: Finding) -> Iterator[Fix]:
    """VOL-1/VOL-2: the week's hard sets for a muscle into its band."""
    params = _params(finding)
    (muscle,) = finding.muscles
    sets, band = float(params["sets"]), params["band"]
    assert isinstance(band, Band)
    found = search.planned(_week_of(finding))
    if sets > band.high:
        fewer = list(_fewer_sets(found, sets - band.high, lambda planned: planned.hard_weight(muscle)))
        yield from (fix for fix in fewer if fix.message == "sets")  # one exercise kept, with fewer sets
        across = _fewer_across(search, found, sets - band.high, muscle)
        if across is not None:
            yield across
        yield from (fix for fix in fewer if fix.message != "sets")  # one exercise taken out
    else:
        yield from _more_sets(found, band.low - sets, lambda planned: planned.hard_weight(muscle))


def _fewer_across(search: _Search, found: list[_Planned], amount: float, muscle: str) -> Fix | None:
    """A set off each of several exercises, as a coach takes sets a week has too many of where one exercise
    cannot lose them all and keep ``MIN_SETS`` ("2 sets fewer: Bulgarian split squat 3 -> 2, single-leg
    squat 3 -> 2"): a set at a time from the exercise with the most sets left, of two alike the one that counts
    most a set, then the one that trains the fewest muscles (as ``_fewer_sets`` orders them), only of days still
    ahead; None when one exercise would do or they cannot."""
    sets = {planned: planned.item.prescription.sets for planned in found
            if planned.hard_weight(muscle) > 0 and not search.is_past(planned.ref)}
    taken = 0.0
    while taken < amount - _EPSILON:
        left = [planned for planned, count in sets.items() if count > MIN_SETS]
        if not left:
            return None
        planned = max(left, key=lambda p: (sets[p], p.hard_weight(muscle), -_reach(p), -p.ref.index, -p.index))
        sets[planned] -= 1
        taken += planned.hard_weight(muscle)
    cut = [planned for planned, count in sets.items() if count != planned.item.prescription.sets]
    if len(cut) < 2:
        return None
    edits = tuple(planned.edit(sets=sets[planned]) for planned in cut)
    return Fix(EditPlannedAll(edits), "sets_across",
               (("count", sum(planned.item.prescription.sets - sets[planned] for planned in cut)),
                ("cuts", SetCuts(tuple(SetCut(ExerciseName(p.exercise.id), p.ref, p.item.prescription.sets, sets[p])
                                       for p in cut)))))


def _session_cap(search: _Search, finding: Finding) -> Iterator[Fix]:
    """VOL-4: fewer sets in the session, else one of its exercises to another day."""
    (muscle,) = finding.muscles
    ref = finding.sessions[0]
    found = search.planned(ref.week, ref.index)
    yield from _fewer_sets(found, float(_params(finding)["sets"]) - search.limits.session_cap,
                           lambda planned: planned.hard_weight(muscle))
    yield from _elsewhere(search, [p for p in found if p.hard_weight(muscle) > 0])


def _increase(search: _Search, finding: Finding) -> Iterator[Fix]:
    """VOL-5: the later week's sets for the muscle back within the increase allowed."""
    params = _params(finding)
    (muscle,) = finding.muscles
    week = int(params["week"]) - 1
    loads = search.report.basis.weeks
    before = loads[int(params["previous"]) - 1].totals.get(muscle, 0.0)
    now = loads[week].totals.get(muscle, 0.0)
    yield from _fewer_sets(search.planned(week), now - before * (1 + search.limits.weekly_increase),
                           lambda planned: planned.hard_weight(muscle))


def _too_many(finding: Finding) -> int:
    """FRQ-1: how many hard sessions over its band the week has (none when under it)."""
    params = _params(finding)
    band = params["band"]
    assert isinstance(band, Band)
    return max(0, int(params["count"]) - int(band.high))


def _frequency(search: _Search, finding: Finding) -> Iterator[Fix]:
    """FRQ-1: too few hard sessions for the muscle: one of its exercises to a day of its own;
    one too many: one session made lighter for it, the least loss first (more than one too many:
    one change cannot, and ``why_no_fix`` names the sessions to thin out)."""
    (muscle,) = finding.muscles
    week = _week_of(finding)
    if _too_many(finding) == 0:
        yield from _elsewhere(search, [p for p in search.planned(week) if p.hard_weight(muscle) > 0])
    elif _too_many(finding) == 1:
        for load in _least_loss(search, week, muscle):
            yield from _thinned(search, load.ref, (muscle,), hard_line=True)


def _least_loss(search: _Search, week: int, muscle: str) -> list[SessionLoad]:
    """The week's hard sessions for the muscle, those that would lose the fewest hard sets for it
    first, of two alike the later (most often the one added last)."""
    hard = [load for load in search.report.basis.weeks[week].loads if load.hard_for(muscle, search.limits)]
    return sorted(hard, key=lambda load: (load.hard[muscle], -load.hour))


def _thinned(search: _Search, ref: SessionRef, muscles: tuple[str, ...], hard_line: bool) -> Iterator[Fix]:
    """The session lighter for the muscles, as a coach would make it, the least loss first: its sets
    for them just under a hard session's (``hard_line``: REC-1 and FRQ-1 count hard sessions; REC-2
    asks whether it trains them hard at all), each exercise that works them kept light (RIR 5) or
    taken out, the one of fewest hard sets first, then the whole session out."""
    found = search.planned(ref.week, ref.index)
    if hard_line:
        load = search.load(ref)
        for muscle in muscles:
            yield from (fix for fix in _fewer_sets(found, load.hard.get(muscle, 0.0) - search.limits.hard_session_sets
                                                   + _JUST_UNDER, lambda planned: planned.hard_weight(muscle))
                        if fix.message == "sets")  # kept: the exercise is taken out below, after kept light
    working = sorted((p for p in found if any(p.hard_weight(muscle) > 0 for muscle in muscles)),
                     key=lambda p: (p.item.prescription.sets * sum(map(p.hard_weight, muscles)), -p.index))
    for planned in working:
        yield Fix(planned.edit(rir=LIGHT_RIR), "light", (*planned.about, ("rir", LIGHT_RIR)))
    for planned in working:
        yield _with_sets(planned, 0)
    session = search.program.weeks[ref.week].sessions[ref.index]
    if len(session.items) > 1:  # one exercise taken out takes a session of one with it
        yield _without_session(ref, session.title)


def _without_session(ref: SessionRef, title: str) -> Fix:
    """The session taken out of its week, named by its title (an untitled one by its place alone)."""
    if title.strip():
        return Fix(RemoveSession(ref.week, ref.index), "remove_session", (("title", Title(title)), ("session", ref)))
    return Fix(RemoveSession(ref.week, ref.index), "remove_untitled", (("session", ref),))


def _elsewhere(search: _Search, found: list[_Planned]) -> Iterator[Fix]:
    """Each exercise (the last of a session first) to the days furthest from its own, joining the
    day's session or starting one at its own time, titled as a drop there would be."""
    for planned in sorted(found, key=lambda p: (-p.index, p.ref.day)):
        week = search.program.weeks[planned.ref.week]
        for distance in (3, -3, 4, -4, 2, -2):
            day = Weekday((int(planned.ref.day) + distance) % 7)
            head = new_session_head(week, search.language, day, planned.ref.time)
            yield Fix(MoveExercise(planned.ref.week, planned.ref.index, planned.index, day, head=head),
                      "move_exercise", (*planned.about, ("day", day)))


# -- time ------------------------------------------------------------------------------------------


def _shortest_rest(planned: _Planned, limits_: Thresholds) -> float:
    """The least rest after the exercise that no rest rule notes (REST-1, REST-2, REST-3)."""
    if planned.exercise.category is Category.ACTIVATION:
        return limits_.rest_activation_s.low
    _rule, band, heavy = rest_bands(planned.exercise, planned.item.prescription.reps.high, limits_)
    return max(band.low, heavy.low if heavy is not None else 0)


def _shorter(search: _Search, found: list[_Planned], minutes: float) -> Iterator[Fix]:
    """Time off: one exercise's rest shortened (in steps of 15 s, no shorter than its rule asks),
    else one exercise's sets."""
    options = []
    for planned in found:
        p = planned.item.prescription
        rest = p.rest_s - ceil(minutes * 60 / p.sets / 15 - _EPSILON) * 15
        if rest >= _shortest_rest(planned, search.limits):
            options.append((p.rest_s - rest, planned, rest))
    for _cut, planned, rest in sorted(options, key=lambda option: option[0]):
        yield Fix(planned.edit(rest_s=rest), "rest", (*planned.about, ("rest", rest),
                                                      ("was", planned.item.prescription.rest_s)))
    yield from _fewer_sets(found, minutes,
                           lambda planned: set_seconds(planned.item, planned.exercise, search.limits) / 60)


def _session_time(search: _Search, finding: Finding) -> Iterator[Fix]:
    """SES-3 for one session: shorter rests, fewer sets, or an exercise to another day."""
    params = _params(finding)
    ref = finding.sessions[0]
    found = search.planned(ref.week, ref.index)
    session = search.program.weeks[ref.week].sessions[ref.index]
    over = session_minutes(session, search.catalog, search.limits) - float(params["budget"])
    yield from _shorter(search, found, over)
    yield from _elsewhere(search, found)


def _week_time(search: _Search, finding: Finding) -> Iterator[Fix]:
    """SES-3 for the week: shorter rests or fewer sets."""
    week = _week_of(finding)
    minutes = search.report.weeks[week].minutes
    yield from _shorter(search, search.planned(week), minutes - float(_params(finding)["budget"]))


def _activation(search: _Search, finding: Finding) -> Iterator[Fix]:
    """REC-3: fewer activation sets on the day."""
    params = _params(finding)
    day = params["day"]
    found = [p for p in search.planned(_week_of(finding)) if p.ref.day == day
             and not is_hard(p.item.prescription.rir, p.exercise.category)]
    yield from _fewer_sets(found, int(params["count"]) - int(params["limit"]), lambda _planned: 1.0, fewest=1)


# -- one exercise's prescription ------------------------------------------------------------------


def _the_planned(search: _Search, finding: Finding) -> _Planned:
    """The planned exercise a finding about one exercise in one session names (the first that fits)."""
    ref, name = finding.sessions[0], _params(finding)["exercise"]
    assert isinstance(name, ExerciseName)
    return next(p for p in search.planned(ref.week, ref.index) if p.exercise.id == name.id
                and _still_flagged(p, finding))


def _still_flagged(planned: _Planned, finding: Finding) -> bool:
    """Whether this is the planned exercise the finding's numbers are of (an exercise may be
    planned twice in a session)."""
    p = planned.item.prescription
    params = _params(finding)
    checks = {"rest": p.rest_s, "rir": p.rir, "reps": str(p.reps)}
    return all(params[name] == value for name, value in checks.items() if name in params)


def _nearest(value: int, band: Band) -> int:
    return int(min(max(value, ceil(band.low - _EPSILON)), int(band.high + _EPSILON)))


def _rest(search: _Search, finding: Finding) -> Iterator[Fix]:
    """REST-1/2/3: the rest to the nearest edge of its band."""
    planned = _the_planned(search, finding)
    band = _params(finding)["band"]
    assert isinstance(band, Band)
    rest = _nearest(planned.item.prescription.rest_s, band)
    yield Fix(planned.edit(rest_s=rest), "rest", (*planned.about, ("rest", rest),
                                                  ("was", planned.item.prescription.rest_s)))


def _rir(search: _Search, finding: Finding) -> Iterator[Fix]:
    """INT-1/4/5: RIR to the nearest edge of the band for the exercise."""
    planned = _the_planned(search, finding)
    band = _params(finding).get("band")
    if not isinstance(band, Band):  # INT-1 names the hard-set line, not the band
        band = rir_band(planned.exercise, search.limits)
    rir = _nearest(planned.item.prescription.rir, band)
    yield Fix(planned.edit(rir=rir), "rir", (*planned.about, ("rir", rir), ("was", planned.item.prescription.rir)))


def _reps(search: _Search, finding: Finding) -> Iterator[Fix]:
    """INT-2: the rep range cut to the band, or the exercise's own where none of it is inside."""
    planned = _the_planned(search, finding)
    band, was = search.limits.reps, planned.item.prescription.reps
    low, high = max(was.low, int(band.low)), min(was.high, int(band.high))
    reps = RepRange(low, high) if low <= high else planned.exercise.prescription.reps
    yield Fix(planned.edit(reps=reps), "reps", (*planned.about, ("reps", str(reps)), ("was", str(was))))


def _order(search: _Search, finding: Finding) -> Iterator[Fix]:
    """SES-1: the multi-joint lift moved up to just before the first single-joint one."""
    ref, params = finding.sessions[0], _params(finding)
    found = search.planned(ref.week, ref.index)
    isolation = next(p for p in found if p.exercise.category in (Category.ISOLATION, Category.HIP_DOMINANT))
    compound = next(p for p in found if p.index > isolation.index and p.exercise.category is Category.COMPOUND)
    yield Fix(MoveExercise(ref.week, ref.index, compound.index, ref.day, ref.index, isolation.index), "order",
              (("session", ref), ("exercise", params["exercise"]), ("isolation", params["isolation"])))


# -- weeks -----------------------------------------------------------------------------------------


def _deload(search: _Search, finding: Finding) -> Iterator[Fix]:
    """PER-1: the week it names made a deload; PER-2: the deload made again from the week before."""
    week = int(_params(finding)["week"]) - 1
    yield Fix(MakeDeload(week, search.limits), "deload", (("week", week + 1),))


def _moves(search: _Search, finding: Finding) -> Iterator[Fix]:
    """REC-1 and REC-2: the later session to the nearest day free at its time."""
    ref = finding.sessions[-1]
    week = search.program.weeks[ref.week]
    taken = {(s.day, s.time) for s in week.sessions}
    for distance in DISTANCES:
        day = int(ref.day) + distance
        if 0 <= day <= 6 and (Weekday(day), ref.time) not in taken:
            yield move_fix(ref, week.sessions[ref.index].title, Weekday(day))


_MAKERS: dict[str, Callable[[_Search, Finding], Iterator[Fix]]] = {
    "vol.band": _volume,
    "vol4.session": _session_cap,
    "vol5.increase": _increase,
    "frq1.sessions": _frequency,
    "ses3.session": _session_time,
    "ses3.week": _week_time,
    "rec3.activation": _activation,
    "rest.short": _rest,
    "rest.heavy": _rest,
    "rest.long": _rest,
    "rest.activation": _rest,
    "int1.not_hard": _rir,
    "int4.failure": _rir,
    "int4.rir": _rir,
    "int5.rir": _rir,
    "int5.rir_hip": _rir,
    "int2.outside": _reps,
    "int2.partly": _reps,
    "ses1.order": _order,
    "ses1.order_hip": _order,
    "per1.deload": _deload,
    "per2.shape": _deload,
    "per2.sets": _deload,
    "per2.rir": _deload,
}
