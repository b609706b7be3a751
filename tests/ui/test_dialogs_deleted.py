"""Every dialog the window asks is deleted once answered (glueplan/ui/shared/modal.py): a child of
the window, it stayed, hidden, with all it held, until the window went."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from glueplan.app.workspace import Workspace
from glueplan.ui.main_window import MainWindow
from glueplan.ui.shared.plain_text import ask
from tests.ui.test_print_menu import window_on

ASKING: dict[str, Callable[[MainWindow], object]] = {
    "Edit profile": MainWindow.edit_profile,
    "New own exercise": lambda window: window._edit(None),
    "Import history": MainWindow.import_history,
    "Plan my week": MainWindow.plan_week,
    "Preferences": MainWindow.edit_preferences,
    "Print options": MainWindow.print_program,
    "Restore from backup": MainWindow.restore_backup,
    "a message": lambda window: ask(window, QMessageBox.Icon.Information, "glueplan", "Saved."),
}


@pytest.mark.parametrize("asking", ASKING)
def test_a_dialog_answered_is_deleted(qtbot: QtBot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch,
                                      asking: str) -> None:
    shown: list[QDialog] = []

    def answered(dialog: QDialog) -> int:
        shown.append(dialog)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(QDialog, "exec", answered)
    monkeypatch.setattr(QMessageBox, "exec", answered)
    window = window_on(qtbot, workspace)
    ASKING[asking](window)
    assert shown
    qtbot.waitUntil(lambda: not any(isinstance(child, type(shown[0])) for child in window.findChildren(QDialog)),
                    timeout=2000)
