"""Edit > Undo days after a plan edit: the days lived since keep what they hold, and the status bar says which."""

from __future__ import annotations

from datetime import timedelta

from msgspec.structs import replace
import pytest
from pytestqt.qtbot import QtBot

from glueplan.app.command import History
from glueplan.domain.commands import EditPlanned, EditPlannedAll
from glueplan.domain.plan import Weekday
from glueplan.domain.language import Language
from glueplan.store.repository import Repository
from glueplan.ui.main_window import MainWindow
from tests.app.test_undo_keeps_history import set_on
from tests.conftest import PROGRAM_START, seed_000
from tests.ui.test_main_window import make_window


def given_a_set_more(qtbot: QtBot, repository: Repository, language: Language, sessions: tuple[int, ...]) -> MainWindow:
    """The window on the Week tab, the first exercise of week 1's ``sessions`` given a set more on Monday."""
    window = make_window(qtbot, repository, language)
    window.open_program(repository.add_program(window.live.workspace.trainee_id, seed_000(), "seed-000"))
    window.tabs.setCurrentWidget(window.week_tab)
    live = window.live
    live.apply(EditPlannedAll(tuple(EditPlanned(0, n, 0, replace(item.prescription, sets=3), item.load_kg, item.note)
                                    for n in sessions if (item := live.program.weeks[0].sessions[n].items[0]))))
    return window


def undone_days_later(qtbot: QtBot, repository: Repository, monkeypatch: pytest.MonkeyPatch,
                      language: Language) -> MainWindow:
    """Wednesday's and Friday's first exercise given a set more on Monday, and Edit > Undo on Thursday."""
    window = given_a_set_more(qtbot, repository, language, (1, 2))
    live = window.live
    monkeypatch.setattr("glueplan.app.clock.today", lambda: PROGRAM_START + timedelta(days=3))
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


def test_an_undo_of_days_all_lived_since_is_refused_and_taken_off_the_history(qtbot: QtBot,
                                                                              repository: Repository) -> None:
    """Friday given a set more, then Wednesday, on Monday; a set logged on Wednesday against it (the Log takes a day
    ahead): Edit > Undo of Wednesday's step is refused, said in the status bar, and the step leaves the history, so that
    the next Undo takes Friday's (failed before: the refused step stayed on top for ever, and Friday's could never be
    undone; before that, it was said as "Undone, except" and moved to Redo with nothing undone)."""
    window = given_a_set_more(qtbot, repository, Language.EN, (2,))
    live, plan = window.live, window.live.undo_stacks[History.PLAN]
    item = live.program.weeks[0].sessions[1].items[0]
    live.apply(EditPlanned(0, 1, 0, replace(item.prescription, sets=3), item.load_kg, item.note))
    live.run(set_on(live.program, 0, Weekday.WED))
    with qtbot.waitSignal(live.all_lived), qtbot.assertNotEmitted(live.kept_lived):
        window.undo_action.trigger()
    assert window.statusBar().currentMessage() == ("Nothing undone: every day the step changed is gone or logged since "
                                                   "(Wednesday 25 November), so it is taken off the undo history.")
    qtbot.waitUntil(lambda: plan.count() == 1)
    assert live.program.weeks[0].sessions[1].items[0].prescription.sets == 3
    window.undo_action.trigger()
    assert [s.items[0].prescription.sets for s in live.program.weeks[0].sessions[1:3]] == [3, 2] and plan.canRedo()
    window.redo_action.trigger()
    assert live.program.weeks[0].sessions[2].items[0].prescription.sets == 3 and not plan.canRedo()
