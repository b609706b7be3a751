"""The look of Qt's tooltip, for a label that says what a tooltip would where Qt shows none (a key refused, which
hides Qt's at the next key released; a drag, during which Qt shows none)."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QLabel, QToolTip

TIP_MARGIN = 3  # px, as Qt's own tips


def tip_look(label: QLabel) -> QLabel:
    """``label`` coloured, framed and spaced as Qt's tooltips: it reads over whatever it covers."""
    label.setPalette(QToolTip.palette())
    label.setForegroundRole(QPalette.ColorRole.ToolTipText)
    label.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
    label.setAutoFillBackground(True)
    label.setFrameStyle(QFrame.Shape.Box | QFrame.Shadow.Plain)
    label.setMargin(TIP_MARGIN)
    return label
