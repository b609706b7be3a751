"""The placeholder main window: templates are offered on first run and start a stored program."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from glueplan.domain.language import Language
from glueplan.store.repository import Repository
from glueplan.ui.app import first_trainee
from glueplan.ui.main_window import MainWindow, next_monday


def make_window(qtbot: QtBot, repository: Repository, language: Language = Language.EN) -> MainWindow:
    window = MainWindow(repository, first_trainee(repository, language), language)
    qtbot.addWidget(window)
    window.show()
    return window


def test_first_run_creates_one_trainee_in_the_users_language(repository: Repository) -> None:
    trainee_id = first_trainee(repository, Language.NB)
    assert repository.trainee(trainee_id).name == "Meg"
    assert first_trainee(repository, Language.DA) == trainee_id
    assert repository.trainee_ids() == [trainee_id]


def test_both_templates_are_offered_with_their_sessions(qtbot: QtBot, repository: Repository) -> None:
    window = make_window(qtbot, repository, Language.DA)
    assert [card.template.id for card in window.template_cards] == ["seed-000", "seed-002"]
    assert window.template_cards[0].title() == "Balleprogram: tre træninger"
    assert window.program_list.count() == 1  # the "no program yet" hint


def test_starting_a_template_stores_a_program_starting_next_monday(qtbot: QtBot, repository: Repository) -> None:
    window = make_window(qtbot, repository)
    window.template_cards[1].start_button.click()
    (program_id, name), = repository.programs(window.trainee_id)
    assert name == "Gluteus medius: stability and strength"
    assert window.program_list.item(0).text() == name
    program = repository.program(program_id)
    assert program.start is not None and program.start.weekday() == 0 and program.start >= date.today()
    assert len(program.weeks) == 6


def test_next_monday() -> None:
    assert next_monday(date(2026, 11, 22)) == date(2026, 11, 23)  # a Sunday
    assert next_monday(date(2026, 11, 23)) == date(2026, 11, 23)  # already Monday
