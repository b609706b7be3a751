"""The text of glueplan's message boxes can be selected, by mouse and by keyboard, and copied into a message to whoever
helps: a box saying a step broke after it was saved (MainWindow._written_broke), or a file that could not be written,
showed its path and error in text that could not be selected. Selecting it takes nothing from the keyboard's answer:
Enter still presses the default button, and Escape the one that backs out."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton, QStyleFactory, QWidget
from pytestqt.qtbot import QtBot

from glueplan import __version__
from glueplan.ui.help.about import show_about
from glueplan.ui.settings.theme import ContrastStyle
from glueplan.ui.shared.plain_text import ask


@pytest.fixture(params=["Windows", "Fusion"])
def style(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The window's style as on Windows, whose styles leave a box's text unselectable (Qt's hint for it: links only),
    and as on Linux, Fusion, whose hint lets the mouse select it, but not the keyboard."""
    was, wrapped = qapp.style().name(), isinstance(qapp.style(), ContrastStyle)
    qapp.setStyle(ContrastStyle(QStyleFactory.create(request.param)))  # as apply_theme wraps the platform's
    yield request.param
    qapp.setStyle(ContrastStyle(QStyleFactory.create(was)) if wrapped else QStyleFactory.create(was))


Yes, No = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
SAID = ("Saved in the database, but the window could not show the result. The error: OSError: [Errno 28] No space "
        "left on device: '/home/anne/.local/share/glueplan/<b>x</b>.png'")


class Used:
    """What the keyboard and the mouse did in the box: the button that had the keyboard as it opened, what a click
    into its text and Ctrl+A selected, what Ctrl+C copied, and what Shift+Right five times selected from its start."""

    def __init__(self) -> None:
        self.first = ""
        self.all = ""
        self.copied = ""
        self.start = ""
        self.plain = False


def used_then(qapp: QApplication, owner: QWidget, key: Qt.Key) -> Used:
    """The next modal box, once shown: its text clicked into and selected by keyboard, copied, then ``key`` pressed
    in the text (the box answered by it, or not)."""
    used = Used()

    def use() -> None:
        box, focused = qapp.activeModalWidget(), qapp.focusWidget()
        if not isinstance(box, QMessageBox) or not box.isVisible() or focused is None or focused.window() is not box:
            return  # the keyboard not in the box yet: wherever it goes there, the test reads it (a hang never fails)
        timer.stop()
        used.first = focused.text() if isinstance(focused, QPushButton) else type(focused).__name__
        used.plain = box.textFormat() == Qt.TextFormat.PlainText
        text = box.findChild(QLabel, "qt_msgbox_label")
        QTest.mouseClick(text, Qt.MouseButton.LeftButton, pos=text.rect().center())
        QTest.keyClick(qapp.focusWidget(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        used.all = text.selectedText()
        qapp.clipboard().clear()
        QTest.keyClick(qapp.focusWidget(), Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
        used.copied = qapp.clipboard().text()
        QTest.keyClick(qapp.focusWidget(), Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
        for _letter in range(5):
            QTest.keyClick(qapp.focusWidget(), Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
        used.start = text.selectedText()
        QTest.keyClick(qapp.focusWidget(), key)
        if box.isVisible():  # not answered: the test fails on what it returned
            box.done(0)

    timer = QTimer(owner)
    timer.timeout.connect(use)
    timer.start(20)
    return used


@pytest.mark.parametrize(("default", "key", "answer"), [(No, Qt.Key.Key_Return, No), (Yes, Qt.Key.Key_Return, Yes),
                                                        (Yes, Qt.Key.Key_Escape, No)])
def test_a_boxs_text_is_selected_and_copied_and_the_keyboard_still_answers_it(
        qtbot: QtBot, qapp: QApplication, style: str, default: QMessageBox.StandardButton, key: Qt.Key,
        answer: QMessageBox.StandardButton) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    owner.show()
    used = used_then(qapp, owner, key)
    answered = ask(owner, QMessageBox.Icon.Warning, "glueplan", SAID, Yes | No, default)
    assert used.first == {Yes: "&Yes", No: "&No"}[default]  # the text takes no keyboard as the box opens
    assert used.plain and used.all == SAID and used.copied == SAID
    assert used.start == SAID[:5]
    assert answered == answer


def test_the_about_boxs_text_is_selected_to_copy_the_version(qtbot: QtBot, qapp: QApplication, style: str) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    owner.show()
    used = used_then(qapp, owner, Qt.Key.Key_Return)
    show_about(owner)
    assert qapp.activeModalWidget() is None and used.first == "&OK"
    assert used.all.startswith(f"glueplan {__version__}") and used.copied.startswith(f"glueplan {__version__}\n")
