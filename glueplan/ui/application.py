"""Starting the desktop app: display check, QApplication, translators, store, main window."""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QObject, Qt, QTimer, QTranslator, Slot
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from glueplan import __version__
from glueplan.domain.catalog import builtin_catalog
from glueplan.domain.language import Language
from glueplan.domain.messages import data_error_text, messages
from glueplan.domain.resources import resource_dir
from glueplan.domain.validation import DataError
from glueplan.store.errors import StoreError, Unreachable
from glueplan.ui.shared.plain_text import ask

if TYPE_CHECKING:
    from glueplan.store.database import Store
    from glueplan.ui.files.daily_backup import DailyBackup
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


class StartUp(QObject):
    """Opens the database once the window has painted: SQLAlchemy alone takes longer to
    import than Qt takes to show the window, so the user sees it first."""

    def __init__(self, app: QApplication, host: WindowHost, db: str | None, language: Language,
                 preferred_db: str | None = None, trainee: str | None = None) -> None:
        super().__init__()
        self._app = app
        self._host = host
        self._db = db
        self._preferred_db = preferred_db  # Edit > Preferences' database, after --db and GLUEPLAN_DB
        self._language = language
        self._trainee = trainee  # --trainee NAME: whose data the window shows (else the one last used)
        self.store: Store | None = None
        self._backup: DailyBackup | None = None

    @Slot()
    def open_store(self) -> None:
        """Open the database and show it; a database away for now (its server down, its network share
        gone) is offered again until it opens or the user quits, in the same window."""
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
        from glueplan.app.opening import open_workspace
        from glueplan.app.trainees import remember
        from glueplan.store.database import open_store
        from glueplan.store.file_check import DamagedDatabase
        from glueplan.store.location import DB_ENVIRONMENT_VARIABLE, app_database_url, sqlite_file
        from glueplan.ui.files.daily_backup import DailyBackup
        from glueplan.ui.shared.live_workspace import LiveWorkspace

        try:
            chosen = self._db if self._db is not None or os.environ.get(DB_ENVIRONMENT_VARIABLE) else \
                self._preferred_db
            url = app_database_url(chosen)
            try:
                self.store = open_store(url)
            except DamagedDatabase as error:
                from glueplan.ui.files.restore_dialog import offer_newest_backup  # its 15 ms only when needed

                if not offer_newest_backup(error, self._language, self._host.window):
                    return error
                self.store = open_store(url)
            file = sqlite_file(url)  # a database server keeps its own backups
            if file is not None and not self.store.read_only:  # a file glueplan may only read: nor beside it
                self._backup = DailyBackup(file, self._language, self._host.window)
            workspace = open_workspace(self.store, self._language, self._trainee)
            remember(self.store, workspace.trainee_id)  # the next start without --trainee shows them too
            self._host.attach(LiveWorkspace(workspace))
            QTimer.singleShot(SETTLED_MS, self, self._settled)
        except Unreachable as error:
            return error
        except (StoreError, DataError) as error:
            fail(error, self._language, self._host.window)
            return error
        return None

    @Slot()
    def _settled(self) -> None:
        """Once the window is usable: what start-up made (modules, the catalogue, the window) is kept out of
        Python's full collections, which walked all of it each time, 150-200 ms with the window frozen (one
        came during the import below, half-way); then the Charts tab's pyqtgraph is imported in a thread, so
        that choosing the tab does not wait 0.4 s and more for it."""
        gc.freeze()
        self._host.window.charts_tab.import_ahead()

    def close(self) -> None:
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
        print(messages()("cli.no_display", language or Language.from_environment()), file=sys.stderr)
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
    startup = StartUp(app, host, db, chosen, preferences.database, trainee)
    host.window.first_painted.connect(startup.open_store, Qt.ConnectionType.QueuedConnection)
    host.window.show_first()
    try:
        return app.exec()
    finally:
        close_down(host, startup)


def close_down(host: WindowHost, startup: StartUp) -> None:
    """Leave nothing Qt owns to Python's last clean-up: the window (it saves its layout as it
    closes) and everything in it are deleted now, then the database is closed."""
    window = host.window
    window.close()  # still open when the app left through app.exit()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    startup.close()
