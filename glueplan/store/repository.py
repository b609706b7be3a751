"""Domain objects in and out of the database; each public write is one transaction."""

from __future__ import annotations

import getpass
import re
import socket
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from functools import cache
from typing import Any, NamedTuple

from msgspec.structs import replace
from sqlalchemy import ColumnElement, Exists, ScalarSelect, delete, func, insert, literal, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import InstrumentedAttribute
from sqlalchemy.orm import Session as OrmSession

from glueplan.domain.catalog import Catalog, Exercise, builtin_catalog
from glueplan.domain.commands import fresh_rows
from glueplan.domain.language import Language
from glueplan.domain.log import LoggedSet
from glueplan.domain.messages import messages
from glueplan.domain.plan import Program
from glueplan.domain.trainee import Trainee
from glueplan.domain.trainee_names import name_key
from glueplan.store.database import Store
from glueplan.store.errors import (
    ARCHIVED_LOG,
    ARCHIVED_PLAN,
    ARCHIVED_PROFILE,
    SET_GONE,
    TRAINEE_GONE,
    NameTaken,
    ProgramDeleted,
    StaleExercise,
    StaleNote,
    StaleProfile,
    StaleProgram,
    StaleSet,
    StoreError,
    TraineeArchived,
)
from glueplan.store import first_screen
from glueplan.store.first_screen import ACTIVE_PROGRAM_KEY, rows_of
from glueplan.store.program_rows import Links, links_to, write_program_rows
from glueplan.store.schema import (
    AppMeta,
    Base,
    ExerciseRow,
    ImportChoiceRow,
    InvolvementRow,
    LoggedSetRow,
    PlannedExerciseRow,
    PlannedSessionRow,
    ProgramRow,
    ProgramWeekRow,
    SessionNoteRow,
    TraineeRow,
)
from glueplan.store.set_identity import new_identity
from glueplan.domain.record import Record

CUSTOM_PREFIX = "custom_"


class ProgramDetails(Record):
    """What names a program and places it in time: the parts the Programs page changes."""

    name: str
    start: date


class SavedProgram(NamedTuple):
    """A saved program step: the program with its new rows' ids, the version it is stored at,
    and the links of logged sets that the step's deletions cut (for its undo to restore)."""

    program: Program
    version: int
    cut_links: Links


class ProgramOverview(Record):
    """A program as the list of programs shows it."""

    id: int
    name: str
    start: date
    weeks: int
    template_id: str | None
    active: bool

    @property
    def details(self) -> ProgramDetails:
        return ProgramDetails(self.name, self.start)


class Repository:
    def __init__(self, store: Store, catalog: Catalog | None = None) -> None:
        self.store = store
        self._builtin = catalog or builtin_catalog()
        self._muscle_order = list(self._builtin.muscles)

    # -- trainees -------------------------------------------------------------

    def add_trainee(self, trainee: Trainee) -> int:
        """The new trainee's id; StoreError trainee.name_taken, writing nothing, when another trainee has
        the name (added at the same moment elsewhere, past the caller's check)."""
        with self._name_kept_free(trainee.name), self.store.transaction() as session:
            row = TraineeRow(created_at=datetime.now(), **_trainee_values(trainee))
            session.add(row)
            session.flush()
            return row.id

    def update_trainee(self, trainee_id: int, before: Trainee, after: Trainee, archived_too: bool = False) -> None:
        """Change the profile from ``before`` (as it was read) to ``after``, in one statement;
        StaleProfile, writing nothing, when it was changed elsewhere since, TraineeArchived when they
        were archived (unless ``archived_too``: the command line renames an archived trainee to free
        the name), and trainee.name_taken when another trainee has the new name."""
        shown = [] if archived_too else [TraineeRow.archived.is_(False)]
        with self._name_kept_free(after.name, trainee_id), self.store.transaction() as session:
            if _compare_and_set(session, TraineeRow, trainee_id, _trainee_values(before, keyed=False),
                                _trainee_values(after), *shown) != 1:
                raise _closed(session, trainee_id, ARCHIVED_PROFILE) or StaleProfile()

    def trainee_named(self, name: str) -> tuple[int, str] | None:
        """The trainee (id, name as stored) whose name is ``name`` case aside (name_key), archived or not."""
        with self.store.reading() as session:
            found = session.execute(select(TraineeRow.id, TraineeRow.name)
                                    .where(TraineeRow.name_key == name_key(name))).first()
            return None if found is None else (found.id, found.name)

    def refuse_taken_name(self, name: str, trainee_id: int | None = None) -> None:
        """NameTaken (trainee.name_taken), naming the holder, when a trainee other than
        ``trainee_id`` has ``name`` case aside: ``--trainee NAME`` must name one trainee."""
        holder = self.trainee_named(name)
        if holder is not None and holder[0] != trainee_id:
            raise NameTaken(holder[1], name)

    @contextmanager
    def _name_kept_free(self, name: str, trainee_id: int | None = None) -> Iterator[None]:
        """A write giving a trainee ``name``, which the database's unique key refuses when another
        computer gave it to someone else a moment before: said as trainee.name_taken, as a check
        before the write says it."""
        try:
            yield
        except StoreError as error:
            if isinstance(error.__cause__, IntegrityError):
                self.refuse_taken_name(name, trainee_id)
            raise

    def trainee(self, trainee_id: int) -> Trainee:
        with self.store.reading() as session:
            return first_screen.trainee(rows_of(session.connection()), trainee_id)

    def trainee_names(self, archived: bool = False) -> list[tuple[int, str]]:
        """The trainees (id, name), by name; the archived ones instead when ``archived``."""
        with self.store.reading() as session:
            return first_screen.trainee_names(rows_of(session.connection()), archived)

    def anything_logged(self, trainee_id: int) -> bool:
        with self.store.reading() as session:
            return first_screen.anything_logged(rows_of(session.connection()), trainee_id)

    def archive_trainee(self, trainee_id: int, archived: bool = True) -> None:
        """Archive a trainee (or bring one back): nothing of theirs is deleted."""
        with self.store.transaction() as session:
            session.execute(update(TraineeRow).where(TraineeRow.id == trainee_id).values(archived=archived)
                            .execution_options(synchronize_session=False))

    def copy_program(self, program_id: int, trainee_id: int) -> int:
        """A copy of a program, every week, session and exercise as new rows, for a trainee (the
        same or another: a coach reuses a plan); returns the copy's id."""
        program = self.program(program_id)
        copy = replace(program, weeks=tuple(fresh_rows(week) for week in program.weeks))
        return self.add_program(trainee_id, copy)

    # -- programs -------------------------------------------------------------

    def add_program(self, trainee_id: int, program: Program, template_id: str | None = None,
                    program_id: int | None = None, relink: Mapping[tuple[int, str], int] | None = None,
                    activate: bool = False, made: datetime | None = None, version: int = 0) -> int:
        """Store a whole program (every week, session and exercise) in one transaction; returns its
        id. Given ``program_id`` and a program with ids (one deleted before), it comes back under
        those ids, or new ones where another window brought the same rows back first (read the
        program back for them), and ``relink`` (as ``delete_program`` returned it)
        links the sets logged against it again, and ``made`` (as ``program_made`` read it) keeps when
        it was made. ``version`` is the one it starts at: a deleted program comes back past every
        version it had, or a window that read it at one of those would take it for unchanged and
        save over it. ``activate`` makes it the trainee's active program.
        TraineeArchived, writing nothing, when the trainee was archived meanwhile."""
        if program.start is None:
            raise ValueError("a stored program needs a start date")
        with self.store.transaction() as session:
            refuse_closed_in(session, trainee_id, ARCHIVED_PLAN)
            if program_id is not None and session.get(ProgramRow, program_id) is not None:
                program_id = None  # another window brought this program back first
            row = ProgramRow(id=program_id, trainee_id=trainee_id, name=program.name, start_date=program.start,
                             template_id=template_id, created_at=made or datetime.now(), version=version)
            session.add(row)
            session.flush()
            write_program_rows(session, row.id, replace(program, weeks=()), program, relink)
            if activate:
                _set_active(session, trainee_id, row.id)
            return row.id

    def program(self, program_id: int) -> Program:
        return self.program_state(program_id)[0]

    def program_state(self, program_id: int) -> tuple[Program, int]:
        """The stored program and its version, read together (pass both to ``save_program_edit``); ProgramDeleted
        when there is none under the id. Plain rows, not ORM objects: half the time for a 12-week program (5 ms
        against 9-10), read at each trainee switch."""
        with self.store.reading() as session:
            found = first_screen.program_state(rows_of(session.connection()), program_id)
        if found is None:
            raise ProgramDeleted()
        return found

    def save_program_edit(self, program_id: int, before: Program, after: Program, version: int,
                          relink: Mapping[tuple[int, str], int] | None = None) -> SavedProgram:
        """Take the stored program from ``before`` to ``after``, writing only the rows that differ,
        in one transaction; returns ``after`` with the ids of new rows, the new version, and the
        links of logged sets to the planned exercises it deleted.

        ``version`` is the one ``before`` was read or saved at: if anyone saved the program since,
        StaleProgram is raised and nothing is written (TraineeArchived when its trainee was archived
        since). Undo is the same call with the two sides
        swapped and the cut links as ``relink``: deleted rows come back under their old ids, and
        the sets logged against them are linked again.
        """
        with self.store.transaction() as session:
            renamed = {"name": after.name} if after.name != before.name else {}
            moved = {"start_date": after.start} if after.start is not None and after.start != before.start else {}
            claim = update(ProgramRow).where(ProgramRow.id == program_id, ProgramRow.version == version,
                                             _open(ProgramRow.trainee_id))
            claimed = session.execute(claim.values(version=ProgramRow.version + 1, saved_by=saver(), **renamed,
                                                   **moved).execution_options(synchronize_session=False))
            if claimed.rowcount != 1:
                raise _program_refusal(session, program_id)
            saved, cut = write_program_rows(session, program_id, before, after, relink)
        return SavedProgram(replace(saved, start=after.start if after.start is not None else before.start),
                            version + 1, cut)

    def programs(self, trainee_id: int) -> list[tuple[int, str]]:
        return [(program.id, program.name) for program in self.program_overview(trainee_id)]

    def program_overview(self, trainee_id: int) -> list[ProgramOverview]:
        """The trainee's programs, oldest first, with the one that is active marked."""
        with self.store.reading() as session:
            weeks = select(func.count()).where(ProgramWeekRow.program_id == ProgramRow.id).scalar_subquery()
            rows = session.execute(select(ProgramRow.id, ProgramRow.name, ProgramRow.start_date, weeks,
                                          ProgramRow.template_id).where(ProgramRow.trainee_id == trainee_id)
                                   .order_by(ProgramRow.id)).all()
            active = first_screen.active_program(rows_of(session.connection()), trainee_id)
            return [ProgramOverview(row[0], row[1], row[2], row[3], row[4], row[0] == active) for row in rows]

    def active_program(self, trainee_id: int) -> int | None:
        """The program the trainee works on (the newest when none was chosen, or the chosen one is gone)."""
        with self.store.reading() as session:
            return first_screen.active_program(rows_of(session.connection()), trainee_id)

    def set_active_program(self, trainee_id: int, program_id: int | None) -> None:
        with self.store.transaction() as session:
            refuse_closed_in(session, trainee_id, ARCHIVED_PLAN)
            _set_active(session, trainee_id, program_id)

    def update_program_details(self, program_id: int, before: ProgramDetails, after: ProgramDetails) -> None:
        """Rename a program or move its start, in one statement that raises its version (a window
        that has it open reloads it before its next edit); StaleProgram, writing nothing, when
        the stored name and start are not ``before`` any more (or the program is gone), TraineeArchived
        when its trainee was archived."""
        with self.store.transaction() as session:
            changed = session.execute(
                update(ProgramRow).where(ProgramRow.id == program_id, ProgramRow.name == before.name,
                                         ProgramRow.start_date == before.start, _open(ProgramRow.trainee_id))
                .values(name=after.name, start_date=after.start, version=ProgramRow.version + 1, saved_by=saver())
                .execution_options(synchronize_session=False))
            if changed.rowcount != 1:
                raise _program_refusal(session, program_id)

    def program_made(self, program_id: int) -> datetime | None:
        """When the program was made (None: there is none, deleted elsewhere perhaps), for an undone
        deletion to bring it back as it was (``add_program``'s ``made``)."""
        with self.store.reading() as session:
            return first_screen.program_made(rows_of(session.connection()), program_id)

    def delete_program(self, program_id: int, then_active: int | None = None) -> Links:
        """Delete a program with its weeks, in one transaction; the sets logged against it stay
        in the log, unlinked. Returns the links it cut (program_rows.Links) for an undo.
        ``then_active`` becomes the trainee's active program. One gone already (deleted in
        another window) is no failure, and nothing is cut; no id is given twice (schema.Numbered),
        so the program under the id is the one meant. TraineeArchived, writing nothing, when its
        trainee was archived."""
        with self.store.transaction() as session:
            row = session.get(ProgramRow, program_id)
            if row is None:
                if then_active is not None:
                    owner = session.scalar(select(ProgramRow.trainee_id).where(ProgramRow.id == then_active))
                    if owner is not None:
                        refuse_closed_in(session, owner, ARCHIVED_PLAN)
                        _set_active(session, owner, then_active)
                return {}
            refuse_closed_in(session, row.trainee_id, ARCHIVED_PLAN)
            links = links_to(session, select(PlannedExerciseRow.id).join(PlannedSessionRow).where(
                PlannedSessionRow.program_id == program_id))
            trainee_id = row.trainee_id
            session.delete(row)
            if then_active is not None:
                _set_active(session, trainee_id, then_active)
            return links

    # -- exercises ------------------------------------------------------------

    def add_custom_exercise(self, exercise: Exercise, keep_id: bool = False, choices: Iterable[str] = ()) -> Exercise:
        """Save a user's exercise under a new id derived from its name (or, with ``keep_id``,
        under its own id: an undone addition or deletion undone, unless another exercise took
        the id meanwhile); returns it with that id.
        ``choices``: the names in other apps' exports that imports read as it (as a deletion
        returned them), each unless another choice was made for it since."""
        with self.store.transaction() as session:
            exercise_id = self.add_custom_exercise_in(session, exercise, keep_id)
            names = set(choices)
            if names:
                names -= set(session.scalars(select(ImportChoiceRow.name).where(ImportChoiceRow.name.in_(names))))
                session.add_all(ImportChoiceRow(name=name, exercise_id=exercise_id) for name in sorted(names))
        return self.custom_exercise(exercise_id)

    def add_custom_exercise_in(self, session: OrmSession, exercise: Exercise, keep_id: bool = False) -> str:
        """The same inside the caller's transaction (an import makes its exercises with its sets);
        returns the id given."""
        self._check_custom(exercise)
        kept = keep_id and session.get(ExerciseRow, exercise.id) is None  # else taken meanwhile: a new id
        exercise_id = exercise.id if kept else self._free_id(session, exercise)
        row = ExerciseRow(id=exercise_id, custom=True)
        _fill_exercise(row, exercise)
        session.add(row)
        session.flush()
        return exercise_id

    def _free_id(self, session: OrmSession, exercise: Exercise) -> str:
        stem = CUSTOM_PREFIX + _slug(exercise.name.en)
        taken = set(session.scalars(select(ExerciseRow.id).where(ExerciseRow.id.like(f"{stem}%"))))
        exercise_id = stem
        counter = 2
        while exercise_id in taken or exercise_id in self._builtin.exercises:
            exercise_id, counter = f"{stem}_{counter}", counter + 1
        return exercise_id

    def delete_custom_exercise(self, exercise_id: str, expected: Exercise | None = None) -> tuple[str, ...] | None:
        """Delete one of the user's own exercises; refused (StoreError) while a plan or the log names it.
        Returns the names in other apps' exports that imports read as it: their choices go with it.
        Given ``expected`` (as it was read), only if it is still that (StaleExercise: another window
        changed it, or deleted it and made another of the same name, under the same id); one gone
        already is no failure, and None says so."""
        with self.store.transaction() as session:
            if expected is not None:
                if session.get(ExerciseRow, exercise_id) is None:
                    return None
                stored = self.custom_exercise_in(session, exercise_id)
                if stored is None or not _same_exercise(stored, expected):
                    raise StaleExercise()
            names = tuple(session.scalars(select(ImportChoiceRow.name).where(ImportChoiceRow.exercise_id == exercise_id)
                                          .order_by(ImportChoiceRow.name)))
            session.execute(delete(ExerciseRow).where(ExerciseRow.id == exercise_id, ExerciseRow.custom.is_(True))
                            .execution_options(synchronize_session=False))
        return names

    def update_custom_exercise(self, exercise: Exercise, expected: Exercise | None = None) -> Exercise:
        """Change one of the user's own exercises (built-in ones are read-only); given ``expected``
        (as it was read), only if it is still that: StaleExercise, writing nothing, when it was
        changed or deleted elsewhere since."""
        self._check_custom(exercise)
        with self.store.transaction() as session:
            row = session.get(ExerciseRow, exercise.id)
            if row is None:  # deleted elsewhere
                raise StaleExercise()
            if not row.custom:
                raise ValueError(f"{exercise.id!r} is a built-in exercise and cannot be changed")
            stored = self.custom_exercise_in(session, exercise.id)
            if expected is not None and (stored is None or not _same_exercise(stored, expected)):
                raise StaleExercise()
            _fill_exercise(row, exercise)
        return self.custom_exercise(exercise.id)

    def _check_custom(self, exercise: Exercise) -> None:
        """The editor refuses these first; this guard keeps any other caller from storing them."""
        problems = self._builtin.own_exercise_problems(exercise)
        if problems:
            raise ValueError("; ".join(messages()(key, Language.EN) for key in problems))

    def custom_exercise(self, exercise_id: str) -> Exercise:
        """The user's own exercise as stored; StaleExercise when another window deleted it (a change's read back)."""
        with self.store.reading() as session:
            exercise = self.custom_exercise_in(session, exercise_id)
        if exercise is None:
            raise StaleExercise()
        return exercise

    def has_custom_exercise(self, exercise: Exercise) -> bool:
        """Whether this very exercise of the user's own is stored, under its id."""
        with self.store.reading() as session:
            return self.has_custom_exercise_in(session, exercise)

    def has_custom_exercise_in(self, session: OrmSession, exercise: Exercise) -> bool:
        """The same inside the caller's transaction: an own exercise's id is made of its name, so
        the id alone may be another exercise's by now (one made after this one was deleted)."""
        stored = self.custom_exercise_in(session, exercise.id)
        return stored is not None and _same_exercise(stored, exercise)

    def custom_exercise_in(self, session: OrmSession, exercise_id: str) -> Exercise | None:
        """The user's own exercise under this id as stored, inside the caller's transaction (an
        import keeps what it made); None when there is none."""
        found = first_screen.own_exercises(rows_of(session.connection()), self._muscle_order, exercise_id)
        return found[0] if found else None

    def custom_exercises(self) -> list[Exercise]:
        with self.store.reading() as session:
            return first_screen.own_exercises(rows_of(session.connection()), self._muscle_order)

    def catalog(self) -> Catalog:
        """The built-in catalogue with this user's own exercises added."""
        return self._builtin.with_exercises(self.custom_exercises())

    # -- the log --------------------------------------------------------------

    def log_set(self, trainee_id: int, logged: LoggedSet, set_id: int | None = None,
                identity: str | None = None) -> int:
        """Save one set at once, in one statement; ``set_id`` and ``identity`` bring back an
        undone deletion (its identity: glueplan/store/set_identity.py; None: a new one). The
        statement writes nothing for a trainee archived meanwhile: TraineeArchived then."""
        return self.log_set_as_stored(trainee_id, logged, set_id, identity)[0]

    def log_set_as_stored(self, trainee_id: int, logged: LoggedSet, set_id: int | None = None,
                          identity: str | None = None) -> tuple[int, LoggedSet]:
        """``log_set``, which also gives the set as stored, from the same statement: a view shows it without reading
        it back. Its link to the plan is the statement's to decide (``_link``): cut if the planned exercise went."""
        values = _logged_values(logged) | {"trainee_id": trainee_id, "import_key": identity or new_identity(),
                                           "planned_exercise_id": _link(logged, trainee_id)}
        if set_id is not None:
            values["id"] = set_id
        columns = LoggedSetRow.__table__.c
        row = select(*(value if isinstance(value, ScalarSelect) else literal(value, columns[name].type)
                       for name, value in values.items())).where(_open(trainee_id))
        with self.store.transaction() as session:
            saved = session.execute(insert(LoggedSetRow).from_select(list(values), row)
                                    .returning(LoggedSetRow.id, LoggedSetRow.planned_exercise_id)).one_or_none()
            if saved is None:
                raise _closed(session, trainee_id, ARCHIVED_LOG) or StoreError(TRAINEE_GONE)
            return saved.id, replace(logged, planned_exercise_id=saved.planned_exercise_id)

    def update_logged_set(self, set_id: int, before: LoggedSet, after: LoggedSet) -> None:
        """Change a set from ``before`` (as it was read) to ``after``, in one statement: StaleSet
        when it was changed elsewhere since, SET_GONE when it was deleted, TraineeArchived when its
        trainee was archived; nothing is written then."""
        with self.store.transaction() as session:
            linked = {"planned_exercise_id": _link(after, LoggedSetRow.trainee_id)}
            if _compare_and_set(session, LoggedSetRow, set_id, _logged_values(before),
                                _logged_values(after) | linked, _open(LoggedSetRow.trainee_id)) != 1:
                raise _set_refusal(session, set_id)

    def delete_logged_set(self, set_id: int, expected: LoggedSet | None = None) -> str:
        """Delete a set; given ``expected`` (as it was read), only if it is still that (else
        StaleSet; TraineeArchived when its trainee was archived). Returns its identity, for an undo
        to bring back the same set."""
        same = [] if expected is None else _same(LoggedSetRow, _logged_values(expected))
        with self.store.transaction() as session:
            identity = session.execute(delete(LoggedSetRow).where(LoggedSetRow.id == set_id, *same,
                                                                  _open(LoggedSetRow.trainee_id))
                                       .returning(LoggedSetRow.import_key)
                                       .execution_options(synchronize_session=False)).scalar_one_or_none()
            if identity is None:
                raise _set_refusal(session, set_id)
            return identity

    def logged_set_with(self, trainee_id: int, identity: str) -> int | None:
        """The id of the trainee's set that has this identity (glueplan/store/set_identity.py), if any."""
        with self.store.reading() as session:
            return session.scalar(select(LoggedSetRow.id).where(LoggedSetRow.trainee_id == trainee_id,
                                                                LoggedSetRow.import_key == identity))

    def logged_set(self, set_id: int) -> LoggedSet:
        with self.store.reading() as session:
            row = session.get(LoggedSetRow, set_id)
            if row is None:
                raise StoreError(SET_GONE)
            return _logged(row)

    def last_session_sets(self, trainee_id: int, exercise_id: str, before: datetime) -> list[LoggedSet]:
        """The sets of the last day the exercise was done before ``before`` (for double progression)."""
        with self.store.reading() as session:
            last = session.scalar(select(func.max(LoggedSetRow.performed_at)).where(
                LoggedSetRow.trainee_id == trainee_id, LoggedSetRow.exercise_id == exercise_id,
                LoggedSetRow.performed_at < before))
            if last is None:
                return []
            start = datetime.combine(last.date(), datetime.min.time())
            rows = session.scalars(select(LoggedSetRow).where(
                LoggedSetRow.trainee_id == trainee_id, LoggedSetRow.exercise_id == exercise_id,
                LoggedSetRow.performed_at >= start, LoggedSetRow.performed_at <= last)
                .order_by(LoggedSetRow.performed_at, LoggedSetRow.id))
            return [_logged(row) for row in rows]

    def sets_on(self, trainee_id: int, day: date) -> list[tuple[int, LoggedSet]]:
        """The sets logged on a day, with their ids, in the order they were done."""
        start = datetime.combine(day, datetime.min.time())
        with self.store.reading() as session:
            rows = session.scalars(select(LoggedSetRow).where(
                LoggedSetRow.trainee_id == trainee_id, LoggedSetRow.performed_at >= start,
                LoggedSetRow.performed_at < start + timedelta(days=1)).order_by(LoggedSetRow.performed_at,
                                                                                 LoggedSetRow.id))
            return [(row.id, _logged(row)) for row in rows]

    def sets_between(self, trainee_id: int, start: datetime, end: datetime) -> list[LoggedSet]:
        """The sets logged from ``start`` up to ``end`` (both included), in the order they were done."""
        with self.store.reading() as session:
            return first_screen.logged_sets(rows_of(session.connection()), trainee_id, start, end)

    def session_note(self, trainee_id: int, day: date) -> str:
        """The note of a day of training ("" when it has none)."""
        with self.store.reading() as session:
            row = session.get(SessionNoteRow, (trainee_id, day))
            return "" if row is None else row.note

    def session_notes(self, trainee_id: int) -> dict[date, str]:
        """Every day's note of the trainee, by day, oldest first (the log's exports)."""
        with self.store.reading() as session:
            return dict(session.execute(select(SessionNoteRow.day, SessionNoteRow.note).where(
                SessionNoteRow.trainee_id == trainee_id).order_by(SessionNoteRow.day)).all())

    def set_session_note(self, trainee_id: int, day: date, before: str, after: str) -> None:
        """Change a day's note from ``before`` (as it was read) to ``after`` in one transaction; an
        empty note is no row. StaleNote when it was changed elsewhere since, TraineeArchived when the
        trainee was archived; nothing is written then."""
        with self.store.transaction() as session:
            refuse_closed_in(session, trainee_id, ARCHIVED_LOG)
            row = session.get(SessionNoteRow, (trainee_id, day))
            if (row.note if row is not None else "") != before:
                raise StaleNote()
            if row is None and after:
                session.add(SessionNoteRow(trainee_id=trainee_id, day=day, note=after))
            elif row is not None and after:
                row.note = after
            elif row is not None:
                session.delete(row)

    def logged_sets(self, trainee_id: int, exercise_id: str | None = None) -> list[LoggedSet]:
        return [logged for logged, _identity in self.identified_sets(trainee_id, exercise_id)]

    def identified_sets(self, trainee_id: int, exercise_id: str | None = None) -> list[tuple[LoggedSet, str]]:
        """The log, oldest first, each set with its identity (store/set_identity.py), which an
        export carries so that reading it back adds none of its sets twice."""
        with self.store.reading() as session:
            query = select(LoggedSetRow).where(LoggedSetRow.trainee_id == trainee_id)
            if exercise_id is not None:
                query = query.where(LoggedSetRow.exercise_id == exercise_id)
            rows = session.scalars(query.order_by(LoggedSetRow.performed_at, LoggedSetRow.id))
            return [(_logged(row), row.import_key) for row in rows]

    def count_logged_sets(self, trainee_id: int) -> int:
        with self.store.reading() as session:
            query = select(func.count()).select_from(LoggedSetRow).where(LoggedSetRow.trainee_id == trainee_id)
            return session.scalar(query) or 0


def _program_refusal(session: OrmSession, program_id: int) -> StoreError:
    """Why a save of the program was refused: it was deleted elsewhere, its trainee archived, or it was
    saved there (by whom, when the store knows)."""
    saved = session.execute(select(ProgramRow.saved_by, ProgramRow.trainee_id)
                            .where(ProgramRow.id == program_id)).first()
    if saved is None:
        return ProgramDeleted()
    return _closed(session, saved.trainee_id, ARCHIVED_PLAN) or StaleProgram(saved.saved_by)


def _open(trainee: int | InstrumentedAttribute[int]) -> Exists:
    """The trainee is in the database and not archived: a condition of the writing statement itself, so
    that an edit made for them just after another window archived them writes nothing. The trainee's
    row is read FOR SHARE on PostgreSQL: an archive under way waits for the write, or the write sees
    it (on SQLite the writer holds the file from BEGIN IMMEDIATE, and FOR SHARE is left out)."""
    return (select(TraineeRow.id).where(TraineeRow.id == trainee, TraineeRow.archived.is_(False))
            .with_for_update(read=True).exists())


def _closed(session: OrmSession, trainee_id: int, key: str, lock: bool = True) -> TraineeArchived | None:
    """Why a write for the trainee is refused (``key``: what it was) when they are archived or no
    longer in the database; None when they are there to write for."""
    query = select(TraineeRow.name, TraineeRow.archived).where(TraineeRow.id == trainee_id)
    row = session.execute(query.with_for_update(read=True) if lock else query).first()
    if row is None:
        return TraineeArchived(TRAINEE_GONE)
    return TraineeArchived(key, row.name) if row.archived else None


def refuse_closed(store: Store, trainee_id: int, key: str) -> None:
    """TraineeArchived, read before a write that costs something of its own first (an import's backup
    file), so that a refused write leaves nothing behind; the write itself still checks under its lock
    (refuse_closed_in), for an archive in between."""
    with store.reading() as session:
        refusal = _closed(session, trainee_id, key, lock=False)
    if refusal is not None:
        raise refusal


def refuse_closed_in(session: OrmSession, trainee_id: int, key: str) -> None:
    """Inside the caller's write transaction, before it writes for the trainee: TraineeArchived when
    they are archived or gone (an import, a new program, a day's note). Their row stays locked against
    an archive until the transaction ends (FOR SHARE on PostgreSQL; the file's write lock on SQLite)."""
    refusal = _closed(session, trainee_id, key)
    if refusal is not None:
        raise refusal


@cache
def saver() -> str:
    """Who saves from this process, user@computer: a save refused as stale names the one before it."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no login name (a container without a passwd entry)
        user = "?"
    return f"{user}@{socket.gethostname()}"


_SCANDINAVIAN = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "ß": "ss"})


def _set_active(session: OrmSession, trainee_id: int, program_id: int | None) -> None:
    key = ACTIVE_PROGRAM_KEY.format(trainee_id=trainee_id)
    session.execute(delete(AppMeta).where(AppMeta.key == key).execution_options(synchronize_session=False))
    if program_id is not None:
        session.execute(insert(AppMeta).values(key=key, value=str(program_id)))


def _slug(name: str) -> str:
    """An id-safe form of a name: "Ørken-løft" -> "oerken_loeft"."""
    plain = unicodedata.normalize("NFKD", name.casefold().translate(_SCANDINAVIAN))
    ascii_only = plain.encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "_", ascii_only).strip("_") or "exercise"


Values = dict[str, Any]


def _same(table: type[Base], values: Values) -> list[ColumnElement[bool]]:
    """The row holds exactly these values (NULL equal to NULL)."""
    return [getattr(table, column).is_not_distinct_from(value) for column, value in values.items()]


def _compare_and_set(session: OrmSession, table: type[TraineeRow | LoggedSetRow], row_id: int,
                     before: Values, after: Values, *also: ColumnElement[bool]) -> int:
    """Write ``after`` into the row only if it still holds ``before`` (and ``also`` holds); returns how
    many rows changed."""
    return session.execute(update(table).where(table.id == row_id, *_same(table, before), *also).values(after)
                           .execution_options(synchronize_session=False)).rowcount


def _set_refusal(session: OrmSession, set_id: int) -> StoreError:
    """Why a compare-and-set of a logged set changed nothing: the set is gone, its trainee archived,
    or it changed."""
    trainee_id = session.scalar(select(LoggedSetRow.trainee_id).where(LoggedSetRow.id == set_id))
    if trainee_id is None:
        return StoreError(SET_GONE)
    return _closed(session, trainee_id, ARCHIVED_LOG) or StaleSet()


def _link(logged: LoggedSet, trainee: int | InstrumentedAttribute[int]) -> ScalarSelect[int] | None:
    """The planned exercise a set was logged against, if one of the trainee's programs still holds
    it; decided inside the writing statement, so a set logged against a row deleted since is kept,
    unlinked. ``trainee``: the set's (in an update, its column): a set counts for its own
    trainee's plan only, whatever id it was handed."""
    if logged.planned_exercise_id is None:
        return None
    return (select(PlannedExerciseRow.id)
            .join(PlannedSessionRow, PlannedSessionRow.id == PlannedExerciseRow.session_id)
            .join(ProgramRow, ProgramRow.id == PlannedSessionRow.program_id)
            .where(PlannedExerciseRow.id == logged.planned_exercise_id, ProgramRow.trainee_id == trainee)
            .scalar_subquery())


def _logged_values(logged: LoggedSet) -> Values:
    """What the lifter entered. The link to the plan is left out: the store keeps it (a plan edit
    that deletes the planned exercise unlinks the set), and it is no change of the set's own."""
    return {"exercise_id": logged.exercise_id, "performed_at": logged.performed_at, "weight_kg": logged.weight_kg,
            "reps": logged.reps, "rir": logged.rir, "note": logged.note, "warm_up": logged.warm_up,
            "side": logged.side.value}


def _logged(row: LoggedSetRow) -> LoggedSet:
    return first_screen.logged_set(tuple(getattr(row, column) for column in first_screen.SET_COLUMNS))


def _fill_exercise(row: ExerciseRow, exercise: Exercise) -> None:
    p = exercise.prescription
    row.name = exercise.name.en.strip()
    row.name_da = _other_name(exercise.name.da, row.name)
    row.name_nb = _other_name(exercise.name.nb, row.name)
    row.category = exercise.category.value
    row.laterality = exercise.laterality.value
    row.equipment = [sorted(item.value for item in option) for option in exercise.equipment]
    row.sets, row.reps_min, row.reps_max, row.rir, row.rest_s = p.sets, p.reps.low, p.reps.high, p.rir, p.rest_s
    row.cues = list(exercise.cues.en)
    row.mistakes = list(exercise.mistakes.en)
    row.looks_like = exercise.looks_like
    row.involvement = [InvolvementRow(muscle_id=m, weight=w) for m, w in exercise.muscles]


def _trainee_values(trainee: Trainee, keyed: bool = True) -> Values:
    """The row's values; ``keyed`` False leaves the name's key out, to compare a row as it was read by: a
    key stored by an older glueplan (other given names, other Unicode data) need not be today's, and
    the profile would then never save (domain/trainee_names.py)."""
    values = {"name": trainee.name, "level": trainee.level.value, "units": trainee.units.value,
              "session_minutes": trainee.session_minutes, "weekly_minutes": trainee.weekly_minutes,
              "language": trainee.language.value}
    return values | {"name_key": name_key(trainee.name)} if keyed else values


def _other_name(name: str, english: str) -> str | None:
    """A Danish or Norwegian name as stored: None when it is the English one."""
    return None if name.strip() == english else name.strip()


def _same_exercise(stored: Exercise, expected: Exercise) -> bool:
    """The exercise is as it was read (its muscles in any order: one given by the editor may list
    muscles of one weight otherwise than heaviest_first reads them back)."""
    return replace(stored, muscles=tuple(sorted(stored.muscles))) == replace(expected,
                                                                             muscles=tuple(sorted(expected.muscles)))
