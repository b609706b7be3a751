"""The first screen read with the standard library's sqlite3 (a start before SQLAlchemy is imported) is what the
Repository reads, and a file that needs more than reading is left to the store's own open."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

from msgspec.structs import replace
import pytest

from glueplan.domain.catalog import Catalog, Exercise
from glueplan.domain.log import LoggedSet, Side
from glueplan.domain.trainee import Level, Trainee, Units
from glueplan.store.database import Store
from glueplan.store.file_check import SCHEMA_TABLES
from glueplan.store.first_screen import first_screen, read_file, rows_of
from glueplan.store.location import FileUrl, database_name, database_url, sqlite_file
from glueplan.store.repository import Repository
from glueplan.store.schema import Base
from tests.conftest import REPO_ROOT, database_at_revision, seed_000


LAST_OF_THE_FIRST_WEEK = LoggedSet("back_squat", datetime(2026, 11, 29, 23, 59, 59, 999999), 60, 8, 2, side=Side.LEFT)
FIRST_OF_THE_SECOND = LoggedSet("clamshell", datetime(2026, 11, 30), 0, 20, warm_up=True)


def _everything(repository: Repository, catalog: Catalog) -> tuple[int, int, list[Exercise]]:
    """Two trainees and an archived one, own exercises, two programs of which the older is chosen."""
    ida = repository.add_trainee(Trainee("Ida", Level.ADVANCED, Units.LB, 50, 200))
    bo = repository.add_trainee(Trainee("bo"))
    repository.archive_trainee(repository.add_trainee(Trainee("Åse")))
    own = [repository.add_custom_exercise(replace(catalog.exercise("barbell_hip_thrust"), id="", custom=True)),
           repository.add_custom_exercise(replace(catalog.exercise("clamshell"), id="", muscles=(
               ("gluteus_minimus", 0.5), ("gluteus_medius", 1.0), ("tensor_fasciae_latae", 0.5))))]
    chosen = repository.add_program(ida, seed_000(3))
    repository.add_program(ida, replace(seed_000(), name="newer"))
    repository.set_active_program(ida, chosen)
    for logged in (LAST_OF_THE_FIRST_WEEK, FIRST_OF_THE_SECOND):
        repository.log_set(ida, logged)
    return ida, bo, own


def test_the_first_screen_reads_what_was_stored(database: str, db_path: Path, store: Store,
                                                 repository: Repository, catalog: Catalog) -> None:
    """On SQLite (text, numbers) and PostgreSQL (psycopg's dates, booleans and JSON) alike; from a file read by
    sqlite3 as through the Repository's connection."""
    ida, bo, own = _everything(repository, catalog)
    with store.reading() as session:
        screen = first_screen(rows_of(session.connection()), lambda _names: ida, list(catalog.muscles))
    assert screen is not None
    assert screen.trainees == [(bo, "bo"), (ida, "Ida")]
    assert [name for _id, name in screen.archived] == ["Åse"]
    assert screen.trainee == Trainee("Ida", Level.ADVANCED, Units.LB, 50, 200)
    assert screen.own_exercises == sorted(own, key=lambda exercise: exercise.id)
    assert own[1].muscles[0] == ("gluteus_medius", 1.0)  # heaviest first, however the rows came
    assert screen.program_id != max(program_id for program_id, _name in repository.programs(ida))
    assert screen.program is not None and screen.program[0] == seed_000(3)
    assert screen.made is not None and abs(screen.made - datetime.now()) < timedelta(minutes=1)
    assert screen.first_week == (datetime(2026, 11, 23), datetime(2026, 11, 29, 23, 59, 59, 999999),
                                 [LAST_OF_THE_FIRST_WEEK])
    if database == str(db_path):
        snapshot = read_file(db_path, lambda names: min(trainee_id for trainee_id, _name in names), catalog)
        assert snapshot is not None and snapshot.screen == screen


@pytest.mark.sqlite_only
def test_a_file_that_needs_more_than_reading_is_left_to_the_store(db_path: Path, store: Store,
                                                                   repository: Repository, catalog: Catalog) -> None:
    def first(names: list[tuple[int, str]]) -> int | None:
        return min((trainee_id for trainee_id, _name in names), default=None)

    assert read_file(db_path, first, catalog) is None  # no trainee yet: the store makes the first one
    repository.add_trainee(Trainee("Ida"))
    assert read_file(db_path, first, catalog) is not None
    store.close()
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE app_meta SET value = 'older' WHERE key = 'catalog_digest'")
    assert read_file(db_path, first, catalog) is None  # a newer glueplan's catalogue to mirror first
    older = db_path.with_name("older.sqlite")
    database_at_revision(older, "0013")
    assert read_file(older, first, catalog) is None  # to be upgraded
    assert read_file(db_path.with_name("none.sqlite"), first, catalog) is None  # to be made


def test_the_tables_known_without_sqlalchemy_are_the_schemas() -> None:
    assert SCHEMA_TABLES == set(Base.metadata.tables)


def test_the_first_screen_module_imports_no_sqlalchemy() -> None:
    code = ("import sys, glueplan.store.first_screen; "
            "print([m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic', 'PySide6')])")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True,
                            cwd=REPO_ROOT)
    assert result.stdout.strip() == "[]"


@pytest.mark.parametrize("name", ["glueplan.sqlite", "a b/æøå 100%?#.sqlite", "x@y:z/ok.sqlite"])
def test_a_files_url_before_sqlalchemy_names_it_as_sqlalchemys_does(tmp_path: Path, name: str) -> None:
    """The last trainee used is remembered under it, whichever way the window started."""
    path = tmp_path / name
    url, file_url = database_url(str(path)), FileUrl(path)
    assert file_url.render_as_string() == url.render_as_string(hide_password=True)
    assert (sqlite_file(file_url), database_name(file_url)) == (sqlite_file(url), database_name(url))


def test_a_file_upgraded_in_place_after_its_first_screen_is_refused_when_the_store_opens(db_path: Path) -> None:
    """The store behind a first screen skips only the file's quick_check made a moment before: a newer glueplan on
    another computer may have upgraded the same file in place meanwhile, and this one must not write into a schema
    it does not know."""
    from glueplan.domain.catalog import builtin_catalog
    from glueplan.store.database import open_store
    from glueplan.store.errors import StoreError

    url = database_url(str(db_path))
    store = open_store(url)
    Repository(store).add_trainee(Trainee("Ida"))
    store.close()
    assert read_file(db_path, lambda names: names[0][0], builtin_catalog()) is not None
    with sqlite3.connect(db_path) as connection:  # the same file, upgraded where it lies
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(StoreError) as refusal:
        open_store(url, checked=True).close()
    assert refusal.value.key == "store.newer_database"
