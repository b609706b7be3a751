"""FitNotes' CSV export: ``Date,Exercise,Category,Weight (kgs),Reps,Distance,Distance Unit,Time``,
or ``Weight (lbs)``, or ``Weight`` with a ``Weight Unit`` column, with or without ``Comment``;
dates as ``2025-12-23`` or in the phone's own form (``23/12/2025``, ``12/23/2025``, ``23.12.2025``).

FitNotes writes names with commas unquoted ("Overhead Press (Each Side, Dumbbells)"), so such a
row has more fields than the header: the known columns around the name (or around the comment,
the other free text) are kept in place and the spare fields joined back into it. FitNotes keeps
no time of day, so a day's sets are one workout at noon.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from functools import lru_cache

from glueplan.store.imports.csv_table import WEIGHT_HEADERS, Table
from glueplan.store.imports.record import Format, ParsedHistory, SetCollector

NOON = 12
_LOCAL_DATE = re.compile(r"(\d{1,2})[./-](\d{1,2})[./-](\d{4})\Z")
_NUMBER_OR_EMPTY = re.compile(r"\s*([+-]?[0-9]+(?:[.,][0-9]+)?)?\s*\Z")


def recognises(header: list[str]) -> bool:
    names = {name.casefold() for name in header}
    return {"date", "exercise", "category", "reps"} <= names and bool(names & {*WEIGHT_HEADERS, "weight"})


@lru_cache(maxsize=8192)
def _iso_day(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text).replace(hour=NOON, minute=0, second=0, microsecond=0)
    except ValueError:
        return None


def _day_reader(texts: set[str]) -> Callable[[str], datetime | None]:
    """A reader of the file's dates: day first (23/12/2025) unless its dates show the month first
    (12/23/2025: no first part above 12, a second part above 12)."""
    parts = [match.groups() for match in map(_LOCAL_DATE.match, texts) if match]
    day_first = any(int(first) > 12 for first, _second, _year in parts) or \
        not any(int(second) > 12 for _first, second, _year in parts)

    @lru_cache(maxsize=8192)
    def parse(text: str) -> datetime | None:
        match = _LOCAL_DATE.match(text)
        if match is None:
            return _iso_day(text)
        day, month = (int(match[1]), int(match[2])) if day_first else (int(match[2]), int(match[1]))
        try:
            return datetime(int(match[3]), month, day, NOON)
        except ValueError:
            return None

    return parse


def read(table: Table) -> ParsedHistory:
    found = SetCollector(Format.FITNOTES)
    date, exercise, reps = (table.column(name) for name in ("Date", "Exercise", "Reps"))
    weight, header_unit = table.weight_column()
    unit_column, comment = table.column("Weight Unit"), table.column("Comment")
    assert date is not None and exercise is not None and reps is not None and weight is not None
    width = len(table.header)
    rows = []
    for line, row in table.rows():
        if len(row) > width:
            row = _recovered(row, width, weight, reps, [exercise, *([comment] if comment is not None else [])])
        if len(row) != width:
            table.problem(line, "import.wrong_width", found=len(row), expected=width)
            continue
        rows.append((line, row))
    day = _day_reader({row[date].strip() for _line, row in rows})
    for line, row in rows:
        unit = header_unit if unit_column is None else table.unit(line, row[unit_column])
        when = table.moment(line, row[date], day)
        name = table.exercise(line, row[exercise])
        load = table.weight(line, row[weight])
        count = table.reps(line, row[reps])
        if when is None or name is None:
            continue
        note = row[comment].strip() if comment is not None else ""
        found.add(line, when, name, load, unit, count, None, False, note)
    table.finish()
    return found.result()


def _recovered(row: list[str], width: int, weight: int, reps: int, free: list[int]) -> list[str]:
    """The row with its spare fields joined back into the first free-text column where that
    leaves numbers in the weight and reps columns; the row as it was if none does."""
    spare = len(row) - width
    for column in free:
        joined = [*row[:column], ",".join(row[column:column + spare + 1]), *row[column + spare + 1:]]
        if _NUMBER_OR_EMPTY.match(joined[weight]) and _NUMBER_OR_EMPTY.match(joined[reps]):
            return joined
    return row
