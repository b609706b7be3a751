"""A second copy of glueplan on the same database says so in its window (issue 12, defect 18):
a lock file beside the database, taken over when the first copy closes or has crashed. The first
knows of a second too (each copy's own lock), and a window whose file a restore in another
replaced says so at once."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import URL

from glueplan.app.opening import open_workspace
from glueplan.domain.language import Language
from glueplan.domain.log import LoggedSet
from glueplan.domain.trainee import kilograms
from glueplan.store.backup import DAILY, backup_sqlite
from glueplan.store.errors import StoreError
from glueplan.store.location import database_url
from glueplan.store.repository import Repository
from glueplan.ui.application import install_translators
from glueplan.ui.files import restore_dialog
from glueplan.ui.files.restore_dialog import RestoreDialog
from glueplan.ui.main_window import MainWindow
from glueplan.ui.shared import copy_notice, database_lock
from glueplan.ui.shared.changes_elsewhere import follow_changes_elsewhere
from glueplan.ui.shared.copy_notice import CopyNotice
from glueplan.ui.shared.database_lock import DatabaseLock, lock_path
from glueplan.ui.shared.live_workspace import LiveWorkspace
from tests.conftest import REPO_ROOT, on_screen
from tests.ui.test_main_window import make_window
from tests.ui.test_file_menu_safety import newest_chosen

HOLD = ("import sys\n"
        "from glueplan.store.location import database_url\n"
        "from glueplan.ui.shared.database_lock import DatabaseLock\n"
        "lock = DatabaseLock(database_url(sys.argv[1]))\n"
        "lock.take()\n"
        "print(lock.held, flush=True)\n"
        "if sys.stdin.readline().strip() == 'crash':\n"
        "    import os; os._exit(9)  # no clean-up: the lock file stays behind\n")


def taken(url: URL) -> DatabaseLock:
    """A lock taken, as a window's is once its store is open."""
    lock = DatabaseLock(url)
    lock.take()
    return lock


def other_copy(db: Path, first: bool = True) -> subprocess.Popen[str]:
    """A process holding the database's lock (or, not ``first``, waiting for it) until told 'close'
    or 'crash' on its input."""
    process = subprocess.Popen([sys.executable, "-c", HOLD, str(db)], cwd=REPO_ROOT, text=True,
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert process.stdout is not None and process.stdout.readline().strip() == str(first)
    return process


def test_the_first_copy_knows_of_a_second_until_it_closes_or_crashes(qtbot: QtBot, tmp_path: Path) -> None:
    """Only a second copy knew of the first (the lock it could not take): a restore in the first
    could not say that the second would be left on the file it replaced."""
    db = tmp_path / "a.sqlite"
    first = taken(database_url(str(db)))
    assert first.held and first.others() == 0
    second = other_copy(db, first=False)
    assert first.others() == 1
    second.communicate("close\n", timeout=30)
    assert first.others() == 0
    third = other_copy(db, first=False)
    third.communicate("crash\n", timeout=30)  # its own lock stays behind, stale
    assert first.others() == 0
    copies = [name.name for name in tmp_path.iterdir() if name.name.startswith("a.sqlite.lock.copy-")]
    assert len(copies) == 1 and copies[0].startswith(f"a.sqlite.lock.copy-{os.getpid()}-")  # the crashed one's gone


def test_the_locks_of_copies_that_crashed_go_when_the_next_starts(qtbot: QtBot, tmp_path: Path) -> None:
    """Each copy that crashed left its own lock file beside the database, and only a restore's count
    of copies took them away: a synced folder kept and synced one more each time (H79). A copy that
    starts takes the stale ones away; a live one's stays."""
    db = tmp_path / "a.sqlite"
    live = other_copy(db)

    def copies() -> set[str]:
        return {name.name for name in tmp_path.iterdir() if name.name.startswith("a.sqlite.lock.copy-")}

    alive = copies()
    other_copy(db, first=False).communicate("crash\n", timeout=30)
    crashed = copies() - alive
    assert len(alive) == len(crashed) == 1
    lock = taken(database_url(str(db)))
    assert alive < copies() and not crashed & copies() and len(copies()) == 2 and lock.others() == 1
    live.communicate("close\n", timeout=30)


def test_two_owners_in_one_process_one_holds(qtbot: QtBot, tmp_path: Path) -> None:
    url = database_url(str(tmp_path / "a.sqlite"))
    first = taken(url)
    second = taken(url)
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
    first = taken(database_url(str(real)))
    second = taken(database_url(str(name)))
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
        assert window.welcome is not None  # a first start: the notice above the welcome, both above the pages
        assert notice.geometry().bottom() < window.welcome.geometry().top() < window.splitter.geometry().top()
    finally:
        first.communicate("close\n", timeout=30)
    qtbot.waitUntil(lambda: not notice.isVisible(), timeout=5000)
    assert notice.lock.held


def test_the_notice_comes_above_the_pages_where_they_are(qtbot: QtBot, repository: Repository) -> None:
    """Put into a new column around the pages, every page was laid out and painted again as the first screen came."""
    workspace = open_workspace(repository.store, Language.EN, kilograms)
    window = on_screen(qtbot, MainWindow(workspace.catalog, Language.EN), 1400, 900)
    pages = window.centralWidget()
    window.attach(LiveWorkspace(workspace, window))
    assert window.centralWidget() is pages and window.splitter.parentWidget() is pages
    assert window.findChild(CopyNotice).parentWidget() is pages


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


def test_the_restores_question_says_another_copy_has_the_file_open(
        qtbot: QtBot, qapp: QApplication, repository: Repository, private_environment: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A physiotherapist restored a backup with a second glueplan open on the file, and nothing warned
    of it: the window restoring held the lock, and only a second copy knew of a first."""
    install_translators(qapp, Language.EN)  # the count's English forms
    backup_sqlite(private_environment, DAILY, datetime(2026, 11, 30, 21, 14))
    window = make_window(qtbot, repository)
    second = other_copy(private_environment, first=False)
    try:
        asked: list[str] = []
        monkeypatch.setattr(RestoreDialog, "exec", newest_chosen)
        monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text()) or QMessageBox.StandardButton.No)
        window.restore_backup()
    finally:
        second.communicate("close\n", timeout=30)
    assert asked == ["Replace the database with the backup of 30/11/2026 21:14? The file as it is now is backed up "
                     "first.\n\nLost with this restore, as the backup does not hold it: 1 trainee added "
                     "since.\n\nglueplan is also open on this database in another window. After the restore it can "
                     "save nothing more, and has to be closed and started again."]


def test_a_window_whose_file_a_restore_replaced_says_so_at_once(
        qtbot: QtBot, repository: Repository, private_environment: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The other window went on showing the old data as current until its next edit was refused: at
    its next look for changes made elsewhere it says what happened, in red, with a way to start again."""
    copy = backup_sqlite(private_environment, DAILY, datetime(2026, 11, 30, 21, 14))
    window = make_window(qtbot, repository)
    assert window.live is not None
    notice = window.findChild(CopyNotice)
    assert notice is not None and not notice.isVisible()
    restoring = ("import sys; from pathlib import Path; from glueplan.store.backup import restore; "
                 "restore(Path(sys.argv[1]), Path(sys.argv[2]))")  # another glueplan's File > Restore
    subprocess.run([sys.executable, "-c", restoring, str(private_environment), str(copy)], cwd=REPO_ROOT, check=True,
                   timeout=60)
    follow_changes_elsewhere(window.live).check()  # as on its timer, or when it is brought to the front
    assert notice.isVisible() and notice.start_again_button.isVisible()
    assert notice.text.text().startswith("A backup was restored into this database in another window.")
    with pytest.raises(StoreError) as refused:
        window.live.workspace.repository.log_set(window.live.workspace.trainee_id,
                                                 LoggedSet("clamshell", datetime(2026, 11, 23, 18), 0, 15))
    assert refused.value.key == "store.replaced"
    window.grab().save(str(private_environment.parent / "replaced.png"))
    started: list[bool] = []
    monkeypatch.setattr(copy_notice, "start_again", lambda: started.append(True))
    notice.start_again_button.click()
    assert started == [True] and not window.isVisible()


def test_a_file_out_of_reach_for_a_moment_is_no_restore(qtbot: QtBot, repository: Repository) -> None:
    """A synced folder or a network share may take the file away for a moment (a sync client
    renames it): the look for changes made elsewhere took that for a restore, and the window's red
    notice said so for good (H79). Only another file in its place is a restore."""
    from glueplan.ui.shared.copy_notice import CopyNotice
    from tests.ui.test_main_window import make_window

    window = make_window(qtbot, repository)
    assert window.live is not None
    path = Path(str(repository.store.engine.url.database))
    follower = follow_changes_elsewhere(window.live)
    os.rename(path, path.with_name("away"))
    follower.check()
    os.rename(path.with_name("away"), path)
    follower.check()
    assert not repository.store.replaced() and not follower.replaced and follower.timer.isActive()
    assert not window.findChild(CopyNotice).isVisible()
