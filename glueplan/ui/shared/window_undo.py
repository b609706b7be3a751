"""Undo and Redo follow the window, not the keyboard focus.

Qt's text fields claim Ctrl+Z (and Ctrl+Shift+Z, Ctrl+Y) for themselves whenever they have the
focus, even with nothing of their own to undo, so after a click that left the focus in a field
(the Log page's "Log set" puts it in the reps field) the window's Undo never heard the key. Here
a field keeps those keys only while it holds typing of its own to take back or bring back; else
they reach the Edit menu's actions, which act on the active page's undo stack.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

_TEXT_FIELDS = (QLineEdit, QAbstractSpinBox, QComboBox, QTextEdit, QPlainTextEdit)


def undo_keys() -> str:
    """The Undo shortcut as this desktop writes it ("Ctrl+Z"), for a status bar that says how a change comes back."""
    return QKeySequence(QKeySequence.StandardKey.Undo).toString(QKeySequence.SequenceFormat.NativeText)


def _has_own(widget: QObject, redo: bool) -> bool:
    """Whether a text field (a spin box's or combo box's by its line edit) has typing to undo or redo."""
    if isinstance(widget, (QTextEdit, QPlainTextEdit)):
        document = widget.document()
        return document.isRedoAvailable() if redo else document.isUndoAvailable()
    field = widget if isinstance(widget, QLineEdit) else widget.findChild(QLineEdit)
    if field is None:
        return False
    return field.isRedoAvailable() if redo else field.isUndoAvailable()


class UndoFollowsWindow(QObject):
    """Watches the focused text field of one window (only that one: a filter on every event of
    the application would cost each event a call into Python)."""

    def __init__(self, window: QWidget, undo: QAction, redo: QAction) -> None:
        super().__init__(window)
        self._window = window
        self._undo, self._redo = undo, redo
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if isinstance(new, _TEXT_FIELDS) and new.window() is self._window:
            new.installEventFilter(self)  # removed again when the field loses the focus

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            watched.removeEventFilter(self)
        elif event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            pressed = QKeySequence(event.keyCombination())
            for action, redo in ((self._undo, False), (self._redo, True)):
                if pressed in action.shortcuts() and not _has_own(watched, redo):
                    event.ignore()  # not claimed by the field: the window's shortcut runs
                    return True
        return False
