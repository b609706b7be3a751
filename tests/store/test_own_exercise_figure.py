"""An own exercise keeps the built-in exercise it looks like, through saves and a migration."""

from __future__ import annotations

from pathlib import Path

from msgspec.structs import replace
from sqlalchemy import create_engine

from glueplan.domain.catalog import Catalog
from glueplan.store import migrate
from glueplan.store.database import open_store
from glueplan.store.location import database_url
from glueplan.store.repository import Repository


def test_an_own_exercise_keeps_the_figure_it_looks_like(repository: Repository, catalog: Catalog) -> None:
    base = catalog.exercise("clamshell")
    mine = repository.add_custom_exercise(replace(base, id="", custom=True, looks_like="clamshell"))
    assert mine.looks_like == "clamshell" and mine.figure_id == "clamshell"
    changed = repository.update_custom_exercise(replace(mine, looks_like="glute_bridge"))
    assert repository.catalog().exercise(changed.id).figure_id == "glute_bridge"
    plain = repository.update_custom_exercise(replace(mine, looks_like=None))
    assert plain.looks_like is None and plain.figure_id is None
    assert catalog.exercise("clamshell").figure_id == "clamshell"  # a built-in one shows its own


def test_an_own_exercise_from_revision_0002_has_no_figure_yet(db_path: Path) -> None:
    from alembic import command

    engine = create_engine(database_url(str(db_path)))
    config = migrate.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0002")
        connection.exec_driver_sql("INSERT INTO exercise (id, custom, name, category, laterality, equipment, sets, "
                                   "reps_min, reps_max, rir, rest_s, cues, mistakes) VALUES ('custom_sled', 1, "
                                   "'Sled', 'compound', 'bilateral', '[[\"bodyweight\"]]', 3, 8, 12, 2, 90, "
                                   "'[]', '[]')")
        connection.exec_driver_sql("INSERT INTO involvement VALUES ('custom_sled', 'quadriceps', 1.0)")
    engine.dispose()
    upgraded = open_store(database_url(str(db_path)))
    try:
        repository = Repository(upgraded)
        sled = repository.custom_exercise("custom_sled")
        assert sled.looks_like is None
        assert repository.update_custom_exercise(replace(sled, looks_like="back_squat")).figure_id == "back_squat"
    finally:
        upgraded.close()
