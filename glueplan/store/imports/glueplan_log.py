"""glueplan's own training log as CSV (store/formats/csv_export.py, log_csv), read back: one
trainee's sets, to move a lifter's log to another trainee or another database.

A row is one set as it was logged: its moment (to the second where the log has seconds), the
exercise by its id (mapped exactly where the catalogue has it; its name, in the language it was
exported in, for the rest), the load as typed in its unit (``weight`` and ``unit``; a file of an
older glueplan has only ``weight_kg``), RIR, note, warm-up, side and the set's identity (read into
the trainee it came from, the file adds nothing; a file without one: its moment, exercise id and
place among the sets of that moment). The day's note each row carries (a day of a note and no set has a row
of its own) is not read: the JSON backup brings the day notes back. The file holds every trainee exported: the
one asked for by name (as written, else as trainees' names are compared) is read, else the one with most sets.

The format has no trainee id: a row is the trainee's whose name it writes, exactly, so that names
told apart by case or by the language of a name glueplan gave ("Me" and a "Mig" typed before schema
0012) are read apart. A name written for two people cannot be told apart and is read as one
trainee's: only an export of every trainee (glueplan's before it exported the one shown) of a
database from before 0011 holds such twins, as names are unique case and language aside since.

The form for a spreadsheet (csv_export.py) is read the same way: its delimiter is sniffed
(detection.py), its column names and words (ja, venstre) are known in every language, whichever
the window speaks, and its decimal commas read as every import reads them (csv_table.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, time
from functools import cache
from typing import TypeVar

from glueplan.domain import limits
from glueplan.domain.catalog import builtin_catalog
from glueplan.domain.import_mapping import fold
from glueplan.domain.language import Language
from glueplan.domain.log import Side, to_kg
from glueplan.domain.messages import messages
from glueplan.domain.trainee import Units
from glueplan.store.formats.csv_export import (
    LOG_HEADER,
    SIDE_WORDS,
    SIDE_WORDS_BEFORE,
    WARM_UP_WORDS,
    column_name,
    spreadsheet_text,
)
from glueplan.store.imports.csv_table import Table, iso_moment
from glueplan.store.imports.record import FileTrainee, Format, ParsedHistory, SetCollector, whose_sets
from glueplan.store.schema import LoggedSetRow

T = TypeVar("T")
REQUIRED = ("trainee", "date", "time", "exercise_id", "weight_kg", "reps")
MAX_IDENTITY = LoggedSetRow.__table__.c.import_key.type.length  # what the log holds of one


@cache
def _column_names() -> dict[str, tuple[str, ...]]:
    """Each column of LOG_HEADER by its names: glueplan's own, then the spreadsheet form's in each language."""
    return {column: (column, *(column_name(column, language) for language in Language)) for column in LOG_HEADER}


def _words(keys: Mapping[T, str], own: Mapping[str, T]) -> dict[str, T]:
    """Each value by its word in glueplan's own form (``own``) and in every language, casefolded."""
    spoken = {messages()(key, language).casefold(): value for value, key in keys.items() for language in Language}
    return {**own, **spoken}


@cache
def _warm_ups() -> dict[str, bool]:
    return _words(WARM_UP_WORDS, {"yes": True, "no": False, "": False})


@cache
def _sides() -> dict[str, Side]:
    return _words(SIDE_WORDS, {"": Side.BOTH, **{side.value: side for side in Side}}) | _words(SIDE_WORDS_BEFORE, {})


def recognises(header: list[str]) -> bool:
    names = {name.casefold() for name in header}
    return all(any(name.casefold() in names for name in _column_names()[column]) for column in REQUIRED)


def read(table: Table, trainee: str | None, language: Language = Language.EN) -> ParsedHistory:
    """The sets of the file's trainee called ``trainee`` (else of the one with most sets), a
    built-in exercise named in ``language``."""
    columns = {name: table.column(*_column_names()[name]) for name in LOG_HEADER}
    built_in = builtin_catalog().exercises
    found: dict[str, SetCollector] = {}  # by the trainee's name, in the file's order
    ids: dict[str, str] = {}
    identities: set[tuple[str, str]] = set()  # (trainee, identity): each set once
    width = len(table.header)

    def cell(row: list[str], name: str) -> str:
        column = columns[name]
        return "" if column is None else spreadsheet_text(row[column])

    def named(name: str) -> str:
        """Column ``name`` as the file's header names it ("Vægt (kg)" for weight_kg), for a problem."""
        column = columns[name]
        return name if column is None else table.header[column]

    def bad(line: int, row: list[str], name: str) -> None:
        """A cell of column ``name`` that holds no value it can."""
        table.problem(line, "import.bad_value", column=named(name), value=cell(row, name)[:40])

    for line, row in table.rows():
        if len(row) != width:
            table.problem(line, "import.wrong_width", found=len(row), expected=width)
            continue
        if not (cell(row, "exercise_id") + cell(row, "exercise")).strip() and cell(row, "day_note").strip():
            continue  # a day's note on a day of no set: the sets are what is read
        when = table.moment(line, f"{cell(row, 'date').strip()} {cell(row, 'time').strip()}", iso_moment)
        exercise_id = cell(row, "exercise_id").strip()
        name = built_in[exercise_id].name[language] if exercise_id in built_in else \
            table.exercise(line, cell(row, "exercise") or exercise_id)
        kg = table.weight(line, cell(row, "weight_kg"))
        load, unit = kg, Units.KG
        if cell(row, "unit").strip():
            typed, typed_unit = table.weight(line, cell(row, "weight")), table.unit(line, cell(row, "unit"))
            if typed_unit is not None and round(to_kg(typed, typed_unit), 3) == round(kg, 3):  # as log_csv wrote
                load, unit = typed, typed_unit
            elif typed_unit is not None:
                table.problem(line, "import.weights_disagree", kg_column=named("weight_kg"),  # as the file writes them
                              kg=cell(row, "weight_kg").strip()[:40], column=named("weight"),
                              value=cell(row, "weight").strip()[:40], unit=typed_unit.value)
        count = table.reps(line, cell(row, "reps"))
        rir = _rir(table, line, cell(row, "rir"))
        warm_up = _warm_ups().get(cell(row, "warm_up").strip().casefold())
        if warm_up is None:
            bad(line, row, "warm_up")
        owner, identity = cell(row, "trainee"), cell(row, "set_identity").strip()
        if len(identity) > MAX_IDENTITY or (owner, identity) in identities:  # edited by hand
            bad(line, row, "set_identity")
        elif identity:
            identities.add((owner, identity))
        side = _sides().get(cell(row, "side").strip().casefold())
        if side is None:
            bad(line, row, "side")
        if when is None or name is None or warm_up is None or side is None:
            continue
        collector = found.get(owner) or found.setdefault(owner, SetCollector(Format.GLUEPLAN))
        if exercise_id:
            ids[fold(name)] = exercise_id
        collector.add(line, datetime.combine(when.date(), time()), name, load, unit, count, rir, warm_up,
                      cell(row, "note"), at=when, side=side, exercise_id=exercise_id or None,
                      identity=identity or None)
    table.finish()
    trainees = tuple(FileTrainee(name, len(collector.sets)) for name, collector in found.items())
    chosen = whose_sets(trainees, trainee)
    if chosen is None:
        return ParsedHistory(Format.GLUEPLAN, (), frozenset(), 0)
    parsed = found[chosen.name].result()
    return ParsedHistory(parsed.format, parsed.sets, parsed.units, parsed.without_reps, exercise_ids=ids,
                         trainee=chosen.name, trainees=trainees)


def _rir(table: Table, line: int, text: str) -> int | None:
    """Reps in reserve as the log writes them (a whole number 0-10); None when not given."""
    value = table.number(line, text, "import.bad_rir")
    if value is not None and (value != int(value) or value not in limits.RIR):
        table.problem(line, "import.bad_rir", value=text.strip()[:40])
        return None
    return None if value is None else int(value)
