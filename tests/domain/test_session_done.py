"""What the Week tab marks on a week lived: a session done, partly done or missed (the walk's finding 12: after three
logged sessions and a skipped Tuesday the week looked as before)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from msgspec.structs import replace

from glueplan.domain.log import LoggedSet, Side
from glueplan.domain.plan import PlannedExercise, Program, Session, Week, Weekday
from glueplan.domain.session_done import Done, SessionDone, WeekDone, week_done, weeks_done
from tests.domain.test_rules import item

MONDAY = date(2026, 12, 7)
MON, TUE, WED = Weekday.MON, Weekday.TUE, Weekday.WED


def planned(exercise_id: str, sets: int, row: int) -> PlannedExercise:
    return replace(item(exercise_id, sets), id=row)


def program() -> Program:
    """Monday: hip thrusts (3 sets) and kickbacks (2); Tuesday: two sessions with hip thrusts; Wednesday: bridges."""
    return Program("p", (Week((
        Session(MON, time(17, 30), "Workout 1", (planned("barbell_hip_thrust", 3, 1), planned("cable_kickback", 2, 2))),
        Session(TUE, time(7), "Morning", (planned("barbell_hip_thrust", 2, 3),)),
        Session(TUE, time(18), "Evening", (planned("barbell_hip_thrust", 2, 4),)),
        Session(WED, time(17, 30), "Workout 3", (planned("glute_bridge", 2, 5),)))),), MONDAY)


def sets(exercise_id: str, day: Weekday, count: int, linked: int | None = None, **kept: object) -> list[LoggedSet]:
    when = datetime.combine(MONDAY + timedelta(days=int(day)), time(18))
    return [LoggedSet(exercise_id, when + timedelta(minutes=n), 60.0, 10, 2, planned_exercise_id=linked,
                      **kept) for n in range(count)]  # type: ignore[arg-type]


def test_every_planned_set_logged_is_done_and_some_are_partly_done() -> None:
    logged = sets("barbell_hip_thrust", MON, 3, linked=1) + sets("cable_kickback", MON, 2, linked=2)
    assert week_done(program(), 0, logged, MONDAY)[0] == SessionDone(Done.DONE, 5.0, 5)
    partly = week_done(program(), 0, logged[:-1], MONDAY)[0]
    assert partly == SessionDone(Done.PARTLY, 4.0, 5)


def test_a_day_gone_with_nothing_logged_is_missed_and_today_or_later_is_neither() -> None:
    on_thursday = week_done(program(), 0, [], MONDAY + timedelta(days=3))
    assert {index: said.done for index, said in on_thursday.items()} == {0: Done.MISSED, 1: Done.MISSED,
                                                                          2: Done.MISSED, 3: Done.MISSED}
    assert week_done(program(), 0, [], MONDAY + timedelta(days=2)).keys() == {0, 1, 2}  # Wednesday is today
    assert week_done(program(), 0, [], MONDAY) == {}
    assert week_done(replace(program(), start=None), 0, [], MONDAY + timedelta(days=30)) == {}  # no dates: no days


def test_a_day_before_the_program_was_made_is_not_missed_unless_something_was_logged() -> None:
    """Started on a Wednesday from that week's Monday, the program showed Monday's session missed at once."""
    thursday, made = MONDAY + timedelta(days=3), MONDAY + timedelta(days=1)
    assert {index: said.done for index, said in week_done(program(), 0, [], thursday, made).items()} == {
        1: Done.MISSED, 2: Done.MISSED, 3: Done.MISSED}  # Monday's was never given
    logged = sets("barbell_hip_thrust", MON, 3, linked=1)
    assert week_done(program(), 0, logged, thursday, made)[0].done is Done.PARTLY  # logged before: it counts


def test_sets_count_by_their_link_else_by_the_exercise_and_warm_ups_and_extra_sets_do_not_fill_others() -> None:
    on_thursday = MONDAY + timedelta(days=3)
    by_name = sets("glute_bridge", WED, 2)  # added by hand in the Log: no link, the exercise is the day's
    assert week_done(program(), 0, by_name, on_thursday)[3].done is Done.DONE
    warm_ups = sets("glute_bridge", WED, 2, warm_up=True)
    assert week_done(program(), 0, warm_ups, on_thursday)[3] == SessionDone(Done.PARTLY, 0.0, 2)
    one_side = sets("glute_bridge", WED, 2, side=Side.LEFT)  # one side alone is half a set
    assert week_done(program(), 0, one_side, on_thursday)[3] == SessionDone(Done.PARTLY, 1.0, 2)
    many = sets("barbell_hip_thrust", MON, 6, linked=1)  # six hip thrusts are no kickbacks
    assert week_done(program(), 0, many, on_thursday)[0] == SessionDone(Done.PARTLY, 3.0, 5)
    morning = sets("barbell_hip_thrust", TUE, 2, linked=3)  # the morning's, not the evening's
    done = week_done(program(), 0, morning, on_thursday)
    assert (done[1].done, done[2].done) == (Done.DONE, Done.MISSED)


def test_the_charts_weeks_count_sessions_as_the_week_marks_them_not_training_days() -> None:
    """Two sessions on Tuesday, both done, are two; a day of sets no session plans is none (training days said 2
    and 3 here, where the Week tab marks two done, one partly done and one missed)."""
    two_weeks = replace(program(), weeks=program().weeks * 2)
    logged = (sets("barbell_hip_thrust", MON, 1, linked=1) + sets("barbell_hip_thrust", TUE, 4)
              + sets("clamshell", Weekday.THU, 3))
    later = [replace(one, performed_at=one.performed_at + timedelta(weeks=1)) for one in sets("glute_bridge", WED, 2)]
    on_the_next_thursday = MONDAY + timedelta(days=10)
    assert weeks_done(two_weeks, later + logged, on_the_next_thursday) == [
        WeekDone(MONDAY, 2, 1), WeekDone(MONDAY + timedelta(weeks=1), 1, 0)]
    assert weeks_done(two_weeks, logged, MONDAY + timedelta(days=6)) == [WeekDone(MONDAY, 2, 1)]  # a week ahead: none


def test_sets_logged_without_a_link_count_once_for_the_days_first_session_that_plans_them() -> None:
    """Two hip thrusts typed on Tuesday without a link (an exercise added by hand, an import) marked both Tuesday
    sessions done, 2 of 2 each (review H160): the same sets were given to every row of the exercise that day.
    They count once, for the session begun by then (the sets are logged from 18:00: the evening's), and a session
    with all its sets passes the next on (a third set goes to the morning's)."""
    on_wednesday = MONDAY + timedelta(days=2)
    two = week_done(program(), 0, sets("barbell_hip_thrust", TUE, 2), on_wednesday)
    assert (two[1].done, two[2].done) == (Done.MISSED, Done.DONE)
    three = week_done(program(), 0, sets("barbell_hip_thrust", TUE, 3), on_wednesday)
    assert (three[1], three[2]) == (SessionDone(Done.PARTLY, 1.0, 2), SessionDone(Done.DONE, 2.0, 2))
