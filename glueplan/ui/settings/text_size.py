"""The text size chosen in Edit > Preferences: the desktop's fonts made larger for the whole app.

A reader with poor eyes had only the desktop's scale factor, which enlarges every other program too. Qt sizes the
app's widgets, rows, the muscle map's captions and the charts' labels from the application's font, so scaling that
font scales them all; the printed sheet has its own sizes in points (print/page_flow.py) and is left as it is.
The platform may give some kinds of widget a font of their own (a menu's, a tooltip's, a status bar's, on Windows and
KDE): Qt drops those when the application's font is set, so they are kept as the platform gave them and scaled too.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

# The classes Qt's platform themes give fonts of their own (QApplicationPrivate::initializeWidgetFontHash).
FONT_CLASSES = ("QMenu", "QMenuBar", "QMenuItem", "QMessageBox", "QLabel", "QTipLabel", "QStatusBar",
                "QMdiSubWindowTitleBar", "QDockWidgetTitle", "QPushButton", "QCheckBox", "QRadioButton",
                "QToolButton", "QAbstractItemView", "QListView", "QHeaderView", "QListBox", "QComboMenuItem",
                "QComboLineEdit", "QSmallFont", "QMiniFont", "QTabBar", "QGroupBox", "QLineEdit", "QAbstractSpinBox")

_desktop: tuple[QFont, dict[str, QFont]] | None = None  # the fonts the platform gave, before any was scaled


def _desktop_fonts() -> tuple[QFont, dict[str, QFont]]:
    """The application's font and the kinds of widget with another, as the platform gave them (read once, before
    the first change)."""
    global _desktop
    if _desktop is None:
        general = QApplication.font()
        _desktop = general, {name: font for name in FONT_CLASSES if (font := QApplication.font(name)) != general}
    return _desktop


def scaled(font: QFont, percent: int) -> QFont:
    """The font ``percent`` % of its size, in points or, where the platform gave it in pixels, in pixels."""
    larger = QFont(font)
    if font.pointSizeF() > 0:
        larger.setPointSizeF(font.pointSizeF() * percent / 100)
    else:
        larger.setPixelSize(round(font.pixelSize() * percent / 100))
    return larger


def apply_text_size(app: QApplication, percent: int) -> None:
    """Make the app's fonts ``percent`` % of the desktop's; 100 puts the desktop's back. Nothing is done at 100 when
    no size was ever set (a start at the usual size reads no font)."""
    if percent == 100 and _desktop is None:
        return
    general, kinds = _desktop_fonts()
    app.setFont(scaled(general, percent))  # Qt forgets the kinds' own fonts here: they are set again
    for name, font in kinds.items():
        app.setFont(scaled(font, percent), name)
