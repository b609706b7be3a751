"""Starting the app on a damaged file offers the newest good backup (the damaged file kept), a
database in memory is refused, and a backup is taken once a day."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from glueplan.domain.language import Language
from glueplan.store.backup import backup_sqlite, backups
from glueplan.ui import application as app_module
from glueplan.ui.main_window import MainWindow
from glueplan.ui.shared.live_workspace import LiveWorkspace
from tests.store.test_damaged_files import damage_middle_page, made
from tests.ui.test_start_from_snapshot import turned_until

pytestmark = pytest.mark.sqlite_only


def answering(monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton) -> list[str]:
    """Every message box is answered so; returns what they said."""
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: said.append(box.text()) or answer)
    return said


def opened(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """run_gui's event loop: until the window has its workspace; whether it got one."""
    attached: list[bool] = []

    def fake_exec() -> int:
        for _ in range(200):
            windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
            if windows and all(w.live is not None for w in windows):
                break
            QApplication.processEvents()
        attached.append(bool(windows) and all(w.live is not None for w in windows))
        return 0

    monkeypatch.setattr(qapp, "exec", fake_exec)
    return attached


def test_a_damaged_file_is_replaced_by_the_newest_good_backup_and_kept(qapp: QApplication, tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    path = made(tmp_path / "mine.sqlite")
    backup_sqlite(path, "daily")
    damage_middle_page(path)
    damaged = path.read_bytes()
    said = answering(monkeypatch, QMessageBox.StandardButton.Yes)
    attached = opened(qapp, monkeypatch)
    assert app_module.run_gui(str(path), Language.EN) == 0
    assert attached == [True]
    assert "is damaged" in said[0] and "Restore the newest good backup" in said[0]
    [kept] = [p for p in tmp_path.iterdir() if ".damaged-" in p.name and not p.name.endswith(("-wal", "-shm"))]
    assert kept.read_bytes() == damaged


def test_a_damaged_file_is_left_alone_when_the_user_says_no(qapp: QApplication, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    path = made(tmp_path / "mine.sqlite")
    backup_sqlite(path, "daily")
    damage_middle_page(path)
    damaged = path.read_bytes()
    answering(monkeypatch, QMessageBox.StandardButton.No)
    assert app_module.run_gui(str(path), Language.EN) == 1
    assert path.read_bytes() == damaged


def test_a_database_in_memory_is_refused(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    said = answering(monkeypatch, QMessageBox.StandardButton.Ok)
    assert app_module.run_gui("sqlite://", Language.EN) == 1
    assert "in memory" in said[0]


def test_the_app_backs_up_once_a_day_at_start(qapp: QApplication, db_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    made(db_path)  # (a file not made yet has nothing to copy)
    opened(qapp, monkeypatch)
    for _ in range(2):
        assert app_module.run_gui(str(db_path), Language.EN) == 0
    assert [copy.reason for copy in backups(db_path)] == ["daily"]


def test_the_days_backup_is_copied_once_the_first_screen_is_shown(qapp: QApplication, db_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """A 10-year log's file (68 MB) took 100-290 ms to copy, on the first start of each day, before the
    window showed anything of it; made beside the opening, the copy still took its share of the machine from the
    first screen (usable 10 ms later than at the day's next start). It begins once the window has its workspace
    (and its first screen is still: StartUp._first_screen_still), and is there when the app has closed."""
    import threading

    from glueplan.store import backup as backup_module

    made(db_path)
    attached = opened(qapp, monkeypatch)
    has_it = threading.Event()
    attach = MainWindow.attach

    def attach_and_tell(window: MainWindow, live: LiveWorkspace) -> None:
        attach(window, live)
        has_it.set()

    window_had_it: list[bool] = []
    real = backup_module.daily_backup

    def copy_when_shown(path: Path) -> Path | None:
        window_had_it.append(has_it.is_set())
        return real(path)

    monkeypatch.setattr(MainWindow, "attach", attach_and_tell)
    monkeypatch.setattr(backup_module, "daily_backup", copy_when_shown)
    assert app_module.run_gui(str(db_path), Language.EN) == 0
    assert attached == [True] and window_had_it == [True]
    assert [copy.reason for copy in backups(db_path)] == ["daily"]  # there when the app has closed


def test_a_days_backup_that_cannot_be_written_is_said_and_the_app_goes_on(qapp: QApplication, db_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Said in the window, from the copy's own thread too."""
    from glueplan.store import backup as backup_module

    made(db_path)
    said = answering(monkeypatch, QMessageBox.StandardButton.Ok)

    def full(path: Path) -> Path | None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup_module, "daily_backup", full)
    monkeypatch.setattr(app_module.gc, "freeze", lambda: None)  # start-up's, once usable: not the tests' process

    def fake_exec() -> int:  # until the window has its workspace and the failure has been said
        turned_until(lambda: said)
        return 0

    monkeypatch.setattr(qapp, "exec", fake_exec)
    assert app_module.run_gui(str(db_path), Language.EN) == 0
    assert len(said) == 1 and "the disk is full" in said[0]


def test_a_days_backup_that_cannot_be_written_is_said_in_the_windows_language_of_the_moment(
        qapp: QApplication, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A copy that failed after the window was rebuilt in Danish was said in English, the language it started in."""
    import threading

    from glueplan.store import backup as backup_module
    from glueplan.ui import window_host

    made(db_path)
    said = answering(monkeypatch, QMessageBox.StandardButton.Ok)
    switched = threading.Event()

    def full_after_the_switch(path: Path) -> Path | None:
        switched.wait(5)
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup_module, "daily_backup", full_after_the_switch)
    monkeypatch.setattr(app_module.gc, "freeze", lambda: None)  # start-up's, once usable: not the tests' process
    hosts: list[window_host.WindowHost] = []
    made_host = window_host.WindowHost.__init__

    def kept(host: window_host.WindowHost, *args: object) -> None:
        made_host(host, *args)  # type: ignore[arg-type]
        hosts.append(host)

    monkeypatch.setattr(window_host.WindowHost, "__init__", kept)

    def fake_exec() -> int:  # until the window has its workspace; then Danish; then until the failure is said
        turned_until(lambda: bool(hosts) and hosts[0].window.live is not None)
        hosts[0].switch_language(Language.DA)
        switched.set()
        turned_until(lambda: said)
        return 0

    monkeypatch.setattr(qapp, "exec", fake_exec)
    assert app_module.run_gui(str(db_path), Language.EN) == 0
    assert len(said) == 1 and "disken er fuld" in said[0], said
