"""The paper a sheet is printed on, and the one first offered: where a locale is at home (a module of its own, as
the Log's text of a set asks it at the window's start, before the rules engine that the program sheet brings in)."""

from __future__ import annotations

from enum import StrEnum

from glueplan.domain.language import territory


class Paper(StrEnum):
    A4 = "a4"
    LETTER = "letter"


# Where paper is Letter, not A4: CLDR's supplemental measurementData (paperSize "US-Letter").
LETTER_TERRITORIES = frozenset({"US", "PR", "CA", "MX", "BZ", "GT", "SV", "NI", "CR", "PA", "CO", "VE", "PE", "CL",
                                "PH"})


def paper_for(locale_name: str) -> Paper:
    """The paper a sheet is printed on by default where the locale ``locale_name`` ("en_US") is at home."""
    return Paper.LETTER if territory(locale_name) in LETTER_TERRITORIES else Paper.A4
