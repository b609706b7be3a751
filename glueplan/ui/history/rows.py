"""The history table's rows, held a column at a time: a 10-year log scrolled to its end is
150,000 rows, which as a tuple each (with an int, a float and a tuple's header of their own)
took 32 MiB; here the numbers sit in typed arrays and names, notes and times are shared or held
once, about 110 bytes a row. A row is put together again only when asked for (the rows on
screen, an edit, the next page's key). Times stay datetimes: turning 150,000 of them into
numbers and back cost more scrolling time than their 7 MiB were worth."""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from datetime import datetime

from glueplan.store.history import HistoryRow


class HistoryRows:
    """Rows in the order given; ``row(number)`` is the ``HistoryRow`` that was added."""

    def __init__(self, rows: Sequence[HistoryRow] = ()) -> None:
        self._ids = array("q")
        self._moments: list[datetime] = []
        self._exercises: list[str] = []  # interned by the store: a pointer a row
        self._weights = array("d")
        self._reps = array("i")
        self._rirs: list[int | None] = []  # small ints and None: shared objects
        self._notes: list[str] = []  # mostly the one empty string
        self._sides: list[str] = []  # interned by the store
        self.extend(rows)

    def extend(self, rows: Sequence[HistoryRow]) -> None:
        if not rows:
            return
        ids, moments, exercises, weights, reps, rirs, notes, sides = zip(*rows)
        self._ids.extend(ids)
        self._moments.extend(moments)
        self._exercises.extend(exercises)
        self._weights.extend(weights)
        self._reps.extend(reps)
        self._rirs.extend(rirs)
        self._notes.extend(notes)
        self._sides.extend(sides)

    def __len__(self) -> int:
        return len(self._ids)

    def row(self, number: int) -> HistoryRow:
        return (self._ids[number], self._moments[number], self._exercises[number], self._weights[number],
                self._reps[number], self._rirs[number], self._notes[number], self._sides[number])

    def ids(self) -> Sequence[int]:
        return self._ids
