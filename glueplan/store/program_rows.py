"""A program's step from one state to the next, written as the rows that differ.

Sessions and planned exercises are matched by id: a row without an id is new, a row whose
id the step dropped is deleted, and a row that returns with an id the database no longer
holds (an undone deletion) is inserted under that id, so what pointed at it points at it again
(unless another row took the id meanwhile: then it comes back under a new one).
Sets logged against a deleted planned exercise lose their link (ON DELETE SET NULL); the step
returns the links it cut (each set known by its identity, not its id), and the step back takes
them to link those sets again.
The caller vouches that ``before`` is what is stored (the program's version says so).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from typing import Any

from msgspec.structs import replace
from sqlalchemy import Select, bindparam, delete, insert, select, update
from sqlalchemy.orm import Session as OrmSession

from glueplan.domain.plan import PlannedExercise, Program, Session
from glueplan.store.schema import LoggedSetRow, PlannedExerciseRow, PlannedSessionRow, ProgramWeekRow
from glueplan.store.taken_ids import taken

Values = dict[str, Any]
ALL_COLUMNS = {"render_nulls": True}  # rows with and without NULLs in one statement
Place = tuple[int, ...]  # (week, session) or (week, session, exercise), all counted from 0


# A logged set (its trainee and identity, glueplan/store/set_identity.py) -> the planned exercise it was
# logged against. Not its id: a set deleted and brought back may be under a new one (another window
# brought it back first).
Links = dict[tuple[int, str], int]


def write_program_rows(orm: OrmSession, program_id: int, before: Program, after: Program,
                       relink: Mapping[tuple[int, str], int] | None = None) -> tuple[Program, Links]:
    """Make the stored weeks, sessions and exercises go from ``before`` to ``after``; returns
    ``after`` with the ids the new rows got, and the links to logged sets that the deleted
    exercises cut. ``relink`` (the links an earlier step cut) links those sets again once their
    exercises are back. Order matters for the foreign keys: new weeks and sessions first, then
    exercises (moved out of sessions that are about to go), deletions last.

    Only weeks that are not the very same object on both sides are compared: an edit keeps
    every week it does not touch, so a drop costs the same in a 12- or a 52-week program.
    """
    touched = [n for n in range(max(len(before.weeks), len(after.weeks)))
               if n >= min(len(before.weeks), len(after.weeks)) or before.weeks[n] is not after.weeks[n]]
    _write_weeks(orm, program_id, before, after)
    old_sessions = {s.id: _session_values(program_id, week, position, s)
                    for week, position, s in _sessions(before, touched)}
    session_ids, _moved = _write(orm, PlannedSessionRow, old_sessions, [
        ((week, position), s.id, _session_values(program_id, week, position, s))
        for week, position, s in _sessions(after, touched)])
    old_items = {item.id: _item_values(s.id, position, item)
                 for _week, _index, s in _sessions(before, touched) for position, item in enumerate(s.items)}
    item_ids, moved = _write(orm, PlannedExerciseRow, old_items, [
        ((week, index, position), item.id, _item_values(session_ids[week, index], position, item))
        for week, index, s in _sessions(after, touched) for position, item in enumerate(s.items)])
    if relink:
        _relink(orm, {key: moved.get(planned, planned) for key, planned in relink.items()} if moved else relink)
    gone = set(old_items) - set(item_ids.values())
    cut = links_to(orm, gone)
    _delete(orm, PlannedExerciseRow, gone)
    _delete(orm, PlannedSessionRow, set(old_sessions) - set(session_ids.values()))
    if len(after.weeks) < len(before.weeks):
        orm.execute(delete(ProgramWeekRow).where(ProgramWeekRow.program_id == program_id,
                                                 ProgramWeekRow.number > len(after.weeks)))
    weeks = list(after.weeks)
    for w in (w for w in touched if w < len(after.weeks)):
        weeks[w] = replace(weeks[w], sessions=tuple(
            replace(s, id=session_ids[w, i], items=tuple(replace(item, id=item_ids[w, i, p])
                                                         for p, item in enumerate(s.items)))
            for i, s in enumerate(weeks[w].sessions)))
    return replace(after, weeks=tuple(weeks)), cut


def _sessions(program: Program, weeks: list[int]) -> list[tuple[int, int, Session]]:
    return [(w, i, s) for w in weeks if w < len(program.weeks) for i, s in enumerate(program.weeks[w].sessions)]


def _write_weeks(orm: OrmSession, program_id: int, before: Program, after: Program) -> None:
    added = [{"program_id": program_id, "number": n + 1, "deload": week.deload}
             for n, week in enumerate(after.weeks) if n >= len(before.weeks)]
    changed = [{"program_id": program_id, "number": n + 1, "deload": week.deload}
               for n, (old, week) in enumerate(zip(before.weeks, after.weeks)) if old.deload != week.deload]
    if added:
        orm.execute(insert(ProgramWeekRow), added)
    if changed:
        orm.execute(update(ProgramWeekRow), changed)


def _write(orm: OrmSession, table: type[PlannedSessionRow | PlannedExerciseRow], old: dict[int | None, Values],
           new: Sequence[tuple[Place, int | None, Values]]) -> tuple[dict[Place, int], dict[int, int]]:
    """Insert, restore or update the rows of one table; returns the id at each place, and the old
    id -> new id of the rows restored under a new id.

    A row restored (an undone deletion, a redone addition) whose id is taken, because another
    window brought the same row back first, comes back under a new id beside it.
    Each kind is one statement (an executemany) however many rows it holds.
    """
    ids = {place: row_id for place, row_id, _values in new if row_id is not None}
    fresh = [(place, values) for place, row_id, values in new if row_id is None]
    restored = [(place, row_id, values) for place, row_id, values in new if row_id is not None and row_id not in old]
    changed = [values | {"id": row_id} for _place, row_id, values in new
               if row_id is not None and row_id in old and old[row_id] != values]
    others = taken(orm, table.id, [row_id for _place, row_id, _values in restored])
    if restored:
        kept = [values | {"id": row_id} for _place, row_id, values in restored if row_id not in others]
        if kept:
            orm.execute(insert(table), kept, execution_options=ALL_COLUMNS)
    moved_from = {place: row_id for place, row_id, _values in restored if row_id in others}
    fresh += [(place, values) for place, row_id, values in restored if row_id in others]
    if fresh:
        result = orm.execute(insert(table).returning(table.id, sort_by_parameter_order=True),
                             [values for _place, values in fresh], execution_options=ALL_COLUMNS)
        ids.update(zip((place for place, _values in fresh), result.scalars()))
    if changed:
        orm.execute(update(table), changed)
    return ids, {row_id: ids[place] for place, row_id in moved_from.items()}


def links_to(orm: OrmSession, planned: Collection[int | None] | Select[tuple[int]]) -> Links:
    """The sets logged against the planned exercises ``planned`` (their ids, or a query of them),
    with the exercise each is linked to: what deleting those exercises cuts."""
    if isinstance(planned, Collection) and not planned:
        return {}
    return {(trainee_id, key): link for trainee_id, key, link in orm.execute(
        select(LoggedSetRow.trainee_id, LoggedSetRow.import_key, LoggedSetRow.planned_exercise_id)
        .where(LoggedSetRow.planned_exercise_id.in_(planned)))}


def _relink(orm: OrmSession, links: Mapping[tuple[int, str], int]) -> None:
    """Link sets again to the exercises they were logged against, each found by its identity. A
    set deleted since, or one linked to something else meanwhile, is left as it is."""
    statement = (update(LoggedSetRow.__table__)
                 .where(LoggedSetRow.trainee_id == bindparam("trainee"), LoggedSetRow.import_key == bindparam("key"),
                        LoggedSetRow.planned_exercise_id.is_(None))
                 .values(planned_exercise_id=bindparam("planned")))
    orm.connection().execute(statement, [{"trainee": trainee, "key": key, "planned": planned}
                                         for (trainee, key), planned in links.items()])


def _delete(orm: OrmSession, table: type[PlannedSessionRow | PlannedExerciseRow], gone: set[int | None]) -> None:
    if gone:
        orm.execute(delete(table).where(table.id.in_(gone)))


def _session_values(program_id: int, week: int, position: int, s: Session) -> Values:
    return {"program_id": program_id, "week": week + 1, "position": position, "weekday": int(s.day),
            "time_of_day": s.time, "title": s.title}


def _item_values(session_id: int | None, position: int, item: PlannedExercise) -> Values:
    p = item.prescription
    return {"session_id": session_id, "position": position, "exercise_id": item.exercise_id, "sets": p.sets,
            "reps_min": p.reps.low, "reps_max": p.reps.high, "rir": p.rir, "rest_s": p.rest_s,
            "load_kg": item.load_kg, "note": item.note}
