"""The History tab with a second window on the same database: what the other window deletes takes no keys
typed for it here."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from glueplan.app.log_edits import DeleteSet
from glueplan.domain.log import LoggedSet
from glueplan.ui.history.table import WEIGHT
from glueplan.ui.shared.undo_text import UndoText
from tests.ui.test_changes_elsewhere import window_on


def test_a_set_being_edited_and_deleted_in_the_other_window_takes_no_keys_meant_for_it(qtbot: QtBot,
                                                                                        db_path: Path) -> None:
    """B edits a set's weight (70), A deletes that set: back in B the edit had closed (a click into A saves and
    closes it), the weight cell of the set next to it was current, and the '72' and Enter typed on went into that
    set (60 kg became 72). Now B says so, and no set takes the keys until the user clicks or moves."""
    first, second = window_on(qtbot, str(db_path)), window_on(qtbot, str(db_path))
    repository, trainee = first.live.workspace.repository, first.live.workspace.trainee_id
    kept = repository.log_set(trainee, LoggedSet("back_squat", datetime(2026, 11, 30, 8), 60, 8, 2))
    edited = repository.log_set(trainee, LoggedSet("back_squat", datetime(2026, 11, 30, 9), 60, 8, 2))
    second.tabs.setCurrentWidget(second.history_tab)
    history = second.history_tab.build()
    table = history.table
    qtbot.waitUntil(lambda: history.model.rowCount() == 2, timeout=5000)

    def type_in(keys: str) -> None:
        """Typed where the keyboard is, as each key may open an editor that takes the next one."""
        for key in keys:
            qtbot.keyClick(QApplication.focusWidget(), key)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        QApplication.processEvents()  # the table's editor saves on the next turn

    second.activateWindow()
    qtbot.waitUntil(second.isActiveWindow)
    cell = table.visualRect(history.model.index(0, WEIGHT)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.waitUntil(lambda: table.state() == table.State.EditingState)
    qtbot.keyClicks(QApplication.focusWidget(), "70")
    first.activateWindow()
    qtbot.waitUntil(first.isActiveWindow)
    first.live.run(DeleteSet(edited, repository.logged_set(edited), UndoText(lambda: "Delete set")))
    second.activateWindow()
    qtbot.waitUntil(lambda: history.model.rowCount() == 1, timeout=5000)
    assert history.problem.text() == "The set you were editing was deleted elsewhere."
    assert not table.currentIndex().isValid()
    type_in("72")
    assert repository.logged_set(kept).weight_kg == 60
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)  # a set chosen: the keys are for it
    type_in("72")
    qtbot.waitUntil(lambda: repository.logged_set(kept).weight_kg == 72)
