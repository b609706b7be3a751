"""Whether an import's loads are believable in the unit they are read in. A file in lb read as
kg makes a 300 lb hip thrust 300 kg and a 655 lb one 655 kg; once imported, importing it again
with the right unit adds nothing (a set is known by its place in the file, not its load), so the
preview says so before anything is written.
"""

from __future__ import annotations

from collections.abc import Iterable
from math import inf

from glueplan.domain.catalog import Equipment, Exercise
from glueplan.domain.record import Record


class LoadLimit(Record):
    """The heaviest load believable on an implement, and what it is (``what``: a key of messages.toml's
    import.limit, saying it)."""

    kg: float
    what: str


# The deadlift's world record (Hafþór Björnsson, 2020): no lift with a bar is heavier.
RECORD = LoadLimit(501.0, "record")
# A machine's sled (a leg press) is loaded beyond any bar: no load passes this limit, so it is never said and
# messages.toml has no import.limit.machine.
NO_LIMIT = LoadLimit(inf, "machine")
# The rest are design figures (training-science.md names none): each above what a log in kg holds, so that
# what passes it is a unit mistake (a 300 kg cable kickback is 300 lb read as kg).
HELD = LoadLimit(200.0, "held")  # a pair of the heaviest dumbbells or kettlebells gyms keep (about 100 kg), summed
STACK = LoadLimit(200.0, "stack")  # a cable station's weight stack: the heaviest end near 150 kg
BAND = LoadLimit(100.0, "band")  # the tension printed on the strongest bands
ANKLE = LoadLimit(25.0, "ankle_weight")  # ankle weights are made up to about 10 kg each
BODY = LoadLimit(150.0, "body")  # a vest or a plate on a body-weight exercise, or the body itself where a log writes it

# Each implement's limit; a bench, a box, a rack carry nothing: what is added is held, as on the body.
LIMITS: dict[Equipment, LoadLimit] = {
    Equipment.BARBELL: RECORD, Equipment.MACHINE: NO_LIMIT, Equipment.DUMBBELL: HELD, Equipment.KETTLEBELL: HELD,
    Equipment.CABLE: STACK, Equipment.BAND: BAND, Equipment.MINI_BAND: BAND, Equipment.ANKLE_WEIGHT: ANKLE,
    Equipment.BODYWEIGHT: BODY, Equipment.BENCH: BODY, Equipment.BOX: BODY, Equipment.SQUAT_RACK: BODY,
    Equipment.HYPEREXTENSION_BENCH: BODY,
}

POUND_STEP = 5.0  # pound plates and dumbbells go up in 5 lb; a log in kg has its 62.5s, 22.5s, 12s and 14s
POUND_SHARE = 0.8  # of the different loads multiples of 5 (a log in kg with 2 and 2.5-kg steps has about half)
POUND_LOADS = 8  # different loads it takes to tell
# The 45-lb bar with pairs of 45, 25, 10 and 5-lb plates makes 95, 135, 185, 225: a barbell load in lb ends
# in 5 unless 2.5-lb plates are on. The 20-kg bar with pairs of 5 to 25-kg plates makes loads ending in 0;
# a kg lifter who steps by 5 kg puts 2.5s on every other time.
POUND_BAR_KG = 45.0  # the bar alone in lb: lighter is no barbell load in lb
POUND_BAR_SHARE = 2 / 3  # of a file's different barbell loads ending in 5: pounds (stepping by 5 kg: about half)
POUND_BAR_LOADS = 4  # different barbell loads it takes to tell


def load_limit(exercise: Exercise) -> LoadLimit:
    """The heaviest load believable in ``exercise``: that of its heaviest implement, in any of its ways of doing
    it, as a log does not say which was used (a glute bridge on the floor or under a bar). An own exercise's
    equipment is guessed from its name or left as the editor starts it: only the record holds it, or nothing
    for a machine."""
    if exercise.custom or not exercise.equipment:
        machine = bool(exercise.equipment) and all(Equipment.MACHINE in option for option in exercise.equipment)
        return NO_LIMIT if machine else RECORD
    return max((LIMITS[item] for option in exercise.equipment for item in option), key=lambda limit: limit.kg)


def on_a_bar(exercise: Exercise) -> bool:
    """Whether the main way of doing ``exercise`` (the catalogue's first) is with a barbell."""
    return bool(exercise.equipment) and Equipment.BARBELL in exercise.equipment[0]


def look_like_pounds(loads: Iterable[tuple[float, bool]]) -> bool:
    """Whether loads written without a unit, each with whether it is on a barbell, have the pattern of pounds:
    nearly all of the different ones multiples of 5, and most of the barbell's ending in 5, as the 45-lb bar's
    do. A kg lifter who steps by 5 kg has the first and not the second."""
    loaded = [(load, bar) for load, bar in loads if load > 0]
    different = {load for load, _bar in loaded}
    steps = sum(load % POUND_STEP == 0 for load in different)
    bar = {load for load, on_bar in loaded if on_bar and load >= POUND_BAR_KG and load % POUND_STEP == 0}
    odd = sum(load % (2 * POUND_STEP) == POUND_STEP for load in bar)
    return (len(different) >= POUND_LOADS and steps >= POUND_SHARE * len(different)
            and len(bar) >= POUND_BAR_LOADS and odd >= POUND_BAR_SHARE * len(bar))
