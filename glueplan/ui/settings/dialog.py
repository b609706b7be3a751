"""Edit > Preferences: language, theme, text size, the rest timer and the database file; the units are the
profile's (Edit > Profile, and the first start's welcome), and this dialog says so and opens it."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from msgspec.structs import replace
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from glueplan.app.system_language import system_language
from glueplan.domain.language import Language
from glueplan.store.location import DB_ENVIRONMENT_VARIABLE, database_url, sqlite_file
from glueplan.ui.settings.preferences import TEXT_SIZES, Preferences, Theme, read_preferences, save_preferences
from glueplan.ui.shared import file_dialogs
from glueplan.ui.shared.live_workspace import LiveWorkspace
from glueplan.ui.shared.plain_text import plain
from glueplan.ui.shared.problem_label import ProblemLabel
from glueplan.ui.shared.rest_field import RestField


def database_shown(live: LiveWorkspace | None, preferences: Preferences) -> str:
    """The database in use (a file's path; a server's URL without its password)."""
    url = live.workspace.repository.store.engine.url if live is not None else database_url(preferences.database)
    file = sqlite_file(url)
    return str(file) if file is not None else url.render_as_string(hide_password=True)


class PreferencesDialog(QDialog):
    """Shows the saved preferences; ``apply`` saves them. ``speaking`` is the language of the window it is asked
    from (None: the one the preferences give); ``edit_profile`` opens Edit > Profile, where the units are."""

    def __init__(self, live: LiveWorkspace | None, parent: QWidget | None = None,
                 speaking: Language | None = None, edit_profile: Callable[[], None] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self._live = live
        self._before = read_preferences()
        self.language = QComboBox()
        system = system_language().endonym  # each language by its own name, as in the list
        self.language.addItem(self.tr("As the system (%1)").replace("%1", system), "")
        for language in Language:
            self.language.addItem(language.endonym, language.value)
        self.language.setCurrentIndex(self.language.findData(self._before.language or ""))
        self.language_note = self._language_note(speaking)
        self.theme = QComboBox()
        for theme, text in ((Theme.SYSTEM, self.tr("As the system")), (Theme.LIGHT, self.tr("Light")),
                            (Theme.DARK, self.tr("Dark"))):
            self.theme.addItem(text, theme.value)
        self.theme.setCurrentIndex(self.theme.findData(self._before.theme.value))
        self.text_size = QComboBox()
        for percent in TEXT_SIZES:
            size = self.tr("%1%").replace("%1", str(percent))
            self.text_size.addItem(self.tr("%1 (as the desktop)").replace("%1", size) if percent == 100 else size,
                                   percent)
        self.text_size.setCurrentIndex(self.text_size.findData(self._before.text_size))
        what = self.tr("The text in every window, its rows, the muscle map and the charts. The printed sheet keeps "
                       "its own size.")
        self.text_size.setToolTip(what)
        self.text_size.setAccessibleDescription(what)
        # The units in one place, the profile (each trainee's own: a coach's clients differ): shown here, where a
        # new user looks for them first, with the way there.
        self.units = plain(QLabel())
        self.profile = QPushButton(self.tr("Pro&file…"))
        self.profile.setEnabled(live is not None and edit_profile is not None)
        if edit_profile is not None:
            self.profile.clicked.connect(edit_profile)
            self.profile.clicked.connect(self._show_units)
        self._show_units()
        units_row = QHBoxLayout()
        units_row.addWidget(self.units, 1)
        units_row.addWidget(self.profile)
        self.rest_timer = QCheckBox(self.tr("&Count down the rest after each logged set"))
        self.rest_timer.setChecked(self._before.rest_timer)
        self.default_rest = RestField()
        self.default_rest.setValue(self._before.default_rest_s)
        # what the rest is for, then how it is typed (the field's own words: "3" is 3:00)
        self.default_rest.setToolTip("\n".join((self.tr("Planned exercises rest as their plan says."),
                                                self.default_rest.toolTip())))
        self.rest_problem = ProblemLabel()  # a rest typed that the field could not read, and why
        self.rest_problem.hide()
        self.default_rest.refused.connect(self._say_rest_refused)
        self.rest_sound = QCheckBox(self.tr("&Play a sound when the rest is over"))
        self.rest_sound.setChecked(self._before.rest_sound)
        for box in (self.default_rest, self.rest_sound):
            self.rest_timer.toggled.connect(box.setEnabled)
            box.setEnabled(self._before.rest_timer)

        self._database = self._before.database
        self.database = QLineEdit(database_shown(live, self._before))
        self.database.setReadOnly(True)
        self.database.setMinimumWidth(360)
        self.database.setCursorPosition(0)
        self.change_database = QPushButton(self.tr("C&hange…"))
        self.change_database.clicked.connect(self._choose_database)
        self.database_note = QLabel(self._database_note())
        self.database_note.setWordWrap(True)
        database_row = QHBoxLayout()
        database_row.addWidget(self.database, 1)
        database_row.addWidget(self.change_database)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("OK"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        # Every field has an Alt+letter (a label with "&" is its field's buddy), none two alike.
        form = QFormLayout()
        form.addRow(self.tr("&Language"), self.language)
        if self.language_note is not None:
            form.addRow("", self.language_note)
        form.addRow(self.tr("&Theme"), self.theme)
        form.addRow(self.tr("Te&xt size"), self.text_size)
        form.addRow(self.tr("Units"), units_row)  # the button has the letter
        form.addRow(self.tr("Rest timer"), self.rest_timer)  # the box has the letter
        form.addRow(self.tr("Rest &without a plan"), self.default_rest)
        form.addRow("", self.rest_problem)
        form.addRow("", self.rest_sound)
        database_label = QLabel(self.tr("&Database"))
        database_label.setBuddy(self.database)
        form.addRow(database_label, database_row)
        form.addRow("", self.database_note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)

    def _show_units(self) -> None:
        units = self._live.trainee.units.value if self._live is not None else ""
        self.units.setText(self.tr("%1, set in the profile (Edit > Profile)").replace("%1", units) if units else
                           self.tr("Set in the profile (Edit > Profile)"))

    def _language_note(self, speaking: Language | None) -> QLabel | None:
        """Why the window speaks another language than the one chosen here shows, if it does: the
        command line's --lang wins for this run (run_gui) until a language is chosen here (WindowHost)."""
        if speaking is None or speaking is self._before.ui_language():
            return None
        note = plain(QLabel(self.tr("glueplan was started with --lang %1: this window keeps that language "
                                    "until you choose one here.").replace("%1", speaking.value)))
        note.setWordWrap(True)
        kept = self.language.currentIndex()  # another one chosen, the note's "until" is past: it goes
        self.language.currentIndexChanged.connect(lambda index: note.setVisible(index == kept))
        return note

    def _say_rest_refused(self, reason: str) -> None:
        self.rest_problem.setText(reason)
        self.rest_problem.setVisible(bool(reason))

    def accept(self) -> None:
        """Not with a rest typed and refused: the field went back to the one before, which OK would save."""
        if not self.default_rest.refusal():
            super().accept()

    def _database_note(self) -> str:
        if os.environ.get(DB_ENVIRONMENT_VARIABLE):
            return self.tr("%1 is set: it names the database, whatever is chosen here.").replace(
                "%1", DB_ENVIRONMENT_VARIABLE)
        if self._database != self._before.database:
            return self.tr("glueplan opens “%1” the next time it starts.").replace("%1", self._database or "")
        return self.tr("A new database file takes effect when glueplan is started again.")

    def _choose_database(self) -> None:
        current = Path(self.database.text())
        path, _filter = file_dialogs.save_file_name(
            self, self.tr("Database file"), str(current), self.tr("glueplan databases (*.sqlite);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite)  # an existing database is opened, not replaced
        if path:
            self._database = path
            self.database.setText(path)
            self.database_note.setText(self._database_note())

    def preferences(self) -> Preferences:
        language = self.language.currentData()
        return replace(self._before, language=Language(language) if language else None,
                       theme=Theme(self.theme.currentData()), text_size=self.text_size.currentData(),
                       rest_timer=self.rest_timer.isChecked(),
                       default_rest_s=self.default_rest.value(), rest_sound=self.rest_sound.isChecked(),
                       database=self._database)

    def apply(self) -> Preferences:
        """Save the preferences."""
        chosen = self.preferences()
        save_preferences(chosen)
        return chosen
