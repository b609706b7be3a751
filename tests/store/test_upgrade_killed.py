"""An upgrade killed (SIGKILL: no clean-up at all) in its migration or while it compacts the file
afterwards (migrate.compact: VACUUM) leaves the file whole, every row in it, at one revision: as it
was, upgraded, or upgraded and compacted; and it opens.

The kills fall at chosen moments, not at random ones: the glueplan killed counts SQLite's progress
callbacks (one each 1,000 steps of its virtual machine, on every connection) and kills itself at
the one it is told. A first run counts them, and where the compaction begins and ends."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from glueplan.store.database import open_store
from glueplan.store.location import database_url
from glueplan.store.migrate import SCHEMA_REVISION
from tests.conftest import REPO_ROOT
from tests.store.test_migrations import _revision_in, _rows, a_long_log

pytestmark = [pytest.mark.sqlite_only, pytest.mark.slow]

COUNTED = """
import os, signal, sqlite3, sqlite3.dbapi2, sys
from glueplan.store import migrate
from glueplan.store.database import open_store
from glueplan.store.location import database_url

kill_at, calls = int(sys.argv[2]), 0  # the progress callback to die at (0: none)


def step():
    global calls
    calls += 1
    if calls == kill_at:
        os.kill(os.getpid(), signal.SIGKILL)
    return 0


class Counted(sqlite3.Connection):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.set_progress_handler(step, 1000)


connect, compact = sqlite3.connect, migrate.compact
sqlite3.connect = sqlite3.dbapi2.connect = lambda *args, **kwargs: connect(*args, **kwargs, factory=Counted)


def compacting(engine):
    begun = calls
    compact(engine)
    print(begun, calls)


migrate.compact = compacting
open_store(database_url(sys.argv[1])).close()
"""


def upgrade(path: Path, kill_at: int) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", COUNTED, str(path), str(kill_at)], cwd=REPO_ROOT, text=True,
                          capture_output=True, env=os.environ | {"PYTHONPATH": str(REPO_ROOT)}, timeout=120)


def test_an_upgrade_killed_in_its_migration_or_its_compaction_leaves_the_file_whole(tmp_path: Path) -> None:
    old = tmp_path / "old.sqlite"
    a_long_log(old, 5000)
    # Longer notes: the rows 0010 rebuilds then leave more pages free than 0014's indexes fill again, so
    # that a compaction follows the migration, to be killed in (with 'set N' notes the indexes took them all).
    with closing(sqlite3.connect(old)) as connection, connection:
        connection.execute("UPDATE logged_set SET note = printf('%.300c', 'n')")
    before = _rows(old)
    counting = tmp_path / "counted" / "glueplan.sqlite"
    counting.parent.mkdir()
    shutil.copyfile(old, counting)
    counted = upgrade(counting, 0)
    assert counted.returncode == 0, counted.stderr
    begun, ended = map(int, counted.stdout.split())
    assert 10 < begun < ended - 10, counted.stdout  # enough steps in each to fall in them
    kills = {"in the migration": (begun // 2, "0009", False),  # as it was: no page free
             "as the compaction begins": (begun + 1, SCHEMA_REVISION, True),  # upgraded, the old tables' pages free
             "in the compaction": ((begun + ended) // 2, SCHEMA_REVISION, True)}
    for moment, (kill_at, revision, pages_free) in kills.items():
        path = tmp_path / moment / "glueplan.sqlite"
        path.parent.mkdir()
        shutil.copyfile(old, path)
        assert upgrade(path, kill_at).returncode == -signal.SIGKILL, moment
        with closing(sqlite3.connect(path)) as connection:
            assert connection.execute("PRAGMA quick_check").fetchall() == [("ok",)], moment
            assert (connection.execute("PRAGMA freelist_count").fetchone()[0] > 0) == pages_free, moment
        assert (_revision_in(path), _rows(path)) == (revision, before), moment
        open_store(database_url(str(path))).close()
        assert (_revision_in(path), _rows(path)) == (SCHEMA_REVISION, before), moment
