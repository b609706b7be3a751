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
from tests.store.test_damaged_files import damage_middle_page, made

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
    opened(qapp, monkeypatch)
    for _ in range(2):
        assert app_module.run_gui(str(db_path), Language.EN) == 0
    assert [copy.reason for copy in backups(db_path)] == ["daily"]
