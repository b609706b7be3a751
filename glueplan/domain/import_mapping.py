"""Which exercise of the catalogue another app's exercise name means.

A name matches when it has the words of an exercise's name in any language or of one of its
aliases (the names Strong, Hevy and FitNotes give it), in any order, case and punctuation aside.
A name nearly like one (rapidfuzz's token-sort ratio: a plural, a typo), or an exercise's name
without its bracket, is mapped to it but shown for the user to check, since one letter can
matter ("Hip Adduction" is no abduction); a name only somewhat like one is skipped with that
exercise suggested; one like nothing is skipped unless the user maps it or makes it an own
exercise (which takes nothing from the exercise it is most like: only the equipment its name says).
A choice the user made before wins over all.
"""

from __future__ import annotations

import re
from enum import StrEnum

from rapidfuzz import fuzz, process, utils

from glueplan.domain.catalog import Catalog, Equipment
from glueplan.domain.record import Record

SAME = 100.0  # the same words
NEAR = 88.0  # score from which a name is mapped without asking (and shown to check)
LIKELY = 70.0  # score from which the nearest exercise is suggested
_BRACKET = re.compile(r"\([^)]*\)")  # a name's qualifier: "(hofteabduksjon)", "(dyp)"


class Action(StrEnum):
    MAP = "map"  # to a catalogue exercise (built-in or own)
    NEW = "new"  # to a new own exercise of that name
    SKIP = "skip"  # leave its sets out


class Choice(Record):
    """What to do with the sets of one name; ``exercise_id`` for MAP only."""

    action: Action
    exercise_id: str | None = None


SKIP = Choice(Action.SKIP)
NEW = Choice(Action.NEW)


class Guess(Record):
    """The exercise a name most likely means (None: none is like it) and how sure that is (0-100)."""

    exercise_id: str | None
    score: float

    @property
    def sure(self) -> bool:
        """The name has the words of the exercise's: nothing to check."""
        return self.score >= SAME

    @property
    def choice(self) -> Choice:
        """What to do unless the user says otherwise: map a name (nearly) the exercise's, skip others."""
        return Choice(Action.MAP, self.exercise_id) if self.score >= NEAR else SKIP


def fold(name: str) -> str:
    """A name as choices are remembered under: case and spacing do not matter."""
    return " ".join(name.casefold().split())


class NameMatcher:
    """Guesses for names against every name and alias of a catalogue's exercises, and against
    a name without its bracket ("Sideliggende beinløft" for "Sideliggende beinløft
    (hofteabduksjon)") where no other exercise's name shortens to the same words."""

    def __init__(self, catalog: Catalog) -> None:
        names: dict[str, str] = {}
        shortened: dict[str, set[str]] = {}
        for exercise in catalog.exercises.values():
            for name in exercise.known_names:
                names.setdefault(utils.default_process(name), exercise.id)
                short = _BRACKET.sub(" ", name)
                if short != name:
                    shortened.setdefault(utils.default_process(short), set()).add(exercise.id)
        self._names = names
        self._keys = list(names)
        self._shortened = {short: ids.pop() for short, ids in shortened.items() if len(ids) == 1 and short not in names}

    def guess(self, name: str) -> Guess:
        words = utils.default_process(name)
        found = process.extractOne(words, self._keys, scorer=fuzz.token_sort_ratio, processor=None,
                                   score_cutoff=LIKELY)
        guess = Guess(None, 0.0) if found is None else Guess(self._names[found[0]], float(found[1]))
        if guess.score < NEAR and words in self._shortened:  # mapped, and shown to check: the bracket may matter
            return Guess(self._shortened[words], NEAR)
        return guess


def named_equipment(name: str) -> tuple[frozenset[Equipment], ...]:
    """The equipment an app's exercise name names, used together ("Lat Pulldown (Cable)", "Bench
    Press (Barbell)" with its bench); a name that names none is done with the body, as the exercise
    editor has it when nothing is ticked."""
    words = f" {utils.default_process(name)} "
    named = frozenset(item for item in Equipment if f" {item.value.replace('_', ' ')} " in words)
    return (named or frozenset({Equipment.BODYWEIGHT}),)
