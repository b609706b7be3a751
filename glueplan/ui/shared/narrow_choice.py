"""A combo box that does not widen its panel with its longest choice."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter, QWidget

from glueplan.ui.shared.plain_text import plain_tooltip

CHARS = 12  # what a narrowed choice shows at least before it is elided


def narrow_choice(combo: QComboBox) -> QComboBox:
    """Long choices ("Hoftedominant, tåler tung belastning", "Træner en af de valgte") are elided where the
    box is narrow, as wide as 12 characters at least: a panel with them fits beside every tab in a window on
    half a 1366 px screen. Its tooltip says the choice whole (tell_choice), unless it has one of its own."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(CHARS)
    if not combo.toolTip():
        tell_choice(combo)
        combo.currentTextChanged.connect(lambda _text: tell_choice(combo))
    return combo


def tell_choice(combo: QComboBox) -> None:
    """The tooltip says the choice whole, as written: an own exercise's name is the user's text, and Qt
    rendered one written in markup."""
    combo.setToolTip(plain_tooltip(combo.currentText()))


class NarrowChoice(QComboBox):
    """A narrow choice (narrow_choice) that cuts the chosen text with an ellipsis where the box is narrower than it:
    Qt's own box cut it mid-letter ("Træner en af de valgt" in the library in the text size 150 %). ``tooltip``:
    one of its own, else it tells the choice whole."""

    def __init__(self, parent: QWidget | None = None, *, tooltip: str = "") -> None:
        super().__init__(parent)
        self.setToolTip(tooltip)
        narrow_choice(self)

    def shown_text(self) -> str:
        """The chosen text as it fits the box (with an ellipsis when it does not)."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        room = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                           QStyle.SubControl.SC_ComboBoxEditField, self).width()
        return self.fontMetrics().elidedText(self.currentText(), Qt.TextElideMode.ElideRight, room)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self.shown_text()
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


class FittingChoice(NarrowChoice):
    """A narrow choice that asks for room for its longest choice, so that a layout gives it that where it has
    it, and cuts the chosen one with an ellipsis where it has less. After filling it, call updateGeometry: a
    layout keeps the width it was last asked for."""

    def sizeHint(self) -> QSize:
        """Room for the longest choice (the layout gives less where there is less)."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(self.itemText(row)) for row in range(self.count())), default=0)
        wanted = self.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option,
                                               QSize(widest, metrics.height()), self)
        return super().sizeHint().expandedTo(wanted)
