"""The import's write on both engines: every set in one transaction under ids read back in the
batch's order, nothing twice, exactly what it wrote taken out, and put back under the same ids."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from msgspec.structs import replace
import pytest
from sqlalchemy import event

from glueplan.domain.log import LoggedSet
from glueplan.domain.trainee import Trainee
from glueplan.store.errors import StoreError
from glueplan.store.imports.batch import ImportBatch, ImportRow, remove_written, write_batch
from glueplan.store.repository import Repository


def rows(count: int, first: int = 0) -> tuple[ImportRow, ...]:
    start = datetime(2024, 1, 1, 17, 30)
    return tuple(ImportRow(f"{start + timedelta(days=n // 10):%Y-%m-%dT%H:%M:%S}|hip thrust|{n % 10}",
                           "barbell_hip_thrust" if n % 2 else "back_squat", start + timedelta(days=n // 10),
                           40.0 + n % 7, 8 + n % 3, None if n % 5 == 0 else 2, "" if n % 4 else f"note {n}",
                           n % 10 == 0) for n in range(first, first + count))


def stored(repository: Repository, trainee: int) -> list[tuple[object, ...]]:
    return sorted((s.exercise_id, s.performed_at, s.weight_kg, s.reps, s.rir, s.note, s.warm_up)
                  for s in repository.logged_sets(trainee))


@pytest.fixture
def trainee(repository: Repository) -> int:
    return repository.add_trainee(Trainee("Ida"))


def test_a_batch_is_written_whole_in_order_and_adds_nothing_the_second_time(repository: Repository,
                                                                                trainee: int) -> None:
    batch = ImportBatch(rows(1200))
    written = write_batch(repository, trainee, batch)
    assert written.keys == tuple(row.import_key for row in batch.sets)
    read = [repository.logged_set(set_id) for set_id in written.set_ids[::97]]
    assert [(s.performed_at, s.weight_kg, s.reps, s.rir, s.note, s.warm_up, s.side) for s in read] == \
        [row[2:] for row in batch.sets[::97]]
    again = write_batch(repository, trainee, replace(batch, sets=rows(1300)))  # the first 1,200 are in already
    assert len(again.set_ids) == 100 and min(again.set_ids) > max(written.set_ids)
    assert repository.count_logged_sets(trainee) == 1300


def test_undo_takes_out_exactly_what_was_written_and_redo_brings_it_back_under_its_ids(repository: Repository,
                                                                                     trainee: int) -> None:
    write_batch(repository, trainee, ImportBatch(rows(50)))
    before = stored(repository, trainee)
    batch = ImportBatch(rows(700, first=30))  # 20 of its sets are in the log already
    written = write_batch(repository, trainee, batch)
    assert len(written.set_ids) == 680
    later = ImportBatch(rows(5, first=9000))  # written after it: the ids it leaves are not the highest
    write_batch(repository, trainee, later)
    remove_written(repository, trainee, written)
    assert stored(repository, trainee) == sorted([*before, *(row[1:8] for row in later.sets)])
    redone = write_batch(repository, trainee, batch, written)
    assert (redone.set_ids, redone.keys) == (written.set_ids, written.keys)
    by_key = {row.import_key: row for row in batch.sets}
    assert [repository.logged_set(set_id).note for set_id in written.set_ids[::50]] == \
        [by_key[key].note for key in written.keys[::50]]
    assert repository.count_logged_sets(trainee) == 735


def test_undo_and_redo_know_the_imports_sets_by_key_not_by_id(repository: Repository, trainee: int) -> None:
    """An imported set deleted and brought back (Delete, then its undo) may come back under a new
    id (before 0010, on SQLite its old one went to the next set, another window's): the import's
    undo takes out the imported set, known by its key, and leaves the other, and its redo puts the
    set back beside the other one."""
    written = write_batch(repository, trainee, ImportBatch(rows(10)))
    last = written.set_ids[-1]
    mine = repository.logged_set(last)
    identity = repository.delete_logged_set(last, mine)
    theirs = LoggedSet("clamshell", datetime(2026, 1, 5, 7), 0.0, 15)
    their_id = repository.log_set(trainee, theirs)
    repository.log_set(trainee, mine, None if their_id == last else last, identity)
    remove_written(repository, trainee, written)
    assert repository.sets_on(trainee, theirs.performed_at.date()) == [(their_id, theirs)]
    assert repository.count_logged_sets(trainee) == 1
    redone = write_batch(repository, trainee, ImportBatch(rows(10)), written)
    assert repository.count_logged_sets(trainee) == 11 and len(redone.set_ids) == 10
    assert repository.logged_set(their_id) == theirs


def test_undo_takes_out_the_own_exercise_it_made_and_not_one_made_under_its_id_since(repository: Repository,
                                                                                    trainee: int) -> None:
    """An own exercise's id is made of its name: after another window deleted the import's own
    exercise and made one of that name (under that id), the import's undo leaves that one; an
    exercise still as the import made it goes."""
    from glueplan.domain.language import Localized

    base = repository.catalog().exercise("clamshell")
    made = replace(base, id="new:sofa", name=Localized.same("Sofa clamshell"), custom=True, aliases=(),
                   sources=("user",), looks_like="clamshell")
    batch = ImportBatch((rows(1)[0]._replace(exercise_id="new:sofa"),), (made,))
    written = write_batch(repository, trainee, batch)
    remove_written(repository, trainee, written)
    assert repository.custom_exercises() == []
    written = write_batch(repository, trainee, batch, written)
    (mine,) = repository.custom_exercises()
    remove_written(repository, trainee, replace(written, keys=()))  # its set stays: the exercise is in use
    assert repository.custom_exercises() == [mine]
    for set_id in written.set_ids:
        repository.delete_logged_set(set_id)
    repository.delete_custom_exercise(mine.id)
    theirs = repository.add_custom_exercise(replace(made, id="", muscles=(("gluteus_medius", 1.0),)))
    assert theirs.id == mine.id
    remove_written(repository, trainee, written)
    assert repository.custom_exercises() == [theirs]


def test_a_refused_batch_writes_nothing(repository: Repository, trainee: int) -> None:
    broken = (*rows(300), ImportRow("x", "no_such_exercise", datetime(2026, 1, 1), 10, 5, None, "", False))
    with pytest.raises(StoreError):
        write_batch(repository, trainee, ImportBatch(broken))
    assert repository.count_logged_sets(trainee) == 0


def test_an_imported_moment_is_stored_as_a_logged_one_is(repository: Repository, trainee: int) -> None:
    """One form of date in the column: a range query that finds a logged set finds an imported one."""
    row = rows(1)[0]
    write_batch(repository, trainee, ImportBatch((row,)))
    repository.log_set(trainee, LoggedSet(row.exercise_id, row.performed_at, row.weight_kg, row.reps))
    with repository.store.reading() as session:
        assert len(session.connection().exec_driver_sql("SELECT DISTINCT performed_at FROM logged_set").all()) == 1


@pytest.mark.sqlite_only
def test_sqlite_is_sent_the_sets_hundreds_to_a_statement(repository: Repository, trainee: int) -> None:
    """SQLite spends most of a one-row insert on the statement (its reset, the binding, the locks
    around each call): 100,000 sets one to a statement took 1.6 s of CPU, 250 to one 1.0 s."""
    inserts: list[int] = []

    def on_execute(_conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, many: bool) -> None:
        if statement.startswith("INSERT INTO logged_set"):
            inserts.append(len(parameters) if many else 1)

    event.listen(repository.store.engine, "before_cursor_execute", on_execute)
    try:
        written = write_batch(repository, trainee, ImportBatch(rows(1200)))
    finally:
        event.remove(repository.store.engine, "before_cursor_execute", on_execute)
    assert len(written.set_ids) == repository.count_logged_sets(trainee) == 1200
    assert sum(inserts) <= 12


@pytest.mark.sqlite_only
def test_sqlite_keeps_a_statements_journal_in_memory(repository: Repository) -> None:
    """An insert of hundreds of checked rows keeps what it changed in a statement journal; in a
    temporary file (SQLite's default past 64 KiB) an import of 100,000 sets made 83,000 writes
    to files instead of 27,000."""
    with repository.store.transaction() as session:
        assert session.connection().exec_driver_sql("PRAGMA temp_store").scalar() == 2  # MEMORY
