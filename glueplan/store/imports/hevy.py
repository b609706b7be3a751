"""Hevy's CSV export: one row per set, ``weight_kg`` or ``weight_lbs`` (and ``distance_km`` or
``distance_miles``, either with either), times like ``9 Apr 2026, 17:18``, ``set_index`` from 0,
``set_type`` normal / warmup / failure / dropset, notes with a literal backslash-n for a line
break, and ``superset_id`` (left aside, as are distances and durations)."""

from __future__ import annotations

import re
from datetime import datetime
from functools import lru_cache

from glueplan.domain.trainee import Units
from glueplan.store.imports.csv_table import Table
from glueplan.store.imports.record import Format, ParsedHistory, SetCollector

SET_TYPES = {"normal": False, "warmup": True, "failure": False, "dropset": False, "": False}
_MONTHS = {name: number for number, name in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}
_WRITTEN = re.compile(r"(\d{1,2}) ([A-Za-z]{3})[a-z]* (\d{4}),? (\d{1,2}):(\d{2})(?::(\d{2}))?\Z")


def recognises(header: list[str]) -> bool:
    names = {name.casefold() for name in header}
    return {"exercise_title", "start_time", "reps"} <= names and bool(names & {"weight_kg", "weight_lbs"})


@lru_cache(maxsize=8192)
def _when(text: str) -> datetime | None:
    """``9 Apr 2026, 17:18`` (English month names whatever the phone's language), or ISO."""
    match = _WRITTEN.match(text)
    try:
        if match is None:
            return datetime.fromisoformat(text)
        day, month, year, hour, minute, second = match.groups()
        return datetime(int(year), _MONTHS[month.casefold()], int(day), int(hour), int(minute), int(second or 0))
    except (ValueError, KeyError):
        return None


def read(table: Table) -> ParsedHistory:
    found = SetCollector(Format.HEVY)
    start, exercise, reps = (table.column(name) for name in ("start_time", "exercise_title", "reps"))
    kilograms = table.column("weight_kg")
    weight = kilograms if kilograms is not None else table.column("weight_lbs")
    unit = Units.KG if kilograms is not None else Units.LB
    set_type, rpe, notes = table.column("set_type"), table.column("rpe"), table.column("exercise_notes")
    assert start is not None and exercise is not None and reps is not None and weight is not None
    width = len(table.header)
    noted: set[tuple[datetime, str]] = set()  # the exercise's notes go with its first set of a workout
    for line, row in table.rows():
        if len(row) != width:
            table.problem(line, "import.wrong_width", found=len(row), expected=width)
            continue
        kind = row[set_type].strip().casefold() if set_type is not None else ""
        if kind not in SET_TYPES:
            table.problem(line, "import.bad_set_order", value=kind[:40])
            continue
        when = table.moment(line, row[start], _when)
        name = table.exercise(line, row[exercise])
        load = table.weight(line, row[weight])
        count = table.reps(line, row[reps])
        rir = table.rir_from_rpe(line, row[rpe]) if rpe is not None else None
        if when is None or name is None:
            continue
        note = ""
        if notes is not None and (when, name) not in noted:
            noted.add((when, name))
            note = row[notes].replace("\\n", "\n").strip()
        found.add(line, when, name, load, unit, count, rir, SET_TYPES[kind], note)
    table.finish()
    return found.result()
