"""What every importer makes of a file: the sets it holds, as written, with the line each came from.

The identity of an imported set from another app is where it stands in its workout: the workout's start, the
exercise's name as the app wrote it, and its place among that exercise's sets in the workout
(``import_key``). Not its weight or reps: a set corrected in the app and exported again is the
same set, and is not added a second time beside the old one; two identical sets in a workout
are two sets. Not the file or the app: a later export that repeats older workouts adds only the
new ones, and the same workouts exported by two apps (Strong, then Hevy) are imported once.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from enum import StrEnum
from typing import NamedTuple

import msgspec

from glueplan.domain.catalog import Exercise
from glueplan.domain.language import Language
from glueplan.domain.messages import messages
from glueplan.domain.log import Side
from glueplan.domain.trainee import Units
from glueplan.domain.trainee_names import name_key
from glueplan.domain.record import Record

MAX_PROBLEMS = 20  # a file with more is reported by its first twenty
new_tuple = tuple.__new__
"""``new_tuple(SomeNamedTuple, values)``: a named tuple made without the Python-level ``__new__``
its class generates, 40 % less time for each of an import's 100,000 sets (``_make`` goes through
it too)."""


class Format(StrEnum):
    STRONG = "strong"
    HEVY = "hevy"
    FITNOTES = "fitnotes"
    JSON = "json"  # glueplan's own backup
    GLUEPLAN = "glueplan"  # glueplan's own training log (File > Export… > Training log, CSV)


class ImportedSet(NamedTuple):
    """One set as the file has it; ``unit`` None when the file does not say (the user is asked).
    A named tuple: a file has 100,000 of them, made four times faster than a frozen dataclass."""

    line: int
    # When the set was done, as well as the file tells: the apps record no set's own time, so their
    # workout's start (FitNotes records only the day: noon); a glueplan backup's set its own moment.
    performed_at: datetime
    workout: datetime  # the workout it was done in, by its start; a glueplan backup's: its day (the Log's unit)
    exercise: str
    weight: float  # 0 when the file gives none (bodyweight work)
    unit: Units | None
    reps: int
    rir: int | None
    warm_up: bool
    note: str
    ordinal: int  # the set's place among the exercise's sets in this workout, from 0
    import_key: str  # its identity (see the module's doc; a backup's set: the one it has there)
    side: Side = Side.BOTH  # other apps log no side; a glueplan backup's one-sided sets have theirs


class FileTrainee(Record):
    """One of the trainees a file of glueplan's holds (a backup, a log of several), with their sets."""

    name: str
    sets: int


def whose_sets(trainees: Sequence[FileTrainee], name: str | None) -> FileTrainee | None:
    """Whose sets to read of a file of several trainees: the one called ``name``, exactly as written
    first (a log from before names were unique, schema 0011, may hold "Ane" and "ane"), else as
    trainees' names are compared (name_key: a Norwegian window's "Meg" reads the file's "Me"), the first
    of those in the file; when none is, the one with most sets (the first of equals), so that a file is
    never read as empty while it holds a log."""
    exact = [trainee for trainee in trainees if trainee.name == name]
    named = exact or [trainee for trainee in trainees if name is not None and name_key(trainee.name) == name_key(name)]
    return named[0] if named else max(trainees, key=lambda trainee: trainee.sets, default=None)


class ParsedHistory(Record):
    format: Format
    sets: tuple[ImportedSet, ...]
    units: frozenset[Units]  # the units the file names; empty: it names none
    without_reps: int  # rows of timed or distance work, which the log cannot hold
    # A glueplan backup's own exercises as it defines them, by folded name: made as they were, not
    # like the nearest catalogue exercise, when the database has none of that name.
    own_exercises: Mapping[str, Exercise] = msgspec.field(default_factory=dict)
    # Exercise ids the file gives, by folded name (glueplan's log): those the catalogue has are
    # mapped to exactly, not guessed from the name.
    exercise_ids: Mapping[str, str] = msgspec.field(default_factory=dict)
    # A file of several trainees' (glueplan's): whose sets these are, and every trainee it holds.
    trainee: str | None = None
    trainees: tuple[FileTrainee, ...] = ()

    @property
    def needs_units(self) -> bool:
        """Whether loads are written without a unit (a zero needs none)."""
        return any(imported.unit is None and imported.weight for imported in self.sets)


class Problem(Record):
    """Why a file (or one of its lines) cannot be imported, as a message key."""

    line: int | None
    key: str
    params: tuple[tuple[str, object], ...] = ()

    def text(self, language: Language) -> str:
        text = messages()
        reason = text(self.key, language, **dict(self.params))
        return reason if self.line is None else text("import.at_line", language, line=self.line, reason=reason)


class ImportRejected(Exception):
    """The file cannot be imported; nothing was written. ``text`` lists the first problems."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = tuple(problems[:MAX_PROBLEMS])
        super().__init__(self.text(Language.EN))

    def text(self, language: Language) -> str:
        return "\n".join(problem.text(language) for problem in self.problems)


class ImportCancelled(Exception):
    """The user stopped the reading of a file."""


class SetCollector:
    """Gathers a file's sets in order, numbering each exercise's sets within its workout."""

    def __init__(self, format: Format) -> None:
        self.format = format
        self.sets: list[ImportedSet] = []
        self.units: set[Units] = set()
        self.without_reps = 0
        self._counts: dict[tuple[datetime, str], int] = {}
        self._folded: dict[str, str] = {}  # names and workouts repeat: each is folded or written once
        self._stamps: dict[datetime, str] = {}

    def add(self, line: int, workout: datetime, exercise: str, weight: float, unit: Units | None, reps: int,
            rir: int | None, warm_up: bool, note: str, at: datetime | None = None, side: Side = Side.BOTH,
            exercise_id: str | None = None, identity: str | None = None) -> None:
        """A row of the file; one without reps (a plank held, a run) is counted and left out. A set
        with a moment of its own (``at``: glueplan's log, whose workout is its day) is known by it,
        and by its ``exercise_id`` where the file gives one (its name follows the language), unless
        the file gives its ``identity`` (glueplan's log)."""
        if reps == 0:
            self.without_reps += 1
            return
        moment = at or workout
        known_as = exercise_id or exercise
        folded = self._folded.get(known_as) or self._folded.setdefault(known_as, known_as.casefold())
        place = (moment, folded)
        ordinal = self._counts.get(place, 0)
        self._counts[place] = ordinal + 1
        stamp = self._stamps.get(moment) or self._stamps.setdefault(moment, moment.isoformat(timespec="seconds"))
        if unit is not None:
            self.units.add(unit)
        self.sets.append(new_tuple(ImportedSet, (line, moment, workout, exercise, weight, unit, reps, rir, warm_up,
                                                 note, ordinal, identity or f"{stamp}|{folded}|{ordinal}", side)))

    def result(self) -> ParsedHistory:
        return ParsedHistory(self.format, tuple(self.sets), frozenset(self.units), self.without_reps)


Progress = Callable[[int, int], bool]
"""Told (lines read, lines in all) now and then while a file is read; returns False to cancel."""


def no_progress(_done: int, _total: int) -> bool:
    return True
