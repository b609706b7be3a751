"""The day's note as an undoable, repeatable edit, and readiness read from the log."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from glueplan.app.changes import ChangeSet
from glueplan.app.log_edits import EditSessionNote, LogSet
from glueplan.app.workspace import Workspace
from glueplan.domain.log import LoggedSet
from glueplan.store.errors import StaleNote

DAY = date(2026, 11, 23)


def test_a_days_note_is_done_undone_and_repeated_safely(workspace: Workspace) -> None:
    edit = EditSessionNote(DAY, "", "Knee sore on lunges", "note")
    assert workspace.execute(edit) == ChangeSet(log_days=frozenset({DAY}))
    workspace.execute(edit)  # repeated: changes nothing, refuses nothing
    assert workspace.session_note(DAY) == "Knee sore on lunges"
    workspace.revert(edit)
    workspace.revert(edit)
    assert workspace.session_note(DAY) == ""


def test_a_note_changed_in_another_window_is_not_overwritten(workspace: Workspace) -> None:
    workspace.execute(EditSessionNote(DAY, "", "Mine", "note"))
    with pytest.raises(StaleNote):
        workspace.execute(EditSessionNote(DAY, "", "Theirs", "note"))  # made from an older view
    assert workspace.session_note(DAY) == "Mine"


def test_readiness_at_a_moment_reads_the_week_before_it(workspace: Workspace) -> None:
    for minute in range(6):
        workspace.execute(LogSet(LoggedSet("barbell_hip_thrust", datetime(2026, 11, 22, 18, minute), 100, 10, 1),
                                 "log"))
    ready = workspace.readiness_at(datetime(2026, 11, 23, 18, 3))
    assert ready["gluteus_maximus"] == pytest.approx(56, abs=1.5)
    assert ready["calves"] == 100.0
    assert workspace.readiness_at(datetime(2026, 12, 1, 18))["gluteus_maximus"] == 100.0
