"""An exception nothing catches, raised in a slot or a paint: logged to a file and said in a box, once, instead of a
traceback on a stderr nobody started from a desktop menu reads (ui/shared/uncaught_errors.py). pytest-qt's own hook
would take it first: these tests turn it off with its documented mark, and install glueplan's themselves."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType

import pytest
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from glueplan.domain.language import Language
from glueplan.ui import application as app_module
from glueplan.ui.application import install_translators
from glueplan.ui.main_window import MainWindow
from glueplan.ui.shared.uncaught_errors import UncaughtErrors, log_folder
from tests.conftest import on_screen
from tests.ui.test_app import once_attached

pytestmark = pytest.mark.qt_no_exception_capture


class _Sender(QObject):
    poked = Signal()


class _BrokenPaint(QWidget):
    """A widget whose every paint fails, as a page's did on every repaint."""

    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def paintEvent(self, event: QPaintEvent) -> None:
        self.paints += 1
        raise RuntimeError("no colour for <b>gluteus medius</b>")


def boxes() -> list[QMessageBox]:
    return [widget for widget in QApplication.topLevelWidgets() if isinstance(widget, QMessageBox)
            and widget.isVisible()]


def told(qtbot: QtBot) -> QMessageBox:
    """The one box said, once it is open."""
    qtbot.waitUntil(lambda: len(boxes()) == 1)
    return boxes()[0]


def closed(qtbot: QtBot, box: QMessageBox) -> None:
    box.close()
    qtbot.waitUntil(lambda: not boxes())


def repainted(qtbot: QtBot, broken: _BrokenPaint) -> None:
    """Painted again by the event loop, as a window repaints. (A repaint() asked from Python raises there, as a call
    does.)"""
    again = broken.paints
    broken.update()
    qtbot.waitUntil(lambda: broken.paints > again)


def logged() -> str:
    return (log_folder() / "glueplan.log").read_text(encoding="utf-8")


@pytest.fixture
def window(qtbot: QtBot) -> QWidget:
    return on_screen(qtbot, QWidget(), 300, 200)


@pytest.fixture
def installed(window: QWidget) -> Iterator[UncaughtErrors]:
    errors = UncaughtErrors(lambda: window)
    errors.install()
    yield errors
    errors.uninstall()


def test_an_exception_in_a_slot_is_logged_and_said_once(qtbot: QtBot, window: QWidget,
                                                        installed: UncaughtErrors) -> None:
    """The traceback in the log file, a box on the window saying what broke (as written: no markup), that what is
    saved is safe, and where the details are; another failure while it is open is logged and opens no second box; the
    same exception again is one more line in the log and no box (failed before: nothing but a traceback on stderr)."""
    sender = _Sender()

    def broken() -> None:
        raise ValueError("no exercise named <i>hip thrust</i>")

    sender.poked.connect(broken)
    sender.poked.emit()
    box = told(qtbot)
    assert box.parent() is window and box.textFormat() == Qt.TextFormat.PlainText
    path = log_folder() / "glueplan.log"
    assert box.text() == (
        "Something went wrong in glueplan: ValueError: no exercise named <i>hip thrust</i>\n\n"
        "What was saved is safe: glueplan saves each change as you make it, whole or not at all. The window may show "
        "something out of date: close glueplan and start it again to see what is saved.\n\n"
        f"The details are written in {path}. Please send that file to whoever helps you with glueplan.")
    assert "Traceback (most recent call last)" in logged() and 'raise ValueError("no exercise named' in logged()
    other = _Sender()
    other.poked.connect(lambda: None + 1)
    other.poked.emit()
    assert logged().count("Traceback") == 2 and logged().endswith("TypeError: unsupported operand type(s) for +: "
                                                                  "'NoneType' and 'int'\n")
    QApplication.processEvents()  # where a second box would be asked
    assert boxes() == [box]
    closed(qtbot, box)
    sender.poked.emit()
    assert logged().count("Traceback") == 2
    assert logged().endswith("The same again, 2 times so far: ValueError: no exercise named <i>hip thrust</i>\n")
    QApplication.processEvents()  # where a second box would be asked
    assert not boxes()


def test_a_paint_failing_at_every_repaint_opens_one_box_in_the_window_s_language(qtbot: QtBot, qapp: QApplication,
                                                                                installed: UncaughtErrors) -> None:
    """Said on the next turn, not from within the paint, in Danish in a Danish window; the repaints the box itself
    brings, and those after it is closed, open no other (failed before: no box)."""
    install_translators(qapp, Language.DA)
    broken = on_screen(qtbot, _BrokenPaint(), 200, 100)
    box = told(qtbot)
    assert box.text().startswith("Noget gik galt i glueplan: RuntimeError: no colour for <b>gluteus medius</b>\n\n")
    repainted(qtbot, broken)
    closed(qtbot, box)
    repainted(qtbot, broken)
    QApplication.processEvents()
    assert not boxes() and logged().count("Traceback") == 1


def test_a_failure_repeated_is_logged_again_only_at_its_2nd_4th_8th_time(qtbot: QtBot, window: QWidget,
                                                                         installed: UncaughtErrors) -> None:
    """A paint failing every 33 ms wrote a line a repaint: the log rolled its one traceback out of both files within
    five minutes, while the box asks for that file (failed before: 19 lines for 20 times)."""
    sender = _Sender()
    sender.poked.connect(lambda: {}["gluteus minimus"])
    for _ in range(20):
        sender.poked.emit()
    closed(qtbot, told(qtbot))
    again = [line.split(": ", 1)[1] for line in logged().splitlines() if "The same again" in line]
    assert logged().count("Traceback") == 1 and again == [
        f"The same again, {times} times so far: KeyError: 'gluteus minimus'" for times in (2, 4, 8, 16)]


def test_an_exception_in_a_python_thread_is_logged_and_said_in_the_window_s_thread(
        qtbot: QtBot, window: QWidget, monkeypatch: pytest.MonkeyPatch) -> None:
    """The daily backup's copy of a damaged file raised in its own thread: it went to threading.excepthook, on stderr
    only. It is logged and said in a box in the window's thread now; SystemExit in a thread still passes to the hook
    before, which is back at uninstall (failed before: no box)."""
    handed: list[type[BaseException]] = []
    monkeypatch.setattr(threading, "excepthook", lambda uncaught: handed.append(uncaught.exc_type))
    before = threading.excepthook
    errors = UncaughtErrors(lambda: window)
    errors.install()
    try:
        for failing in (lambda: 1 / 0, sys.exit):
            thread = threading.Thread(target=failing, name="glueplan daily backup")
            thread.start()
            thread.join()
        box = told(qtbot)
    finally:
        errors.uninstall()
    assert box.thread() is window.thread() and box.text().startswith(
        "Something went wrong in glueplan: ZeroDivisionError: division by zero\n\n")
    assert "Traceback" in logged() and "lambda: 1 / 0" in logged()
    assert handed == [SystemExit] and threading.excepthook is before
    closed(qtbot, box)


def test_a_log_folder_that_cannot_be_made_leaves_stderr_and_says_so(qtbot: QtBot, window: QWidget, tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    """A file where the log's folder would be: no crash, the traceback on stderr, and the box says the details could not
    be written (failed before: no box)."""
    (tmp_path / "state").write_text("a file, not a folder")
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    errors = UncaughtErrors(lambda: window)
    errors.install()
    try:
        sender = _Sender()
        sender.poked.connect(lambda: 1 / 0)
        sender.poked.emit()
        box = told(qtbot)
    finally:
        errors.uninstall()
    assert box.text().startswith("Something went wrong in glueplan: ZeroDivisionError: division by zero\n\n")
    assert box.text().endswith(f"The details could not be written to a file ([Errno 20] Not a directory: "
                               f"'{log_folder()}').")
    assert "ZeroDivisionError: division by zero" in capsys.readouterr().err
    closed(qtbot, box)


def test_keyboard_interrupt_goes_to_the_hook_before_it_and_that_hook_comes_back(
        window: QWidget, monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl+C in the terminal glueplan was started from is not a failure to report (failed with a hook that took it for
    one: not handed on)."""
    handed: list[BaseException] = []

    def before(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        handed.append(error)

    monkeypatch.setattr(sys, "excepthook", before)
    errors = UncaughtErrors(lambda: window)
    errors.install()
    interrupt = KeyboardInterrupt()
    sys.excepthook(KeyboardInterrupt, interrupt, None)
    errors.uninstall()
    assert handed == [interrupt] and sys.excepthook is before
    QApplication.processEvents()
    assert not boxes() and not log_folder().exists()  # nothing logged: no folder made


def test_the_window_s_session_installs_it_and_puts_back_the_hook_before(qapp: QApplication, qtbot: QtBot,
                                                                        db_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """run_gui: a slot broken in the main window is said in a box on it; the hook before is back once it has closed
    (failed before: no box)."""
    before = sys.excepthook
    said: list[tuple[str, bool]] = []

    def look(windows: list[MainWindow]) -> None:
        sender = _Sender()
        sender.poked.connect(lambda: [].pop())
        sender.poked.emit()
        box = told(qtbot)
        said.append((box.text().splitlines()[0], box.parent() is windows[0]))
        box.close()

    monkeypatch.setattr(qapp, "exec", once_attached(look))
    assert app_module.run_gui(str(db_path), Language.EN) == 0
    assert said == [("Something went wrong in glueplan: IndexError: pop from empty list", True)]
    assert sys.excepthook is before
