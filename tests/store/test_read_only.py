"""A database file glueplan may not write opens read-only: it reads, refuses every edit with a
message that says why, and writes nothing at all (no -wal/-shm, no backup, no migration). The
same for a writable file in a folder glueplan may not write (no journal can be made there).

Tests run as root here, which may write any file whatever its mode: the file or folder is also
made immutable (chattr +i), which binds root too."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from glueplan.app.importing import ImportHistory, prepare
from glueplan.app.log_edits import LogSet
from glueplan.app.opening import open_workspace
from glueplan.domain.language import Language
from glueplan.domain.log import LoggedSet
from glueplan.domain.trainee import kilograms
from glueplan.store import migrate
from glueplan.store.database import open_store
from glueplan.store.errors import StoreError
from glueplan.store.imports.detection import read_history
from glueplan.store.location import database_url
from glueplan.store.repository import Repository

pytestmark = pytest.mark.sqlite_only
STRONG = Path(__file__).resolve().parent.parent / "import_files" / "strong_workout_number.csv"


def protect(path: Path) -> None:
    """Make ``path`` unwritable for this process, root or not."""
    path.chmod(0o555 if path.is_dir() else 0o444)
    if os.geteuid() == 0 and not _chattr("+i", path):
        path.chmod(0o755 if path.is_dir() else 0o644)
        pytest.skip("root, and the file cannot be made immutable here")


def release(path: Path) -> None:
    if os.geteuid() == 0:
        _chattr("-i", path)
    path.chmod(0o755 if path.is_dir() else 0o644)


def _chattr(change: str, path: Path) -> bool:
    return (shutil.which("chattr") is not None
            and subprocess.run(["chattr", change, str(path)], check=False).returncode == 0)


def state(folder: Path) -> dict[str, str]:
    """Every file in the folder (and below) with a digest of its bytes."""
    return {str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(folder.rglob("*")) if path.is_file()}


@pytest.fixture
def saved(tmp_path: Path) -> Path:
    """A closed database (no -wal beside it) with one trainee and one logged set."""
    path = tmp_path / "data" / "glueplan.sqlite"
    store = open_store(database_url(str(path)))
    try:
        workspace = open_workspace(store, Language.EN, kilograms)
        workspace.repository.log_set(workspace.trainee_id, LoggedSet("clamshell", datetime(2026, 3, 2, 7), 0, 20))
    finally:
        store.close()
    return path


@pytest.fixture(params=["file", "folder"])
def unwritable(request: pytest.FixtureRequest, saved: Path) -> Iterator[Path]:
    """The saved database, its file or its folder made unwritable."""
    target = saved if request.param == "file" else saved.parent
    protect(target)
    try:
        yield saved
    finally:
        release(target)


def test_a_read_only_file_opens_shows_its_log_and_writes_nothing(unwritable: Path) -> None:
    before = state(unwritable.parent)
    store = open_store(database_url(str(unwritable)))
    try:
        assert store.read_only
        workspace = open_workspace(store, Language.EN, kilograms)
        assert [s.exercise_id for s in workspace.repository.logged_sets(workspace.trainee_id)] == ["clamshell"]
    finally:
        store.close()
    assert state(unwritable.parent) == before  # no -wal, -shm, lock or backup beside it, not a byte changed


def test_an_edit_is_refused_with_a_message_naming_the_file(unwritable: Path) -> None:
    store = open_store(database_url(str(unwritable)))
    try:
        workspace = open_workspace(store, Language.EN, kilograms)
        with pytest.raises(StoreError) as caught:
            workspace.execute(LogSet(LoggedSet("clamshell", datetime(2026, 3, 3, 7), 0, 15), "log a set"))
        assert caught.value.key == "store.read_only_edit"
        assert str(unwritable) in caught.value.text(Language.EN) and "read-only" in caught.value.text(Language.EN)
        assert "skrivebeskyttet" in caught.value.text(Language.DA)
        assert workspace.repository.count_logged_sets(workspace.trainee_id) == 1
    finally:
        store.close()


def test_an_import_is_refused_before_any_backup_is_taken(unwritable: Path) -> None:
    before = state(unwritable.parent)
    store = open_store(database_url(str(unwritable)))
    try:
        workspace = open_workspace(store, Language.EN, kilograms)
        preview = prepare(workspace, read_history(STRONG))
        with pytest.raises(StoreError, match="read-only"):
            workspace.execute(ImportHistory(preview.batch, "import"))
    finally:
        store.close()
    assert state(unwritable.parent) == before


def test_an_older_read_only_file_is_refused_as_one_that_cannot_be_upgraded(tmp_path: Path) -> None:
    from alembic import command

    path = tmp_path / "old.sqlite"
    engine = create_engine(database_url(str(path)))
    config = migrate.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    engine.dispose()
    before = state(tmp_path)
    protect(path)
    try:
        with pytest.raises(StoreError) as caught:
            open_store(database_url(str(path)))
        assert caught.value.key == "store.read_only_old"
        assert "cannot be upgraded" in caught.value.text(Language.EN)
    finally:
        release(path)
    assert state(tmp_path) == before


def test_a_writable_file_still_opens_for_writing(saved: Path) -> None:
    store = open_store(database_url(str(saved)))
    try:
        assert not store.read_only
        Repository(store).log_set(1, LoggedSet("clamshell", datetime(2026, 3, 3, 7), 0, 15))
    finally:
        store.close()
