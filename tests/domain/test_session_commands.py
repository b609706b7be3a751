"""Sessions as values: a new one gets the week's usual time and a free "Workout N" title in the
user's language; its header (time, title) can be changed; an exercise's plan holds a load target
and a note besides its prescription."""

from __future__ import annotations

from datetime import date, time

from msgspec.structs import replace

from glueplan.domain.catalog import Prescription, RepRange, builtin_catalog
from glueplan.domain.commands import (
    AddExercise,
    AddSession,
    EditPlanned,
    EditSession,
    MoveExercise,
    RemoveExercise,
    SessionHead,
    new_session_head,
)
from glueplan.domain.default_names import in_language
from glueplan.domain.language import Language
from glueplan.domain.plan import PlannedExercise, Program, Session, Week, Weekday
from glueplan.domain.templates import builtin_templates

P = Prescription(3, RepRange(8, 12), 2, 120)


def seed_program() -> Program:
    return builtin_templates()["seed-000"].program(builtin_catalog(), Language.EN, weeks=2)


def test_a_new_session_gets_the_weeks_time_and_the_next_number_after_the_weeks_last() -> None:
    week = seed_program().weeks[0]  # Workout 1 on Monday, 2 on Wednesday, 3 on Friday
    assert new_session_head(week, Language.EN, Weekday.SAT) == SessionHead(time(17, 30), "Workout 4")
    assert new_session_head(week, Language.DA, Weekday.SAT).title == "Træning 4"
    empty = Week(())
    # the templates' time
    assert new_session_head(empty, Language.NB, Weekday.TUE) == SessionHead(time(17, 30), "Økt 1")
    assert new_session_head(week, Language.EN, Weekday.SAT, at=time(7, 0)).time == time(7, 0)


def test_a_drop_on_an_empty_day_starts_a_session_with_the_head_given() -> None:
    program = seed_program()
    head = new_session_head(program.weeks[0], Language.EN, Weekday.TUE)
    started = AddExercise(0, Weekday.TUE, "clamshell", P, head=head).apply(program).weeks[0].sessions[-1]
    assert (started.day, started.time, started.title) == (Weekday.TUE, time(17, 30), "Extra workout")
    head = new_session_head(program.weeks[0], Language.EN, Weekday.SAT)
    moved = MoveExercise(0, 0, 0, Weekday.SAT, head=head).apply(program).weeks[0].sessions[-1]
    assert (moved.day, moved.title) == (Weekday.SAT, "Workout 4")


def test_a_new_sessions_title_keeps_the_numbered_sessions_in_the_order_of_their_days() -> None:
    """Seen in Bokmål: a session added on a Tuesday between Økt 1 (Monday) and Økt 2 (Thursday)
    was called Økt 4. No number fits there without renaming Økt 2 and Økt 3 (in that week only:
    the other weeks and the printed sheet keep them), so it is an extra session."""
    week = seed_program().weeks[0]
    sessions = [replace(s, title=f"Økt {n}") for n, s in enumerate(week.sessions, start=1)]
    week = Week((sessions[0], replace(sessions[1], day=Weekday.THU), replace(sessions[2], day=Weekday.SAT)))
    assert new_session_head(week, Language.NB, Weekday.TUE).title == "Ekstraøkt"
    assert new_session_head(week, Language.EN, Weekday.TUE).title == "Extra workout"
    assert new_session_head(week, Language.DA, Weekday.FRI).title == "Ekstratræning"
    assert new_session_head(week, Language.NB, Weekday.MON, at=time(7, 0)).title == "Ekstraøkt"  # before Økt 1
    assert new_session_head(week, Language.NB, Weekday.SUN).title == "Økt 4"  # after the last: the next number
    added = AddSession(0, Weekday.TUE, new_session_head(week, Language.NB, Weekday.TUE)).apply(
        replace(seed_program(), weeks=(week,))).weeks[0]
    assert [s.title for s in added.sessions] == ["Økt 1", "Økt 2", "Økt 3", "Ekstraøkt"]  # none renamed
    assert new_session_head(added, Language.EN, Weekday.WED).title == "Extra workout 2"  # another, in any language
    assert in_language("Ekstraøkt", Language.DA) == "Ekstratræning"  # glueplan's name: it follows the language
    without_second = Week((week.sessions[0], week.sessions[2]))  # Økt 2 deleted: its number fits again
    assert new_session_head(without_second, Language.NB, Weekday.WED).title == "Økt 2"
    assert new_session_head(without_second, Language.EN, Weekday.WED).title == "Workout 2"  # any language's number


def test_a_new_session_among_a_series_of_titles_is_the_next_in_it() -> None:
    """A printed sheet read "Træning 1" among a template's "Gluteus medius A" and "B" (failed before): a new session
    takes the next letter free, in any language and on any day (A/B sessions are variants, not an order), or the
    next number of a coach's own series in the order of the days, as glueplan's own numbers go."""
    medius = builtin_templates()["seed-002"].program(builtin_catalog(), Language.DA, weeks=1).weeks[0]
    assert [s.title for s in medius.sessions] == ["Gluteus medius A", "Gluteus medius B"]
    for language, day in ((Language.DA, Weekday.SAT), (Language.NB, Weekday.TUE), (Language.EN, Weekday.MON)):
        assert new_session_head(medius, language, day).title == "Gluteus medius C"
    with_c = AddSession(0, Weekday.SAT, new_session_head(medius, Language.DA, Weekday.SAT)).apply(
        replace(seed_program(), weeks=(medius,))).weeks[0]
    assert new_session_head(with_c, Language.DA, Weekday.WED).title == "Gluteus medius D"
    given_before = Week((*medius.sessions, replace(medius.sessions[0], day=Weekday.SAT, title="Træning 1")))
    assert new_session_head(given_before, Language.DA, Weekday.SUN).title == "Gluteus medius C"  # glueplan's aside
    without_a = Week(medius.sessions[1:])
    assert new_session_head(without_a, Language.EN, Weekday.FRI).title == "Gluteus medius A"  # the first free
    hips = Week(tuple(replace(s, title=f"Hofte {n}") for n, s in enumerate(medius.sessions, start=1)))  # Mon, Thu
    assert new_session_head(hips, Language.DA, Weekday.SAT).title == "Hofte 3"
    assert new_session_head(hips, Language.DA, Weekday.TUE).title == "Ekstratræning"  # no number between 1 and 2
    unlike = Week((replace(medius.sessions[0], title="Ben"), replace(medius.sessions[1], title="Gluteus medius B")))
    assert new_session_head(unlike, Language.DA, Weekday.SAT).title == "Træning 1"  # no one series: glueplan's
    years = Week((replace(medius.sessions[0], title="Hofte 2026"),))
    assert new_session_head(years, Language.DA, Weekday.SAT).title == "Træning 1"  # a year is no session's number


def test_a_session_is_added_empty_and_its_header_edited() -> None:
    program = AddSession(0, Weekday.THU, SessionHead(time(7, 15), "Morning")).apply(seed_program())
    thursday = program.weeks[0].sessions[-1]
    assert (thursday.day, thursday.time, thursday.title, thursday.items) == (Weekday.THU, time(7, 15), "Morning", ())
    edited = EditSession(0, 0, SessionHead(time(6, 45), "Legs")).apply(program).weeks[0].sessions[0]
    assert (edited.time, edited.title, edited.day) == (time(6, 45), "Legs", Weekday.MON)
    assert len(edited.items) == 3 and program.weeks[1] == seed_program().weeks[1]


def days(program: Program) -> list[Weekday]:
    return [s.day for s in program.weeks[0].sessions]


def exercises(program: Program, index: int) -> list[str]:
    return [item.exercise_id for item in program.weeks[0].sessions[index].items]


def with_one_exercise_on_wednesday() -> Program:
    """seed-000 with Wednesday's session (the second of three) down to its Romanian deadlift."""
    return RemoveExercise(0, 1, 1).apply(RemoveExercise(0, 1, 2).apply(seed_program()))


def test_a_session_emptied_by_a_removal_or_a_move_goes_from_the_plan() -> None:
    """A session whose last exercise is taken out (Delete, a drop into another session or onto a
    day with one) has nothing left to train: it goes, and the later sessions move up."""
    program = with_one_exercise_on_wednesday()
    assert days(RemoveExercise(0, 1, 0).apply(program)) == [Weekday.MON, Weekday.FRI]
    joined = MoveExercise(0, 1, 0, Weekday.FRI).apply(program)
    assert days(joined) == [Weekday.MON, Weekday.FRI] and exercises(joined, 1)[-1] == "romanian_deadlift"
    placed = MoveExercise(0, 1, 0, Weekday.FRI, to_session=2, to_position=1).apply(program)  # a session after it
    assert exercises(placed, 1) == ["bulgarian_split_squat", "romanian_deadlift", "reverse_lunge", "cable_pull_through"]
    before = MoveExercise(0, 1, 0, Weekday.MON, to_session=0, to_position=0).apply(program)  # one before it
    assert days(before) == [Weekday.MON, Weekday.FRI] and exercises(before, 0)[0] == "romanian_deadlift"


def test_a_session_not_emptied_by_the_edit_stays() -> None:
    """Its only exercise put back in place, copied, or another session's exercise removed: nothing
    is emptied, so nothing goes; a session made empty on purpose (New session) waits to be filled."""
    program = with_one_exercise_on_wednesday()
    for position in (0, 1):
        assert MoveExercise(0, 1, 0, Weekday.WED, to_session=1, to_position=position).apply(program) == program
    assert MoveExercise(0, 1, 0, Weekday.WED).apply(program) == program  # dropped onto its own day: it joins itself
    assert days(MoveExercise(0, 1, 0, Weekday.FRI, copy=True).apply(program)) == [Weekday.MON, Weekday.WED,
                                                                                 Weekday.FRI]
    empty = AddSession(0, Weekday.THU, SessionHead(time(7, 15), "Morning")).apply(program)
    assert days(RemoveExercise(0, 0, 0).apply(empty))[-1] == Weekday.THU
    assert days(MoveExercise(0, 0, 0, Weekday.SAT).apply(empty))[-2:] == [Weekday.THU, Weekday.SAT]


def test_a_sessions_only_exercise_moved_to_a_free_day_takes_the_session_along() -> None:
    """Moving the only exercise to a day with no session moves its session: its time and title go
    with it (a new "Workout N" beside a vanished session was a rename the user did not ask for)."""
    program = EditSession(0, 1, SessionHead(time(7, 15), "Hinge")).apply(with_one_exercise_on_wednesday())
    moved = MoveExercise(0, 1, 0, Weekday.SAT, head=SessionHead(time(17, 30), "Workout 4")).apply(program)
    saturday = moved.weeks[0].sessions[1]
    assert (saturday.day, saturday.time, saturday.title) == (Weekday.SAT, time(7, 15), "Hinge")
    assert days(moved) == [Weekday.MON, Weekday.SAT, Weekday.FRI] and exercises(moved, 1) == ["romanian_deadlift"]


def test_an_exercises_plan_holds_a_load_target_and_a_note() -> None:
    item = EditPlanned(0, 0, 1, P, 42.5, "pause at the top").apply(seed_program()).weeks[0].sessions[0].items[1]
    assert (item.prescription, item.load_kg, item.note) == (P, 42.5, "pause at the top")


def test_the_new_edits_name_themselves() -> None:
    head = SessionHead(time(8, 0), "")
    assert AddSession(0, Weekday.MON, head).describe(Language.DA) == "Ny træning"
    assert EditSession(0, 0, head).describe(Language.EN) == "Change a session's time or title"


def test_the_next_training_day_is_the_first_planned_date_after_a_day() -> None:
    """What the Log tab names on a day with nothing planned: the next session of the program."""
    dose = Prescription(3, RepRange(8, 12), 2, 120)
    week = Week((Session(Weekday.FRI, time(18), "B", (PlannedExercise("clamshell", dose),)),
                 Session(Weekday.MON, time(18), "A", (PlannedExercise("clamshell", dose),))))
    program = Program("P", (week, Week(())), date(2026, 12, 9))  # starts on a Wednesday: its weeks run Mon-Sun
    assert program.next_training_day(date(2026, 12, 1)) == date(2026, 12, 7)  # before the start: its first Monday
    assert program.next_training_day(date(2026, 12, 8)) == date(2026, 12, 11)
    assert program.next_training_day(date(2026, 12, 11)) is None  # the second week is empty, and then it ends
    assert Program("P", (week,)).next_training_day(date(2026, 12, 1)) is None  # no start date, no dates
