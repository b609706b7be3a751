"""Edit > Undo and Redo name the step as each language puts a command's name after the verb:
Bokmål read 'Angre Endre sett', a capital in the middle of a sentence (a Norwegian coach's walk)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from glueplan.app.command import History
from glueplan.domain.language import Language
from glueplan.store.repository import Repository
from glueplan.ui.application import install_translators
from tests.ui.test_main_window import make_window


@pytest.mark.parametrize(("language", "undo", "redo"), [(Language.EN, "&Undo ", "&Redo "),
                                                         (Language.DA, "&Fortryd: ", "&Gentag: "),
                                                         (Language.NB, "&Angre: ", "&Gjør om: ")])
def test_undo_and_redo_put_the_steps_name_as_the_language_does(qtbot: QtBot, qapp: QApplication,
                                                               repository: Repository, language: Language,
                                                               undo: str, redo: str) -> None:
    install_translators(qapp, language)
    window = make_window(qtbot, repository, language)
    page = window.programs_page()
    page.template_cards[0].start_button.click()
    assert window.live is not None
    step = window.live.undo_stacks[History.PLAN].text(0)  # "Start «Seteprogram: tre økter»"
    assert step[0].isupper() and window.undo_action.text() == undo + step
    window._fill_history()
    assert window.history_menu.actions()[-1].text() == step  # the history lists the name alone
    window.undo_action.trigger()
    assert window.redo_action.text() == redo + step and window.undo_action.text() == undo.rstrip(": ")
