"""Importing a history from another app: the preview of what would be written (workouts, sets,
dates, units, and which exercise each of the file's names becomes), then one command that
writes it all or nothing, and whose undo takes out exactly what it wrote.

Nothing is written before the command runs: reading the file and preparing the preview only
read the database, so a cancelled or refused import leaves nothing behind.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING

import msgspec
from msgspec.structs import replace

from glueplan.app.changes import ChangeSet
from glueplan.app.command import History
from glueplan.domain import limits
from glueplan.domain.catalog import NEW_PRESCRIPTION, Catalog, Category, Equipment, Exercise, Laterality
from glueplan.domain.import_loads import LoadLimit, load_limit, look_like_pounds, on_a_bar
from glueplan.domain.import_mapping import NEAR, NEW, SAME, Action, Choice, Guess, NameMatcher, fold, named_equipment
from glueplan.domain.language import Language, Localized
from glueplan.domain.log import LoggedSet, to_kg
from glueplan.domain.messages import messages
from glueplan.domain.progress import shown
from glueplan.domain.trainee import Units
from glueplan.store.imports.batch import (
    ImportBatch,
    ImportRow,
    Written,
    known_loads,
    remembered_choices,
    remove_written,
    write_batch,
)
from glueplan.store.imports.collector_pause import collector_paused
from glueplan.store.imports.record import Format, ImportRejected, ParsedHistory, Problem, new_tuple
from glueplan.domain.record import Record

if TYPE_CHECKING:
    from glueplan.app.workspace import Workspace

NEW_ID_PREFIX = "new:"  # a new own exercise's id until the database gives it one


class NameRow(Record):
    """One exercise name of the file: how many sets it has, the exercise it looks like, the
    choice made at an earlier import (if any), and the choice now."""

    name: str
    sets: int
    guess: Guess
    remembered: Choice | None
    choice: Choice

    @property
    def to_check(self) -> bool:
        """Whether the user should look at this one: neither remembered nor surely the same name."""
        return self.remembered is None and not self.guess.sure


class Preview(Record):
    """What an import would write; ``batch`` is it, for ImportHistory."""

    format: Format
    workouts: int
    sets: int  # new sets to write
    warm_ups: int  # of those
    already: int  # sets of the file in the log already
    skipped: int  # sets of names skipped
    without_reps: int  # rows of timed or distance work
    first: date | None
    last: date | None
    units: frozenset[Units]  # named by the file
    assumed_units: Units | None  # used for loads the file gives without a unit
    names: tuple[NameRow, ...]
    batch: ImportBatch
    heaviest: Mapping[str, float] = msgspec.field(default_factory=dict)  # folded name -> its heaviest set (kg), as read
    # names heavier than believable: the limit
    beyond_limit: Mapping[str, LoadLimit] = msgspec.field(default_factory=dict)
    pounds_like: bool = False  # read in kg, the loads without a unit have the pattern of pounds
    other_units: int = 0  # of ``already``: logged with the loads read in the other unit (an earlier import)

    def shown_in(self, profile: Units) -> Units:
        """The unit the file's loads are shown in, the warnings and the preview's table alike: the one they are
        read in where the file gives them without a unit, else the ``profile``'s."""
        return self.assumed_units or profile


def name_rows(workspace: Workspace, parsed: ParsedHistory, choices: Mapping[str, Choice] = {}) -> list[NameRow]:
    """Every exercise name of the file, most sets first, with its guess and its choice: the one
    given in ``choices`` (by folded name), else the one remembered, else the guess's. A name the
    file gives the id of (glueplan's log) is that exercise where the catalogue has it."""
    counts: dict[str, int] = {}
    first_spelling: dict[str, str] = {}
    for name, count in Counter(imported.exercise for imported in parsed.sets).items():  # in the file's order
        folded = fold(name)
        counts[folded] = counts.get(folded, 0) + count
        first_spelling.setdefault(folded, name)
    matcher = NameMatcher(workspace.catalog)
    remembered = _remembered(workspace)
    rows = []
    for folded, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        by_id = _by_id(workspace.catalog, parsed.exercise_ids.get(folded), folded)
        guess = by_id or matcher.guess(first_spelling[folded])
        earlier = None if by_id is not None and by_id.sure else remembered.get(folded)
        # A backup's own exercise that this database lacks is made as the backup defines it.
        proposed = NEW if folded in parsed.own_exercises and not guess.sure else guess.choice
        rows.append(NameRow(first_spelling[folded], count, guess, earlier, choices.get(folded, earlier or proposed)))
    return rows


def _by_id(catalog: Catalog, exercise_id: str | None, folded: str) -> Guess | None:
    """The exercise the file gives the id of, where the catalogue has it: surely it for a built-in one, whose
    id is the same in every database; an own one's id is made of its first name, so that in another database
    it may be another exercise of that name: surely it only under the file's name, else offered to check."""
    if exercise_id is None or exercise_id not in catalog.exercises:
        return None
    exercise = catalog.exercise(exercise_id)
    named = not exercise.custom or folded in {fold(name) for name in exercise.name.values()}
    return Guess(exercise_id, SAME if named else NEAR)


@collector_paused()
def prepare(workspace: Workspace, parsed: ParsedHistory, units: Units | None = None,
            choices: Mapping[str, Choice] = {}) -> Preview:
    """The preview of importing ``parsed`` with these choices (folded name -> choice; the rest as
    ``name_rows`` says), loads without a unit in ``units`` (default: the profile's). Raises
    ImportRejected for loads no one lifts, with their lines."""
    assumed = units or workspace.trainee.units
    rows = name_rows(workspace, parsed, choices)
    new_exercises: list[Exercise] = []
    target: dict[str, str | None] = {}  # folded name -> exercise id (None: skip)
    remember: list[tuple[str, str | None]] = []  # what the user chose or confirmed, for next time
    for row in rows:
        folded = fold(row.name)
        if row.choice.action is Action.NEW:
            defined = parsed.own_exercises.get(folded)
            new_exercises.append(_own_exercise(row.name) if defined is None
                                 else replace(defined, id=NEW_ID_PREFIX + folded))
            target[folded] = new_exercises[-1].id
        else:
            target[folded] = row.choice.exercise_id if row.choice.action is Action.MAP else None
        if (row.to_check or folded in choices) and row.choice != row.remembered:
            remember.append((folded, target[folded]))
    present = known_loads(workspace.repository, workspace.trainee_id,
                          (imported.import_key for imported in parsed.sets))
    exercise_of = {name: target[fold(name)] for name in {imported.exercise for imported in parsed.sets}}
    kg_of: dict[tuple[float, Units], float] = {}
    sets: list[ImportRow] = []
    problems: list[Problem] = []
    checked: set[tuple[float, int, int | None]] = set()  # loads, reps and RIRs LoggedSet takes
    already = skipped = warm_ups = other_units = 0
    workouts = set()
    heaviest: dict[str, float] = {}  # by name as the file spells it
    other = next(units for units in Units if units is not assumed)
    for line, moment, workout, exercise, weight, unit, reps, rir, warm_up, note, _ordinal, key, side in parsed.sets:
        load = (weight, unit or assumed)  # a file repeats its loads: each is converted once
        kg = kg_of.get(load)
        if kg is None:
            kg = kg_of[load] = to_kg(*load)
        if kg > limits.WEIGHT_KG.high:
            problems.append(Problem(line, "import.too_heavy", (
                ("value", weight), ("unit", load[1].value), ("limit", limits.WEIGHT_KG.high))))
            continue
        if kg > heaviest.get(exercise, -1.0):
            heaviest[exercise] = kg
        exercise_id = exercise_of[exercise]
        if exercise_id is None:
            skipped += 1
            continue
        if present and key in present:  # into an empty log, no key is hashed
            already += 1
            logged = present[key]
            other_units += unit is None and weight > 0 and _same(logged, to_kg(weight, other)) and not _same(logged, kg)
            continue
        values = (kg, reps, rir)
        if values not in checked:
            try:
                LoggedSet(exercise_id, moment, *values)
            except ValueError as error:
                problems.append(Problem(line, "import.not_a_set", (("reason", str(error)),)))
                continue
            checked.add(values)
        workouts.add(workout)
        warm_ups += warm_up
        sets.append(new_tuple(ImportRow, (key, exercise_id, moment, kg, reps, rir, note, warm_up, side)))
    if problems:
        raise ImportRejected(problems)
    days = sorted({workout.date() for workout in workouts})
    batch = ImportBatch(tuple(sets), tuple(new_exercises), tuple(remember))
    made = {exercise.id: exercise for exercise in new_exercises}
    heaviest_of: dict[str, float] = {}
    for name, kg in heaviest.items():  # spellings of one name together
        heaviest_of[fold(name)] = max(kg, heaviest_of.get(fold(name), kg))
    exercise_named = {folded: made.get(exercise_id) or workspace.catalog.exercise(exercise_id)
                      for folded, exercise_id in target.items() if exercise_id is not None}
    beyond = {row.name: limit for row in rows if (exercise := exercise_named.get(fold(row.name))) is not None
              and heaviest_of[fold(row.name)] > (limit := load_limit(exercise)).kg}
    bar = {name for name in exercise_of if fold(name) in exercise_named and _on_a_bar(name, exercise_named[fold(name)])}
    pounds_like = assumed is Units.KG and look_like_pounds((imported.weight, imported.exercise in bar)
                                                           for imported in parsed.sets if imported.unit is None)
    return Preview(parsed.format, len(workouts), len(sets), warm_ups, already, skipped, parsed.without_reps,
                   days[0] if days else None, days[-1] if days else None, parsed.units,
                   assumed if parsed.needs_units else None, tuple(rows), batch, heaviest_of, beyond, pounds_like,
                   other_units)


def _on_a_bar(name: str, exercise: Exercise) -> bool:
    """Whether a file's sets of ``name`` are on a barbell: as the name says where it names the equipment
    ("Romanian Deadlift (Dumbbell)", as Strong and Hevy write), else as ``exercise`` is mainly done."""
    named = named_equipment(name)[0] - {Equipment.BODYWEIGHT}  # the body: what a name naming nothing is done with
    return Equipment.BARBELL in named if named else on_a_bar(exercise)


ALARM = "⚠ "  # marks a warning that the loads may be read in the wrong unit, as the preview's table marks them


class Front(StrEnum):
    """Where a preview is shown: its warnings say how to act on them in its own words (messages.toml's
    import.fix.window.* and import.fix.cli.*), and in the same words otherwise."""

    WINDOW = "window"
    COMMAND_LINE = "cli"


def load_warnings(preview: Preview, profile: Units, front: Front, language: Language) -> list[str]:
    """What the loads as read say of their unit, one line each: sets imported before with the other unit (the
    file imported again adds nothing: it knows a set by its place, not its load), a pattern of pounds read as
    kg, sets heavier than believable in their exercise. Loads are shown in the unit they are read in (the
    ``profile``'s where the file names its own)."""
    text = messages()
    units = preview.shown_in(profile)
    lines = []
    if preview.other_units and preview.assumed_units is not None:
        before = next(other for other in Units if other is not units)
        lines.append(" ".join((
            text("import.warning.other_units", language, count=preview.other_units, before=before.value),
            text(f"import.fix.{front}.other_units", language, unit=units.value))))
    if preview.pounds_like:
        lines.append(ALARM + " ".join((text("import.warning.pounds_like", language),
                                       text(f"import.fix.{front}.pounds_like", language))))
    if preview.beyond_limit:
        names = ", ".join(text("import.warning.over_limit", language, name=name,
                               load=_load(preview.heaviest[fold(name)], units, language),
                               limit=limit_text(limit, units, language))
                          for name, limit in preview.beyond_limit.items())
        lines.append(ALARM + " ".join((text("import.warning.beyond_limit", language, names=names),
                                       text(f"import.fix.{front}.beyond_limit", language))))
    return lines


def limit_text(limit: LoadLimit, units: Units, language: Language) -> str:
    """What the heaviest believable load is, in ``units``: "the deadlift's world record is 501 kg"."""
    return messages()(f"import.limit.{limit.what}", language, limit=_load(limit.kg, units, language))


def _load(kg: float, units: Units, language: Language) -> str:
    return f"{shown(kg, units, language)} {units.value}"


def limit_warning(limit: LoadLimit, units: Units, language: Language) -> str:
    """The warning of one exercise's heaviest set beyond ``limit``, where the set is shown."""
    return messages()("import.warning.beyond_limit_one", language, limit=limit_text(limit, units, language))


def _same(kg: float, other_kg: float) -> bool:
    """Two loads as the log keeps them, the same to a gram (a load converted from lb is not round)."""
    return abs(kg - other_kg) < 0.001


def _remembered(workspace: Workspace) -> dict[str, Choice]:
    """Earlier choices whose exercise is still in the catalogue."""
    return {name: Choice(Action.MAP, exercise_id) if exercise_id is not None else Choice(Action.SKIP)
            for name, exercise_id in remembered_choices(workspace.repository).items()
            if exercise_id is None or exercise_id in workspace.catalog.exercises}


def _own_exercise(name: str) -> Exercise:
    """A new own exercise called ``name`` as the exercise editor starts one: no muscles (its sets
    count for none until the user says in the library which it trains), both sides, no picture, the
    equipment its name says. Nothing is taken from the exercise the name is most like: a lat pulldown
    made like the cable glute kickback it was nearest got its muscles, one side at a time and its
    picture, and its sets counted as the glutes'."""
    return Exercise(NEW_ID_PREFIX + fold(name), Localized.same(name), Category.COMPOUND, Laterality.BILATERAL,
                    named_equipment(name), (), NEW_PRESCRIPTION, Localized.same(()), Localized.same(()), ("user",),
                    custom=True)


@dataclass(eq=False)
class ImportHistory:
    """Write an import's batch; undone, exactly what it wrote is taken out; redone, it comes back
    under the same ids (store/imports/batch.py, Written)."""

    batch: ImportBatch
    text: str
    history: History = History.WINDOW  # File > Import history… is asked for on any tab
    written: Written | None = field(default=None, init=False)
    _done: bool = field(default=False, init=False)

    def do(self, workspace: Workspace) -> ChangeSet:
        if self._done:
            return ChangeSet()
        self.written = write_batch(workspace.repository, workspace.trainee_id, self.batch, self.written)
        self._done = True
        return self._change(workspace)

    def undo(self, workspace: Workspace) -> ChangeSet:
        if not self._done or self.written is None:
            return ChangeSet()
        remove_written(workspace.repository, workspace.trainee_id, self.written)
        self._done = False
        return self._change(workspace)

    def _change(self, workspace: Workspace) -> ChangeSet:
        days = ChangeSet(log_days=frozenset(moment.date() for moment in {row.performed_at for row in self.batch.sets}))
        return days | workspace.set_catalog(workspace.repository.catalog()) if self.batch.new_exercises else days
