"""The import preview counts workouts and sets in each language's singular and plural: a backup
read back with one new set said '1 økter, 1 sett' in a Norwegian window (H41), '1 workouts,
1 sets' in English."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from glueplan.app.opening import open_workspace
from glueplan.domain.language import Language
from glueplan.domain.trainee import kilograms
from glueplan.store.database import Store
from glueplan.ui.application import install_translators
from glueplan.ui.importing.dialog import ImportDialog
from glueplan.ui.shared.live_workspace import LiveWorkspace
from tests.conftest import on_screen

FILES = Path(__file__).resolve().parent.parent / "import_files"
ONE_SET = ("Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,RPE\n"
           "2026-03-02 18:00:00,Legs,1h,Hip Thrust (Barbell),1,100.0,8.0,0.0,0.0,\n")


@pytest.mark.parametrize(("language", "one", "more", "warm_up"), [
    ("nb", "1 økt, 1 sett, ", "2 økter, 7 sett, ", "2 økter, 5 sett (1 av dem oppvarming), "),
    ("da", "1 træningspas, 1 sæt, ", "2 træningspas, 7 sæt, ",
     "2 træningspas, 5 sæt (heraf 1 opvarmningssæt), "),
    ("en", "1 workout, 1 set, ", "2 workouts, 7 sets, ", "2 workouts, 5 sets (1 of them a warm-up), "),
])
def test_one_workout_and_one_set_are_said_in_the_singular(qtbot: QtBot, store: Store, tmp_path: Path, language: str,
                                                         one: str, more: str, warm_up: str) -> None:
    """Warm-ups are counted too, and said only when there are some ("0 of them warm-ups" before)."""
    install_translators(QApplication.instance(), Language(language))
    live = LiveWorkspace(open_workspace(store, Language(language), kilograms))
    dialog = on_screen(qtbot, ImportDialog(live), 760, 560)
    single = tmp_path / "one.csv"
    single.write_text(ONE_SET)
    for path, said in ((single, one), (FILES / "strong_comma_no_units.csv", more), (FILES / "hevy_lbs.csv", warm_up)):
        with qtbot.waitSignal(dialog.reader.read, timeout=20000):
            dialog.open_file(path)
        assert dialog.summary.text().startswith(said), dialog.summary.text()


def test_one_set_already_in_the_log_or_of_a_skipped_name_is_said_in_the_singular(qtbot: QtBot, store: Store,
                                                                                   tmp_path: Path) -> None:
    """A file read again after its import said "Already in the log (left out): 1 sets.", and one set of a name
    left unmapped "Skipped names: 1 sets."."""
    install_translators(QApplication.instance(), Language.EN)
    live = LiveWorkspace(open_workspace(store, Language.EN, kilograms))
    single = tmp_path / "one.csv"
    single.write_text(ONE_SET + "2026-03-02 18:00:00,Legs,1h,Moonwalk,1,10.0,8.0,0.0,0.0,\n")
    for imported in (False, True):
        dialog = on_screen(qtbot, ImportDialog(live), 760, 560)
        with qtbot.waitSignal(dialog.reader.read, timeout=20000):
            dialog.open_file(single)
        lines = dialog.summary.text().split("\n")
        assert "Skipped names: 1 set." in lines and ("Already in the log (left out): 1 set." in lines) == imported
        dialog.import_button.click()
