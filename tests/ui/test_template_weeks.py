"""Starting a template for the weeks chosen on its card: an English lifter who wanted 12 weeks got the
template's 6 and made the rest with six rounds of Copy week forward."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from glueplan.app.program_list_edits import SaveAsTemplate
from glueplan.domain.language import Language
from glueplan.store.repository import Repository
from glueplan.ui.application import install_translators
from glueplan.ui.shared.undo_text import UndoText
from tests.ui.test_main_window import make_window
from tests.ui.test_programs_page import listed, undo


def test_a_template_started_for_12_weeks_has_12_its_deloads_in_6_and_12_and_undo_takes_it_back(
        qtbot: QtBot, repository: Repository) -> None:
    window = make_window(qtbot, repository)
    page = window.programs_page()
    window.show_programs()
    card = page.template_cards[0]
    card.weeks.setValue(12)
    card.start_button.click()
    assert window.live is not None and window.live.program is not None
    weeks = window.live.program.weeks
    assert len(weeks) == 12
    assert [number for number, week in enumerate(weeks, 1) if week.deload] == [6, 12]
    window.show_programs()
    assert [text.split(" · ")[2] for text in listed(page)] == ["12 weeks"]
    undo(window)
    assert repository.programs(window.live.workspace.trainee_id) == []


def test_the_weeks_start_at_the_templates_own_length(qtbot: QtBot, repository: Repository) -> None:
    """A built-in template's 6; a template of the user's own kept from a 3-week program, its 3."""
    window = make_window(qtbot, repository)
    page = window.programs_page()
    window.show_programs()
    assert [card.weeks.value() for card in page.template_cards] == [6, 6]
    page.template_cards[0].weeks.setValue(3)
    page.template_cards[0].start_button.click()
    assert window.live is not None and window.live.workspace.program_id is not None
    window.live.run_or_report(SaveAsTemplate(window.live.workspace.program_id, "Three weeks", UndoText(lambda: "Save")))
    window.show_programs()
    assert [card.weeks.value() for card in page.template_cards] == [6, 6, 3]


@pytest.mark.parametrize(("language", "letter"), [(Language.EN, Qt.Key.Key_W), (Language.DA, Qt.Key.Key_U),
                                                   (Language.NB, Qt.Key.Key_U)], ids=["en", "da", "nb"])
def test_alt_and_a_letter_puts_the_keyboard_in_a_templates_weeks(qtbot: QtBot, qapp: QApplication,
                                                                 repository: Repository, language: Language,
                                                                 letter: Qt.Key) -> None:
    """Each card's weeks in turn, as Alt and the letter are pressed again."""
    install_translators(qapp, language)
    window = make_window(qtbot, repository, language)
    page = window.programs_page()
    window.show_programs()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    boxes = [card.weeks for card in page.template_cards]
    reached = []
    for _card in boxes:
        qtbot.keyClick(QApplication.focusWidget(), letter, Qt.KeyboardModifier.AltModifier)
        reached.append(QApplication.focusWidget())
    assert set(reached) == set(boxes)
