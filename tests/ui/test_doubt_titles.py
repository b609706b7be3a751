"""A write whose COMMIT is in doubt (a server gone as it was sent) is titled as what it is, "Maybe saved, maybe not",
wherever a refusal's title said it was not done: File > Delete exercise's box said "Exercise not deleted", and the
import dialog "The import was refused; nothing was written:", over words saying it may have been saved. A refusal
keeps its own title. (The plan's and the window's steps: tests/ui/test_undo_broken.py.)"""

from __future__ import annotations

from msgspec.structs import replace
import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from glueplan.app import importing
from glueplan.domain.catalog import Catalog
from glueplan.domain.language import Localized
from glueplan.store.repository import Repository
from glueplan.ui.shared.live_workspace import LiveWorkspace
from tests.ui.test_import_dialog import FILES, dialog_on, read
from tests.ui.test_main_window import make_window
from tests.ui.test_undo_broken import IN_DOUBT, next_commit_in_doubt, once

DOUBT = "Maybe saved, maybe not"


def test_an_own_exercise_deleted_in_doubt_is_not_titled_not_deleted(
        qtbot: QtBot, repository: Repository, catalog: Catalog, monkeypatch: pytest.MonkeyPatch) -> None:
    mine = repository.add_custom_exercise(replace(catalog.exercise("clamshell"), id="", custom=True,
                                                  name=Localized.same("Band clamshell")))
    window = make_window(qtbot, repository)
    said: list[tuple[str, str]] = []  # each box's title and text; "Delete …?" answered Yes
    monkeypatch.setattr(QMessageBox, "exec", lambda box: said.append((box.windowTitle(), box.text()))
                        or QMessageBox.StandardButton.Yes)
    window.library.select(mine.id)
    used = window.live.workspace.repository
    monkeypatch.setattr(used, "delete_custom_exercise",
                        once(OSError("the disk went away"), used.delete_custom_exercise))
    window.delete_action.trigger()
    assert said[1] == ("Exercise not deleted",
                       "The change could not be saved (OSError: the disk went away); nothing was written.")
    next_commit_in_doubt(monkeypatch)
    window.delete_action.trigger()
    assert said[3] == (DOUBT, IN_DOUBT)


def test_an_import_in_doubt_is_not_titled_refused(qtbot: QtBot, live: LiveWorkspace,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = dialog_on(qtbot, live)
    read(qtbot, dialog, FILES / "strong_workout_number.csv")
    monkeypatch.setattr(importing, "write_batch", once(OSError("the disk went away"), importing.write_batch))
    dialog.import_button.click()
    assert (dialog.summary.text(), dialog.problems.toPlainText()) == (
        "The import was refused; nothing was written:",
        "The change could not be saved (OSError: the disk went away); nothing was written.")
    next_commit_in_doubt(monkeypatch)
    dialog.import_button.click()
    assert dialog.result() != dialog.DialogCode.Accepted and dialog.problems.isVisible()
    assert (dialog.summary.text(), dialog.problems.toPlainText()) == (DOUBT, IN_DOUBT)

