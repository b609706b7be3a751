"""A lifter's log moved to another trainee: glueplan's own training log (CSV) read back set by set,
and a backup of several trainees read for the one chosen."""

from __future__ import annotations

import csv
import io
from datetime import datetime
from pathlib import Path

from msgspec.structs import replace

from glueplan.app.importing import ImportHistory, prepare
from glueplan.app.workspace import Workspace
from glueplan.domain.catalog import Catalog
from glueplan.domain.language import Language, Localized
from glueplan.domain.log import LoggedSet, Side, to_kg
from glueplan.domain.trainee import Trainee, Units
from glueplan.store.database import open_store
from glueplan.store.formats.csv_export import log_csv
from glueplan.store.formats.json_backup import write_backup
from glueplan.store.imports.detection import read_history
from glueplan.store.imports.record import FileTrainee, Format
from glueplan.store.location import database_url
from glueplan.store.repository import Repository
from tests.conftest import trainee_ids


def a_lifters_log(workspace: Workspace, catalog: Catalog) -> list[LoggedSet]:
    """A lifter in lb with warm-ups, one-side sets, notes (one like a formula, one quoted), an own
    exercise, a load typed in kg, bodyweight work and sets logged to the second."""
    repository = workspace.repository
    me = repository.trainee(workspace.trainee_id)
    repository.update_trainee(workspace.trainee_id, me, replace(me, units=Units.LB))
    mine = repository.add_custom_exercise(replace(catalog.exercise("clamshell"), name=Localized.same("Band walk 3D"),
                                                  custom=True))
    day = datetime(2026, 11, 23, 18)
    sets = [LoggedSet("barbell_hip_thrust", day, to_kg(95, Units.LB), 10, None, "", warm_up=True),
            LoggedSet("barbell_hip_thrust", day.replace(minute=4, second=17), to_kg(140, Units.LB), 8, 2,
                      "=felt easy"),
            LoggedSet("barbell_hip_thrust", day.replace(minute=7, second=2), to_kg(142.5, Units.LB), 8, 1,
                      "'grindy', then \"fine\""),
            LoggedSet("cable_hip_abduction", day.replace(minute=15), to_kg(17.5, Units.LB), 12, 2, side=Side.LEFT),
            LoggedSet("cable_hip_abduction", day.replace(minute=15, second=40), to_kg(17.5, Units.LB), 11, 2,
                      side=Side.RIGHT),
            LoggedSet("barbell_hip_thrust", datetime(2026, 11, 26, 7, 30), 100.0, 6, 0, "typed in kg"),
            LoggedSet(mine.id, datetime(2026, 11, 26, 7, 45, 9), 0.0, 20, 3, "bodyweight"),
            LoggedSet(mine.id, datetime(2026, 11, 26, 7, 45, 9), 0.0, 20, 3, "bodyweight")]  # twins
    for each in sets:
        repository.log_set(workspace.trainee_id, each)
    return repository.logged_sets(workspace.trainee_id)


def another_trainee(workspace: Workspace, name: str) -> Workspace:
    return Workspace(workspace.repository, workspace.repository.add_trainee(Trainee(name)), Language.EN)


def test_a_training_log_exported_as_csv_moves_to_another_trainee_set_by_set(
        workspace: Workspace, catalog: Catalog, tmp_path: Path) -> None:
    logged = a_lifters_log(workspace, catalog)
    repository = workspace.repository
    sam = another_trainee(workspace, "Sam")
    path = tmp_path / "log.csv"
    path.write_text(log_csv(repository, [(id, repository.trainee(id)) for id in trainee_ids(repository)],
                            Language.DA), encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline="")))
    thrust = rows[1]
    assert (thrust["time"], thrust["weight_kg"], thrust["weight"], thrust["unit"]) == ("18:04:17", "63.503", "140.0",
                                                                                        "lb")
    assert (rows[0]["time"], rows[5]["weight_kg"], rows[5]["weight"], rows[5]["unit"]) == ("18:00:00", "100.0", "100.0",
                                                                                           "kg")

    parsed = read_history(path, trainee=sam.trainee.name, language=Language.EN)
    assert (parsed.format, parsed.trainee, parsed.trainees) == (Format.GLUEPLAN, "Me", (FileTrainee("Me", 8),))
    preview = prepare(sam, parsed)
    assert all(row.choice.exercise_id is not None and not row.to_check for row in preview.names)
    assert (preview.sets, preview.warm_ups, preview.workouts) == (8, 1, 2)
    sam.execute(ImportHistory(preview.batch, "import"))
    assert repository.logged_sets(sam.trainee_id) == logged

    again = prepare(sam, read_history(path, trainee="Sam"))
    assert (again.sets, again.already) == (0, 8)


def test_a_training_log_read_back_into_the_trainee_it_came_from_adds_nothing(
        workspace: Workspace, catalog: Catalog, tmp_path: Path) -> None:
    """Each set carries its identity (a set logged in glueplan has no place in a workout to be
    known by): none is added beside itself."""
    logged = a_lifters_log(workspace, catalog)
    repository = workspace.repository
    path = tmp_path / "log.csv"
    path.write_text(log_csv(repository, [(workspace.trainee_id, workspace.trainee)], Language.EN))
    back = prepare(Workspace(repository, workspace.trainee_id, Language.EN), read_history(path))  # with Band walk 3D
    assert (back.sets, back.already) == (0, len(logged))


def test_a_log_of_several_trainees_reads_the_one_named_else_the_one_with_most_sets(
        workspace: Workspace, catalog: Catalog, tmp_path: Path) -> None:
    a_lifters_log(workspace, catalog)
    repository = workspace.repository
    ane = another_trainee(workspace, "Ane")
    repository.log_set(ane.trainee_id, LoggedSet("clamshell", datetime(2026, 11, 24, 9), 0.0, 15))
    path = tmp_path / "log.csv"
    path.write_text(log_csv(repository, [(id, repository.trainee(id)) for id in trainee_ids(repository)],
                            Language.EN))
    assert [(s.exercise, s.side) for s in read_history(path, trainee="ANE").sets] == [("Clamshell", Side.BOTH)]
    other = read_history(path, trainee="Nobody")
    assert (other.trainee, other.trainees) == ("Me", (FileTrainee("Me", 8), FileTrainee("Ane", 1)))


def test_a_backup_is_read_for_the_trainee_chosen_else_the_one_with_most_sets(
        workspace: Workspace, catalog: Catalog, tmp_path: Path) -> None:
    """Exported with the new trainee Sam, who has no sets, and imported as Sam: the backup's Sam
    is read (and is empty), and the preview can choose Me instead."""
    logged = a_lifters_log(workspace, catalog)
    sam = another_trainee(workspace, "Sam")
    path = tmp_path / "backup.json"
    write_backup(workspace.repository.store, path)
    as_sam = read_history(path, trainee="Sam")
    assert (as_sam.sets, as_sam.trainee, as_sam.trainees) == ((), "Sam", (FileTrainee("Me", 8), FileTrainee("Sam", 0)))
    assert read_history(path, trainee="Nobody").trainee == "Me"
    preview = prepare(sam, read_history(path, trainee="Me"))
    sam.execute(ImportHistory(preview.batch, "import"))
    assert workspace.repository.logged_sets(sam.trainee_id) == logged


def test_an_own_exercise_of_another_database_under_the_same_id_is_not_taken_for_sure(
        workspace: Workspace, catalog: Catalog, tmp_path: Path) -> None:
    """An own exercise's id is made of its first name: "Band walk" renamed "Hip airplane" keeps
    custom_band_walk, which in another database is that one's own "Band walk". The file's sets of
    the hip airplane were mapped to that band walk by the id, as surely as a built-in exercise, and
    not shown to check; now the id's exercise is offered, to be checked, unless its name is the file's."""
    repository = workspace.repository
    band_walk = repository.add_custom_exercise(replace(catalog.exercise("clamshell"), name=Localized.same("Band walk"),
                                                       custom=True))
    repository.update_custom_exercise(replace(band_walk, name=Localized.same("Hip airplane")), band_walk)
    repository.log_set(workspace.trainee_id, LoggedSet(band_walk.id, datetime(2026, 11, 23, 18), 0.0, 12, 2))
    repository.log_set(workspace.trainee_id, LoggedSet("clamshell", datetime(2026, 11, 23, 18, 5), 0.0, 15, 2))
    path = tmp_path / "log.csv"
    path.write_text(log_csv(repository, [(workspace.trainee_id, workspace.trainee)], Language.EN), encoding="utf-8")
    other = open_store(database_url(str(tmp_path / "other.sqlite")))
    try:
        theirs = Repository(other)
        trainee_id = theirs.add_trainee(Trainee("Sam"))
        assert theirs.add_custom_exercise(replace(catalog.exercise("clamshell"), name=Localized.same("Band walk"),
                                                  custom=True)).id == band_walk.id
        rows = {row.name: row for row in prepare(Workspace(theirs, trainee_id, Language.EN), read_history(path)).names}
        assert (rows["Hip airplane"].choice.exercise_id, rows["Hip airplane"].to_check) == (band_walk.id, True)
        assert (rows["Clamshell"].choice.exercise_id, rows["Clamshell"].to_check) == ("clamshell", False)
        # its own database: sure
        mine = Workspace(repository, another_trainee(workspace, "Ane").trainee_id, Language.EN)
        again = {row.name: row for row in prepare(mine, read_history(path)).names}
        assert (again["Hip airplane"].choice.exercise_id, again["Hip airplane"].to_check) == (band_walk.id, False)
    finally:
        other.close()


def test_a_log_of_two_trainees_whose_names_differ_in_case_alone_reads_the_one_chosen(
        workspace: Workspace, tmp_path: Path) -> None:
    """A log written before the database held names unique (schema 0011) may hold "Ane Jensen" and
    "ane jensen": the preview lists both, and choosing the second read the first (names compared case
    aside, the first of the file's order won)."""
    repository = workspace.repository
    twin = repository.add_trainee(Trainee("Twin"))
    repository.log_set(workspace.trainee_id, LoggedSet("clamshell", datetime(2026, 11, 23, 9), 0.0, 15))
    for minute in range(2):
        repository.log_set(twin, LoggedSet("back_squat", datetime(2026, 11, 24, 9, minute), 80.0, 5, 2))
    path = tmp_path / "log.csv"
    path.write_text(log_csv(repository, [(workspace.trainee_id, Trainee("Ane Jensen")), (twin, Trainee("ane jensen"))],
                            Language.EN), encoding="utf-8")
    first, second = (read_history(path, trainee=name) for name in ("Ane Jensen", "ane jensen"))
    assert (first.trainee, [s.exercise for s in first.sets]) == ("Ane Jensen", ["Clamshell"])
    assert (second.trainee, [s.exercise for s in second.sets]) == ("ane jensen", ["Back squat (deep)"] * 2)
    assert read_history(path, trainee="ANE JENSEN").trainee == "Ane Jensen"  # neither exactly: the first


def test_a_log_names_each_trainee_by_the_name_written_and_the_first_profile_in_any_language(
        workspace: Workspace, tmp_path: Path) -> None:
    """The format has no trainee id. The first profile written as "Me" is "Meg selv" in a Norwegian window, which
    asked for "Meg selv" and got the one with most sets; a "Mig" beside it (typed before schema 0012) is
    someone else; two trainees written under one name (an export of everyone, before it took one
    trainee, of a database from before 0011) cannot be told apart and are read as one."""
    repository = workspace.repository
    written = [("Bo", 2), ("Me", 1), ("Mig", 1), ("Ane Jensen", 1), ("Ane Jensen", 2)]
    trainees = []
    for name, sets in written:
        trainee_id = repository.add_trainee(Trainee(f"{name} {len(trainees)}"))
        for minute in range(sets):
            repository.log_set(trainee_id, LoggedSet("clamshell", datetime(2026, 11, 24, 9, minute), 0.0, 15,
                                                     note=f"{name} {len(trainees)}"))
        trainees.append((trainee_id, Trainee(name)))
    path = tmp_path / "log.csv"
    path.write_text(log_csv(repository, trainees, Language.EN), encoding="utf-8")
    norwegian = read_history(path, trainee="Meg selv", language=Language.NB)
    assert (norwegian.trainee, [s.note for s in norwegian.sets]) == ("Me", ["Me 1"])
    assert [s.note for s in read_history(path, trainee="Mig").sets] == ["Mig 2"]
    assert norwegian.trainees == (FileTrainee("Bo", 2), FileTrainee("Me", 1), FileTrainee("Mig", 1),
                                  FileTrainee("Ane Jensen", 3))
    assert sorted(s.note for s in read_history(path, trainee="Ane Jensen").sets) == \
        ["Ane Jensen 3", "Ane Jensen 4", "Ane Jensen 4"]
