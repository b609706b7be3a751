"""No two trainees share a name, case aside, and the database itself holds the rule (schema 0011):
two computers adding one name at the same moment add it once, and the one that loses is told the
name is taken, as a check before the add tells it. A database or a backup from before, holding
such twins, keeps every one of them, the later ones renamed "Ane Jensen (2)". A name glueplan gives is
one name in every language (schema 0012): "Mig" is taken beside the first profile's "Me"."""

from __future__ import annotations

import json
import multiprocessing
import threading
from concurrent.futures import ThreadPoolExecutor
from collections.abc import Iterator
from datetime import date, datetime
from multiprocessing.synchronize import Barrier
from pathlib import Path
from typing import Any

from msgspec.structs import replace
import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import IntegrityError

from glueplan.app.trainees import check_free_name, first_trainee, trainee_named
from glueplan.domain.language import Language
from glueplan.domain.log import LoggedSet
from glueplan.domain.messages import messages
from glueplan.domain.trainee import NAME_LENGTH, Level, Trainee, Units
from glueplan.domain.trainee_names import caseless, name_key
from glueplan.store.database import Store, open_store
from glueplan.store.errors import StoreError
from glueplan.store.formats.json_backup import read_backup, restore_backup, write_backup
from glueplan.store.location import database_url
from glueplan.store.migrate import alembic_config
from glueplan.store.repository import Repository
from tests.conftest import seed_000
from tests.postgres_server import PostgresServer

NAMES = ("Åse Ødegård", "åse ødegård")  # SQLite's lower() folds only the A


def add_after_the_check(db: str, worker: int, checked: Barrier, out: Any) -> None:
    """One computer's New trainee: the name checked, then added; both checks pass before either adds."""
    store = open_store(database_url(db))
    repository = Repository(store)
    try:
        name = check_free_name(repository, NAMES[worker])
        checked.wait()
        repository.add_trainee(Trainee(name))
        out.put("added")
    except StoreError as error:
        out.put(error.key)
    finally:
        store.close()


def test_two_computers_adding_one_name_at_once_add_it_once(repository: Repository, database: str) -> None:
    context = multiprocessing.get_context("spawn")
    checked, out = context.Barrier(2), context.Queue()
    workers = [context.Process(target=add_after_the_check, args=(database, n, checked, out)) for n in range(2)]
    for worker in workers:
        worker.start()
    said = sorted(out.get(timeout=120) for _ in workers)
    for worker in workers:
        worker.join(timeout=30)
        assert worker.exitcode == 0
    assert said == ["added", "trainee.name_taken"]
    assert [name for _id, name in repository.trainee_names()] in ([NAMES[0]], [NAMES[1]])


def test_an_add_or_a_rename_that_loses_the_race_is_told_and_writes_nothing(repository: Repository,
                                                                           database: str) -> None:
    """Window A checked "Ane Jensen" and window B (another computer) added her before A's add or rename."""
    other = open_store(database_url(database))
    try:
        ole = repository.add_trainee(Trainee("Ole"))
        check_free_name(repository, "Ane Jensen")
        Repository(other).add_trainee(Trainee("ANE JENSEN"))
        with pytest.raises(StoreError) as added:
            repository.add_trainee(Trainee("Ane Jensen"))
        with pytest.raises(StoreError) as renamed:
            repository.update_trainee(ole, Trainee("Ole"), Trainee("ane jensen"))
        assert (added.value.key, renamed.value.key) == ("trainee.name_taken", "trainee.name_taken")
        assert str(added.value) == str(renamed.value) == str(StoreError("trainee.name_taken", name="ANE JENSEN"))
        assert [name for _id, name in repository.trainee_names()] == ["ANE JENSEN", "Ole"]
        repository.update_trainee(ole, Trainee("Ole"), Trainee("OLE"))  # a trainee's own name is free to them
        assert trainee_named(repository, "ole") == ole
    finally:
        other.close()


def test_two_computers_starting_on_an_empty_database_show_one_first_trainee(database: str) -> None:
    """Both find no trainee and make "Me"; the one the database refuses shows the other's."""
    stores = [open_store(database_url(database)) for _ in range(2)]
    both_looked = threading.Barrier(2)

    def start(store: Store) -> int:
        repository = Repository(store)
        add = repository.add_trainee

        def add_once_both_looked(trainee: Trainee) -> int:
            both_looked.wait(timeout=30)
            return add(trainee)

        repository.add_trainee = add_once_both_looked  # type: ignore[method-assign]
        return first_trainee(repository, Language.EN, Units.KG)

    try:
        with ThreadPoolExecutor(2) as pool:
            shown = list(pool.map(start, stores))
        assert shown[0] == shown[1] and Repository(stores[0]).trainee_names() == [(shown[0], "Me")]
    finally:
        for store in stores:
            store.close()


# -- a database and a backup from before the rule -------------------------------------------------

LONGEST = "Ø" * NAME_LENGTH
TWINS = [(1, "Ane Jensen"), (2, "Åse Ødegård"), (3, "ane jensen"), (4, "Ane Jensen (2)"), (5, "ÅSE ØDEGÅRD"),
         (6, LONGEST), (7, LONGEST.lower())]
SETTLED = [(1, "Ane Jensen"), (2, "Åse Ødegård"), (3, "ane jensen (3)"), (4, "Ane Jensen (2)"),
           (5, "ÅSE ØDEGÅRD (2)"), (6, LONGEST), (7, LONGEST.lower()[:-4] + " (2)")]  # no longer than the column


def assert_the_database_refuses(store: Store, name: str) -> None:
    """A row written past glueplan's checks with ``name``'s key: the database itself holds the rule."""
    with pytest.raises(IntegrityError), store.engine.begin() as connection:
        connection.execute(text("INSERT INTO trainee (name, name_key, level, units, session_minutes, language, "
                                "created_at) VALUES (:name, :key, 'beginner', 'kg', 60, 'en', :now)"),
                           {"name": name, "key": name_key(name), "now": datetime(2026, 2, 1)})


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_database(request: pytest.FixtureRequest, db_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield str(db_path)
        return
    server: PostgresServer = request.getfixturevalue("postgres")
    name = server.new_database()
    yield server.url(name)
    server.drop_database(name)


def test_an_upgrade_renames_the_later_of_two_trainees_with_one_name_and_keeps_everything(
        empty_database: str) -> None:
    from alembic import command

    engine = create_engine(database_url(empty_database))
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0010")
        for trainee_id, name in TWINS:
            connection.execute(text("INSERT INTO trainee (id, name, level, units, session_minutes, language, "
                                    "created_at) VALUES (:id, :name, 'beginner', 'kg', 60, 'en', :now)"),
                               {"id": trainee_id, "name": name, "now": datetime(2026, 1, trainee_id)})
        connection.execute(text("INSERT INTO trainee (id, name, level, units, session_minutes, language, "
                                "created_at) VALUES (8, 'Gone', 'beginner', 'kg', 60, 'en', :now)"),
                           {"now": datetime(2026, 1, 8)})
        connection.execute(text("DELETE FROM trainee WHERE id = 8"))  # its id is never given again (0010)
        if connection.dialect.name == "postgresql":  # ids written by hand move no sequence there
            connection.execute(text("SELECT setval(pg_get_serial_sequence('trainee', 'id'), 8)"))
        else:  # SQLite rebuilds the table every set refers to (ON DELETE CASCADE): a renamed twin's set stays
            connection.execute(text("INSERT INTO logged_set (trainee_id, exercise_id, performed_at, weight_kg, reps, "
                                    "rir, note, warm_up, import_key, side) VALUES (3, 'back_squat', :when, 60, 8, 2, "
                                    "'', 0, 'before-0011', 'both')"), {"when": datetime(2026, 11, 16, 18)})
    engine.dispose()
    store = open_store(database_url(empty_database))
    try:
        repository = Repository(store)
        assert sorted(repository.trainee_names()) == SETTLED
        for trainee_id, name in SETTLED:
            assert trainee_named(repository, name.upper()) == trainee_id
        kept = repository.count_logged_sets(3)
        assert kept == (1 if store.engine.dialect.name == "sqlite" else 0)
        program = repository.add_program(3, seed_000())  # the renamed trainee is whole: programs, log
        repository.log_set(3, LoggedSet("back_squat", datetime(2026, 11, 23, 18), 60.0, 8, 2))
        assert repository.programs(3) == [(program, seed_000().name)] and repository.count_logged_sets(3) == kept + 1
        assert repository.add_trainee(Trainee("Next")) == 9  # the rebuilt table goes on counting where it was
        assert_the_database_refuses(store, "åse ødegård")
    finally:
        store.close()


@pytest.mark.sqlite_only
def test_a_backup_holding_two_trainees_with_one_name_is_restored_with_both(store: Store, tmp_path: Path) -> None:
    """A backup written before 0011 has no name keys, and may hold twins: restored, both are there."""
    repository = Repository(store)
    assert [repository.add_trainee(Trainee(f"Trainee {n}")) for n, _name in TWINS] == [n for n, _name in TWINS]
    first_program = repository.add_program(1, replace(seed_000(), start=date(2026, 11, 23)))
    then = an_older_backup(store, tmp_path, "0010", [name for _id, name in TWINS])
    fresh = open_store(database_url(str(tmp_path / "fresh.sqlite")))
    try:
        restore_backup(fresh, read_backup(then))
        restored = Repository(fresh)
        assert sorted(restored.trainee_names()) == SETTLED
        assert restored.programs(1) == [(first_program, seed_000().name)]
        assert trainee_named(restored, "ÅSE ødegård (2)") == 5
    finally:
        fresh.close()


def an_older_backup(store: Store, tmp_path: Path, schema: str, names: list[str]) -> Path:
    """A backup of ``store`` as a glueplan at ``schema`` wrote it, its trainees called ``names``: before
    0011 without name keys, at 0011 with the keys it made (the names as stored, caseless)."""
    write_backup(store, tmp_path / "backup.json")
    document = json.loads((tmp_path / "backup.json").read_text(encoding="utf-8"))
    document["schema"] = schema
    trainees = document["tables"]["trainee"]
    names_at, keys_at = trainees["columns"].index("name"), trainees["columns"].index("name_key")
    for row, name in zip(trainees["rows"], names, strict=True):
        row[names_at], row[keys_at] = name, caseless(name)
        if schema < "0011":
            del row[keys_at]
    if schema < "0011":
        del trainees["columns"][keys_at]
    (tmp_path / "then.json").write_text(json.dumps(document), encoding="utf-8")
    return tmp_path / "then.json"


# -- a name glueplan gives is one name in every language (schema 0012) ----------------------------

def test_a_trainee_called_what_the_first_profile_shows_is_refused_in_every_language(repository: Repository) -> None:
    """The first profile is stored as "Me" and shown as "Mig" in Danish: a Danish "Mig" beside it showed twice."""
    me = first_trainee(repository, Language.EN, Units.KG)
    ole = repository.add_trainee(Trainee("Ole"))
    for name in ("Mig", "MIG", " mig "):
        with pytest.raises(StoreError) as refused:
            check_free_name(repository, name)
        assert refused.value.text(Language.DA) == messages()("trainee.name_taken", Language.DA, name="Mig")
    with pytest.raises(StoreError) as added:  # past the check (another computer's): the database refuses it
        repository.add_trainee(Trainee("Meg selv"))
    with pytest.raises(StoreError) as renamed:
        repository.update_trainee(ole, Trainee("Ole"), Trainee("MEG SELV"))
    assert added.value.text(Language.NB) == renamed.value.text(Language.NB) == \
        messages()("trainee.name_taken", Language.NB, name="Meg selv")
    assert trainee_named(repository, "mig") == me  # as a Danish window shows the name, --trainee finds it
    assert check_free_name(repository, "Mig (2)") == "Mig (2)"


@pytest.mark.parametrize(("typed", "language", "shown"), [
    ("meg selv", Language.DA, "Mig"), ("Me", Language.DA, "Mig"), ("Mig", Language.EN, "Me"),
    (" MIG ", Language.NB, "Meg selv")])
def test_a_name_taken_only_through_another_language_says_it_is_the_first_profiles_name(
        repository: Repository, typed: str, language: Language, shown: str) -> None:
    """A Dane typing "meg selv" was told »Mig« is taken, with no hint why: it is the first profile's name in
    Norwegian. Refused by the check and by the database alike (past the check, from another computer)."""
    first_trainee(repository, Language.EN, Units.KG)
    ole = repository.add_trainee(Trainee("Ole"))
    with pytest.raises(StoreError) as checked:
        check_free_name(repository, typed)
    with pytest.raises(StoreError) as renamed:
        repository.update_trainee(ole, Trainee("Ole"), Trainee(typed.strip()))
    hint = messages()("trainee.name_taken_first_profile", language, name=shown, typed=typed.strip())
    assert checked.value.text(language) == renamed.value.text(language) == hint
    assert typed.strip() in hint and shown in hint


def test_a_trainee_called_as_a_session_glueplan_names_is_said_to_be_that_name_in_another_language(
        repository: Repository) -> None:
    """Not only the first profile's: any name glueplan gives is one name in every language."""
    repository.add_trainee(Trainee("Workout 1"))
    with pytest.raises(StoreError) as refused:
        check_free_name(repository, "Økt 1")
    assert refused.value.text(Language.DA) == ("Der er allerede en udøver ved navn »Træning 1« "
                                               "(»Økt 1« er det samme navn på et andet sprog): vælg et andet navn.")


def test_a_name_taken_as_typed_gets_no_hint(repository: Repository) -> None:
    """Case aside, what was typed is the name shown: nothing to explain."""
    first_trainee(repository, Language.EN, Units.KG)
    repository.add_trainee(Trainee("Ane Jensen"))
    for typed, language, shown in (("ane jensen", Language.DA, "Ane Jensen"), ("mig", Language.DA, "Mig")):
        with pytest.raises(StoreError) as refused:
            check_free_name(repository, typed)
        assert refused.value.text(language) == messages()("trainee.name_taken", language, name=shown)


def test_the_first_profile_beside_a_trainee_called_mig_is_me_2(repository: Repository) -> None:
    """The other way round: a Danish "Mig", archived; the next first profile, English, would show as "Mig" too."""
    mig = repository.add_trainee(Trainee("Mig"))
    repository.archive_trainee(mig)
    made = first_trainee(repository, Language.EN, Units.KG)
    assert made != mig and repository.trainee(made).name == "Me (2)"


def test_a_key_stored_by_other_rules_keeps_the_profile_saving(repository: Repository, store: Store) -> None:
    """A key an older glueplan computed (other given names, other Unicode data) differs from today's:
    the profile compared its key too and was refused as changed elsewhere at every save."""
    ida = repository.add_trainee(Trainee("Ida"))
    with store.engine.begin() as connection:
        connection.execute(text("UPDATE trainee SET name_key = 'ida as folded then' WHERE id = :id"), {"id": ida})
    repository.update_trainee(ida, Trainee("Ida"), Trainee("Ida", Level.BEGINNER))
    assert repository.trainee(ida).level is Level.BEGINNER and trainee_named(repository, "IDA") == ida


GIVEN = [(1, "Me"), (2, "Mig"), (3, "MEG SELV"), (4, "Ane"), (5, "Mig (2)"), (6, "Træning 1"), (7, "workout 1")]
GIVEN_SETTLED = [(1, "Me"), (2, "Mig (3)"), (3, "MEG SELV (2)"), (4, "Ane"), (5, "Mig (2)"), (6, "Træning 1"),
                 (7, "workout 1 (2)")]


@pytest.mark.parametrize("rows", [[], GIVEN], ids=["empty", "given names"])
def test_an_upgrade_from_0011_keys_a_given_name_once_for_every_language(empty_database: str,
                                                                         rows: list[tuple[int, str]]) -> None:
    from alembic import command

    engine = create_engine(database_url(empty_database))
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0011")
        for trainee_id, name in rows:  # as 0011 keyed them: the name as stored, caseless
            connection.execute(text("INSERT INTO trainee (id, name, name_key, level, units, session_minutes, "
                                    "language, created_at) VALUES (:id, :name, :key, 'beginner', 'kg', 60, 'en', "
                                    ":now)"), {"id": trainee_id, "name": name, "key": caseless(name),
                                               "now": datetime(2026, 1, trainee_id)})
    engine.dispose()
    store = open_store(database_url(empty_database))
    try:
        repository = Repository(store)
        assert sorted(repository.trainee_names()) == (GIVEN_SETTLED if rows else [])
        me = first_trainee(repository, Language.DA, Units.KG)
        assert repository.trainee(me).name == ("Me" if rows else "Mig")
        for trainee_id, name in sorted(repository.trainee_names()):
            assert trainee_named(repository, name.upper()) == trainee_id
            repository.update_trainee(trainee_id, repository.trainee(trainee_id),
                                      replace(repository.trainee(trainee_id), level=Level.ADVANCED))
        assert trainee_named(repository, "meg selv") == me
        assert_the_database_refuses(store, "Meg selv")
    finally:
        store.close()
    engine = create_engine(database_url(empty_database))
    with engine.begin() as connection:  # and back: 0011's keys, which old glueplans compute
        config.attributes["connection"] = connection
        command.downgrade(config, "0011")
        keys = connection.execute(text("SELECT name, name_key FROM trainee")).all()
    engine.dispose()
    assert keys and all(key == caseless(name) for name, key in keys)


@pytest.mark.sqlite_only
def test_a_backup_from_0011_holding_mig_beside_me_is_restored_with_both(store: Store, tmp_path: Path) -> None:
    repository = Repository(store)
    for trainee_id, _name in GIVEN:
        repository.add_trainee(Trainee(f"Trainee {trainee_id}"))
    then = an_older_backup(store, tmp_path, "0011", [name for _id, name in GIVEN])
    fresh = open_store(database_url(str(tmp_path / "fresh.sqlite")))
    try:
        restore_backup(fresh, read_backup(then))
        assert sorted(Repository(fresh).trainee_names()) == GIVEN_SETTLED
    finally:
        fresh.close()


@pytest.mark.parametrize(("language", "after"), [("nb", "Meg selv"), ("en", "Meg")])
def test_an_upgrade_from_0012_names_the_bokmaal_first_profile_meg_selv(empty_database: str, language: str,
                                                                       after: str) -> None:
    """Bokmål's first profile was stored as "Meg", an English given name too: it becomes "Meg selv", the
    first profile's Bokmål name now; a "Meg" made in another language was a person's name, and stays."""
    from alembic import command

    engine = create_engine(database_url(empty_database))
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0012")
        for trainee_id, name, key in ((1, "Meg", "me"), (2, "Ole", "ole")):  # as 0012 keyed them
            connection.execute(text("INSERT INTO trainee (id, name, name_key, level, units, session_minutes, "
                                    "language, created_at) VALUES (:id, :name, :key, 'beginner', 'kg', 60, "
                                    ":language, :now)"), {"id": trainee_id, "name": name, "key": key,
                                                          "language": language, "now": datetime(2026, 1, 1)})
    engine.dispose()
    store = open_store(database_url(empty_database))
    try:
        repository = Repository(store)
        assert sorted(repository.trainee_names()) == [(1, after), (2, "Ole")]
        assert trainee_named(repository, after.upper()) == 1
        if after == "Meg selv":
            assert check_free_name(repository, "Meg") == "Meg"  # a client called Meg, beside the first profile
        else:
            assert_the_database_refuses(store, "meg")
    finally:
        store.close()
