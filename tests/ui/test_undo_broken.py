"""Edit > Undo that breaks on something no refusal foresees (a bug, an OSError): the undo history stays true to what
the database holds, and the user is told in a box, never by a traceback they cannot see (pytest-qt fails a test on an
exception that reaches sys.excepthook from Qt, as these did from QUndoCommand.undo)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from msgspec.structs import replace
import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from glueplan.app.changes import ChangeSet
from glueplan.app.command import History
from glueplan.domain.commands import EditPlanned, EditPlannedAll
from glueplan.domain.language import Language
from glueplan.store.repository import Repository
from glueplan.ui.main_window import MainWindow
from glueplan.ui.shared.changes_elsewhere import follow_changes_elsewhere
from tests.conftest import seed_000
from tests.ui.test_main_window import make_window
from tests.ui.test_undo_days_later_said import given_a_set_more

Seen = TypeVar("Seen")


def asked(monkeypatch: pytest.MonkeyPatch, seen: Callable[[QMessageBox], Seen]) -> list[Seen]:
    """What ``seen`` sees of each message box asked from now on (answered at once)."""
    said: list[Seen] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: said.append(seen(box)) or QMessageBox.StandardButton.Ok)
    return said


def boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts of the message boxes asked from now on (answered at once)."""
    return asked(monkeypatch, QMessageBox.text)


def sets_planned(window: MainWindow, repository: Repository) -> tuple[int, int]:
    """The sets of Monday's first exercise as the window shows them and as the database holds them."""
    assert window.live is not None
    shown = window.live.program.weeks[0].sessions[0].items[0].prescription.sets
    return shown, repository.program(window.live.workspace.program_id).weeks[0].sessions[0].items[0].prescription.sets


def once(failure: Exception, then: Callable[..., object]) -> Callable[..., object]:
    """``then``, raising ``failure`` instead at the first call."""
    calls: list[tuple[object, ...]] = []

    def call(*args: object, **kwargs: object) -> object:
        calls.append(args)
        if len(calls) == 1:
            raise failure
        return then(*args, **kwargs)

    return call


def undone_caught_up(qtbot: QtBot, window: MainWindow, said: list[str]) -> None:
    """Edit > Undo, then the window's catch-up (every page told to read again), and the one box said."""
    assert window.live is not None
    with qtbot.waitSignal(window.live.changed, check_params_cb=lambda change: change == ChangeSet.everything()):
        window.undo_action.trigger()
    qtbot.waitUntil(lambda: len(said) == 1)


def second_made_active(qtbot: QtBot, repository: Repository) -> tuple[MainWindow, int, int]:
    """A window on the first of two programs, the second made active in it (a step in the plan's history)."""
    from glueplan.app.program_list_edits import ActivateProgram

    window = make_window(qtbot, repository)
    live = window.live
    assert live is not None
    first = repository.add_program(live.workspace.trainee_id, seed_000(), "seed-000", activate=True)
    second = repository.add_program(live.workspace.trainee_id, seed_000(), "seed-000")
    window.open_program(first)
    assert live.run(ActivateProgram(second, "Make the second active")) is None and live.workspace.program_id == second
    return window, first, second


IN_DOUBT = ("The database server stopped answering, or the connection to it was lost, while this change was being "
            "saved: it may have been saved, or not. When the server answers again, the window shows what it holds; "
            "look there before trying again.")


def next_commit_in_doubt(monkeypatch: pytest.MonkeyPatch) -> None:
    """The next COMMIT carried out, but the server's answer lost (a server on PostgreSQL gone as it was sent)."""
    from sqlalchemy.exc import OperationalError
    from sqlalchemy.orm import SessionTransaction

    from glueplan.store.errors import COMMIT_IN_DOUBT

    class InDoubt(Exception):
        said_as = COMMIT_IN_DOUBT  # as psycopg's broken COMMIT says it (store/answer_watch.py)

    commit = SessionTransaction.commit

    def committed_then_lost(transaction: SessionTransaction, *args: object) -> object:
        monkeypatch.setattr(SessionTransaction, "commit", commit)
        commit(transaction, *args)  # type: ignore[arg-type]
        raise OperationalError("COMMIT", {}, InDoubt())

    monkeypatch.setattr(SessionTransaction, "commit", committed_then_lost)


def given_a_set_more_twice(qtbot: QtBot, repository: Repository) -> MainWindow:
    """Monday's first exercise given a set more (3), then Wednesday's (4): two steps in the plan's history."""
    window = given_a_set_more(qtbot, repository, Language.EN, (0,))
    live = window.live
    item = live.program.weeks[0].sessions[1].items[0]
    assert live.apply(EditPlannedAll((EditPlanned(0, 1, 0, replace(item.prescription, sets=4), item.load_kg,
                                                  item.note),)))
    assert live.undo_stacks[History.PLAN].count() == 2
    return window


def test_an_undo_that_a_bug_breaks_inside_its_transaction_goes_and_the_older_step_is_undone(
        qtbot: QtBot, repository: Repository, monkeypatch: pytest.MonkeyPatch) -> None:
    """The undo's rows written, then an OSError inside the transaction (at every try, as a bug is): rolled back, so the
    database keeps the step done, a box says nothing was written, and the step leaves the history: the next Undo takes
    the older one (failed before: the step was put back, and Undo offered it again, refused at every try, with the older
    step out of reach behind it)."""
    from glueplan.store import repository as stored

    window = given_a_set_more_twice(qtbot, repository)
    plan, said = window.live.undo_stacks[History.PLAN], boxes(monkeypatch)
    real = stored.write_program_rows

    def written_then_broken(*args: object) -> object:
        real(*args)  # type: ignore[arg-type]
        raise OSError("the disk went away")

    monkeypatch.setattr(stored, "write_program_rows", written_then_broken)
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: len(said) == 1)
    assert said == ["The change could not be saved (OSError: the disk went away); nothing was written."]
    assert repository.program(window.live.workspace.program_id).weeks[0].sessions[1].items[0].prescription.sets == 4
    assert (plan.count(), plan.index()) == (1, 1)
    monkeypatch.setattr(stored, "write_program_rows", real)
    window.undo_action.trigger()
    assert sets_planned(window, repository) == (2, 2) and plan.canRedo()


@pytest.mark.parametrize("where", ["the rules judging the window's copy", "a listener of the workspace"])
def test_an_undo_broken_after_its_commit_stays_undone_off_the_history(qtbot: QtBot, repository: Repository,
                                                                      monkeypatch: pytest.MonkeyPatch,
                                                                      where: str) -> None:
    """The undo committed, then an exception as the window takes it in: it stays undone, the step leaves the history
    (what the command holds of it may be half changed), the window reads again what the database holds, and a box says
    so (failed before: a traceback and nothing said; where the rules broke, the window went on showing the 3 sets at
    the version of the 2 stored, and the step, undone in the history, still held itself done: Redo did nothing)."""
    window = given_a_set_more(qtbot, repository, Language.EN, (0,))
    live, said = window.live, boxes(monkeypatch)
    plan = live.undo_stacks[History.PLAN]
    failure = RuntimeError("a bug")
    if where == "a listener of the workspace":
        live.workspace.subscribe(once(failure, lambda _change: None))
    else:
        import glueplan.app.workspace

        monkeypatch.setattr(glueplan.app.workspace, "revalidate", once(failure, glueplan.app.workspace.revalidate))
    undone_caught_up(qtbot, window, said)
    assert said == ["Undone in the database, but the window could not show the result. It shows what the database "
                    "holds as soon as it can read it again; the step is taken off the undo history. The error: "
                    "RuntimeError: a bug"]
    assert sets_planned(window, repository) == (2, 2)
    assert plan.count() == 0 and not window.undo_action.isEnabled() and not window.redo_action.isEnabled()


def test_an_undo_whose_reads_after_its_commit_are_refused_says_what_is_true_until_the_server_answers(
        qtbot: QtBot, repository: Repository, monkeypatch: pytest.MonkeyPatch) -> None:
    """Another program made active, and undone: the first is active again in the database, then reading it is refused
    for the window, and for its catch-up too (a server gone for a while). The history follows the database, the box
    claims nothing the window does not show yet, and the window shows the first once the server answers (failed before:
    the box said the window "shows what the database holds now" while it showed the second program)."""
    from glueplan.store.errors import StoreError

    window, first, second = second_made_active(qtbot, repository)
    live, said = window.live, boxes(monkeypatch)
    assert live is not None
    used = live.workspace.repository  # the window's own, on the test's database
    read, away = used.program_state, [True]

    def refused_while_away(program_id: int) -> object:
        if away[0]:
            raise StoreError("store.read_failed", reason="server away")
        return read(program_id)

    monkeypatch.setattr(used, "program_state", refused_while_away)
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: len(said) == 1)
    assert said == ["Undone in the database, but the window could not show the result. It shows what the database "
                    "holds as soon as it can read it again; the step is taken off the undo history. The error: The "
                    "database could not be read (server away)."]
    assert repository.active_program(live.workspace.trainee_id) == first and live.workspace.program_id == second
    assert live.undo_stacks[History.PLAN].count() == 0 and not window.undo_action.isEnabled()
    away[0] = False
    with qtbot.waitSignal(live.changed, check_params_cb=lambda change: change == ChangeSet.everything()):
        follow_changes_elsewhere(live).check()  # the next look
    assert live.workspace.program_id == first


def test_an_undo_whose_commit_is_in_doubt_goes_the_window_catches_up_and_the_doubt_is_said(
        qtbot: QtBot, repository: Repository, monkeypatch: pytest.MonkeyPatch) -> None:
    """The undo's COMMIT carried out, but the server's answer lost (a server on PostgreSQL gone as it was sent): the
    step goes, the window reads what the database holds, the doubt is said in its own words, and the next Undo takes
    the older step (failed before: said as nothing written, the step was put back as done while the database held it
    undone, and the next Undo was refused as a change made elsewhere, clearing the plan's history)."""
    window = given_a_set_more_twice(qtbot, repository)
    live, said = window.live, boxes(monkeypatch)
    plan = live.undo_stacks[History.PLAN]
    next_commit_in_doubt(monkeypatch)
    undone_caught_up(qtbot, window, said)
    assert said == [IN_DOUBT]
    stored = repository.program(live.workspace.program_id).weeks[0].sessions[1].items[0].prescription.sets
    assert live.program.weeks[0].sessions[1].items[0].prescription.sets == stored != 4
    assert (plan.count(), plan.index()) == (1, 1)
    window.undo_action.trigger()
    assert sets_planned(window, repository) == (2, 2) and plan.canRedo()


def test_an_edit_broken_after_its_commit_is_said_and_the_window_catches_up(
        qtbot: QtBot, repository: Repository, monkeypatch: pytest.MonkeyPatch) -> None:
    """An edit saved, then a listener breaks as the window takes it in: the window reads everything again, a box says
    it was saved, and the edit is no step (what the command holds may be half changed) (failed before: the exception
    left the edit's call, the window kept a copy half taken in, and nothing said it was saved)."""
    window = given_a_set_more(qtbot, repository, Language.EN, (0,))
    live, said = window.live, boxes(monkeypatch)
    live.workspace.subscribe(once(RuntimeError("a bug"), lambda _change: None))
    item = live.program.weeks[0].sessions[1].items[0]
    with qtbot.waitSignal(live.changed, check_params_cb=lambda change: change == ChangeSet.everything()):
        assert live.apply(EditPlannedAll((EditPlanned(0, 1, 0, replace(item.prescription, sets=5), item.load_kg,
                                                      item.note),)))
    qtbot.waitUntil(lambda: len(said) == 1)
    assert said == ["Saved in the database, but the window could not show the result. It shows what the database "
                    "holds as soon as it can read it again; the change cannot be undone with Undo. The error: "
                    "RuntimeError: a bug"]
    assert live.program.weeks[0].sessions[1].items[0].prescription.sets == 5
    assert live.undo_stacks[History.PLAN].count() == 1


def test_an_undo_of_another_program_made_active_broken_after_its_commit_keeps_the_older_steps(
        qtbot: QtBot, repository: Repository, monkeypatch: pytest.MonkeyPatch) -> None:
    """Undo of this window's own step that broke after its commit is no change made elsewhere: only that step goes, the
    older one stays (and is undone next), and nothing says a program was made active elsewhere (failed before: the
    catch-up cleared the whole plan history, and the status bar said another program was made active elsewhere)."""
    from glueplan.app.program_list_edits import ActivateProgram
    from glueplan.store.errors import StoreError

    window, first, second = second_made_active(qtbot, repository)
    live, said = window.live, boxes(monkeypatch)
    assert live is not None
    assert live.run(ActivateProgram(first, "Make the first active")) is None
    plan, used = live.undo_stacks[History.PLAN], live.workspace.repository
    monkeypatch.setattr(used, "program_state", once(StoreError("store.read_failed", reason="server away"),
                                                    used.program_state))
    with qtbot.assertNotEmitted(follow_changes_elsewhere(live).program_reloaded):
        undone_caught_up(qtbot, window, said)
    assert live.workspace.program_id == second == repository.active_program(live.workspace.trainee_id)
    assert (plan.count(), plan.index()) == (1, 1) and "elsewhere" not in window.statusBar().currentMessage()
    window.undo_action.trigger()
    assert live.workspace.program_id == first == repository.active_program(live.workspace.trainee_id)


def test_a_redone_archive_broken_after_its_commit_keeps_the_archived_trainees_histories(
        qtbot: QtBot, repository: Repository, monkeypatch: pytest.MonkeyPatch) -> None:
    """Archived here, undone, redone, and the read of the trainee shown next refused once: the window shows the other
    trainee, one box says what broke, none says the trainee was archived in another window, and the archived trainee's
    plan step is kept for when they are back (failed before: a second box said "“Me” was archived in another
    window", and every history of theirs was cleared)."""
    from glueplan.app.trainees import ArchiveTrainee
    from glueplan.domain.trainee import Trainee
    from glueplan.store.errors import StoreError

    window = given_a_set_more(qtbot, repository, Language.EN, (0,))
    window.tabs.setCurrentWidget(window.programs_tab)  # a Week tab on screen lays out a page gone (left as it is)
    live, said = window.live, boxes(monkeypatch)
    me, other = live.workspace.trainee_id, repository.add_trainee(Trainee("Anne"))
    assert live.run(ArchiveTrainee("Archive")) is None and live.workspace.trainee_id == other
    window.undo_action.trigger()
    assert live.workspace.trainee_id == me and live.undo_stacks[History.PLAN].count() == 1
    used = live.workspace.repository
    monkeypatch.setattr(used, "trainee", once(StoreError("store.read_failed", reason="server away"), used.trainee))
    elsewhere = follow_changes_elsewhere(live)
    with qtbot.assertNotEmitted(elsewhere.trainee_archived), \
            qtbot.waitSignal(live.changed, check_params_cb=lambda change: change == ChangeSet.everything()):
        window.redo_action.trigger()
    qtbot.waitUntil(lambda: len(said) == 1)
    assert said[0].startswith("Redone in the database")
    assert live.workspace.trainee_id == other and live._kept[me].stacks[History.PLAN].count() == 1


@pytest.mark.parametrize("step", ["an edit", "an undo"])
def test_a_plan_step_whose_commit_is_in_doubt_is_not_titled_not_saved(qtbot: QtBot, repository: Repository,
                                                                     monkeypatch: pytest.MonkeyPatch,
                                                                     step: str) -> None:
    """The box's title says what its text says, that it may have been saved, and a refusal's still says it was not
    (failed before: "Not saved" over "it may have been saved, or not")."""
    window = given_a_set_more(qtbot, repository, Language.EN, (0,))
    live, said = window.live, asked(monkeypatch, lambda box: (box.windowTitle(), box.text()))
    item = live.program.weeks[0].sessions[1].items[0]

    def edit(sets: int) -> EditPlannedAll:
        return EditPlannedAll((EditPlanned(0, 1, 0, replace(item.prescription, sets=sets), item.load_kg, item.note),))

    next_commit_in_doubt(monkeypatch)
    if step == "an edit":
        assert not live.apply(edit(5))
    else:
        window.undo_action.trigger()
    qtbot.waitUntil(lambda: len(said) == 1)
    assert said == [("Maybe saved, maybe not", IN_DOUBT)]
    used = live.workspace.repository
    monkeypatch.setattr(used, "save_program_edit", once(OSError("the disk went away"), used.save_program_edit))
    assert not live.apply(edit(6))
    qtbot.waitUntil(lambda: len(said) == 2)
    assert said[1] == ("Not saved", "The change could not be saved (OSError: the disk went away); nothing was written.")


@pytest.mark.qt_no_exception_capture  # the window's session's hook and log file installed, as run_gui does
@pytest.mark.parametrize("broken", ["before its commit", "after its commit"])
def test_the_box_for_an_undo_a_bug_broke_names_the_log_file_that_holds_its_traceback(
        qtbot: QtBot, repository: Repository, monkeypatch: pytest.MonkeyPatch, broken: str) -> None:
    """Said as a refused write, or as undone in the database, and then where the details are in the words of the box for
    an uncaught exception: the traceback is in that file (failed before: the box named no file)."""
    from glueplan.store import repository as stored
    from glueplan.ui.shared.uncaught_errors import UncaughtErrors, log_folder

    window = given_a_set_more(qtbot, repository, Language.EN, (0,))
    live, said = window.live, boxes(monkeypatch)
    if broken == "before its commit":
        failing = once(OSError("the disk went away"), stored.write_program_rows)
        monkeypatch.setattr(stored, "write_program_rows", failing)
        what = "The change could not be saved (OSError: the disk went away); nothing was written."
    else:
        live.workspace.subscribe(once(OSError("the disk went away"), lambda _change: None))
        what = ("Undone in the database, but the window could not show the result. It shows what the database holds as "
                "soon as it can read it again; the step is taken off the undo history. The error: OSError: the disk "
                "went away")
    errors = UncaughtErrors(lambda: window)
    errors.install()
    try:
        window.undo_action.trigger()
        qtbot.waitUntil(lambda: len(said) == 1)
    finally:
        errors.uninstall()
    log = log_folder() / "glueplan.log"
    assert said == [f"{what}\n\nThe details are written in {log}. Please send that file to whoever helps you with "
                    "glueplan."]
    assert "Traceback (most recent call last)" in log.read_text(encoding="utf-8")
    assert log.read_text(encoding="utf-8").endswith("OSError: the disk went away\n")
