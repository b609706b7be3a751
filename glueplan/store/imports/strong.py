"""Strong's CSV export, in each form it has taken:

- comma-separated, ``Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,...`` with no
  unit (weights are in the user's unit: asked);
- semicolon-separated with a ``Weight Unit`` column whose unit may change from row to row;
- the ``Workout #`` form, every field quoted, ``Duration (sec)``, ``Weight (kg)`` (or lbs),
  ``Distance (meters)``, and set orders ``WARM_UP`` / ``FAILURE`` / ``DROP_SET``;
- the newest, without notes columns, set order ``W`` for warm-ups and reps written ``10.0``.

Durations (``2h 38m``, ``38min``, ``20s``), distances and seconds are left aside: the log holds
sets of reps. ``Rest Timer`` rows are no sets.
"""

from __future__ import annotations

from glueplan.store.imports.csv_table import Table, iso_moment
from glueplan.store.imports.record import Format, ParsedHistory, SetCollector

WARM_UP_ORDERS = {"w", "warm_up", "warmup", "warm-up"}
OTHER_ORDERS = {"f", "failure", "d", "drop_set", "dropset", "drop"}  # work sets of a kind
NOT_SETS = {"rest timer", "rest_timer", "note"}


def recognises(header: list[str]) -> bool:
    names = {name.casefold() for name in header}
    return {"date", "exercise name", "set order", "reps"} <= names


def read(table: Table) -> ParsedHistory:
    found = SetCollector(Format.STRONG)
    date, exercise, order, reps = (table.column(name) for name in ("Date", "Exercise Name", "Set Order", "Reps"))
    weight, header_unit = table.weight_column()
    unit_column, rpe, notes = table.column("Weight Unit"), table.column("RPE"), table.column("Notes")
    assert date is not None and exercise is not None and order is not None and reps is not None
    width = len(table.header)
    for line, row in table.rows():
        if len(row) != width:
            table.problem(line, "import.wrong_width", found=len(row), expected=width)
            continue
        kind = row[order].strip().casefold()
        if kind in NOT_SETS:
            continue
        if not (kind.isdigit() or kind in WARM_UP_ORDERS or kind in OTHER_ORDERS or kind == ""):
            table.problem(line, "import.bad_set_order", value=row[order].strip()[:40])
            continue
        unit = header_unit if unit_column is None else table.unit(line, row[unit_column])
        when = table.moment(line, row[date], iso_moment)
        name = table.exercise(line, row[exercise])
        load = table.weight(line, row[weight]) if weight is not None else 0.0
        count = table.reps(line, row[reps])
        rir = table.rir_from_rpe(line, row[rpe]) if rpe is not None else None
        if when is None or name is None:
            continue
        note = row[notes].strip() if notes is not None else ""
        found.add(line, when, name, load, unit, count, rir, kind in WARM_UP_ORDERS, note)
    table.finish()
    return found.result()
