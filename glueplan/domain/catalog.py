"""Muscles and exercises: the vocabulary every plan, rule and chart is written in.

The built-in catalogue is data (resources/catalog); it is validated completely when
loaded so that a broken file is reported once, clearly, instead of failing later.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from enum import StrEnum
from functools import cache, cached_property
from pathlib import Path

from msgspec.structs import replace

from glueplan.domain import limits
from glueplan.domain.language import LANGUAGES, Language, Localized
from glueplan.domain.resources import domain_code, made_from, resource_dir
from glueplan.domain.validation import DataError, Fields, read_toml
from glueplan.domain.record import Record

ID_PATTERN = re.compile(r"[a-z][a-z0-9_]*\Z")


class Category(StrEnum):
    """How an exercise loads the body; decides rest periods and whether sets count as hard."""

    COMPOUND = "compound"
    HIP_DOMINANT = "hip_dominant"  # single-joint hip but heavily loadable: rest like a compound
    ISOLATION = "isolation"
    ACTIVATION = "activation"  # light; never a hard set, fine daily


class Laterality(StrEnum):
    BILATERAL = "bilateral"
    UNILATERAL = "unilateral"  # reps are per side


class Equipment(StrEnum):
    BODYWEIGHT = "bodyweight"
    BARBELL = "barbell"
    DUMBBELL = "dumbbell"
    KETTLEBELL = "kettlebell"
    CABLE = "cable"
    MACHINE = "machine"
    BAND = "band"
    MINI_BAND = "mini_band"
    BENCH = "bench"
    BOX = "box"
    SQUAT_RACK = "squat_rack"
    ANKLE_WEIGHT = "ankle_weight"
    HYPEREXTENSION_BENCH = "hyperextension_bench"


class Layer(StrEnum):
    SUPERFICIAL = "superficial"
    DEEP = "deep"


class View(StrEnum):
    """The muscle map's drawings a muscle is seen in (deep: the back with gluteus maximus removed;
    side: the right hip from the side, close up)."""

    FRONT = "front"
    BACK = "back"
    DEEP = "deep"
    SIDE = "side"


# How much one set of an exercise counts for a muscle (fractional sets, Pelland 2024).
PRIMARY = 1.0
SECONDARY = 0.5
MINOR = 0.25
WEIGHTS = (PRIMARY, SECONDARY, MINOR)
ROLES = {PRIMARY: "primary", SECONDARY: "secondary", MINOR: "minor"}  # words of messages.toml's role.*


class RepRange(Record):
    low: int
    high: int

    def __post_init__(self) -> None:
        if not 1 <= self.low <= self.high:
            raise ValueError(f"a rep range needs 1 <= low <= high, got {self.low}-{self.high}")

    def __str__(self) -> str:
        return str(self.low) if self.low == self.high else f"{self.low}–{self.high}"


class Prescription(Record):
    """What to do of an exercise: sets x reps at a target reps-in-reserve, with rest."""

    sets: int
    reps: RepRange
    rir: int
    rest_s: int


NEW_PRESCRIPTION = Prescription(3, RepRange(8, 12), 2, 120)  # a new own exercise's, until the user changes it


# Limits for any prescription, built-in or typed by a user; the rules engine judges
# what is sensible inside them, these only keep out what is impossible.


class Muscle(Record):
    id: str
    name: Localized[str]
    function: Localized[str]
    origin: Localized[str]  # where it starts and ends (seed 000, 001 and anatomy texts)
    insertion: Localized[str]
    layer: Layer
    views: tuple[View, ...]
    half_life_h: float  # fatigue half-life of the recovery model: 20 h large, 16 h small


class Exercise(Record):
    id: str
    name: Localized[str]
    category: Category
    laterality: Laterality
    equipment: tuple[frozenset[Equipment], ...]  # alternatives; each set is used together
    muscles: tuple[tuple[str, float], ...]  # (muscle id, weight), heaviest first
    prescription: Prescription
    cues: Localized[tuple[str, ...]]
    mistakes: Localized[tuple[str, ...]]
    sources: tuple[str, ...]
    custom: bool = False
    looks_like: str | None = None  # an own exercise: the built-in one whose figure shows it
    aliases: tuple[str, ...] = ()  # what other apps (Strong, Hevy, FitNotes) and everyday Danish and Norwegian call it

    @property
    def figure_id(self) -> str | None:
        """The built-in exercise whose drawn figure shows this one (None: no figure)."""
        return self.looks_like if self.custom else self.id

    def weight(self, muscle_id: str) -> float:
        """The fraction of a set this exercise counts for the muscle (0 when untrained)."""
        for muscle, weight in self.muscles:
            if muscle == muscle_id:
                return weight
        return 0.0

    @property
    def primary_muscles(self) -> tuple[str, ...]:
        return tuple(muscle for muscle, weight in self.muscles if weight == PRIMARY)

    @property
    def known_names(self) -> tuple[str, ...]:
        """Every name the exercise goes by: its name in each language, then its aliases."""
        return (*self.name.values(), *self.aliases)

    def matches(self, query: str) -> bool:
        """Whether the query is part of the name in any language or of an alias (case-insensitive)."""
        needle = query.casefold().strip()
        return any(needle in name.casefold() for name in self.known_names)


class LoadKind(StrEnum):
    """What makes an exercise heavy, by the main way of doing it (the catalogue's first equipment)."""

    WEIGHT = "weight"
    BODYWEIGHT = "bodyweight"
    BAND = "band"

    @classmethod
    def of(cls, exercise: Exercise) -> LoadKind:
        main = exercise.equipment[0] if exercise.equipment else frozenset({Equipment.BODYWEIGHT})
        if Equipment.BODYWEIGHT in main:
            return cls.BODYWEIGHT
        return cls.BAND if main & {Equipment.BAND, Equipment.MINI_BAND} else cls.WEIGHT


class Catalog(Record, dict=True):
    """All muscles and exercises, in the order the data gives them (``dict``: room for what is worked out of them)."""

    muscles: dict[str, Muscle]
    exercises: dict[str, Exercise]

    @cached_property
    def _by_muscle(self) -> dict[str, tuple[Exercise, ...]]:
        """What trains each muscle, made at the first question (the library's muscle filter, the map's tooltip)."""
        by_muscle: dict[str, list[Exercise]] = {muscle_id: [] for muscle_id in self.muscles}
        for exercise in self.exercises.values():
            for muscle_id, _weight in exercise.muscles:
                by_muscle[muscle_id].append(exercise)
        return {
            muscle_id: tuple(sorted(found, key=lambda exercise, m=muscle_id: -exercise.weight(m)))
            for muscle_id, found in by_muscle.items()
        }

    def muscle(self, muscle_id: str) -> Muscle:
        return self.muscles[muscle_id]

    def exercise(self, exercise_id: str) -> Exercise:
        return self.exercises[exercise_id]

    def training(self, muscle_id: str) -> tuple[Exercise, ...]:
        """Exercises that train a muscle: primary first, then secondary, then minor."""
        return self._by_muscle[muscle_id]

    def own_exercise_problems(self, exercise: Exercise) -> list[str]:
        """Why a user's own exercise cannot be saved, as message keys (none: it can)."""
        problems = []
        if not exercise.name.en.strip():
            problems.append("exercise.no_name")
        if exercise.muscles and not exercise.primary_muscles:  # none at all: it trains none of the planner's muscles
            problems.append("exercise.no_primary")
        if any(muscle not in self.muscles or weight not in WEIGHTS for muscle, weight in exercise.muscles):
            problems.append("exercise.unknown_muscle")
        return problems

    def with_exercises(self, extra: Iterable[Exercise]) -> Catalog:
        """This catalogue plus user-made exercises (their ids must be new). A muscle one names that this catalogue
        lacks is left out of it: a newer glueplan may have written it into a shared database (the store keeps no key
        on it), and the rules, the map and the library ask this catalogue for every muscle an exercise names."""
        exercises = dict(self.exercises)
        for exercise in extra:
            if exercise.id in exercises:
                raise ValueError(f"exercise id {exercise.id!r} is already in the catalogue")
            known = tuple(involved for involved in exercise.muscles if involved[0] in self.muscles)
            exercises[exercise.id] = exercise if len(known) == len(exercise.muscles) else \
                replace(exercise, muscles=known)
        return Catalog(self.muscles, exercises)

    def sorted_exercises(self, language: Language) -> list[Exercise]:
        return sorted(self.exercises.values(), key=lambda exercise: exercise.name[language].casefold())


# ---------------------------------------------------------------------------
# Loading

_MUSCLE_FIELDS = {"id", "name", "function", "origin", "insertion", "layer", "views", "half_life_h"}
_EXERCISE_FIELDS = {
    "id", "name", "category", "laterality", "equipment", "muscles",
    "prescription", "cues", "mistakes", "sources", "aliases",
}
_PRESCRIPTION_FIELDS = {"sets", "reps", "rir", "rest_s"}


def read_prescription(fields: Fields) -> Prescription:
    """A prescription table: ``sets``, ``reps = [low, high]``, ``rir``, ``rest_s``."""
    fields.reject_unknown(_PRESCRIPTION_FIELDS)
    return Prescription(
        sets=fields.integer("sets", *limits.SETS),
        reps=read_rep_range(fields, "reps"),
        rir=fields.integer("rir", *limits.RIR),
        rest_s=fields.integer("rest_s", *limits.REST_S),
    )


def read_rep_range(fields: Fields, name: str) -> RepRange:
    """``[low, high]`` or a single whole number for a fixed count."""
    value = fields.raw(name)
    bounds = value if isinstance(value, list) else [value]
    if len(bounds) not in (1, 2) or any(isinstance(b, bool) or not isinstance(b, int) for b in bounds):
        raise fields.error(name, f"must be a whole number or [low, high], found {value!r}")
    low, high = bounds[0], bounds[-1]
    if not limits.REPS.low <= low <= high <= limits.REPS.high:
        raise fields.error(
            name, f"needs {limits.REPS.low} <= low <= high <= {limits.REPS.high}, found {low}-{high}"
        )
    return RepRange(low, high)


def _read_id(fields: Fields) -> str:
    identifier = fields.text("id")
    if not ID_PATTERN.match(identifier):
        raise fields.error("id", f"must be lower-case letters, digits and '_', found {identifier!r}")
    return identifier


def _read_muscle(raw: object, file: str, index: int) -> Muscle:
    fields = Fields(raw, file, entry=f"#{index + 1}")
    fields.entry = _read_id(fields)
    fields.reject_unknown(_MUSCLE_FIELDS)
    views = fields.choices("views", View)
    return Muscle(
        id=fields.entry,
        name=fields.localized_text("name"),
        function=fields.localized_text("function"),
        origin=fields.localized_text("origin"),
        insertion=fields.localized_text("insertion"),
        layer=fields.choice("layer", Layer),
        views=views,
        half_life_h=fields.number("half_life_h", 1, 168),
    )


def heaviest_first(weights: Iterable[tuple[str, float]], muscle_order: Sequence[str]) -> tuple[tuple[str, float], ...]:
    """An exercise's muscles in its one order: heaviest first, muscles of one weight in the catalogue's
    order of muscles, however they were read (a database returns rows of one weight in no order of its
    own, and an exercise read back must equal the one written)."""
    rank = {muscle: position for position, muscle in enumerate(muscle_order)}
    return tuple(sorted(weights, key=lambda pair: (-pair[1], rank.get(pair[0], len(rank)), pair[0])))


def _read_exercise(raw: object, file: str, index: int, muscles: dict[str, Muscle]) -> Exercise:
    fields = Fields(raw, file, entry=f"#{index + 1}")
    fields.entry = _read_id(fields)
    fields.reject_unknown(_EXERCISE_FIELDS)

    equipment = tuple(frozenset(fields.choices(f"equipment[{position}]", Equipment, value=option))
                      for position, option in enumerate(fields.items("equipment")))

    involvement = fields.table("muscles")
    weights: list[tuple[str, float]] = []
    for muscle_id in involvement.data:
        if muscle_id not in muscles:
            raise involvement.error(muscle_id, f"is not a muscle of the catalogue (known: {', '.join(muscles)})")
        weight = involvement.number(muscle_id, 0, 1)
        if weight not in WEIGHTS:
            raise involvement.error(muscle_id, f"weight must be 1.0, 0.5 or 0.25, found {weight:g}")
        weights.append((muscle_id, weight))
    if not any(weight == PRIMARY for _muscle, weight in weights):
        raise fields.error("muscles", "needs at least one primary muscle (weight 1.0)")

    return Exercise(
        id=fields.entry,
        name=fields.localized_text("name"),
        category=fields.choice("category", Category),
        laterality=fields.choice("laterality", Laterality),
        equipment=equipment,
        muscles=heaviest_first(weights, list(muscles)),
        prescription=read_prescription(fields.table("prescription")),
        cues=_same_length(fields, "cues"),
        mistakes=_same_length(fields, "mistakes"),
        sources=fields.texts("sources"),
        aliases=fields.texts("aliases") if fields.has("aliases") else (),
    )


def _same_length(fields: Fields, name: str) -> Localized[tuple[str, ...]]:
    """Cues or mistakes: each language must say the same things, so as many of them."""
    texts = fields.localized_texts(name)
    for language in LANGUAGES:
        if len(texts[language]) != len(texts.en):
            raise fields.error(f"{name}.{language}", f"has {len(texts[language])} items, English has {len(texts.en)}")
    return texts


def catalog_files(directory: Path) -> list[Path]:
    """The files a catalogue is read from: ``muscles.toml``, then every ``exercises/*.toml`` in the order read."""
    return [directory / "muscles.toml", *sorted((directory / "exercises").glob("*.toml"))]


def load_catalog(directory: Path) -> Catalog:
    """Read ``muscles.toml`` and every ``exercises/*.toml`` under ``directory``.

    Raises DataError naming the file, entry and field of the first problem found.
    """
    muscles_file, *files = catalog_files(directory)
    muscles: dict[str, Muscle] = {}
    document = Fields(read_toml(muscles_file), str(muscles_file))
    for index, raw in enumerate(document.items("muscle")):
        muscle = _read_muscle(raw, str(muscles_file), index)
        if muscle.id in muscles:
            raise DataError(str(muscles_file), "is defined twice", muscle.id, "id")
        muscles[muscle.id] = muscle

    exercises: dict[str, Exercise] = {}
    defined_in: dict[str, Path] = {}
    if not files:
        raise DataError(str(directory / "exercises"), "holds no exercise files (*.toml)")
    for path in files:
        document = Fields(read_toml(path), str(path))
        for index, raw in enumerate(document.items("exercise")):
            exercise = _read_exercise(raw, str(path), index, muscles)
            if exercise.id in exercises:
                raise DataError(str(path), f"is already defined in {defined_in[exercise.id]}", exercise.id, "id")
            exercises[exercise.id] = exercise
            defined_in[exercise.id] = path
    _check_aliases(exercises, defined_in)
    return Catalog(muscles, exercises)


def _check_aliases(exercises: dict[str, Exercise], defined_in: dict[str, Path]) -> None:
    """An alias names one exercise: no two exercises share one, and none is another's name."""
    named: dict[str, str] = {}
    for exercise in exercises.values():
        for name in {name.casefold() for name in exercise.name.values()}:
            named[name] = exercise.id
    for exercise in exercises.values():
        for alias in exercise.aliases:
            other = named.setdefault(alias.casefold(), exercise.id)
            if other != exercise.id:
                raise DataError(str(defined_in[exercise.id]), f"'{alias}' already names {other}", exercise.id,
                                "aliases")


@cache
def builtin_catalog() -> Catalog:
    """The catalogue shipped with glueplan, loaded once per process."""
    directory = resource_dir() / "catalog"
    return made_from("catalog", (*catalog_files(directory), *domain_code()), Catalog, lambda: load_catalog(directory))

