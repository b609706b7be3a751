"""Edit > Undo that breaks on something no refusal foresees (a bug, an OSError): the undo history stays true to what
the database holds, and the user is told in a box, never by a traceback they cannot see (pytest-qt fails a test on an
exception that reaches sys.excepthook from Qt, as these did from QUndoCommand.undo)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from glueplan.app.changes import ChangeSet
from glueplan.app.command import History
from glueplan.domain.language import Language
from glueplan.store.repository import Repository
from glueplan.ui.main_window import MainWindow
from tests.conftest import seed_000
from tests.ui.test_main_window import make_window
from tests.ui.test_undo_days_later_said import given_a_set_more


def boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts of the message boxes asked from now on (answered at once)."""
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: said.append(box.text()) or QMessageBox.StandardButton.Ok)
    return said


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


def test_an_undo_broken_inside_its_transaction_stays_done_and_is_said(qtbot: QtBot, repository: Repository,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """The undo's rows written, then an OSError inside the transaction: rolled back, so the step stays done (Undo offers
    it again, and takes it) and a box says nothing was written (failed before: the exception left Qt's undo() as a
    traceback, the history moved past a step the database still held done, and nothing was said)."""
    from glueplan.store import repository as stored

    window = given_a_set_more(qtbot, repository, Language.EN, (0,))
    plan, said = window.live.undo_stacks[History.PLAN], boxes(monkeypatch)
    real = stored.write_program_rows

    def written_then_broken(*args: object) -> object:
        real(*args)  # type: ignore[arg-type]
        raise OSError("the disk went away")

    with monkeypatch.context() as patched:
        patched.setattr(stored, "write_program_rows", written_then_broken)
        window.undo_action.trigger()
        qtbot.waitUntil(lambda: len(said) == 1 and plan.index() == 1)
    assert said == ["The change could not be saved (OSError: the disk went away); nothing was written."]
    assert sets_planned(window, repository) == (3, 3) and not plan.canRedo()
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
    with qtbot.waitSignal(live.changed, check_params_cb=lambda change: change == ChangeSet.everything()):
        window.undo_action.trigger()
    qtbot.waitUntil(lambda: len(said) == 1)
    assert said == ["Undone, but something went wrong as the window showed it: it shows what the database holds now, "
                    "and the step is taken off the undo history. What went wrong: RuntimeError: a bug"]
    assert sets_planned(window, repository) == (2, 2)
    assert plan.count() == 0 and not window.undo_action.isEnabled() and not window.redo_action.isEnabled()


def test_an_undo_whose_read_after_its_commit_is_refused_stays_undone_off_the_history(
        qtbot: QtBot, repository: Repository, monkeypatch: pytest.MonkeyPatch) -> None:
    """Another program made active, and undone: the first is active again in the database, then reading it for the
    window is refused (a server gone for a moment). The history follows the database, and the window shows the first
    once it reads again (failed before: the refusal put the step back as done, the second program shown and Undo
    offered again, while the database held the first active)."""
    from glueplan.app.program_list_edits import ActivateProgram
    from glueplan.store.errors import StoreError

    window = make_window(qtbot, repository)
    live, said = window.live, boxes(monkeypatch)
    assert live is not None
    first = repository.add_program(live.workspace.trainee_id, seed_000(), "seed-000", activate=True)
    second = repository.add_program(live.workspace.trainee_id, seed_000(), "seed-000")
    window.open_program(first)
    assert live.run(ActivateProgram(second, "Make the second active")) is None and live.workspace.program_id == second
    used = live.workspace.repository  # the window's own, on the test's database
    monkeypatch.setattr(used, "program_state", once(StoreError("store.read_failed", reason="server away"),
                                                    used.program_state))
    with qtbot.waitSignal(live.changed, check_params_cb=lambda change: change == ChangeSet.everything()):
        window.undo_action.trigger()
    qtbot.waitUntil(lambda: len(said) == 1)
    assert said == ["Undone, but something went wrong as the window showed it: it shows what the database holds now, "
                    "and the step is taken off the undo history. What went wrong: The database could not be read "
                    "(server away)."]
    assert repository.active_program(live.workspace.trainee_id) == first == live.workspace.program_id
    assert live.undo_stacks[History.PLAN].count() == 0 and not window.undo_action.isEnabled()
