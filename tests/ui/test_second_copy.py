"""A second copy of glueplan on the same database says so in its window (issue 12, defect 18):
a lock file beside the database, taken over when the first copy closes or has crashed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from glueplan.store.location import database_url
from glueplan.store.repository import Repository
from glueplan.ui.shared import database_lock
from glueplan.ui.shared.copy_notice import CopyNotice
from glueplan.ui.shared.database_lock import DatabaseLock, lock_path
from tests.conftest import REPO_ROOT
from tests.ui.test_main_window import make_window

HOLD = ("import sys\n"
        "from glueplan.store.location import database_url\n"
        "from glueplan.ui.shared.database_lock import DatabaseLock\n"
        "lock = DatabaseLock(database_url(sys.argv[1]))\n"
        "print(lock.held, flush=True)\n"
        "if sys.stdin.readline().strip() == 'crash':\n"
        "    import os; os._exit(9)  # no clean-up: the lock file stays behind\n")


def other_copy(db: Path) -> subprocess.Popen[str]:
    """A process holding the database's lock until told 'close' or 'crash' on its input."""
    process = subprocess.Popen([sys.executable, "-c", HOLD, str(db)], cwd=REPO_ROOT, text=True,
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert process.stdout is not None and process.stdout.readline().strip() == "True"
    return process


def test_two_owners_in_one_process_one_holds(qtbot: QtBot, tmp_path: Path) -> None:
    url = database_url(str(tmp_path / "a.sqlite"))
    first = DatabaseLock(url)
    second = DatabaseLock(url)
    assert first.held and not second.held and second.other_copy
    assert second.owner is not None and second.owner[0] == os.getpid()
    assert lock_path(url) == tmp_path / "a.sqlite.lock"
    first.release()
    with qtbot.waitSignal(second.changed):
        second.try_again()
    assert second.held and not second.other_copy


@pytest.mark.parametrize("other_name", ["link", "spelling"])
def test_two_names_of_one_file_share_its_lock(qtbot: QtBot, tmp_path: Path, other_name: str) -> None:
    """A copy started by a link to the file is told of the first: each took a lock beside the
    name it was given, and neither saw the other. '..' after a linked folder leads where the
    system takes it, as SQLite does (not where the name seems to: tmp_path/glueplan.sqlite)."""
    real = tmp_path / "synced" / "glueplan.sqlite"
    (real.parent / "sub").mkdir(parents=True)
    real.touch()
    if other_name == "link":
        name = tmp_path / "glueplan.sqlite"
        name.symlink_to(real)
    else:
        (tmp_path / "sub").symlink_to(real.parent / "sub")
        name = tmp_path / "sub" / ".." / "glueplan.sqlite"
    first = DatabaseLock(database_url(str(real)))
    second = DatabaseLock(database_url(str(name)))
    try:
        assert first.held and second.other_copy
        assert lock_path(database_url(str(name))) == real.with_name("glueplan.sqlite.lock")
    finally:
        first.release()
        second.release()


def test_a_second_process_shows_a_notice_until_the_first_closes(qtbot: QtBot, repository: Repository,
                                                                 private_environment: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(database_lock, "RETRY_MS", 50)
    first = other_copy(private_environment)
    try:
        window = make_window(qtbot, repository)
        notice = window.findChild(CopyNotice)
        assert notice is not None and notice.isVisible()
        assert f"process {first.pid}" in notice.text.text() and "already open on this database" in notice.text.text()
        assert notice.geometry().bottom() < window.splitter.geometry().top()  # above the pages
    finally:
        first.communicate("close\n", timeout=30)
    qtbot.waitUntil(lambda: not notice.isVisible(), timeout=5000)
    assert notice.lock.held


def test_a_crashed_copys_lock_is_taken_over(qtbot: QtBot, repository: Repository, private_environment: Path) -> None:
    crashed = other_copy(private_environment)
    crashed.communicate("crash\n", timeout=30)
    assert crashed.returncode == 9 and lock_path(database_url(str(private_environment))).exists()
    window = make_window(qtbot, repository)
    notice = window.findChild(CopyNotice)
    assert notice is not None and notice.lock.held and not notice.isVisible()


def test_a_window_rebuilt_keeps_the_workspaces_lock(qtbot: QtBot, repository: Repository) -> None:
    window = make_window(qtbot, repository)
    assert window.live is not None
    lock = window.live.findChild(DatabaseLock)
    again = make_window(qtbot, repository)  # another workspace on the same file: a second owner
    assert lock is not None and lock.held
    notice = again.findChild(CopyNotice)
    assert notice is not None and notice.lock is not lock and notice.isVisible()
