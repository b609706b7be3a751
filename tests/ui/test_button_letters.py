"""The buttons Qt names (OK, Cancel, Yes, No, Close, Save …) have Alt-letters in every language, none
two alike in a dialog and none a field's: in Danish and Bokmål OK, Cancel, Save, Close and the others
had none, nor in English but for Yes and No, while every other button of glueplan's had one. The
dialogs glueplan builds are walked in test_keyboard; these are the message boxes, the guide and the
file, print and page set-up dialogs."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPageSetupDialog, QPrintDialog
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from glueplan.domain.language import Language
from glueplan.ui.application import install_translators
from glueplan.ui.shared.plain_text import ask
from tests.ui.test_menu_mnemonics import MNEMONIC

EVERY_BUTTON = (QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Save | QMessageBox.StandardButton.SaveAll
                | QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.YesToAll
                | QMessageBox.StandardButton.No | QMessageBox.StandardButton.NoToAll | QMessageBox.StandardButton.Abort
                | QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Ignore
                | QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel
                | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Help
                | QMessageBox.StandardButton.Apply | QMessageBox.StandardButton.Reset
                | QMessageBox.StandardButton.RestoreDefaults)


def what_is_wrong(dialog: QWidget) -> tuple[list[str], list[str]]:
    """The buttons of the dialog's button boxes without an Alt-letter, and the letters had twice (by a field's
    label, a group, a button)."""
    unlettered = [button.text() for box in dialog.findChildren(QDialogButtonBox) for button in box.buttons()
                  if not MNEMONIC.search(button.text())]
    texts = [label.text() for label in dialog.findChildren(QLabel) if label.buddy() is not None]
    texts += [group.title() for group in dialog.findChildren(QGroupBox)]
    texts += [button.text() for button in dialog.findChildren(QAbstractButton)]
    letters = [found.group(1).lower() for text in texts if (found := MNEMONIC.search(text))]
    return unlettered, sorted({letter for letter in letters if letters.count(letter) > 1})


def answered_with(monkeypatch: pytest.MonkeyPatch, answer: object) -> list[tuple[list[str], list[str]]]:
    """Every dialog asked is answered at once with ``answer``; what was wrong with each is returned."""
    seen: list[tuple[list[str], list[str]]] = []

    def answering(dialog: QDialog) -> object:
        seen.append(what_is_wrong(dialog))
        return answer

    for kind in (QDialog, QMessageBox, QFileDialog):
        monkeypatch.setattr(kind, "exec", answering)
    return seen


def about(parent: QWidget) -> None:
    from glueplan.ui.help.about import show_about

    show_about(parent)


def save_file(parent: QWidget) -> None:
    from glueplan.ui.shared.file_dialogs import save_file_name

    save_file_name(parent, "glueplan", "plan.csv", "CSV (*.csv)")


def open_file(parent: QWidget) -> None:
    from glueplan.ui.shared.file_dialogs import open_file_name

    open_file_name(parent, "glueplan", "", "JSON (*.json)")


ASKED: dict[str, Callable[[QWidget], object]] = {
    "a question": lambda parent: ask(parent, QMessageBox.Icon.Question, "glueplan", "?",
                                     QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No),
    "a message": lambda parent: ask(parent, QMessageBox.Icon.Warning, "glueplan", "Not saved."),
    "every button": lambda parent: ask(parent, QMessageBox.Icon.Question, "glueplan", "?", EVERY_BUTTON),
    "about": about,
    "save a file": save_file,
    "open a file": open_file,
}


@pytest.mark.parametrize("language", list(Language))
@pytest.mark.parametrize("asking", ASKED)
def test_a_message_box_and_a_file_dialog_have_a_letter_on_each_button(
        qtbot: QtBot, qapp: QApplication, monkeypatch: pytest.MonkeyPatch, language: Language, asking: str) -> None:
    install_translators(qapp, language)
    parent = QWidget()
    qtbot.addWidget(parent)
    seen = answered_with(monkeypatch, QDialog.DialogCode.Rejected)
    unasked = QTimer(parent)  # a dialog run past exec (QMessageBox.about's, in C++) is closed, not waited for
    unasked.timeout.connect(lambda: isinstance(shown := qapp.activeModalWidget(), QDialog) and shown.reject())
    unasked.start(500)
    ASKED[asking](parent)
    assert seen == [([], [])]


@pytest.mark.parametrize("language", list(Language))
def test_the_guide_has_a_letter_on_close(qtbot: QtBot, qapp: QApplication, language: Language) -> None:
    from glueplan.ui.help.guide import GettingStarted

    install_translators(qapp, language)
    guide = GettingStarted(language)
    qtbot.addWidget(guide)
    assert what_is_wrong(guide) == ([], [])


@pytest.mark.qt_log_ignore("QPageSetupDialog: Cannot be used on non-native printers")  # the preview's PDF printer
@pytest.mark.parametrize("language", list(Language))
def test_qts_print_and_page_set_up_dialogs_have_a_letter_on_each_button(
        qtbot: QtBot, qapp: QApplication, language: Language) -> None:
    """The preview's Print and Page setup open Qt's dialogs themselves, not asked by glueplan."""
    from glueplan.ui.print.print_dialog import preview_dialog
    from tests.ui.test_print_sheet import sheet_of

    install_translators(qapp, language)
    preview = preview_dialog(sheet_of("seed-000", language))
    qtbot.addWidget(preview)
    for kind in (QPrintDialog, QPageSetupDialog):
        dialog = kind(preview.printer(), preview)  # as the preview's Print and Page setup make them
        dialog.show()
        assert what_is_wrong(dialog) == ([], []), kind.__name__
        dialog.reject()
