"""A name with an ampersand ("Knee & hip") keeps it where Qt reads "&" as the mark of an Alt+letter
key: the title of an own template's card, Edit > Undo and Redo, Edit > Undo history and the
Log form's exercise box. (They showed "Knee _hip", the space underlined.)"""

from __future__ import annotations

from datetime import time, timedelta

from msgspec.structs import replace
import pytest
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from glueplan.app import clock
from glueplan.domain.catalog import Catalog
from glueplan.domain.language import Localized
from glueplan.domain.plan import PlannedExercise, Program, Session, Week, Weekday
from glueplan.domain.trainee import Trainee
from glueplan.store.database import Store
from glueplan.store.repository import Repository
from tests.conftest import workspace_on
from tests.ui.test_main_window import make_window
from tests.ui.test_print_menu import window_on

SHOWN = "Knee && hip"  # what Qt draws as "Knee & hip"


def test_an_ampersand_in_a_name_is_shown_not_taken_for_a_key(qtbot: QtBot, repository: Repository,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window(qtbot, repository)
    page = window.programs_page()
    page.template_cards[0].start_button.click()
    window.show_programs()
    monkeypatch.setattr(QInputDialog, "exec", lambda dialog: dialog.setTextValue("Knee & hip") or 1)
    page.template_button.click()
    assert page.template_cards[-1].title() == SHOWN
    step = f"Save “{SHOWN}” as a template"
    assert window.undo_action.text() == f"&Undo {step}"
    window._fill_history()
    assert window.history_menu.actions()[-1].text() == step
    window.undo_action.trigger()
    assert window.redo_action.text() == f"&Redo {step}" and window.redo_action.isEnabled()
    assert window.undo_action.text() == "&Undo Start “Glute program: three workouts”"
    window.redo_action.trigger()
    assert page.template_cards[-1].template.name.en == "Knee & hip"


def test_an_own_exercise_named_with_an_ampersand_keeps_it_on_the_log(qtbot: QtBot, store: Store,
                                                                        catalog: Catalog) -> None:
    repository = Repository(store)
    trainee = repository.add_trainee(Trainee("Ida"))
    mine = repository.add_custom_exercise(replace(catalog.exercise("clamshell"), name=Localized.same("Knee & hip"),
                                                  custom=True))
    today = clock.today()
    week = Week((Session(Weekday(today.weekday()), time(7), "Hip", (PlannedExercise(mine.id, mine.prescription),)),))
    repository.add_program(trainee, Program("Rehab", (week,), today - timedelta(days=today.weekday())))
    window = window_on(qtbot, workspace_on(store))
    window.tabs.setCurrentWidget(window.log_tab)
    qtbot.waitUntil(lambda: window.log_tab.page is not None and bool(window.log_tab.page.blocks))
    assert [block.title() for block in window.log_tab.page.blocks] == [SHOWN]
