"""A window's first size, kept within the screen it opens on."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

TITLE_BAR = 60  # pixels above a dialog the window manager takes for its title, roughly


def within_screen(widget: QWidget, width: int, height: int) -> QSize:
    """The size wanted, or less where the screen is smaller (at 150 % scale a 1600x1000 screen
    is 1066x666 pixels to Qt), leaving room for the title bar; never under the widget's minimum."""
    screen = widget.screen().availableGeometry()
    minimum = widget.minimumSizeHint()
    return QSize(max(minimum.width(), min(width, screen.width())),
                 max(minimum.height(), min(height, screen.height() - TITLE_BAR)))
