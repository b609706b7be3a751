"""``glueplan import``: the preview without --yes (nothing written), the import with it, --map,
--units and --trainee, and the exit codes of bad files and bad arguments."""

from __future__ import annotations

from pathlib import Path

import pytest

from glueplan.cli import main
from glueplan.domain.language import Language
from glueplan.store.database import Store
from glueplan.store.repository import Repository
from tests.conftest import trainee_ids, workspace_on

FILES = Path(__file__).resolve().parent / "import_files"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(["import", *argv])
    except SystemExit as exit:  # argparse's usage errors
        code = int(exit.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def sets_in(store: Store) -> int:
    repository = Repository(store)
    return sum(repository.count_logged_sets(trainee_id) for trainee_id in trainee_ids(repository))


def test_without_yes_the_preview_is_printed_and_nothing_written(capsys: pytest.CaptureFixture[str],
                                                                store: Store) -> None:
    code, out, _err = run(capsys, str(FILES / "hevy_lbs.csv"))
    assert code == 0
    assert out.startswith("Hevy: 2 workouts, 5 sets to add (1 of them a warm-up), 2026-03-03 – 2026-03-06.")
    assert "Squat (Barbell)        3     Back squat (deep) (back_squat)" in out
    assert "Nothing was written" in out and sets_in(store) == 0


@pytest.mark.parametrize(("language", "lines"), [
    ("nb", ["Strong: 2 økter, 6 sett å legge til (2 av dem oppvarming), 2026-02-02 – 2026-02-05.",
            "Utelatt: 1 rad med tid eller distanse (loggen inneholder sett med repetisjoner)."]),
    ("da", ["Strong: 2 træningspas, 6 sæt at tilføje (heraf 2 opvarmningssæt), 2026-02-02 – 2026-02-05.",
            "Udeladt: 1 række med tid eller distance (loggen rummer sæt med gentagelser)."]),
])
def test_the_preview_counts_in_singular_and_plural(capsys: pytest.CaptureFixture[str], store: Store, language: str,
                                                    lines: list[str]) -> None:
    """"1 rad", not "1 rader": each count has its own singular and plural, as the window's texts do."""
    code, out, _err = run(capsys, str(FILES / "strong_workout_number.csv"), "--lang", language)
    assert code == 0 and out.splitlines()[:2] == lines


def test_with_yes_the_sets_are_imported_once(capsys: pytest.CaptureFixture[str], store: Store) -> None:
    code, out, _err = run(capsys, str(FILES / "strong_newest.csv"), "--units", "lb", "--yes")
    assert (code, out.splitlines()[-1]) == (0, "Imported 7 sets.") and sets_in(store) == 7
    code, out, _err = run(capsys, str(FILES / "strong_newest.csv"), "--units", "lb", "--yes")
    assert code == 0 and "nothing new to add" in out and "Already in the log: 7 sets." in out and sets_in(store) == 7


def test_map_choices_and_a_named_trainee(capsys: pytest.CaptureFixture[str], store: Store) -> None:
    workspace = workspace_on(store)
    code, out, _err = run(capsys, str(FILES / "strong_comma_no_units.csv"), "--map", "Bench Press (Barbell)=skip",
                          "--map", "split squat, deficit (dumbbell)=bulgarian_split_squat", "--trainee",
                          workspace.trainee.name, "--yes", "--lang", "da")
    assert code == 0 and "Split Squat, Deficit (Dumbbell)  1    Bulgarsk split squat (bulgarian_split_squat)" in out
    assert Repository(store).logged_sets(workspace.trainee_id, "bulgarian_split_squat")[0].weight_kg == 12


@pytest.mark.parametrize(("argv", "said"), [
    (["--map", "Bench=skip"], "the file has no exercise called Bench"),
    (["--map", "Bench Press (Barbell)=bench_press"], "no exercise has the id bench_press"),
    (["--map", "Bench Press (Barbell)"], "expected NAME=EXERCISE_ID"),
    (["--trainee", "Nobody"], "There is no trainee called “Nobody”"),
])
def test_arguments_that_name_nothing_are_usage_errors(capsys: pytest.CaptureFixture[str], store: Store,
                                                      argv: list[str], said: str) -> None:
    code, _out, err = run(capsys, str(FILES / "strong_comma_no_units.csv"), *argv, "--yes")
    assert code == 2 and said in err and sets_in(store) == 0


def test_a_bad_file_fails_with_its_lines_and_writes_nothing(capsys: pytest.CaptureFixture[str], store: Store,
                                                            tmp_path: Path) -> None:
    broken = tmp_path / "broken.csv"
    broken.write_text((FILES / "hevy_kg.csv").read_text().replace('"100","10"', '"100","ten"'))
    code, out, err = run(capsys, str(broken), "--yes")
    assert (code, out) == (1, "")
    assert err.splitlines() == ["Line 3: “ten” reps: reps must be a whole number from 0 to 100."]
    assert sets_in(store) == 0
    code, _out, err = run(capsys, str(FILES / "hevy_kg.csv"), "--format", "fitnotes", "--lang", Language.NB.value)
    assert code == 1 and err.startswith("Linje 1: Dette er ingen FitNotes-eksport.")


def test_a_backups_built_in_exercise_is_mapped_by_the_name_in_the_file_or_the_one_shown(
        capsys: pytest.CaptureFixture[str], store: Store, tmp_path: Path) -> None:
    """In Danish the preview shows a backup's built-in exercise by its Danish name; the file holds the
    English one. --map takes either (it said the file had no exercise of the name the file holds)."""
    from datetime import datetime

    from glueplan.domain.log import LoggedSet
    from glueplan.store.database import open_store
    from glueplan.store.formats.json_backup import write_backup
    from glueplan.store.location import database_url

    elsewhere = open_store(database_url(str(tmp_path / "elsewhere.sqlite")))
    try:
        workspace = workspace_on(elsewhere)
        workspace.repository.log_set(workspace.trainee_id,
                                     LoggedSet("seated_hip_abduction", datetime(2026, 2, 2, 18), 40.0, 12))
        write_backup(elsewhere, tmp_path / "backup.json")
    finally:
        elsewhere.close()
    for name in ("Seated hip abduction machine", "Siddende hofteabduktion i maskine"):
        code, out, err = run(capsys, str(tmp_path / "backup.json"), "--lang", "da", "--map", f"{name}=skip")
        assert (code, err) == (0, "")
        assert "Siddende hofteabduktion i maskine  1    spring over" in out


def test_the_preview_warns_of_loads_read_in_the_wrong_unit(capsys: pytest.CaptureFixture[str], store: Store,
                                                           tmp_path: Path) -> None:
    """A file in lb read as kg, as the window's preview says it (tests/ui/test_import_preview_loads.py)."""
    from tests.app.test_import_loads import strong_file

    path = str(strong_file(tmp_path / "strong.csv", {"Hip Thrust (Barbell)": [95, 135, 225, 315, 405, 495, 585, 655]}))
    code, out, _err = run(capsys, path, "--units", "kg", "--yes")
    assert code == 0 and out.splitlines()[2:4] == [
        "⚠ Nearly every load in the file is a multiple of 5 and most barbell loads end in 5 (95, 135, 185, 225), as "
        "with a 45-lb bar and pound plates; a log in kg has its 62.5s and 22.5s, and its barbell loads end mostly in "
        "0. If the file is in lb, give --units lb.",
        "⚠ Heavier than anyone lifts in an exercise of the kind: Hip Thrust (Barbell) 655 kg (the deadlift's world "
        "record is 501 kg). Check the unit of the loads (--units)."]
    code, out, _err = run(capsys, path, "--units", "lb")
    assert code == 0 and out.splitlines()[3] == (
        "8 sets of this file are in the log already with their loads in kg, from an earlier import: importing the "
        "file again leaves them as they are. To have the file's sets in lb: restore the backup taken before that "
        "import (File > Restore from backup… in the app), then import the file again with --units lb.")
