"""The rules engine: each rule at and around its thresholds, for each level, and the seed scenarios."""

from __future__ import annotations

from datetime import time

from msgspec.structs import replace
import pytest

from glueplan.domain.catalog import Catalog, Prescription, RepRange
from glueplan.domain.findings import Finding, Severity, describe
from glueplan.domain.language import Language
from glueplan.domain.plan import PlannedExercise, Program, Session, Week, Weekday
from glueplan.domain.rules import Report, validate
from glueplan.domain.templates import builtin_templates
from glueplan.domain.thresholds import builtin_thresholds
from glueplan.domain.trainee import Level

B, I, A = Level.BEGINNER, Level.INTERMEDIATE, Level.ADVANCED
MON, TUE, WED, THU, FRI, SAT, SUN = Weekday


def item(exercise_id: str, sets: int = 3, rir: int = 1, reps: tuple[int, int] = (8, 12), rest: int = 150
         ) -> PlannedExercise:
    return PlannedExercise(exercise_id, Prescription(sets, RepRange(*reps), rir, rest))


def at(day: Weekday, *items: PlannedExercise, hour: int = 18, minute: int = 0) -> Session:
    return Session(day, time(hour, minute), "", items)


def week(*sessions: Session, deload: bool = False) -> Week:
    return Week(tuple(sessions), deload)


def found(report: Report, rule: str) -> list[Finding]:
    return [finding for finding in report.findings if finding.rule == rule]


def severities(report: Report, rule: str) -> set[Severity]:
    return {finding.severity for finding in found(report, rule)}


def thrust(sets: int = 3, rir: int = 1) -> PlannedExercise:
    """Barbell hip thrust: gluteus maximus 1.0, a hip-dominant lift resting 150 s."""
    return item("barbell_hip_thrust", sets, rir)


# --- REC-1: hours between hard sessions ----------------------------------------------------------

@pytest.mark.parametrize("level", list(Level))
@pytest.mark.parametrize(("hours", "expected"), [
    (23, Severity.ERROR), (24, Severity.WARNING), (47, Severity.WARNING), (48, "advised"), (71, "advised"),
    (72, None), (96, None),
])
def test_rec1_gap_between_hard_sessions(catalog: Catalog, level: Level, hours: int, expected: object) -> None:
    second = at(Weekday((8 + hours) // 24), thrust(2), hour=(8 + hours) % 24)
    report = validate(week(at(MON, thrust(2), hour=8), second), catalog, level)
    gluteal = [f for f in found(report, "REC-1") if "gluteus_maximus" in f.muscles]
    if expected == "advised":
        expected = Severity.INFO if level is B else None
    assert {f.severity for f in gluteal} == ({expected} if expected else set())


def test_rec1_counts_sessions_with_at_least_two_fractional_hard_sets(catalog: Catalog) -> None:
    # cable hip abduction weights gluteus maximus 0.5: 3 sets = 1.5 (not hard), 4 sets = 2.0 (hard).
    light = validate(week(at(MON, thrust(2)), at(TUE, item("cable_hip_abduction", 3, rest=90))), catalog)
    hard = validate(week(at(MON, thrust(2)), at(TUE, item("cable_hip_abduction", 4, rest=90))), catalog)
    assert not [f for f in found(light, "REC-1") if "gluteus_maximus" in f.muscles]
    assert [f for f in found(hard, "REC-1") if "gluteus_maximus" in f.muscles]


def test_rec1_wraps_from_sunday_to_monday_in_a_repeating_week(catalog: Catalog) -> None:
    report = validate(week(at(MON, thrust(), hour=8), at(SUN, thrust(), hour=20)), catalog)
    (finding,) = [f for f in found(report, "REC-1") if "gluteus_maximus" in f.muscles]
    assert finding.severity is Severity.ERROR
    assert dict(finding.params)["gap"] == 12


def test_rec1_crosses_week_boundaries_in_a_program_but_does_not_wrap(catalog: Catalog) -> None:
    one = week(at(MON, thrust(), hour=8), at(SUN, thrust(), hour=20))
    program = Program("p", (one, one))
    gaps = sorted(dict(f.params)["gap"] for f in found(validate(program, catalog), "REC-1")
                  if "gluteus_maximus" in f.muscles)
    assert gaps == [12]  # week 1 Sunday -> week 2 Monday; week 2 Sunday is followed by nothing


def test_rec1_names_the_muscles_and_times_in_words(catalog: Catalog) -> None:
    report = validate(week(at(MON, thrust(3)), at(TUE, thrust(3))), catalog)
    (finding,) = found(report, "REC-1")
    assert describe(finding, Language.EN, catalog) == (
        "Gluteus maximus: the hard sessions on Monday 18:00 and Tuesday 18:00 are only 24 hours apart; "
        "at least 48 hours is recommended.")
    assert describe(finding, Language.DA, catalog).startswith("Gluteus maximus: de hårde træninger mandag kl. 18.00 "
                                                               "og tirsdag kl. 18.00 ligger kun 24 timer fra hinanden")


def test_rec1_reads_as_a_norwegian_physiotherapist_writes_it(catalog: Catalog) -> None:
    """H154's walk in Bokmål read "Gluteus maximus, Gluteus medius, Framside lår (quadriceps) og Bakside lår
    (hamstrings): de harde øktene uke 1, tirsdag kl. 17:30 og uke 1, torsdag kl. 17:30 ligger bare 48 timer fra
    hverandre; nybegynnere restituerer bedre med 72 timer.": capitals inside the sentence, the week twice, a
    screen's clock and "restituerer" without "seg"."""
    squats = (item("bulgarian_split_squat"), item("single_leg_box_squat"), item("single_leg_romanian_deadlift"))
    one = week(at(TUE, *squats, hour=17, minute=30), at(THU, *squats, hour=17, minute=30))
    report = validate(Program("p", (one, one)), catalog, B)
    (finding,) = [f for f in found(report, "REC-1") if f.sessions[0].week == 0 and f.sessions[1].week == 0]
    said = describe(finding, Language.NB, catalog, weeks=2)
    assert said.startswith("Gluteus maximus, gluteus medius, ")
    assert ": de harde øktene tirsdag kl. 17.30 og torsdag kl. 17.30 i uke 1 ligger bare 48 timer fra hverandre; " \
           "nybegynnere restituerer seg bedre med 72 timer imellom." in said
    assert describe(finding, Language.DA, catalog, weeks=2).startswith("Gluteus maximus, gluteus medius, ")


def test_rec1_fix_is_the_nearest_day_with_no_new_finding(catalog: Catalog) -> None:
    report = validate(week(at(MON, thrust(3)), at(TUE, thrust(3))), catalog)
    (finding,) = found(report, "REC-1")
    assert finding.fix is not None and finding.fix.day is WED and finding.fix.session.day is TUE
    moved = validate(week(at(MON, thrust(3)), at(WED, thrust(3))), catalog)
    assert not found(moved, "REC-1") and not found(moved, "REC-2")


# --- REC-2: readiness at the start of a hard session ---------------------------------------------

@pytest.mark.parametrize("level", list(Level))
@pytest.mark.parametrize(("sets", "expected"), [(3, None), (4, Severity.WARNING), (6, Severity.WARNING),
                                                (7, Severity.ERROR)])
def test_rec2_readiness_after_a_day(catalog: Catalog, level: Level, sets: int, expected: Severity | None) -> None:
    # Readiness 24 h after n sets at RIR 1: 100 x (1 - n/6 x 2^-1.2): 78, 71, 56, 49 per cent.
    report = validate(week(at(MON, thrust(sets)), at(TUE, thrust(2))), catalog, level)
    gluteal = [f for f in found(report, "REC-2") if "gluteus_maximus" in f.muscles]
    assert {f.severity for f in gluteal} == ({expected} if expected else set())


def test_rec2_never_says_a_readiness_under_its_line_is_on_it(catalog: Catalog) -> None:
    """74.6 % is under the 75 % line: rounded to 75 it read "only 75 % recovered …; a hard session
    wants at least 75 %" (a reviewer's walk). Said in whole per cent, it is rounded down."""
    from glueplan.domain.recovery_rules import rec2_findings
    from glueplan.domain.session_load import week_loads

    limits = builtin_thresholds()[Level.INTERMEDIATE]
    (load,) = week_loads(0, week(at(TUE, thrust(2))), catalog, limits)
    (finding,) = rec2_findings(load, dict.fromkeys(load.heavy, limits.readiness_warning - 0.4), limits)
    said = dict(finding.params)
    assert said["readiness"] < said["minimum"] == limits.readiness_warning


# --- REC-3: activation work per day --------------------------------------------------------------

@pytest.mark.parametrize(("level", "sets", "info"), [(B, 4, False), (B, 5, True), (I, 5, True), (A, 6, False),
                                                     (A, 7, True)])
def test_rec3_activation_sets_per_day(catalog: Catalog, level: Level, sets: int, info: bool) -> None:
    report = validate(week(at(MON, item("clamshell", sets, 3, (15, 25), 45))), catalog, level)
    assert bool(found(report, "REC-3")) is info
    assert severities(report, "REC-3") <= {Severity.INFO}


# --- FRQ-1 and VOL-1/2: sessions and sets per week -----------------------------------------------

DAYS = [MON, WED, FRI, SUN, TUE]


@pytest.mark.parametrize(("level", "sessions", "warned"), [
    (B, 1, True), (B, 2, False), (B, 3, True), (I, 2, False), (I, 3, False), (I, 4, True), (A, 4, False),
    (A, 5, True),
])
def test_frq1_hard_sessions_per_week(catalog: Catalog, level: Level, sessions: int, warned: bool) -> None:
    plan = week(*(at(day, thrust(2)) for day in DAYS[:sessions]))
    report = validate(plan, catalog, level)
    assert bool([f for f in found(report, "FRQ-1") if f.muscles == ("gluteus_maximus",)]) is warned


@pytest.mark.parametrize("level", list(Level))
def test_vol1_weekly_sets_for_gluteus_maximus_around_the_band(catalog: Catalog, level: Level) -> None:
    band = builtin_thresholds()[level].volume["gluteus_maximus"].band
    for total, warned in ((band.low - 1, True), (band.low, False), (band.high, False), (band.high + 1, True)):
        first = int(total // 2)
        plan = week(at(MON, thrust(first)), at(THU, thrust(int(total - first))))
        vol = [f for f in found(validate(plan, catalog, level), "VOL-1")]
        assert bool(vol) is warned, (level, total)
        assert all(f.severity is Severity.WARNING for f in vol)


def test_reference_bands_per_level() -> None:
    table = builtin_thresholds()
    assert [str(table[level].volume["gluteus_maximus"].band) for level in Level] == ["6–10", "12–18", "14–22"]
    assert [str(table[level].volume["gluteus_medius"].band) for level in Level] == ["2–6", "4–10", "6–12"]
    assert [table[level].session_cap for level in Level] == [6, 8, 10]


def test_vol2_gluteus_medius_volume_is_information(catalog: Catalog) -> None:
    plan = week(at(MON, thrust(6)), at(THU, thrust(6)))  # hip thrust: gluteus medius 0.25 -> 3 sets a week
    findings = {f.muscles: f for f in found(validate(plan, catalog, I), "VOL-2")}
    assert set(findings) == {("gluteus_medius",)}
    assert findings[("gluteus_medius",)].severity is Severity.INFO
    assert dict(findings[("gluteus_medius",)].params)["sets"] == 3.0


def test_the_gluteus_minimus_is_judged_as_the_medius_pair_not_by_a_band_of_its_own(catalog: Catalog) -> None:
    """VOL-2's "gluteus medius / minimus" band is the pair's: every exercise that trains the
    minimus trains the medius twice as much, so a minimus band as wide would ask for twice the
    abduction work that puts the medius at the top of its own (issue 15: every plan noted it)."""
    assert all(exercise.weight("gluteus_medius") >= 2 * exercise.weight("gluteus_minimus")
               for exercise in catalog.exercises.values())
    assert all("gluteus_minimus" not in builtin_thresholds()[level].volume for level in Level)
    templates = builtin_templates()
    for template_id in ("seed-000", "seed-002"):
        report = validate(templates[template_id].program(catalog, Language.EN), catalog, templates[template_id].level)
        assert [f for f in report.findings if "gluteus_minimus" in f.muscles and f.rule in ("VOL-2", "FRQ-1")] == []


@pytest.mark.parametrize("level", list(Level))
def test_vol2_band_edges_for_the_medius(catalog: Catalog, level: Level) -> None:
    band = builtin_thresholds()[level].volume["gluteus_medius"].band
    for total, noted in ((band.low - 1, True), (band.low, False), (band.high, False), (band.high + 1, True)):
        plan = week(at(MON, item("cable_hip_abduction", int(total), 1, (10, 15), 90)))
        medius = [f for f in found(validate(plan, catalog, level), "VOL-2") if f.muscles == ("gluteus_medius",)]
        assert bool(medius) is noted, (level, total)


def test_an_activation_week_gets_a_note_and_no_volume_warnings(catalog: Catalog) -> None:
    report = validate(week(at(MON, item("clamshell", 2, 3, (15, 25), 45))), catalog)
    assert [(f.rule, f.severity, f.message) for f in report.findings] == [("VOL-1", Severity.INFO, "vol.no_hard_sets")]


def test_hard_training_that_misses_the_gluteus_maximus_is_warned(catalog: Catalog) -> None:
    report = validate(week(at(MON, item("side_plank_hip_abduction", 3, 2, (8, 15), 60)),
                           at(THU, item("side_plank_hip_abduction", 3, 2, (8, 15), 60))), catalog)
    gluteus = [f for f in found(report, "VOL-1") if f.muscles == ("gluteus_maximus",)]
    assert [f.severity for f in gluteus] == [Severity.WARNING] and dict(gluteus[0].params)["sets"] == 0.0


# --- VOL-4 per session, VOL-5 between weeks ------------------------------------------------------

@pytest.mark.parametrize("level", list(Level))
def test_vol4_per_session_cap(catalog: Catalog, level: Level) -> None:
    cap = int(builtin_thresholds()[level].session_cap)
    at_cap = validate(week(at(MON, thrust(cap))), catalog, level)
    over = validate(week(at(MON, thrust(cap + 1))), catalog, level)
    assert not [f for f in found(at_cap, "VOL-4") if "gluteus_maximus" in f.muscles]
    assert [f.severity for f in found(over, "VOL-4") if "gluteus_maximus" in f.muscles] == [Severity.WARNING]


@pytest.mark.parametrize(("second", "warned"), [(12, False), (13, True)])
def test_vol5_weekly_increase_at_most_20_percent(catalog: Catalog, second: int, warned: bool) -> None:
    def volume(sets: int) -> Week:
        return week(at(MON, thrust(sets // 2)), at(THU, thrust(sets - sets // 2)))

    report = validate(Program("p", (volume(10), volume(second))), catalog)
    assert bool([f for f in found(report, "VOL-5") if "gluteus_maximus" in f.muscles]) is warned


# --- INT: reps and reps in reserve -----------------------------------------------------------------

def test_int1_sets_at_rir_5_are_not_hard(catalog: Catalog) -> None:
    report = validate(week(at(MON, thrust(3, rir=5))), catalog)
    assert severities(report, "INT-1") == {Severity.INFO}
    assert report.weeks[0].muscles["gluteus_maximus"].hard_sets == 0


@pytest.mark.parametrize("level", list(Level))
@pytest.mark.parametrize(("reps", "expected"), [((1, 4), Severity.WARNING), ((4, 8), Severity.INFO), ((5, 8), None),
                                                ((20, 30), None), ((20, 31), Severity.INFO),
                                                ((31, 40), Severity.WARNING)])
def test_int2_rep_range(catalog: Catalog, level: Level, reps: tuple[int, int], expected: Severity | None) -> None:
    report = validate(week(at(MON, item("barbell_hip_thrust", 3, 1, reps, 240))), catalog, level)
    assert severities(report, "INT-2") == ({expected} if expected else set())


@pytest.mark.parametrize(("level", "exercise", "rir", "expected"), [
    (B, "back_squat", 0, Severity.WARNING), (B, "back_squat", 1, Severity.INFO), (B, "back_squat", 2, None),
    (B, "barbell_hip_thrust", 0, None), (I, "back_squat", 0, Severity.INFO), (I, "back_squat", 3, None),
    (I, "back_squat", 4, Severity.INFO), (A, "conventional_deadlift", 0, Severity.INFO),
])
def test_int4_reps_in_reserve_on_compounds(catalog: Catalog, level: Level, exercise: str, rir: int,
                                           expected: Severity | None) -> None:
    report = validate(week(at(MON, item(exercise, 3, rir, (6, 10), 240))), catalog, level)
    assert severities(report, "INT-4") == ({expected} if expected else set())


@pytest.mark.parametrize(("level", "rir", "noted"), [(B, 0, True), (B, 1, False), (B, 3, False), (I, 2, False),
                                                     (I, 3, True), (A, 0, False)])
def test_int5_reps_in_reserve_on_isolation(catalog: Catalog, level: Level, rir: int, noted: bool) -> None:
    report = validate(week(at(MON, item("cable_kickback", 3, rir, (10, 15), 90))), catalog, level)
    assert severities(report, "INT-5") == ({Severity.INFO} if noted else set())


# --- REST ------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("level", "exercise", "reps", "rest", "rule", "expected"), [
    (I, "back_squat", (8, 10), 119, "REST-1", Severity.WARNING), (I, "back_squat", (8, 10), 120, "REST-1", None),
    (I, "back_squat", (8, 10), 240, "REST-1", None), (I, "back_squat", (8, 10), 241, "REST-1", Severity.INFO),
    (B, "back_squat", (8, 10), 181, "REST-1", Severity.INFO),
    (A, "back_squat", (3, 6), 119, "REST-1", Severity.WARNING), (A, "back_squat", (3, 6), 179, "REST-1", Severity.INFO),
    (A, "back_squat", (3, 6), 300, "REST-1", None), (A, "back_squat", (3, 6), 301, "REST-1", Severity.INFO),
    (I, "barbell_hip_thrust", (8, 12), 119, "REST-1", Severity.WARNING),
    (I, "glute_bridge", (10, 20), 90, "REST-1", Severity.WARNING),
    (I, "cable_kickback", (10, 15), 59, "REST-2", Severity.WARNING),
    (I, "cable_kickback", (10, 15), 60, "REST-2", None),
    (I, "cable_kickback", (10, 15), 121, "REST-2", Severity.INFO),
    (I, "clamshell", (15, 25), 29, "REST-3", Severity.INFO), (I, "clamshell", (15, 25), 30, "REST-3", None),
    (I, "clamshell", (15, 25), 61, "REST-3", Severity.INFO),
])
def test_rest_after_each_kind_of_exercise(catalog: Catalog, level: Level, exercise: str, reps: tuple[int, int],
                                          rest: int, rule: str, expected: Severity | None) -> None:
    report = validate(week(at(MON, item(exercise, 3, 2, reps, rest))), catalog, level)
    assert severities(report, rule) == ({expected} if expected else set())


# --- PER: deloads ----------------------------------------------------------------------------------

def training() -> Week:
    return week(at(MON, item("back_squat", 3, 2, (8, 10), 180)), at(THU, thrust(3)))


def deload_of(base: Week, sets: int = 2, rir: int = 4) -> Week:
    sessions = tuple(replace(s, items=tuple(replace(i, prescription=replace(i.prescription, sets=sets, rir=rir))
                                            for i in s.items)) for s in base.sessions)
    return Week(sessions, deload=True)


@pytest.mark.parametrize(("level", "weeks", "warned"), [(I, 8, False), (I, 9, True), (B, 8, False), (B, 9, True),
                                                        (A, 8, False), (A, 9, True)])
def test_per1_deload_interval(catalog: Catalog, level: Level, weeks: int, warned: bool) -> None:
    report = validate(Program("p", (training(),) * weeks), catalog, level)
    assert bool(found(report, "PER-1")) is warned


def test_per1_a_deload_week_resets_the_count(catalog: Catalog) -> None:
    program = Program("p", (training(),) * 5 + (deload_of(training()),) + (training(),) * 5)
    assert not found(validate(program, catalog), "PER-1")


@pytest.mark.parametrize(("sets", "rir", "messages"), [
    (2, 3, set()),             # 3 -> 2 sets (33 % fewer), RIR 2/1 -> 3 (+1.5 on average): RIR too low
    (2, 4, set()),
    (3, 4, {"per2.sets"}),     # no cut in sets
    (1, 4, {"per2.sets"}),     # 67 % cut
    (2, 2, {"per2.rir"}),
])
def test_per2_deload_content(catalog: Catalog, sets: int, rir: int, messages: set[str]) -> None:
    report = validate(Program("p", (training(), deload_of(training(), sets, rir))), catalog)
    expected = messages | ({"per2.rir"} if rir == 3 else set())
    assert {f.message for f in found(report, "PER-2")} == expected


def test_per2_a_deload_keeps_the_exercises(catalog: Catalog) -> None:
    changed = Week((at(MON, item("leg_press", 2, 4, (8, 10), 180)), at(THU, thrust(2, 4))), deload=True)
    report = validate(Program("p", (training(), changed)), catalog)
    assert [f.message for f in found(report, "PER-2")] == ["per2.shape"]


# --- SES -------------------------------------------------------------------------------------------

def test_ses1_multi_joint_before_single_joint(catalog: Catalog) -> None:
    wrong = validate(week(at(MON, item("cable_kickback", rest=90), item("back_squat", rest=180))), catalog)
    warm_up_first = validate(week(at(MON, item("clamshell", 2, 3, (15, 25), 45), item("back_squat", rest=180))),
                             catalog)
    assert severities(wrong, "SES-1") == {Severity.INFO}
    assert not found(warm_up_first, "SES-1")


@pytest.mark.parametrize("language", list(Language))
def test_findings_do_not_call_the_hip_thrust_single_joint(catalog: Catalog, language: Language) -> None:
    """"... kommer rumænsk dødløft efter hip thrust med stang; lav flerledsøvelser før enkeltledsøvelser" (a
    Danish coach's walk): a physiotherapist would object, and a source (seed 001) counts the hip thrust as compound.
    The findings on hip thrusts name them instead; a kickback is still single-joint work."""
    single_joint = {Language.EN: "single-joint", Language.DA: "enkeltled", Language.NB: "enkeltledd"}[language]
    after_thrust = validate(week(at(MON, thrust(), item("romanian_deadlift", 3, 2, (6, 10), 150))), catalog)
    thrust_at_rir_4 = validate(week(at(MON, thrust(rir=4))), catalog)
    after_kickback = validate(week(at(MON, item("cable_kickback", rest=90), item("back_squat", rest=180))), catalog)
    hip_thrust = catalog.exercise("barbell_hip_thrust").name[language].lower()
    for report, rule in ((after_thrust, "SES-1"), (thrust_at_rir_4, "INT-5")):
        [finding] = found(report, rule)
        said = describe(finding, language, catalog)
        assert single_joint not in said.lower() and "hip thrust" in said.lower().replace(hip_thrust, ""), said
    assert single_joint in describe(found(after_kickback, "SES-1")[0], language, catalog).lower()


def test_ses2_more_than_four_gluteus_medius_exercises(catalog: Catalog) -> None:
    medius = ["cable_hip_abduction", "seated_hip_abduction", "side_lying_hip_abduction", "clamshell", "monster_walk"]
    four = validate(week(at(MON, *(item(e, 2, 3, (12, 20), 45) for e in medius[:4]))), catalog)
    five = validate(week(at(MON, *(item(e, 2, 3, (12, 20), 45) for e in medius))), catalog)
    assert not found(four, "SES-2") and severities(five, "SES-2") == {Severity.INFO}


def test_ses3_session_time_against_the_budget(catalog: Catalog) -> None:
    # 5 + 3 x (40 + 150) / 60 = 14.5 min per hip thrust block
    session = at(MON, thrust(3), thrust(3))
    report = validate(week(session), catalog)
    assert report.weeks[0].sessions[0].minutes == 24.0
    assert not found(report, "SES-3")
    assert severities(validate(week(session), catalog, session_minutes_budget=20), "SES-3") == {Severity.WARNING}
    weekly = validate(week(session, at(THU, thrust(3), thrust(3))), catalog, weekly_minutes=45)
    assert [f.message for f in found(weekly, "SES-3")] == ["ses3.week"]


def test_unilateral_work_counts_both_sides_in_the_time_estimate(catalog: Catalog) -> None:
    report = validate(week(at(MON, item("bulgarian_split_squat", 3, 2, (8, 10), 120))), catalog)
    assert report.weeks[0].sessions[0].minutes == pytest.approx(5 + 3 * (80 + 120) / 60, abs=0.1)


# --- The seed scenarios ------------------------------------------------------------------------------

def seed_000(catalog: Catalog, days: tuple[Weekday, Weekday, Weekday]) -> Week:
    template = builtin_templates()["seed-000"].program(catalog, Language.EN, weeks=1).weeks[0]
    return Week(tuple(replace(s, day=day, items=tuple(replace(i, prescription=replace(i.prescription, sets=2))
                                                       for i in s.items)) for s, day in zip(template.sessions, days,
                                                                                            strict=True)))


@pytest.mark.parametrize("level", list(Level))
def test_seed_000_monday_wednesday_friday_has_no_error_and_no_recovery_finding(catalog: Catalog,
                                                                               level: Level) -> None:
    report = validate(seed_000(catalog, (MON, WED, FRI)), catalog, level)
    assert not report.has_errors
    assert not [f for f in report.findings if f.rule.startswith("REC") and f.severity is not Severity.INFO]
    assert all(minutes <= 30 for minutes in (s.minutes for s in report.weeks[0].sessions))


def test_seed_000_on_monday_tuesday_wednesday_gives_recovery_findings_for_gluteus_maximus(catalog: Catalog) -> None:
    report = validate(seed_000(catalog, (MON, TUE, WED)), catalog)
    recovery = [f for f in report.findings if f.rule in ("REC-1", "REC-2") and "gluteus_maximus" in f.muscles]
    assert {f.rule for f in recovery} == {"REC-1", "REC-2"}
    assert any(f.fix is not None for f in recovery)


def test_heavy_glute_training_every_day_gives_errors(catalog: Catalog) -> None:
    heavy = (item("back_squat", 3, 1, (6, 10), 180), thrust(3), item("romanian_deadlift", 3, 1, (6, 10), 180))
    report = validate(week(*(at(day, *heavy) for day in Weekday)), catalog)
    assert report.has_errors
    assert any(f.rule == "REC-2" and f.severity is Severity.ERROR and "gluteus_maximus" in f.muscles
               for f in report.findings)


def test_daily_activation_work_alone_gives_no_error_or_warning(catalog: Catalog) -> None:
    daily = (item("clamshell", 2, 3, (15, 25), 45), item("monster_walk", 2, 3, (10, 15), 45))
    report = validate(week(*(at(day, *daily, hour=7) for day in Weekday)), catalog)
    assert {f.severity for f in report.findings} <= {Severity.INFO}
    assert all(m.lowest_readiness is None and m.hard_sets == 0 for m in report.weeks[0].muscles.values())


def test_the_seed_002_template_runs_over_a_25_minute_budget(catalog: Catalog) -> None:
    program = builtin_templates()["seed-002"].program(catalog, Language.EN, weeks=1)
    tight = validate(program.weeks[0], catalog, Level.INTERMEDIATE, session_minutes_budget=25)
    assert {f.rule for f in tight.findings if f.severity is not Severity.INFO} == {"SES-3"}


def test_summary_per_muscle_and_session(catalog: Catalog) -> None:
    report = validate(seed_000(catalog, (MON, WED, FRI)), catalog)
    gluteus = report.weeks[0].muscles["gluteus_maximus"]
    assert gluteus.hard_sets == 17.0 and gluteus.hard_sessions == 3
    assert gluteus.band is not None and (gluteus.band.low, gluteus.band.high) == (12, 18)
    assert gluteus.lowest_readiness is not None and 75 < gluteus.lowest_readiness < 100
    assert len(report.weeks[0].sessions) == 3


def test_thresholds_can_be_overridden_per_trainee(catalog: Catalog) -> None:
    plan = week(at(MON, thrust(9)))
    default = builtin_thresholds()[I]
    assert found(validate(plan, catalog, I), "VOL-4")
    assert not found(validate(plan, catalog, I, thresholds=replace(default, session_cap=10)), "VOL-4")


@pytest.mark.parametrize("level", list(Level))
def test_rec2_exactly_at_the_readiness_lines(catalog: Catalog, level: Level) -> None:
    """Readiness on Tuesday after 4 sets at RIR 1 on Monday is 100 x (1 - 4/6 x 2^-1.2) = 71.0 %:
    moving the lines onto that value shows which side of each line counts."""
    plan = week(at(MON, thrust(4)), at(TUE, thrust(2)))
    ready = 100 * (1 - 4 / 6 * 2 ** -1.2)
    limits = builtin_thresholds()[level]

    def gluteal(warning: float, error: float) -> set[Severity]:
        report = validate(plan, catalog, level, thresholds=replace(limits, readiness_warning=warning,
                                                                     readiness_error=error))
        return {f.severity for f in found(report, "REC-2") if "gluteus_maximus" in f.muscles}

    assert gluteal(ready, 50) == set()  # at the warning line: fine
    assert gluteal(ready + 0.01, 50) == {Severity.WARNING}
    assert gluteal(90, ready) == {Severity.WARNING}  # at the error line: a warning
    assert gluteal(90, ready + 0.01) == {Severity.ERROR}


@pytest.mark.parametrize(("rir", "noted"), [(4, False), (5, True)])
def test_int1_the_hard_set_line_is_rir_4(catalog: Catalog, rir: int, noted: bool) -> None:
    report = validate(week(at(MON, thrust(3, rir=rir))), catalog)
    assert bool(found(report, "INT-1")) is noted
    assert (report.weeks[0].muscles["gluteus_maximus"].hard_sets > 0) is not noted
