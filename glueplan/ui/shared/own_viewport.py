"""A scroll area's viewport made in Python, not by Qt, for the views the first screen shows.

The first time Python is handed a widget Qt made itself (a scroll area's viewport, asked for by a view laying out
its rows), PySide looks for its class among every QWidget class it has not made yet, and makes each with its enums
(QWizard's, QFileDialog's, QMdiArea's, ...): 34 enums and as many classes, paid by whichever asks first (the Week
page, as it lays out its days and scrolls Monday into sight; 1-2 ms of a returning user's start-up, measured). A
viewport made in Python is known as it is. It is set up as Qt sets up its own (QAbstractScrollAreaPrivate::init;
QScrollArea's takes its area's ground, an item view's the field's)."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractScrollArea, QWidget


def own_viewport(area: QAbstractScrollArea, ground: QPalette.ColorRole = QPalette.ColorRole.Base) -> None:
    """Give ``area`` (just made: what its viewport holds goes with the old one) a viewport made here."""
    viewport = QWidget()
    viewport.setObjectName("qt_scrollarea_viewport")
    viewport.setBackgroundRole(ground)
    viewport.setAutoFillBackground(True)
    area.setViewport(viewport)
