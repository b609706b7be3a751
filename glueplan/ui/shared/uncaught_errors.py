"""The window's safety net for an exception nothing catches.

Raised in a slot, in a virtual override Qt calls (paintEvent, a model's data(), an event filter) or in a
timer's callback, an exception cannot go back up through Qt: PySide6 hands it to ``sys.excepthook``, which
printed it on stderr, and the window went on; one raised in a Python thread (the daily backup's, the store
import's) went to ``threading.excepthook``, which did the same. Started from a desktop menu nobody reads stderr: a
page stayed half refreshed, a click seemed to do nothing, and there was nothing to report. Installed for the window's
session (ui/application.py run_gui), this hook writes the whole traceback to Python's logging and to a file in
the user's log folder, and says in a box what went wrong, that what is saved is safe, and where the details are.
"""

from __future__ import annotations

import logging
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from glueplan import __version__
from glueplan.ui.shared.plain_text import filled, tell

if TYPE_CHECKING:
    from logging.handlers import RotatingFileHandler

LOG_FILE = "glueplan.log"
# The file is rolled over to glueplan.log.1 (the one before it dropped) past this: the last 0.5-1 MB is kept, hundreds
# of tracebacks. A failure repeated (a paint every 33 ms) writes a line only at its 2nd, 4th, 8th... time: one a repaint
# pushed its one traceback out of both files within five minutes.
LOG_BYTES = 512 * 1024
_logger = logging.getLogger(__name__)
# Every module's logger is below it: an undo that broke (ui/shared/live_workspace.py) is written to the file too.
_package_logger = logging.getLogger("glueplan")

Hook = Callable[[type[BaseException], BaseException, TracebackType | None], object]
ThreadHook = Callable[[threading.ExceptHookArgs], object]
# An exception's kind and the frames it went up through (file, line, function): the same failure again.
Place = tuple[str, tuple[tuple[str, int | None, str], ...]]


def log_folder() -> Path:
    """Where the log file goes: ~/.local/state/glueplan/log on Linux (XDG_STATE_HOME), ~/Library/Logs/glueplan on
    macOS, %LOCALAPPDATA%\\glueplan\\Logs on Windows. (Its library imported once asked: not before the first paint.)"""
    import platformdirs

    return platformdirs.user_log_path("glueplan", appauthor=False)


def what_broke(error: BaseException) -> str:
    """An exception as a user is shown it, to be passed on to whoever fixes it: its kind and its message."""
    return f"{type(error).__name__}: {error}"


class _LogFile(logging.Handler):
    """The log file, opened at the first record: its folder made, and logging.handlers imported (6 ms, and the window
    is not painted yet when the hook is installed), only when there is something to write. Nothing is written where
    it cannot be opened: what is logged goes to stderr all the same."""

    def __init__(self) -> None:
        super().__init__()
        self.path: Path | None = None
        self.unwritable = ""  # why it could not be opened
        self._file: RotatingFileHandler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self._file is None and not self.unwritable:
            from logging.handlers import RotatingFileHandler

            try:
                folder = log_folder()
                folder.mkdir(parents=True, exist_ok=True)
                self._file = RotatingFileHandler(folder / LOG_FILE, maxBytes=LOG_BYTES, backupCount=1,
                                                 encoding="utf-8")
            except OSError as error:
                self.unwritable = str(error)
                return
            self._file.setFormatter(self.formatter)
            self.path = folder / LOG_FILE
        if self._file is not None:
            self._file.emit(record)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()


def with_details(said: str) -> str:
    """``said`` and, a paragraph of its own, where the log file (the window's session's) put what glueplan logged last,
    in the words of the box for an uncaught exception: said of a broken edit, undo or redo whose traceback was logged
    (ui/shared/live_workspace.py). As it is where no log file is installed (run_gui installs it), or none opened."""
    log = next((handler for handler in _package_logger.handlers if isinstance(handler, _LogFile)), None)
    details = "" if log is None else _details(log)
    return f"{said}\n\n{details}" if details else said


def _details(log: _LogFile) -> str:
    """Where the details are: the log file, or why none could be written; empty while nothing was logged."""
    if log.path is not None:
        return filled(QCoreApplication.translate("UncaughtErrors", "The details are written in %1. Please send that "
                                                 "file to whoever helps you with glueplan."), str(log.path))
    if log.unwritable:
        return filled(QCoreApplication.translate("UncaughtErrors", "The details could not be written to a file (%1)."),
                      log.unwritable)
    return ""


class UncaughtErrors(QObject):
    """``sys.excepthook`` and ``threading.excepthook`` while installed. Each failure is logged with its traceback the
    first time, and in one line with its count at its 2nd, 4th, 8th... time; the first time it is also said in a box,
    on the next turn of the window's event loop and in its thread (a box opened from within a paint, or from within
    the undo history's move, would run its own loop there), one box at a time. KeyboardInterrupt, SystemExit and
    whatever else is no Exception go to the hook that was there before."""

    _found = Signal(str)  # what broke, queued: the box comes on the next turn, in the window's thread

    def __init__(self, window: Callable[[], QWidget | None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._window = window
        self._previous: Hook | None = None
        self._previous_thread: ThreadHook | None = None
        self._log = _LogFile()
        self._handlers: list[logging.Handler] = [logging.StreamHandler(sys.stderr), self._log]  # stderr: as before
        self._seen: dict[Place, int] = {}  # how many times each failure came
        self._seeing = threading.Lock()  # two threads failing alike: one box
        self._box: QMessageBox | None = None
        self._found.connect(self._tell, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        """The hook in place, and glueplan's logging written to stderr and to the log file."""
        if self._previous is not None:
            return
        form = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
        for handler in self._handlers:
            handler.setFormatter(form)
            _package_logger.addHandler(handler)
        self._previous, sys.excepthook = sys.excepthook, self._hook
        self._previous_thread, threading.excepthook = threading.excepthook, self._thread_hook

    def uninstall(self) -> None:
        """The hook that was there before back in place, and the log file closed."""
        if self._previous is None:
            return
        sys.excepthook, self._previous = self._previous, None
        threading.excepthook, self._previous_thread = self._previous_thread, None
        for handler in self._handlers:
            _package_logger.removeHandler(handler)
            handler.close()

    def _hook(self, kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if not issubclass(kind, Exception):
            assert self._previous is not None
            self._previous(kind, error, trace)
            return
        self._report(kind, error, trace)

    def _thread_hook(self, uncaught: threading.ExceptHookArgs) -> None:
        """A Python thread's: the box is still opened in the window's thread, the signal being queued."""
        if not isinstance(uncaught.exc_value, Exception):  # SystemExit passes quietly, as the default hook lets it
            assert self._previous_thread is not None
            self._previous_thread(uncaught)
            return
        self._report(uncaught.exc_type, uncaught.exc_value, uncaught.exc_traceback)

    def _report(self, kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        place = (f"{kind.__module__}.{kind.__qualname__}",
                 tuple((frame.filename, frame.lineno, frame.name) for frame in traceback.extract_tb(trace)))
        with self._seeing:
            times = self._seen[place] = self._seen.get(place, 0) + 1
        if times > 1:
            if times & (times - 1) == 0:
                _logger.error("The same again, %d times so far: %s", times, what_broke(error))
            return
        _logger.error("Uncaught in glueplan %s (Python %s, Qt %s, %s)", __version__, platform.python_version(),
                      qVersion(), platform.platform(), exc_info=(kind, error, trace))
        self._found.emit(what_broke(error))

    def _tell(self, broke: str) -> None:
        """The box, unless one is open: what came meanwhile is in the log it names."""
        if self._box is not None:
            return
        said = filled(self.tr("Something went wrong in glueplan: %1"), broke)
        said += "\n\n" + self.tr("What was saved is safe: glueplan saves each change as you make it, whole or not at "
                                 "all. The window may show something out of date: close glueplan and start it again to "
                                 "see what is saved.")
        said += "\n\n" + _details(self._log)  # the failure was logged first (_report)
        self._box = tell(self._window(), said, QMessageBox.Icon.Warning)
        self._box.destroyed.connect(self._closed)

    def _closed(self) -> None:
        self._box = None
