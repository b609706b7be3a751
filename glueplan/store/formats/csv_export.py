"""The log and the plans as CSV files that are safe to open in a spreadsheet.

A spreadsheet runs a cell that begins with = + - or @ as a formula (and some treat a leading
tab or carriage return the same way), so an exercise named "=HYPERLINK(...)" could run when the
file is opened. Every text cell the user wrote is neutralised with a leading apostrophe, as
OWASP recommends; numbers and dates are written by glueplan and left as they are.

The log comes in two forms with the same columns. glueplan's own (``log_csv``) is the same in every
language: commas, a decimal point, its column names and values in English, as other programs read
a CSV file. The one for a spreadsheet (``log_csv(..., for_spreadsheet=True)``) is written as a
spreadsheet set up for the language reads it: in Danish and Bokmål semicolons and a decimal comma
("62,5"; with commas the file opened as one column, and "62.5" could become a date), the column names
and the words (yes, left, each side) in the language. glueplan reads both back (imports/glueplan_log.py).
Dates and times stay ISO (2026-03-05, 17:30:00, each time to the second, as a column of one form reads): every
spreadsheet reads them as dates and times.
Both start with a byte-order mark: without it Excel reads UTF-8 as the Windows code page ("Ã¦" for "æ").
The plans for a spreadsheet (``plans_csv(..., for_spreadsheet=True)``, which File > Export… writes) and the
Charts page's data (ui/charts) are written the same way (``spreadsheet_csv``): the list separator, the decimal
sign and the column names of the language ("Uge", "Målbelastning (kg)"; they were glueplan's English names in a
Danish file), one name for a column they share with the log (``column_name``). glueplan reads neither back.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from datetime import date
from operator import itemgetter

from glueplan.domain.catalog import Catalog, Laterality
from glueplan.domain.default_names import in_language, program_in_language
from glueplan.domain.language import Language, decimal
from glueplan.domain.log import LoggedSet, Side, as_typed
from glueplan.domain.messages import messages
from glueplan.domain.trainee import Trainee
from glueplan.store.repository import Repository

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# What the lifter entered, in the order of LoggedSet; the date and the plan link are written apart.
LOG_FIELDS = [name for name in LoggedSet.__struct_fields__ if name not in ("performed_at", "planned_exercise_id")]
# After those, the load as it was typed (weight_kg is to the gram: 140 lb is 63.503 there), and the
# set's identity, by which reading the file back adds no set twice (store/set_identity.py). Beside the set's
# note, its day's (the Log's "Note on the day"), on each set of the day: a row is read alone, sorted or filtered.
LOG_HEADER = ["trainee", "date", "time", "exercise", *LOG_FIELDS, "weight", "unit", "set_identity"]
LOG_HEADER.insert(LOG_HEADER.index("note") + 1, "day_note")
# The words of the spreadsheet form (messages.toml) for a warm-up or not, and for the sides: a one-sided exercise
# done on each side in the app's words ("hver side"; a two-sided lift has no side, its cell is empty), and the
# word of the files written before ("begge"), read still.
WARM_UP_WORDS = {True: "csv.yes", False: "csv.no"}
SIDE_WORDS = {Side.BOTH: "csv.side.each", Side.LEFT: "csv.side.left", Side.RIGHT: "csv.side.right"}
SIDE_WORDS_BEFORE = {Side.BOTH: "csv.side.both"}
PLAN_HEADER = ["trainee", "program", "week", "date", "weekday", "time", "session", "position", "exercise_id",
               "exercise", "sets", "reps_min", "reps_max", "rir", "rest_s", "load_kg", "note"]
CHART_HEADER = ["series", "date", "value"]  # the Charts page's data: one row per series and date


def spreadsheet_safe(text: str) -> str:
    """Text that a spreadsheet shows as text, never runs as a formula. One that starts with an
    apostrophe gets another too, so that reading the file (spreadsheet_text) takes off exactly
    the one added."""
    return "'" + text if text.startswith((*FORMULA_STARTS, "'")) else text


def spreadsheet_text(cell: str) -> str:
    """The text spreadsheet_safe was given."""
    return cell[1:] if cell.startswith("'") and cell[1:].startswith((*FORMULA_STARTS, "'")) else cell


class Semicolons(csv.excel):
    """Excel's CSV where the decimal sign is a comma, and the list separator a semicolon."""

    delimiter = ";"


# The dialect a spreadsheet set up for each language opens by a double-click (its list separator).
SPREADSHEET_DIALECTS: dict[Language, type[csv.Dialect]] = {Language.EN: csv.excel, Language.DA: Semicolons,
                                                           Language.NB: Semicolons}


def column_name(column: str, language: Language) -> str:
    """A column (of LOG_HEADER, PLAN_HEADER or the Charts' data) as the spreadsheet form heads it: "Vægt (kg)"
    for weight_kg."""
    return messages()(f"csv.column.{column}", language)


def log_csv(repository: Repository, trainees: Iterable[tuple[int, Trainee]], language: Language,
            for_spreadsheet: bool = False) -> str:
    """Every logged set, oldest first, one row each: its time to the second (18:00:00, 18:03:27), weight_kg to
    the gram, the load as typed in its unit and its identity (read back exactly by
    glueplan/store/imports/glueplan_log.py), its day's note; ``for_spreadsheet``: in the form a spreadsheet in
    ``language`` opens (see the module's doc)."""
    catalog = repository.catalog()
    rows: list[list[object]] = []
    for trainee_id, trainee in trainees:
        owner = in_language(trainee.name, language) if for_spreadsheet else trainee.name  # "Mig" in Danish
        notes = repository.session_notes(trainee_id)
        days: list[tuple[date, list[object]]] = []
        for logged, identity in repository.identified_sets(trainee_id):
            values = [getattr(logged, name) for name in LOG_FIELDS]
            values[LOG_FIELDS.index("weight_kg")] = round(logged.weight_kg, 3)
            weight, unit = as_typed(logged.weight_kg, trainee.units)
            if for_spreadsheet and logged.side is Side.BOTH and not _one_sided(catalog, logged.exercise_id):
                values[LOG_FIELDS.index("side")] = ""  # a hip thrust is done on no side
            moment, day = logged.performed_at.time(), logged.performed_at.date()  # every time to the second
            row = [owner, day.isoformat(), moment.isoformat("seconds" if moment.microsecond == 0 else "auto"),
                   _name(catalog, logged.exercise_id, language), *values, weight, unit.value, identity]
            row.insert(LOG_HEADER.index("day_note"), notes.get(day, ""))
            days.append((day, row))
        logged_days = {day for day, _row in days}
        for day, note in notes.items():  # a day of a note and no set ("ill, no training"): a row of its own
            if day not in logged_days:
                days.append((day, [{"trainee": owner, "date": day.isoformat(), "day_note": note}.get(column, "")
                                   for column in LOG_HEADER]))
        rows.extend(row for _day, row in sorted(days, key=itemgetter(0)))  # stable: a day's sets in their order
    if not for_spreadsheet:
        return _table(LOG_HEADER, rows)
    return spreadsheet_csv(LOG_HEADER, rows, language)


def spreadsheet_csv(columns: Sequence[str], rows: Iterable[Sequence[object]], language: Language,
                    digits: int = 3) -> str:
    """CSV text as a spreadsheet set up for ``language`` opens it by a double-click: its list separator,
    the ``columns`` by their names in the language (``column_name``), numbers to ``digits`` decimals with its
    decimal sign, yes and the sides in its words."""
    cells = ([_in_words(value, language, digits) for value in row] for row in rows)
    return _table([column_name(column, language) for column in columns], cells, SPREADSHEET_DIALECTS[language])


def plans_csv(repository: Repository, trainees: Iterable[tuple[int, Trainee]], language: Language,
              for_spreadsheet: bool = False) -> str:
    """Every planned exercise of every program, week by week, with its calendar date; ``for_spreadsheet``:
    as a spreadsheet in ``language`` opens it (a Danish one opened glueplan's commas as one column), the
    columns, the weekday and the names glueplan gave ("Træning 1", "Mig") in the language."""
    catalog = repository.catalog()
    rows: list[list[object]] = []
    for trainee_id, trainee in trainees:
        owner = in_language(trainee.name, language) if for_spreadsheet else trainee.name
        for program_id, _name_of_program in repository.programs(trainee_id):
            program = repository.program(program_id)
            if for_spreadsheet:
                program = program_in_language(program, language)
            for number, week in enumerate(program.weeks):
                for session in sorted(week.sessions, key=lambda s: (s.day, s.time)):
                    day = program.date_of(number, session.day)
                    weekday = messages()(f"weekday.{session.day.code}", language) if for_spreadsheet else \
                        session.day.code
                    for position, item in enumerate(session.items, start=1):
                        p = item.prescription
                        rows.append([owner, program.name, number + 1, day.isoformat() if day else "", weekday,
                                     session.time.isoformat("minutes"), session.title, position,
                                     item.exercise_id, _name(catalog, item.exercise_id, language), p.sets,
                                     p.reps.low, p.reps.high, p.rir, p.rest_s,
                                     "" if item.load_kg is None else item.load_kg, item.note])
    return spreadsheet_csv(PLAN_HEADER, rows, language) if for_spreadsheet else _table(PLAN_HEADER, rows)


def _name(catalog: Catalog, exercise_id: str, language: Language) -> str:
    return catalog.exercise(exercise_id).name[language] if exercise_id in catalog.exercises else exercise_id


def _one_sided(catalog: Catalog, exercise_id: str) -> bool:
    return exercise_id in catalog.exercises and catalog.exercise(exercise_id).laterality is Laterality.UNILATERAL


def _in_words(value: object, language: Language, digits: int) -> object:
    """A cell as a spreadsheet in ``language`` reads it: a load with its decimal sign, yes and
    the sides in words of the language; whole numbers and text as they are."""
    if isinstance(value, float):
        return decimal(value, language, digits)
    if isinstance(value, bool):
        return messages()(WARM_UP_WORDS[value], language)
    if isinstance(value, Side):
        return messages()(SIDE_WORDS[value], language)
    return value


def _table(header: Sequence[str], rows: Iterable[Sequence[object]], dialect: type[csv.Dialect] = csv.excel) -> str:
    """CSV text with a byte-order mark, so that spreadsheets read it as UTF-8 (æ, ø, å)."""
    stream = io.StringIO(newline="")
    writer = csv.writer(stream, dialect)
    writer.writerow(header)
    for row in rows:
        writer.writerow([_cell(value) for value in row])
    return "\ufeff" + stream.getvalue()


def _cell(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return spreadsheet_safe(value) if isinstance(value, str) else value
