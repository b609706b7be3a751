"""A session's time is written as the app's language writes a time of day, on every page that
shows one: seen as a new Danish user, the Week tab's calendar said "17:30 Træning 1" above
findings that said "mandag kl. 17.30", and the History tab wrote "09.13"."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from glueplan.app.opening import open_workspace
from glueplan.domain.catalog import builtin_catalog
from glueplan.domain.commands import SessionHead
from glueplan.domain.language import Language, clock
from glueplan.domain.templates import builtin_templates
from glueplan.domain.trainee import Level, kilograms
from glueplan.store.database import Store
from glueplan.ui.application import install_translators
from glueplan.ui.programs.plan_dialog import PlanDialog
from glueplan.ui.programs.page import TemplateCard
from glueplan.ui.shared.live_workspace import LiveWorkspace
from glueplan.ui.shared.logged_text import clock_text, day_month_text
from glueplan.ui.week.editors import SessionEditor
from glueplan.ui.week.model import WeekModel
from glueplan.ui.week.page import WeekPage
from tests.conftest import seed_000
from tests.ui.test_print_sheet import pages_of, sheet_of
from tests.ui.test_week_calendar import MON, session_index


@pytest.mark.parametrize(("language", "written"), [(Language.EN, "17:30"), (Language.DA, "17.30"),
                                                   (Language.NB, "17.30")])
def test_a_time_of_day_as_the_language_writes_it(language: Language, written: str) -> None:
    assert clock_text(time(17, 30, 59), language) == written
    assert clock(time(17, 30, 59), language) == written  # the domain's sentences (findings) write it alike


@pytest.mark.parametrize(("language", "written"), [(Language.EN, "07/12"), (Language.DA, "07.12."),
                                                   (Language.NB, "07.12.")])
def test_a_day_without_its_year_as_the_language_writes_it(language: Language, written: str) -> None:
    assert day_month_text(date(2026, 12, 7), language) == written


@pytest.fixture
def danish(store: Store) -> LiveWorkspace:
    opened = open_workspace(store, Language.DA, kilograms)
    opened.load_program(opened.repository.add_program(opened.trainee_id, seed_000(), "seed-000"))
    return LiveWorkspace(opened)


def test_the_week_writes_a_sessions_time_and_a_readiness_hour_in_danish(qtbot: QtBot, danish: LiveWorkspace) -> None:
    model = WeekModel(danish)
    assert model.data(session_index(model, MON)).startswith("17.30 ")
    page = WeekPage(danish)
    qtbot.addWidget(page)
    page.heat_mode.setCurrentIndex(1)
    page.hour.setValue(24 + 17)
    assert page.hour_label.text() == "tirsdag 17.00"


def test_a_templates_sessions_are_listed_with_danish_times(qtbot: QtBot) -> None:
    card = TemplateCard(builtin_templates()["seed-000"], builtin_catalog(), Language.DA, Level.INTERMEDIATE)
    qtbot.addWidget(card)
    lines = [label.text() for label in card.findChildren(QLabel)]
    assert any("(mandag 17.30)" in line for line in lines) and not any("17:30" in line for line in lines)


def test_the_printed_sheet_writes_danish_times(qapp: object, tmp_path: Path) -> None:
    everything = " ".join(pages_of(sheet_of("seed-000", Language.DA), tmp_path))
    assert "Mandag 17.30" in everything and "17:30" not in everything


def test_time_fields_show_and_take_danish_times(qtbot: QtBot, qapp: QApplication, danish: LiveWorkspace) -> None:
    """The session editor under a header that says "17.30" showed "17:30"; so did Plan my week."""
    install_translators(qapp, Language.DA)
    host = QWidget()
    qtbot.addWidget(host)
    editor = SessionEditor(host, Language.DA)
    editor.set_head(SessionHead(time(17, 30), "Træning 1"))
    assert editor.time.text() == "17.30"
    editor.time.lineEdit().setText("07.15")
    assert editor.value().time == time(7, 15)
    dialog = PlanDialog(danish)
    qtbot.addWidget(dialog)
    assert {clock.text() for _check, clock in dialog.days.values()} == {"18.00"}
