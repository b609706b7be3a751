"""The JSON plan format: what templates are written in and what the app imports and exports.

    {"level": "intermediate", "session_minutes": 45,
     "sessions": [{"day": "mon", "time": "18:00", "title": "Workout 1",
                   "items": [{"exercise": "back_squat", "sets": 3, "reps": [8, 10],
                              "rir": 2, "rest_s": 180}]}]}

``"weeks": [{"sessions": [...], "deload": true}, ...]`` may replace ``"sessions"``.
``level`` and ``session_minutes`` (the planner's request: what the rules judge the plan by) are
optional; without them the plan is judged for the trainee's own settings.
An item's omitted prescription fields take the exercise's defaults; a title may be text
or a table of the three languages (templates use that).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import time
from typing import Any

from msgspec.structs import replace

from glueplan.domain import limits
from glueplan.domain.catalog import Catalog, Prescription, read_rep_range
from glueplan.domain.language import Language
from glueplan.domain.plan import PlannedExercise, Program, Session, Week, Weekday
from glueplan.domain.trainee import Level, Trainee
from glueplan.domain.validation import DataError, Fields
from glueplan.domain.record import Record

_TIME = re.compile(r"([01]?\d|2[0-3]):([0-5]\d)\Z")
_ITEM_FIELDS = {"exercise", "sets", "reps", "rir", "rest_s", "load_kg", "note"}
_SESSION_FIELDS = {"day", "time", "title", "items"}
MAX_LOAD_KG = 1000.0


class PlanDocument(Record):
    level: Level | None
    program: Program
    session_minutes: int | None = None

    def judged_for(self, trainee: Trainee) -> Trainee:
        """The trainee with the level and session budget this file names, each kept when not named."""
        return replace(trainee, level=self.level or trainee.level,
                       session_minutes=self.session_minutes or trainee.session_minutes)


def read_plan(data: Any, file: str, catalog: Catalog, language: Language) -> PlanDocument:
    """Validate a parsed plan file; DataError names the week, session, item and field.

    ``description`` and ``source`` are allowed and ignored, so a template is a plan file too.
    """
    document = Fields(data, file)
    document.reject_unknown({"level", "session_minutes", "name", "description", "source", "sessions", "weeks"})
    level = document.choice("level", Level) if document.has("level") else None
    session_minutes = (document.integer("session_minutes", *limits.SESSION_MINUTES)
                       if document.has("session_minutes") else None)
    if document.has("sessions") == document.has("weeks"):
        raise DataError(file, "needs either 'sessions' (one week) or 'weeks' (a program), not both or neither")
    if document.has("sessions"):
        weeks = (Week(_read_sessions(document, catalog, language)),)
    else:
        weeks = tuple(
            Week(_read_sessions(week, catalog, language), week.boolean("deload", False))
            for week in _checked(document.tables("weeks"), {"sessions", "deload"})
        )
    name = _text_in(document, "name", language) if document.has("name") else ""
    return PlanDocument(level, Program(name=name, weeks=weeks), session_minutes)


def _checked(tables: Iterable[Fields], allowed: set[str]) -> Iterator[Fields]:
    """The tables, each refusing keys outside ``allowed`` (a misspelt key must not pass silently)."""
    for table in tables:
        table.reject_unknown(allowed)
        yield table


def _read_sessions(fields: Fields, catalog: Catalog, language: Language) -> tuple[Session, ...]:
    sessions = []
    for session in _checked(fields.tables("sessions", allow_empty=True), _SESSION_FIELDS):
        code = session.text("day").lower()
        try:
            day = Weekday.from_code(code)
        except KeyError:
            raise session.error("day", f"must be one of mon, tue, wed, thu, fri, sat, sun, found {code!r}") from None
        clock = session.text("time", default="18:00")
        match = _TIME.match(clock)
        if not match:
            raise session.error("time", f"must be a time of day as HH:MM, found {clock!r}")
        title = _text_in(session, "title", language) if session.has("title") else ""
        items = tuple(_read_item(item, catalog, language) for item in
                      _checked(session.tables("items", allow_empty=True), _ITEM_FIELDS))
        sessions.append(Session(day, time(int(match[1]), int(match[2])), title, items))
    return tuple(sessions)


def _read_item(item: Fields, catalog: Catalog, language: Language) -> PlannedExercise:
    exercise_id = item.text("exercise")
    if exercise_id not in catalog.exercises:
        raise item.error("exercise", f"unknown exercise id {exercise_id!r}")
    default = catalog.exercise(exercise_id).prescription
    prescription = Prescription(
        sets=item.integer("sets", *limits.SETS, default=default.sets),
        reps=read_rep_range(item, "reps") if item.has("reps") else default.reps,
        rir=item.integer("rir", *limits.RIR, default=default.rir),
        rest_s=item.integer("rest_s", *limits.REST_S, default=default.rest_s),
    )
    load = item.number("load_kg", 0, MAX_LOAD_KG) if item.has("load_kg") else None
    note = _text_in(item, "note", language) if item.has("note") else ""
    return PlannedExercise(exercise_id, prescription, load, note)


def _text_in(fields: Fields, field: str, language: Language) -> str:
    """Plain text, or a table of the three languages of which one is taken."""
    if isinstance(fields.raw(field), dict):
        return fields.localized_text(field)[language]
    return fields.text(field)


def plan_to_data(program: Program, level: Level | None = None, session_minutes: int | None = None) -> dict[str, Any]:
    """The JSON-ready form of a program, readable again by read_plan."""
    data: dict[str, Any] = {}
    if level is not None:
        data["level"] = level.value
    if session_minutes is not None:
        data["session_minutes"] = session_minutes
    if program.name:
        data["name"] = program.name
    data["weeks"] = [
        {"deload": week.deload, "sessions": [_session_to_data(session) for session in week.sessions]}
        for week in program.weeks
    ]
    return data


def named_exercises(data: Any) -> set[str]:
    """The exercise ids a plan's data names, read without the catalogue: one it no longer holds
    is named too (an own template's plan may outlive an exercise taken out since)."""
    weeks = data.get("weeks", [data]) if isinstance(data, dict) else []
    sessions = [session for week in weeks if isinstance(week, dict) for session in week.get("sessions", [])]
    items = [item for session in sessions if isinstance(session, dict) for item in session.get("items", [])]
    return {item["exercise"] for item in items if isinstance(item, dict) and isinstance(item.get("exercise"), str)}


def _session_to_data(session: Session) -> dict[str, Any]:
    items = []
    for item in session.items:
        p = item.prescription
        entry: dict[str, Any] = {"exercise": item.exercise_id, "sets": p.sets,
                                 "reps": [p.reps.low, p.reps.high], "rir": p.rir, "rest_s": p.rest_s}
        if item.load_kg is not None:
            entry["load_kg"] = item.load_kg
        if item.note:
            entry["note"] = item.note
        items.append(entry)
    data: dict[str, Any] = {"day": session.day.code, "time": session.time.strftime("%H:%M")}
    if session.title:
        data["title"] = session.title
    data["items"] = items
    return data
