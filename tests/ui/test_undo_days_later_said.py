"""Edit > Undo days after a plan edit: the days lived since keep what they hold, and the status bar says which."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot

from glueplan.domain.commands import EditPlanned, EditPlannedAll
from glueplan.domain.language import Language
from glueplan.store.repository import Repository
from glueplan.ui.main_window import MainWindow
from tests.conftest import PROGRAM_START, seed_000
from tests.ui.test_main_window import make_window


def undone_days_later(qtbot: QtBot, repository: Repository, monkeypatch: pytest.MonkeyPatch,
                      language: Language) -> MainWindow:
    """Wednesday's and Friday's first exercise given a set more on Monday, and Edit > Undo on Thursday."""
    window = make_window(qtbot, repository, language)
    window.open_program(repository.add_program(window.live.workspace.trainee_id, seed_000(), "seed-000"))
    window.tabs.setCurrentWidget(window.week_tab)
    live = window.live
    window.live.apply(EditPlannedAll(tuple(
        EditPlanned(0, n, 0, replace(item.prescription, sets=3), item.load_kg, item.note)
        for n in (1, 2) if (item := live.program.weeks[0].sessions[n].items[0]))))
    monkeypatch.setattr("glueplan.app.workspace.today", lambda: PROGRAM_START + timedelta(days=3))
    with qtbot.waitSignal(live.kept_lived), qtbot.assertNotEmitted(live.failed):
        window.undo_action.trigger()
    return window


def test_an_undo_days_later_says_the_day_lived_since_stays(qtbot: QtBot, repository: Repository,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Friday goes back to 2 sets, Wednesday (gone since) keeps 3, in the database and on the Week tab, and the status
    bar says so; nothing is asked in a box (failed before: Wednesday went back to 2 sets, and nothing was said)."""
    window = undone_days_later(qtbot, repository, monkeypatch, Language.EN)
    week = window.live.program.weeks[0]
    assert [s.items[0].prescription.sets for s in week.sessions[1:]] == [3, 2]
    assert window.statusBar().currentMessage() == ("Undone, except the days gone or logged since, which stay as they "
                                                   "were: Wednesday 25 November.")
