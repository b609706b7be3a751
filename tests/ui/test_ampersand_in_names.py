"""A name with an ampersand ("Knee & hip") keeps it where Qt reads "&" as the mark of an Alt+letter
key: the title of an own template's card, Edit > Undo and Redo, and Edit > Undo history. (They
showed "Knee _hip", the space underlined.)"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from glueplan.store.repository import Repository
from tests.ui.test_main_window import make_window

SHOWN = "Knee && hip"  # what Qt draws as "Knee & hip"


def test_an_ampersand_in_a_name_is_shown_not_taken_for_a_key(qtbot: QtBot, repository: Repository,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window(qtbot, repository)
    page = window.programs_page()
    page.template_cards[0].start_button.click()
    window.show_programs()
    monkeypatch.setattr(QInputDialog, "getText", lambda *_args, **_kw: ("Knee & hip", True))
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
