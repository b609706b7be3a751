"""An import from the preview to the log: the mapping of names, units, all or nothing, no
duplicates on a second import, and undo that takes out exactly what it wrote."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from msgspec.structs import replace
import pytest
from sqlalchemy import select

from glueplan.app.importing import ImportHistory, Preview, name_rows, prepare
from glueplan.app.workspace import Workspace
from glueplan.domain.import_mapping import NEW, SKIP, Action, Choice
from glueplan.domain.language import Language, Localized
from glueplan.domain.log import KG_PER_LB, LoggedSet
from glueplan.domain.trainee import Units
from glueplan.store.database import Store
from glueplan.store.errors import StoreError
from glueplan.store.imports.batch import ImportRow
from glueplan.store.imports.detection import read_history
from glueplan.store.imports.record import ImportRejected, ParsedHistory

FILES = Path(__file__).resolve().parent.parent / "import_files"


def parsed(name: str) -> ParsedHistory:
    return read_history(FILES / name)


def rows_of(preview: Preview) -> dict[str, tuple[Action, str | None, bool]]:
    return {row.name: (row.choice.action, row.choice.exercise_id, row.to_check) for row in preview.names}


def test_the_preview_counts_workouts_sets_dates_units_and_maps_the_apps_names(workspace: Workspace) -> None:
    preview = prepare(workspace, parsed("strong_comma_no_units.csv"), Units.LB)
    assert rows_of(preview) == {
        "Hip Thrust (Barbell)": (Action.MAP, "barbell_hip_thrust", False),
        "Romanian Deadlift (Dumbbell)": (Action.MAP, "romanian_deadlift", False),
        "Squat (Barbell)": (Action.MAP, "back_squat", False),
        "Split Squat, Deficit (Dumbbell)": (Action.SKIP, None, True),
        "Bench Press (Barbell)": (Action.SKIP, None, True),
    }
    assert (preview.workouts, preview.sets, preview.skipped, preview.without_reps) == (2, 7, 2, 1)
    assert (preview.first, preview.last) == (date(2025, 11, 3), date(2025, 11, 6))
    assert preview.assumed_units is Units.LB and preview.units == frozenset()
    assert preview.batch.sets[0].weight_kg == pytest.approx(60 * KG_PER_LB)
    assert prepare(workspace, parsed("strong_comma_no_units.csv")).assumed_units is Units.KG  # the profile's


def test_an_import_writes_every_set_with_its_warm_ups_marked_and_says_which_days(workspace: Workspace) -> None:
    preview = prepare(workspace, parsed("strong_workout_number.csv"))
    assert (preview.sets, preview.warm_ups) == (6, 2)
    change = workspace.execute(ImportHistory(preview.batch, "import"))
    assert change.log_days == {date(2026, 2, 2), date(2026, 2, 5)} and not change.catalog
    thrusts = workspace.repository.logged_sets(workspace.trainee_id, "barbell_hip_thrust")
    assert [(s.weight_kg, s.reps, s.rir, s.warm_up) for s in thrusts] == [
        (40, 10, None, True), (90, 8, 2, False), (90, 8, 1, False), (90, 6, 0, False)]
    assert thrusts[0].performed_at == datetime(2026, 2, 2, 17)


def test_importing_the_same_file_twice_adds_nothing_and_a_longer_export_adds_the_rest(
        workspace: Workspace, tmp_path: Path) -> None:
    workspace.execute(ImportHistory(prepare(workspace, parsed("hevy_kg.csv")).batch, "import"))
    count = workspace.repository.count_logged_sets(workspace.trainee_id)
    again = prepare(workspace, parsed("hevy_kg.csv"))
    assert (again.sets, again.already) == (0, count)
    workspace.execute(ImportHistory(again.batch, "import"))
    assert workspace.repository.count_logged_sets(workspace.trainee_id) == count
    longer = tmp_path / "later.csv"
    text = (FILES / "hevy_kg.csv").read_text()
    corrected = text.replace('"102.5","8"', '"105","8"')  # a set corrected in the app since
    longer.write_text(corrected + text.splitlines()[-1].replace("12 Apr 2026", "15 Apr 2026") + "\n")
    later = prepare(workspace, read_history(longer))
    assert (later.sets, later.already) == (1, count)


def test_undo_takes_out_exactly_the_imported_sets_and_redo_brings_them_back(workspace: Workspace) -> None:
    own = LoggedSet("clamshell", datetime(2026, 4, 9, 8), 0, 20)
    workspace.repository.log_set(workspace.trainee_id, own)
    command = ImportHistory(prepare(workspace, parsed("hevy_kg.csv")).batch, "import")
    workspace.execute(command)
    assert command.written is not None
    ids = command.written.set_ids
    change = workspace.revert(command)
    assert date(2026, 4, 9) in change.log_days
    assert workspace.repository.logged_sets(workspace.trainee_id) == [own]
    workspace.execute(command)
    assert command.written.set_ids == ids
    assert workspace.repository.count_logged_sets(workspace.trainee_id) == 1 + len(ids)
    assert workspace.execute(command) == type(change)()  # done already: nothing


def test_unknown_names_become_own_exercises_or_are_skipped_and_the_choices_are_remembered(
        workspace: Workspace) -> None:
    history = parsed("strong_comma_no_units.csv")
    choices = {"bench press (barbell)": NEW, "split squat, deficit (dumbbell)": Choice(Action.MAP, "reverse_lunge"),
               "squat (barbell)": SKIP}
    command = ImportHistory(prepare(workspace, history, Units.KG, choices).batch, "import")
    change = workspace.execute(command)
    assert change.catalog
    bench = next(e for e in workspace.catalog.exercises.values() if e.custom and e.name.en == "Bench Press (Barbell)")
    assert bench.muscles == () and bench.looks_like is None  # nothing taken from a guess (test_import_loads)
    assert [s.weight_kg for s in workspace.repository.logged_sets(workspace.trainee_id, bench.id)] == [40]
    assert not workspace.repository.logged_sets(workspace.trainee_id, "back_squat")

    remembered = {row.name: (row.remembered, row.to_check) for row in name_rows(workspace, history)}
    assert remembered["Bench Press (Barbell)"] == (Choice(Action.MAP, bench.id), False)
    assert remembered["Split Squat, Deficit (Dumbbell)"] == (Choice(Action.MAP, "reverse_lunge"), False)
    assert remembered["Squat (Barbell)"] == (SKIP, False)
    assert remembered["Hip Thrust (Barbell)"] == (None, False)  # sure of itself: nothing to remember

    workspace.revert(command)  # the own exercise the import made goes with it
    assert bench.id not in workspace.catalog.exercises


def test_undoing_an_import_keeps_its_own_exercise_once_a_program_plans_it(workspace: Workspace) -> None:
    """An own exercise an import made, planned since: the undo takes out the import's sets and
    leaves the exercise (its deletion was refused by the plan's foreign key, and with it the whole
    undo, in the database's words); the redo uses that exercise again, not a second one."""
    from glueplan.app.program_edits import EditProgram
    from glueplan.domain.commands import AddExercise
    from glueplan.domain.plan import Weekday
    from tests.domain.test_commands import P

    command = ImportHistory(prepare(workspace, parsed("strong_comma_no_units.csv"), Units.KG,
                                    {"bench press (barbell)": NEW}).batch, "import")
    workspace.execute(command)
    bench = next(e for e in workspace.catalog.exercises.values() if e.custom and e.name.en == "Bench Press (Barbell)")
    workspace.execute(EditProgram(AddExercise(0, Weekday.TUE, bench.id, P), "plan it"))
    workspace.revert(command)
    assert bench.id in workspace.catalog.exercises and workspace.repository.logged_sets(workspace.trainee_id) == []
    workspace.execute(command)
    assert [e.id for e in workspace.catalog.exercises.values() if e.custom] == [bench.id]
    assert [s.weight_kg for s in workspace.repository.logged_sets(workspace.trainee_id, bench.id)] == [40]


def test_undoing_an_import_leaves_an_own_exercise_another_window_made_under_its_id(workspace: Workspace,
                                                                                   store: Store) -> None:
    """Another window took out the import's sets and its own exercise, then made an own exercise of
    that name, which got the same id (an own exercise's id is made of its name): the import's undo
    deletes only the exercise it made, and leaves that one (it deleted it, by its id); the redo puts
    its sets on that exercise of the same name (it made a second, "…_2", before)."""
    from sqlalchemy import delete

    from glueplan.app.setup_edits import DeleteOwnExercise, SaveOwnExercise
    from glueplan.store.schema import LoggedSetRow
    from tests.conftest import workspace_on

    command = ImportHistory(prepare(workspace, parsed("strong_comma_no_units.csv"), Units.KG,
                                    {"bench press (barbell)": NEW}).batch, "import")
    workspace.execute(command)
    (made,) = workspace.repository.custom_exercises()
    elsewhere = workspace_on(store)
    with store.transaction() as session:  # the other window's History tab deletes them
        session.execute(delete(LoggedSetRow).where(LoggedSetRow.exercise_id == made.id))
    elsewhere.execute(DeleteOwnExercise(made, "delete"))
    theirs = SaveOwnExercise(replace(made, id="", cues=Localized.same(("Elbows under the bar",))), "new")
    elsewhere.execute(theirs)
    assert theirs.saved is not None and theirs.saved.id == made.id
    workspace.revert(command)
    assert workspace.repository.custom_exercises() == [theirs.saved]
    assert workspace.repository.count_logged_sets(workspace.trainee_id) == 0
    workspace.execute(command)
    assert workspace.repository.custom_exercises() == [theirs.saved]
    assert [s.weight_kg for s in workspace.repository.logged_sets(workspace.trainee_id, made.id)] == [40]


def test_the_own_exercise_an_import_made_goes_with_its_last_undo_once_nothing_else_uses_it(
        workspace: Workspace) -> None:
    """Undone while another window's set used the exercise the import made, the import left it (in
    use); redone, it put its sets on it again. Once that set was gone, the next undo left it for
    good, unchanged and unused, because the redo had not counted it as the import's (H68)."""
    command = ImportHistory(prepare(workspace, parsed("strong_comma_no_units.csv"), Units.KG,
                                    {"bench press (barbell)": NEW}).batch, "import")
    workspace.execute(command)
    (made,) = workspace.repository.custom_exercises()
    theirs = workspace.repository.log_set(workspace.trainee_id, LoggedSet(made.id, datetime(2026, 1, 5, 10), 20, 5))
    workspace.revert(command)
    assert workspace.repository.custom_exercises() == [made]
    workspace.execute(command)
    workspace.repository.delete_logged_set(theirs)
    workspace.revert(command)
    assert workspace.repository.custom_exercises() == []


def test_an_own_exercise_the_import_made_and_the_user_changed_is_kept_by_its_undo_and_used_by_its_redo(
        workspace: Workspace) -> None:
    """Import, change the own exercise the import made (its cues), undo the import: the changed
    exercise is the user's work and stays; the redo puts the sets on it again, and makes no second
    exercise of the same name ("…_2")."""
    from glueplan.app.setup_edits import SaveOwnExercise

    command = ImportHistory(prepare(workspace, parsed("strong_comma_no_units.csv"), Units.KG,
                                    {"bench press (barbell)": NEW}).batch, "import")
    workspace.execute(command)
    (made,) = workspace.repository.custom_exercises()
    change = SaveOwnExercise(replace(made, cues=Localized.same(("Shoulder blades together",))), "edit")
    workspace.execute(change)
    workspace.revert(command)
    assert workspace.repository.custom_exercises() == [change.saved]
    assert workspace.repository.count_logged_sets(workspace.trainee_id) == 0
    workspace.execute(command)
    assert workspace.repository.custom_exercises() == [change.saved]
    assert [s.weight_kg for s in workspace.repository.logged_sets(workspace.trainee_id, made.id)] == [40]
    workspace.revert(command)  # and again: still the user's
    assert workspace.repository.custom_exercises() == [change.saved]


def test_an_import_the_database_refuses_writes_nothing_not_even_its_own_exercises(workspace: Workspace) -> None:
    preview = prepare(workspace, parsed("strong_comma_no_units.csv"), Units.KG, {"bench press (barbell)": NEW})
    broken = replace(preview.batch, sets=(*preview.batch.sets, ImportRow("x", "no_such_exercise", datetime(2026, 1, 1),
                                                                          10, 5, None, "", False)))
    with pytest.raises(StoreError):
        workspace.execute(ImportHistory(broken, "import"))
    assert workspace.repository.count_logged_sets(workspace.trainee_id) == 0
    assert workspace.repository.custom_exercises() == []
    assert name_rows(workspace, parsed("strong_comma_no_units.csv"))[0].remembered is None


def test_loads_no_one_lifts_are_refused_with_their_lines(workspace: Workspace) -> None:
    history = parsed("strong_newest.csv")
    heavy = replace(history, sets=tuple(s._replace(weight=2500.0) if s.line in (3, 6) else s for s in history.sets))
    with pytest.raises(ImportRejected) as caught:
        prepare(workspace, heavy, Units.LB)
    assert [(p.line, p.key) for p in caught.value.problems] == [(3, "import.too_heavy"), (6, "import.too_heavy")]
    assert str(caught.value).startswith("Line 3: 2500 lb is more than 1000 kg.")


def test_a_load_with_decimals_no_one_lifts_is_said_with_the_languages_decimal_sign(workspace: Workspace) -> None:
    """Written with str's point in Danish and Bokmål before ("2500.5 lb er mere end 1000 kg")."""
    history = parsed("strong_newest.csv")
    heavy = replace(history, sets=tuple(s._replace(weight=2500.5) if s.line == 3 else s for s in history.sets))
    with pytest.raises(ImportRejected) as caught:
        prepare(workspace, heavy, Units.LB)
    assert caught.value.text(Language.DA) == "Linje 3: 2500,5 lb er mere end 1000 kg."
    assert caught.value.text(Language.NB) == "Linje 3: 2500,5 lb er mer enn 1000 kg."
    assert caught.value.text(Language.EN) == "Line 3: 2500.5 lb is more than 1000 kg."


def test_sets_the_log_cannot_hold_are_refused_with_their_lines_not_raised(workspace: Workspace) -> None:
    history = parsed("strong_newest.csv")  # a backup edited by hand can say anything: reps 500, RIR 40
    odd = replace(history, sets=tuple(s._replace(reps=500) if s.line == 3 else s._replace(rir=40) if s.line == 5 else s
                                      for s in history.sets))
    with pytest.raises(ImportRejected) as caught:
        prepare(workspace, odd, Units.KG)
    assert [(p.line, p.key) for p in caught.value.problems] == [(3, "import.not_a_set"), (5, "import.not_a_set")]
    assert str(caught.value).startswith("Line 3: this is no set the log can hold (reps must be between 1 and 100")


def test_a_glueplan_backup_adds_nothing_to_its_own_database_and_everything_to_a_new_one(
        workspace: Workspace, tmp_path: Path) -> None:
    from glueplan.store.database import open_store
    from glueplan.store.formats.json_backup import write_backup
    from glueplan.store.location import database_url
    from tests.conftest import workspace_on

    workspace.execute(ImportHistory(prepare(workspace, parsed("strong_workout_number.csv")).batch, "import"))
    workspace.repository.log_set(workspace.trainee_id,
                                 LoggedSet("clamshell", datetime(2026, 2, 3, 7, 1, 2, 345), 0, 20))
    backup = tmp_path / "backup.json"
    write_backup(workspace.repository.store, backup)
    logged = workspace.repository.logged_sets(workspace.trainee_id)

    same = prepare(workspace, read_history(backup))
    assert (same.sets, same.already, same.format.value) == (0, len(logged), "json")

    other = open_store(database_url(str(tmp_path / "other.sqlite")))
    try:
        fresh = workspace_on(other)
        preview = prepare(fresh, read_history(backup, trainee=fresh.trainee.name))
        assert all(not row.to_check for row in preview.names)
        fresh.execute(ImportHistory(preview.batch, "import"))
        assert [replace(s, planned_exercise_id=None) for s in fresh.repository.logged_sets(fresh.trainee_id)] == \
            [replace(s, planned_exercise_id=None) for s in logged]
        assert prepare(fresh, read_history(backup)).sets == 0
    finally:
        other.close()


def test_a_set_corrected_after_a_backup_is_not_added_again_by_it(workspace: Workspace, tmp_path: Path) -> None:
    """Logged at 18:00 with 100 kg, backed up, then corrected to 17:30 and 102.5 kg: the backup
    holds the same set, and reading it back adds nothing beside the corrected one (nor beside
    the sets logged since, which make the log long enough for the file's keys to be looked up)."""
    from glueplan.app.log_edits import EditSet, LogSet
    from glueplan.store.formats.json_backup import write_backup

    logged = LoggedSet("barbell_hip_thrust", datetime(2026, 2, 5, 18), 100.0, 10)
    log = LogSet(logged, "log")
    workspace.execute(log)
    assert log.set_id is not None
    write_backup(workspace.repository.store, tmp_path / "backup.json")
    corrected = replace(logged, performed_at=datetime(2026, 2, 5, 17, 30), weight_kg=102.5)
    workspace.execute(EditSet(log.set_id, logged, corrected, "edit"))
    since = [replace(logged, performed_at=datetime(2026, 2, day, 18)) for day in (8, 11)]
    for each in since:
        workspace.execute(LogSet(each, "log"))
    back = prepare(workspace, read_history(tmp_path / "backup.json"))
    assert (back.sets, back.already) == (0, 1)
    workspace.execute(ImportHistory(back.batch, "import"))
    assert workspace.repository.logged_sets(workspace.trainee_id) == [corrected, *since]


def test_an_undone_set_that_a_backup_brought_back_is_redone_as_that_set(workspace: Workspace, tmp_path: Path) -> None:
    """Logged, backed up, undone, and brought back by reading the backup under another id (one
    logged meanwhile took the old one): the set's redo finds it by its identity, neither adding it
    again nor taking the other set for it, and its undo takes out that set alone."""
    from glueplan.app.log_edits import LogSet
    from glueplan.store.formats.json_backup import write_backup

    logged = LoggedSet("barbell_hip_thrust", datetime(2026, 2, 5, 18), 100.0, 10)
    log = LogSet(logged, "log")
    workspace.execute(log)
    write_backup(workspace.repository.store, tmp_path / "backup.json")
    workspace.revert(log)
    meanwhile = LoggedSet("clamshell", datetime(2026, 2, 6, 7), 0.0, 20)
    workspace.execute(LogSet(meanwhile, "log"))
    back = prepare(workspace, read_history(tmp_path / "backup.json"))
    assert back.sets == 1
    workspace.execute(ImportHistory(back.batch, "import"))
    workspace.execute(log)
    assert workspace.repository.logged_sets(workspace.trainee_id) == [logged, meanwhile]
    workspace.revert(log)
    assert workspace.repository.logged_sets(workspace.trainee_id) == [meanwhile]


def test_twin_sets_of_a_backup_all_reach_a_new_database_once(workspace: Workspace, tmp_path: Path) -> None:
    """Two sets alike in moment and load (a left and a right set entered within one second)
    are two sets: a backup holding them is imported whole into another database, and only once."""
    from glueplan.domain.log import Side
    from glueplan.store.database import open_store
    from glueplan.store.formats.json_backup import write_backup
    from glueplan.store.location import database_url
    from tests.conftest import workspace_on

    moment = datetime(2026, 2, 5, 18, 0, 7)
    for side in (Side.LEFT, Side.RIGHT, Side.LEFT):
        workspace.repository.log_set(workspace.trainee_id, LoggedSet("single_leg_hip_thrust", moment, 20.0, 12,
                                                                     side=side))
    write_backup(workspace.repository.store, tmp_path / "twins.json")
    other = open_store(database_url(str(tmp_path / "other.sqlite")))
    try:
        elsewhere = workspace_on(other)
        preview = prepare(elsewhere, read_history(tmp_path / "twins.json", trainee=elsewhere.trainee.name))
        assert preview.sets == 3
        elsewhere.execute(ImportHistory(preview.batch, "import"))
        assert len(elsewhere.repository.logged_sets(elsewhere.trainee_id)) == 3
        again = prepare(elsewhere, read_history(tmp_path / "twins.json", trainee=elsewhere.trainee.name))
        assert (again.sets, again.already) == (0, 3)
    finally:
        other.close()


def test_a_backup_read_into_another_database_keeps_each_sets_side(workspace: Workspace, tmp_path: Path) -> None:
    """A left and a right set (reps of that side alone) stay one side each: read in as 'both' they
    would count twice in the charts' volume and the hard sets (store/history.py, _SHARE)."""
    from glueplan.domain.log import Side
    from glueplan.store.database import open_store
    from glueplan.store.formats.json_backup import write_backup
    from glueplan.store.location import database_url
    from tests.conftest import workspace_on

    sides = [LoggedSet("single_leg_hip_thrust", datetime(2026, 2, 5, 18, 0, second), 20.0, 12, side=side)
             for second, side in ((1, Side.LEFT), (40, Side.RIGHT))]
    for logged in sides:
        workspace.repository.log_set(workspace.trainee_id, logged)
    write_backup(workspace.repository.store, tmp_path / "sides.json")
    other = open_store(database_url(str(tmp_path / "other.sqlite")))
    try:
        elsewhere = workspace_on(other)
        preview = prepare(elsewhere, read_history(tmp_path / "sides.json", trainee=elsewhere.trainee.name))
        elsewhere.execute(ImportHistory(preview.batch, "import"))
        assert [logged.side for logged in elsewhere.repository.logged_sets(elsewhere.trainee_id)] == [Side.LEFT,
                                                                                                      Side.RIGHT]
    finally:
        other.close()


def test_a_backups_workouts_are_its_days_of_training(workspace: Workspace, tmp_path: Path) -> None:
    """Each set logged in glueplan has its own moment: three sets on one evening and one the next
    day are two workouts in the preview, not four."""
    from glueplan.store.database import open_store
    from glueplan.store.formats.json_backup import write_backup
    from glueplan.store.location import database_url
    from tests.conftest import workspace_on

    for moment in (datetime(2026, 2, 2, 18), datetime(2026, 2, 2, 18, 4), datetime(2026, 2, 2, 18, 9),
                   datetime(2026, 2, 4, 7, 30)):
        workspace.repository.log_set(workspace.trainee_id, LoggedSet("clamshell", moment, 0, 20))
    write_backup(workspace.repository.store, tmp_path / "two-days.json")
    other = open_store(database_url(str(tmp_path / "other.sqlite")))
    try:
        preview = prepare(workspace_on(other), read_history(tmp_path / "two-days.json"))
        assert (preview.workouts, preview.sets, preview.first, preview.last) == (2, 4, date(2026, 2, 2),
                                                                                 date(2026, 2, 4))
    finally:
        other.close()


def test_a_backups_own_exercise_is_made_as_the_backup_defines_it(workspace: Workspace, tmp_path: Path) -> None:
    """An own exercise the other database lacks is proposed as a new one and made with the
    backup's muscles, equipment and cues, not skipped, nor made like the nearest catalogue one."""
    from glueplan.store.database import open_store
    from glueplan.store.formats.json_backup import write_backup
    from glueplan.store.location import database_url
    from tests.conftest import workspace_on

    base = workspace.catalog.exercise("clamshell")
    mine = workspace.repository.add_custom_exercise(replace(
        base, id="", name=Localized.same("Sofa clamshell"), custom=True, aliases=(),
        muscles=(("gluteus_minimus", 1.0), ("gluteus_medius", 0.5)), cues=Localized.same(("Knees together",))))
    workspace.repository.log_set(workspace.trainee_id, LoggedSet(mine.id, datetime(2026, 2, 2, 18), 0, 20))
    write_backup(workspace.repository.store, tmp_path / "own.json")
    other = open_store(database_url(str(tmp_path / "other.sqlite")))
    try:
        elsewhere = workspace_on(other)
        preview = prepare(elsewhere, read_history(tmp_path / "own.json", trainee=elsewhere.trainee.name))
        assert [(row.name, row.choice) for row in preview.names] == [("Sofa clamshell", NEW)]
        elsewhere.execute(ImportHistory(preview.batch, "import"))
        (made,) = elsewhere.repository.custom_exercises()
        assert replace(made, id=mine.id) == mine
        assert [s.exercise_id for s in elsewhere.repository.logged_sets(elsewhere.trainee_id)] == [made.id]
    finally:
        other.close()


def test_a_backup_key_edited_by_hand_is_only_a_name(workspace: Workspace, tmp_path: Path) -> None:
    """A key edited by hand is a name like any other: the set is new to the log, not a crash."""
    import json

    from glueplan.store.formats.json_backup import backup_bytes

    workspace.execute(ImportHistory(prepare(workspace, parsed("strong_workout_number.csv")).batch, "import"))
    backup = json.loads(backup_bytes(workspace.repository.store))
    table = backup["tables"]["logged_set"]
    table["rows"][0][table["columns"].index("import_key")] = "logged|not a moment|clamshell"
    (tmp_path / "edited.json").write_text(json.dumps(backup), encoding="utf-8")
    preview = prepare(workspace, read_history(tmp_path / "edited.json"))
    assert (preview.sets, preview.already) == (1, 5)  # the edited set is new to the log; the rest are there


def test_empty_identities_in_a_backup_are_none_and_made_as_an_old_backups(workspace: Workspace, tmp_path: Path) -> None:
    """A hand-edited backup that empties two sets' identities ("") is read as one written before
    sets had them: each gets one made of what it was, not "" twice (the index allows one)."""
    import json

    from glueplan.store.database import open_store
    from glueplan.store.formats.json_backup import backup_bytes
    from glueplan.store.location import database_url
    from tests.conftest import workspace_on

    for minute in (0, 5):
        workspace.repository.log_set(workspace.trainee_id, LoggedSet("clamshell", datetime(2026, 2, 2, 7, minute),
                                                                     0, 20))
    backup = json.loads(backup_bytes(workspace.repository.store))
    table = backup["tables"]["logged_set"]
    for row in table["rows"]:
        row[table["columns"].index("import_key")] = ""
    (tmp_path / "emptied.json").write_text(json.dumps(backup), encoding="utf-8")
    other = open_store(database_url(str(tmp_path / "other.sqlite")))
    try:
        elsewhere = workspace_on(other)
        preview = prepare(elsewhere, read_history(tmp_path / "emptied.json", trainee=elsewhere.trainee.name))
        elsewhere.execute(ImportHistory(preview.batch, "import"))
        assert len(elsewhere.repository.logged_sets(elsewhere.trainee_id)) == 2
    finally:
        other.close()


def test_a_set_whose_time_was_corrected_elsewhere_is_not_imported_again(workspace: Workspace, tmp_path: Path) -> None:
    """Logged here, imported into another database, its time corrected there (18:00 to 17:30),
    and that database's backup read back here: the set keeps the identity it came with (made as it
    was logged here, glueplan/store/set_identity.py), and is known by it."""
    from glueplan.store.database import open_store
    from glueplan.store.formats.json_backup import write_backup
    from glueplan.store.location import database_url
    from glueplan.store.schema import LoggedSetRow
    from tests.conftest import workspace_on

    for moment in (datetime(2026, 2, 2, 7), datetime(2026, 2, 5, 18)):
        workspace.repository.log_set(workspace.trainee_id, LoggedSet("clamshell", moment, 0, 20))
    write_backup(workspace.repository.store, tmp_path / "here.json")
    other = open_store(database_url(str(tmp_path / "other.sqlite")))
    try:
        elsewhere = workspace_on(other)
        preview = prepare(elsewhere, read_history(tmp_path / "here.json", trainee=elsewhere.trainee.name))
        elsewhere.execute(ImportHistory(preview.batch, "import"))
        late = datetime(2026, 2, 5, 18)
        with other.reading() as session:
            set_id = session.scalar(select(LoggedSetRow.id).where(LoggedSetRow.performed_at == late))
        before = elsewhere.repository.logged_set(set_id)
        elsewhere.repository.update_logged_set(set_id, before, replace(before, performed_at=late.replace(minute=30,
                                                                                                       hour=17)))
        write_backup(other, tmp_path / "there.json")
    finally:
        other.close()
    back = prepare(workspace, read_history(tmp_path / "there.json", trainee=workspace.trainee.name))
    assert (back.sets, back.already) == (0, 2)


def test_a_broken_backup_says_why(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "glueplan-backup", "version": 1, "tables": ')
    with pytest.raises(ImportRejected, match="This glueplan backup cannot be read: .*not valid JSON"):
        read_history(broken)
