"""Qt's own dialogs speak the window's language: Danish from Qt's catalogue, Norwegian Bokmål
from glueplan's own entries over Qt's Nynorsk (Qt ships no Bokmål)."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from glueplan.domain.language import Language
from glueplan.ui.application import install_translators


def button_texts(box: QMessageBox) -> set[str]:
    return {button.text().replace("&", "") for button in box.buttons()}


def test_a_norwegian_message_box_answers_in_bokmal(qtbot: QtBot, qapp: QApplication) -> None:
    install_translators(qapp, Language.NB)
    box = QMessageBox(QMessageBox.Icon.Question, "glueplan", "?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                      | QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Save)
    qtbot.addWidget(box)
    assert button_texts(box) == {"Ja", "Nei", "Avbryt", "Lagre"}


def test_the_norwegian_file_dialog_is_in_bokmal_not_english_or_nynorsk(qtbot: QtBot, qapp: QApplication) -> None:
    install_translators(qapp, Language.NB)
    dialog = QFileDialog(None, "glueplan")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # Qt's own, as where no desktop offers one
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    labels = {label.text() for label in dialog.findChildren(QLabel) if label.text()}
    assert {"&Se i:", "Fil&navn:", "Filer av &typen:"} <= labels, labels
    buttons = dialog.findChild(QDialogButtonBox).buttons()
    assert {button.text() for button in buttons} == {"&Lagre", "Avbryt"}


def test_the_print_preview_speaks_danish_and_bokmal(qtbot: QtBot, qapp: QApplication) -> None:
    expected = {Language.DA: {"Næste side", "Udskriv", "Liggende"}, Language.NB: {"Neste side", "Skriv ut", "Liggende"}}
    for language, texts in expected.items():
        install_translators(qapp, language)
        dialog = QPrintPreviewDialog()
        qtbot.addWidget(dialog)
        shown = {action.text() for action in dialog.findChildren(QAction)}
        assert texts <= shown, (language, shown)
        assert not shown & {"Next page", "Print", "Landscape", "Fit width", "Tilpass til breidda"}, shown


def test_undo_and_redo_are_one_word_each_in_menus_and_text_fields(qapp: QApplication) -> None:
    """Seen as a Danish user: Edit > Gentag redid, while a text field's menu offered Omgør."""
    from PySide6.QtCore import QCoreApplication

    for language in (Language.DA, Language.NB):
        install_translators(qapp, language)
        for action in ("&Undo", "&Redo"):
            words = {QCoreApplication.translate(context, action).replace("&", "")
                     for context in ("MainWindow", "QLineEdit", "QWidgetTextControl")}
            assert len(words) == 1, (language, words)
