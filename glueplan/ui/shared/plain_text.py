"""User text is shown as written, never read as markup: an own exercise named
"<b>x</b><img src=...>" must not turn bold or load a picture. Qt guesses that text with a tag in
it is HTML (labels, tooltips and message boxes alike), so every place that shows text a user
or a file wrote goes through one of these; and a translated text's %1, %2 … are filled in one
pass, so that a name holding "%2" stays as written."""

from __future__ import annotations

import re
from collections.abc import Mapping
from html import escape

from PySide6.QtCore import QChildEvent, QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from glueplan.ui.shared.button_letters import letter_buttons
from glueplan.ui.shared.modal import asked


def filled(text: str, *values: str) -> str:
    """A translated text with its %1, %2 … replaced by ``values`` in one pass, as Qt's QString.arg
    fills them (PySide6 has no QString): one replacement after another rewrote a "%2" inside the
    first value, so a program named "Week %2 heavy" was said as "Week Meg heavy"."""
    return re.sub(r"%([1-9])", lambda found: values[int(found[1]) - 1] if int(found[1]) <= len(values) else found[0],
                  text)


def plain(label: QLabel) -> QLabel:
    """The label shows its text as plain text, whatever it holds."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def no_mnemonic(text: str) -> str:
    """``text`` for a menu entry or a group box's title, where Qt takes "&" for the mark of an
    Alt+letter key: "Knee & hip" would show as "Knee _hip"."""
    return text.replace("&", "&&")


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` literally: escaped, lines kept. (An escaped text alone
    would be taken for plain text and show its &lt; entities.)"""
    return f"<p style='white-space:pre-wrap'>{escape(text)}</p>" if text else ""


def ask(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
        buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
        default: QMessageBox.StandardButton = QMessageBox.StandardButton.NoButton,
        names: Mapping[QMessageBox.StandardButton, str] | None = None) -> QMessageBox.StandardButton:
    """A message box whose text is plain; returns the button pressed. ``names`` words buttons where
    Qt's name says less ("Try again" and "Quit" for Retry and Close)."""
    box = _box(parent, icon, title, text, buttons)
    for button, name in (names or {}).items():
        box.button(button).setText(name)  # before asked(), which gives it its Alt-letter
    with asked(box):
        if default != QMessageBox.StandardButton.NoButton:
            box.setDefaultButton(default)
        return QMessageBox.StandardButton(box.exec())


def tell(window: QWidget | None, news: str, icon: QMessageBox.Icon = QMessageBox.Icon.Information) -> QMessageBox:
    """News in a box that leaves ``window`` usable at once (not exec: it comes from a look at the database,
    as the window starts, or from a failure within a paint), closed with a click or Enter and then deleted; its text
    plain and selectable, as ask's. Its OK has its Alt-letter, as ask's buttons have."""
    box = _box(window, icon, "glueplan", news, QMessageBox.StandardButton.Ok)
    letter_buttons(box)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def plain_boxes(dialog: QWidget) -> None:
    """The message boxes Qt's own ``dialog`` asks with show their text plain: a file dialog's name a file
    ("%1 already exists. Do you want to replace it?"), and a file named "<img src=x.png> &Co.csv" showed
    a picture there."""
    dialog.installEventFilter(_PlainBoxes(dialog))


class _PlainBoxes(QObject):
    """Makes each message box of the dialog it watches plain once the box is polished, as it is shown."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ChildPolished and isinstance(event, QChildEvent):
            box = event.child()
            if isinstance(box, QMessageBox):
                box.setTextFormat(Qt.TextFormat.PlainText)
        return False


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
         buttons: QMessageBox.StandardButton) -> QMessageBox:
    """The message box ask and tell show: its text plain, whatever it holds, and selectable."""
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return selectable(box)


def selectable(box: QMessageBox) -> QMessageBox:
    """``box`` with its text selectable by mouse and keyboard, to be copied into a message to whoever helps (a file's
    path, an error's words). Left to the style, Windows' let nothing select it (links only), Linux's Fusion the mouse
    alone; only tell's boxes (the uncaught error's) asked for the mouse. Qt gives the text click focus only: the default
    button keeps the keyboard as the box opens and in the Tab order, and Enter and Escape answer the box with the text
    clicked into and selected too (tests/ui/test_boxes_copied.py)."""
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    return box
