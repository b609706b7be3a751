"""Fields of a scrolled page that turn with the wheel only while in use: a spin box, date field or choice
took every wheel notch that passed over it, so scrolling down the Programs page changed a template's
weeks, or a program's start, and down the Log tab a one-sided exercise's side, unseen."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QWidget


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
