"""Schema revisions: a new file is created from the models and equals one migrated from empty,
models and migrations agree, older files are upgraded, newer ones refused."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

from msgspec.structs import replace
import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, Engine, create_engine, inspect

from glueplan.domain.trainee import Trainee
from glueplan.store import migrate
from glueplan.store.database import Store, open_store
from glueplan.store.errors import StoreError
from glueplan.store.location import database_url
from glueplan.store.migrate import current_revision, head_revision
from glueplan.store.repository import Repository
from glueplan.store.schema import Base


@pytest.mark.sqlite_only
def test_a_new_file_is_created_at_the_newest_revision(store: Store, db_path: Path) -> None:
    assert db_path.is_file()
    assert current_revision(store.engine) == head_revision()
    tables = set(inspect(store.engine).get_table_names())
    assert set(Base.metadata.tables) | {"alembic_version"} == tables


@pytest.mark.sqlite_only
def test_a_created_file_has_the_schema_of_one_migrated_from_empty(store: Store, tmp_path: Path) -> None:
    """Creating from the models stands in for running every migration: it must build the
    very same tables, columns, keys, indexes and checks, whatever the newest migration is."""
    migrated = create_engine(database_url(str(tmp_path / "migrated.sqlite")))
    migrate.migrate(migrated, None)
    try:
        assert _schema(store.engine) == _schema(migrated)
    finally:
        migrated.dispose()


def test_a_new_file_is_created_without_importing_alembic(db_path: Path) -> None:
    """Alembic and a first migration cost 0.13 s of a new user's first start."""
    code = ("import sys; from glueplan.store.database import open_store; "
            "from glueplan.store.location import database_url; "
            f"open_store(database_url({str(db_path)!r})).close(); print('alembic' in sys.modules)")
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert found.stdout.strip() == "False"
    assert _revision_in(db_path) == migrate.SCHEMA_REVISION


def _schema(engine: Engine) -> dict[str, dict[str, object]]:
    """Everything SQLAlchemy can read back about each table, in a form that compares as a whole
    (column order aside: a column added by a migration comes last)."""
    inspector = inspect(engine)
    with engine.connect() as connection:
        made = dict(connection.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = 'table'").all())

    def canonical(items: list[dict[str, object]]) -> list[str]:
        return sorted(json.dumps(item, sort_keys=True, default=str) for item in items)

    return {table: {
        "columns": {column["name"]: json.dumps(column, sort_keys=True, default=str)
                    for column in inspector.get_columns(table)},
        "primary_key": json.dumps(inspector.get_pk_constraint(table), sort_keys=True),
        "foreign_keys": canonical(inspector.get_foreign_keys(table)),
        "indexes": canonical(inspector.get_indexes(table)),
        "unique": canonical(inspector.get_unique_constraints(table)),
        "checks": canonical(inspector.get_check_constraints(table)),
        "never_gives_an_id_twice": "AUTOINCREMENT" in made[table],
    } for table in inspector.get_table_names()}


def _revision_in(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        connection.close()


def test_the_schema_revision_constant_is_alembics_head() -> None:
    assert migrate.SCHEMA_REVISION == head_revision()


def test_the_models_and_the_migrations_agree(store: Store) -> None:
    """Catches a schema change without a migration (what `alembic check` does)."""
    with store.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []


@pytest.mark.sqlite_only
def test_sqlite_runs_with_foreign_keys_wal_and_full_sync(store: Store) -> None:
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2


@pytest.mark.sqlite_only
def test_reopening_a_current_database_changes_nothing(store: Store, db_path: Path) -> None:
    store.close()
    again = open_store(database_url(str(db_path)))
    assert current_revision(again.engine) == head_revision()
    assert not (db_path.parent / "backups").exists()
    again.close()


@pytest.mark.sqlite_only
def test_a_database_from_a_newer_glueplan_is_refused_untouched(store: Store, db_path: Path) -> None:
    with store.transaction() as session:
        session.connection().exec_driver_sql("UPDATE alembic_version SET version_num = 'f00dfeed'")
    store.close()
    before = _dump(db_path)
    with pytest.raises(StoreError) as caught:
        open_store(database_url(str(db_path)))
    assert caught.value.key == "store.newer_database"
    assert "newer glueplan" in str(caught.value) and "f00dfeed" in str(caught.value)
    assert str(db_path) in str(caught.value)
    assert _dump(db_path) == before


@pytest.mark.sqlite_only
def test_an_older_database_is_backed_up_then_upgraded(store: Store, db_path: Path, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """A later glueplan with one more migration opens today's file: backup first, then upgrade."""
    today = migrate.SCHEMA_REVISION
    repository = Repository(store)
    trainee_id = repository.add_trainee(Trainee("Ida"))
    store.close()
    newer = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, newer, ignore=shutil.ignore_patterns("__pycache__"))
    (newer / "versions" / "9999_extra.py").write_text(
        f'import sqlalchemy as sa\nfrom alembic import op\n\nrevision = "9999"\ndown_revision = "{today}"\n'
        'branch_labels = None\ndepends_on = None\n\n\ndef upgrade() -> None:\n'
        '    op.create_table("extra", sa.Column("id", sa.Integer, primary_key=True))\n'
    )
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", newer)
    monkeypatch.setattr(migrate, "SCHEMA_REVISION", "9999")

    upgraded = open_store(database_url(str(db_path)))
    assert current_revision(upgraded.engine) == "9999"
    assert "extra" in inspect(upgraded.engine).get_table_names()
    assert Repository(upgraded).trainee(trainee_id).name == "Ida"
    upgraded.close()
    backups = list((db_path.parent / "backups").glob("*-before-9999.sqlite"))
    assert len(backups) == 1
    copy = sqlite3.connect(backups[0])
    assert copy.execute("SELECT version_num FROM alembic_version").fetchall() == [(today,)]
    assert copy.execute("SELECT name FROM trainee").fetchall() == [("Ida",)]
    copy.close()


def test_a_file_of_revision_0001_gets_program_versions(db_path: Path) -> None:
    """Programs saved before versions existed start at version 0 and can be edited at once."""
    from alembic import command

    engine = create_engine(database_url(str(db_path)))
    config = migrate.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        connection.exec_driver_sql("INSERT INTO trainee VALUES (1, 'Ida', 'beginner', 'kg', 30, NULL, 'en', "
                                   "'2026-01-01 00:00:00.000000')")
        connection.exec_driver_sql("INSERT INTO program VALUES (1, 1, 'Old', '2026-01-05', NULL, "
                                   "'2026-01-01 00:00:00.000000')")
        connection.exec_driver_sql("INSERT INTO program_week VALUES (1, 1, 0)")
    engine.dispose()
    upgraded = open_store(database_url(str(db_path)))
    try:
        repository = Repository(upgraded)
        program, version = repository.program_state(1)
        assert (program.name, len(program.weeks), version) == ("Old", 1, 0)
        assert repository.save_program_edit(1, program, replace(program, name="Renamed"), 0)[1] == 1
    finally:
        upgraded.close()


def test_a_file_that_is_not_a_database_is_reported_and_left_alone(db_path: Path) -> None:
    db_path.write_bytes(b"this is a shopping list, not a database\n" * 100)
    before = db_path.read_bytes()
    with pytest.raises(StoreError) as caught:
        open_store(database_url(str(db_path)))
    assert caught.value.key == "store.cannot_open"
    assert "not a database" in str(caught.value)
    assert db_path.read_bytes() == before


def test_a_folder_in_place_of_the_file_is_reported(db_path: Path) -> None:
    db_path.mkdir()
    with pytest.raises(StoreError, match="is a folder"):
        open_store(database_url(str(db_path)))


def _dump(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def _rollback_journal_file(path: Path, revision: str | None, extra_table: str = "") -> bytes:
    connection = sqlite3.connect(path)
    if extra_table:
        connection.execute(f"CREATE TABLE {extra_table} (id INTEGER PRIMARY KEY, note TEXT)")
        connection.execute(f"INSERT INTO {extra_table} (note) VALUES ('someone else''s data')")
    if revision is not None:
        connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
        connection.execute("INSERT INTO alembic_version VALUES (?)", (revision,))
    connection.commit()
    connection.close()
    assert not path.with_name(path.name + "-wal").exists()
    return path.read_bytes()


def test_a_newer_rollback_journal_file_is_refused_byte_for_byte_unchanged(db_path: Path) -> None:
    before = _rollback_journal_file(db_path, "9999")
    with pytest.raises(StoreError, match="newer glueplan"):
        open_store(database_url(str(db_path)))
    assert db_path.read_bytes() == before


def test_another_programs_database_is_left_alone(db_path: Path) -> None:
    before = _rollback_journal_file(db_path, None, extra_table="exercise")
    with pytest.raises(StoreError) as caught:
        open_store(database_url(str(db_path)))
    assert caught.value.key == "store.foreign_database"
    assert db_path.read_bytes() == before


@pytest.mark.parametrize("url", ["nosuchdb://somewhere/x", "postgresql+nosuchdriver://u:secret@host/db"])
def test_an_unusable_url_is_reported_without_a_traceback(url: str) -> None:
    with pytest.raises(StoreError) as caught:
        open_store(database_url(url))
    assert caught.value.key == "store.bad_location"  # a bad argument: exit 2
    assert "secret" not in str(caught.value)


def test_a_relative_path_is_a_file_in_the_current_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    opened = open_store(database_url("sub/relative.sqlite"))
    opened.close()
    again = open_store(database_url("sqlite:///sub/relative.sqlite"))
    again.close()
    assert (tmp_path / "sub" / "relative.sqlite").is_file()


def test_sets_of_revision_0008_get_the_identities_its_backups_give_them(db_path: Path, tmp_path: Path) -> None:
    """Sets logged before identities were stored get the one a backup of that time makes of
    them (moment and load, twins numbered by id); an imported set keeps its key. So a backup
    written then and read back adds nothing, and every one of its sets reaches a new database."""
    from alembic import command

    from glueplan.app.importing import prepare
    from glueplan.domain.catalog import builtin_catalog
    from glueplan.store.catalog_mirror import mirror_catalog
    from glueplan.store.formats.json_backup import write_backup
    from glueplan.store.imports.detection import read_history
    from tests.conftest import workspace_on

    engine = create_engine(database_url(str(db_path)))
    config = migrate.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0008")
        mirror_catalog(connection, builtin_catalog())
        connection.exec_driver_sql("INSERT INTO trainee (id, name, level, units, session_minutes, language, "
                                   "created_at) VALUES (1, 'Ida', 'beginner', 'kg', 60, 'en', "
                                   "'2026-01-01 00:00:00.000000')")
        for key, moment in ((None, "18:00:07"), (None, "18:00:07"), ("2026-02-05T10:00:00|clamshell|0", "10:00:00"),
                            (None, "18:30:00")):
            connection.exec_driver_sql(
                "INSERT INTO logged_set (trainee_id, exercise_id, performed_at, weight_kg, reps, note, warm_up, "
                "import_key, side) VALUES (1, 'clamshell', ?, 0.0, 20, '', 0, ?, 'both')",
                (f"2026-02-05 {moment}.000000", key))
    engine.dispose()
    upgraded = open_store(database_url(str(db_path)))
    try:
        with upgraded.reading() as session:
            keys = [key for (key,) in session.connection().exec_driver_sql(
                "SELECT import_key FROM logged_set ORDER BY id")]
        made = "logged|2026-02-05T18:00:07|clamshell|0.0|20"
        assert keys == [made, f"{made}|2", "2026-02-05T10:00:00|clamshell|0",
                        "logged|2026-02-05T18:30:00|clamshell|0.0|20"]
        assert not {column["name"]: column for column in inspect(upgraded.engine).get_columns("logged_set")}[
            "import_key"]["nullable"]
        write_backup(upgraded, tmp_path / "today.json")
        backup = json.loads((tmp_path / "today.json").read_text(encoding="utf-8"))
        backup["schema"] = "0008"  # as written then: no identity for a set logged in glueplan
        table = backup["tables"]["logged_set"]
        column = table["columns"].index("import_key")
        for row in table["rows"]:
            row[column] = None if row[column].startswith("logged|") else row[column]
        (tmp_path / "then.json").write_text(json.dumps(backup), encoding="utf-8")
        here = workspace_on(upgraded)
        assert (lambda preview: (preview.sets, preview.already))(prepare(here, read_history(tmp_path / "then.json"))) \
            == (0, 4)
    finally:
        upgraded.close()
    fresh = open_store(database_url(str(tmp_path / "fresh.sqlite")))
    try:
        elsewhere = workspace_on(fresh)
        assert prepare(elsewhere, read_history(tmp_path / "then.json", trainee=elsewhere.trainee.name)).sets == 4
    finally:
        fresh.close()


def _file_of_revision_0009(path: Path) -> Store:
    """A file as glueplan left it at revision 0009 (foreign keys on, as glueplan runs), opened."""
    from alembic import command

    from glueplan.domain.catalog import builtin_catalog
    from glueplan.store.catalog_mirror import mirror_catalog
    from glueplan.store.database import _configure_sqlite

    engine = create_engine(database_url(str(path)))
    _configure_sqlite(engine)
    config = migrate.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0009")
        mirror_catalog(connection, builtin_catalog())
    return Store(engine)


LATER_COLUMNS = {"name_key"}  # added after 0010 (0011), which the rows of revision 0009 lack


def _rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, in the columns revision 0009 has."""
    connection = sqlite3.connect(path)
    try:
        return {table.name: connection.execute(
            f"SELECT {', '.join(c.name for c in table.columns if c.name not in LATER_COLUMNS)} "
            f"FROM {table.name} ORDER BY 1, 2").fetchall() for table in Base.metadata.sorted_tables}
    finally:
        connection.close()


def test_tables_rebuilt_for_0010_keep_every_row_and_every_link(db_path: Path) -> None:
    """0010 rebuilds the tables others refer to (program, planned exercise...): every row stays,
    and a set keeps its link to the plan. With foreign keys on, dropping the old program table
    would have deleted the program's weeks, and the old planned exercises would have unlinked
    every set logged against them."""
    from glueplan.domain.log import LoggedSet
    from glueplan.domain.trainee import Level
    from glueplan.store.own_templates import add_template, template_plan
    from tests.domain.test_commands import seed_program

    old = _file_of_revision_0009(db_path)
    repository = Repository(old)
    with old.engine.begin() as connection:
        _ida(connection.connection.driver_connection)
    trainee_id = 1
    program_id = repository.add_program(trainee_id, replace(seed_program(), start=date(2026, 11, 23)))
    planned = repository.program(program_id).weeks[0].sessions[0].items[0]
    repository.log_set(trainee_id, LoggedSet(planned.exercise_id, datetime(2026, 11, 23, 18), 60.0, 8, 2,
                                             planned_exercise_id=planned.id))
    add_template(old, "Mine", template_plan("Mine", repository.program(program_id), Level.BEGINNER))
    old.close()
    before = _rows(db_path)
    upgraded = open_store(database_url(str(db_path)))
    try:
        assert current_revision(upgraded.engine) == migrate.SCHEMA_REVISION
        assert _rows(db_path) == before
        assert Repository(upgraded).logged_sets(trainee_id)[0].planned_exercise_id == planned.id
    finally:
        upgraded.close()


def _ida(connection: sqlite3.Connection) -> None:
    """Trainee 1, written straight into the file."""
    connection.execute("INSERT INTO trainee (id, name, level, units, session_minutes, language, created_at) "
                       "VALUES (1, 'Ida', 'beginner', 'kg', 60, 'en', '2026-01-01 00:00:00.000000')")


def _a_set_linked_to_a_missing_exercise(path: Path) -> None:
    """A set that refers to a planned exercise that is not there (a file changed by hand)."""
    connection = sqlite3.connect(path)
    with connection:
        _ida(connection)
        connection.execute("INSERT INTO logged_set (trainee_id, exercise_id, performed_at, weight_kg, reps, note, "
                           "planned_exercise_id, import_key) VALUES (1, 'clamshell', '2026-02-05 18:00:00.000000', "
                           "0.0, 20, '', 77, 'k')")  # foreign keys are off on a bare sqlite3 connection
    connection.close()


def a_long_log(path: Path, sets: int) -> None:
    """A file of revision 0009 holding ``sets`` sets of Ida's (years of logging, written at once)."""
    _file_of_revision_0009(path).close()
    connection = sqlite3.connect(path)
    with connection:
        _ida(connection)
        connection.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
                           "INSERT INTO logged_set (trainee_id, exercise_id, performed_at, weight_kg, reps, note, "
                           "import_key) SELECT 1, 'clamshell', datetime('2016-01-01', i || ' minutes') || '.000000', "
                           "0.0, 20, 'set ' || i, 'logged|' || i FROM n", (sets,))
    connection.close()


def test_an_upgrade_that_rebuilt_tables_gives_their_pages_back_and_empties_the_log(db_path: Path) -> None:
    """0010 rebuilt six tables and left the old ones' pages free: a 10-year file grew from 34.8 to
    48.6 MiB (15.7 MiB free, copied into every backup), and the write-ahead log held all it wrote
    (48.8 MiB) as long as glueplan ran. Every row stays."""
    a_long_log(db_path, 20_000)
    before = _rows(db_path)
    upgraded = open_store(database_url(str(db_path)))
    try:
        with upgraded.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA freelist_count").scalar() == 0
        assert db_path.with_name(db_path.name + "-wal").stat().st_size == 0
    finally:
        upgraded.close()
    assert _revision_in(db_path) == migrate.SCHEMA_REVISION and _rows(db_path) == before


def test_a_reference_broken_before_the_upgrade_does_not_stop_it(db_path: Path) -> None:
    """The file opened before 0010 with it, and opens after: the set keeps its broken link, as it was."""
    _file_of_revision_0009(db_path).close()
    _a_set_linked_to_a_missing_exercise(db_path)
    open_store(database_url(str(db_path))).close()
    assert _revision_in(db_path) == migrate.SCHEMA_REVISION
    assert sqlite3.connect(db_path).execute("SELECT planned_exercise_id FROM logged_set").fetchall() == [(77,)]


def test_an_upgrade_that_would_break_a_reference_is_refused_and_the_file_left_at_its_revision(
        db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The migrations run with foreign keys off, so every reference is checked before they commit:
    one they broke (here a planned exercise deleted under a set's link) stops them, rolled back."""
    _file_of_revision_0009(db_path).close()
    _a_set_linked_to_a_missing_exercise(db_path)
    connection = sqlite3.connect(db_path)
    with connection:
        connection.execute("INSERT INTO program (id, trainee_id, name, start_date, created_at, version) "
                           "VALUES (1, 1, 'Old', '2026-01-05', '2026-01-01 00:00:00.000000', 0)")
        connection.execute("INSERT INTO program_week VALUES (1, 1, 0)")
    connection.close()
    before = _rows(db_path)
    upgrade = migrate.upgrade

    def breaking(connection: Connection) -> None:
        upgrade(connection)
        connection.exec_driver_sql("DELETE FROM program")  # its week stays, with foreign keys off

    monkeypatch.setattr(migrate, "upgrade", breaking)
    with pytest.raises(StoreError) as caught:
        open_store(database_url(str(db_path)))
    assert caught.value.key == "store.cannot_open"
    assert "would leave a row of program_week referring to a row of program that is not there" in str(caught.value)
    assert _revision_in(db_path) == "0009" and _rows(db_path) == before


def test_0010_refuses_to_run_with_foreign_keys_on(db_path: Path) -> None:
    """Run otherwise than by glueplan.store.migrate (which turns them off), it would drop tables
    with their children: it stops, and the transaction leaves the file as it was."""
    from alembic import command

    old = _file_of_revision_0009(db_path)
    config = migrate.alembic_config()
    with pytest.raises(RuntimeError, match="foreign keys on"), old.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    old.close()
    assert _revision_in(db_path) == "0009"
