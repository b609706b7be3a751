"""An import's new own exercises and loads: a name like nothing becomes an exercise that takes
nothing from a guess, and the preview shows the loads as they will be read (the heaviest set of each
name, a file in lb read as kg, a file imported before with the other unit)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from msgspec.structs import replace
import pytest

from glueplan.app.importing import ImportHistory, name_rows, prepare
from glueplan.app.workspace import Workspace
from glueplan.domain.catalog import NEW_PRESCRIPTION, Category, Equipment, Laterality
from glueplan.domain.import_loads import BODY, LIMITS, RECORD, STACK
from glueplan.domain.import_mapping import NEW, SKIP
from glueplan.domain.language import Localized
from glueplan.domain.log import KG_PER_LB
from glueplan.domain.trainee import Units
from glueplan.store.imports.detection import read_history

FILES = Path(__file__).parent.parent / "import_files"

STRONG_HEADER = ("Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,"
                 "Workout Notes,RPE")


def strong_file(path: Path, loads: dict[str, list[float]], weeks: int = 1) -> Path:
    """A Strong export without units: each name's loads, one set each, in a workout each Monday."""
    lines = [STRONG_HEADER]
    for week in range(weeks):
        day = date(2026, 1, 5 + 7 * week)
        for name, weights in loads.items():
            lines += [f'{day} 17:00:00,"Lower",1h,"{name}",{order},{weight:g},8,0,0,"","",'
                      for order, weight in enumerate(weights, 1)]
    path.write_text("\n".join(lines) + "\n")
    return path


def test_a_new_own_exercise_from_an_unknown_name_takes_nothing_from_the_exercise_it_is_nearest(
        workspace: Workspace, tmp_path: Path) -> None:
    """A lat pulldown made an own exercise once got the cable glute kickback's muscles, one side at
    a time and its picture (the exercise its name was most like), and its sets counted as the glutes'."""
    from glueplan.app.program_edits import EditProgram
    from glueplan.domain.commands import AddExercise
    from glueplan.domain.plan import Weekday
    from tests.domain.test_commands import P

    history = read_history(strong_file(tmp_path / "strong.csv", {"Lat Pulldown (Cable)": [50, 55, 60]}, weeks=2))
    assert [row.choice for row in name_rows(workspace, history)] == [SKIP]
    workspace.execute(ImportHistory(prepare(workspace, history, Units.KG, {"lat pulldown (cable)": NEW}).batch, "i"))
    pulldown = next(e for e in workspace.catalog.exercises.values() if e.custom)
    assert (pulldown.name.en, pulldown.muscles, pulldown.laterality, pulldown.looks_like, pulldown.figure_id) == (
        "Lat Pulldown (Cable)", (), Laterality.BILATERAL, None, None)
    assert (pulldown.category, pulldown.equipment, pulldown.prescription) == (
        Category.COMPOUND, (frozenset({Equipment.CABLE}),), NEW_PRESCRIPTION)
    assert workspace.repository.count_logged_sets(workspace.trainee_id) == 6
    assert all(workspace.weekly_hard_sets(muscle, None) == [] for muscle in workspace.catalog.muscles)
    assert [day.top_kg for day in workspace.exercise_progress(pulldown.id, None).loads] == [60, 60]
    workspace.execute(EditProgram(AddExercise(0, Weekday.TUE, pulldown.id, P), "plan it"))  # the rules take it
    renamed = workspace.repository.update_custom_exercise(replace(pulldown, name=Localized.same("Lat pulldown")))
    assert renamed.muscles == ()  # the library's editor saves it as it is: it trains none of the planner's muscles


def test_the_preview_gives_each_names_heaviest_set_as_read_and_says_when_kg_looks_like_lb(
        workspace: Workspace, tmp_path: Path) -> None:
    pounds = {"Hip Thrust (Barbell)": [135, 225, 315, 405, 495, 585, 655], "Lat Pulldown (Cable)": [100, 120, 140],
              "Leg Press (Machine)": [540, 720, 900]}
    history = read_history(strong_file(tmp_path / "lb.csv", pounds))
    choices = {"lat pulldown (cable)": NEW, "leg press (machine)": NEW}
    as_kg = prepare(workspace, history, Units.KG, choices)
    assert as_kg.heaviest == {"hip thrust (barbell)": 655, "lat pulldown (cable)": 140, "leg press (machine)": 900}
    assert as_kg.beyond_limit == {"Hip Thrust (Barbell)": RECORD} and 655 > RECORD.kg  # a machine's sled has none
    assert as_kg.pounds_like
    as_lb = prepare(workspace, history, Units.LB, choices)
    assert as_lb.heaviest["hip thrust (barbell)"] == pytest.approx(655 * KG_PER_LB)
    assert (as_lb.beyond_limit, as_lb.pounds_like) == ({}, False)
    kilos = read_history(strong_file(tmp_path / "kg.csv", {"Hip Thrust (Barbell)": [60, 62.5, 80, 82.5, 100, 102.5],
                                                           "Romanian Deadlift (Dumbbell)": [12, 14, 16, 22.5]}))
    assert not prepare(workspace, kilos, Units.KG).pounds_like


def test_how_heavy_is_believable_follows_the_exercises_equipment(workspace: Workspace, tmp_path: Path) -> None:
    """One limit for every lift but a machine's, the deadlift's world record, let a 300 kg cable kickback or
    clamshell through, surely a file in lb read as kg, beside a 300 kg hip thrust, which is believable."""
    loads = {"Hip Thrust (Barbell)": [300], "Glute Kickback (Cable)": [300], "Clamshell": [300],
             "Leg Press": [900], "Romanian Deadlift (Dumbbell)": [180]}
    preview = prepare(workspace, read_history(strong_file(tmp_path / "strong.csv", loads)), Units.KG)
    assert [row.choice.exercise_id for row in preview.names] == [
        "clamshell", "cable_kickback", "barbell_hip_thrust", "leg_press", "romanian_deadlift"]
    assert dict(preview.beyond_limit) == {"Glute Kickback (Cable)": STACK, "Clamshell": BODY}
    assert STACK.kg < 300 < RECORD.kg and set(LIMITS) == set(Equipment)  # every implement has its limit


def test_a_kg_lifter_stepping_by_5_kg_is_not_taken_for_pounds_and_a_strong_export_in_lb_is(
        workspace: Workspace, tmp_path: Path) -> None:
    """Every load a multiple of 5 was taken for pounds, which a lifter in kg who puts on 2.5 kg a side has
    too; a barbell in lb ends in 5 (the 45-lb bar), one in kg stepping by 5 every other time."""
    kilos = {"Hip Thrust (Barbell)": [40, 60, 65, 70, 75, 80], "Romanian Deadlift (Barbell)": [40, 50, 55, 60],
             "Squat (Barbell)": [20, 40, 50, 55, 60], "Bulgarian Split Squat": [10, 15],
             "Glute Kickback (Cable)": [10, 15, 20], "Hip Abductor (Machine)": [40, 45, 50, 55]}
    assert not prepare(workspace, read_history(strong_file(tmp_path / "kg.csv", kilos, weeks=2)), Units.KG).pounds_like
    pounds = read_history(FILES / "strong_lb_no_units.csv")  # a US lifter's: the 45-lb bar, 53-lb kettlebell
    assert prepare(workspace, pounds, Units.KG).pounds_like
    assert not prepare(workspace, pounds, Units.LB).pounds_like


def test_a_file_imported_again_with_the_other_unit_says_its_sets_are_in_with_other_loads(
        workspace: Workspace, tmp_path: Path) -> None:
    history = read_history(strong_file(tmp_path / "lb.csv", {"Hip Thrust (Barbell)": [135, 225, 315]}, weeks=2))
    workspace.execute(ImportHistory(prepare(workspace, history, Units.KG).batch, "import"))
    again = prepare(workspace, history, Units.LB)
    assert (again.sets, again.already, again.other_units) == (0, 6, 6)
    assert prepare(workspace, history, Units.KG).other_units == 0  # the same unit: simply in already
    set_id, first = workspace.repository.sets_on(workspace.trainee_id, date(2026, 1, 5))[0]
    workspace.repository.update_logged_set(set_id, first, replace(first, weight_kg=70))  # corrected by hand since
    assert prepare(workspace, history, Units.LB).other_units == 5
