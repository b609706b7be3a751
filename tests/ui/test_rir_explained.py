"""RIR is said, with one text, wherever the app asks for one or shows one (H145's walk: "RIR" on every Log line, the
week's editor and an exercise's details, never explained but on the printed sheet)."""

from __future__ import annotations

import re
from html import escape
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from glueplan.domain.catalog import Catalog
from glueplan.app.opening import open_workspace
from glueplan.domain.dose_words import rest_said, rir_said, sets_reps
from glueplan.domain.language import Language, rest_clock
from glueplan.domain.messages import messages
from glueplan.domain.trainee import Units, kilograms
from glueplan.store.database import Store
from glueplan.store.formats.calendar_export import plans_calendar
from glueplan.ui.application import install_translators
from glueplan.ui.help.guide import GettingStarted
from glueplan.ui.library.exercise_detail import ExerciseDetail
from glueplan.ui.shared.live_workspace import LiveWorkspace
from glueplan.ui.shared.rir_meaning import rir_defined
from glueplan.ui.week.editors import PlannedEditor
from glueplan.ui.week.model import NBSP, PLANNED_ROLE, WeekModel
from tests.conftest import seed_000
from tests.ui.test_log_and_charts import log_page, monday_program
from tests.ui.test_print_sheet import pages_of, sheet_of
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
    assert html.index("RIR\u00a01") < html.index(escape(f"RIR – {meaning}"))  # "RIR 1" kept whole on a line
    guide = GettingStarted(language)
    qtbot.addWidget(guide)
    said = " ".join(text for _heading, text, _tab in guide.tasks())
    assert said.index("RIR") == said.index(f"RIR ({meaning})")  # at its first use


def test_the_printed_sheet_says_it_in_the_same_words() -> None:
    assert messages()("sheet.rir_explained", Language.EN, rir=f"RIR – {messages()('rir.explained', Language.EN)}") == \
        "RIR – reps in reserve: how many more reps you could have done. Rest: the pause between sets."


@pytest.mark.parametrize(("language", "rest", "side"), [(Language.EN, "rest", "per side"),
                                                      (Language.DA, "pause", "pr. side")])
def test_the_week_s_cells_name_the_rest_and_explain_rir(qapp: QApplication, store: Store, language: Language,
                                                        rest: str, side: str) -> None:
    """A cell said "2×8–10 · RIR 2 · 3:00": the rest read as a time of day, and RIR was not explained there."""
    workspace = open_workspace(store, language, kilograms)
    workspace.load_program(workspace.repository.add_program(workspace.trainee_id, seed_000(), "seed-000"))
    model = WeekModel(LiveWorkspace(workspace))
    index = item_index(model, 0, 0)  # Monday's first exercise
    planned = index.data(PLANNED_ROLE)
    p, text, tip = planned.prescription, index.data(), index.data(Qt.ItemDataRole.ToolTipRole)
    assert text.endswith(f"RIR{NBSP}{p.rir}{NBSP}· {rest}{NBSP}{rest_clock(p.rest_s)}")
    assert escape(rir_defined(language)) in tip
    one_leg = item_index(model, 0, 1)  # a single-leg hip thrust: "2×10–12", its reps per side not said, no spaces
    assert one_leg.data().split("\n")[1].replace(NBSP, " ").startswith(
        sets_reps(one_leg.data(PLANNED_ROLE).prescription, True, language) + " · RIR")
    # the dose kept whole, and a narrow day's line broken before the words for one side alone
    assert one_leg.data().split("\n")[1].startswith(f"2{NBSP}×{NBSP}10–12 {side.replace(' ', NBSP)}{NBSP}· RIR")


def rests(text: str, clock: str) -> set[str]:
    """Each rest of ``clock`` in ``text`` as it is worded: the word before it and what follows up to the next
    separator or capital, a PDF's next line ("rest 3:00", "Pause 3:00", "rest 3:00 between sets")."""
    return {found.strip() for found in re.findall(rf"\S+ {re.escape(clock)}[^,·\n<A-ZÆØÅ]*", text.replace(NBSP, " "))}


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_dose_s_rest_and_rir_are_worded_alike_wherever_they_are_written(
        qtbot: QtBot, qapp: QApplication, store: Store, catalog: Catalog, tmp_path: Path, language: Language) -> None:
    """Review 2.2: the rest beside a dose was "rest 3:00" in the week's cells and an exercise's details, "rest 3:00
    between sets" in the calendar, "Rest 3:00" on the printed sheet, a wording of the Log's own in its target; "RIR
    2" was written in four places. One wording each (domain/dose_words.py); failed before (the
    calendar's and the sheet's)."""
    install_translators(qapp, language)
    page = log_page(qtbot, store, language)
    workspace = page.live.workspace
    program = monday_program(catalog)
    page.live.open_program(workspace.repository.add_program(workspace.trainee_id, program))
    page.date.setDate(QDate(program.start.year, program.start.month, program.start.day))
    p = page.blocks[0].prescription  # Monday's first exercise, the one every place below begins with
    detail = ExerciseDetail(catalog, language)
    qtbot.addWidget(detail)
    exercise = catalog.exercise(page.blocks[0].exercise.id)
    calendar = plans_calendar(workspace.repository, [(workspace.trainee_id, workspace.trainee)], language).decode()
    sheet_pages = pages_of(sheet_of("seed-000", language, length=1, illustrations=False, log_grids=False), tmp_path)
    week = WeekModel(page.live)
    written = {"the week's cell": (item_index(week, 0, 0).data(), p),
               "the Log's target": (page.blocks[0].target.text(), p),
               "the calendar": (calendar.replace("\r\n ", "").replace("\\,", ","), p),
               "the sheet's exercise": (" ".join(sheet_pages[1:]), p),
               "the exercise's details": (detail.html(exercise), exercise.prescription)}
    for place, (text, dose) in written.items():
        assert rests(text, rest_clock(dose.rest_s)) == {rest_said(dose.rest_s, language)}, place
        assert rir_said(dose.rir, language) in text.replace(NBSP, " "), place
