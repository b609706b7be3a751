"""Every edit of a program, as a pure value: what it changes and how to take it back.

A change (AddExercise, MoveExercise, ...) turns one Program into the next; ``Edit`` keeps
both sides so that undo and redo restore exactly what was there, database ids included.
The Qt layer wraps an Edit in a QUndoCommand; the store writes whichever side is current.
Positions refer to the program as it is when the change is made; ``replayed`` makes the same change
of a program saved elsewhere since, its targets found there by identity (``Replay``), or tells that
they changed.
"""

from __future__ import annotations

import re
from collections import Counter
from string import ascii_uppercase
from datetime import time
from typing import Protocol, TypeVar

from msgspec.structs import replace

from glueplan.domain.catalog import Prescription
from glueplan.domain.default_names import session_number
from glueplan.domain.deloads import deload_week
from glueplan.domain.language import Language
from glueplan.domain.messages import messages
from glueplan.domain.past import Past
from glueplan.domain.plan import PlannedExercise, Program, Session, Week, Weekday
from glueplan.domain.thresholds import Thresholds, builtin_thresholds
from glueplan.domain.trainee import Level
from glueplan.domain.record import PartlyCompared, Record

DEFAULT_TIME = time(17, 30)  # the templates' time: after work


class Replayable(Protocol):
    """A step of a program that can be made again on the program as saved elsewhere since (``replayed``)."""

    def apply(self, program: Program) -> Program: ...

    def rebased(self, replay: Replay) -> Replayable:
        """The same edit of ``replay.now``; TargetChanged when what it acts on is not there as it was."""
        ...


class Change(Replayable, Protocol):
    """An edit the user makes, named in the undo history."""

    def describe(self, language: Language) -> str: ...

    def rebased(self, replay: Replay) -> Change: ...


Made = TypeVar("Made", bound=Replayable)


class TargetChanged(Exception):
    """What a change acts on was changed elsewhere since the change was made: it cannot be replayed."""


class Replay(Record):
    """A change made on ``before``, to be made on ``now`` instead (the program as saved elsewhere since). Its
    targets are found there by identity, not by position: a session by its id, a day by its sessions, a week by
    all it holds; each must be there as it was (TargetChanged), so that the edit means what the user saw."""

    before: Program
    now: Program

    def session(self, week: int, index: int) -> int:
        """Where session ``index`` of ``before``'s week is in ``now``'s, unchanged (its exercises included)."""
        old = _rows(self.before.weeks[week].sessions[index])
        found = [i for i, s in enumerate(self.now.weeks[week].sessions if week < len(self.now.weeks) else ())
                 if _rows(s) == old]
        if old[1] is None or not found:
            raise TargetChanged
        return found[0]

    def onto_day(self, week: int, day: Weekday) -> None:
        """A drop onto a day: the day holds the same sessions at the same times, so that it joins the same one
        (``session_on``), unchanged, or starts one as it would have."""
        if _heads(self.before, week, day) != _heads(self.now, week, day):
            raise TargetChanged
        joined = session_on(self.before.weeks[week], day)
        if joined is None:
            self.heads(week)
        else:
            self.session(week, joined)

    def heads(self, week: int) -> None:
        """The week's sessions are the same ones, on the same days and times, under the same titles: a session
        the change starts got its title among them (new_session_head)."""
        if _heads(self.before, week) != _heads(self.now, week):
            raise TargetChanged

    def weeks(self, first: int, end: int) -> None:
        """Weeks ``first`` to ``end`` (exclusive) are as they were, all they hold, or absent on both sides."""
        for n in range(first, end):
            if _week_rows(self.before, n) != _week_rows(self.now, n):
                raise TargetChanged


def same_rows(one: Program, other: Program) -> bool:
    """Whether two states of a program hold the same weeks, sessions and exercises under the same ids (their
    equality leaves the ids out): whether a step made on one is made on the other as it is."""
    return len(one.weeks) == len(other.weeks) and all(
        a is b or _week_rows(one, n) == _week_rows(other, n) for n, (a, b) in enumerate(zip(one.weeks, other.weeks)))


def _rows(session: Session) -> tuple[Session, int | None, tuple[int | None, ...]]:
    """A session with the ids of its rows, which its equality leaves out."""
    return session, session.id, tuple(item.id for item in session.items)


def _week_rows(program: Program, number: int) -> tuple[Week, list[object]] | None:
    if number >= len(program.weeks):
        return None
    return program.weeks[number], [_rows(s) for s in program.weeks[number].sessions]


def _heads(program: Program, week: int, day: Weekday | None = None) -> list[tuple[object, ...]] | None:
    """The week's sessions (or the day's) as a drop and a new session's title see them: which, when, named how."""
    if week >= len(program.weeks):
        return None
    return [(s.id, s.day, s.time, s.title) for s in program.weeks[week].sessions if day in (None, s.day)]


def replayed(change: Made, before: Program, now: Program) -> Made | None:
    """``change``, made on ``before``, as the same edit of ``now`` (the program saved elsewhere since), or None
    when something it acts on was changed there."""
    try:
        return change.rebased(Replay(before, now))
    except TargetChanged:
        return None


class Step(Record):
    """A step between two saved states of a program, rows and ids and all, as a change: an undo (``start`` is
    what the edit left, ``end`` what was there before it) or a redo (the other way). Made on ``start`` it gives
    ``end`` exactly, so that deleted rows return under their ids; made on a program saved elsewhere since, it is
    made there as any edit is made again (``replayed``), on the sessions it changes, takes out or brings back
    alone: they must be there as ``start`` has them (a week it brings a session back to, or starts one in, with
    the same sessions at the same times under the same titles; a deload mark it changes as it was; weeks it
    adds or takes out, and those after them, absent or as they were), and the rest is kept as saved there."""

    start: Program
    end: Program

    def apply(self, program: Program) -> Program:
        """Weeks the step adds as ``end`` has them; of the same number of weeks, those ``program`` has after them
        (a week copied forward elsewhere) as they are there."""
        start, end, stepped = self.start, self.end, self._weeks()
        count = len(end.weeks) if len(start.weeks) != len(end.weeks) else len(program.weeks)
        return replace(program, weeks=tuple(
            end.weeks[n] if len(start.weeks) <= n < len(end.weeks) else
            _stepped(start.weeks[n], end.weeks[n], program.weeks[n]) if n in stepped else program.weeks[n]
            for n in range(count)))

    def _weeks(self) -> set[int]:
        """The weeks (of both) whose sessions, rows or deload mark the step changes."""
        start, end = self.start, self.end
        return {n for n in range(min(len(start.weeks), len(end.weeks)))
                if start.weeks[n] is not end.weeks[n] and _week_rows(start, n) != _week_rows(end, n)}

    def rebased(self, replay: Replay) -> Step:
        """``replay.before`` is ``start``: the program the step is made on."""
        start, end, now = self.start, self.end, replay.now
        if len(start.weeks) != len(end.weeks):
            if len(now.weeks) != len(start.weeks):
                raise TargetChanged
            replay.weeks(len(end.weeks), len(start.weeks))  # the weeks it takes out are as they were
        for n in self._weeks():
            kept = {s.id: _rows(s) for s in end.weeks[n].sessions}
            for index, session in enumerate(start.weeks[n].sessions):
                if kept.get(session.id) != _rows(session):
                    replay.session(n, index)
            if not kept.keys() <= {s.id for s in start.weeks[n].sessions}:
                replay.heads(n)
            if end.weeks[n].deload != start.weeks[n].deload and (
                    n >= len(now.weeks) or now.weeks[n].deload != start.weeks[n].deload):
                raise TargetChanged
        return Step(now, self.apply(now))

    def keeping(self, lived: frozenset[tuple[int, Weekday]]) -> tuple[Step, frozenset[tuple[int, Weekday]]]:
        """The step less what it would change on the ``lived`` (week, day) places, days gone or logged since it was
        last made, and the places of them it would have changed. An undo runs later than its edit: a copy made on
        Monday, undone on Thursday, wrote Wednesday's session, done against the copy, back to the old dose. A session
        on such a day in either state stays as ``start`` has it, and so does one an exercise moved to or from it
        (taken apart, the exercise would be in neither): a session moved off a day lived since stays where it is."""
        start, end = self.start, self.end
        changed = frozenset(place for place in lived if _day_rows(start, *place) != _day_rows(end, *place))
        if not changed:
            return self, frozenset()
        weeks = [_kept_week(start.weeks[n] if n < len(start.weeks) else None,
                            end.weeks[n] if n < len(end.weeks) else None,
                            frozenset(day for week, day in changed if week == n))
                 for n in range(max(len(start.weeks), len(end.weeks)))]
        while len(weeks) > len(end.weeks) and not weeks[-1].sessions:  # a week it takes out, holding nothing lived
            weeks.pop()
        while len(weeks) > len(start.weeks) and not weeks[-1].sessions and end.weeks[len(weeks) - 1].sessions:
            weeks.pop()  # a week it adds, of days lived alone: they hold nothing
        return Step(start, replace(end, weeks=tuple(weeks))), changed


def _day_rows(program: Program, week: int, day: Weekday) -> list[object]:
    """A day's sessions with the ids of their rows (none in a week the program does not have)."""
    return [_rows(s) for s in program.weeks[week].sessions if s.day == day] if week < len(program.weeks) else []


def _kept_week(start: Week | None, end: Week | None, days: frozenset[Weekday]) -> Week:
    """``end``'s week but for the sessions ``Step.keeping`` leaves as ``start`` has them: those on ``days`` in either
    week and those sharing an exercise's row with one of them; each in its place (``end``'s, else ``start``'s). A week
    with days kept keeps ``start``'s deload mark, as a copy over a deload week keeps it (_CopyOverLaterWeeks._over):
    a week partly lived as a deload was one, and one partly lived as training was not."""
    both = (*(start.sessions if start else ()), *(end.sessions if end else ()))
    rows: dict[int | None, set[int]] = {}  # a session's exercises' rows, in either week
    owners: dict[int, set[int | None]] = {}  # the sessions an exercise's row is in
    for session in both:
        for item in session.items:
            if item.id is not None:
                rows.setdefault(session.id, set()).add(item.id)
                owners.setdefault(item.id, set()).add(session.id)
    kept = {s.id for s in both if s.day in days}
    reached = list(kept)
    while reached:
        for row in rows.get(reached.pop(), ()):
            for other in owners[row] - kept:
                kept.add(other)
                reached.append(other)
    if end is None:  # a week the step takes out: what is lived in it stays
        assert start is not None
        return replace(start, sessions=tuple(s for s in start.sessions if s.id in kept))
    was = {s.id: s for s in start.sessions} if start else {}
    sessions = [was[s.id] if s.id in kept else s for s in end.sessions if s.id not in kept or s.id in was]
    for index, session in enumerate(start.sessions if start else ()):
        if session.id in kept and all(s.id != session.id for s in end.sessions):
            sessions.insert(min(index, len(sessions)), session)
    return replace(end, sessions=tuple(sessions), deload=start.deload if start and days else end.deload)


def _stepped(start: Week, end: Week, now: Week) -> Week:
    """The step from ``start`` to ``end`` made on ``now``, a week whose sessions the step changes, takes out or
    brings back are as ``start`` has them (``Step.rebased``): in ``end``'s order where the week's sessions are the
    ones ``start`` has (always so when the step brings one back), else in ``now``'s."""
    before = {s.id: _rows(s) for s in start.sessions}
    changed = {s.id: s for s in end.sessions if before.get(s.id) != _rows(s)}
    gone = before.keys() - {s.id for s in end.sessions}
    deload = end.deload if end.deload != start.deload else now.deload
    if [s.id for s in now.sessions] == [s.id for s in start.sessions]:
        present = {s.id: s for s in now.sessions}
        return Week(tuple(changed[s.id] if s.id in changed else present[s.id] for s in end.sessions), deload)
    return Week(tuple(changed.get(s.id, s) for s in now.sessions if s.id not in gone), deload)


def _with_week(program: Program, number: int, week: Week) -> Program:
    return replace(program, weeks=program.weeks[:number] + (week,) + program.weeks[number + 1:])


def _with_session(week: Week, index: int, session: Session | None) -> Week:
    """The week with session ``index`` replaced (or removed, given None)."""
    middle = () if session is None else (session,)
    return replace(week, sessions=week.sessions[:index] + middle + week.sessions[index + 1:])


def _emptied_goes(week: Week, index: int) -> Week:
    """The one rule for a session that an edit took the last exercise out of (RemoveExercise,
    MoveExercise): it goes from the week, as it has nothing left to train (Edit keeps the week
    before, so undo brings it back as it was). A session made empty on purpose (AddSession) is
    never passed here: it waits to be filled."""
    return _with_session(week, index, None) if not week.sessions[index].items else week


def _insert(items: tuple[PlannedExercise, ...], position: int | None,
            item: PlannedExercise) -> tuple[PlannedExercise, ...]:
    where = len(items) if position is None else max(0, min(position, len(items)))
    return items[:where] + (item,) + items[where:]


def _text(key: str, language: Language, **params: object) -> str:
    return messages()(f"edit.{key}", language, **params)


class SessionHead(Record):
    """A session's time and title: what a new session starts with, what editing its header changes."""

    time: time
    title: str


def new_session_head(week: Week, language: Language, day: Weekday, at: time | None = None) -> SessionHead:
    """What a session the user starts on ``day`` gets: ``at`` or the week's usual time (the
    templates' 17:30 in an empty week), and a title that reads as one with the week's.

    Where the week's own titles follow a series (a template's "Gluteus medius A" and "B", a coach's "Hip 1"
    and "Hip 2"), the next in it: "Gluteus medius C" (the first letter free: A/B sessions are variants, in
    any order of days), "Hip 3". A printed sheet read "Træning 1" among "Gluteus medius A" and "B".

    Else glueplan's own title in the user's language, keeping the week's numbered sessions ("Workout N" in
    any language) in the order of their days: the first free number above those of the sessions before it
    and below those after it, so "Workout 4" after Workout 3 on Friday, "Workout 2" on Wednesday when
    Workout 2 was deleted. Where no number fits (a Tuesday between Workout 1 on Monday and Workout 2 on
    Thursday, where the first free number was "Workout 4"), it is an "Extra workout" ("Extra workout 2"
    beside one): numbering the week again would rename the sessions after it, in this week only, apart from
    the same sessions in the other weeks and on the printed sheet; and a day's name ("Tuesday workout")
    would be wrong once the session is moved to another day."""
    usual = Counter(s.time for s in week.sessions).most_common(1)
    when = at or (usual[0][0] if usual else DEFAULT_TIME)
    own = [s for s in week.sessions if session_number(s.title, "session.default_title") is None
           and session_number(s.title, "session.extra_title") is None]
    stem, marks = _series(own)
    if marks and not marks[0].isdigit():
        letter = next((letter for letter in ascii_uppercase if letter not in marks), None)
        if letter is not None:
            return SessionHead(when, f"{stem}{letter}")
    if marks and marks[0].isdigit():
        numbered = [(s.day, s.time, int(mark)) for s, mark in zip(own, marks, strict=True)]
        fitting = _fitting_number(numbered, len(week.sessions), day, when)
        if fitting is not None:
            return SessionHead(when, f"{stem}{fitting}")
    else:
        numbered = [(s.day, s.time, number) for s in week.sessions
                    if (number := session_number(s.title, "session.default_title")) is not None]
        fitting = _fitting_number(numbered, len(week.sessions), day, when)
        if fitting is not None:
            return SessionHead(when, messages()("session.default_title", language, number=fitting))
    extras = {session_number(s.title, "session.extra_title") for s in week.sessions}
    extra = next(n for n in range(1, len(week.sessions) + 2) if n not in extras)
    return SessionHead(when, messages()("session.extra_title", language, number=extra) if extra > 1
                       else messages()("session.extra_title_first", language))


# A title in a series: the words and the space before its mark, and the mark, a capital letter or a session's number
# ("Gluteus medius A", "Hip 2"; not "Hip 2026").
_IN_SERIES = re.compile(r"(.*\S\s+)([A-Z]|[1-9]\d?)")


def _series(sessions: list[Session]) -> tuple[str, list[str]]:
    """The stem the sessions' titles share and each one's mark, all letters or all numbers; no marks when they
    follow no one series (or there are none)."""
    found = [_IN_SERIES.fullmatch(s.title) for s in sessions]
    stems = {match[1] for match in found if match is not None}
    marks = [match[2] for match in found if match is not None]
    if not found or len(marks) != len(found) or len(stems) != 1 or len({mark.isdigit() for mark in marks}) != 1:
        return "", []
    return stems.pop(), marks


def _fitting_number(numbered: list[tuple[Weekday, time, int]], sessions: int, day: Weekday, when: time) -> int | None:
    """The first number free above those of the sessions before (``day``, ``when``) and below those after it."""
    taken = {number for _day, _time, number in numbered}
    below = max((n for d, t, n in numbered if (d, t) <= (day, when)), default=0)
    above = min((n for d, t, n in numbered if (d, t) > (day, when)), default=below + sessions + 2)
    return next((n for n in range(below + 1, above) if n not in taken), None)


def _started(day: Weekday, head: SessionHead, item: PlannedExercise) -> Session:
    return Session(day, head.time, head.title, (item,))


def session_on(week: Week, day: Weekday) -> int | None:
    """The first session of the day (the one a drop onto the day joins), if any."""
    found = [i for i, s in enumerate(week.sessions) if s.day == day]
    return min(found, key=lambda i: (week.sessions[i].time, i)) if found else None


class AddExercise(Record):
    """Put an exercise into a session, or onto a day: it joins the day's session or starts one."""

    week: int
    day: Weekday
    exercise_id: str
    prescription: Prescription
    session: int | None = None
    position: int | None = None
    head: SessionHead = SessionHead(DEFAULT_TIME, "")  # of the session it starts on an empty day

    def apply(self, program: Program) -> Program:
        week = program.weeks[self.week]
        item = PlannedExercise(self.exercise_id, self.prescription)
        index = self.session if self.session is not None else session_on(week, self.day)
        if index is None:
            week = replace(week, sessions=(*week.sessions, _started(self.day, self.head, item)))
        else:
            session = week.sessions[index]
            week = _with_session(week, index, replace(session, items=_insert(session.items, self.position, item)))
        return _with_week(program, self.week, week)

    def rebased(self, replay: Replay) -> AddExercise:
        if self.session is not None:
            return replace(self, session=replay.session(self.week, self.session))
        replay.onto_day(self.week, self.day)
        return self

    def describe(self, language: Language) -> str:
        return _text("add", language)


class MoveExercise(Record):
    """Move (or with ``copy`` duplicate) an exercise to another place in the same week.

    The target is a session and a position in it, or a day (joining its session or starting one,
    at ``head``, by default the moved exercise's time with no title). A session the move empties
    goes; its only exercise moved to a day with no session takes the session along instead (its
    time and title: a new "Workout N" would rename what the user only moved). Moved to the day it is
    on (dropped onto its own day's background), it stays where it is, rather than leave its session
    (which, emptied, would go) for the day's first one: the keyboard offers no such move either.
    """

    week: int
    session: int
    index: int
    to_day: Weekday
    to_session: int | None = None
    to_position: int | None = None
    copy: bool = False
    head: SessionHead | None = None

    def apply(self, program: Program) -> Program:
        week = program.weeks[self.week]
        source = week.sessions[self.session]
        item = source.items[self.index]
        if self.to_session is None and self.to_day == source.day and not self.copy:
            return program
        if self.copy:
            item = replace(item, id=None)
        target = self.to_session if self.to_session is not None else session_on(week, self.to_day)
        if target is None and not self.copy and len(source.items) == 1:
            return _with_week(program, self.week, _with_session(week, self.session, replace(source, day=self.to_day)))
        position = self.to_position
        if not self.copy:
            remaining = source.items[:self.index] + source.items[self.index + 1:]
            week = _with_session(week, self.session, replace(source, items=remaining))
            if target == self.session and position is not None and position > self.index:
                position -= 1  # the item left a gap above its new place
        if target is None:
            head = self.head or SessionHead(source.time, "")
            week = replace(week, sessions=(*week.sessions, _started(self.to_day, head, item)))
        else:
            session = week.sessions[target]
            week = _with_session(week, target, replace(session, items=_insert(session.items, position, item)))
        if not self.copy:  # last, as the target's index counts the source in
            week = _emptied_goes(week, self.session)
        return _with_week(program, self.week, week)

    def rebased(self, replay: Replay) -> MoveExercise:
        moved = replace(self, session=replay.session(self.week, self.session))
        if self.to_session is not None:
            return replace(moved, to_session=replay.session(self.week, self.to_session))
        replay.onto_day(self.week, self.to_day)
        return moved

    def describe(self, language: Language) -> str:
        return _text("copy" if self.copy else "move", language)


class MoveSession(Record):
    """Move a whole session to another day (and time)."""

    week: int
    session: int
    day: Weekday
    at: time | None = None

    def apply(self, program: Program) -> Program:
        week = program.weeks[self.week]
        session = week.sessions[self.session]
        moved = replace(session, day=self.day, time=self.at or session.time)
        return _with_week(program, self.week, _with_session(week, self.session, moved))

    def rebased(self, replay: Replay) -> MoveSession:
        return replace(self, session=replay.session(self.week, self.session))

    def describe(self, language: Language) -> str:
        return _text("move_session", language)


class RemoveExercise(Record):
    """Take an exercise out of its session (Delete); a session left without any goes."""

    week: int
    session: int
    index: int

    def apply(self, program: Program) -> Program:
        week = program.weeks[self.week]
        session = week.sessions[self.session]
        items = session.items[:self.index] + session.items[self.index + 1:]
        week = _with_session(week, self.session, replace(session, items=items))
        return _with_week(program, self.week, _emptied_goes(week, self.session))

    def rebased(self, replay: Replay) -> RemoveExercise:
        return replace(self, session=replay.session(self.week, self.session))

    def describe(self, language: Language) -> str:
        return _text("remove", language)


class RemoveSession(Record):
    week: int
    session: int

    def apply(self, program: Program) -> Program:
        return _with_week(program, self.week, _with_session(program.weeks[self.week], self.session, None))

    def rebased(self, replay: Replay) -> RemoveSession:
        return replace(self, session=replay.session(self.week, self.session))

    def describe(self, language: Language) -> str:
        return _text("remove_session", language)


class EditPlanned(Record):
    """Change what is planned of an exercise: its prescription, load target (kg, None: none) and note."""

    week: int
    session: int
    index: int
    prescription: Prescription
    load_kg: float | None = None
    note: str = ""

    def apply(self, program: Program) -> Program:
        week = program.weeks[self.week]
        session = week.sessions[self.session]
        item = replace(session.items[self.index], prescription=self.prescription, load_kg=self.load_kg,
                       note=self.note)
        items = session.items[:self.index] + (item,) + session.items[self.index + 1:]
        return _with_week(program, self.week, _with_session(week, self.session, replace(session, items=items)))

    def rebased(self, replay: Replay) -> EditPlanned:
        return replace(self, session=replay.session(self.week, self.session))

    def describe(self, language: Language) -> str:
        return _text("prescription", language)



class EditPlannedAll(Record):
    """Several planned exercises' prescriptions changed as one edit, undone as one: a fix that takes the sets
    a week has too many of off across its exercises ("2 sets fewer: ... 3 -> 2, ... 3 -> 2")."""

    edits: tuple[EditPlanned, ...]

    def apply(self, program: Program) -> Program:
        for edit in self.edits:
            program = edit.apply(program)
        return program

    def rebased(self, replay: Replay) -> EditPlannedAll:
        return EditPlannedAll(tuple(edit.rebased(replay) for edit in self.edits))

    def describe(self, language: Language) -> str:
        return _text("prescription", language)

class AddSession(Record):
    """An empty session on a day, to fill by dragging exercises into it."""

    week: int
    day: Weekday
    head: SessionHead

    def apply(self, program: Program) -> Program:
        week = program.weeks[self.week]
        session = Session(self.day, self.head.time, self.head.title, ())
        return _with_week(program, self.week, replace(week, sessions=(*week.sessions, session)))

    def rebased(self, replay: Replay) -> AddSession:
        replay.heads(self.week)
        return self

    def describe(self, language: Language) -> str:
        return _text("add_session", language)


class EditSession(Record):
    """Change a session's time and title."""

    week: int
    session: int
    head: SessionHead

    def apply(self, program: Program) -> Program:
        week = program.weeks[self.week]
        session = replace(week.sessions[self.session], time=self.head.time, title=self.head.title)
        return _with_week(program, self.week, _with_session(week, self.session, session))

    def rebased(self, replay: Replay) -> EditSession:
        return replace(self, session=replay.session(self.week, self.session))

    def describe(self, language: Language) -> str:
        return _text("session", language)


def fresh_rows(week: Week) -> Week:
    """The week as new rows: copies must not share database ids with their originals."""
    return replace(week, sessions=tuple(
        replace(s, id=None, items=tuple(replace(i, id=None) for i in s.items)) for s in week.sessions))


class _CopyOverLaterWeeks(PartlyCompared):
    """What a copy of a week over the weeks after it shares with the other copy: ``kept``, the (week, day) places of
    history it leaves as they were (domain.past), and so the first week it writes. The Week tab judges a week lived
    done or missed against what it planned, and a copy over it turned "done" into "partly done, 9 of 12" after the
    fact."""

    week: int
    limits: Thresholds | None = None  # the trainee's rules (PER-2's numbers)
    kept: frozenset[tuple[int, Weekday]] = frozenset()  # the (week, day) places of history after ``week``

    not_compared = frozenset({"limits"})

    @property
    def first(self) -> int:
        """The first week the copy writes: the first after ``week`` that is not history all through."""
        return next(n for n in range(self.week + 1, self.week + 2 + len(self.kept))  # it holds one not all kept
                    if any((n, day) not in self.kept for day in Weekday))

    def kept_in(self, week: int) -> frozenset[Weekday]:
        """The days of ``week`` that are history."""
        return frozenset(day for day in Weekday if (week, day) in self.kept)

    def _over(self, source: Week, weeks: tuple[Week, ...], first: int) -> tuple[Week, ...]:
        """``weeks``, numbered from ``first``, with a copy of ``source`` in place of what of them is not history. A
        deload week among them stays one, made again from the copy (as MakeDeload makes it), so that it stays a
        lighter week of what is planned now: the mark is the week's place in the program, and a deload week partly
        lived was lived as one."""
        copy = replace(fresh_rows(source), deload=False)  # made once, not once a week
        deload = _deload_of(source, self.limits) if any(week.deload for week in weeks) else copy
        return tuple(_in_place_of(week, deload if week.deload else copy, self.kept_in(n))
                     for n, week in enumerate(weeks, first))


class CopyWeekForward(_CopyOverLaterWeeks):
    """Copy a week over the next one (appending a week at the end of the program), leaving the days of it that are
    history (``kept``) as they were: a week lived, all of it, is not written at all. A deload week stays one
    (_CopyOverLaterWeeks._over)."""

    @classmethod
    def ahead(cls, program: Program, week: int, past: Past, limits: Thresholds | None = None) -> CopyWeekForward:
        """The copy of ``week`` over what of the next week is not ``past`` (of one it appends too: its days gone)."""
        return cls(week, limits, past.days(program, (week + 1,)))

    def apply(self, program: Program) -> Program:
        after = self.week + 1
        if self.first > after:
            return program
        written = self._over(program.weeks[self.week], program.weeks[after:after + 1] or (Week(()),), after)
        return replace(program, weeks=program.weeks[:after] + written + program.weeks[after + 1:])

    def rebased(self, replay: Replay) -> CopyWeekForward:
        replay.weeks(self.week, self.week + 2)  # the copy and the week it replaces (or none on either side)
        return self

    def describe(self, language: Language) -> str:
        if self.kept:
            return _text("copy_week_ahead", language, week=self.week + 2)
        return _text("copy_week", language, week=self.week + 2)


class CopyWeekOnward(_CopyOverLaterWeeks):
    """Copy a week over every week after it, as a coach carries a changed session on through the
    program in one step. History stays as it was (``kept``, _CopyOverLaterWeeks): the copy begins at the first week
    not lived (``first``), and there leaves the days gone or logged alone. A deload week among them stays one
    (``_over``). Each week keeps its rows where the copy fits them (``_in_place_of``): 51 weeks' squat dosed anew
    is one UPDATE of 51 rows, not 617 statements."""

    @classmethod
    def ahead(cls, program: Program, week: int, past: Past, limits: Thresholds | None = None) -> CopyWeekOnward:
        """The copy of ``week`` over what of the weeks after it is not ``past``."""
        return cls(week, limits, past.days(program, range(week + 1, len(program.weeks))))

    def apply(self, program: Program) -> Program:
        first = self.first
        return replace(program, weeks=program.weeks[:first] + self._over(program.weeks[self.week],
                                                                         program.weeks[first:], first))

    def rebased(self, replay: Replay) -> CopyWeekOnward:
        replay.weeks(self.week, max(len(replay.before.weeks), len(replay.now.weeks)))
        return self

    def describe(self, language: Language) -> str:
        if self.kept:
            return _text("copy_week_onward_ahead", language, week=self.week + 1, first=self.first + 1)
        return _text("copy_week_onward", language, week=self.week + 1)


def _in_place_of(old: Week, new: Week, kept: frozenset[Weekday] = frozenset()) -> Week:
    """``new`` (rows without ids) in the place of ``old``, but for the sessions of the ``kept`` days (history),
    which stay as they were: ``old`` itself where it holds the same already, else each session of the copy in
    the row and the place of the one at its place among those it replaces (any more after them), so that a copy
    over a week writes only what it changes. The week keeps its order: with the kept days put first (Mon, Fri, Wed),
    a copy that changed nothing was a write and an undo step."""
    written = iter([s for s in new.sessions if s.day not in kept])
    sessions: list[Session] = []
    for session in old.sessions:
        if session.day in kept:
            sessions.append(session)
        elif (copied := next(written, None)) is not None:
            sessions.append(_session_in_place_of(session, copied))
    placed = replace(new, sessions=(*sessions, *written))
    return old if placed == old else placed


def _session_in_place_of(old: Session, new: Session) -> Session:
    """``new`` in ``old``'s row, each exercise in the row of ``old``'s at its place when it is the same exercise:
    a set logged against it stays linked to it, as after an edit of its dose."""
    return replace(new, id=old.id, items=tuple(
        replace(item, id=old.items[j].id) if j < len(old.items) and old.items[j].exercise_id == item.exercise_id
        else item for j, item in enumerate(new.items)))


def _deload_of(source: Week, limits: Thresholds | None) -> Week:
    """A deload built from ``source`` as new rows, by the one definition of a deload week (PER-2's numbers
    in the rules; without the trainee's, the rules' own level's, as ``validate`` judges)."""
    return deload_week(fresh_rows(source), limits or builtin_thresholds()[Level.INTERMEDIATE])


class MakeDeload(PartlyCompared):
    """Turn a week into a deload built from the training week before it, the one the rules judge a deload
    against (a deload week between is passed over: built from it, a deload was one of a deload, RIR +4); without
    one, from the week before it (the first week: from itself)."""

    week: int
    limits: Thresholds | None = None  # the trainee's rules (PER-2's numbers)

    not_compared = frozenset({"limits"})

    def apply(self, program: Program) -> Program:
        training = [week for week in program.weeks[:self.week] if not week.deload]
        source = training[-1] if training else program.weeks[max(0, self.week - 1)]
        return _with_week(program, self.week, _deload_of(source, self.limits))

    def rebased(self, replay: Replay) -> MakeDeload:
        replay.weeks(0, self.week + 1)  # the week, and those before it that it is built from
        return self

    def describe(self, language: Language) -> str:
        return _text("deload", language, week=self.week + 1)
