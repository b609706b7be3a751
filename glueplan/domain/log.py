"""What was actually lifted: one logged set, the raw material of progress charts.

One-sided exercises are logged per side. How a side's set counts (training-science.md):
prescriptions of one-sided exercises are per side ("3 x 6-12 / leg"), and the rules count such
an item as its sets for each muscle it trains, so a set done on each side is one set of work for
the muscle, as a two-sided set is: each side had one. A set of one side alone gave that side a
set and the other none; the muscle's number stands for both sides, so it is half a set (a left
and a right set are one). Volume load counts every rep that moved the load: a set done on each
side moved it ``reps`` times on each side.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from datetime import datetime
from enum import StrEnum
from typing import Literal

from glueplan.domain import limits
from glueplan.domain.catalog import Laterality
from glueplan.domain.language import Language
from glueplan.domain.messages import messages
from glueplan.domain.trainee import Units
from glueplan.domain.record import Record

KG_PER_LB = 0.45359237
_NUMBER = re.compile(r"\s*(-?\d+(?:[.,]\d+)?)\s*\Z")
_UNIT = re.compile(r"(kg|lbs?)\s*\Z", re.IGNORECASE)
EntryField = Literal["weight", "reps", "rir"]  # the fields a set is typed in that a refusal can be about


class Side(StrEnum):
    """Which side a set worked: BOTH is a two-sided lift, or a one-sided exercise done on each
    side in turn (its reps are per side); LEFT or RIGHT is that side alone."""

    BOTH = "both"
    LEFT = "left"
    RIGHT = "right"

    @property
    def share(self) -> float:
        """The part of a set of work this set is for the muscle as a whole (see the module's doc)."""
        return 1.0 if self is Side.BOTH else 0.5


class LoggedSet(Record):
    exercise_id: str
    performed_at: datetime  # local wall-clock time of the set
    weight_kg: float
    reps: int
    rir: int | None = None
    note: str = ""
    planned_exercise_id: int | None = None
    warm_up: bool = False  # marked so (imported ones are): counts for no progression and no hard set
    side: Side = Side.BOTH

    def __post_init__(self) -> None:
        if self.weight_kg not in limits.WEIGHT_KG:
            raise ValueError(f"weight must be between 0 and {limits.WEIGHT_KG.high:g} kg, got {self.weight_kg:g}")
        if self.reps not in limits.REPS:
            raise ValueError(f"reps must be between {limits.REPS.low} and {limits.REPS.high}, got {self.reps}")
        if self.rir is not None and self.rir not in limits.RIR:
            raise ValueError(f"RIR must be between {limits.RIR.low} and {limits.RIR.high}, got {self.rir}")


def reps_moved(logged: LoggedSet, laterality: Laterality) -> int:
    """How often the load was moved: on each side for a one-sided exercise done on each side."""
    return logged.reps * (2 if logged.side is Side.BOTH and laterality is Laterality.UNILATERAL else 1)


def sets_of_work(sets: Iterable[LoggedSet]) -> float:
    """How many sets of work these are for the muscles they train: one side alone is half."""
    return sum(s.side.share for s in sets)


MAX_NUMBER_LENGTH = 12  # "1000.25 lbs" fits; longer input is no load, rep or RIR count


def parse_number(text: str) -> float | None:
    """ "62,5" and "62.5" are both 62.5: Danes and Norwegians write it either way. None if not a
    number: too long to be a count, or written with digits of more than one script."""
    match = _NUMBER.match(text) if len(text.strip()) <= MAX_NUMBER_LENGTH else None
    if match is None:
        return None
    zeros = {ord(c) - unicodedata.digit(c) for c in match[1] if c.isdigit()}
    if len(zeros) != 1:  # '𑁩8𝟫' mixes Brahmi, Latin and mathematical digits
        return None
    return float(match[1].replace(",", "."))


def shown(text: str) -> str:
    """Typed text as a message quotes it: stripped, and cut to a readable length."""
    typed = text.strip()
    return typed if len(typed) <= 20 else typed[:20] + "…"


def to_kg(value: float, units: Units) -> float:
    return value if units is Units.KG else value * KG_PER_LB


def as_typed(kg: float, units: Units) -> tuple[float, Units]:
    """A stored load as it was typed, to three decimals: in ``units`` (the trainee's) if that
    gives the stored load back exactly, else in the other unit if that does (typed "100 kg" by a
    lifter in lb), else in kg rounded (no one types a load to a gram)."""
    for unit in (units, *(other for other in Units if other is not units)):
        value = round(kg if unit is Units.KG else kg / KG_PER_LB, 3)
        if to_kg(value, unit) == kg:
            return value, unit
    return round(kg, 3), Units.KG


def weight_kg(text: str, units: Units) -> float | None:
    """A typed load in kg: in the user's units, or in the unit written after it ("100 kg")."""
    unit = _UNIT.search(text)
    value = parse_number(text[:unit.start()] if unit else text)
    if value is None:
        return None
    written = units if unit is None else Units(unit[1].lower().removesuffix("s"))  # "lbs" is lb
    return to_kg(value, written) + 0.0  # "-0" is 0


def too_fine(load: str) -> bool:
    """Whether a typed load has more decimals than a load is made up to ("62,565 kg"; limits.WEIGHT_DECIMALS): a
    slip, refused, and not to be tidied into a load that looks right."""
    unit = _UNIT.search(load)
    number = _NUMBER.match(load[:unit.start()] if unit else load)
    return number is not None and len(number[1].replace(",", ".").partition(".")[2]) > limits.WEIGHT_DECIMALS


class Refusal(Record):
    """Why a typed set cannot be saved, as the message says it, and the field it is about ("weight", "reps" or
    "rir"): the one to put right, where the keyboard goes. Left in the field Enter was pressed in, the keyboard
    took the next set's load as a RIR, its reps as a note, and the set after went to the next exercise. Not a
    str: a str subclass lost its field to any string operation, and passed for the text where it was compared."""

    text: str
    field: EntryField


def read_entry(weight: str, reps: str, rir: str, units: Units,
               language: Language) -> tuple[float, int, int | None] | Refusal:
    """A set as typed: (weight in kg, reps, RIR or None), or the reason it cannot be saved."""
    text = messages()
    kg = weight_kg(weight, units) if weight.strip() else 0.0
    if kg is None:
        return Refusal(text("log.weight_not_a_number", language, value=shown(weight)), "weight")
    if kg < 0:
        return Refusal(text("log.weight_negative", language), "weight")
    if kg > limits.WEIGHT_KG.high:
        typed = shown(weight)
        written = typed if _UNIT.search(typed) else f"{typed} {units.value}"
        return Refusal(text("log.weight_too_heavy", language, value=written), "weight")
    if too_fine(weight):
        return Refusal(text("log.weight_decimals", language, value=shown(weight)), "weight")
    if not reps.strip():  # "not “”" would quote nothing back
        return Refusal(text("log.reps_missing", language), "reps")
    count = parse_number(reps)
    if count is None and reps.strip().isdecimal() and len(reps.strip()) > MAX_NUMBER_LENGTH:  # far too many digits
        return Refusal(text("log.reps_range", language, value=shown(reps), limit=limits.REPS.high), "reps")
    if count is None or count != int(count):
        return Refusal(text("log.reps_not_whole", language, value=shown(reps)), "reps")
    if count not in limits.REPS:
        return Refusal(text("log.reps_range", language, value=shown(reps), limit=limits.REPS.high), "reps")
    reserve = None
    if rir.strip():
        value = parse_number(rir)
        if value is None or value != int(value) or value not in limits.RIR:
            return Refusal(text("log.rir_range", language, value=shown(rir), limit=limits.RIR.high), "rir")
        reserve = int(value)
    return kg, int(count), reserve
