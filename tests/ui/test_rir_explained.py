"""RIR is said, with one text, wherever the app asks for one or shows one (H145's walk: "RIR" on every Log line, the
week's editor and an exercise's details, never explained but on the printed sheet)."""

from __future__ import annotations

from html import escape

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from glueplan.domain.catalog import Catalog
from glueplan.app.opening import open_workspace
from glueplan.domain.language import Language, rest_clock
from glueplan.domain.messages import messages
from glueplan.domain.trainee import Units
from glueplan.store.database import Store
from glueplan.ui.application import install_translators
from glueplan.ui.help.guide import GettingStarted
from glueplan.ui.library.exercise_detail import ExerciseDetail
from glueplan.ui.shared.live_workspace import LiveWorkspace
from glueplan.ui.shared.rir_meaning import rir_defined
from glueplan.ui.week.editors import PlannedEditor
from glueplan.ui.week.model import NBSP, PLANNED_ROLE, WeekModel
from tests.conftest import seed_000
from tests.ui.test_log_and_charts import log_page, monday_program
from tests.ui.test_week_calendar import item_index

TIP = {Language.EN: "Reps in reserve: how many more reps you could have done",
       Language.DA: "Gentagelser i reserve: hvor mange flere gentagelser du kunne have taget",
       Language.NB: "Repetisjoner i reserve: hvor mange flere repetisjoner du kunne ha tatt"}
LANGUAGES = [Language.EN, Language.DA]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_log_s_rir_field_and_target_say_what_rir_is(qtbot: QtBot, qapp: QApplication, store: Store,
                                                        catalog: Catalog, language: Language) -> None:
    install_translators(qapp, language)
    page = log_page(qtbot, store, language)
    workspace = page.live.workspace
    page.live.open_program(workspace.repository.add_program(workspace.trainee_id, monday_program(catalog)))
    monday = monday_program(catalog).start
    page.date.setDate(QDate(monday.year, monday.month, monday.day))
    block = page.blocks[0]
    assert "RIR" in block.target.text()
    for said in (block.rir, block.target):
        assert TIP[language] in said.toolTip() and said.accessibleDescription() == TIP[language]


@pytest.mark.parametrize("language", list(Language))
def test_the_week_editor_s_rir_box_says_what_rir_is(qtbot: QtBot, qapp: QApplication, language: Language) -> None:
    install_translators(qapp, language)
    host = QWidget()
    qtbot.addWidget(host)
    editor = PlannedEditor(host, Units.KG, language)
    assert TIP[language] in editor.rir.toolTip() and editor.rir.accessibleDescription() == TIP[language]


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_exercise_s_details_and_the_guide_define_rir_where_they_first_say_it(
        qtbot: QtBot, qapp: QApplication, catalog: Catalog, language: Language) -> None:
    install_translators(qapp, language)
    meaning = messages()("rir.explained", language)
    assert meaning[:1].upper() + meaning[1:] == TIP[language]
    detail = ExerciseDetail(catalog, language)
    qtbot.addWidget(detail)
    html = detail.html(catalog.exercise("single_leg_hip_thrust"))
    assert html.index("RIR 1") < html.index(escape(f"RIR – {meaning}"))
    guide = GettingStarted(language)
    qtbot.addWidget(guide)
    said = " ".join(text for _heading, text, _tab in guide.tasks())
    assert said.index("RIR") == said.index(f"RIR ({meaning})")  # at its first use


def test_the_printed_sheet_says_it_in_the_same_words() -> None:
    assert messages()("sheet.rir_explained", Language.EN, rir=f"RIR – {messages()('rir.explained', Language.EN)}") == \
        "RIR – reps in reserve: how many more reps you could have done. Rest: the pause between sets."


@pytest.mark.parametrize(("language", "rest"), [(Language.EN, "rest"), (Language.DA, "pause")])
def test_the_week_s_cells_name_the_rest_and_explain_rir(qapp: QApplication, store: Store, language: Language,
                                                        rest: str) -> None:
    """A cell said "2×8–10 · RIR 2 · 3:00": the rest read as a time of day, and RIR was not explained there."""
    workspace = open_workspace(store, language)
    workspace.load_program(workspace.repository.add_program(workspace.trainee_id, seed_000(), "seed-000"))
    model = WeekModel(LiveWorkspace(workspace))
    index = item_index(model, 0, 0)  # Monday's first exercise
    planned = index.data(PLANNED_ROLE)
    p, text, tip = planned.prescription, index.data(), index.data(Qt.ItemDataRole.ToolTipRole)
    assert text.endswith(f"RIR{NBSP}{p.rir}{NBSP}· {rest}{NBSP}{rest_clock(p.rest_s)}")
    assert escape(rir_defined(language)) in tip
