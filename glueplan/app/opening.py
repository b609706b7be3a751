"""Opening a workspace on a database: the trainee it shows and the program last worked on.

A window on an existing SQLite file opens on a snapshot of its first screen (store/first_screen.py), read with
sqlite3 while SQLAlchemy is imported beside it, and one on a file not made yet on a first start's, known without
reading (``new_file_snapshot``): the workspace's repository is then a ``SnapshotRepository`` until the store is
open. The modules a window's first screen loads (this one, app/workspace.py,
app/trainees.py, the ui's pages) name the SQLAlchemy store's classes for their types only; the store's own
modules are imported by whoever opens it: ``open_workspace``, and the window's start-up (ui/application.py).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from glueplan.app.trainees import chosen_trainee, first_start_trainee, first_trainee
from glueplan.app.workspace import Workspace
from glueplan.domain.catalog import Catalog
from glueplan.domain.language import Language
from glueplan.domain.log import LoggedSet
from glueplan.domain.plan import Program
from glueplan.domain.trainee import Trainee, Units
from glueplan.store.file_check import file_identity
from glueplan.store.first_screen import FileSnapshot, FirstScreen, first_screen, rows_of
from glueplan.store.location import FileUrl

if TYPE_CHECKING:
    from glueplan.store.database import Store
    from glueplan.store.repository import Repository

__all__ = ["first_trainee", "open_workspace"]  # first_trainee: where a window starts, defined with the other choices


def open_workspace(store: Store, language: Language, first_units: Callable[[], Units],
                   trainee: str | None = None) -> Workspace:
    """The workspace of the trainee named (else the one last used here, else the first, made in ``first_units()``
    on a first start), with their active program open (the newest unless they chose another)."""
    from glueplan.store.repository import Repository

    repository = Repository(store)
    workspace = Workspace(repository, chosen_trainee(repository, trainee, language, first_units), language)
    active = repository.active_program(workspace.trainee_id)
    if active is not None:
        workspace.load_program(active)
    return workspace


def open_snapshot(snapshot: FileSnapshot, catalog: Catalog, language: Language,
                  store: Callable[[], Repository]) -> Workspace:
    """The workspace of a first screen read from a file (the trainee chosen as ``open_workspace`` chooses);
    ``store`` opens the store and gives its repository, when anything else is wanted."""
    workspace = Workspace(cast("Repository", SnapshotRepository(snapshot, catalog, store)),
                          snapshot.screen.trainee_id, language)
    if snapshot.screen.program_id is not None:
        workspace.load_program(snapshot.screen.program_id)
    return workspace


# The id of a new file's first trainee: SQLite's AUTOINCREMENT gives a new table's first row 1 (store/schema.py
# Numbered), so the first screen of a file not made yet names the trainee the store makes there.
FIRST_ID = 1


def new_file_snapshot(path: Path, language: Language, units: Units) -> FileSnapshot:
    """The first screen of a file not made yet, known without reading it: the trainee a first start makes there
    (trainees.first_start_trainee), under the id the store gives it, and nothing else; ``identity`` None, as no file
    was read. The store makes the file and the trainee once it opens (the window's start-up); another process that
    made the file first is caught up with then, as anything committed after a first screen was read."""
    trainee = first_start_trainee(language, units)
    screen = FirstScreen(trainees=[(FIRST_ID, trainee.name)], archived=[], trainee_id=FIRST_ID, trainee=trainee,
                         own_exercises=[], program_id=None, program=None, made=None, first_week=None, logged=False)
    return FileSnapshot(screen, path, None)


class SnapshotRepository:
    """Answers the first screen's reads from the snapshot (the first week's logged sets too); anything else (every
    write, any other read) opens the store first (``real``: the caller waits for it) and goes to its repository, as
    everything does once it is open."""

    def __init__(self, snapshot: FileSnapshot, catalog: Catalog, store: Callable[[], Repository]) -> None:
        self.snapshot = snapshot
        self._builtin = catalog
        self._open = store
        self._real: Repository | None = None
        self.store = SnapshotStore(snapshot, self)

    def real(self) -> Repository:
        if self._real is None:
            self._real = self._open()
        return self._real

    @property
    def opened(self) -> Repository | None:
        """The store's repository, once it is open."""
        return self._real

    def _screen(self) -> FirstScreen | None:
        return self.snapshot.screen if self._real is None else None

    def trainee_names(self, archived: bool = False) -> list[tuple[int, str]]:
        screen = self._screen()
        if screen is None:
            return self.real().trainee_names(archived)
        return list(screen.archived if archived else screen.trainees)

    def trainee(self, trainee_id: int) -> Trainee:
        screen = self._screen()
        return screen.trainee if screen is not None and trainee_id == screen.trainee_id else \
            self.real().trainee(trainee_id)

    def catalog(self) -> Catalog:
        screen = self._screen()
        return self.real().catalog() if screen is None else self._builtin.with_exercises(screen.own_exercises)

    def active_program(self, trainee_id: int) -> int | None:
        screen = self._screen()
        return screen.program_id if screen is not None and trainee_id == screen.trainee_id else \
            self.real().active_program(trainee_id)

    def anything_logged(self, trainee_id: int) -> bool:
        screen = self._screen()
        return screen.logged if screen is not None and trainee_id == screen.trainee_id else \
            self.real().anything_logged(trainee_id)

    def sets_between(self, trainee_id: int, start: datetime, end: datetime) -> list[LoggedSet]:
        screen = self._screen()
        if screen is not None and screen.first_week is not None and trainee_id == screen.trainee_id and \
                (start, end) == screen.first_week[:2]:
            return list(screen.first_week[2])
        return self.real().sets_between(trainee_id, start, end)

    def program_made(self, program_id: int) -> datetime | None:
        screen = self._screen()
        return screen.made if screen is not None and program_id == screen.program_id else \
            self.real().program_made(program_id)

    def program_state(self, program_id: int) -> tuple[Program, int]:
        screen = self._screen()
        if screen is not None and screen.program is not None and program_id == screen.program_id:
            return screen.program
        return self.real().program_state(program_id)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real(), name)


class SnapshotStore:
    """The store of a SnapshotRepository: its file's URL (store/location.py FileUrl) and whether another file is in
    its place (a restore elsewhere) without opening it; anything else opens the store."""

    read_only = False  # a file glueplan may only read is opened by the store itself (first_screen.read_file)

    def __init__(self, snapshot: FileSnapshot, repository: SnapshotRepository) -> None:
        self._snapshot = snapshot
        self._repository = repository
        self._file = _FileEngine(FileUrl(snapshot.path))

    @property
    def engine(self) -> Any:
        opened = self._repository.opened
        return self._file if opened is None else opened.store.engine

    def replaced(self) -> bool:
        opened = self._repository.opened
        if opened is not None:
            return opened.store.replaced()
        if self._snapshot.identity is None:  # a file not made yet: one made meanwhile is caught up with as it opens
            return False
        now = file_identity(self._snapshot.path)
        return now is not None and now != self._snapshot.identity

    def __getattr__(self, name: str) -> Any:
        return getattr(self._repository.real().store, name)


class _FileEngine:
    """What is asked of the engine before the store is open: its URL."""

    def __init__(self, url: FileUrl) -> None:
        self.url = url


def changed_since(snapshot: FileSnapshot, store: Store, catalog: Catalog) -> bool:
    """Whether the store opened after a window showed ``snapshot`` reads its first screen otherwise: another window
    committed in between, which the store's watch of changes (begun as it opens) did not see."""
    screen = snapshot.screen
    with store.reading() as session:
        now = first_screen(rows_of(session.connection()),
                           lambda trainees: screen.trainee_id if screen.trainee_id in dict(trainees) else None,
                           list(catalog.muscles))
    return now != screen
