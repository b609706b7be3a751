"""The workspace: the one place that holds what a window shows and every edit goes through.

It holds the trainee, the catalogue (built-in exercises and the user's own), the open program
with the version it was read at, and the program's rules report. Commands change it through
``execute`` and ``revert``; every change is announced to the subscribers as a ChangeSet, so a
view never copies this state and never asks the store behind the workspace's back.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime, time, timedelta
from types import ModuleType
from typing import TYPE_CHECKING

from glueplan.app import clock
from glueplan.app.changes import ChangeSet
from glueplan.app.command import Command, DoneElsewhere
from glueplan.domain.catalog import Catalog
from glueplan.domain.past import Past
from glueplan.domain.commands import Change
from glueplan.domain.default_names import in_language, program_in_language, trainee_in_language
from glueplan.domain.language import Language
from glueplan.domain.log import LoggedSet
from glueplan.domain.plan import Program
from glueplan.domain.recovery import log_window, readiness_from_log
from glueplan.domain.rules import Report, revalidate, validate
from glueplan.domain.session_done import WeekDone, weeks_done
from glueplan.domain.trainee import Trainee
from glueplan.store.errors import ProgramDeleted, StaleProgram

if TYPE_CHECKING:  # a window's first screen is read before SQLAlchemy is imported (app/opening.py)
    from glueplan.store import history
    from glueplan.store.program_rows import Links
    from glueplan.store.repository import Repository

Listener = Callable[[ChangeSet], None]


def touched_weeks(before: Program, after: Program) -> frozenset[int]:
    """The week indexes whose content differs between two states of a program."""
    common = min(len(before.weeks), len(after.weeks))
    changed = {n for n in range(common) if before.weeks[n] != after.weeks[n] or
               [s.id for s in before.weeks[n].sessions] != [s.id for s in after.weeks[n].sessions]}
    return frozenset(changed | set(range(common, max(len(before.weeks), len(after.weeks)))))


class Workspace:
    """One trainee's data as a window shows it. Not thread-safe: the UI thread owns it."""

    def __init__(self, repository: Repository, trainee_id: int, language: Language) -> None:
        self.repository = repository
        self.trainee_id = trainee_id
        self.language = language
        self.trainee: Trainee = trainee_in_language(repository.trainee(trainee_id), language)
        self.catalog: Catalog = repository.catalog()
        # The trainees (id, name as stored) not archived and archived, as last read (read_trainees): what the
        # window names them by while the server is away.
        self.listed: list[tuple[int, str]] = []
        self.listed_archived: list[tuple[int, str]] = []
        self.read_trainees()
        self.program_id: int | None = None
        self.program: Program | None = None
        self.version = 0
        self.report: Report | None = None
        self._listeners: list[Listener] = []

    # -- announcing changes ------------------------------------------------------------------

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        self._listeners.remove(listener)

    def publish(self, change: ChangeSet) -> None:
        if change:
            for listener in list(self._listeners):
                listener(change)

    def execute(self, command: Command) -> ChangeSet:
        """Do a command and announce what it changed; a refusal (StoreError) changes nothing
        and is raised to the caller, except that a stale program is reloaded and announced.
        Work done elsewhere already changed nothing here (no step): what was seen is announced."""
        try:
            change = command.do(self)
        except DoneElsewhere as done:
            self.publish(done.seen)
            return ChangeSet()
        self.publish(change)
        return change

    def revert(self, command: Command) -> ChangeSet:
        change = command.undo(self)
        self.publish(change)
        return change

    # -- the open program --------------------------------------------------------------------

    def load_program(self, program_id: int | None) -> ChangeSet:
        """Make this program (None: none) the open one, read fresh from the store, with its report; a read
        refused (a server away) changes nothing."""
        return self.put_program(program_id, *self.read_program(program_id))

    def read_program(self, program_id: int | None) -> tuple[Program | None, int]:
        """A program as stored, in the window's language, and its version ((None, 0) for none); nothing changes."""
        if program_id is None:
            return None, 0
        stored, version = self.repository.program_state(program_id)
        return program_in_language(stored, self.language), version

    def put_program(self, program_id: int | None, program: Program | None, version: int) -> ChangeSet:
        """Make a program read by ``read_program`` the open one, with its report (no read: it cannot fail half way;
        judged first, so that a failure of the rules leaves the copy whole as it was, at the version it shows)."""
        report = None if program is None else self.validate(program)
        self.program_id, self.program, self.version, self.report = program_id, program, version, report
        return ChangeSet(program=True, report=True)

    def open_program(self, program_id: int | None) -> None:
        """Open a program the user chose, and announce it."""
        self.publish(self.load_program(program_id))

    def switch_trainee(self, trainee_id: int) -> ChangeSet:
        """Show another trainee: their profile and their active program (reads only; undo
        histories belong to the trainee they were made for, so the window keeps each trainee's apart). All or
        nothing: everything is read before anything changes, so a read refused (a server away) leaves the trainee
        shown the one every edit goes to (a set was logged for the trainee switched to, under the form of the one
        still shown)."""
        trainee = trainee_in_language(self.repository.trainee(trainee_id), self.language)
        program_id = self.repository.active_program(trainee_id)
        program, version = self.read_program(program_id)
        self.trainee_id, self.trainee = trainee_id, trainee
        self.put_program(program_id, program, version)  # judged by the trainee's level and budgets
        return ChangeSet.everything()

    def read_trainees(self) -> None:
        """The trainees (id, name as stored) not archived and archived, read now and kept (``listed``,
        ``listed_archived``) for when the server is away: the switcher and the question before quitting use them."""
        listed, archived = self.repository.trainee_names(), self.repository.trainee_names(archived=True)
        self.listed, self.listed_archived = listed, archived

    def validate(self, program: Program) -> Report:
        """The rules report of a program for this trainee (level and time budgets)."""
        return validate(program, self.catalog, self.trainee.level,
                        session_minutes_budget=self.trainee.session_minutes,
                        weekly_minutes=self.trainee.weekly_minutes)

    def preview(self, change: Change) -> Report:
        """The report the open program would have after the change; nothing is saved."""
        assert self.program is not None and self.report is not None
        return revalidate(self.report, change.apply(self.program))  # the drag previews each day: cheap

    def write_program(self, before: Program, after: Program,
                      relink: Mapping[tuple[int, str], int] | None = None) -> tuple[Program, ChangeSet, Links]:
        """Store the step from ``before`` (what this window shows) to ``after``: only the rows
        that differ, refused when someone else saved the program since this window read it
        (then the program is reloaded and announced, and StaleProgram raised; one deleted since
        gives way to the active program). Only the weeks the step touched are checked again.
        ``relink`` and the links returned are those of logged sets to planned exercises, cut by
        one step and restored by its undo."""
        assert self.program_id is not None and self.report is not None
        try:
            saved, version, cut = self.repository.save_program_edit(self.program_id, before, after, self.version,
                                                                    relink)
        except StaleProgram as stale:  # the stored program changed behind this window's back, or went: read it again
            self._reopen(stale)
            raise
        weeks = touched_weeks(before, saved)
        # The copy changes whole once the save is judged: a failure after the commit leaves it at the version it shows,
        # so that reading the program again (catch_up) is not taken for the old copy at the new version.
        report = revalidate(self.report, saved, weeks)
        self.program, self.version, self.report = saved, version, report
        return saved, ChangeSet(weeks=weeks, program=len(before.weeks) != len(saved.weeks), report=True), cut

    def read_program_again(self) -> bool:
        """Whether the open program was saved elsewhere since this window read it; if it was, it is read again and
        announced, as a refused save has it read. A step made on this window's copy found what it acts on changed
        there, but the copy may be behind the store: another window undid that change meanwhile, and the store
        holds what the step left. One deleted since gives way to the active program, and ProgramDeleted is raised."""
        assert self.program_id is not None
        try:
            program, version = self.read_program(self.program_id)
        except ProgramDeleted as gone:
            self._reopen(gone)
            raise
        if version == self.version:
            return False
        self.publish(self.put_program(self.program_id, program, version))
        return True

    def _reopen(self, stale: StaleProgram) -> None:
        """Show the program as stored now, the active one if it was deleted elsewhere, and announce it."""
        self.open_program(self.repository.active_program(self.trainee_id) if isinstance(stale, ProgramDeleted)
                          else self.program_id)

    def set_catalog(self, catalog: Catalog) -> ChangeSet:
        """The user's own exercises changed: plans may name them, so the report follows."""
        self.catalog = catalog
        if self.program is not None:
            self.report = self.validate(self.program)
        return ChangeSet(catalog=True, report=self.program is not None)

    def set_language(self, language: Language) -> None:
        """The window speaks another language from now on (it is rebuilt, so nothing is
        announced); the names glueplan gave follow it."""
        self.language = language
        self.trainee = trainee_in_language(self.trainee, language)
        if self.program is not None:
            self.program = program_in_language(self.program, language)
            self.report = self.validate(self.program)

    def set_trainee(self, trainee: Trainee) -> ChangeSet:
        """The profile changed (level, time budget, units): the rules follow at once."""
        self.trainee = trainee
        if self.program is not None:
            self.report = self.validate(self.program)
        return ChangeSet(trainee=True, report=self.program is not None)

    # -- reads for the log, the history and the charts ----------------------------------------

    def programs(self) -> list[tuple[int, str]]:
        """The trainee's programs (id, name), oldest first."""
        return [(program_id, in_language(name, self.language))
                for program_id, name in self.repository.programs(self.trainee_id)]

    def sets_on(self, day: date) -> list[tuple[int, LoggedSet]]:
        return self.repository.sets_on(self.trainee_id, day)

    def session_note(self, day: date) -> str:
        return self.repository.session_note(self.trainee_id, day)

    def past(self, today: date) -> Past:
        """What of the open program a fix or a copy of a week leaves alone: the days before ``today``, and the
        days of it from today on with sets logged (a session done this morning)."""
        starts = self.program.week_starts() if self.program is not None else []
        if not starts:
            return Past(today)
        sets = self.repository.sets_between(self.trainee_id, datetime.combine(today, time.min),
                                            datetime.combine(starts[-1] + timedelta(days=6), time.max))
        return Past.of(today, sets)

    def lived(self) -> Past:
        """What of the open program is history now (``past`` as of ``today``)."""
        return self.past(clock.today())

    def sets_in_week(self, week: int) -> list[LoggedSet]:
        """The sets logged in the open program's ``week`` (none without dates), what domain.session_done judges
        the week's sessions done or missed by: the Week tab keeps them, and judges again after each edit."""
        span = self.program.week_span(week) if self.program is not None else None
        return [] if span is None else self.repository.sets_between(self.trainee_id, *span)

    def readiness_at(self, moment: datetime) -> dict[str, float]:
        """Readiness per muscle at ``moment`` from the sets logged in the week before it."""
        return readiness_from_log(self.repository.sets_between(self.trainee_id, *log_window(moment)),
                                  self.catalog, moment)

    def last_session_sets(self, exercise_id: str, before: datetime) -> list[LoggedSet]:
        return self.repository.last_session_sets(self.trainee_id, exercise_id, before)

    def history_page(self, filters: history.HistoryFilter, after: history.HistoryKey | None,
                     limit: int) -> history.HistoryIds:
        """The ids of up to ``limit`` logged sets after ``after``, in the filter's order (the History tab's pages)."""
        return _history().history_page(self.repository.store, self.trainee_id, filters, after, limit)

    def newest_logged_day(self, exercise_id: str | None = None) -> date | None:
        """The day of the trainee's newest set (of the exercise, if one is named), which may be ahead of today (the
        Log takes a future day's sets)."""
        newest = self.history_page(_history().HistoryFilter(exercise_id=exercise_id), None, 1).last
        return newest.performed_at.date() if newest is not None else None

    def history_rows(self, ids: Sequence[int]) -> dict[int, history.HistoryRow]:
        """The sets of these ids still in the log, by id (the History table's rows on screen)."""
        return _history().history_rows(self.repository.store, ids)

    def anything_logged(self) -> bool:
        """Whether the trainee has logged any set: one question, answered by a first screen too (app/opening.py)."""
        return self.repository.anything_logged(self.trainee_id)

    def logged_exercises(self) -> set[str]:
        """The exercises the trainee has logged sets of (the Charts list them first)."""
        return _history().logged_exercises(self.repository.store, self.trainee_id)

    def exercise_progress(self, exercise_id: str, since: date | None) -> history.ExerciseProgress:
        exercise = self.catalog.exercise(exercise_id)
        return _history().exercise_progress(self.repository.store, self.trainee_id, exercise, since)

    def weekly_hard_sets(self, muscle_id: str, since: date | None) -> list[tuple[date, float]]:
        return _history().weekly_hard_sets(self.repository.store, self.trainee_id, muscle_id, since)

    def training_days_per_week(self, since: date | None) -> list[tuple[date, int]]:
        return _history().training_days_per_week(self.repository.store, self.trainee_id, since)

    def weeks_done(self, today: date) -> list[WeekDone]:
        """The open program's sessions done and partly done in each week begun by ``today`` (none without
        dates), from one read of the sets of those weeks."""
        starts = [monday for monday in self.program.week_starts() if monday <= today] if self.program else []
        if not starts:
            return []
        assert self.program is not None
        logged = self.repository.sets_between(self.trainee_id, datetime.combine(starts[0], time.min),
                                              datetime.combine(starts[-1] + timedelta(days=6), time.max))
        return weeks_done(self.program, logged, today)


def _history() -> ModuleType:
    """The log's sums and pages (store/history.py: SQLAlchemy, and 18 ms of statements built as it is imported),
    imported by the first of the History and Charts tabs' reads rather than with the window's first screen."""
    from glueplan.store import history

    return history
