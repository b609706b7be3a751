"""Whether a planned session was trained: what the Week tab marks on the sessions of the weeks lived.

A session's sets are the sets logged on its date of the exercises it plans: a set logged from the Log's
form is linked to the planned exercise it was typed under; a set without that link (an exercise added
by hand, an import) counts once, for the day's exercise of the same name in the session begun by then.
Warm-ups (marked so) are no sets of the plan, and one side alone is half a set (domain.log.sets_of_work),
as for the hard sets. A session is done when each exercise has its planned sets, partly done when some
sets were logged and not all, and missed when its day is gone with none; a day still ahead, or today with
nothing logged yet, is neither.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, timedelta
from enum import StrEnum

from glueplan.domain.log import LoggedSet, sets_of_work
from glueplan.domain.plan import Program, Session, Weekday
from glueplan.domain.record import Record


class Done(StrEnum):
    DONE = "done"
    PARTLY = "partly"
    MISSED = "missed"


class SessionDone(Record):
    done: Done
    sets: float  # the planned sets logged, each exercise's counted up to its plan
    planned: int  # the session's planned sets


def week_done(program: Program, week: int, logged: Sequence[LoggedSet], today: date,
              made: date | None = None) -> dict[int, SessionDone]:
    """What was done of each session of the program's ``week`` (by its index in the week), from the sets
    ``logged`` that week, as seen on ``today``: sessions still ahead with nothing logged are left out, and so
    is every session of a program without dates, and one with nothing logged on a day before the program was
    ``made``: never given, it was not missed (a program started on a Wednesday from this week's Monday showed
    Monday's session missed at once). (Judged again after every edit of the week: the sets are sorted once.)"""
    monday = program.date_of(week, Weekday.MON)
    if monday is None or not logged and monday >= today:  # a week ahead, as most edited are: nothing to judge
        return {}
    sessions = program.weeks[week].sessions
    linked = {item.id: session.day for session in sessions for item in session.items if item.id is not None}
    by_link: dict[int | None, list[LoggedSet]] = defaultdict(list)
    by_name: dict[tuple[Weekday, str], list[LoggedSet]] = defaultdict(list)
    for each in logged:
        day = Weekday(each.performed_at.weekday())
        if linked.get(each.planned_exercise_id) == day:
            by_link[each.planned_exercise_id].append(each)
        else:
            by_name[day, each.exercise_id].append(each)
    rows = {(index, position): list(by_link[item.id]) if item.id is not None else []
            for index, session in enumerate(sessions) for position, item in enumerate(session.items)}
    _share_out(sessions, by_name, rows)
    found: dict[int, SessionDone] = {}
    for index, session in enumerate(sessions):
        its = [rows[index, position] for position in range(len(session.items))]
        day = monday + timedelta(days=int(session.day))
        said = _done(session, its, day < today and (made is None or made <= day))
        if said is not None:
            found[index] = said
    return found


def _share_out(sessions: Sequence[Session], unlinked: dict[tuple[Weekday, str], list[LoggedSet]],
               rows: dict[tuple[int, int], list[LoggedSet]]) -> None:
    """Give each set logged without a link to one row of ``rows`` (a session's index, an exercise's place in it):
    the row of its day and exercise whose session had begun by the set's time, else the day's first, and a row
    whose sets are all there passes the next set on. Given to every such row, two sets marked two sessions done."""
    for (day, exercise_id), its in unlinked.items():
        wanted = sorted(((session.time, index, position, item.prescription.sets)
                         for index, session in enumerate(sessions) if session.day == day
                         for position, item in enumerate(session.items) if item.exercise_id == exercise_id))
        for each in sorted(its, key=lambda one: one.performed_at):
            open_rows = [row for row in wanted if sets_of_work(s for s in rows[row[1:3]] if not s.warm_up) < row[3]]
            begun = [row for row in open_rows if row[0] <= each.performed_at.time()]
            if open_rows:
                chosen = (begun or open_rows)[-1 if begun else 0]
                rows[chosen[1:3]].append(each)


def _done(session: Session, logged: list[list[LoggedSet]], gone: bool) -> SessionDone | None:
    """The session's state from the sets ``logged`` for each of its exercises; None for an empty session, or one
    not trained yet whose day is not ``gone``."""
    planned = sum(item.prescription.sets for item in session.items)
    if not planned:
        return None
    counted = sum(min(float(item.prescription.sets), sets_of_work(s for s in its if not s.warm_up))
                  for item, its in zip(session.items, logged, strict=True))
    if counted >= planned:
        return SessionDone(Done.DONE, counted, planned)
    if any(logged):
        return SessionDone(Done.PARTLY, counted, planned)
    return SessionDone(Done.MISSED, 0.0, planned) if gone else None


class WeekDone(Record):
    """A week's sessions done and partly done, as the Week tab marks them (the Charts' sessions a week)."""

    monday: date
    done: int
    partly: int


def weeks_done(program: Program, logged: Sequence[LoggedSet], today: date) -> list[WeekDone]:
    """Each week of the program begun by ``today``, its sessions counted as ``week_done`` judges them: the Charts
    count what the Week tab marks, never training days (two sessions on one day are two; a set of an exercise no
    session plans is none). ``logged``: the sets of those weeks, in any order."""
    weeks = {monday: week for week, monday in enumerate(program.week_starts()) if monday <= today}
    by_week: dict[int, list[LoggedSet]] = defaultdict(list)
    for each in logged:
        week = weeks.get(each.performed_at.date() - timedelta(days=each.performed_at.weekday()))
        if week is not None:
            by_week[week].append(each)
    found = []
    for monday, week in weeks.items():
        said = [one.done for one in week_done(program, week, by_week[week], today).values()]
        found.append(WeekDone(monday, said.count(Done.DONE), said.count(Done.PARTLY)))
    return found
