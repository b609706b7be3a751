"""Starting the desktop app: display check, QApplication, translators, store, main window."""

from __future__ import annotations

import gc
import importlib
import os
import sys
import threading
import weakref
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QObject, Qt, QTimer, QTranslator, Signal, \
    Slot
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from shiboken6 import isValid

from glueplan import __version__
from glueplan.app.system_language import system_language
from glueplan.domain.catalog import Catalog, builtin_catalog
from glueplan.domain.language import Language
from glueplan.domain.messages import data_error_text, messages
from glueplan.domain.resources import resource_dir
from glueplan.domain.validation import DataError
from glueplan.store.errors import StoreError, Unreachable
from glueplan.ui.shared.broken_install import store_imports
from glueplan.ui.shared.plain_text import ask
from glueplan.ui.shared.uncaught_errors import UncaughtErrors

if TYPE_CHECKING:
    from glueplan.store.database import Store
    from glueplan.store.file_check import DamagedDatabase
    from glueplan.store.first_screen import FileSnapshot
    from glueplan.store.repository import Repository
    from glueplan.ui.files.daily_backup import DailyBackup
    from glueplan.ui.main_window import MainWindow
    from glueplan.ui.shared.live_workspace import LiveWorkspace
    from glueplan.ui.window_host import WindowHost

# The name of the desktop entry, the AppStream metainfo and the icon (packaging/).
APP_ID = "io.github.glueplan.Glueplan"
# Translators must outlive the functions that install them (Qt keeps no reference), and so must the
# catalogues they read: Qt reads a catalogue given as bytes in place, without a copy.
_translators: list[tuple[QTranslator, bytes]] = []
# From the database attached to the idle moment after: the window's frame with it is painted well within this.
SETTLED_MS = 500


def no_display() -> bool:
    """True on a Linux/BSD desktop with no display, where QApplication would abort."""
    if sys.platform.startswith(("win", "darwin")) or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


# Qt's translation for each language: Qt ships no Norwegian Bokmål, and Nynorsk is nearer than
# Danish (glueplan's own catalogue gives in Bokmål the texts Nynorsk spells its own way:
# ui/settings/qt_dialogs_nb.py; and what Qt's Danish lacks: ui/settings/qt_dialogs.py).
QT_CATALOGUES = {Language.DA: "qtbase_da", Language.NB: "qtbase_nn"}


def install_translators(app: QApplication, language: Language) -> None:
    """Qt's own strings (dialogs, buttons, context menus) and glueplan's, for one language;
    English has only glueplan's plural forms ("1 set"). glueplan's is installed last, so it
    is asked first. Widgets made from now on take the language's locale (a date picker's
    month names, a spin box's decimal comma), not the system's."""
    from glueplan.ui.shared.logged_text import locale_of

    QLocale.setDefault(locale_of(language))
    for translator, _catalogue in _translators:
        app.removeTranslator(translator)
        translator.deleteLater()  # the app's child: else kept as long as the app, one or two more at each switch
    _translators.clear()
    qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    catalogues = [qt_folder / f"{QT_CATALOGUES[language]}.qm"] if language in QT_CATALOGUES else []
    catalogues.append(translations_dir() / f"glueplan_{language.value}.qm")
    for path in catalogues:
        # Read, not loaded by name: Qt maps a file it loads, and one written over in place while
        # glueplan runs (lrelease, a copy over an installation) gave English in a Norwegian window.
        try:
            catalogue = path.read_bytes()
        except OSError:
            continue
        translator = QTranslator(app)
        if translator.load(catalogue, str(path.parent)):
            app.installTranslator(translator)
            _translators.append((translator, catalogue))


def translations_dir() -> Path:
    return resource_dir() / "translations"


def app_icon_path() -> Path:
    return resource_dir() / "icons" / f"{APP_ID}.svg"


# Qt splits every fill taller than about 96 scan lines (a scroll bar's groove, a chart's curve, a
# page's background) into pieces for a pool of threads, and waits for them all. On glueplan's
# widgets the hand-off costs more than the fill: with the pool, a logged set took 7.6-11.1 ms and
# switching to the Charts tab 81-92 ms; without it 3.9-6.0 ms and 15-16 ms (two cores). Qt's own
# switch turns the pool off; Qt reads it once, when a fill first asks for the pool.
def paint_in_one_thread() -> None:
    """Make Qt paint in the window's thread alone; effective only before the first paint."""
    os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")


def create_application(argv: list[str]) -> QApplication:
    paint_in_one_thread()
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("glueplan")
    app.setOrganizationName("glueplan")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(app_icon_path())))  # every window's title bar and the X11 task switcher
    app.setDesktopFileName(APP_ID)  # Wayland shows the desktop entry's icon and name
    return app


# What opening the store imports (SQLAlchemy, its ORM and SQLite dialect, the store's modules): about 0.3 s, in a
# thread of its own while the window starts. The mappers are configured there too (10 ms at the first query).
STORE_MODULES = ("sqlalchemy", "sqlalchemy.orm", "sqlalchemy.dialects.sqlite", "glueplan.store.database",
                 "glueplan.store.repository", "glueplan.store.change_watch")
# Meanwhile Python hands its lock from one thread to the other every millisecond, not every 5 (its default): the
# window's timers and input waited up to 85-120 ms behind the import on a loaded machine, 37-49 ms so.
IMPORT_SWITCH_S = 0.001
# The store's import begins once the first screen is still: the window has painted nothing more for this long (its
# frames come a few ms apart as it lays out and paints what was attached). Begun at the screen's first paint, it took
# Python's lock from the window's thread while the rest of the screen was painted: a returning user's Week page, its
# days and heat map, came 20 ms later (tests/perf/bench_startup.py).
STILL_MS = 50
# ... or this long after the first screen was attached, where the window never goes still (an animation): else the
# store was never opened in the background, nor others' saves followed.
IMPORT_AT_LATEST_MS = 1000
# The longest start-up runs without Python's cyclic collector (run_gui), ten times a usable window's ~0.35 s.
COLLECTOR_OFF_AT_MOST_MS = 3000


class StoreImport(QObject):
    """Imports the store's modules in a thread, once started (``wait`` starts it too); ``done`` comes in the
    window's thread when they are imported, or when one could not be: ``wait`` then imports them again, in the thread
    that opens the store, where why is said in a window. Raised out of this thread, Python printed it as a traceback."""

    done = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._thread = threading.Thread(target=self._run, name="glueplan store import")
        self._failed = False

    @Slot()
    def start(self) -> None:
        if self._thread.ident is None:
            self._thread.start()

    def _run(self) -> None:
        interval = sys.getswitchinterval()
        sys.setswitchinterval(IMPORT_SWITCH_S)
        try:
            _import_store()
        except Exception:  # wait imports them again where the store is opened, and what fails there is said
            self._failed = True
        finally:
            sys.setswitchinterval(interval)
            self.done.emit()

    def wait(self) -> None:
        """Once the modules are imported. One that could not be (SQLAlchemy missing or broken, a library it loads gone)
        raises StoreError with Python's reason: a broken installation, not a broken database. Imported again, not the
        thread's error raised here: two threads importing one module at once may fail in one and not in the other."""
        self.start()
        self._thread.join()
        if self._failed:
            with store_imports():
                _import_store()
            self._failed = False


def _import_store() -> None:
    """The store's modules, and SQLAlchemy's mappers configured: else done at the first query, in the window's
    thread."""
    for name in STORE_MODULES:
        importlib.import_module(name)
    importlib.import_module("sqlalchemy.orm").configure_mappers()


class StartUp(QObject):
    """Opens the database once the window has painted: SQLAlchemy alone takes longer to import than Qt
    takes to show the window, so the user sees it first. On an existing, current SQLite file the window's
    first screen is read with sqlite3 (app/opening.py), and a file not made yet shows a first start's, known without
    reading; meanwhile SQLAlchemy is imported in a thread (StoreImport), and the store is opened (the file made) in
    the window's thread when that is done, or sooner when anything else is wanted; elsewhere (a file to upgrade, a
    server, --trainee) the store is opened at once."""

    def __init__(self, app: QApplication, host: WindowHost, db: str | None, language: Language,
                 preferred_db: str | None = None, trainee: str | None = None, catalog: Catalog | None = None) -> None:
        super().__init__()
        self._app = app
        self._host = host
        self._db = db
        self._preferred_db = preferred_db  # Edit > Preferences' database, after --db and GLUEPLAN_DB
        self._language = language
        self._trainee = trainee  # --trainee NAME: whose data the window shows (else the one last used)
        self._catalog = catalog or builtin_catalog()
        self._imports = StoreImport()
        self.store: Store | None = None
        self._backup: DailyBackup | None = None
        self._snapshot: FileSnapshot | None = None  # the first screen shown until the store is open
        self._live: LiveWorkspace | None = None
        self._imports.done.connect(self._store_imported)
        self._open_asked = False
        self._still = QTimer(self, singleShot=True, interval=STILL_MS)  # the first screen's last frame so far
        self._still.timeout.connect(self._first_screen_still)
        # Whose frames put the store's import off; not kept alive by it (a window rebuilt meanwhile is freed).
        self._watched: weakref.ref[MainWindow] | None = None

    @Slot()
    def open_store(self) -> None:
        """Open the database and show it; a database away for now (its server down, its network share
        gone) is offered again until it opens or the user quits, in the same window. Once: a window rebuilt meanwhile
        (its first paint asks too, WindowHost.first_painted) shows what this opening attaches."""
        if self._open_asked:
            return
        self._open_asked = True
        while (error := self._open()) is not None:
            self.close()  # a server lost after it opened: tried again from the start
            if not isinstance(error, Unreachable) or not self._try_again(error):
                self._app.exit(1)
                return

    def _try_again(self, error: Unreachable) -> bool:
        """Say why the database could not be reached; whether the user wants it tried again."""
        retry, close = QMessageBox.StandardButton.Retry, QMessageBox.StandardButton.Close
        answer = ask(self._host.window, QMessageBox.Icon.Critical, "glueplan", error.text(self._language),
                     retry | close, retry, {retry: self.tr("Try again"), close: self.tr("Quit")})
        return answer == retry

    def _open(self) -> StoreError | DataError | None:
        """Open the database and attach the window to it; what went wrong, if anything (an error that
        will not pass by itself is said here)."""
        from glueplan.store.location import DB_ENVIRONMENT_VARIABLE
        from glueplan.ui.first_start import carry_over_computer_mark

        carry_over_computer_mark()  # before this start's database is remembered
        try:
            chosen = self._db if self._db is not None or os.environ.get(DB_ENVIRONMENT_VARIABLE) else \
                self._preferred_db
            if self._open_snapshot(chosen):
                return None  # _settled follows the store's import (_store_imported)
            self._imports.wait()  # a module that cannot be imported is said, not raised by _open_at_once's imports
            if (refused := self._open_at_once(chosen)) is not None:
                return refused
            QTimer.singleShot(SETTLED_MS, self, self._settled)
        except Unreachable as error:
            return error
        except (StoreError, DataError) as error:  # a broken installation too (broken_install.store_imports)
            fail(error, self._language, self._host.window)
            return error
        return None

    @Slot()
    def _settled(self) -> None:
        """Once the window is usable: what start-up made (modules, the catalogue, the window) is kept out of
        Python's full collections, which walked all of it each time, 150-200 ms with the window frozen (one
        came during the import below, half-way), and the collector, off while the command started (cli/entry.py
        desktop_app), is on again; then the Charts tab's pyqtgraph is imported in a thread, so that choosing the tab
        does not wait 0.4 s and more for it."""
        gc.freeze()
        gc.enable()
        self._host.window.charts_tab.import_ahead()

    def _open_at_once(self, chosen: str | None) -> DamagedDatabase | None:
        """Open the store, then show the window's first screen from it; a damaged file whose backup the user did not
        want (they were told) is returned."""
        with store_imports():
            from glueplan.app.desktop_locale import desktop_units
            from glueplan.app.opening import open_workspace
            from glueplan.app.trainees import remember
            from glueplan.store.change_watch import ChangeWatch
            from glueplan.store.database import open_store  # waits for StoreImport's thread, if it is still at it
            from glueplan.store.file_check import DamagedDatabase
            from glueplan.store.location import app_database_url, sqlite_file
            from glueplan.ui.files.daily_backup import DailyBackup
            from glueplan.ui.shared.changes_elsewhere import ChangesElsewhere
            from glueplan.ui.shared.live_workspace import LiveWorkspace
            from glueplan.ui.shared.logged_text import regional_locale_name

        url = app_database_url(chosen)
        try:
            self.store = open_store(url, self._catalog)
        except DamagedDatabase as error:
            from glueplan.ui.files.restore_dialog import offer_newest_backup  # its 15 ms only when needed

            if not offer_newest_backup(error, self._language, self._host.window):
                return error
            self.store = open_store(url, self._catalog)
        file = sqlite_file(url)  # a database server keeps its own backups
        if file is not None and not self.store.read_only:  # a file glueplan may only read: nor beside it
            self._backup = DailyBackup(file, self._window)
            self._backup.start()
        watch = ChangeWatch(self.store)  # before the first reads: what others commit from then on is caught up with
        workspace = open_workspace(self.store, self._language, lambda: desktop_units(regional_locale_name()),
                                   self._trainee)
        remember(self.store.engine.url, workspace.trainee_id)  # the next start without --trainee shows them too
        live = LiveWorkspace(workspace)
        ChangesElsewhere(live, watch)
        self._host.attach(live)
        return None

    def _window(self) -> MainWindow:
        """The main window of the moment (a language, theme or text size chosen replaces it)."""
        return self._host.window

    def _open_snapshot(self, chosen: str | None) -> bool:
        """Show the first screen of an existing, current SQLite file, read with sqlite3, or of a file not made yet
        (app/opening.py new_file_snapshot); False where the store must open first (a file to upgrade or update, a
        server, --trainee: whoever it names)."""
        from functools import partial

        with store_imports():
            from glueplan.app.desktop_locale import desktop_units
            from glueplan.app.opening import new_file_snapshot, open_snapshot
            from glueplan.app.trainees import last_used, remember, remembered_or_first
            from glueplan.store.first_screen import read_file
            from glueplan.store.location import FileUrl, named_file
            from glueplan.ui.files.daily_backup import DailyBackup
            from glueplan.ui.shared.live_workspace import LiveWorkspace
            from glueplan.ui.shared.logged_text import regional_locale_name

        file = named_file(chosen) if self._trainee is None else None
        if file is None:
            return False
        try:
            there = file.exists()
        except OSError:  # a name too long, a folder not to be entered, a share gone: the store's open says which
            return False
        if there:
            self._snapshot = read_file(file, partial(remembered_or_first, last_used(FileUrl(file))), self._catalog)
            if self._snapshot is None:
                return False
            self._backup = DailyBackup(file, self._window)  # begun once the first screen is still
        else:  # a first start: nothing to read, nor to copy
            self._snapshot = new_file_snapshot(file, self._language, desktop_units(regional_locale_name()))
        workspace = open_snapshot(self._snapshot, self._catalog, self._language, self._open_behind_snapshot)
        remember(FileUrl(file), workspace.trainee_id)  # the next start without --trainee shows them too
        self._live = LiveWorkspace(workspace)
        self._host.attach(self._live)
        # The store's modules are imported, and the day's copy taken, once the first screen is still (eventFilter).
        self._watched = weakref.ref(self._host.window)
        self._host.window.installEventFilter(self)
        self._still.start()  # a window that paints nothing (minimized) is still at once
        QTimer.singleShot(IMPORT_AT_LATEST_MS, self, self._first_screen_still)  # one never still: an animation
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Each frame of the window (Qt asks for it with an UpdateRequest) puts the store's import and the day's copy
        off until the first screen is still. Begun sooner, the import took Python's lock from the window's thread as it
        painted (the first paint came 0.15 s later, and the first screen up to 0.3 s; tests/perf/bench_startup.py),
        and the copy its share of the machine (a day's first start was usable 10 ms later than the next); neither needs
        the window's thread before the store opens."""
        if event.type() == QEvent.Type.UpdateRequest and self._live is not None:
            self._still.start()
        return False

    @Slot()
    def _first_screen_still(self) -> None:
        """Still, or at IMPORT_AT_LATEST_MS: the import and the day's copy begin, and the window's frames are watched no
        more."""
        self._stop_watching()
        self._imports.start()
        if self._backup is not None:
            self._backup.start()

    def _stop_watching(self) -> None:
        self._still.stop()
        window = self._watched() if self._watched is not None else None
        if window is not None and isValid(window):  # not a window rebuilt and deleted since
            window.removeEventFilter(self)
        self._watched = None

    @Slot()
    def _store_imported(self) -> None:
        """Open the store behind the first screen shown, now that it is imported (unless something wanted it
        sooner), then go on to what follows a usable window (_settled): one import beside the window at a time. A
        store that cannot be opened after all is said, and glueplan closes, as at a start that could not open it."""
        from glueplan.app.opening import SnapshotRepository

        if self._live is None:
            return  # the window is gone
        repository = self._live.workspace.repository
        if isinstance(repository, SnapshotRepository):
            try:
                repository.real()
            except (StoreError, DataError) as error:
                fail(error, self._language, self._host.window)
                self._app.exit(1)
                return
        QTimer.singleShot(0, self, self._settled)

    def _open_behind_snapshot(self) -> Repository:
        """The store behind the first screen shown, opened now (waiting for its modules), with its repository in the
        workspace's (SnapshotRepository.real calls this once); what was committed or restored in between is caught up
        with on the next turn."""
        if self._backup is not None:  # the day's copy begins before anything can be written (an edit opens the store)
            self._backup.start()
        self._imports.wait()  # first: a module that cannot be imported is said, not raised by the imports below
        from glueplan.app.opening import changed_since
        from glueplan.app.trainees import first_trainee
        from glueplan.store.change_watch import ChangeWatch
        from glueplan.store.database import open_store
        from glueplan.store.file_check import file_identity
        from glueplan.store.location import app_database_url
        from glueplan.store.repository import Repository
        from glueplan.ui.shared.changes_elsewhere import follow_changes_elsewhere

        snapshot, live = self._snapshot, self._live
        assert snapshot is not None and live is not None
        # Else its check was another file's, or none was made (a file not made yet, or made elsewhere meanwhile).
        same_file = snapshot.identity is not None and file_identity(snapshot.path) == snapshot.identity
        store = open_store(app_database_url(str(snapshot.path)), self._catalog, checked=same_file)
        if snapshot.identity is not None:
            # The file the window read, not one put in its place since (a restore elsewhere): the store refuses to
            # write into a file the window never read, as it does when one is put in place while it is open.
            store.identity = snapshot.identity
        repository = Repository(store, self._catalog)
        try:
            watch = ChangeWatch(store)  # begun before the comparison: a commit elsewhere after it is caught up with
            if snapshot.identity is None:  # a file not made before: the first start's trainee, shown already
                first_trainee(repository, self._language, snapshot.screen.trainee.units)
            changed = changed_since(snapshot, store, self._catalog)
        except BaseException:
            store.close()
            raise
        self.store = store
        live.workspace.repository = repository
        follow_changes_elsewhere(live).start_watch(changed, watch)
        return repository

    def close(self) -> None:
        self._live = None  # the window is gone: a store imported after it is not opened
        self._stop_watching()
        if self._backup is not None:
            self._backup.wait()
            self._backup = None
        if self.store is not None:
            self.store.close()
            self.store = None


def fail(error: StoreError | DataError, language: Language, parent: QWidget | None = None) -> None:
    """Say what is wrong in a window: started from a desktop menu, nobody reads stderr."""
    text = error.text(language) if isinstance(error, StoreError) else data_error_text(error, language)
    ask(parent, QMessageBox.Icon.Critical, "glueplan", text)


def run_gui(db: str | None, language: Language | None, trainee: str | None = None) -> int:
    """Show the main window until it is closed; returns the process exit code. The language
    and the database given on the command line win over the preferences; ``trainee`` names
    whose data it shows (a name that names nobody is said in a message, and the app exits 1)."""
    if no_display():
        print(messages()("cli.no_display", language or system_language()), file=sys.stderr)
        return 1
    app = create_application(sys.argv[:1])
    from glueplan.ui.settings.preferences import read_preferences
    from glueplan.ui.settings.text_size import apply_text_size
    from glueplan.ui.settings.theme import apply_theme

    preferences = read_preferences()
    chosen = language or preferences.ui_language()
    apply_theme(app, preferences.theme)
    apply_text_size(app, preferences.text_size)  # before the window is built: it is built in its size
    install_translators(app, chosen)
    try:
        catalog = builtin_catalog()
    except DataError as error:
        fail(error, chosen)
        return 1

    from glueplan.ui.window_host import WindowHost

    host = WindowHost(app, catalog, chosen)
    startup = StartUp(app, host, db, chosen, preferences.database, trainee, catalog)
    host.first_painted.connect(startup.open_store, Qt.ConnectionType.QueuedConnection)
    host.window.show_first()
    # The cyclic collector, off while the command starts (cli/entry.py desktop_app), is on again at the latest then:
    # StartUp._settled turns it on once the window is usable, and a start that never gets there (a dialog left open,
    # an error) must not run a whole session without it.
    QTimer.singleShot(COLLECTOR_OFF_AT_MOST_MS, startup, gc.enable)
    errors = UncaughtErrors(lambda: host.window)  # said in the window of the moment, not on stderr alone
    errors.install()
    try:
        return app.exec()
    finally:
        close_down(host, startup, errors)


def close_down(host: WindowHost, startup: StartUp, errors: UncaughtErrors) -> None:
    """Leave nothing Qt owns to Python's last clean-up: the window (it saves its layout as it
    closes) and everything in it are deleted now, then the database is closed, and start-up and the host are
    deleted with what they still had queued for the window gone: start-up's _settled, queued once the store opened
    behind the first screen, ran on the next turn of any event loop after this (a gc.freeze of the whole process,
    and pyqtgraph imported for a deleted window's Charts tab). The exception hook that was there before is put back,
    and glueplan's is deleted with a box it still had queued for the window gone."""
    window = host.window
    window.close()  # still open when the app left through app.exit()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    startup.close()
    startup.deleteLater()
    host.deleteLater()
    errors.uninstall()
    errors.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
