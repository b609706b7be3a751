"""Fields of a scrolled page that turn with the wheel only while in use: a spin box, date field or choice
took every wheel notch that passed over it, so scrolling down the Programs page changed a template's
weeks, or a program's start, and down the Log tab a one-sided exercise's side, unseen. And choices that
change only with their list open, for filters whose change shows elsewhere (``change_when_open``)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QWidget


class _WheelWhenFocused(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A wheel over the field not in use goes on to the page (ignored, Qt hands it to the parents)."""
        if event.type() == QEvent.Type.Wheel and isinstance(watched, QWidget) and not watched.hasFocus():
            event.ignore()
            return True
        return False


def wheel_when_focused(*fields: QAbstractSpinBox | QComboBox) -> None:
    for field in fields:
        field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel no longer takes the keyboard to it either
        field.installEventFilter(_WheelWhenFocused(field))


_TYPING = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier  # keys as plain as a letter
_MOVES = frozenset({Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown, Qt.Key.Key_Home,
                    Qt.Key.Key_End})


class _ChangeWhenOpen(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """On the closed choice an arrow opens its list, a letter opens it at the first choice so named
        (Qt's own choosing as one types), and a wheel goes on to the page."""
        wheel = event.type() == QEvent.Type.Wheel
        key = isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress
        plain = key and event.modifiers() & ~_TYPING == Qt.KeyboardModifier.NoModifier
        arrow = plain and event.key() in _MOVES
        letter = plain and event.text().strip() != "" and event.text().isprintable()
        if not (wheel or arrow or letter) or not isinstance(watched, QComboBox) or watched.view().isVisible():
            return False
        if wheel:
            event.ignore()
            return True
        watched.showPopup()
        if letter:
            QApplication.sendEvent(watched.view(), QKeyEvent(QEvent.Type.KeyPress, event.key(), event.modifiers(),
                                                             event.text()))
        return True


def change_when_open(*choices: QComboBox) -> None:
    """Choices that change only with their list open, where a change shows only elsewhere: the
    library's filters, where one Tab from the search and a Down set the category unseen and the list
    went empty. An arrow or a letter opens the list (Enter then chooses, Escape keeps the choice); the
    wheel passes over the closed box."""
    for choice in choices:
        choice.installEventFilter(_ChangeWhenOpen(choice))
