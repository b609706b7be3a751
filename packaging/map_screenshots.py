"""Render the muscle map alone, in each of its modes, at 400 and 1200 px high (README images).

    .venv/bin/python packaging/map_screenshots.py [OUT_FOLDER] [en|da|nb]
"""

from __future__ import annotations

import os
import sys
from datetime import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from glueplan.domain.catalog import Prescription, RepRange, builtin_catalog
from glueplan.domain.language import Language
from glueplan.domain.plan import PlannedExercise, Session, Week, Weekday
from glueplan.domain.rules import validate
from glueplan.domain.thresholds import builtin_thresholds
from glueplan.domain.trainee import Level
from glueplan.ui.application import install_translators
from glueplan.ui.map.map_heat import readiness_paint, volume_paint
from glueplan.ui.map.muscle_map import MuscleMap

HEIGHTS = (400, 1200)
# Readiness the morning after a heavy lower-body day (as the log would give it): every band shown.
READINESS = {"gluteus_maximus": 38.0, "hamstrings": 46.0, "gluteus_medius": 62.0, "quadriceps": 70.0,
             "adductors": 81.0, "gluteus_minimus": 66.0, "erector_spinae": 88.0, "core": 95.0, "calves": 97.0,
             "deep_hip_rotators": 72.0, "tensor_fasciae_latae": 90.0}


def sample_week() -> Week:
    """A seed-000-like week with a little too much for the gluteus maximus: heat shows all colours."""
    def item(exercise: str, sets: int) -> PlannedExercise:
        return PlannedExercise(exercise, Prescription(sets, RepRange(8, 12), 1, 150))

    return Week((Session(Weekday.MON, time(18), "", (item("back_squat", 3), item("barbell_hip_thrust", 4))),
                 Session(Weekday.WED, time(18), "", (item("romanian_deadlift", 3), item("cable_kickback", 4))),
                 Session(Weekday.FRI, time(18), "", (item("bulgarian_split_squat", 3), item("glute_bridge", 3)))))


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("packaging/screenshots")
    language = Language(sys.argv[2]) if len(sys.argv) > 2 else Language.EN
    app = QApplication(sys.argv[:1])
    install_translators(app, language)
    catalog = builtin_catalog()
    widget = MuscleMap(catalog, language)
    modes = {
        "plain": lambda: None,
        "highlight": lambda: widget.show_involvement(dict(catalog.exercise("bulgarian_split_squat").muscles)),
        "picked": lambda: widget.set_picked(["gluteus_medius", "gluteus_minimus"]),
        "heat": lambda: widget.show_heat(volume_paint(validate(sample_week(), catalog).weeks[0])),
        "readiness": lambda: widget.show_heat(readiness_paint(READINESS, builtin_thresholds()[Level.INTERMEDIATE])),
        "side": lambda: (widget.side_view.setChecked(True),
                         widget.show_involvement(dict(catalog.exercise("side_lying_hip_abduction").muscles))),
    }
    out.mkdir(parents=True, exist_ok=True)
    for name, show in modes.items():
        widget.show_involvement({})
        widget.show_heat(None)
        widget.set_picked(())
        widget.side_view.setChecked(False)
        show()
        for height in HEIGHTS:
            widget.resize(int(height * 1.75), height)
            widget.show()
            app.processEvents()
            widget.grab().save(str(out / f"map-{name}-{height}.png"))


if __name__ == "__main__":
    main()
