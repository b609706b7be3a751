"""A combo box that does not widen its panel with its longest choice."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

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
