"""Plan my week in the app: the request a trainee's profile suggests, and accepting a proposal,
which starts it as a new program in one undoable edit."""

from __future__ import annotations

from datetime import date

from msgspec.structs import replace

from glueplan.app.setup_edits import StartProgram
from glueplan.domain.plan import next_monday
from glueplan.domain.planner import Proposal


def accept_proposal(proposal: Proposal, today: date, text: str) -> StartProgram:
    """The edit that starts the proposed program next Monday and opens it; undone, the program
    goes and the one shown before comes back."""
    return StartProgram(replace(proposal.program, start=next_monday(today)), None, text)
