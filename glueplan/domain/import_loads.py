"""Whether an import's loads are believable in the unit they are read in. A file in lb read as
kg makes a 300 lb hip thrust 300 kg and a 655 lb one 655 kg; once imported, importing it again
with the right unit adds nothing (a set is known by its place in the file, not its load), so the
preview says so before anything is written.
"""

from __future__ import annotations

from collections.abc import Iterable

from glueplan.domain.catalog import Equipment, Exercise

# The deadlift's world record (Hafþór Björnsson, 2020): no lift with a bar, dumbbells, a cable or
# the body is heavier. A machine's sled (a leg press) is loaded beyond it, so machines have no limit.
RECORD_KG = 501.0
POUND_STEP = 5.0  # pound plates and dumbbells go up in 5 lb; a log in kg has its 62.5s, 22.5s, 12s and 14s
POUND_SHARE = 0.8  # of the different loads multiples of 5: pounds (a log in kg has about half)
POUND_LOADS = 8  # different loads it takes to tell


def beyond_record(exercise: Exercise, kg: float) -> bool:
    """Whether ``kg`` is more than anyone has lifted in an exercise of this kind."""
    machine = all(Equipment.MACHINE in option for option in exercise.equipment)
    return not machine and kg > RECORD_KG


def look_like_pounds(loads: Iterable[float]) -> bool:
    """Whether loads written without a unit have the pattern of pounds: nearly all of the different
    ones multiples of 5."""
    different = {load for load in loads if load > 0}
    steps = sum(load % POUND_STEP == 0 for load in different)
    return len(different) >= POUND_LOADS and steps >= POUND_SHARE * len(different)
