"""Files glueplan must not open as they are: damaged, foreign, not files at all. Each is refused
with a sentence, left byte for byte as it was, and without -wal or -shm files beside it."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from glueplan.cli import main
from glueplan.domain.trainee import Trainee
from glueplan.store.backup import backup_sqlite
from glueplan.store.database import open_store
from glueplan.store.errors import StoreError
from glueplan.store.file_check import DamagedDatabase
from glueplan.store.location import app_database_url, database_url
from glueplan.store.repository import Repository
from glueplan.store.synthetic_log import fill_log

pytestmark = pytest.mark.sqlite_only

WEEK = [(0, [("back_squat", 100.0), ("barbell_hip_thrust", 120.0)]), (3, [("clamshell", 10.0)])]


def made(path: Path, weeks: int = 60) -> Path:
    """A glueplan file with a year or so of sets, closed (so that everything is in the file)."""
    store = open_store(database_url(str(path)))
    trainee = Repository(store).add_trainee(Trainee("Ida"))
    fill_log(store, trainee, WEEK, weeks)
    store.close()
    return path


def damage_middle_page(path: Path) -> None:
    with closing(sqlite3.connect(path)) as connection, connection:
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    pages = path.stat().st_size // page_size
    with path.open("r+b") as stream:
        stream.seek(page_size * (pages // 2))
        stream.write(b"\xa5" * page_size)


def companions(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name + "-"))


@pytest.fixture
def damaged(tmp_path: Path) -> Iterator[Path]:
    path = made(tmp_path / "mine.sqlite")
    damage_middle_page(path)
    yield path


def test_a_damaged_page_is_found_and_the_file_left_as_it_was(damaged: Path) -> None:
    before = damaged.read_bytes()
    with pytest.raises(DamagedDatabase, match="is damaged"):
        open_store(database_url(str(damaged)))
    assert damaged.read_bytes() == before and companions(damaged) == []


def test_the_commands_exit_non_zero_on_a_damaged_file_and_name_the_backup(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = made(tmp_path / "mine.sqlite")
    good = backup_sqlite(path, "daily")
    damage_middle_page(path)
    plan = tmp_path / "plan.json"
    plan.write_text('{"sessions": [{"day": "mon", "time": "18:00", "items": [{"exercise": "clamshell"}]}]}')
    for argv in (["catalog", "list"], ["check", str(plan)]):
        assert main([*argv, "--db", str(path)]) == 1
        err = capsys.readouterr().err
        assert "is damaged" in err and str(good) in err and "Traceback" not in err
    assert companions(path) == []


def test_a_missing_table_is_damage_not_a_traceback(tmp_path: Path) -> None:
    path = made(tmp_path / "mine.sqlite", weeks=1)
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("DROP TABLE planned_exercise")
    with pytest.raises(DamagedDatabase, match="the table planned_exercise is missing"):
        open_store(database_url(str(path)))


def test_another_programs_alembic_database_is_foreign_not_newer(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        connection.execute("INSERT INTO alembic_version VALUES ('ae1027a6acf')")
        connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    before = path.read_bytes()
    with pytest.raises(StoreError, match="database of another program") as caught:
        open_store(database_url(str(path)))
    assert "newer" not in str(caught.value)
    assert path.read_bytes() == before and companions(path) == []


def test_an_empty_version_table_is_said_plainly(tmp_path: Path) -> None:
    path = made(tmp_path / "mine.sqlite", weeks=1)
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("DELETE FROM alembic_version")
    with pytest.raises(StoreError, match="no schema version") as caught:
        open_store(database_url(str(path)))
    assert "already exists" not in str(caught.value) and companions(path) == []


def test_a_newer_glueplans_file_is_refused_without_litter(tmp_path: Path) -> None:
    path = made(tmp_path / "mine.sqlite", weeks=1)
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(StoreError, match="newer glueplan"):
        open_store(database_url(str(path)))
    assert companions(path) == []


def test_a_pipe_and_a_device_are_not_called_folders(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    for path in (pipe, Path("/dev/null")):
        with pytest.raises(StoreError, match="not a file but a device, a pipe or a socket"):
            open_store(database_url(str(path)))


def test_a_folder_is_called_a_folder(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="is a folder"):
        open_store(database_url(str(tmp_path)))


def test_the_app_refuses_a_database_in_memory() -> None:
    with pytest.raises(StoreError, match="in memory"):
        app_database_url("sqlite://")
    with pytest.raises(StoreError, match="in memory"):
        app_database_url("sqlite:///:memory:")


@pytest.mark.parametrize("value", ["://", "nosuch://x", "postgresql+nosuchdriver://x/y"])
def test_unusable_urls_are_bad_arguments(value: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["catalog", "list", "--db", value]) == 2
    err = capsys.readouterr().err
    assert "neither a file name nor a database URL" in err and "Traceback" not in err


def test_a_300_character_file_name_is_a_bad_argument(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["catalog", "list", "--db", str(tmp_path / ("n" * 300 + ".sqlite"))]) == 2
    err = capsys.readouterr().err
    assert "File name too long" in err and len(err) < 400
