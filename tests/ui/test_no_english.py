"""In Danish and Norwegian no English is seen: every text, tooltip and menu entry of the main
window, all its tabs (each built) and its dialogs, after a program started in English and a
switch of language at run time."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from glueplan.app import clock
from glueplan.app.opening import open_workspace
from glueplan.domain.language import Language
from glueplan.domain.paper import Paper
from glueplan.domain.templates import builtin_templates
from glueplan.domain.trainee import kilograms
from glueplan.store.database import Store
from glueplan.store.synthetic_log import fill_log
from glueplan.ui.application import install_translators
from glueplan.ui.help.about import about_text
from glueplan.ui.library.exercise_editor import ExerciseEditor
from glueplan.ui.main_window import MainWindow
from glueplan.ui.print.print_dialog import PrintOptionsDialog
from glueplan.ui.profile_dialog import ProfileDialog
from glueplan.ui.screenshot import SAMPLE_WEEK
from glueplan.ui.settings.dialog import PreferencesDialog
from glueplan.ui.settings.preferences import Preferences
from glueplan.ui.shared.live_workspace import LiveWorkspace
from glueplan.ui.window_host import WindowHost
from tests.ui.visible_text import english_on_screen, english_words


def everything_built(window: MainWindow) -> MainWindow:
    """Every tab built and filled: a planned day on the log, the history and charts with sets."""
    for tab in (window.log_tab, window.history_tab, window.charts_tab, window.programs_tab):
        window.tabs.setCurrentWidget(tab)
    program = window.live.program if window.live is not None else None
    assert program is not None and program.start is not None and window.week_page is not None
    log = window.log_tab.build()
    log.date.setDate(QDate(program.start.year, program.start.month, program.start.day))
    window.show_week()
    page = window.week_page
    page.set_week(len(program.weeks) - 1)
    if not program.weeks[-1].deload:
        page.make_deload()  # the week's label says so
    assert window.live.program.weeks[page.week].deload
    window.library.select("bulgarian_split_squat")
    return window


@pytest.fixture
def host(qtbot: QtBot, qapp: QApplication, store: Store) -> Iterator[WindowHost]:
    """The app as a user leaves it: seed-000 started in English, a year of sets logged."""
    install_translators(qapp, Language.EN)
    workspace = open_workspace(store, Language.EN, kilograms)
    fill_log(store, workspace.trainee_id, SAMPLE_WEEK, weeks=8, end=clock.today())
    made = WindowHost(qapp, workspace.catalog, Language.EN)
    made.attach(LiveWorkspace(workspace))
    made.window.resize(1400, 900)
    made.window.show()
    qtbot.waitExposed(made.window)
    made.window.programs_page().start_program(builtin_templates()["seed-000"])
    yield made
    made.window.close()
    made.window.deleteLater()


def dialogs(window: MainWindow) -> list[QWidget]:
    """Each dialog the menus open (made, not run), and Qt's own buttons in a message box."""
    live = window.live
    assert live is not None
    language = window.language
    made: list[QWidget] = [
        ExerciseEditor(live.catalog, language, live.catalog.exercise("clamshell"), window),
        ExerciseEditor(live.catalog, language, None, window),
        ProfileDialog(live.trainee, language, window),
        PreferencesDialog(live, window),
        PrintOptionsDialog(len(live.program.weeks), live.workspace.trainee_id, language, window.tr("Print"), Paper.A4,
                           window),
        QMessageBox(QMessageBox.Icon.Information, "glueplan", about_text(), parent=window),
        QMessageBox(QMessageBox.Icon.Question, "glueplan", "?",
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Save
                    | QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Close, window),
    ]
    window.show_guide()
    assert window.guide is not None
    return [*made, window.guide]


def names_an_earlier_step(found: str) -> bool:
    """Undo and Redo name a step in the words it was done in: "Undo Start “Glute program”",
    done in English, stays so after a switch (a known limit: steps are not renamed)."""
    prefixes = [QCoreApplication.translate("MainWindow", text).replace("&", "") for text in ("&Undo", "&Redo")]
    return any(f"'{prefix} " in found.replace("&", "") for prefix in prefixes)


@pytest.mark.parametrize("language", [Language.DA, Language.NB])
def test_no_english_is_shown_after_switching_language(qtbot: QtBot, host: WindowHost, language: Language) -> None:
    host.window.show_guide()  # a window open beside the main one when the language changes
    with qtbot.waitSignal(host.rebuilt):
        host.window.preferences_changed.emit(Preferences(language=language))
    window = everything_built(host.window)
    opened = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert window in opened and len(opened) > 1
    found = [text for top in opened for text in english_on_screen(top) if not names_an_earlier_step(text)]
    for dialog in dialogs(window):
        dialog.show()
        found += english_on_screen(dialog)
        if isinstance(dialog, QDialog):
            dialog.reject()
    assert not found, "\n".join(found)


def test_a_deload_week_is_called_so_in_danish(qtbot: QtBot, host: WindowHost) -> None:
    """'deload' is a word Danish and Norwegian texts borrow too, so the word test above cannot
    tell it from a translation: the week's label is read itself."""
    with qtbot.waitSignal(host.rebuilt):
        host.window.preferences_changed.emit(Preferences(language=Language.DA))
    page = everything_built(host.window).week_page
    assert page is not None and page.week_label.text().endswith(" · aflastning")


def test_the_detector_finds_english() -> None:
    """The word test is not vacuous: English sentences are caught, Danish and Norwegian ones
    and the words all three share are not."""
    assert english_words("Save the program") == ["Save", "the"]
    assert english_words("&Quit") == ["Quit"]
    assert english_words("Gem programmet · Lagre programmet · Hip thrust med stang · 12 RIR · glueplan") == []


def test_the_english_window_shows_english(qtbot: QtBot, host: WindowHost) -> None:
    assert english_on_screen(everything_built(host.window))  # the walk reaches the texts
