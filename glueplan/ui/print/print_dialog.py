"""File > Print, Print preview and Export PDF: the options asked before each, remembered
between runs, and the three ways out (printer, preview, PDF file), all painted by paint_sheet.

Every function takes its printer or file as an argument when it is given one, so tests print
for real without a dialog; only what the user must choose opens one.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QChildEvent, QCoreApplication, QEvent, QObject, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPrintSupport import QPageSetupDialog, QPrintDialog, QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QSpinBox,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from glueplan.app import clock
from glueplan.app.desktop_locale import desktop_paper
from glueplan.app.sheet_source import open_program_sheet
from glueplan.domain.language import Language
from glueplan.domain.paper import Paper
from glueplan.domain.program_sheet import ProgramSheet, SheetOptions, WeekRange
from glueplan.store.atomic_file import WriteFailed, refuse_open_database
from glueplan.ui.print.pdf import sheet_pdf
from glueplan.ui.print.sheet_painter import page_layout, paint_sheet
from glueplan.ui.shared import file_dialogs
from glueplan.ui.shared.button_letters import letter_buttons
from glueplan.ui.shared.keyboard_focus import paint_focus_frame
from glueplan.ui.shared.live_workspace import LiveWorkspace
from glueplan.ui.shared.logged_text import regional_locale_name
from glueplan.ui.shared.modal import asked
from glueplan.ui.shared.plain_text import ask, plain_boxes
from glueplan.ui.shared.saved_file import file_name, offered_file, remember_folder, save_folder, save_or_say


class PrintOptionsDialog(QDialog):
    """Language, paper, weeks, illustrations and log grids of a program sheet. The language
    starts as the trainee's (the last one chosen for them), the rest as last time; the paper at first
    as ``paper``, the desktop's (Letter in the US, app/desktop_locale.py)."""

    def __init__(self, weeks: int, trainee_id: int, trainee_language: Language, title: str, paper: Paper,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._language_key = f"print/language/{trainee_id}"
        settings = QSettings()
        self.language = QComboBox()
        for language in Language:
            self.language.addItem(language.endonym, language.value)
        self.language.setCurrentIndex(self.language.findData(
            str(settings.value(self._language_key, trainee_language.value))))
        self.paper = QComboBox()
        self.paper.addItem("A4", Paper.A4.value)
        self.paper.addItem("Letter", Paper.LETTER.value)
        self.paper.setCurrentIndex(max(self.paper.findData(str(settings.value("print/paper", paper.value))), 0))

        self.all_weeks = QRadioButton(self.tr("&All weeks"))
        self.some_weeks = QRadioButton(self.tr("&Weeks"))
        self.first_week, self.last_week = QSpinBox(), QSpinBox()
        for spin, value in ((self.first_week, 1), (self.last_week, weeks)):
            spin.setRange(1, max(weeks, 1))
            spin.setValue(value)
            spin.valueChanged.connect(lambda _value: self.some_weeks.setChecked(True))
        self.first_week.valueChanged.connect(lambda value: self.last_week.setValue(max(value, self.last_week.value())))
        self.last_week.valueChanged.connect(lambda value: self.first_week.setValue(min(value, self.first_week.value())))
        self.all_weeks.setChecked(True)
        range_row = QHBoxLayout()
        range_row.addWidget(self.some_weeks)
        range_row.addWidget(self.first_week)
        range_row.addWidget(QLabel(self.tr("to")))
        range_row.addWidget(self.last_week)
        range_row.addStretch(1)
        weeks_box = QVBoxLayout()
        weeks_box.addWidget(self.all_weeks)
        weeks_box.addLayout(range_row)

        self.illustrations = QCheckBox(self.tr("Exercise &illustrations"))
        self.illustrations.setChecked(settings.value("print/illustrations", True, bool) is True)
        self.log_grids = QCheckBox(self.tr("Blank &log grids"))
        self.log_grids.setChecked(settings.value("print/log_grids", True, bool) is True)

        form = QFormLayout()  # Alt+letter goes to each field: a label's to the field it names
        form.addRow(self.tr("&Sheet language"), self.language)
        form.addRow(self.tr("&Paper"), self.paper)
        form.addRow(self.tr("Weeks"), weeks_box)  # each choice has its letter
        form.addRow("", self.illustrations)
        form.addRow("", self.log_grids)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def options(self) -> SheetOptions:
        weeks = None if self.all_weeks.isChecked() else WeekRange(self.first_week.value(), self.last_week.value())
        return SheetOptions(Language(self.language.currentData()), Paper(self.paper.currentData()), weeks,
                            self.illustrations.isChecked(), self.log_grids.isChecked())

    def remember(self) -> None:
        """Keep the choices for next time; the weeks belong to this program and are not kept."""
        options = self.options()
        settings = QSettings()
        settings.setValue(self._language_key, options.language.value)
        settings.setValue("print/paper", options.paper.value)
        settings.setValue("print/illustrations", options.illustrations)
        settings.setValue("print/log_grids", options.log_grids)


def ask_sheet(live: LiveWorkspace, title: str, parent: QWidget | None = None) -> ProgramSheet | None:
    """The open program's sheet with the options the user chose; None when they cancelled or
    no program is open."""
    program = live.workspace.program
    if program is None:
        return None
    with asked(PrintOptionsDialog(len(program.weeks), live.workspace.trainee_id, live.trainee.language, title,
                                  desktop_paper(regional_locale_name()), parent)) as dialog:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        dialog.remember()
        options = dialog.options()
    return open_program_sheet(live.workspace, options, clock.today())


PDF_FILTER = "PDF (*.pdf)"


def sheet_file_title(sheet: ProgramSheet) -> str:
    """What a sheet's file is named after: the program and whose it is, so that a coach's sheets
    for three clients on one template do not take each other's place."""
    return " – ".join(part for part in (sheet.program, sheet.trainee) if part)


def _ready(sheet: ProgramSheet, printer: QPrinter | None) -> QPrinter:
    """The printer given, or a new one, set to the sheet's paper (the user may change it after).
    Its document name is a file's (a print queue's job, a printer to PDF names the file by it)."""
    printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(page_layout(sheet.options.paper))
    printer.setDocName(file_name(sheet_file_title(sheet), ""))
    return printer


def _painted(sheet: ProgramSheet, device: QPrinter, language: Language, parent: QWidget | None) -> None:
    """The preview's pages, or what the user printed: a file printed to is the folder saved to,
    once it is written (one that could not be opened has no pages). A file of the open database
    is not printed into: Qt would write the pages over it (store/open_files.py)."""
    printed_to = device.outputFileName() if device.outputFormat() is QPrinter.OutputFormat.PdfFormat else ""
    try:
        if printed_to:
            refuse_open_database(Path(printed_to))
    except WriteFailed as refused:
        ask(parent, QMessageBox.Icon.Warning, "glueplan", refused.text(language))
        return
    if paint_sheet(sheet, device, set_layout=False) and printed_to:
        remember_folder(Path(printed_to))


class PrintDialogWatch(QObject):
    """Qt's print dialog, which the preview's Print opens itself, made glueplan's before it shows:
    its file lists tell files by their names (file_dialogs.read_no_files), its … button asks with
    glueplan's own file dialog (Qt's read every file of the folder it showed), and it offers to print
    to a file in the folder last saved to, or Documents, not the home or the current folder. Its
    buttons, and the page set-up's, have Alt-letters as those of the dialogs glueplan asks, and the file's
    name in its questions is shown as written (plain_text.plain_boxes)."""

    def __init__(self, printer: QPrinter, parent: QObject) -> None:
        super().__init__(parent)
        self._printer = printer

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ChildPolished and isinstance(event, QChildEvent):
            child = event.child()
            if isinstance(child, QPrintDialog):
                file_dialogs.read_no_files(child)
                plain_boxes(child)  # "<file> already exists. Do you want to overwrite it?"
                self._browse_with_ours(child)
                child.installEventFilter(self)
            elif isinstance(child, QPageSetupDialog):
                child.installEventFilter(self)
        elif event.type() == QEvent.Type.Show and isinstance(watched, QDialog):
            letter_buttons(watched)  # Qt opens these itself, not asked
            output = watched.findChild(QLineEdit, "filename")
            if output is not None and not self._printer.outputFileName():
                output.setText(str(self._offered_in(save_folder())))
        return False

    def _offered_in(self, folder: Path) -> Path:
        return folder / f"{self._printer.docName() or 'glueplan'}.pdf"

    def _browse_with_ours(self, dialog: QPrintDialog) -> None:
        browse, output = dialog.findChild(QAbstractButton, "fileBrowser"), dialog.findChild(QLineEdit, "filename")
        if browse is None or output is None:  # another platform's dialog: nothing of Qt's to replace
            return
        browse.clicked.disconnect()  # Qt's own QFileDialog.getSaveFileName

        def ask_with_ours() -> None:
            title = QCoreApplication.translate("QPrintDialog", PRINT_TO_FILE)
            offered = output.text() or str(save_folder())
            chosen, _kind = file_dialogs.save_file_name(dialog, title, offered, PDF_FILTER)
            if chosen:
                output.setText(chosen)

        browse.clicked.connect(ask_with_ours)
        output.editingFinished.connect(lambda: output.setText(self._printed_to(output.text())))

    def _printed_to(self, typed: str) -> str:
        """The file a typed Output file names, settled when it is left (before Print is pressed, and Qt
        asks whether to replace it): Qt printed to what was typed, '*.pdf' or 'plan' (a PDF without
        its suffix). A name without a folder is in the save folder, where Qt took it to the home folder.
        A pattern is no name: the document's name is offered in its folder instead."""
        if not typed:
            return typed
        path = Path(typed) if Path(typed).parent != Path() else save_folder() / typed
        if file_dialogs.is_pattern(str(path)):
            return str(self._offered_in(path.parent))
        return file_dialogs.named_file(str(path), [PDF_FILTER], PDF_FILTER)


def preview_dialog(sheet: ProgramSheet, parent: QWidget | None = None, printer: QPrinter | None = None,
                   language: Language | None = None) -> QPrintPreviewDialog:
    """A print preview of the sheet, from which the user prints; shown by the caller. ``language``
    is the window's, for what it says (else the sheet's)."""
    # Without a printer the dialog makes its own and keeps it: it does not own one given to it,
    # and a QPrinter made here would be collected while the dialog still paints on it.
    dialog = QPrintPreviewDialog(printer, parent) if printer is not None else QPrintPreviewDialog(parent)
    _ready(sheet, dialog.printer())
    dialog.paintRequested.connect(lambda device: _painted(sheet, device, language or sheet.options.language, dialog))
    give_preview_keys(dialog)
    fit_page_always(dialog)
    dialog.installEventFilter(PrintDialogWatch(dialog.printer(), dialog))
    return dialog


FIT_PAGE = "Fit page"  # Qt's text, which Qt's own translations translate
PRINT_TO_FILE = "Print To File ..."  # Qt's title for the output file's dialog; named, so Qt translates it

# The keys of the preview's buttons, by the text Qt gives each: the platform's standard keys where
# there are any; fitting the page has none, and Ctrl+0 is what viewers and browsers use to reset zoom.
PREVIEW_KEYS: dict[str, QKeySequence.StandardKey | str] = {
    "Zoom in": QKeySequence.StandardKey.ZoomIn,
    "Zoom out": QKeySequence.StandardKey.ZoomOut,
    FIT_PAGE: "Ctrl+0",
    "Previous page": QKeySequence.StandardKey.MoveToPreviousPage,
    "Next page": QKeySequence.StandardKey.MoveToNextPage,
    "First page": QKeySequence.StandardKey.MoveToStartOfDocument,
    "Last page": QKeySequence.StandardKey.MoveToEndOfDocument,
    "Print": QKeySequence.StandardKey.Print,
}


class FocusFramer(QObject):
    """Frames the tool button with the keyboard, as the week's days are: the style shows a focused
    tool button by a tint that the dark theme all but hides."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, QToolButton) and watched.hasFocus():
            watched.event(event)  # the button first, the frame over it
            paint_focus_frame(watched)
            return True
        return False


def give_preview_keys(dialog: QPrintPreviewDialog) -> None:
    """Qt's preview zooms, turns pages and prints with the mouse only: its tool buttons have no
    keys and Tab passes them by. Each gets its key, said in its tooltip, and Tab stops at every
    button (Space presses it); a click still leaves the keyboard in the pages."""
    by_text = {QCoreApplication.translate("QPrintPreviewDialog", text): keys for text, keys in PREVIEW_KEYS.items()}
    toolbar = dialog.findChild(QToolBar)
    framing = FocusFramer(dialog)
    for action in toolbar.actions() if toolbar is not None else ():
        button = toolbar.widgetForAction(action)
        if isinstance(button, QToolButton):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.installEventFilter(framing)
        keys = by_text.get(action.text())
        if keys is None:
            continue
        key_action = action
        if isinstance(button, QToolButton) and button.autoRepeat():
            # Zoom in and out repeat while held, so Qt zooms on the button's clicked and their actions do
            # nothing: a key of their own clicks the button (the action cannot: the click triggers it).
            key_action = QAction(dialog)
            key_action.triggered.connect(button.click)
            dialog.addAction(key_action)
        if isinstance(keys, QKeySequence.StandardKey):
            key_action.setShortcuts(keys)
        else:
            key_action.setShortcut(QKeySequence(keys))
        shown = key_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{action.text()} ({shown})")


def fit_page_always(dialog: QPrintPreviewDialog) -> None:
    """Fit page (its button, Ctrl+0) fits the page whatever the zoom before. Qt's fit leaves the
    zoom as it is when the whole page is in view already: zoomed out, Fit page was marked and the
    page stayed small. The page is first made larger than the view, then fitted."""
    preview = dialog.findChild(QPrintPreviewWidget)
    fitting = QCoreApplication.translate("QPrintPreviewDialog", FIT_PAGE)
    for action in dialog.findChildren(QAction):
        if action.text() == fitting and preview is not None:
            action.triggered.connect(lambda _checked=False: _fit_page(preview))


def _fit_page(preview: QPrintPreviewWidget) -> None:
    preview.setZoomFactor(OVERSIZE_ZOOM)  # no page is in view whole at this zoom: Qt's fit then fits
    preview.fitInView()


OVERSIZE_ZOOM = 10.0  # a page at ten times its size (an A4 page 8000 pixels high on a 96 dpi screen)


def export_pdf(sheet: ProgramSheet, parent: QWidget | None = None, language: Language | None = None) -> Path | None:
    """Ask for a file name (starting in the last folder used) and write the sheet there; a file
    that cannot be written is said as every save says it (saved_file.save_or_say), in ``language``
    (the window's; else the sheet's). Returns the file written."""
    title = QCoreApplication.translate("PrintOptionsDialog", "Export PDF")
    chosen, _filter = file_dialogs.save_file_name(parent, title, offered_file(sheet_file_title(sheet), ".pdf"),
                                                  PDF_FILTER)
    if not chosen:
        return None
    out = Path(chosen)
    data, _pages = sheet_pdf(sheet)
    return out if save_or_say(parent, out, data, language or sheet.options.language) else None
