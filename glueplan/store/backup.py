"""Copies of the database file: at start (at most once a day), before a schema change, an import
or a restore; the last 7 days and 4 weeks are kept, and of a day's copies before an import or a
restore its first and last three (``kept``). A damaged file is put aside, never overwritten.

Copies are taken with SQLite's online backup API (consistent while glueplan runs, the write-ahead
log included), page by page into a temporary file in ``backups/`` beside the database, renamed
into place when whole.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import ExitStack, closing, contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from glueplan.store.atomic_file import replacing_file
from glueplan.store.errors import StoreError
from glueplan.store.file_check import read_only_uri
from glueplan.store.location import sqlite_file
from glueplan.domain.record import Record

if TYPE_CHECKING:
    from glueplan.store.database import Store

BACKUP_FOLDER = "backups"
# Why a copy was taken, the last part of its name; a schema change's copy is "before-<revision>".
DAILY = "daily"
BEFORE_IMPORT = "before-import"
BEFORE_RESTORE = "before-restore"
WAYS_BACK = (BEFORE_IMPORT, BEFORE_RESTORE)  # copies of the database as it was before the user changed much
KEEP_DAYS, KEEP_WEEKS, KEEP_WAYS_BACK = 7, 4, 4
_STAMP = "%Y%m%d-%H%M%S"  # written with strftime; read by _stamped
_NAME = re.compile(r"-(\d{8}-\d{6})(?:-\d+)?-([a-z0-9.-]+)\Z")


class BackupFile(Record):
    """One copy, with what a user needs to choose it: when, why, and what it holds."""

    path: Path
    taken: datetime
    reason: str
    programs: int | None = None  # None: the copy cannot be read (damaged)
    logged_sets: int | None = None
    newest_set: datetime | None = None

    @property
    def good(self) -> bool:
        return self.programs is not None


def _stamped(stamp: str) -> datetime:
    """The time a copy's name gives (_STAMP's "20261202-014512"): read as the ISO 8601 it is but for the dash, since
    strptime's first use imports and compiles its locale's patterns, 7 ms of every start (the day's copy is looked
    for before the window's first paint)."""
    return datetime.fromisoformat(stamp.replace("-", "T"))


def taken_at(path: Path) -> datetime:
    """When a copy was taken: the time in its name where glueplan named it, else its file's last change."""
    match = _NAME.search(path.name.removesuffix(path.suffix))
    return _stamped(match[1]) if match else datetime.fromtimestamp(path.stat().st_mtime)


def backup_folder(path: Path) -> Path:
    return path.parent / BACKUP_FOLDER


def backup_sqlite(path: Path, reason: str, now: datetime | None = None) -> Path:
    """Copy a live SQLite file consistently into ``backups/`` beside it, named with the time
    and the reason; returns the copy. Old copies beyond the kept ones are removed."""
    taken = now or datetime.now()
    folder = backup_folder(path)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{path.stem}-{taken.strftime(_STAMP)}-{reason}{path.suffix}"
    counter = 2
    while target.exists():  # two copies within one second
        target = folder / f"{path.stem}-{taken.strftime(_STAMP)}-{counter}-{reason}{path.suffix}"
        counter += 1
    with replacing_file(target) as temporary:
        _copy_into(path, temporary)
    prune(path, taken.date())
    return target


def backup_store(store: Store, reason: str) -> Path | None:
    """A copy of the store's file before something that rewrites much of it (an import); None
    for a database server, which keeps its own backups, and for a read-only file, which nothing changes."""
    path = sqlite_file(store.engine.url)
    return backup_sqlite(path, reason) if path is not None and not store.read_only else None


def daily_backup(path: Path, now: datetime | None = None) -> Path | None:
    """The start-up copy: taken unless one was taken today already."""
    today = (now or datetime.now()).date()
    if any(copy.taken.date() == today for copy in backups(path, read=False)):
        return None
    return backup_sqlite(path, DAILY, now)


def _copy_into(path: Path, target: Path) -> None:
    """SQLite's online backup of the file at ``path`` straight into the file ``target``, page
    by page: a copy of a years-long log never passes through memory whole (held twice in memory,
    it took about 60 MiB at the daily backup of a 10-year log). The copy keeps a rollback
    journal, so opening it leaves no -wal file beside it in the backups folder."""
    source = sqlite3.connect(read_only_uri(path), uri=True)
    try:
        copy = sqlite3.connect(target)
        try:
            source.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")
        finally:
            copy.close()
    finally:
        source.close()


def backups(path: Path, read: bool = True) -> list[BackupFile]:
    """The copies of the database at ``path``, newest first (with their contents when ``read``)."""
    folder = backup_folder(path)
    if not folder.is_dir():
        return []
    found = []
    for candidate in folder.glob(f"{_glob_escape(path.stem)}-*{path.suffix}"):
        match = _NAME.search(candidate.name.removesuffix(path.suffix))
        if match is None or candidate.name.removesuffix(path.suffix)[:match.start()] != path.stem:
            continue
        copy = BackupFile(candidate, _stamped(match[1]), match[2])
        found.append(contents(copy) if read else copy)
    return sorted(found, key=lambda copy: (copy.taken, copy.path.name), reverse=True)


def _glob_escape(text: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", text)


def contents(copy: BackupFile) -> BackupFile:
    """What a copy holds, read without changing it; a copy that fails its check, or holds what
    glueplan cannot read, holds nothing (and is not offered)."""
    try:
        return read_contents(copy)
    except StoreError:
        return copy


def read_contents(copy: BackupFile) -> BackupFile:
    """What a copy holds, read without changing it; StoreError (backup.*) says why it cannot be
    used. A time another program wrote ('23 nov 2026') is such a reason: it raised ValueError, which
    no caller expected (a chosen file's reading never answered)."""
    try:
        connection = sqlite3.connect(read_only_uri(copy.path), uri=True)
        try:
            if connection.execute("PRAGMA quick_check").fetchone() != ("ok",):
                raise StoreError("backup.not_glueplan", path=str(copy.path))
            programs = connection.execute("SELECT count(*) FROM program").fetchone()[0]
            sets, newest = connection.execute("SELECT count(*), max(performed_at) FROM logged_set").fetchone()
        finally:
            connection.close()
    except sqlite3.Error as error:
        raise StoreError("backup.not_glueplan", path=str(copy.path)) from error
    try:
        newest_set = datetime.fromisoformat(newest) if newest else None
    except (TypeError, ValueError) as error:  # not text, or text that is no ISO time
        raise StoreError("backup.unreadable_time", path=str(copy.path), value=str(newest)[:40]) from error
    return BackupFile(copy.path, copy.taken, copy.reason, programs, sets, newest_set)


def newest_good_backup(path: Path) -> BackupFile | None:
    return next((copy for copy in backups(path) if copy.good), None)


def prune(path: Path, today: date) -> None:
    """Remove the copies ``kept`` does not keep."""
    copies = backups(path, read=False)
    keep = kept(copies, today)
    for copy in copies:
        if copy not in keep:
            copy.path.unlink(missing_ok=True)


def kept(copies: Iterable[BackupFile], today: date) -> set[BackupFile]:
    """The copies to keep: the newest of each of the last 7 days per reason (daily, before a schema
    change, ...), the newest of each of the last 4 ISO weeks, and the newest of all.

    A copy taken before an import or a restore is the only way back to the database as it was
    before that import or restore, so of those a day keeps more than its newest: its first (the
    database before the day's first import, or before the first restore, which may be the only copy
    of the user's own data once a wrong backup was restored) and its last ``KEEP_WAYS_BACK - 1`` (the
    way back before each of the latest). Ten imports in a day keep 4 copies of that day, not 10.
    """
    newest_first = sorted(copies, key=lambda copy: (copy.taken, copy.path.name), reverse=True)
    days: dict[tuple[date, str], list[BackupFile]] = {}  # a day's copy before an import is not its daily one
    weeks: dict[tuple[int, int], BackupFile] = {}
    for copy in newest_first:
        day = copy.taken.date()
        if 0 <= (today - day).days < KEEP_DAYS:
            days.setdefault((day, copy.reason), []).append(copy)
        if 0 <= (today - day).days < 7 * KEEP_WEEKS:
            weeks.setdefault(day.isocalendar()[:2], copy)
    keep = set(weeks.values()) | set(newest_first[:1])
    for (_day, reason), day_copies in days.items():
        keep.update(day_copies[:KEEP_WAYS_BACK - 1] + day_copies[-1:] if reason in WAYS_BACK else day_copies[:1])
    return keep


def put_aside(path: Path, why: str, now: datetime | None = None) -> Path:
    """Rename a file glueplan will not use (damaged) out of the way, with its -wal and -shm;
    returns the new name. Nothing is deleted or overwritten. Through a link it is the file the link
    leads to that goes aside, beside itself, where its -wal and -shm are: the link stays, to lead
    to what takes the file's place (a restored backup)."""
    real = path.resolve()
    stamp = (now or datetime.now()).strftime(_STAMP)
    aside = real.with_name(f"{real.name}.{why}-{stamp}")
    counter = 2
    while aside.exists():
        aside = real.with_name(f"{real.name}.{why}-{stamp}-{counter}")
        counter += 1
    real.rename(aside)
    for suffix in ("-wal", "-shm"):
        companion = real.with_name(real.name + suffix)
        if companion.exists():
            companion.rename(aside.with_name(aside.name + suffix))
    return aside


def restore(path: Path, copy: Path, damaged: bool = False) -> Path | None:
    """Put a copy in place of the database at ``path`` (which no connection may hold open).

    The copy is read whole into a file beside ``path`` first (a copy that cannot be read changes
    nothing: StoreError, backup.copy_gone for a stick pulled out after the copy was chosen); then
    the current file is backed up when it can be read, put aside when it cannot or is known
    ``damaged``, and the copy is renamed into place (WriteFailed when it cannot be). Returns that
    backup or the aside name.

    A ``path`` that is a link (into a synced folder) keeps it: the file it leads to is the one
    replaced, as SQLite writes into that file and keeps its -wal beside it. The backup goes
    where the backups of ``path`` are listed.
    """
    real = path.resolve()
    kept_as: Path | None = None
    with ExitStack() as held, replacing_file(real) as temporary:  # the file replaced, then its lock let go
        try:
            _copy_into(copy, temporary)
        except sqlite3.Error as error:
            if not copy.exists():
                raise StoreError("backup.copy_gone", path=str(copy)) from error
            raise StoreError("backup.copy_unreadable", reason=str(error)) from error
        if real.exists() and damaged:
            kept_as = put_aside(real, "damaged")
        elif real.exists():
            try:
                _checkpoint(real)
                held.enter_context(_writes_held(real))
                kept_as = backup_sqlite(path, BEFORE_RESTORE)
            except sqlite3.Error:
                kept_as = put_aside(real, "damaged")
        for suffix in ("-wal", "-shm"):  # an old log must not be replayed into the copy
            real.with_name(real.name + suffix).unlink(missing_ok=True)
    return kept_as


@contextmanager
def _writes_held(path: Path) -> Iterator[None]:
    """The write lock of the file in place, held until it is replaced: a copy of glueplan that has
    it open cannot write into it between its backup and the replacement (that set would be in
    neither), and its next write finds another file in place and is refused (Store.transaction).
    A file that cannot be locked (damaged, or a writer that keeps it for long) is replaced without."""
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True, isolation_level=None,
                                     timeout=10)
    except sqlite3.Error:
        yield
        return
    try:
        try:
            connection.execute("BEGIN IMMEDIATE")
        except sqlite3.Error:
            pass
        yield
    finally:
        connection.close()


def _checkpoint(path: Path) -> None:
    """Move what the write-ahead log holds into the file, so that nothing is left only there."""
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()


class Loss(Record):
    """What a restore of a copy would take away from the database: what the database has and the copy
    does not (trainees, programs as (trainee, program) names, logged sets, own exercises made since) and
    what was changed since (programs, sets, day notes, profiles by the trainee's name, own exercises and
    own templates), all of it undone by the restore."""

    trainees: tuple[str, ...] = ()
    new_programs: tuple[tuple[str, str], ...] = ()
    changed_programs: tuple[tuple[str, str], ...] = ()
    logged_sets: int = 0
    own_exercises: int = 0
    edited_sets: int = 0
    day_notes: int = 0
    profiles: tuple[str, ...] = ()
    edited_exercises: int = 0
    own_templates: int = 0  # made or changed since

    @property
    def nothing(self) -> bool:
        return self == Loss()


_PROGRAMS_LOST = """SELECT c.id IS NULL, t.name, p.name FROM main.program p JOIN main.trainee t ON t.id = p.trainee_id
    LEFT JOIN copy.program c ON c.id = p.id WHERE c.id IS NULL OR c.version != p.version ORDER BY p.id"""
# The columns that make each kind of row what the user sees, compared by name: a copy's table may
# hold them in another order (a column added by an upgrade comes last).
_SET = ("exercise_id", "performed_at", "weight_kg", "reps", "rir", "note", "side", "warm_up")
_PROFILE = ("name", "level", "units", "session_minutes", "weekly_minutes", "language", "archived")
_EXERCISE = ("name", "name_da", "name_nb", "category", "laterality", "equipment", "sets", "reps_min", "reps_max",
             "rir", "rest_s", "cues", "mistakes", "looks_like")


def _differ(columns: tuple[str, ...], old: str = "c") -> str:
    """SQL true where a row of the database (m) and its row in the copy (``old``) differ in ``columns``
    (NULLs alike)."""
    return (f"({', '.join(f'm.{column}' for column in columns)}) IS NOT "
            f"({', '.join(f'{old}.{column}' for column in columns)})")


_SAME_SET = "{0}.trainee_id = m.trainee_id AND {0}.import_key = m.import_key"
# A set is looked up in the copy by its id first, as a copy of the file keeps it (by the identity's
# index alone it took 3.5 times as long on 10 years of log), then by its identity: a JSON backup's
# copy may number the sets otherwise.
_SETS_LOST = f"""SELECT count(*) FILTER (WHERE c.id IS NULL AND NOT EXISTS (SELECT 1 FROM copy.logged_set o
    WHERE {_SAME_SET.format("o")})), count(*) FILTER (WHERE c.id IS NOT NULL AND {_differ(_SET)} OR c.id IS NULL
    AND EXISTS (SELECT 1 FROM copy.logged_set o WHERE {_SAME_SET.format("o")} AND {_differ(_SET, old="o")}))
    FROM main.logged_set m LEFT JOIN copy.logged_set c ON c.id = m.id AND {_SAME_SET.format("c")}"""
_NOTES_CHANGED = """SELECT (SELECT count(*) FROM main.session_note m LEFT JOIN copy.session_note c
    ON c.trainee_id = m.trainee_id AND c.day = m.day WHERE c.note IS NOT m.note)
    + (SELECT count(*) FROM copy.session_note c WHERE c.trainee_id IN (SELECT id FROM main.trainee)
    AND NOT EXISTS (SELECT 1 FROM main.session_note m WHERE m.trainee_id = c.trainee_id AND m.day = c.day))"""
_PROFILES_CHANGED = f"""SELECT m.name FROM main.trainee m JOIN copy.trainee c ON c.id = m.id
    WHERE {_differ(_PROFILE)} ORDER BY m.id"""
_MUSCLES = "SELECT muscle_id, weight FROM {0}.involvement WHERE exercise_id = m.id"
_EXERCISES_LOST = f"""SELECT count(*) FILTER (WHERE c.id IS NULL), count(*) FILTER (WHERE c.id IS NOT NULL AND
    ({_differ(_EXERCISE)} OR EXISTS ({_MUSCLES.format("main")} EXCEPT {_MUSCLES.format("copy")})
    OR EXISTS ({_MUSCLES.format("copy")} EXCEPT {_MUSCLES.format("main")})))
    FROM main.exercise m LEFT JOIN copy.exercise c ON c.id = m.id WHERE m.custom"""
_TEMPLATES_CHANGED = f"""SELECT count(*) FROM main.own_template m LEFT JOIN copy.own_template c ON c.id = m.id
    WHERE c.id IS NULL OR {_differ(("name", '"plan"'))}"""


def lost_since(database: Path, copy: Path) -> Loss | None:
    """What restoring ``copy`` over ``database`` would lose: rows of the database the copy lacks, by
    their ids (never given twice) and a set by its identity, and rows changed since, compared column by
    column (a program by its version). The restore list had offered the first start's empty daily copy
    first, and then a copy from before a set, a day note or a profile was corrected as one that lost
    nothing. None when the two cannot be compared (a copy of an older schema)."""
    try:
        with closing(sqlite3.connect(read_only_uri(database), uri=True)) as connection:
            connection.execute("ATTACH DATABASE ? AS copy", (read_only_uri(copy),))
            trainees = connection.execute("SELECT name FROM main.trainee WHERE id NOT IN "
                                          "(SELECT id FROM copy.trainee) ORDER BY id").fetchall()
            programs = connection.execute(_PROGRAMS_LOST).fetchall()
            sets, edited_sets = connection.execute(_SETS_LOST).fetchone()
            exercises, edited_exercises = connection.execute(_EXERCISES_LOST).fetchone()
            notes = connection.execute(_NOTES_CHANGED).fetchone()[0]
            profiles = connection.execute(_PROFILES_CHANGED).fetchall()
            templates = connection.execute(_TEMPLATES_CHANGED).fetchone()[0]
    except sqlite3.Error:
        return None
    return Loss(trainees=tuple(name for (name,) in trainees),
                new_programs=tuple((t, p) for new, t, p in programs if new),
                changed_programs=tuple((t, p) for new, t, p in programs if not new), logged_sets=sets,
                own_exercises=exercises, edited_sets=edited_sets, day_notes=notes,
                profiles=tuple(name for (name,) in profiles), edited_exercises=edited_exercises,
                own_templates=templates)
