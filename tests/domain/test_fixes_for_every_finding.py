"""Every kind of finding with a sensible fix offers one: the smallest change that clears it and
brings no new error or warning, carried in the fix; a finding without one says why."""

from __future__ import annotations

from collections.abc import Callable
from datetime import time

from msgspec.structs import replace
import pytest

from glueplan.domain.catalog import Catalog, builtin_catalog
from glueplan.domain.change_fixes import suggest, why_no_fix
from glueplan.domain.commands import EditPlanned, MakeDeload, MoveExercise, MoveSession, RemoveExercise
from glueplan.domain.findings import Finding, Severity, describe, describe_done, describe_fix
from glueplan.domain.language import Language
from glueplan.domain.messages import messages, placeholders
from glueplan.domain.plan import PlannedExercise, Program, Session, Week, Weekday
from glueplan.domain.rules import Report, validate
from glueplan.domain.trainee import Level
from tests.domain.test_rules import item

B, I, A = Level.BEGINNER, Level.INTERMEDIATE, Level.ADVANCED
MON, TUE, WED, THU, FRI, SAT, SUN = Weekday
CATALOG: Catalog = builtin_catalog()


Reps = tuple[int, int]


def thrust(sets: int = 3, rir: int = 1, reps: Reps = (8, 12), rest: int = 150) -> PlannedExercise:
    return item("barbell_hip_thrust", sets, rir, reps, rest)


def abduction(sets: int = 3, rir: int = 1) -> PlannedExercise:
    return item("cable_hip_abduction", sets, rir, rest=90)


def kickback(sets: int = 2, rir: int = 1) -> PlannedExercise:
    return item("cable_kickback", sets, rir, rest=90)


def rdl(sets: int = 3, rir: int = 2, reps: Reps = (6, 10), rest: int = 150) -> PlannedExercise:
    return item("romanian_deadlift", sets, rir, reps, rest)


Items = tuple[PlannedExercise, ...]


def plan(mon: Items = (thrust(), abduction()), wed: Items = (rdl(), abduction()), fri: Items = (thrust(), kickback()),
         *extra: Session) -> Week:
    """Three sessions that keep every rule at the intermediate level (14 hard sets for the glutes)."""
    days = ((MON, mon), (WED, wed), (FRI, fri))
    return Week(tuple(Session(day, time(18), f"Workout {n}", items) for n, (day, items) in enumerate(days, 1)
                      if items) + extra)


ROOMY = 90  # a session budget no case but SES-3's reaches


def check(program: Program, level: Level, minutes: int = ROOMY, weekly: int | None = None) -> Report:
    return validate(program, CATALOG, level, session_minutes_budget=minutes, weekly_minutes=weekly)


def one(week: Week) -> Program:
    return Program("p", (week,))


# (the finding's message, the level, the plan, the budgets, the kind of change expected)
CASES: dict[str, tuple[str, Level, Callable[[], Program], dict[str, int], type]] = {
    "20 hard sets against 12-18": (
        "vol.band", I, lambda: one(plan((thrust(5), abduction()), (rdl(5), abduction()), (thrust(5), kickback()))),
        {}, EditPlanned),
    "11 hard sets against 12-18": (
        "vol.band", I, lambda: one(plan(fri=(thrust(2),))), {}, EditPlanned),
    "a 33-minute session against 30": (
        "ses3.session", I, lambda: one(plan((thrust(), abduction(), kickback(3)))), {"minutes": 30}, EditPlanned),
    "the week over its minutes": (  # 1 set of hip thrusts instead of 3 was a trick: an abduction out
        "ses3.week", I, lambda: one(plan()), {"weekly": 60}, RemoveExercise),
    "8.5 sets in one session against 8": (
        "vol4.session", I, lambda: one(plan((thrust(7), abduction()), fri=(thrust(2), kickback()))), {}, EditPlanned),
    "four hard sessions against 2-3": (
        "frq1.sessions", I, lambda: one(plan((thrust(), abduction()), (rdl(), abduction()), (thrust(),),
                                  Session(SAT, time(18), "Extra", (thrust(2),)))),
        {}, EditPlanned),
    "one hard session against 2-3": ("frq1.sessions", I, lambda: one(Week((
        Session(MON, time(18), "Workout 1", (thrust(4), rdl(4))),))), {}, MoveExercise),
    "sets at RIR 5 in a week under the band": (  # in a week that reaches it, kept light on purpose: no finding
        "int1.not_hard", I, lambda: one(plan(fri=(thrust(2), kickback(rir=5)))), {}, EditPlanned),
    "3-4 reps": ("int2.outside", I, lambda: one(plan((thrust(reps=(3, 4)), abduction()))), {}, EditPlanned),
    "4-10 reps": ("int2.partly", I, lambda: one(plan((thrust(reps=(4, 10)), abduction()))), {}, EditPlanned),
    "a beginner's squat to failure": ("int4.failure", B, lambda: one(Week((
        Session(MON, time(18), "Workout 1", (item("back_squat", 3, rir=0, reps=(8, 10), rest=150),)),
        Session(THU, time(18), "Workout 2", (item("back_squat", 3, rir=2, reps=(8, 10), rest=150),))))),
        {}, EditPlanned),
    "a deadlift at RIR 4": ("int4.rir", I, lambda: one(plan(wed=(rdl(rir=4), abduction()))), {}, EditPlanned),
    "a kickback at RIR 4": ("int5.rir", I, lambda: one(plan(fri=(thrust(), kickback(rir=4)))), {}, EditPlanned),
    "a hip thrust at RIR 4": ("int5.rir_hip", I, lambda: one(plan((thrust(rir=4), abduction()))), {}, EditPlanned),
    "a minute's rest after hip thrusts": (
        "rest.short", I, lambda: one(plan((thrust(rest=60), abduction()))), {}, EditPlanned),
    "five minutes' rest after abductions": (
        "rest.long", I, lambda: one(plan((thrust(), item("cable_hip_abduction", 3, rest=300)))), {}, EditPlanned),
    "heavy deadlifts with two minutes' rest": (
        "rest.heavy", A, lambda: one(plan(wed=(rdl(reps=(4, 6), rest=120), abduction()))), {}, EditPlanned),
    "two minutes between clamshells": (
        "rest.activation", I, lambda: one(plan((item("clamshell", 2, 3, (15, 25), 120), thrust(), abduction()))),
        {}, EditPlanned),
    "a deadlift after abductions": ("ses1.order", I, lambda: one(plan(wed=(abduction(), rdl()))), {}, MoveExercise),
    "a deadlift after hip thrusts": ("ses1.order_hip", I, lambda: one(plan(wed=(thrust(), rdl()))), {}, MoveExercise),
    "six activation sets in a day": (
        "rec3.activation", I, lambda: one(plan((item("clamshell", 6, 3, (15, 25), 45), thrust(), abduction()))),
        {}, EditPlanned),
    "nine weeks without a deload": ("per1.deload", I, lambda: Program("p", (plan(),) * 9), {}, MakeDeload),
    "a deload that keeps its sets": (
        "per2.sets", I, lambda: Program("p", (plan(), replace(plan(
            (thrust(rir=3), abduction(rir=3)), (rdl(rir=4), abduction(rir=3)), (thrust(rir=3), kickback(rir=3))),
            deload=True))), {}, MakeDeload),
    "a week 21 % heavier than the one before": (
        "vol5.increase", I, lambda: Program("p", (plan(), plan((thrust(6), abduction())))), {}, EditPlanned),
    "a beginner's sessions 48 h apart": ("rec1.advised", B, lambda: one(Week((
        Session(MON, time(18), "Workout 1", (thrust(3, rir=2),)),
        Session(WED, time(18), "Workout 2", (thrust(3, rir=2),))))), {}, MoveSession),
}


def the_finding(report: Report, message: str) -> Finding:
    """The worst finding of its kind, the gluteus maximus's where there is one for each muscle."""
    found = [f for f in report.findings if f.message == message]
    return next((f for f in found if f.muscles == ("gluteus_maximus",)), found[0])


@pytest.mark.parametrize("case", list(CASES))
def test_each_kind_of_finding_gets_a_fix_that_clears_it_without_a_new_one(case: str) -> None:
    message, level, make, budgets, kind = CASES[case]
    program = make()
    report = check(program, level, **budgets)
    finding = the_finding(report, message)
    fix = suggest(program, report, finding, Language.EN)
    assert fix is not None, describe(finding, Language.EN, CATALOG)
    assert isinstance(fix.edit, kind)
    after = check(fix.edit.apply(program), level, **budgets)
    before = {f.identity() for f in report.findings}
    assert finding.identity() not in {f.identity() for f in after.findings}
    assert [f.rule for f in after.findings if f.severity is not Severity.INFO and f.identity() not in before] == []
    for language in Language:
        said = describe_fix(fix, language, CATALOG)
        assert said.endswith(".") and "{" not in said


def test_too_many_sets_are_cut_by_as_few_as_clear_the_band() -> None:
    """The Norwegian walk: 20 hard sets against 12-18 offered nothing; two sets fewer of one
    exercise that trains the glutes fully is the smallest change."""
    program = CASES["20 hard sets against 12-18"][2]()
    report = check(program, I)
    fix = suggest(program, report, the_finding(report, "vol.band"), Language.EN)
    assert fix is not None
    change = fix.edit
    assert isinstance(change, EditPlanned) and change.prescription.sets == 3  # of 5
    assert describe_fix(fix, Language.NB, CATALOG) == "Planlegg 3 sett hip thrust med stang i økten mandag kl. 18.00 " \
                                                     "i stedet for 5."


def test_a_session_over_its_time_rests_less_before_it_loses_sets() -> None:
    program = CASES["a 33-minute session against 30"][2]()
    report = check(program, I, minutes=30)
    fix = suggest(program, report, the_finding(report, "ses3.session"), Language.EN)
    assert fix is not None and fix.message == "rest"


def test_a_finding_no_change_can_fix_says_why() -> None:
    activation = one(Week((Session(MON, time(18), "Workout 1", (item("clamshell", 2, 3, (15, 25), 45),)),)))
    report = check(activation, I)
    finding = the_finding(report, "vol.no_hard_sets")
    assert suggest(activation, report, finding, Language.EN) is None
    assert why_no_fix(activation, report, finding, Language.EN) == (
        "Nothing to change if the week is meant to be light; otherwise plan some sets at RIR 0–4.")
    crowded = one(plan(*((thrust(2), kickback(2), rdl(2), kickback(2)),) * 3))
    report = check(crowded, I)
    finding = the_finding(report, "vol.band")  # 24 sets: one exercise out leaves 22, and none has a set to spare
    assert suggest(crowded, report, finding, Language.EN) is None
    assert why_no_fix(crowded, report, finding, Language.NB) == \
        "Ingen enkelt endring fjerner dette uten å gi en ny merknad: juster planen selv."


def test_each_of_two_deload_weeks_that_keep_their_sets_is_fixed_apart() -> None:
    """Weeks 2 and 4 marked as deloads, each the week before it unchanged: their PER-2 findings, about no
    session, were one to the search (the week is in their words alone), so neither cleared and both read
    "No single change clears this"."""
    light = replace(plan(), deload=True)
    program = Program("p", (plan(), light, plan(), light))
    report = check(program, I)
    findings = [f for f in report.findings if f.message == "per2.sets"]
    assert [dict(f.params)["week"] for f in findings] == [2, 4]
    for finding in findings:
        fix = suggest(program, report, finding, Language.EN)
        assert fix is not None and fix.edit == MakeDeload(dict(finding.params)["week"] - 1)


# --- two sessions at the same time -----------------------------------------------------------------

def same_time(*titles: str, days: tuple[Weekday, ...] = (MON, FRI, FRI)) -> Program:
    """Økt 2 dropped onto Økt 3's Friday at 17:30 (the Norwegian walk), by default."""
    return one(Week(tuple(Session(day, time(17, 30), title, (thrust(3),))
                          for day, title in zip(days, titles or ("Økt 1", "Økt 2", "Økt 3"), strict=True))))


def test_sessions_at_the_same_time_are_said_to_be_so() -> None:
    report = check(same_time(), I)
    (finding,) = [f for f in report.findings if f.rule == "REC-1" and f.severity is Severity.ERROR]
    assert describe(finding, Language.NB, CATALOG) == (
        "Gluteus maximus: to harde økter ligger på samme tid, fredag kl. 17.30; minst 48 timer mellom dem anbefales.")
    assert "are at the same time" in describe(finding, Language.EN, CATALOG)
    assert "ligger på samme tid" in describe(finding, Language.DA, CATALOG)


def test_a_gap_too_short_is_said_as_only_so_many_hours() -> None:
    report = check(one(Week((Session(MON, time(18), "", (thrust(3),)), Session(TUE, time(18), "", (thrust(3),))))), I)
    (finding,) = [f for f in report.findings if f.rule == "REC-1"]
    assert "ligger bare 24 timer fra hverandre" in describe(finding, Language.NB, CATALOG)
    assert "ligger kun 24 timer fra hinanden" in describe(finding, Language.DA, CATALOG)
    assert "are only 24 hours apart" in describe(finding, Language.EN, CATALOG)


@pytest.mark.parametrize(("program", "moved", "to"), [
    (same_time(), "Økt 2", WED),  # back between Økt 1 and Økt 3, where Økt 3 on Wednesday would come before Økt 2
    (same_time(days=(MON, THU, THU)), "Økt 3", SAT),  # Økt 3 added on Økt 2's Thursday goes after it
])
def test_the_fix_of_sessions_at_the_same_time_names_the_one_it_moves(program: Program, moved: str, to: Weekday
                                                                     ) -> None:
    report = check(program, I)
    (finding,) = [f for f in report.findings if f.rule == "REC-1" and f.severity is Severity.ERROR]
    fix = suggest(program, report, finding, Language.EN)
    assert fix is not None
    change = fix.edit
    assert isinstance(change, MoveSession)
    assert (program.weeks[0].sessions[change.session].title, change.day) == (moved, to)
    after = check(change.apply(program), I)
    assert not [f for f in after.findings if f.rule == "REC-1" and f.severity is not Severity.INFO]


def test_a_fix_made_is_said_as_done() -> None:
    """H154's walk in Bokmål: after Apply fix the status bar read "Forslaget er brukt: Flytt «Gluteus medius B» …
    til fredag.", the fix's own order after the fact, as if the move were still to be made."""
    (finding,) = [f for f in check(same_time(), I).findings if f.rule == "REC-1" and f.severity is Severity.ERROR]
    assert finding.fix is not None
    assert describe_done(finding.fix, Language.NB, CATALOG) == "«Økt 2» (fredag kl. 17.30) er flyttet til onsdag."
    assert describe_done(finding.fix, Language.DA, CATALOG) == "»Økt 2« (fredag kl. 17.30) er flyttet til onsdag."
    assert describe_done(finding.fix, Language.EN, CATALOG) == "“Økt 2” (Friday 17:30) moved to Wednesday."
    parts = {"set_cut", "set_cuts_week"}  # pieces of sets_across' sentence, not fixes of their own
    fixes = [key.removeprefix("finding.fix.") for key in messages().keys()
             if key.startswith("finding.fix.") and key.removeprefix("finding.fix.") not in parts]
    assert [key for key in fixes if f"finding.done.{key}" not in messages()
            or placeholders(messages().template(f"finding.done.{key}", Language.EN))
            != placeholders(messages().template(f"finding.fix.{key}", Language.EN))] == []


def test_the_fix_of_a_session_names_it_by_its_title_or_else_its_day_and_time() -> None:
    program = same_time()
    report = check(program, I)
    (finding,) = [f for f in report.findings if f.rule == "REC-1" and f.severity is Severity.ERROR]
    assert finding.fix is not None
    assert describe_fix(finding.fix, Language.NB, CATALOG) == "Flytt «Økt 2» (fredag kl. 17.30) til onsdag."
    assert describe_fix(finding.fix, Language.DA, CATALOG) == "Flyt »Økt 2« (fredag kl. 17.30) til onsdag."
    assert describe_fix(finding.fix, Language.EN, CATALOG) == "Move “Økt 2” (Friday 17:30) to Wednesday."
    untitled = check(one(Week((Session(MON, time(18), "", (thrust(3),)), Session(TUE, time(18), " ", (thrust(3),)))
                              )), I)
    (finding,) = [f for f in untitled.findings if f.rule == "REC-1"]
    assert finding.fix is not None  # named by its day and time alone
    assert describe_fix(finding.fix, Language.EN, CATALOG) == "Move the session on Tuesday 18:00 to Wednesday."


def test_an_exercise_moved_to_a_day_of_its_own_starts_a_session_titled_as_a_drop_would() -> None:
    """FRQ-1's fix moves an exercise to an empty day: its session is "Workout 2" (or "Økt 2"), not untitled."""
    program = CASES["one hard session against 2-3"][2]()
    report = check(program, I)
    for language, title in ((Language.EN, "Workout 2"), (Language.NB, "Økt 2")):
        fix = suggest(program, report, the_finding(report, "frq1.sessions"), language)
        assert fix is not None
        moved = fix.edit.apply(program).weeks[0].sessions
        assert [(s.day, s.title) for s in moved] == [(MON, "Workout 1"), (THU, title)]
