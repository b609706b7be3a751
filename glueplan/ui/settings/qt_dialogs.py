"""Qt's own texts in the dialogs glueplan opens that Qt's Danish catalogue (qtbase_da) does not
give as glueplan wants them, here so that lupdate puts them in glueplan's Danish and Norwegian
translations; Qt's own translation is used for the rest (application.install_translators).

Qt's Danish lacks them (texts Qt 6.11 reworded, such as "Page &Set:", the CUPS job options, a
folder's type), or says them in words replaced on purpose: "Stående" and "Liggende", as Danish
office programs say, for "Portræt" and "Landskab"; "Gentag" for Redo in a text field, as the Edit
menu says; "Tommer (in)" for "Tommer (tommer)". What Norwegian Bokmål needs beyond these is in
qt_dialogs_nb.py. tests/ui/test_qt_dialogs_language.py fails when Qt rewords one of them."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

# A text Qt asks for with a disambiguation is given with translate(): lupdate reads one only from there.
DIALOG_TEXTS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QCoreApplication.translate("QAbstractFileIconProvider", "Folder", "All other platforms"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Portrait"),
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Landscape"),
    QT_TRANSLATE_NOOP("QCupsJobWidget", "Scheduled &printing:"),
    QT_TRANSLATE_NOOP("QCupsJobWidget", "&Billing information:"),
    QT_TRANSLATE_NOOP("QCupsJobWidget", "Job &priority:"),
    QCoreApplication.translate("QCupsJobWidget", "&Start:", "Banner page at start"),
    QCoreApplication.translate("QCupsJobWidget", "&End:", "Banner page at end"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Page &Set:"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Double Sided Printing"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Off"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Long side binding"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Short side binding"),
    QT_TRANSLATE_NOOP("QPageSetupWidget", "Portrait"),
    QT_TRANSLATE_NOOP("QPageSetupWidget", "Landscape"),
    QT_TRANSLATE_NOOP("QPageSetupWidget", "Reverse landscape"),
    QT_TRANSLATE_NOOP("QPageSetupWidget", "Reverse portrait"),
    QT_TRANSLATE_NOOP("QPageSetupWidget", "Page &order:"),
    QT_TRANSLATE_NOOP("QPageSetupWidget", "Pages &per sheet:"),
    QT_TRANSLATE_NOOP("QPageSetupWidget", "Inches (in)"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Redo"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Redo"),
)
