"""How a dose is worded wherever glueplan writes one beside its numbers: the week's cells, an exercise's details,
the Log's target and its sets, the calendar's events and the printed sheet. One place for each wording, so that a
change reaches them all ("rest 3:00 between sets" in the calendar beside "rest 3:00" in the week, "Rest 3:00" on
the sheet), in a module light enough for the window's first paint (program_sheet brings in the rules engine)."""

from __future__ import annotations

from glueplan.domain.catalog import Prescription
from glueplan.domain.language import Language, rest_clock
from glueplan.domain.messages import messages


def sets_reps(prescription: Prescription, unilateral: bool, language: Language) -> str:
    """ "2 × 8–10", "3 × 12 per side"."""
    return " ".join(filter(None, sets_reps_parts(prescription, unilateral, language)))


def sets_reps_parts(prescription: Prescription, unilateral: bool, language: Language) -> tuple[str, str]:
    """The sets and reps ("3 × 12") and a one-sided lift's words for the side ("per side"; "" for both sides) apart:
    the week's narrow days keep the first whole and break before the second, which no language then repeats."""
    dose = messages()("sheet.sets_reps", language, sets=prescription.sets, reps=str(prescription.reps))
    return dose, messages()("dose.per_side", language) if unilateral else ""


def rir_said(rir: int | str, language: Language) -> str:
    """Reps in reserve beside a dose's or a set's numbers, "RIR 2" (``rir`` as typed where a typed set is named)."""
    return messages()("dose.rir", language, rir=rir)


def rest_said(rest_s: int, language: Language) -> str:
    """A rest beside a dose, named ("rest 3:00", "pause 3:00"): a bare 3:00 reads as a time of day. The sheet's week
    plan alone writes the clock bare, in its column headed Rest."""
    return messages()("dose.rest", language, rest=rest_clock(rest_s))
