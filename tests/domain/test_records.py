"""glueplan's immutable values are Records (domain/record.py): equal by what they hold, not by the database row or the
rules they were made with, and checked again when copied with a change."""

from __future__ import annotations

from datetime import time

import pytest
from msgspec.structs import replace

from glueplan.domain.catalog import Prescription, RepRange
from glueplan.domain.commands import CopyWeekForward, MakeDeload
from glueplan.domain.plan import PlannedExercise, Session, Weekday
from glueplan.domain.planner.request import FreeSlot, PlanRequest
from glueplan.domain.thresholds import builtin_thresholds
from glueplan.domain.trainee import Level

DOSE = Prescription(3, RepRange(8, 12), 2, 120)


def test_a_part_of_a_plan_read_back_with_its_row_equals_the_one_written() -> None:
    written = Session(Weekday.MON, time(17, 30), "A", (PlannedExercise("barbell_hip_thrust", DOSE),))
    read_back = Session(Weekday.MON, time(17, 30), "A", (PlannedExercise("barbell_hip_thrust", DOSE, id=7),), id=3)
    assert read_back == written and hash(read_back) == hash(written) and len({read_back, written}) == 1
    assert read_back != replace(written, title="B") and read_back.items[0] != replace(written.items[0], note="slow")


def test_a_command_is_the_same_change_whatever_rules_it_was_made_with() -> None:
    beginner, advanced = builtin_thresholds()[Level.BEGINNER], builtin_thresholds()[Level.ADVANCED]
    assert MakeDeload(2, beginner) == MakeDeload(2, advanced) and len({MakeDeload(2, beginner), MakeDeload(2)}) == 1
    assert CopyWeekForward(1, beginner) == CopyWeekForward(1) and MakeDeload(2) != MakeDeload(3)


def test_a_record_copied_with_a_change_is_checked_again_and_none_can_be_changed_in_place() -> None:
    request = PlanRequest((FreeSlot(Weekday.WED), FreeSlot(Weekday.MON)), 45, frozenset())
    assert [slot.day for slot in request.slots] == [Weekday.MON, Weekday.WED] and request.has_day(Weekday.WED)
    with pytest.raises(ValueError, match="one free slot a day"):
        replace(request, slots=(FreeSlot(Weekday.MON), FreeSlot(Weekday.MON)))
    with pytest.raises(AttributeError):
        request.minutes = 60  # type: ignore[misc]

