"""Program edits as pure values: each change does what it says, and undo restores exactly."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time, timedelta

from msgspec.structs import replace
from hypothesis import given, settings
from hypothesis import strategies as st

from glueplan.domain.catalog import Prescription, RepRange, builtin_catalog
from glueplan.domain.commands import (
    AddExercise,
    AddSession,
    Change,
    CopyWeekForward,
    CopyWeekOnward,
    EditPlanned,
    EditSession,
    MakeDeload,
    MoveExercise,
    MoveSession,
    RemoveExercise,
    RemoveSession,
    SessionHead,
    Step,
    fresh_rows,
    replayed,
)
from glueplan.domain.deloads import deload_week
from glueplan.domain.language import Language
from glueplan.domain.log import LoggedSet
from glueplan.domain.past import NO_PAST, Past
from glueplan.domain.plan import PlannedExercise, Program, Session, Week, Weekday
from glueplan.domain.session_done import Done, week_done
from glueplan.domain.templates import builtin_templates
from glueplan.domain.thresholds import Band, builtin_thresholds
from glueplan.domain.trainee import Level

CATALOG = builtin_catalog()
P = Prescription(3, RepRange(8, 12), 2, 120)
MON, TUE, WED, THU, FRI, SAT, SUN = Weekday


def seed_program(weeks: int = 2) -> Program:
    return builtin_templates()["seed-000"].program(CATALOG, Language.EN, weeks=weeks)


def ids(session: Session) -> list[str]:
    return [item.exercise_id for item in session.items]


def test_a_drop_on_a_day_joins_its_session_or_starts_one() -> None:
    program = seed_program()
    joined = AddExercise(0, MON, "clamshell", P).apply(program)
    assert ids(joined.weeks[0].sessions[0])[-1] == "clamshell"
    started = AddExercise(0, TUE, "clamshell", P).apply(program)
    assert [s.day for s in started.weeks[0].sessions] == [MON, WED, FRI, TUE]
    assert ids(started.weeks[0].sessions[3]) == ["clamshell"]
    assert started.weeks[1] == program.weeks[1]  # other weeks untouched


def test_add_at_a_position() -> None:
    program = AddExercise(0, MON, "clamshell", P, session=0, position=0).apply(seed_program())
    assert ids(program.weeks[0].sessions[0])[0] == "clamshell"


def test_move_between_days_and_copy_with_ctrl() -> None:
    program = seed_program()
    moved = MoveExercise(0, session=0, index=2, to_day=WED).apply(program)
    assert ids(moved.weeks[0].sessions[0]) == ["back_squat", "single_leg_hip_thrust"]
    assert ids(moved.weeks[0].sessions[1])[-1] == "cable_kickback"
    copied = MoveExercise(0, session=0, index=2, to_day=WED, copy=True).apply(program)
    assert len(copied.weeks[0].sessions[0].items) == 3 and ids(copied.weeks[0].sessions[1])[-1] == "cable_kickback"


def test_move_to_an_empty_day_starts_a_session_at_the_same_time() -> None:
    program = MoveExercise(0, session=0, index=0, to_day=SAT).apply(seed_program())
    (saturday,) = [s for s in program.weeks[0].sessions if s.day == SAT]
    assert ids(saturday) == ["back_squat"] and saturday.time == time(17, 30)


def test_a_move_to_the_day_it_is_on_leaves_it_where_it_is() -> None:
    """A drop onto its own day's background: it joined the day's first session, out of its own."""
    program = AddSession(0, MON, SessionHead(time(7), "Morning")).apply(seed_program())
    assert MoveExercise(0, session=0, index=2, to_day=MON).apply(program) is program
    copied = MoveExercise(0, session=0, index=2, to_day=MON, copy=True).apply(program)
    assert ids(copied.weeks[0].sessions[3]) == ["cable_kickback"]  # Copy to: into the day's first session


def test_reorder_within_a_session() -> None:
    program = seed_program()
    down = MoveExercise(0, 0, 0, to_day=MON, to_session=0, to_position=3).apply(program)
    assert ids(down.weeks[0].sessions[0]) == ["single_leg_hip_thrust", "cable_kickback", "back_squat"]
    up = MoveExercise(0, 0, 2, to_day=MON, to_session=0, to_position=0).apply(program)
    assert ids(up.weeks[0].sessions[0]) == ["cable_kickback", "back_squat", "single_leg_hip_thrust"]


def test_move_session_remove_and_edit() -> None:
    program = seed_program()
    assert MoveSession(0, 1, THU).apply(program).weeks[0].sessions[1].day == THU
    assert ids(RemoveExercise(0, 0, 1).apply(program).weeks[0].sessions[0]) == ["back_squat", "cable_kickback"]
    assert len(RemoveSession(0, 2).apply(program).weeks[0].sessions) == 2
    edited = EditPlanned(0, 0, 0, Prescription(5, RepRange(5, 5), 1, 240)).apply(program)
    assert edited.weeks[0].sessions[0].items[0].prescription.sets == 5


def test_copy_week_forward_and_deload_generator() -> None:
    program = seed_program(weeks=1)
    two = CopyWeekForward(0).apply(program)
    assert len(two.weeks) == 2 and two.weeks[1] == two.weeks[0]
    deloaded = MakeDeload(1).apply(two)
    week = deloaded.weeks[1]
    assert week.deload and [s.day for s in week.sessions] == [s.day for s in two.weeks[0].sessions]
    before = [i.prescription for s in two.weeks[0].sessions for i in s.items]
    after = [i.prescription for s in week.sessions for i in s.items]
    assert all(a.sets == max(1, round(b.sets * 0.6)) and a.rir == b.rir + 2 for a, b in zip(after, before, strict=True))


def test_a_deload_is_made_by_the_rules_numbers_as_the_planner_makes_it() -> None:
    """One definition of a deload week (PER-2), by the trainee's rules: MakeDeload and CopyWeekOnward build the
    week Plan my week and a long template's start build (deloads.deload_week), new rows, and follow rules whose
    numbers differ from the built-in ones."""
    limits = builtin_thresholds()[Level.BEGINNER]
    program = seed_program(weeks=3)
    made = MakeDeload(1, limits).apply(program).weeks[1]
    assert made == deload_week(program.weeks[0], limits) and made.deload
    assert all(i.id is None for s in made.sessions for i in s.items)
    other = replace(limits, deload_set_cut=Band(0.5, 0.5), deload_rir_rise=3)
    before = [i.prescription for s in program.weeks[0].sessions for i in s.items]
    for week in (MakeDeload(1, other).apply(program).weeks[1],
                 CopyWeekOnward(0, other).apply(MakeDeload(2).apply(program)).weeks[2]):
        after = [i.prescription for s in week.sessions for i in s.items]
        assert [(a.sets, a.rir) for a in after] == [(max(1, round(b.sets * 0.5)), min(10, b.rir + 3)) for b in before]


def test_a_deload_after_a_deload_is_made_from_the_last_training_week() -> None:
    """Make deload week in the week after a deload made a deload of that deload (RIR +4 over the training week,
    a cut of sets cut again), where the rules judge a deload against the last training week before it."""
    program = MakeDeload(3).apply(MakeDeload(2).apply(seed_program(weeks=4)))
    training = program.weeks[1]
    assert program.weeks[3] == program.weeks[2] == deload_week(training, builtin_thresholds()[Level.INTERMEDIATE])


def test_a_week_copied_onward_replaces_every_week_after_it_and_keeps_their_deloads() -> None:
    """A session renamed and dosed in week 1 of six goes on through weeks 2-6 in one step (a Norwegian
    walk needed five rounds of Copy week forward); week 4, a deload, is made again from the copy."""
    program = MakeDeload(3).apply(seed_program(weeks=6))
    head = SessionHead(time(7), "Styrke A")
    edited = EditPlanned(0, 0, 0, Prescription(3, RepRange(6, 8), 2, 180), load_kg=80).apply(
        EditSession(0, 0, head).apply(program))
    copied = CopyWeekOnward(0).apply(edited)
    assert copied.weeks[0] == edited.weeks[0] and len(copied.weeks) == 6
    for number in (1, 2, 4, 5):
        assert copied.weeks[number] == replace(edited.weeks[0], deload=False)
    assert copied.weeks[3] == MakeDeload(1).apply(copied).weeks[1]
    assert [(s.time, s.title) for s in copied.weeks[5].sessions][0] == (time(7), "Styrke A")
    assert copied.weeks[5].sessions[0].items[0].load_kg == 80
    assert CopyWeekOnward(5).apply(copied) == copied  # the last week has none after it


START = date(2026, 11, 2)  # a Monday


def done_as_planned(program: Program, week: int) -> list[LoggedSet]:
    """Every planned set of the week logged on its day, linked to its planned exercise: a week done."""
    return [LoggedSet(item.exercise_id, datetime.combine(START + timedelta(weeks=week, days=int(s.day)), time(18)),
                      60.0, 10, 2, planned_exercise_id=item.id)
            for s in program.weeks[week].sessions for item in s.items for _ in range(item.prescription.sets)]


def test_a_week_copied_onward_leaves_the_weeks_lived_and_the_days_behind_you_as_they_were() -> None:
    """In week 5, "Copy week 1 onward" with 4 sets instead of 3 turned weeks 2-4, done as planned, into "partly
    done", judged against a plan changed after the fact: the copy begins at the first week not lived, and there
    leaves the days gone or logged alone (Monday gone, Wednesday logged this morning), as a fix does."""
    program = replace(stored_ids(MakeDeload(3).apply(seed_program(weeks=7))), start=START)
    edited = EditPlanned(0, 0, 0, Prescription(4, RepRange(8, 12), 2, 120)).apply(program)
    wednesday = START + timedelta(weeks=4, days=2)
    past = Past.of(wednesday, [LoggedSet("barbell_hip_thrust", datetime.combine(wednesday, time(7)), 60.0, 10, 2)])
    copy = CopyWeekOnward.ahead(edited, 0, past)
    copied = copy.apply(edited)
    assert copy.first == 4
    assert all(copied.weeks[n] is edited.weeks[n] for n in range(4))  # week 4, a deload lived, too
    for n in (1, 2):
        assert {i: said.done for i, said in week_done(copied, n, done_as_planned(program, n), wednesday).items()} \
            == {0: Done.DONE, 1: Done.DONE, 2: Done.DONE}
    fifth, was = copied.weeks[4].sessions, edited.weeks[4].sessions
    assert rows(fifth[:2]) == rows(was[:2]) and fifth[2].id == was[2].id  # all in their rows, in their order
    assert fifth[2] == edited.weeks[0].sessions[2]  # Friday, ahead: the copy's
    assert copied.weeks[5:] == (replace(edited.weeks[0], deload=False),) * 2
    assert copied.weeks[5].sessions[0].items[0].prescription.sets == 4
    assert copy.describe(Language.EN) == \
        "Copy week 1 to the weeks after it from week 5 on, leaving what is behind you as it was"
    assert copy.describe(Language.DA) == \
        "Kopiér uge 1 til ugerne efter den fra uge 5 og frem, og lad det overståede være, som det var"
    assert CopyWeekOnward.ahead(edited, 0, NO_PAST) == CopyWeekOnward(0)  # a plan not begun: every week after it
    assert CopyWeekOnward.ahead(edited, 0, Past(START + timedelta(weeks=8))).apply(edited) == edited  # all lived


def test_a_week_copied_onward_is_undone_and_made_again_elsewhere_keeping_history() -> None:
    """Undo gives back every row as it was; made again on the program as saved in another window since (a
    session added to the week before it), the copy still leaves what is behind you alone."""
    program = replace(stored_ids(seed_program(weeks=6)), start=START)
    edited = EditPlanned(1, 0, 0, Prescription(4, RepRange(8, 12), 2, 120)).apply(program)
    copy = CopyWeekOnward.ahead(edited, 1, Past(START + timedelta(weeks=3, days=1)))
    copied = copy.apply(edited)
    assert Step(copied, edited).apply(copied) == edited
    elsewhere = AddExercise(0, TUE, "clamshell", P).apply(edited)
    again = replayed(copy, edited, elsewhere)
    assert again is not None
    made = again.apply(elsewhere)
    assert made.weeks[:3] == elsewhere.weeks[:3] and made.weeks[3].sessions[0] is elsewhere.weeks[3].sessions[0]
    assert made.weeks[3:] == copied.weeks[3:] and made.weeks[4].sessions[0].items[0].prescription.sets == 4
    assert replayed(copy, edited, EditPlanned(2, 0, 0, P).apply(edited)) is None  # a week it acts on was changed


@settings(max_examples=30, deadline=None)
@given(data=st.data())
def test_a_week_copied_onward_changes_no_day_of_history_and_copies_every_other(data: st.DataObject) -> None:
    """Whatever the day and the days logged, each day of history keeps its sessions, rows and all, and every
    other day after the week copied gets the copy's sessions (a deload week's, the deload's), as before."""
    program, week, past = lived_in(data, weeks=6)
    copied = CopyWeekOnward.ahead(program, week, past).apply(program)
    anew, history = copied_week_by_week(program, week), past.days(program)
    for n in range(len(program.weeks)):
        assert copied.weeks[n].deload == program.weeks[n].deload
        for day in Weekday:
            if (n, day) in history or n <= week:
                assert rows(s for s in copied.weeks[n].sessions if s.day == day) == \
                    rows(s for s in program.weeks[n].sessions if s.day == day)
            else:
                assert [s for s in copied.weeks[n].sessions if s.day == day] == \
                    [s for s in anew.weeks[n].sessions if s.day == day]
        if n > week:
            in_its_order(program.weeks[n], copied.weeks[n], anew.weeks[n], {day for w, day in history if w == n})


def test_a_week_copied_forward_leaves_the_days_behind_you_as_they_were() -> None:
    """"To the next week" overwrote the next week lived, as Copy week onward did: in week 2, a copy of week 1 with
    4 sets turned its Monday, done as planned, into "partly done". It leaves the days gone or logged alone (Monday
    gone, Wednesday logged this morning) and copies the rest, a week lived not at all, a week it adds past its
    days gone, and the undo step says so."""
    program = replace(stored_ids(MakeDeload(2).apply(seed_program(weeks=3))), start=START)
    edited = EditPlanned(0, 2, 0, Prescription(4, RepRange(8, 12), 2, 120)).apply(
        EditPlanned(0, 0, 0, Prescription(4, RepRange(8, 12), 2, 120)).apply(program))
    wednesday = START + timedelta(weeks=1, days=2)
    past = Past.of(wednesday, [LoggedSet("barbell_hip_thrust", datetime.combine(wednesday, time(7)), 60.0, 10, 2)])
    copy = CopyWeekForward.ahead(edited, 0, past)
    copied = copy.apply(edited)
    assert copy.kept == {(1, MON), (1, TUE), (1, WED)} and copy.first == 1
    monday = [one for one in done_as_planned(program, 1) if one.performed_at.weekday() == MON]
    assert week_done(copied, 1, monday, wednesday)[0].done == Done.DONE  # not "partly done": 3 of 4 sets
    second, was = copied.weeks[1].sessions, edited.weeks[1].sessions
    assert rows(second[:2]) == rows(was[:2]) and second[2].id == was[2].id  # all in their rows, in their order
    assert second[2] == edited.weeks[0].sessions[2] and second[2].items[0].prescription.sets == 4  # Friday's copied
    assert copied.weeks[0] is edited.weeks[0] and copied.weeks[2] is edited.weeks[2]
    assert copy.describe(Language.EN) == "Copy the week to week 2, leaving what is behind you as it was"
    assert copy.describe(Language.DA) == "Kopiér ugen til uge 2, og lad det overståede være, som det var"
    assert copy.describe(Language.NB) == "Kopier uken til uke 2, og la det tilbakelagte være som det var"
    assert Step(copied, edited).apply(copied) == edited
    assert CopyWeekForward.ahead(edited, 0, NO_PAST) == CopyWeekForward(0)  # a plan not begun: the whole week
    lived = CopyWeekForward.ahead(edited, 0, Past(START + timedelta(weeks=2)))
    assert lived.first == 2 and lived.apply(edited) is edited  # the next week all lived: not written at all
    added = CopyWeekForward.ahead(edited, 2, Past(START + timedelta(weeks=3, days=2))).apply(edited)
    assert [s.day for s in added.weeks[3].sessions] == [WED, FRI]  # the week after its end: its Monday gone
    assert CopyWeekForward.ahead(edited, 2, Past(START + timedelta(weeks=4))).apply(edited) is edited


def test_a_deload_week_partly_lived_stays_one_when_the_week_before_is_copied_over_it() -> None:
    """On Wednesday of week 3, a deload week whose Monday was lived at its lighter doses, "To the next week" from
    week 2 made Wednesday and Friday full training sessions and took the week's deload mark away: a training week
    with a light Monday, as the rules and the Week tab read it. The week stays a deload, its days ahead made again
    from the copy as a deload, by the trainee's rules (as Copy week onward and Make deload week make one); un-lived,
    the whole week so; undo gives back every row and the mark."""
    limits = replace(builtin_thresholds()[Level.BEGINNER], deload_set_cut=Band(0.5, 0.5), deload_rir_rise=3)
    program = replace(stored_ids(MakeDeload(2).apply(seed_program(weeks=3))), start=START)
    edited = EditPlanned(1, 1, 0, Prescription(4, RepRange(8, 12), 1, 120)).apply(program)
    copy = CopyWeekForward.ahead(edited, 1, Past(START + timedelta(weeks=2, days=2)), limits)
    copied = copy.apply(edited)
    assert copy.kept == {(2, MON), (2, TUE)}
    third, was, made = copied.weeks[2], edited.weeks[2].sessions, deload_week(fresh_rows(edited.weeks[1]), limits)
    assert third.deload
    assert rows(third.sessions[:1]) == rows(was[:1]) and [s.id for s in third.sessions] == [s.id for s in was]
    assert third.sessions[1:] == made.sessions[1:]  # Wednesday and Friday: the copy's, as a deload
    assert (third.sessions[1].items[0].prescription.sets, third.sessions[1].items[0].prescription.rir) == (2, 4)
    assert Step(copied, edited).apply(copied) == edited
    assert CopyWeekForward(1, limits).apply(edited).weeks[2] == made


def test_a_copy_that_changes_nothing_around_a_day_logged_ahead_writes_nothing() -> None:
    """On Tuesday of week 2, with Friday's sets logged ahead, a copy of an identical week 1 put the kept Friday
    before the copied Wednesday (Mon, Fri, Wed): the week compared unequal and was written, an undo step for
    nothing. It is the very week, in its order."""
    program = replace(stored_ids(seed_program(weeks=3)), start=START)
    friday = START + timedelta(weeks=1, days=4)
    past = Past.of(START + timedelta(weeks=1, days=1), [LoggedSet("back_squat", datetime.combine(friday, time(7)),
                                                                  60.0, 10, 2)])
    forward, onward = CopyWeekForward.ahead(program, 0, past), CopyWeekOnward.ahead(program, 0, past)
    assert forward.kept == onward.kept == {(1, MON), (1, FRI)}
    assert forward.apply(program).weeks[1] is program.weeks[1]
    assert all(now is was for now, was in zip(onward.apply(program).weeks, program.weeks))


@settings(max_examples=30, deadline=None)
@given(data=st.data())
def test_a_week_copied_forward_changes_no_day_of_history_and_copies_every_other(data: st.DataObject) -> None:
    """Whatever the day and the days logged, each day of history keeps its sessions, rows and all, every other day
    of the next week (or of the week added after the last) gets the copy's sessions (a deload week's, the deload's,
    and it stays one), and no other week changes."""
    program, week, past = lived_in(data, weeks=4)
    copied = CopyWeekForward.ahead(program, week, past).apply(program)
    anew, history = copied_week_by_week(program, week).weeks, past.days(program, range(len(program.weeks) + 1))
    copy = anew[week + 1] if week + 1 < len(anew) else program.weeks[week]
    for n in range(len(program.weeks) + 1):
        was = program.weeks[n].sessions if n < len(program.weeks) else ()
        now = copied.weeks[n].sessions if n < len(copied.weeks) else ()
        for day in Weekday:
            if (n, day) in history or n != week + 1:
                assert rows(s for s in now if s.day == day) == rows(s for s in was if s.day == day)
            else:
                assert [s for s in now if s.day == day] == [s for s in copy.sessions if s.day == day]
    assert [w.deload for w in copied.weeks[:len(program.weeks)]] == [w.deload for w in program.weeks]
    if week + 1 < len(program.weeks):
        next_kept = {day for n, day in history if n == week + 1}
        in_its_order(program.weeks[week + 1], copied.weeks[week + 1], copy, next_kept)


def in_its_order(was: Week, now: Week, copy: Week, kept: set[Weekday]) -> None:
    """A copy over ``was`` that leaves the ``kept`` days (history) as they were keeps the week's order: the rows it
    keeps stay in it, and a week that holds the copy already on every other day is the very week, not written.
    Compared day by day, a week reordered (Mon, Fri, Wed) looked the same and was an undo step for nothing."""
    places = [s.id for s in was.sessions]
    kept_rows = [places.index(s.id) for s in now.sessions if s.id in places]
    assert kept_rows == sorted(kept_rows)
    if replace(was, sessions=tuple(s for s in was.sessions if s.day not in kept)) == \
            replace(copy, sessions=tuple(s for s in copy.sessions if s.day not in kept)):
        assert now is was


def lived_in(data: st.DataObject, weeks: int) -> tuple[Program, int, Past]:
    """A program of ``weeks`` weeks from START (the fourth a deload), edited at random, the week to copy (made unlike
    the others), and its history: today, and days logged, anywhere up to two weeks after its end."""
    program = replace(stored_ids(MakeDeload(3).apply(seed_program(weeks=weeks))), start=START)
    for _ in range(data.draw(st.integers(0, 3), label="edits")):
        program = stored_ids(data.draw(changes(program), label="edit").apply(program))
    week = data.draw(st.integers(0, len(program.weeks) - 1), label="week copied")
    program = stored_ids(AddExercise(week, MON, "clamshell", P).apply(program))  # a week unlike the others
    days = st.integers(0, 7 * len(program.weeks) + 14).map(lambda n: START + timedelta(days=n))
    return program, week, Past(data.draw(days, label="today"),
                               frozenset(data.draw(st.sets(days, max_size=6), label="logged")))


def rows(sessions: Iterable[Session]) -> list[object]:
    """Sessions with the ids of their rows, which their equality leaves out."""
    return [(s, s.id, [i.id for i in s.items]) for s in sessions]


def copied_week_by_week(program: Program, week: int) -> Program:
    """Copy week onward as it was made before: a copy of the week made anew for every week after it, in new rows."""
    source = program.weeks[week]
    return replace(program, weeks=program.weeks[:week + 1] + tuple(
        deload_week(fresh_rows(source), builtin_thresholds()[Level.INTERMEDIATE]) if later.deload
        else replace(fresh_rows(source), deload=False) for later in program.weeks[week + 1:]))


@settings(max_examples=30, deadline=None)
@given(data=st.data())
def test_a_week_copied_onward_is_the_copy_made_for_each_week_and_keeps_what_it_has_already(
        data: st.DataObject) -> None:
    """Copy week onward gives what a copy made anew for each later week gave (in new rows: all of them written
    again, 617 statements for 52 weeks); a later week holding the copy already is the very week, written not at all,
    and in a week that differs each session, and each exercise the same as the copy's at its place, keeps its row."""
    program = stored_ids(MakeDeload(3).apply(seed_program(weeks=6)))
    for _ in range(data.draw(st.integers(0, 3), label="edits")):
        program = stored_ids(data.draw(changes(program), label="edit").apply(program))
    week = data.draw(st.integers(0, len(program.weeks) - 1), label="week copied")
    copied = CopyWeekOnward(week).apply(program)
    assert copied == copied_week_by_week(program, week)
    for old, new in zip(program.weeks[week + 1:], copied.weeks[week + 1:]):
        assert new is old if new == old else all(
            s.id == was.id and all(i.id == (w.id if w.exercise_id == i.exercise_id else None)
                                   for i, w in zip(s.items, was.items))
            for s, was in zip(new.sessions, old.sessions))


def stored_ids(program: Program) -> Program:
    """The program with an id on every row, new ones numbered after the highest, as the store gives them."""
    ids = iter(range(1 + max((r.id or 0 for w in program.weeks for s in w.sessions for r in (s, *s.items)),
                             default=0), 10**9))
    return replace(program, weeks=tuple(replace(w, sessions=tuple(
        replace(s, id=s.id or next(ids), items=tuple(replace(i, id=i.id or next(ids)) for i in s.items))
        for s in w.sessions)) for w in program.weeks))


def test_a_change_names_itself_in_the_users_language() -> None:
    assert RemoveExercise(0, 0, 0).describe(Language.DA) == "Fjern øvelse"
    assert CopyWeekForward(0).describe(Language.NB) == "Kopier uken til uke 2"
    assert CopyWeekOnward(0).describe(Language.NB) == "Kopier uke 1 til ukene etter den"
    assert CopyWeekOnward(0, kept=frozenset({(1, MON)})).describe(Language.NB) == \
        "Kopier uke 1 til ukene etter den fra uke 2 og utover, og la det tilbakelagte være som det var"


# --- random sequences ------------------------------------------------------------------------------

@st.composite
def changes(draw: st.DrawFn, program: Program) -> Change:
    week_number = draw(st.integers(0, len(program.weeks) - 1))
    week = program.weeks[week_number]
    day = draw(st.sampled_from(list(Weekday)))
    filled = [(s, i) for s, session in enumerate(week.sessions) for i in range(len(session.items))]
    kinds = ["add", "copy_week"] + (["move", "remove", "edit"] if filled else []) + \
        (["move_session", "remove_session"] if week.sessions else []) + (["deload"] if week_number > 0 else [])
    kind = draw(st.sampled_from(kinds))
    if kind == "add":
        return AddExercise(week_number, day, draw(st.sampled_from(sorted(CATALOG.exercises))), P)
    if kind == "copy_week":
        return CopyWeekForward(week_number) if draw(st.booleans()) else CopyWeekOnward(week_number)
    if kind == "deload":
        return MakeDeload(week_number)
    if kind in ("move_session", "remove_session"):
        session = draw(st.integers(0, len(week.sessions) - 1))
        return MoveSession(week_number, session, day) if kind == "move_session" else RemoveSession(week_number, session)
    session, index = draw(st.sampled_from(filled))
    if kind == "remove":
        return RemoveExercise(week_number, session, index)
    if kind == "edit":
        return EditPlanned(week_number, session, index, Prescription(draw(st.integers(1, 20)), RepRange(6, 10),
                                                                         draw(st.integers(0, 10)), 90))
    return MoveExercise(week_number, session, index, day, copy=draw(st.booleans()),
                        to_position=draw(st.none() | st.integers(0, 5)))


def test_positions_are_clamped_not_refused() -> None:
    program = AddExercise(0, MON, "clamshell", P, session=0, position=99).apply(seed_program())
    assert ids(program.weeks[0].sessions[0])[-1] == "clamshell"
    assert replace(program.weeks[0].sessions[0].items[-1]) == PlannedExercise("clamshell", P)
