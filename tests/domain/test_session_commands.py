"""Sessions as values: a new one gets the week's usual time and a free "Workout N" title in the
user's language; its header (time, title) can be changed; an exercise's plan holds a load target
and a note besides its prescription."""

from __future__ import annotations

from datetime import date, time

from glueplan.domain.catalog import Prescription, RepRange, builtin_catalog
from glueplan.domain.commands import (
    AddExercise,
    AddSession,
    EditPlanned,
    EditSession,
    MoveExercise,
    SessionHead,
    new_session_head,
)
from glueplan.domain.language import Language
from glueplan.domain.plan import PlannedExercise, Program, Session, Week, Weekday
from glueplan.domain.templates import builtin_templates

P = Prescription(3, RepRange(8, 12), 2, 120)


def seed_program() -> Program:
    return builtin_templates()["seed-000"].program(builtin_catalog(), Language.EN, weeks=2)


def test_a_new_session_gets_the_weeks_time_and_the_first_free_title() -> None:
    week = seed_program().weeks[0]
    assert new_session_head(week, Language.EN) == SessionHead(time(17, 30), "Workout 4")
    assert new_session_head(week, Language.DA).title == "Træning 4"
    assert new_session_head(Week(()), Language.NB) == SessionHead(time(17, 30), "Økt 1")  # the templates' time
    assert new_session_head(week, Language.EN, at=time(7, 0)).time == time(7, 0)


def test_a_drop_on_an_empty_day_starts_a_session_with_the_head_given() -> None:
    program = seed_program()
    head = new_session_head(program.weeks[0], Language.EN)
    started = AddExercise(0, Weekday.TUE, "clamshell", P, head=head).apply(program).weeks[0].sessions[-1]
    assert (started.day, started.time, started.title) == (Weekday.TUE, time(17, 30), "Workout 4")
    moved = MoveExercise(0, 0, 0, Weekday.SAT, head=head).apply(program).weeks[0].sessions[-1]
    assert (moved.day, moved.title) == (Weekday.SAT, "Workout 4")


def test_a_session_is_added_empty_and_its_header_edited() -> None:
    program = AddSession(0, Weekday.THU, SessionHead(time(7, 15), "Morning")).apply(seed_program())
    thursday = program.weeks[0].sessions[-1]
    assert (thursday.day, thursday.time, thursday.title, thursday.items) == (Weekday.THU, time(7, 15), "Morning", ())
    edited = EditSession(0, 0, SessionHead(time(6, 45), "Legs")).apply(program).weeks[0].sessions[0]
    assert (edited.time, edited.title, edited.day) == (time(6, 45), "Legs", Weekday.MON)
    assert len(edited.items) == 3 and program.weeks[1] == seed_program().weeks[1]


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
