"""An item view tabbed into chooses the row it makes current, so that the keys act on a row shown."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QAbstractItemView

KEYBOARD = (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason, Qt.FocusReason.ShortcutFocusReason)


def choose_current_on_keyboard_focus(view: QAbstractItemView, event: QFocusEvent) -> None:
    """Called after the view's own focusInEvent, where Qt makes a row current but chooses nothing:
    the row Delete (or Ctrl+Return) acts on did not show. A click chooses what it clicks itself."""
    current = view.currentIndex()
    if event.reason() in KEYBOARD and current.isValid() and not view.selectionModel().isSelected(current):
        view.selectionModel().select(current, QItemSelectionModel.SelectionFlag.ClearAndSelect)
