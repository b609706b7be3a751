"""File > Import history… with loads read in the wrong unit: the preview shows each name's heaviest
set as it will be read and says when the loads look like pounds read as kg, and a file imported
again with the other unit is said as in the log with other loads, not as nothing new. And the own
exercise an unknown name became, with no muscles, as the library shows it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from glueplan.app.importing import ImportHistory, prepare
from glueplan.domain.import_mapping import NEW
from glueplan.domain.language import Language
from glueplan.domain.trainee import Units
from glueplan.store.imports.detection import read_history
from glueplan.ui.application import install_translators
from glueplan.ui.library.exercise_detail import ExerciseDetail
from glueplan.ui.importing.dialog import HEAVIEST, NAME, ImportDialog
from glueplan.ui.shared.live_workspace import LiveWorkspace
from tests.app.test_import_loads import strong_file
from tests.conftest import on_screen
from tests.ui.test_import_dialog import combo, dialog_on, read

POUNDS = {"Hip Thrust (Barbell)": [135, 225, 315, 405, 495, 585, 655], "Lat Pulldown (Cable)": [100, 120, 140]}


def heaviest(dialog: ImportDialog, name: str) -> str:
    row = next(index for index in range(dialog.table.rowCount())
               if dialog.table.item(index, NAME).text().endswith(name))
    return dialog.table.item(row, HEAVIEST).text()


def choose_units(dialog: ImportDialog, units: Units) -> None:
    dialog.units.setCurrentIndex(dialog.units.findData(units.value))


def test_the_heaviest_set_shows_as_read_and_a_file_in_lb_read_as_kg_is_said(qtbot: QtBot, live: LiveWorkspace,
                                                                          tmp_path: Path) -> None:
    dialog = dialog_on(qtbot, live)
    read(qtbot, dialog, strong_file(tmp_path / "strong.csv", POUNDS))
    assert dialog.units.currentData() == "kg"  # the profile's
    assert heaviest(dialog, "Hip Thrust (Barbell)") == "⚠ 655 kg"
    assert "⚠ Nearly every load in the file is a multiple of 5" in dialog.summary.text()
    assert ("Hip Thrust (Barbell) 655 kg (the deadlift's world record is 501 kg). Check the unit of the loads."
            in dialog.summary.text())
    pulldown = combo(dialog, "Lat Pulldown (Cable)")
    pulldown.setCurrentIndex(pulldown.findData("new"))
    assert heaviest(dialog, "Lat Pulldown (Cable)") == "140 kg"
    choose_units(dialog, Units.LB)
    assert (heaviest(dialog, "Hip Thrust (Barbell)"), heaviest(dialog, "Lat Pulldown (Cable)")) == ("655 lb", "140 lb")
    assert "⚠" not in dialog.summary.text()


STACK_SAID = {
    Language.EN: ("Heavier than anyone lifts in an exercise of the kind ({limit}): check the unit of the loads.",
                  "⚠ Heavier than anyone lifts in an exercise of the kind: Glute Kickback (Cable) 300 kg ({limit}). "
                  "Check the unit of the loads.", "a cable machine's weight stack holds at most about 200 kg"),
    Language.DA: ("Tungere end nogen løfter i en øvelse af den slags ({limit}): kontrollér vægtenes enhed.",
                  "⚠ Tungere end nogen løfter i en øvelse af den slags: Glute Kickback (Cable) 300 kg ({limit}). "
                  "Kontrollér vægtenes enhed.", "vægtstablen på et kabeltræk rummer højst omkring 200 kg"),
}


@pytest.mark.parametrize("language", [Language.EN, Language.DA])
def test_a_cable_kickback_heavier_than_a_weight_stack_is_marked_with_its_limit(
        qtbot: QtBot, qapp: QApplication, live: LiveWorkspace, tmp_path: Path, language: Language) -> None:
    """Beside a 300 kg hip thrust, believable, a 300 kg cable kickback passed as under the deadlift's world record."""
    install_translators(qapp, language)
    live.set_language(language)
    dialog = dialog_on(qtbot, live)
    read(qtbot, dialog, strong_file(tmp_path / "strong.csv", {"Hip Thrust (Barbell)": [300],
                                                                "Glute Kickback (Cable)": [300]}))
    tooltip, summary, limit = STACK_SAID[language]
    row = next(index for index in range(dialog.table.rowCount())
               if dialog.table.item(index, NAME).text() == "Glute Kickback (Cable)")
    assert (heaviest(dialog, "Hip Thrust (Barbell)"), heaviest(dialog, "Glute Kickback (Cable)")) == ("300 kg",
                                                                                                     "⚠ 300 kg")
    shown = QTextDocument()
    shown.setHtml(dialog.table.item(row, HEAVIEST).toolTip())
    assert shown.toPlainText() == tooltip.format(limit=limit)
    assert dialog.summary.text().splitlines()[0] == summary.format(limit=limit)
    dialog.table.setCurrentCell(row, HEAVIEST)
    summary_laid_out = dialog.summary.heightForWidth(dialog.summary.width())  # the new text's lines, once laid out
    qtbot.waitUntil(lambda: dialog.summary.height() >= summary_laid_out)
    dialog.grab().save(str(tmp_path / f"stack-{language.value}.png"))


def test_a_file_imported_again_with_the_other_unit_says_how_to_replace_its_sets(qtbot: QtBot, live: LiveWorkspace,
                                                                              tmp_path: Path) -> None:
    path = strong_file(tmp_path / "strong.csv", POUNDS, weeks=2)
    first = dialog_on(qtbot, live)
    read(qtbot, first, path)
    first.import_button.click()  # read as kg: the 655 kg hip thrust is in
    again = dialog_on(qtbot, live)
    read(qtbot, again, path)
    choose_units(again, Units.LB)
    lines = again.summary.text().splitlines()
    assert lines[0] == (
        "14 sets of this file are in the log already with their loads in kg, from an earlier import: importing the "
        "file again leaves them as they are. To have the file's sets in lb: undo that import (Edit > Undo, before "
        "glueplan is closed; after that, File > Restore from backup… and the copy from before it), then import this "
        "file again.")
    assert "Nothing new to import." not in lines and not again.import_button.isEnabled()


def test_an_own_exercise_made_from_an_unknown_name_says_it_counts_for_no_muscle(qtbot: QtBot, live: LiveWorkspace,
                                                                              tmp_path: Path) -> None:
    history = read_history(strong_file(tmp_path / "strong.csv", POUNDS))
    live.run(ImportHistory(prepare(live.workspace, history, Units.KG, {"lat pulldown (cable)": NEW}).batch, "import"))
    pulldown = next(exercise for exercise in live.catalog.exercises.values() if exercise.custom)
    detail = on_screen(qtbot, ExerciseDetail(live.catalog, Language.EN), 380, 700)
    detail.show_exercise(pulldown)
    shown = QTextDocument()
    shown.setHtml(detail.text.text())
    assert shown.toPlainText().splitlines()[1:] == [
        "Compound · Both sides", "Cable", "Default prescription: 3 × 8–12 · RIR 2 · rest 2:00",
        "RIR – reps in reserve: how many more reps you could have done", "Muscles",
        "None of the muscles glueplan plans for: its sets count for none until File > Edit exercise… says which it "
        "trains.", "Source: Your own exercise"]
    assert not detail.figure.isVisible()
