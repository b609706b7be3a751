"""File > Import history: a path typed in the file field is read when Enter is pressed or the
field is left, as a chosen file is. The field looked editable but ignored typing (read-only):
only Choose… worked. A path with no file says so, and leaves nothing to import."""

from __future__ import annotations

import errno
import shutil
from pathlib import Path

import pytest

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from glueplan.ui.importing.dialog import FOLDER_KEY, ImportDialog
from glueplan.ui.shared import file_dialogs
from glueplan.ui.shared.live_workspace import LiveWorkspace
from tests.ui.failing_stat import stat_fails
from tests.ui.test_import_dialog import FILES, dialog_on, read

STRONG = FILES / "strong_comma_no_units.csv"


def type_path(qtbot: QtBot, field: QLineEdit, text: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)


def strong_typed(qtbot: QtBot, live: LiveWorkspace) -> ImportDialog:
    """The import dialog, active, with the Strong export's path typed in its field, which has the keyboard."""
    dialog = dialog_on(qtbot, live)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    type_path(qtbot, dialog.path, str(STRONG))
    qtbot.waitUntil(dialog.path.hasFocus)
    return dialog


def test_a_typed_path_is_read_when_enter_is_pressed(qtbot: QtBot, live: LiveWorkspace) -> None:
    dialog = dialog_on(qtbot, live)
    assert not dialog.path.isReadOnly()
    type_path(qtbot, dialog.path, str(STRONG))
    with qtbot.waitSignal(dialog.reader.read, timeout=20000):
        qtbot.keyClick(dialog.path, Qt.Key.Key_Return)
    assert dialog.summary.text().startswith("2 workouts, 7 sets")
    assert dialog.import_button.isEnabled()
    assert dialog.result() == 0 and live.workspace.repository.count_logged_sets(live.workspace.trainee_id) == 0
    qtbot.keyClick(dialog.path, Qt.Key.Key_Return)  # Enter again in the field reads nothing and imports nothing
    assert dialog.isVisible() and live.workspace.repository.count_logged_sets(live.workspace.trainee_id) == 0
    assert dialog.import_button.isEnabled()


def test_a_typed_path_is_read_when_the_field_is_left(qtbot: QtBot, live: LiveWorkspace) -> None:
    dialog = strong_typed(qtbot, live)
    with qtbot.waitSignal(dialog.reader.read, timeout=20000):
        qtbot.keyClick(dialog.path, Qt.Key.Key_Tab)  # on to the next field
    assert dialog.summary.text().startswith("2 workouts, 7 sets")


def test_a_path_with_no_file_says_so_and_leaves_nothing_to_import(qtbot: QtBot, live: LiveWorkspace,
                                                                  tmp_path: Path) -> None:
    dialog = dialog_on(qtbot, live)
    read(qtbot, dialog, STRONG)
    assert dialog.import_button.isEnabled()
    missing = tmp_path / "no such export.csv"
    type_path(qtbot, dialog.path, str(missing))
    qtbot.keyClick(dialog.path, Qt.Key.Key_Return)
    assert not dialog.reader.busy
    assert dialog.summary.text() == f"There is no file at {missing}; nothing was read."
    assert not dialog.import_button.isEnabled() and dialog.preview is None and dialog.table.rowCount() == 0
    assert dialog.path.text() == str(missing)  # left as typed, to be put right
    type_path(qtbot, dialog.path, str(tmp_path))
    qtbot.keyClick(dialog.path, Qt.Key.Key_Return)
    assert dialog.summary.text() == f"{tmp_path} is a folder, not a file; nothing was read."
    assert not dialog.import_button.isEnabled()


def test_a_name_alone_is_looked_for_in_the_last_folder_and_a_file_read_is_remembered(
        qtbot: QtBot, live: LiveWorkspace, tmp_path: Path) -> None:
    shutil.copy(STRONG, tmp_path / "export.csv")
    QSettings().setValue(FOLDER_KEY, str(tmp_path))
    dialog = dialog_on(qtbot, live)
    type_path(qtbot, dialog.path, "export.csv")
    with qtbot.waitSignal(dialog.reader.read, timeout=20000):
        qtbot.keyClick(dialog.path, Qt.Key.Key_Return)
    assert dialog.path.text() == str(tmp_path / "export.csv")


def test_an_edited_path_cannot_import_the_file_read_before(qtbot: QtBot, live: LiveWorkspace, tmp_path: Path) -> None:
    """The preview is of the file read: once the field says another path, Import waits for it."""
    dialog = dialog_on(qtbot, live)
    read(qtbot, dialog, STRONG)
    type_path(qtbot, dialog.path, str(tmp_path / "other.csv"))
    assert not dialog.import_button.isEnabled()
    type_path(qtbot, dialog.path, str(STRONG))  # back as it was: the preview holds again
    qtbot.keyClick(dialog.path, Qt.Key.Key_Return)
    assert dialog.import_button.isEnabled() and not dialog.reader.busy


def test_enter_reads_a_refused_file_again(qtbot: QtBot, live: LiveWorkspace, tmp_path: Path) -> None:
    """Put right in another program, the same path is read again without choosing it again."""
    broken = tmp_path / "export.csv"
    broken.write_text("not an export\n")
    dialog = dialog_on(qtbot, live)
    with qtbot.waitSignal(dialog.reader.refused, timeout=20000):
        dialog.open_file(broken)
    shutil.copy(STRONG, broken)
    dialog.path.setFocus()
    with qtbot.waitSignal(dialog.reader.read, timeout=20000):
        qtbot.keyClick(dialog.path, Qt.Key.Key_Return)
    assert dialog.import_button.isEnabled()


def test_a_path_typed_as_the_dialog_closes_is_not_read(qtbot: QtBot, live: LiveWorkspace) -> None:
    """Typed, then Close: leaving the field then read the file into a dialog going away."""
    dialog = strong_typed(qtbot, live)
    dialog.reject()
    assert not dialog.reader.busy and dialog.source is None


def test_choosing_a_file_while_one_is_read_neither_reads_it_nor_shows_its_path(
        qtbot: QtBot, live: LiveWorkspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Choose… stayed enabled while a file was read: the field then said the file chosen, and
    the first file's preview came with Import enabled beside it."""
    header, *rows = (FILES / "hevy_kg.csv").read_text().splitlines()
    first = tmp_path / "first.csv"
    first.write_text("\n".join([header, *rows * 3000]) + "\n")
    dialog = dialog_on(qtbot, live)
    monkeypatch.setattr(file_dialogs, "open_file_name", lambda *args: (str(STRONG), ""))
    choose = next(button for button in dialog.findChildren(QPushButton) if button.text() == "&Choose…")
    with qtbot.waitSignal(dialog.reader.read, timeout=20000):
        dialog.open_file(first)
        assert dialog.reader.busy and not choose.isEnabled()
        dialog.choose_file()  # as Alt+C might, were the button enabled
        assert dialog.path.text() == str(first) and dialog.source == first
    assert dialog.path.text() == str(first) and dialog.source == first and choose.isEnabled()


def test_a_home_that_is_not_there_is_said_as_no_file(qtbot: QtBot, live: LiveWorkspace) -> None:
    """'~someone/export.csv' for a user there is not: Path.expanduser raised in the slot."""
    dialog = dialog_on(qtbot, live)
    type_path(qtbot, dialog.path, "~no_such_user_r3/export.csv")
    qtbot.keyClick(dialog.path, Qt.Key.Key_Return)
    assert dialog.summary.text().startswith("There is no file at ") and not dialog.reader.busy
    assert not dialog.import_button.isEnabled()


def test_a_path_that_cannot_be_looked_at_is_read_and_refused_with_the_reason(
        qtbot: QtBot, live: LiveWorkspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """'/root/export.csv' typed by another user: Path.is_file raises a permission error (and an
    input/output error for a stick pulled out) rather than answering False, in the field's slot.
    The reading says why it cannot read the file, as for a file chosen."""
    hidden = tmp_path / "private" / "export.csv"
    stat_fails(monkeypatch, hidden, errno.EACCES)
    dialog = dialog_on(qtbot, live)
    type_path(qtbot, dialog.path, str(hidden))
    with qtbot.waitSignal(dialog.reader.refused, timeout=20000):
        qtbot.keyClick(dialog.path, Qt.Key.Key_Return)
    assert dialog.summary.text() == "This file cannot be imported; nothing was written:"
    assert not dialog.import_button.isEnabled() and dialog.source == hidden
