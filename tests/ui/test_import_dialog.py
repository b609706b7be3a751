"""File > Import history…: the file read off the UI thread with progress and Cancel, the preview
and the mapping table, one undoable step, and a refused file's lines."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot

from glueplan.app.command import History
from glueplan.app.importing import ImportHistory, prepare
from glueplan.domain.trainee import kilograms
from glueplan.store.database import Store
from glueplan.store.imports.detection import read_history
from glueplan.store.repository import Repository
from glueplan.ui.importing.dialog import BECOMES, ImportDialog
from glueplan.ui.shared.live_workspace import LiveWorkspace
from tests.conftest import on_screen, workspace_on
from tests.ui.test_undo_follows_window import press

FILES = Path(__file__).resolve().parent.parent / "import_files"


def dialog_on(qtbot: QtBot, live: LiveWorkspace) -> ImportDialog:
    return on_screen(qtbot, ImportDialog(live), 760, 560)


def read(qtbot: QtBot, dialog: ImportDialog, path: Path) -> None:
    with qtbot.waitSignal(dialog.reader.read, timeout=20000):
        dialog.open_file(path)


def combo(dialog: ImportDialog, name: str) -> QComboBox:
    row = next(index for index in range(dialog.table.rowCount()) if dialog.table.item(index, 0).text().endswith(name))
    widget = dialog.table.cellWidget(row, BECOMES)
    assert isinstance(widget, QComboBox)
    return widget


def test_the_preview_maps_names_and_an_import_is_one_undoable_step(qtbot: QtBot, live: LiveWorkspace) -> None:
    dialog = dialog_on(qtbot, live)
    read(qtbot, dialog, FILES / "strong_comma_no_units.csv")
    assert dialog.units.isVisibleTo(dialog)  # the file names no unit: asked
    assert dialog.summary.text().startswith("2 workouts, 7 sets, 03/11/2025 – 06/11/2025.")
    assert combo(dialog, "Hip Thrust (Barbell)").currentData() == "barbell_hip_thrust"
    assert dialog.table.item(4, 0).text().startswith("⚠ ")  # a name to check
    bench = combo(dialog, "Bench Press (Barbell)")
    bench.setCurrentIndex(bench.findData("new"))
    assert dialog.summary.text().startswith("2 workouts, 8 sets")
    changes = []
    live.changed.connect(changes.append)
    dialog.import_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    trainee = live.workspace.trainee_id
    assert live.workspace.repository.count_logged_sets(trainee) == 8
    assert any(change.log_days and change.catalog for change in changes)
    stack = live.undo_stacks[History.WINDOW]
    assert stack.count() == 1 and stack.undoText() == "Import 8 sets"
    stack.undo()
    assert live.workspace.repository.count_logged_sets(trainee) == 0


def test_a_refused_file_shows_its_lines_and_cannot_be_imported(qtbot: QtBot, live: LiveWorkspace,
                                                               tmp_path: Path) -> None:
    broken = tmp_path / "broken.csv"
    broken.write_text((FILES / "fitnotes_kgs.csv").read_text().replace("55.0,6", "55.0,six"))
    dialog = dialog_on(qtbot, live)
    with qtbot.waitSignal(dialog.reader.refused):
        dialog.open_file(broken)
    assert dialog.problems.toPlainText() == "Line 8: “six” reps: reps must be a whole number from 0 to 100."
    assert not dialog.import_button.isEnabled()


def test_a_long_file_is_read_off_the_ui_thread_and_cancel_leaves_nothing(qtbot: QtBot, live: LiveWorkspace,
                                                                       tmp_path: Path) -> None:
    header, *rows = (FILES / "hevy_kg.csv").read_text().splitlines()
    long_file = tmp_path / "long.csv"
    long_file.write_text("\n".join([header, *rows * 25000]) + "\n")  # 225,000 rows
    dialog = dialog_on(qtbot, live)
    ticks = []
    timer = QTimer(dialog)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    told: list[int] = []  # waitSignal on a signal the worker keeps sending crashed, queued calls of its
    dialog.reader.progress.connect(lambda done, _total: told.append(done))  # slot arriving after it was gone
    dialog.open_file(long_file)
    qtbot.waitUntil(lambda: bool(told), timeout=20000)
    assert dialog.progress.isVisibleTo(dialog) and dialog.cancel_reading.isVisibleTo(dialog)
    qtbot.waitUntil(lambda: len(ticks) >= 3, timeout=20000)  # the event loop runs while the file is read
    assert dialog.reader.busy
    with qtbot.waitSignal(dialog.reader.cancelled, timeout=20000):
        dialog.cancel_reading.click()
    assert dialog.summary.text() == "Reading cancelled; nothing was written."
    assert not dialog.import_button.isEnabled() and dialog.parsed is None
    assert live.workspace.repository.count_logged_sets(live.workspace.trainee_id) == 0


def test_the_file_menu_opens_it(qtbot: QtBot, repository: Repository, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.ui.test_main_window import make_window

    window = make_window(qtbot, repository)
    assert window.import_action.isEnabled() and window.import_action in window.menuBar().actions()[0].menu().actions()
    opened: list[ImportDialog] = []
    monkeypatch.setattr(ImportDialog, "exec", lambda self: opened.append(self) or 0)
    window.import_action.trigger()
    assert len(opened) == 1 and opened[0].live is window.live


def test_an_import_from_the_file_menu_says_how_many_sets_came_in(qtbot: QtBot, repository: Repository,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Seen as a new user: Import closed the dialog and nothing said the sets had come in."""
    from tests.ui.test_main_window import make_window

    window = make_window(qtbot, repository)
    window.statusBar().clearMessage()
    monkeypatch.setattr(ImportDialog, "exec", lambda self: self.reject() or self.result())
    window.import_action.trigger()
    assert window.statusBar().currentMessage() == ""  # closed without importing: nothing to say

    def import_file(dialog: ImportDialog) -> int:
        read(qtbot, dialog, FILES / "strong_comma_no_units.csv")
        dialog.import_button.click()
        return dialog.result()

    monkeypatch.setattr(ImportDialog, "exec", import_file)
    window.import_action.trigger()
    assert window.statusBar().currentMessage() == "Imported 7 sets."
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert window.tabs.currentWidget() is window.map and window.undo_action.text() == "&Undo Import 7 sets"
    press(qtbot, window)  # taken back on the tab it was made on (it was the Log tab's step: Ctrl+Z did nothing here)
    assert window.live.workspace.repository.count_logged_sets(window.live.workspace.trainee_id) == 0

    def imported_elsewhere_meanwhile(dialog: ImportDialog) -> int:
        read(qtbot, dialog, FILES / "strong_comma_no_units.csv")
        elsewhere = workspace_on(repository.store)  # another window, between the preview and Import
        same = prepare(elsewhere, read_history(FILES / "strong_comma_no_units.csv"))
        elsewhere.execute(ImportHistory(same.batch, ""))
        dialog.import_button.click()
        return dialog.result()

    monkeypatch.setattr(ImportDialog, "exec", imported_elsewhere_meanwhile)
    window.import_action.trigger()
    assert window.statusBar().currentMessage() == "Nothing imported: those sets were in the log already."


@pytest.mark.sqlite_only
def test_an_import_the_database_refuses_says_why_in_the_dialog(qtbot: QtBot, tmp_path: Path) -> None:
    """A read-only database (or a full disk) refuses the write: the dialog stays open and says so."""
    from glueplan.app.opening import open_workspace
    from glueplan.domain.language import Language
    from glueplan.store.database import open_store
    from glueplan.store.location import database_url
    from tests.store.test_read_only import protect, release

    path = tmp_path / "data" / "glueplan.sqlite"
    store = open_store(database_url(str(path)))
    open_workspace(store, Language.EN, kilograms)  # its first trainee
    store.close()
    protect(path)
    store = open_store(database_url(str(path)))
    try:
        dialog = dialog_on(qtbot, LiveWorkspace(open_workspace(store, Language.EN, kilograms)))
        read(qtbot, dialog, FILES / "strong_workout_number.csv")
        dialog.import_button.click()
        assert dialog.result() != dialog.DialogCode.Accepted and dialog.isVisible()
        assert dialog.problems.isVisible() and "is read-only" in dialog.problems.toPlainText()
        assert dialog.summary.text() == "The import was refused; nothing was written:"
    finally:
        store.close()
        release(path)


@pytest.mark.parametrize(("language", "said", "left_out"), [
    ("nb", "Navn som hoppes over: 2 sett.", "Utelatt: 2 sett fra øvelser som hoppes over."),
    ("da", "Oversprungne navne: 2 sæt.", "Udeladt: 2 sæt af oversprungne øvelser."),
])
def test_skipped_names_are_said_as_each_language_says_skipped(qtbot: QtBot, store: Store, language: str, said: str,
                                                             left_out: str) -> None:
    """Seen as a new Norwegian user: 'Hoppede navn: 2 sett.' (a Danish word order, names that
    jumped); the Danish 'Sprungne navne' were names that jumped too."""
    from glueplan.app.opening import open_workspace
    from glueplan.domain.language import Language
    from glueplan.domain.messages import messages
    from glueplan.ui.application import install_translators

    install_translators(QApplication.instance(), Language(language))
    dialog = dialog_on(qtbot, LiveWorkspace(open_workspace(store, Language(language), kilograms)))
    read(qtbot, dialog, FILES / "strong_comma_no_units.csv")
    assert said in dialog.summary.text().splitlines()
    assert messages()("import.preview.skipped", Language(language), count=2) == left_out


@pytest.mark.parametrize(("language", "built_in"), [("da", "Siddende hofteabduktion i maskine"),
                                                    ("nb", "Sittende hofteabduksjon i maskin")])
def test_a_backups_built_in_exercises_are_named_in_the_windows_language(qtbot: QtBot, store: Store, tmp_path: Path,
                                                                       language: str, built_in: str) -> None:
    """Seen in Danish: the preview listed a backup's built-in exercise by the English name the
    database keeps for it ('Seated hip abduction machine'), where the library names it in Danish.
    An own exercise stays as the file names it."""
    from msgspec.structs import replace
    from datetime import datetime

    from glueplan.app.opening import open_workspace
    from glueplan.domain.language import Language, Localized
    from glueplan.domain.log import LoggedSet
    from glueplan.store.formats.json_backup import write_backup
    from glueplan.ui.application import install_translators

    here = workspace_on(store)
    repository = here.repository
    mine = repository.add_custom_exercise(replace(here.catalog.exercise("clamshell"), id="", custom=True, aliases=(),
                                                  name=Localized.same("Sofa clamshell")))
    for minute, exercise_id in ((0, "seated_hip_abduction"), (3, "seated_hip_abduction"), (6, mine.id)):
        repository.log_set(here.trainee_id, LoggedSet(exercise_id, datetime(2026, 2, 2, 18, minute), 40, 12))
    write_backup(store, tmp_path / "backup.json")
    install_translators(QApplication.instance(), Language(language))
    dialog = dialog_on(qtbot, LiveWorkspace(open_workspace(store, Language(language), kilograms)))
    read(qtbot, dialog, tmp_path / "backup.json")
    assert [dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())] == [built_in,
                                                                                            "Sofa clamshell"]
    assert combo(dialog, built_in).currentData() == "seated_hip_abduction"
