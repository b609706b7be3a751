"""A program started from a template begins this week when what is left of its first week still trains the glutes
as often as the rules ask (FRQ-1), else next Monday: given a program on a Tuesday, a physiotherapist's client could
not log that day's session, as it began next Monday (the Norwegian walk's finding 10)."""

from __future__ import annotations

from datetime import date, time

import pytest

from glueplan.domain.plan import Session, Week, Weekday, first_monday

MONDAY = date(2026, 11, 30)
MON_WED_FRI = Week(tuple(Session(day, time(17, 30), f"Workout {n}", ()) for n, day in
                         enumerate((Weekday.MON, Weekday.WED, Weekday.FRI), 1)))


@pytest.mark.parametrize(("weekday", "starts"), [(Weekday.MON, MONDAY), (Weekday.TUE, MONDAY), (Weekday.WED, MONDAY),
                                                 (Weekday.THU, date(2026, 12, 7)), (Weekday.SUN, date(2026, 12, 7))])
def test_this_week_while_two_sessions_are_ahead(weekday: Weekday, starts: date) -> None:
    today = date.fromordinal(MONDAY.toordinal() + weekday)
    assert first_monday(MON_WED_FRI, today, 2) == starts


def test_a_week_with_no_sessions_misses_none_and_starts_this_week() -> None:
    assert first_monday(Week(()), date(2026, 12, 5), 2) == MONDAY
