"""Which exercises a search typed in the library means.

An exercise is found when what was typed is part of one of its names (any language) or other names.
When no exercise's name holds it, the exercises with a name nearly like it are found instead, ranked
by closeness, so that a typo ("hoftelft", "udfaald") or a name typed without Danish letters
("dodloft") still lists what was meant. Closeness is rapidfuzz's, as the import's name matching has
it (``glueplan.domain.import_mapping``), but measured against the best-matching part of a name, since
a search is usually part of one.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from glueplan.domain.catalog import Exercise

CLOSE = 80.0  # closeness (0-100) from which a name counts as nearly what was typed
SHORTEST = 4  # fewer letters are nearly part of too many names to mean any
Closeness = tuple[float, float]  # of the most alike part of a name, then of the whole name: higher is closer
SAME: Closeness = (100.0, 100.0)
_LETTERS = str.maketrans({"ø": "o", "æ": "ae", "ð": "d", "þ": "th", "ß": "ss"})


def folded(text: str) -> str:
    """Text as closeness is measured: case, punctuation and accents aside, and the Danish and
    Norwegian letters as a keyboard without them types them ("dødløft" as "dodloft")."""
    from rapidfuzz import utils  # with the rest of rapidfuzz when a typo is searched: see NameSearch

    plain = unicodedata.normalize("NFKD", utils.default_process(text).translate(_LETTERS))
    return "".join(letter for letter in plain if not unicodedata.combining(letter))


class NameSearch:
    """The names of a catalogue's exercises, ready to be searched on every keystroke. Their folded
    forms, and rapidfuzz, are made ready by the first search that finds no name holding what was typed:
    most sessions search none, and rapidfuzz's compiled modules took about 25 ms and 2.4 MiB of every
    start (the 10-year session's peak memory came to 149.4 MiB, the aim being under 150)."""

    def __init__(self, exercises: Iterable[Exercise]) -> None:
        self._exercises = tuple(exercises)
        self._keys: list[str] = []
        self._ids: list[str] = []

    def _folded_names(self) -> tuple[list[str], list[str]]:
        """Every name of every exercise, folded, with its exercise's id beside it."""
        if not self._keys:
            for exercise in self._exercises:
                for name in exercise.known_names:
                    self._keys.append(folded(name))
                    self._ids.append(exercise.id)
        return self._keys, self._ids

    def found(self, query: str) -> tuple[dict[str, Closeness], bool]:
        """The ids of the exercises ``query`` finds, each with its closeness (the most, ``SAME``: a name
        holds it), and whether they are only close names (no name holds the query)."""
        exact = {exercise.id: SAME for exercise in self._exercises if exercise.matches(query)}
        if exact or len(query.strip()) < SHORTEST:
            return exact, False
        from rapidfuzz import fuzz, process

        keys, ids = self._folded_names()
        typed = folded(query)
        close: dict[str, Closeness] = {}
        for key, score, position in process.extract(typed, keys, scorer=fuzz.partial_ratio, processor=None,
                                                    score_cutoff=CLOSE, limit=None):
            exercise_id = ids[position]
            close[exercise_id] = max((score, fuzz.ratio(typed, key)), close.get(exercise_id, (0.0, 0.0)))
        return close, True
