"""A question with one answer (a name), asked as QInputDialog.getText asks it, but with the buttons
named by glueplan: Qt's static functions leave OK and Cancel as the platform names them, with an
Alt-letter on some desktops and none on others (nor any Bokmål).
The label's Alt-letter goes to the field (QInputDialog makes the label its field's buddy)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QInputDialog, QLabel, QWidget

from glueplan.ui.shared.modal import asked
from glueplan.ui.shared.plain_text import plain


def text_dialog(parent: QWidget | None, title: str, label: str, ok: str, text: str = "") -> QInputDialog:
    """A dialog asking for a line of text, ``text`` in it at first; ``label`` and ``ok`` carry their "&"."""
    dialog = QInputDialog(parent)
    dialog.setTextValue(text)
    return _named(dialog, title, label, ok)


def _named(dialog: QInputDialog, title: str, label: str, ok: str) -> QInputDialog:
    """``label`` is shown as written (its "&" marks aside): it may hold a name, "<b>Heavy</b>"."""
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    plain(dialog.findChild(QLabel))  # the label setLabelText made
    dialog.setOkButtonText(ok)
    dialog.setCancelButtonText(QCoreApplication.translate("InputDialog", "&Cancel"))
    return dialog


def answer(dialog: QInputDialog) -> str | None:
    """What the user gave, once they said OK; None when cancelled."""
    with asked(dialog):
        return dialog.textValue() if dialog.exec() == QDialog.DialogCode.Accepted else None
