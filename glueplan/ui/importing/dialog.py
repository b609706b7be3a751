"""File > Import history…: choose a file, see what it holds and what each of its exercise names
becomes, change that, and import it all at once (one undoable step) or not at all.

The file is read on a worker thread (HistoryReader) with a progress bar and Cancel; the preview
only reads the database, so closing the dialog at any point leaves the log as it was.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from glueplan.app.importing import (
    ALARM,
    Front,
    ImportHistory,
    NameRow,
    Preview,
    limit_warning,
    load_warnings,
    name_rows,
    prepare,
)
from glueplan.domain.import_mapping import NEW, SKIP, Action, Choice, fold
from glueplan.domain.language import Language
from glueplan.domain.trainee import Units
from glueplan.store.imports.record import Format, ImportRejected, ParsedHistory
from glueplan.ui.importing.reader import HistoryReader
from glueplan.ui.shared import file_dialogs
from glueplan.ui.shared.live_workspace import LiveWorkspace
from glueplan.ui.shared.logged_text import short_text, weight_text
from glueplan.ui.shared.plain_text import filled, plain_tooltip
from glueplan.ui.shared.refusal_title import refusal_title
from glueplan.ui.shared.undo_text import UndoText

FOLDER_KEY = "import/folder"
NAME, SETS, HEAVIEST, BECOMES = range(4)


class PathField(QLineEdit):
    """The file's path, typed or chosen. Enter reads it and goes no further: in a dialog it would
    press Import, for the file read before."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()


class ImportDialog(QDialog):
    def __init__(self, live: LiveWorkspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import history"))
        self.live = live
        self.parsed: ParsedHistory | None = None
        self.preview: Preview | None = None
        self.imported = 0  # sets the import wrote: the preview's, less any another window wrote meanwhile
        self._rows: list[NameRow] = []
        self.source: Path | None = None  # the file read (or being read): the preview is of it
        self.read_trainee: str | None = None  # the file's trainee chosen to read (None: the one shown, by name)
        self.reader = HistoryReader(live.language, self)
        self.reader.progress.connect(self._progress)
        self.reader.read.connect(self._read)
        self.reader.refused.connect(self._refused)
        self.reader.cancelled.connect(self._cancelled)

        self.path = PathField()  # typed: read when Enter is pressed or the field is left
        self.path.editingFinished.connect(self.path_typed)
        self.path.returnPressed.connect(lambda: self.path_typed(again=True))
        self._closing = False  # the field left as the dialog closes reads nothing
        self.path.textEdited.connect(self._path_edited)
        self.path.setPlaceholderText(self.tr("A CSV export of Strong, Hevy, FitNotes or glueplan, or a glueplan "
                                             "backup"))
        self.choose = QPushButton(self.tr("&Choose…"))
        self.choose.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.choose)
        self.format = QComboBox()
        self.format.addItem(self.tr("Told from the file"), None)
        for format, name in ((Format.STRONG, "Strong"), (Format.HEVY, "Hevy"), (Format.FITNOTES, "FitNotes"),
                             (Format.GLUEPLAN, self.tr("glueplan training log")),
                             (Format.JSON, self.tr("glueplan backup"))):
            self.format.addItem(name, format.value)
        self.format.currentIndexChanged.connect(self._reread)
        self.trainees = QComboBox()  # a file of several trainees': whose sets to read
        self.trainees.activated.connect(self._trainee_chosen)
        self.trainees_label = QLabel(self.tr("&Trainee in the file"))
        self.trainees_label.setBuddy(self.trainees)
        self.units = QComboBox()
        for units in Units:
            self.units.addItem(units.value, units.value)
        self.units.setCurrentIndex(self.units.findData(live.trainee.units.value))
        self.units.currentIndexChanged.connect(self._refresh)
        self.units_label = QLabel(self.tr("&Loads without a unit are in"))
        self.units_label.setBuddy(self.units)
        file_label = QLabel(self.tr("&File"))
        file_label.setBuddy(self.path)
        form = QFormLayout()  # a label with "&" is its field's buddy: Alt+letter goes to each field
        form.addRow(file_label, file_row)
        form.addRow(self.tr("&Written by"), self.format)
        form.addRow(self.trainees_label, self.trainees)
        form.addRow(self.units_label, self.units)

        self.progress = QProgressBar()
        self.cancel_reading = QPushButton(self.tr("Cancel &reading"))
        self.cancel_reading.clicked.connect(self.reader.cancel)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_reading)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # names from a file are never markup
        self.summary.setWordWrap(True)
        self.problems = QPlainTextEdit()
        self.problems.setReadOnly(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("In the file"), self.tr("Sets"), self.tr("Heaviest"),
                                              self.tr("Becomes")])
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SETS, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(HEAVIEST, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(BECOMES, QHeaderView.ResizeMode.Stretch)
        self.legend = QLabel(self.tr("⚠ marks names to check: glueplan is not sure what they are. Skipped names "
                                     "are left out; a new own exercise starts with no muscles, both sides and no "
                                     "picture, so its sets count for no muscle until you say in the library which "
                                     "it trains (one from a glueplan backup: as the backup defines it). The "
                                     "heaviest set is as the loads are read: check the unit."))
        self.legend.setWordWrap(True)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close)
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("&Import"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Cl&ose"))
        self.buttons.accepted.connect(self.import_history)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(progress_row)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.legend)
        layout.addWidget(self.buttons)
        self._show_state(reading=False)

    # -- reading -----------------------------------------------------------------------------

    def choose_file(self) -> None:
        folder = str(QSettings().value(FOLDER_KEY, str(Path.home())))
        name, _filter = file_dialogs.open_file_name(self, self.tr("Import history"), folder,
                                                     self.tr("Exports (*.csv *.json);;All files (*)"))
        if name:
            QSettings().setValue(FOLDER_KEY, str(Path(name).parent))
            self.open_file(Path(name))

    def open_file(self, path: Path) -> None:
        if self.reader.busy:  # the field and the preview stay the file being read's
            return
        self.source = path
        self.read_trainee = None
        self.path.setText(str(path))
        self._reread()

    def path_typed(self, again: bool = False) -> None:
        """The path in the field, read as a chosen file is; a name alone is looked for in the
        folder files were last imported from. One with no file is said, and nothing is read. The
        file read is read ``again`` (Enter) only if it was refused or its reading cancelled."""
        if self._closing:
            return
        typed = self.path.text().strip()
        if not typed:  # emptied: the file read stays
            self.path.setText(str(self.source) if self.source is not None else "")
            self._path_edited()
            return
        path = _expanded(typed)
        if not path.is_absolute():
            path = Path(str(QSettings().value(FOLDER_KEY, str(Path.home())))) / path
        if path == self.source and (not again or self.parsed is not None or self.reader.busy):
            self.path.setText(str(path))
            self._path_edited()
            return
        try:
            is_file, is_dir = path.is_file(), path.is_dir()
        except OSError:  # no access, or a stick pulled out: the reading says why it cannot read it
            is_file, is_dir = True, False
        if not is_file:
            self.source = None
            self.parsed = self.preview = None
            self._rows = []
            self.table.setRowCount(0)
            self._show_state(reading=False)
            text = self.tr("%1 is a folder, not a file; nothing was read.") if is_dir else \
                self.tr("There is no file at %1; nothing was read.")
            self.summary.setText(text.replace("%1", str(path)))
            return
        QSettings().setValue(FOLDER_KEY, str(path.parent))
        self.open_file(path)

    def _path_edited(self) -> None:
        """Import imports the file read: not while the field says another."""
        if self.path.text().strip() != (str(self.source) if self.source is not None else ""):
            self.import_button.setEnabled(False)
        elif self.preview is not None and not self.reader.busy:
            self.import_button.setEnabled(self.preview.sets > 0)

    def _reread(self) -> None:
        if self.source is None or self.reader.busy:
            return
        self.parsed = self.preview = None
        self.table.setRowCount(0)
        self.summary.setText(self.tr("Reading…"))
        self._show_state(reading=True)
        chosen = self.format.currentData()
        self.reader.start(self.source, Format(chosen) if chosen else None, self.read_trainee or self.live.trainee.name)

    def _trainee_chosen(self) -> None:
        """Another of the file's trainees: their sets are read."""
        self.read_trainee = self.trainees.currentData()
        self._reread()

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _read(self, parsed: ParsedHistory) -> None:
        self.parsed = parsed
        self._show_state(reading=False)
        self.trainees.clear()
        for trainee in parsed.trainees:  # each name with its sets: "Sam (0 sets)" is seen before it is read
            self.trainees.addItem(filled(self.tr("%1 (%2)"), trainee.name, self.tr("%n sets", "", trainee.sets)),
                                  trainee.name)
        self.trainees.setCurrentIndex(self.trainees.findData(parsed.trainee))
        self._rows = name_rows(self.live.workspace, parsed)
        self._fill_table()
        self._refresh()

    def _refused(self, message: str) -> None:
        self._show_state(reading=False)
        self.summary.setText(self.tr("This file cannot be imported; nothing was written:"))
        self.problems.setPlainText(message)
        self.problems.show()

    def _cancelled(self) -> None:
        self._show_state(reading=False)
        self.summary.setText(self.tr("Reading cancelled; nothing was written."))

    def _show_state(self, reading: bool) -> None:
        self.progress.setVisible(reading)
        self.cancel_reading.setVisible(reading)
        self.problems.hide()
        self.format.setEnabled(not reading)
        self.path.setReadOnly(reading)  # another path waits for the reading to end or be cancelled
        self.choose.setEnabled(not reading)  # and so does another file chosen
        needs_units = self.parsed is not None and self.parsed.needs_units
        several = self.parsed is not None and len(self.parsed.trainees) > 1
        self.trainees.setVisible(several)
        self.trainees_label.setVisible(several)
        self.units.setVisible(needs_units)
        self.units_label.setVisible(needs_units)
        self.import_button.setEnabled(False)

    # -- the preview and the mapping ---------------------------------------------------------------

    def _fill_table(self) -> None:
        language = self.live.language
        exercises = self.live.catalog.sorted_exercises(language)
        self.table.setRowCount(len(self._rows))
        for index, row in enumerate(self._rows):
            name = QTableWidgetItem(("⚠ " if row.to_check else "") + row.name)
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            if row.to_check and row.guess.exercise_id is not None:
                name.setToolTip(plain_tooltip(self.tr("Looks like %1").replace(
                    "%1", self.live.catalog.exercise(row.guess.exercise_id).name[language])))
            sets = QTableWidgetItem(str(row.sets))
            sets.setFlags(sets.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(index, NAME, name)
            self.table.setItem(index, SETS, sets)
            combo = QComboBox()
            combo.addItem(self.tr("Skip"), Action.SKIP.value)
            combo.addItem(self.tr("New own exercise"), Action.NEW.value)
            combo.insertSeparator(2)
            for exercise in exercises:
                combo.addItem(exercise.name[language], exercise.id)
            combo.setCurrentIndex(combo.findData(_combo_value(row.choice)))
            combo.currentIndexChanged.connect(self._refresh)
            self.table.setCellWidget(index, BECOMES, combo)

    def choices(self) -> dict[str, Choice]:
        """The choices the user changed in the table, by folded name."""
        changed = {}
        for index, row in enumerate(self._rows):
            combo = self.table.cellWidget(index, BECOMES)
            assert isinstance(combo, QComboBox)
            choice = _choice(combo.currentData())
            if choice != row.choice:
                changed[fold(row.name)] = choice
        return changed

    def _refresh(self) -> None:
        if self.parsed is None:
            return
        self.problems.hide()
        try:
            self.preview = prepare(self.live.workspace, self.parsed, Units(self.units.currentData()), self.choices())
        except ImportRejected as error:
            self.preview = None
            self._refused(error.text(self.live.language))
            return
        self.summary.setText(self._summary_text(self.preview, self.live.language))
        self._fill_heaviest(self.preview)
        self.import_button.setEnabled(self.preview.sets > 0)

    def _load(self, kg: float, preview: Preview) -> str:
        """A load in the unit the file's loads are read in (the profile's where the file names its own)."""
        units = preview.shown_in(self.live.trainee.units)
        return f"{weight_text(kg, units, self.live.language)} {units.value}"

    def _fill_heaviest(self, preview: Preview) -> None:
        """Each name's heaviest set as it will be read, so that a file in lb read as kg shows: a 655 kg
        hip thrust is marked, as more than the deadlift's world record, and a 300 kg cable kickback, as more
        than a weight stack holds."""
        language = self.live.language
        units = preview.shown_in(self.live.trainee.units)
        for index, row in enumerate(self._rows):
            kg = preview.heaviest.get(fold(row.name), 0.0)
            limit = preview.beyond_limit.get(row.name)
            shown = self._load(kg, preview) if kg > 0 else "–"
            item = QTableWidgetItem(shown if limit is None else ALARM + shown)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if limit is not None:
                item.setToolTip(plain_tooltip(limit_warning(limit, units, language)))
            self.table.setItem(index, HEAVIEST, item)

    def _summary_text(self, preview: Preview, language: Language) -> str:
        lines = load_warnings(preview, self.live.trainee.units, Front.WINDOW, language)
        if not preview.sets:
            if not preview.other_units:  # else the lines above say why nothing is new
                lines.append(self.tr("Nothing new to import."))
            if self.parsed is not None and not self.parsed.sets and len(self.parsed.trainees) > 1:
                lines.append(self.tr("The backup's “%1” has no sets; choose another of its trainees under Trainee in "
                                     "the file.").replace("%1", self.parsed.trainee or ""))
        else:
            assert preview.first is not None and preview.last is not None
            # the counts in their own texts: "1 økt", "2 økter" (Qt's %n counts one number a text)
            sets = self.tr("%n sets", "", preview.sets)
            if preview.warm_ups:  # said only when there are some
                sets += " " + self.tr("(%n of them warm-ups)", "", preview.warm_ups)
            lines.append(filled(self.tr("%1, %2, %3 – %4."), self.tr("%n workouts", "", preview.workouts), sets,
                                short_text(preview.first, language), short_text(preview.last, language)))
        if preview.already > preview.other_units:
            lines.append(self.tr("Already in the log (left out): %n sets.", "", preview.already))
        if preview.skipped:
            lines.append(self.tr("Skipped names: %n sets.", "", preview.skipped))
        if preview.without_reps:
            lines.append(self.tr("Rows of timed or distance work left out: %1.").replace(
                "%1", str(preview.without_reps)))
        if preview.units:
            lines.append(self.tr("Units in the file: %1.").replace("%1", ", ".join(sorted(preview.units))))
        return "\n".join(lines)

    # -- importing -----------------------------------------------------------------------------

    def import_history(self) -> None:
        if self.preview is None or not self.preview.sets:
            return
        sets = self.preview.sets
        command = ImportHistory(self.preview.batch, UndoText(lambda: self.tr("Import %n sets", "", sets)))
        error = self.live.run(command)
        if error is None:
            self.imported = len(command.written.set_ids) if command.written is not None else 0
            self.accept()
            return
        # Refused by a read-only file or a full disk; in doubt when a server went away as its COMMIT was sent.
        self.summary.setText(refusal_title(self.tr("The import was refused; nothing was written:"), error.in_doubt))
        self.problems.setPlainText(error.text(self.live.language))
        self.problems.show()

    def done(self, result: int) -> None:
        self._closing = True
        super().done(result)

    def reject(self) -> None:
        self._closing = True
        self.reader.stop_and_wait()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closing = True
        self.reader.stop_and_wait()
        super().closeEvent(event)


def _expanded(typed: str) -> Path:
    """A typed path with ~ as the home folder; '~someone' for a user there is not stays as typed
    (Path.expanduser raises), to be said as no file."""
    try:
        return Path(typed).expanduser()
    except RuntimeError:
        return Path(typed)


def _combo_value(choice: Choice) -> str | None:
    return choice.exercise_id if choice.action is Action.MAP else choice.action.value


def _choice(value: str) -> Choice:
    if value == Action.SKIP.value:
        return SKIP
    if value == Action.NEW.value:
        return NEW
    return Choice(Action.MAP, value)
