"""Light or dark: the desktop's choice by default, or the user's.

Qt follows the desktop's colour scheme where the platform tells it; where it cannot (or when
the user picks one), the app sets a palette itself. Colours the app chooses (error text,
muted text, chart lines) come in pairs, one for each kind of palette.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from glueplan.ui.settings.preferences import Theme


def is_dark(palette: QPalette | None = None) -> bool:
    """True when text is light on a dark window (the palette given, else the app's)."""
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < palette.color(
        QPalette.ColorRole.WindowText).lightness()


@dataclass(frozen=True, slots=True)
class Tone:
    """A colour the app chooses, with the variant that reads on a dark palette."""

    light: str
    dark: str

    def on(self, palette: QPalette | None = None) -> QColor:
        return QColor(self.dark if is_dark(palette) else self.light)

    def name(self, palette: QPalette | None = None) -> str:
        return self.on(palette).name()


ERROR_TEXT = Tone("#b3261e", "#ff8a80")
MUTED_TEXT = Tone("#6b6b6b", "#a8a8a8")
WEEKEND_TEXT = Tone("#c62828", "#f28b82")  # a calendar's Saturdays and Sundays


def dark_palette() -> QPalette:
    """A dark palette for platforms whose style has none of its own."""
    palette = QPalette()
    roles = QPalette.ColorRole
    # Fields a little lighter than the window: Fusion outlines check boxes in the window's
    # colour darkened, which vanished on a field darker than the window.
    for role, colour in ((roles.Window, "#2b2b2b"), (roles.WindowText, "#e8e8e8"), (roles.Base, "#383838"),
                         (roles.AlternateBase, "#404040"), (roles.ToolTipBase, "#3a3a3a"),
                         (roles.ToolTipText, "#e8e8e8"), (roles.PlaceholderText, "#9a9a9a"),
                         (roles.Text, "#e8e8e8"), (roles.Button, "#353535"), (roles.ButtonText, "#e8e8e8"),
                         (roles.BrightText, "#ff8a80"), (roles.Light, "#4a4a4a"), (roles.Midlight, "#404040"),
                         (roles.Mid, "#303030"), (roles.Dark, "#1a1a1a"), (roles.Shadow, "#000000"),
                         (roles.Highlight, "#2f7f9d"), (roles.HighlightedText, "#ffffff"),
                         (roles.Link, "#7cc4e0"), (roles.LinkVisited, "#b39ddb")):
        palette.setColor(role, QColor(colour))
    for role, colour in ((roles.WindowText, "#808080"), (roles.Text, "#808080"), (roles.ButtonText, "#808080")):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))
    return palette


def apply_theme(app: QApplication, theme: Theme) -> None:
    """Ask the platform for the scheme; set a palette where it did not give one."""
    hints = app.styleHints()
    if theme is Theme.SYSTEM:
        hints.unsetColorScheme()
        app.setPalette(QPalette())  # the platform's own again
        return
    dark = theme is Theme.DARK
    hints.setColorScheme(Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light)
    if is_dark(app.palette()) != dark:
        app.setPalette(dark_palette() if dark else app.style().standardPalette())
