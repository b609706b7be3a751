"""Qt's own dialogs speak the window's language: Danish from Qt's catalogue, Norwegian Bokmål
from glueplan's own entries over Qt's Nynorsk (Qt ships no Bokmål)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QTimer, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QFileDialog, QLabel, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from glueplan.domain.language import Language
from glueplan.ui.application import QT_CATALOGUES, install_translators
from tests.conftest import RESOURCES
from tests.ui.visible_text import plain, visible_texts


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


class MissedTexts(QTranslator):
    """Installed before every other translator, so asked last: what it hears, no catalogue translated."""

    def __init__(self) -> None:
        super().__init__()
        self.missed: set[tuple[str, str]] = set()

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        self.missed.add((context, source))
        return None  # a null string, as a catalogue without the text answers: "" would be a translation

    def isEmpty(self) -> bool:  # Qt's name: an empty translator is never asked
        return False


def print_dialog_texts(qtbot: QtBot) -> set[str]:
    """Every text of Qt's print dialog with its options shown and its printer's Properties (every
    tab; its Page tab is the page set-up dialog's widget), as the user can see them."""
    printer = QPrinter()
    dialog = QPrintDialog(printer)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    options = next(button for button in dialog.findChildren(QPushButton) if button.text().endswith(">>"))
    options.click()
    texts = {text for _where, text in visible_texts(dialog) if text}
    properties = dialog.findChild(QPushButton, "properties")
    assert properties is not None and properties.isEnabled()

    def read_properties() -> None:  # Qt runs the Properties dialog modal, in a loop of its own
        shown = next(child for child in dialog.findChildren(QDialog) if child.isVisible())
        texts.update(text for _where, text in visible_texts(shown) if text)
        shown.reject()

    QTimer.singleShot(0, read_properties)
    properties.click()
    return texts


# Word forms of Nynorsk that Bokmål does not use, as qtbase_nn writes them in the print dialogs.
NYNORSK = {"skrivar", "namn", "eigenskapar", "stad", "førehandsvis", "skrivareigenskapar", "jobbval", "høgre",
           "botn", "tommar", "hald", "laurdag", "sundag", "hemmeleg", "topphemmeleg", "konfliktar", "nokre", "retta",
           "dei", "ein", "gong", "valt", "frå", "skil", "sidetal", "skilde", "oddetalssider", "partalssider",
           "langsida", "kortsida", "storleik", "breidd", "høgd", "papirkjelde", "margar", "ståande", "liggjande",
           "utval", "val"}


def test_the_print_dialogs_leave_no_text_of_qt_untranslated(qtbot: QtBot, qapp: QApplication) -> None:
    """Qt 6.11 renamed texts of its print dialog ("Page Set:" became "Page &Set:"), which neither
    its own Danish catalogue nor glueplan's knew: shown in English in a Danish window."""
    for language in (Language.DA, Language.NB):
        missed = MissedTexts()
        qapp.installTranslator(missed)
        install_translators(qapp, language)
        try:
            texts = print_dialog_texts(qtbot)
        finally:
            qapp.removeTranslator(missed)
        english = sorted(f"{context}: {source!r}" for context, source in missed.missed if source in texts)
        assert not english, (language, english)
        if language is Language.NB:
            words = {word.lower() for text in texts for word in re.findall(r"\w+", plain(text))}
            assert not words & NYNORSK, sorted(words & NYNORSK)


def qt_libraries() -> bytes:
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.LibrariesPath))
    return b"".join(next(folder.glob(f"libQt6{name}.so*")).read_bytes()
                    for name in ("Core", "Gui", "Widgets", "PrintSupport"))


def qt_entries(language: Language) -> dict[tuple[str, str, str], str]:
    """glueplan's translations of Qt's own texts: (context, source, disambiguation) to translation."""
    tree = ET.parse(RESOURCES / "translations" / f"glueplan_{language.value}.ts")
    return {(context.findtext("name") or "", message.findtext("source") or "", message.findtext("comment") or ""):
            message.findtext("translation") or ""
            for context in tree.iter("context") if re.match(r"Q[A-Z]", context.findtext("name") or "")
            for message in context.iter("message")}


def test_every_text_of_qt_that_glueplan_translates_is_one_qt_still_asks_for() -> None:
    """A Qt upgrade that rewords a text (6.11: "Page Set:" to "Page &Set:") leaves glueplan's entry
    for the old one unused and the dialog in English; here it fails instead. Qt's texts are in its
    libraries as C strings."""
    libraries = qt_libraries()
    gone = [f"{context}: {source!r}" for context, source, _comment in qt_entries(Language.NB)
            if source.encode() + b"\0" not in libraries]
    assert not gone


def test_glueplan_translates_no_text_of_qt_as_qts_own_catalogue_does() -> None:
    """Qt's own translation is preferred: glueplan gives a text of Qt's in Danish only where Qt's
    Danish lacks it or is replaced on purpose, and in Bokmål where Qt's Nynorsk lacks it or spells it
    otherwise (or the Danish needs the entry: both catalogues take every text of qt_dialogs.py)."""
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    danish = qt_entries(Language.DA)
    alike = []
    for language, catalogue in QT_CATALOGUES.items():
        qt = QTranslator()
        assert qt.load(str(folder / f"{catalogue}.qm"))
        for (context, source, comment), translation in qt_entries(language).items():
            needed_by_danish = language is Language.NB and (context, source, comment) in danish
            if not needed_by_danish and qt.translate(context, source, comment or None) == translation:
                alike.append(f"{language.value} {context}: {source!r}")
    assert not alike
