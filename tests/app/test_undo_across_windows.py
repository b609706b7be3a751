"""Undo and redo in one window while another window (another process) works on the same database:
a step takes out only the rows it made and brings back its own rows beside the others'.

Before schema 0010 SQLite gave the newest row's id, freed by a deletion, to the next insert, another
window's perhaps: an undo that deleted "by id" took out that window's program or template, a redo
that inserted "under its old id" was refused for good (UNIQUE constraint failed), and an edit landed
in the program made under the id. Many of these tests were written for that; they run still, on
both engines, where no id is given twice (AUTOINCREMENT; PostgreSQL's sequences). An id is held
still where another window's undo brought the same row back first: a redo then brings its own back
beside it under a new id (the ..._brought_back_elsewhere tests). An id inserted again was given by
the sequence before, and a later insert from it does not collide with it (..._sequences_able_to_give_new_ones).
"""

from __future__ import annotations

from datetime import date, datetime

from msgspec.structs import replace
import pytest

from glueplan.app.log_edits import DeleteSet, LogSet
from glueplan.app.program_edits import EditProgram
from glueplan.app.program_list_edits import (
    ActivateProgram,
    DeleteProgram,
    DeleteTemplate,
    DuplicateProgram,
    EditProgramDetails,
    SaveAsTemplate,
)
from glueplan.app.elsewhere import catch_up
from glueplan.app.setup_edits import DeleteOwnExercise, SaveOwnExercise, StartProgram
from glueplan.app.templates import templates
from glueplan.app.workspace import Workspace
from glueplan.domain.catalog import Exercise
from glueplan.domain.commands import AddExercise, RemoveExercise
from glueplan.domain.language import Language, Localized
from glueplan.domain.log import LoggedSet
from glueplan.domain.plan import PlannedExercise, Program, Weekday
from glueplan.domain.templates import builtin_templates
from glueplan.store.database import Store
from glueplan.store.errors import StaleExercise, StaleProgram
from glueplan.store.repository import ProgramDetails
from tests.conftest import PROGRAM_START, identity, seed_000, workspace_on
from tests.domain.test_commands import P
from tests.store.conftest import database, pytest_generate_tests  # noqa: F401  (both engines, as the store's tests)


def names(workspace: Workspace) -> list[str]:
    return [program.name for program in workspace.repository.program_overview(workspace.trainee_id)]


def theirs(window: Workspace) -> int:
    """A program the other window makes."""
    return window.repository.add_program(window.trainee_id, replace(seed_000(1), name="Theirs"))


def row_ids(program: Program) -> set[int | None]:
    return {row.id for week in program.weeks for s in week.sessions for row in (s, *s.items)}


@pytest.mark.parametrize("made_by", ["duplicate", "start"])
def test_undo_takes_out_its_own_program_not_one_made_since_under_its_id(store: Store, workspace: Workspace,
                                                                        made_by: str) -> None:
    """The other window deletes the copy (or the started program) and makes a program (before 0010,
    on SQLite under the freed id): the undo leaves that program alone. And a program deleted
    elsewhere is no failure for the undo (it raised NoResultFound, no StoreError)."""
    assert workspace.program_id is not None
    other = workspace_on(store)
    command: DuplicateProgram | StartProgram
    if made_by == "duplicate":
        command = DuplicateProgram(workspace.program_id, "Copy", "duplicate")
    else:
        command = StartProgram(replace(seed_000(1), name="Copy"), "seed-000", "start")
    workspace.execute(command)
    made = command.copy_id if isinstance(command, DuplicateProgram) else command.program_id
    assert made is not None
    other.execute(DeleteProgram(made, "delete"))
    their_id = theirs(other)
    workspace.revert(command)
    assert sorted(names(workspace)) == sorted([seed_000().name, "Theirs"])
    assert workspace.repository.program(their_id).name == "Theirs"


@pytest.mark.parametrize("made_by", ["duplicate", "start"])
def test_a_redone_program_comes_back_beside_the_same_program_brought_back_elsewhere(
        store: Store, workspace: Workspace, made_by: str) -> None:
    """The other window deletes the copy (or the started program); this window undoes making it
    (nothing is left to take out); the other window undoes its deletion, and the program is back
    under its ids. This window's redo brings it back a second time, under new ids, instead of
    failing on them (UNIQUE constraint failed), and its undo takes out only its own."""
    assert workspace.program_id is not None
    other = workspace_on(store)
    command: DuplicateProgram | StartProgram
    if made_by == "duplicate":
        command = DuplicateProgram(workspace.program_id, "Copy", "duplicate")
    else:
        command = StartProgram(replace(seed_000(1), name="Copy"), "seed-000", "start")
    made = lambda: command.copy_id if isinstance(command, DuplicateProgram) else command.program_id  # noqa: E731
    workspace.execute(command)
    first = made()
    assert first is not None
    deletion = DeleteProgram(first, "delete")
    other.execute(deletion)
    workspace.revert(command)
    other.revert(deletion)
    workspace.execute(command)
    again = made()
    assert again is not None and again != first
    assert sorted(names(workspace)) == sorted([seed_000().name, "Copy", "Copy"])
    assert row_ids(workspace.repository.program(again)).isdisjoint(row_ids(workspace.repository.program(first)))
    workspace.revert(command)
    assert sorted(names(workspace)) == sorted([seed_000().name, "Copy"])
    assert identity(workspace.repository.program(first)) == identity(other.repository.program(first))


def test_an_undone_deletion_comes_back_whole_beside_a_program_made_meanwhile(store: Store,
                                                                             workspace: Workspace) -> None:
    """The program deleted here (the newest: its ids the highest) comes back under its ids, opened,
    with the sets logged against it linked again, though another window made a program meanwhile
    (before 0010, on SQLite under those ids); its redo deletes it, not the other program."""
    assert workspace.program_id is not None and workspace.program is not None
    other = workspace_on(store)
    planned = workspace.program.weeks[0].sessions[0].items[0]
    logged = LoggedSet(planned.exercise_id, datetime(2026, 11, 23, 18), 60.0, 8, 2, planned_exercise_id=planned.id)
    workspace.execute(LogSet(logged, "log"))
    whole = workspace.program
    delete = DeleteProgram(workspace.program_id, "delete")
    workspace.execute(delete)
    their_id = theirs(other)
    workspace.revert(delete)
    assert sorted(names(workspace)) == sorted([whole.name, "Theirs"])
    assert workspace.program_id == delete.program_id and workspace.program == whole
    back = workspace.program.weeks[0].sessions[0].items[0].id
    assert [s.planned_exercise_id for _id, s in workspace.sets_on(date(2026, 11, 23))] == [back]
    workspace.execute(delete)
    assert names(workspace) == ["Theirs"] and workspace.repository.program(their_id).name == "Theirs"


def test_a_program_edit_redone_beside_another_programs_rows(store: Store, workspace: Workspace) -> None:
    """An exercise added and undone here; another window adds one to another program (before 0010,
    on SQLite under the freed id): the redo adds the exercise again, and undone again it takes out
    its own exercise only."""
    other = workspace_on(store)
    other.load_program(theirs(other))
    add = EditProgram(AddExercise(0, Weekday.TUE, "clamshell", P), "add")
    workspace.execute(add)
    workspace.revert(add)
    their_add = EditProgram(AddExercise(0, Weekday.TUE, "clamshell", P), "add")
    other.execute(their_add)
    their_program = identity(other.program)
    workspace.execute(add)
    assert workspace.program is not None and workspace.program == workspace.repository.program(workspace.program_id)
    assert identity(workspace.program) == identity(workspace.repository.program(workspace.program_id))
    workspace.revert(add)
    assert identity(other.repository.program(other.program_id)) == their_program


def logged_then_removed_from_the_plan(workspace: Workspace) -> tuple[PlannedExercise, LoggedSet, LogSet,
                                                                     EditProgram]:
    """A set logged against the first planned exercise, which a plan edit then removes (cutting the link)."""
    assert workspace.program is not None
    planned = workspace.program.weeks[0].sessions[0].items[0]
    mine = LoggedSet(planned.exercise_id, datetime(2026, 11, 23, 18), 60.0, 8, 2, planned_exercise_id=planned.id)
    log = LogSet(mine, "log")
    workspace.execute(log)
    remove = EditProgram(RemoveExercise(0, 0, 0), "remove")
    workspace.execute(remove)
    return planned, mine, log, remove


def test_an_undone_plan_edit_links_again_its_own_sets_not_another_windows(store: Store,
                                                                         workspace: Workspace) -> None:
    """A planned exercise removed here cuts the link of the set logged against it. The other window
    deletes that set and logs one of its own (before 0010, on SQLite under the freed id): the undo
    links again the set by its identity, so the other window's set stays unplanned."""
    other = workspace_on(store)
    _planned, mine, log, remove = logged_then_removed_from_the_plan(workspace)
    other.execute(DeleteSet(log.set_id, replace(mine, planned_exercise_id=None), "delete"))  # type: ignore[arg-type]
    their_set = LoggedSet("clamshell", datetime(2026, 11, 24, 18), 0.0, 15, 2)
    other.execute(LogSet(their_set, "log"))
    workspace.revert(remove)
    assert [s for _id, s in workspace.sets_on(date(2026, 11, 24))] == [their_set]


def test_an_undone_plan_edit_links_again_a_set_deleted_and_brought_back(store: Store,
                                                                        workspace: Workspace) -> None:
    """The set deleted after the plan edit and brought back (log_edits._restore): the edit's undo
    finds it by its identity and links it again (before 0010 it came back under a new id, its own
    taken by the other window's set)."""
    other = workspace_on(store)
    planned, mine, log, remove = logged_then_removed_from_the_plan(workspace)
    unlinked = replace(mine, planned_exercise_id=None)
    assert log.set_id is not None
    delete = DeleteSet(log.set_id, unlinked, "delete")
    workspace.execute(delete)
    other.execute(LogSet(LoggedSet("clamshell", datetime(2026, 11, 24, 18), 0.0, 15, 2), "log"))
    workspace.revert(delete)
    workspace.revert(remove)
    assert [s.planned_exercise_id for _id, s in workspace.sets_on(date(2026, 11, 23))] == [planned.id]


def test_a_set_logged_against_an_exercise_removed_elsewhere_is_announced_as_stored(store: Store,
                                                                                   workspace: Workspace) -> None:
    """A logged set's change carries the set, which the Log tab shows without reading its day: as the store keeps
    it, unlinked when the other window removed its planned exercise, not linked as this window's copy of the plan
    still has it."""
    assert workspace.program is not None
    planned = workspace.program.weeks[0].sessions[0].items[0]
    workspace_on(store).execute(EditProgram(RemoveExercise(0, 0, 0), "remove"))
    logged = LoggedSet(planned.exercise_id, datetime(2026, 11, 23, 18), 60.0, 8, 2, planned_exercise_id=planned.id)
    change = workspace.execute(LogSet(logged, "log"))
    assert list(change.logged) == workspace.sets_on(date(2026, 11, 23)) == [(change.logged[0][0], replace(
        logged, planned_exercise_id=None))]


def test_a_kept_template_undone_takes_out_its_own_not_one_kept_since_under_its_number(store: Store,
                                                                                     workspace: Workspace) -> None:
    assert workspace.program_id is not None
    other = workspace_on(store)
    keep = SaveAsTemplate(workspace.program_id, "Mine", "keep")
    workspace.execute(keep)
    other.execute(DeleteTemplate(templates(store)[-1], "delete"))
    other.execute(SaveAsTemplate(workspace.program_id, "Theirs", "keep"))
    workspace.revert(keep)
    assert [t.name.en for t in templates(store) if t.own_number is not None] == ["Theirs"]


def test_a_template_comes_back_beside_the_same_template_brought_back_elsewhere(store: Store,
                                                                              workspace: Workspace) -> None:
    """The other window deletes the template kept here; this window undoes keeping it (nothing is
    left to take out); the other window undoes its deletion, and the template is back under its
    number. This window's redo keeps it a second time under a new number instead of failing on it,
    and undone takes out only its own."""
    assert workspace.program_id is not None
    other = workspace_on(store)
    own = lambda: sorted(t.name.en for t in templates(store) if t.own_number is not None)  # noqa: E731
    keep = SaveAsTemplate(workspace.program_id, "Mine", "keep")
    workspace.execute(keep)
    first = keep.number
    deletion = DeleteTemplate(next(t for t in templates(store) if t.own_number == first), "delete")
    other.execute(deletion)
    workspace.revert(keep)
    other.revert(deletion)
    workspace.execute(keep)
    assert keep.number != first and own() == ["Mine", "Mine"]
    workspace.revert(keep)
    assert [t.own_number for t in templates(store) if t.own_number is not None] == [first]


def test_rows_inserted_again_under_their_ids_leave_the_sequences_able_to_give_new_ones(
        store: Store, workspace: Workspace) -> None:
    """PostgreSQL: an insert under an explicit id does not advance the sequence. The ids an undo
    inserts again were the sequence's before, so the next program, session, exercise and template
    the sequences give do not collide with them (on SQLite, AUTOINCREMENT counts past them)."""
    assert workspace.program_id is not None
    other = workspace_on(store)
    delete = DeleteProgram(workspace.program_id, "delete")
    workspace.execute(delete)
    workspace.revert(delete)
    keep = SaveAsTemplate(workspace.program_id, "Mine", "keep")
    workspace.execute(keep)
    workspace.revert(keep)
    workspace.execute(keep)
    their_id = theirs(other)
    other.execute(SaveAsTemplate(their_id, "Theirs", "keep"))
    assert sorted(names(workspace)) == sorted([seed_000().name, "Theirs"])
    assert sorted(t.name.en for t in templates(store) if t.own_number is not None) == ["Mine", "Theirs"]


def test_a_redone_deletion_deletes_its_program_not_one_made_since_under_its_id(store: Store,
                                                                              workspace: Workspace) -> None:
    """Deleted, undone, then deleted in the other window, which makes a program next (before 0010,
    on SQLite under the freed id): the redo here finds its program gone and leaves the other one
    alone. A program deleted elsewhere before the first Delete is no step (it raised NoResultFound)."""
    assert workspace.program_id is not None
    other = workspace_on(store)
    delete = DeleteProgram(workspace.program_id, "delete")
    workspace.execute(delete)
    workspace.revert(delete)
    other.execute(DeleteProgram(delete.program_id, "delete"))
    theirs(other)
    workspace.execute(delete)
    assert names(workspace) == ["Theirs"]
    assert not workspace.execute(DeleteProgram(delete.program_id + 100, "delete"))


def test_steps_back_through_a_deletion_and_its_undo_still_know_their_program(store: Store,
                                                                            workspace: Workspace) -> None:
    """A program (or template) brought back by an undone deletion is the one made before: the
    steps before the deletion, undone, take it out (it comes back as made, not as made again)."""
    assert workspace.program_id is not None
    shown = workspace.program_id
    start = StartProgram(replace(seed_000(1), name="Started"), "seed-000", "start")
    workspace.execute(start)
    assert start.program_id is not None
    delete = DeleteProgram(start.program_id, "delete")
    workspace.execute(delete)
    workspace.revert(delete)
    workspace.revert(start)
    assert names(workspace) == [seed_000().name] and workspace.program_id == shown
    keep = SaveAsTemplate(shown, "Mine", "keep")
    workspace.execute(keep)
    delete_template = DeleteTemplate(templates(store)[-1], "delete")
    workspace.execute(delete_template)
    workspace.revert(delete_template)
    workspace.revert(keep)
    assert [t for t in templates(store) if t.own_number is not None] == []


def band_clamshell(workspace: Workspace, looks_like: str | None = None) -> Exercise:
    """An own exercise as the editor makes it (no id yet): every one of this name gets the same id."""
    base = workspace.catalog.exercise("clamshell")
    return replace(base, id="", name=Localized.same("Band clamshell"), custom=True, looks_like=looks_like)


def own(workspace: Workspace) -> dict[str, str | None]:
    return {e.id: e.looks_like for e in workspace.repository.custom_exercises()}


def test_an_undone_own_exercise_takes_out_its_own_not_one_made_since_under_its_id(store: Store,
                                                                                 workspace: Workspace) -> None:
    """The other window deletes the exercise added here and makes one of the same name, which gets
    the same id (it is made of the name: on both engines): the undo here refuses to delete it."""
    other = workspace_on(store)
    add = SaveOwnExercise(band_clamshell(workspace), "add")
    workspace.execute(add)
    assert add.saved is not None
    catch_up(other)
    other.execute(DeleteOwnExercise(add.saved, "delete"))
    their_add = SaveOwnExercise(band_clamshell(other, "hip_thrust"), "add")
    other.execute(their_add)
    assert their_add.saved is not None and their_add.saved.id == add.saved.id
    with pytest.raises(StaleExercise):
        workspace.revert(add)
    assert own(workspace) == {add.saved.id: "hip_thrust"}


def test_own_exercises_come_back_beside_one_made_since_under_their_id(store: Store, workspace: Workspace) -> None:
    """An addition undone, or a deletion, frees the exercise's id, and the other window's exercise of
    the same name takes it: the redo, and the deletion's undo, bring it back under a new id (they
    were refused: UNIQUE constraint failed), and undone or redone again take out only their own."""
    other = workspace_on(store)
    add = SaveOwnExercise(band_clamshell(workspace), "add")
    workspace.execute(add)
    workspace.revert(add)
    other.execute(SaveOwnExercise(band_clamshell(other, "hip_thrust"), "add"))
    workspace.execute(add)
    assert own(workspace) == {"custom_band_clamshell": "hip_thrust", "custom_band_clamshell_2": None}
    workspace.revert(add)
    assert own(workspace) == {"custom_band_clamshell": "hip_thrust"}
    workspace.execute(add)
    assert add.saved is not None and add.saved.id == "custom_band_clamshell_2"
    delete = DeleteOwnExercise(add.saved, "delete")
    workspace.execute(delete)
    other.execute(SaveOwnExercise(band_clamshell(other, "glute_bridge"), "add"))
    workspace.revert(delete)
    assert own(workspace) == {"custom_band_clamshell": "hip_thrust", "custom_band_clamshell_2": "glute_bridge",
                              "custom_band_clamshell_3": None}
    workspace.revert(delete)  # undone already: nothing more
    workspace.execute(delete)
    assert own(workspace) == {"custom_band_clamshell": "hip_thrust", "custom_band_clamshell_2": "glute_bridge"}


def test_an_own_exercise_changed_elsewhere_is_not_overwritten_by_an_undo(store: Store,
                                                                          workspace: Workspace) -> None:
    """Changed here, then changed in the other window: the undo here would put back the first
    version over the other window's (it wrote blind); it is refused, and so is a change here
    made from the version before the other window's."""
    other = workspace_on(store)
    mine = workspace.repository.add_custom_exercise(band_clamshell(workspace))
    workspace.set_catalog(workspace.repository.catalog())
    edit = SaveOwnExercise(replace(mine, looks_like="hip_thrust"), "edit")
    workspace.execute(edit)
    catch_up(other)
    other.execute(SaveOwnExercise(replace(mine, looks_like="glute_bridge"), "edit"))
    with pytest.raises(StaleExercise):
        workspace.revert(edit)
    assert own(workspace) == {mine.id: "glute_bridge"}
    with pytest.raises(StaleExercise):
        workspace.execute(SaveOwnExercise(replace(mine, looks_like="clamshell"), "edit"))
    assert own(workspace) == {mine.id: "glute_bridge"}


def test_an_edit_of_a_program_deleted_elsewhere_does_not_land_in_the_one_made_under_its_id(
        store: Store, workspace: Workspace) -> None:
    """This window shows its program, never edited (version 0). The other window deletes it and
    starts another (before 0010, on SQLite under its id and its rows' ids, at version 0 too: catching
    up saw the same id at the same version and kept the old program on screen, and the next edit here
    claimed version 0 of the other program and wrote this window's rows over it). Catching up reads
    the other program, and an edit made before that is refused as stale (and the other program is
    shown)."""
    assert workspace.program_id is not None
    other = workspace_on(store)
    other.execute(DeleteProgram(workspace.program_id, "delete"))
    start = StartProgram(replace(builtin_templates()["seed-002"].program(workspace.catalog, Language.EN),
                                 start=date(2026, 11, 23)), "seed-002", "start")
    other.execute(start)
    their_program = identity(other.program)
    with pytest.raises(StaleProgram):
        workspace.execute(EditProgram(RemoveExercise(0, 0, 0), "remove"))
    assert identity(other.repository.program(start.program_id)) == their_program
    assert workspace.program_id == start.program_id and identity(workspace.program) == their_program
    stale = workspace_on(store)
    assert stale.program is not None
    other.execute(DeleteProgram(start.program_id, "delete"))
    other.execute(StartProgram(replace(seed_000(1), name="Third"), "seed-000", "start"))
    assert catch_up(stale).program and stale.program.name == "Third"


def test_a_rename_redone_renames_its_program_not_one_made_since_under_its_id(store: Store,
                                                                            workspace: Workspace) -> None:
    """Renamed and undone here; the other window deletes the program and starts the same template
    on the same Monday (before 0010, on SQLite under its id, with the same name and start, and the
    redo here renamed that program): the redo is refused as stale."""
    assert workspace.program_id is not None and workspace.program is not None
    other = workspace_on(store)
    before = ProgramDetails(workspace.program.name, PROGRAM_START)
    rename = EditProgramDetails(workspace.program_id, before, replace(before, name="Spring block"), "rename")
    workspace.execute(rename)
    workspace.revert(rename)
    other.execute(DeleteProgram(workspace.program_id, "delete"))
    other.execute(StartProgram(seed_000(1), "seed-000", "start"))
    with pytest.raises(StaleProgram):
        workspace.execute(rename)
    assert names(workspace) == [seed_000().name]


@pytest.mark.parametrize("whose", ["another trainee's", "the trainee's other"])
def test_a_redone_set_is_not_linked_to_a_planned_exercise_made_since(store: Store, workspace: Workspace,
                                                                     whose: str) -> None:
    """A set logged against an exercise just added (the highest id), undone; the exercise removed
    from the plan; a window showing another program, another trainee's or the trainee's own, adds
    an exercise. It does not get the freed id (SQLite took to giving it, before AUTOINCREMENT:
    tests/store/test_ids_never_given_twice.py), so the redone set is linked to no exercise."""
    from glueplan.domain.trainee import Trainee

    assert workspace.program is not None
    other = workspace_on(store)
    if whose == "another trainee's":
        other.switch_trainee(other.repository.add_trainee(Trainee("Ane")))
    other.load_program(other.repository.add_program(other.trainee_id, replace(seed_000(1), name="Other")))
    workspace.execute(EditProgram(AddExercise(0, Weekday.TUE, "clamshell", P), "add"))
    tuesday = next(i for i, s in enumerate(workspace.program.weeks[0].sessions) if s.day == Weekday.TUE)
    planned = workspace.program.weeks[0].sessions[tuesday].items[0]
    assert planned.exercise_id == "clamshell"
    log = LogSet(LoggedSet("clamshell", datetime(2026, 11, 24, 18), 0.0, 15, 2, planned_exercise_id=planned.id), "log")
    workspace.execute(log)
    workspace.revert(log)
    workspace.execute(EditProgram(RemoveExercise(0, tuesday, 0), "remove"))
    other.execute(EditProgram(AddExercise(0, Weekday.TUE, "clamshell", P), "add"))
    assert other.program is not None
    their_planned = next(s for s in other.program.weeks[0].sessions if s.day == Weekday.TUE).items[0].id
    workspace.execute(log)
    linked = [s.planned_exercise_id for _id, s in workspace.sets_on(date(2026, 11, 24))]
    assert their_planned != planned.id
    assert linked == [None]


def test_undoing_a_start_opens_the_active_program_when_the_one_shown_before_was_deleted(
        store: Store, workspace: Workspace) -> None:
    """The undo of Start program opens the program shown before; deleted in the other window
    meanwhile, it raised NoResultFound (no StoreError) after deleting the started one."""
    assert workspace.program_id is not None
    other = workspace_on(store)
    older = other.repository.add_program(other.trainee_id, replace(seed_000(1), name="Older"))
    shown_before = workspace.program_id
    start = StartProgram(replace(seed_000(1), name="Started"), "seed-000", "start")
    workspace.execute(start)
    other.execute(DeleteProgram(shown_before, "delete"))
    workspace.revert(start)
    assert names(workspace) == ["Older"] and workspace.program_id == older


def test_undoing_activate_when_the_program_active_before_was_deleted_opens_the_active_one(
        store: Store, workspace: Workspace) -> None:
    """Activate program undone opens the program active before; deleted in the other window
    meanwhile, it raised NoResultFound (no StoreError), or before 0010, on SQLite, opened the
    program made under its id, another trainee's perhaps."""
    assert workspace.program_id is not None
    other = workspace_on(store)
    first = workspace.program_id
    older = other.repository.add_program(other.trainee_id, replace(seed_000(1), name="Older"))
    workspace.repository.set_active_program(workspace.trainee_id, first)
    activate = ActivateProgram(older, "activate")
    workspace.execute(activate)
    assert workspace.program_id == older
    other.execute(DeleteProgram(first, "delete"))
    workspace.revert(activate)
    assert workspace.program_id == older and names(workspace) == ["Older"]


def test_a_template_deleted_in_two_windows_and_undone_in_both_comes_back_once(store: Store,
                                                                              workspace: Workspace) -> None:
    """The second window's Delete finds the template gone: it is no step, so no undo of it brings
    the template back a second time (under another number, its own being taken)."""
    assert workspace.program_id is not None
    other = workspace_on(store)
    workspace.execute(SaveAsTemplate(workspace.program_id, "Mine", "keep"))
    shown = templates(store)[-1]
    first, second = DeleteTemplate(shown, "delete"), DeleteTemplate(shown, "delete")
    workspace.execute(first)
    assert not other.execute(second)
    workspace.revert(first)
    other.revert(second)  # were it a step
    assert [t.name.en for t in templates(store) if t.own_number is not None] == ["Mine"]
