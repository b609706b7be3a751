"""Rolling backups: one a day at most at start, the last 7 days and 4 weeks kept, each listed
with what it holds; a restore backs up the current file first."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from glueplan.domain.language import Language
from glueplan.domain.log import LoggedSet
from glueplan.domain.trainee import Trainee
from glueplan.store.backup import (
    BEFORE_IMPORT,
    BEFORE_RESTORE,
    DAILY,
    BackupFile,
    backup_sqlite,
    backups,
    daily_backup,
    kept,
    newest_good_backup,
    put_aside,
    restore,
)
from glueplan.store.database import Store, open_store
from glueplan.store.errors import StoreError, TraineeArchived
from glueplan.store.location import database_url, sqlite_file
from glueplan.store.repository import Repository
from tests.conftest import seed_000, trainee_ids

pytestmark = pytest.mark.sqlite_only
NOON = datetime(2026, 11, 23, 12)


def logged(path: Path, count: int) -> None:
    store = open_store(database_url(str(path)))
    repository = Repository(store)
    trainee = (trainee_ids(repository) or [repository.add_trainee(Trainee("Ida"))])[0]
    if not repository.programs(trainee):
        repository.add_program(trainee, seed_000())
    for n in range(count):
        repository.log_set(trainee, LoggedSet("clamshell", datetime(2026, 11, 2, 18) + timedelta(days=n), 0, 15))
    store.close()


def logged_sets(path: Path) -> int:
    """How many sets the first trainee of the database at ``path`` has logged."""
    store = open_store(database_url(str(path)))
    try:
        repository = Repository(store)
        return repository.count_logged_sets(trainee_ids(repository)[0])
    finally:
        store.close()


def linked(folder: Path) -> tuple[Path, Path]:
    """A database's name that is a link (~/glueplan.sqlite), and the file in a synced folder it leads to."""
    real = folder / "synced" / "glueplan.sqlite"
    real.parent.mkdir()
    link = folder / "glueplan.sqlite"
    link.symlink_to(real)
    return link, real


def test_a_backup_holds_the_live_file_and_says_what_is_in_it(db_path: Path) -> None:
    store = open_store(database_url(str(db_path)))
    repository = Repository(store)
    trainee = repository.add_trainee(Trainee("Ida"))
    repository.add_program(trainee, seed_000())
    repository.log_set(trainee, LoggedSet("clamshell", datetime(2026, 11, 24, 18), 0, 15))
    copy = backup_sqlite(db_path, "before-import")  # while the store is open, the set only in the -wal
    store.close()
    [listed] = backups(db_path)
    assert listed.path == copy and listed.reason == "before-import"
    assert (listed.programs, listed.logged_sets, listed.newest_set) == (1, 1, datetime(2026, 11, 24, 18))


def test_start_up_backs_up_once_a_day(db_path: Path) -> None:
    logged(db_path, 1)
    assert daily_backup(db_path, NOON) is not None
    assert daily_backup(db_path, NOON + timedelta(hours=5)) is None
    assert daily_backup(db_path, NOON + timedelta(days=1)) is not None
    assert len(backups(db_path)) == 2


def test_the_last_seven_days_and_four_weeks_are_kept(db_path: Path) -> None:
    logged(db_path, 1)
    for day in range(60):
        daily_backup(db_path, NOON + timedelta(days=day))
    today = (NOON + timedelta(days=59)).date()
    days = sorted({copy.taken.date() for copy in backups(db_path)})
    assert days[-7:] == [today - timedelta(days=n) for n in range(6, -1, -1)]
    older = days[:-7]
    assert 1 <= len(older) <= 4 and all((today - day).days < 28 for day in older)
    assert len({day.isocalendar()[:2] for day in older}) == len(older)  # one a week


def test_kept_keeps_the_newest_of_a_day() -> None:
    copies = [BackupFile(Path(f"/b/{n}"), NOON + timedelta(hours=n), "daily") for n in range(3)]
    assert kept(copies, date(2026, 11, 23)) == {copies[2]}


def test_the_way_back_to_before_each_of_the_days_imports_is_kept(db_path: Path) -> None:
    """A second import the same day deleted the copy taken before the first: the database could
    no longer go back to before the first import (one copy a day and reason was kept)."""
    logged(db_path, 1)
    before_first = backup_sqlite(db_path, BEFORE_IMPORT, NOON)
    logged(db_path, 2)  # the first import
    before_second = backup_sqlite(db_path, BEFORE_IMPORT, NOON + timedelta(hours=1))
    assert {copy.path: copy.logged_sets for copy in backups(db_path)} == {before_first: 1, before_second: 3}


def test_ten_imports_or_restores_in_a_day_keep_the_first_and_the_last_three() -> None:
    for reason in (BEFORE_IMPORT, BEFORE_RESTORE):
        copies = [BackupFile(Path(f"/b/{n}"), NOON + timedelta(minutes=n), reason) for n in range(10)]
        daily = BackupFile(Path("/b/daily"), NOON - timedelta(hours=4), DAILY)
        yesterday = [BackupFile(Path(f"/b/y{n}"), NOON - timedelta(days=1, minutes=n), reason) for n in range(3)]
        assert kept([*copies, daily, *yesterday], date(2026, 11, 23)) == {copies[0], *copies[7:], daily, *yesterday}


def test_a_restore_backs_up_the_current_file_first(db_path: Path) -> None:
    logged(db_path, 2)
    older = backup_sqlite(db_path, "daily", NOON)
    logged(db_path, 3)
    kept_as = restore(db_path, older)
    assert kept_as is not None and "before-restore" in kept_as.name
    assert logged_sets(db_path) == 2
    current = next(copy for copy in backups(db_path) if copy.path == kept_as)
    assert current.logged_sets == 5


def test_a_restore_from_a_copy_gone_since_it_was_chosen_changes_nothing(db_path: Path) -> None:
    """A copy on a USB stick pulled out before the restore: SQLite's read of it made an empty
    database in its place, and that was restored (H68's walk, seen here). It is refused, nothing made;
    so is a copy damaged since it was chosen."""
    logged(db_path, 2)
    copy = backup_sqlite(db_path, "daily", NOON)
    copy.unlink()
    with pytest.raises(StoreError) as refused:
        restore(db_path, copy)
    assert refused.value.key == "backup.copy_gone"
    assert not copy.exists() and logged_sets(db_path) == 2
    copy.write_bytes(b"SQLite format 3\x00" + b"\xff" * 8000)  # there, and damaged since it was read
    with pytest.raises(StoreError) as refused:
        restore(db_path, copy)
    assert refused.value.key == "backup.copy_unreadable" and "not a database" in refused.value.text(Language.EN)
    assert logged_sets(db_path) == 2
    assert [copy.reason for copy in backups(db_path)] == ["daily"]  # the damaged one, and no backup before a restore


def test_a_damaged_copy_is_not_good(db_path: Path) -> None:
    logged(db_path, 1)
    good = backup_sqlite(db_path, "daily", NOON)
    bad = backup_sqlite(db_path, "daily", NOON + timedelta(days=1))
    bad.write_bytes(b"SQLite format 3\x00" + b"\xff" * 8000)
    assert (newest_good_backup(db_path) is not None
            and newest_good_backup(db_path).path == good)  # type: ignore[union-attr]
    assert not next(copy for copy in backups(db_path) if copy.path == bad).good


def test_a_copy_whose_times_another_program_wrote_is_not_good_and_says_why(db_path: Path, tmp_path: Path) -> None:
    """A time another tool wrote ('23 nov 2026') raised ValueError from the list of copies and from a
    chosen file's check (H68), which no caller expected: it is a copy that holds nothing, and chosen
    it is refused with that reason."""
    from glueplan.store.chosen_backup import read_chosen

    logged(db_path, 1)
    good = backup_sqlite(db_path, "daily", NOON)
    bad = backup_sqlite(db_path, "daily", NOON + timedelta(days=1))
    with closing(sqlite3.connect(bad)) as connection, connection:
        connection.execute("UPDATE logged_set SET performed_at = '23 nov 2026'")
    assert (newest_good_backup(db_path) is not None
            and newest_good_backup(db_path).path == good)  # type: ignore[union-attr]
    assert not next(copy for copy in backups(db_path) if copy.path == bad).good
    with pytest.raises(StoreError) as refused:
        read_chosen(bad, db_path, tmp_path)
    assert refused.value.key == "backup.unreadable_time"
    assert "reads “23 nov 2026”" in refused.value.text(Language.EN)


def test_an_import_is_preceded_by_a_backup(store: Store) -> None:
    from glueplan.store.imports.batch import ImportBatch, write_batch

    repository = Repository(store)
    trainee = repository.add_trainee(Trainee("Ida"))
    write_batch(repository, trainee, ImportBatch(()))
    assert [copy.reason
            for copy in backups(sqlite_file(store.engine.url))] == ["before-import"]  # type: ignore[arg-type]


def test_an_import_refused_for_a_trainee_archived_meanwhile_leaves_no_backup(store: Store) -> None:
    """The backup was taken before the refusal: each import tried for an archived trainee left a file
    in the backups folder, and a few such tries pushed the real ways back out (of a day's imports the first
    and the last three are kept)."""
    from glueplan.store.imports.batch import ImportBatch, write_batch

    repository = Repository(store)
    trainee = repository.add_trainee(Trainee("Ida"))
    repository.archive_trainee(trainee)
    with pytest.raises(TraineeArchived):
        write_batch(repository, trainee, ImportBatch(()))
    assert backups(sqlite_file(store.engine.url)) == []  # type: ignore[arg-type]


def test_a_backup_goes_to_the_disk_page_by_page_with_a_rollback_journal(db_path: Path) -> None:
    """The copy of a years-long log never sits in memory whole (the daily backup of a 10-year
    log held about 60 MiB), and opening it leaves no -wal file beside it in the backups folder."""
    import sqlite3
    import tracemalloc
    from contextlib import closing

    logged(db_path, 1)
    with closing(sqlite3.connect(db_path)) as connection, connection:
        connection.execute("CREATE TABLE ballast (data BLOB)")
        connection.executemany("INSERT INTO ballast VALUES (?)", [(bytes(1024),)] * 4096)  # 4 MiB of pages
    tracemalloc.start()
    try:
        copy = backup_sqlite(db_path, "daily", NOON)
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 1024 * 1024, f"{peak / 2**20:.1f} MiB held while copying"
    assert copy.read_bytes()[18:20] == b"\x01\x01"  # rollback journal, not WAL
    with closing(sqlite3.connect(copy)) as connection:
        assert connection.execute("SELECT count(*) FROM ballast").fetchone() == (4096,)
    assert not copy.with_name(copy.name + "-wal").exists()


def another_process_restores(monkeypatch: pytest.MonkeyPatch) -> None:
    """The restore runs as another process would, beside the store this test keeps open (a
    process does not write over a database it has open itself: store/open_files.py)."""
    import glueplan.store.atomic_file as atomic_file

    monkeypatch.setattr(atomic_file, "is_open_database", lambda _path: False)


def test_a_window_on_a_file_restored_elsewhere_writes_nothing_and_says_so(db_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Another window restored a backup: this one still had the old file open, and a set it saved
    went into the file put aside, in neither the restored file nor any backup. It is refused,
    with a message that says what happened."""
    another_process_restores(monkeypatch)
    logged(db_path, 2)
    older = backup_sqlite(db_path, "daily", NOON)
    staying = open_store(database_url(str(db_path)))
    try:
        repository = Repository(staying)
        trainee = trainee_ids(repository)[0]
        repository.log_set(trainee, LoggedSet("clamshell", NOON, 0.0, 20))  # before the restore: kept in its backup
        kept_as = restore(db_path, older)
        with pytest.raises(StoreError) as caught:
            repository.log_set(trainee, LoggedSet("clamshell", NOON + timedelta(minutes=5), 0.0, 20))
        assert caught.value.key == "store.replaced" and "a backup was restored in another window" in str(caught.value)
    finally:
        staying.close()
    assert kept_as is not None and next(copy for copy in backups(db_path) if copy.path == kept_as).logged_sets == 3


def test_no_window_writes_into_the_file_between_its_backup_and_its_replacement(
        db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The restore holds the file's write lock from its backup until the copy is in place: a set
    saved in that moment would have gone into neither (here it is refused, the lock being held)."""
    from sqlalchemy import event

    import glueplan.store.backup as backup

    another_process_restores(monkeypatch)
    logged(db_path, 2)
    older = backup_sqlite(db_path, "daily", NOON)
    staying = open_store(database_url(str(db_path)))
    staying.engine.dispose()
    event.listen(staying.engine, "connect", lambda connection, _record: connection.execute("PRAGMA busy_timeout = 50"))
    repository = Repository(staying)
    trainee = trainee_ids(repository)[0]
    during: list[str] = []
    taking_backup = backup.backup_sqlite

    def backing_up(path: Path, reason: str, now: datetime | None = None) -> Path:
        try:
            repository.log_set(trainee, LoggedSet("clamshell", NOON, 0.0, 20))
            during.append("saved")
        except StoreError as error:
            during.append(error.key)
        return taking_backup(path, reason, now)

    monkeypatch.setattr(backup, "backup_sqlite", backing_up)
    try:
        restore(db_path, older)
    finally:
        staying.close()
    assert during == ["store.write_failed"]  # "database is locked": nothing written


def test_a_database_opened_through_a_link_is_backed_up_with_its_write_ahead_log(tmp_path: Path) -> None:
    """SQLite keeps the -wal beside the file a link leads to; the copy's reader looked for it beside
    the link, found none and read the file as it stood on the disk ("immutable"): a backup taken
    before an import held nothing saved since the last checkpoint (here a trainee and a program)."""
    link, real = linked(tmp_path)
    store = open_store(database_url(str(link)))
    try:
        with store.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")  # nothing in the log before
        repository = Repository(store)
        repository.add_program(repository.add_trainee(Trainee("Ida")), seed_000())
        assert real.with_name(real.name + "-wal").stat().st_size > 0
        copy = backup_sqlite(link, "before-import", NOON)  # while the store is open
    finally:
        store.close()
    listed = [found for found in backups(link) if found.path == copy]
    assert len(listed) == 1 and listed[0].programs == 1


def test_a_restore_through_a_link_replaces_the_file_it_leads_to(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """~/glueplan.sqlite a link into a synced folder: the restore put the copy in place of the link,
    which became a plain file, and the synced folder kept the old file. The link stays, the file it
    leads to is the copy, the replaced one is backed up, and a window still on it is refused."""
    another_process_restores(monkeypatch)
    link, real = linked(tmp_path)
    logged(link, 2)
    older = backup_sqlite(link, "daily", NOON)
    logged(link, 3)
    staying = open_store(database_url(str(link)))
    try:
        repository = Repository(staying)
        kept_as = restore(link, older)
        assert link.is_symlink() and link.resolve() == real
        with pytest.raises(StoreError) as caught:
            repository.log_set(trainee_ids(repository)[0], LoggedSet("clamshell", NOON, 0.0, 20))
        assert caught.value.key == "store.replaced"
    finally:
        staying.close()
    assert [copy.logged_sets for copy in backups(link) if copy.path == kept_as] == [5]
    assert logged_sets(real) == 2


def test_a_damaged_file_behind_a_link_is_put_aside_beside_itself_and_the_link_kept(tmp_path: Path) -> None:
    """What glueplan does with a damaged file at start (ui/files/restore_dialog.py restore_damaged):
    put it aside and restore the newest good backup. Through a link, the link went aside and the
    backup took its place as a plain file, the damaged file staying under its name in the synced folder."""
    link, real = linked(tmp_path)
    logged(link, 2)
    good = backup_sqlite(link, "daily", NOON)
    damage = b"SQLite format 3\x00" + b"\xff" * 8000
    real.write_bytes(damage)
    aside = put_aside(link, "damaged")
    restore(link, good)
    assert aside.parent == real.parent and aside.read_bytes() == damage
    assert link.is_symlink() and link.resolve() == real and logged_sets(real) == 2
