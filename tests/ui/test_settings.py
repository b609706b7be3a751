"""Edit > Preferences: saved in QSettings, the language switched at run time in every open
window, the theme, the units as a profile edit; Help > Getting started and About."""

from __future__ import annotations

from collections.abc import Iterator

from msgspec.structs import replace
import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QSettings, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QCalendarWidget, QDateEdit, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from glueplan import __version__
from glueplan.app.command import History
from glueplan.app.setup_edits import EditProfile
from glueplan.app.workspace import Workspace
from glueplan.domain.catalog import Catalog
from glueplan.domain.commands import MoveSession
from glueplan.domain.language import Language
from glueplan.domain.plan import Weekday
from glueplan.domain.trainee import Units
from glueplan.ui.application import install_translators
from glueplan.ui.help.about import about_text
from glueplan.ui.main_window import MainWindow
from glueplan.ui.settings.dialog import PreferencesDialog
from glueplan.ui.settings.preferences import Preferences, Theme, read_preferences, save_preferences
from glueplan.ui.settings.theme import MUTED_TEXT, apply_theme, contrast, is_dark
from glueplan.ui.shared.date_time_fields import with_calendar
from glueplan.ui.shared.live_workspace import LiveWorkspace
from glueplan.ui.shared.problem_label import ProblemLabel
from glueplan.ui.shared.rest_field import RestField
from glueplan.ui.window_host import WindowHost
from tests.conftest import on_screen


@pytest.fixture
def host(qtbot: QtBot, qapp: QApplication, workspace: Workspace) -> Iterator[WindowHost]:
    """The app's window host with the test's workspace attached, as run_gui makes it. Its
    windows are replaced as the test goes, so the host's current one is closed at the end."""
    install_translators(qapp, Language.EN)
    made = WindowHost(qapp, workspace.catalog, Language.EN)
    made.attach(LiveWorkspace(workspace))
    made.window.resize(1400, 900)
    made.window.show()
    qtbot.waitExposed(made.window)
    yield made
    made.window.close()
    made.window.deleteLater()


def test_preferences_are_kept_and_a_damaged_value_reads_as_the_default() -> None:
    chosen = Preferences(language=Language.NB, theme=Theme.DARK, text_size=130, rest_timer=False, default_rest_s=45,
                         rest_sound=False, database="/tmp/other.sqlite")
    save_preferences(chosen)
    assert read_preferences() == chosen
    QSettings().setValue("preferences/theme", "purple")
    QSettings().setValue("preferences/default_rest_s", 5000)
    QSettings().setValue("preferences/text_size", 1000)
    assert read_preferences() == replace(chosen, theme=Theme.SYSTEM, default_rest_s=Preferences().default_rest_s,
                                         text_size=100)


def test_the_language_follows_the_system_until_one_is_chosen(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "da_DK.UTF-8")
    assert read_preferences().language is None
    assert read_preferences().ui_language() is Language.DA
    save_preferences(Preferences(language=Language.NB))
    assert read_preferences().ui_language() is Language.NB


def test_switching_language_translates_every_open_window_at_once(qtbot: QtBot, host: WindowHost) -> None:
    old = host.window
    old.library.select("clamshell")
    old.library.set_picked(["gluteus_medius"])
    old.map.set_picked(["gluteus_medius"])
    old.tabs.setCurrentWidget(old.log_tab)
    old.show_guide()
    assert old.menuBar().actions()[0].text() == "&File" and old.guide is not None
    assert old.guide.windowTitle() == "Getting started"
    live = old.live
    assert live is not None
    live.apply(MoveSession(0, 0, Weekday.TUE))  # an undoable step made before the switch

    with qtbot.waitSignal(host.rebuilt):
        old.preferences_changed.emit(Preferences(language=Language.DA))  # as OK in Edit > Preferences does
    window = host.window
    assert window is not old and window.language is Language.DA and window.live is live
    assert window.menuBar().actions()[0].text() == "&Filer"
    assert window.tabs.tabText(0) == "Muskelkort" and window.tabs.currentWidget() is window.log_tab
    assert window.library.selected() is not None and window.library.selected().id == "clamshell"
    assert window.map.picked == ("gluteus_medius",)
    assert window.geometry().size() == old.geometry().size()
    assert window.guide is not None and window.guide.isVisible()
    assert window.guide.windowTitle() == "Kom godt i gang"
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert set(shown) == {window, window.guide}  # the English ones are gone
    assert live.workspace.language is Language.DA
    # The undo history survived, and edits still reach the new window's pages.
    assert live.undo_stacks[History.PLAN].count() == 1
    window.show_week()
    live.undo_stacks[History.PLAN].undo()
    assert live.program.weeks[0].sessions[0].day is Weekday.MON


def test_the_dialog_saves_preferences_and_shows_the_way_to_the_units(qtbot: QtBot, live: LiveWorkspace) -> None:
    """The units were set in two places, here ("Units for Me") and in Edit > Profile: they are the profile's alone,
    and the dialog says which and opens the profile, where a new user looks for them first."""
    opened: list[bool] = []
    dialog = PreferencesDialog(live, edit_profile=lambda: opened.append(True))
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == ""  # the system's language until one is chosen
    dialog.language.setCurrentIndex(dialog.language.findData("nb"))
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.rest_timer.setChecked(False)
    assert dialog.units.text() == "kg, set in the profile (Edit > Profile)"
    assert dialog.units.textFormat() == Qt.TextFormat.PlainText
    live.run(EditProfile(live.trainee, replace(live.trainee, units=Units.LB), "Change units"))
    dialog.profile.click()
    assert opened == [True] and dialog.units.text() == "lb, set in the profile (Edit > Profile)"
    assert not dialog.default_rest.isEnabled()
    assert dialog.database.text() == str(live.workspace.repository.store.engine.url.database)
    chosen = dialog.apply()
    assert read_preferences() == chosen and chosen.language is Language.NB and chosen.theme is Theme.DARK
    assert not chosen.rest_timer and live.undo_stacks[History.WINDOW].count() == 1  # the edit above alone


def test_the_rest_without_a_plan_says_how_it_is_typed(qtbot: QtBot, live: LiveWorkspace) -> None:
    """The field reads "1:30" and takes "2:30", "150" or "3" (3:00) as the week's editor does, and says so
    there too, beside what the rest is for: the preferences' tooltip had replaced the field's own."""
    dialog = PreferencesDialog(live)
    qtbot.addWidget(dialog)
    said = dialog.default_rest.toolTip().split("\n")
    assert said == ["Planned exercises rest as their plan says.", RestField().toolTip()]


def rest_being_typed(qtbot: QtBot, live: LiveWorkspace) -> PreferencesDialog:
    """The dialog shown, its rest without a plan chosen whole to be typed over."""
    dialog = PreferencesDialog(live)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.default_rest.setFocus()
    dialog.default_rest.selectAll()
    return dialog


def test_a_rest_without_a_plan_it_cannot_read_is_said_and_not_saved(qtbot: QtBot, live: LiveWorkspace) -> None:
    """"2,30" was taken as 2:30, a decimal comma read as a clock's colon (failed before): 2,3 minutes is no quarter
    minute, so the dialog says how a rest is written and stays open rather than save the rest the field had."""
    dialog = rest_being_typed(qtbot, live)
    qtbot.keyClicks(dialog.default_rest, "2,30")
    qtbot.keyClick(dialog.default_rest, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.default_rest.value() == Preferences().default_rest_s
    assert dialog.rest_problem.isVisible() and "2:30" in dialog.rest_problem.text()
    assert dialog.default_rest.text() == "2,30"  # as typed, to be put right
    dialog.default_rest.selectAll()
    qtbot.keyClicks(dialog.default_rest, "2,5")
    assert not dialog.rest_problem.isVisible()
    qtbot.keyClick(dialog.default_rest, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.preferences().default_rest_s == 150


def test_a_pasted_number_of_thousands_of_digits_is_no_rest_said_in_a_few(qtbot: QtBot, live: LiveWorkspace) -> None:
    """int() refuses a number of over 4300 digits: the field's validate raised on the paste (failed before: the
    process died, a segmentation fault), and a reason quoting the whole number widened the dialog to 38000 px."""
    dialog = rest_being_typed(qtbot, live)
    dialog.default_rest.lineEdit().insert("9" * 5000)
    qtbot.keyClick(dialog.default_rest, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.default_rest.value() == Preferences().default_rest_s
    assert dialog.rest_problem.text().startswith("“99999999999999999999…” is not a rest")
    assert dialog.width() < 1000


def test_a_new_database_is_said_to_take_effect_at_the_next_start(qtbot: QtBot, live: LiveWorkspace,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GLUEPLAN_DB")
    dialog = PreferencesDialog(live)
    qtbot.addWidget(dialog)
    assert "started again" in dialog.database_note.text()
    monkeypatch.setattr("glueplan.ui.shared.file_dialogs.save_file_name",
                        lambda *args, **kwargs: ("/tmp/elsewhere.sqlite", ""))
    dialog.change_database.click()
    assert dialog.database_note.text() == "glueplan opens “/tmp/elsewhere.sqlite” the next time it starts."
    assert dialog.apply().database == "/tmp/elsewhere.sqlite"
    assert live.workspace.repository.store.engine.url.database != "/tmp/elsewhere.sqlite"  # not before a restart


def test_a_dark_theme_gives_a_dark_palette_and_system_gives_the_platforms_back(qapp: QApplication) -> None:
    light = QPalette(qapp.palette())
    try:
        apply_theme(qapp, Theme.DARK)
        assert is_dark(qapp.palette())
    finally:
        apply_theme(qapp, Theme.SYSTEM)
    assert not is_dark(qapp.palette()) and qapp.palette() == light


def test_choosing_a_theme_rebuilds_the_window_in_its_colours(qtbot: QtBot, qapp: QApplication,
                                                             host: WindowHost) -> None:
    try:
        with qtbot.waitSignal(host.rebuilt):
            host.window.preferences_changed.emit(Preferences(language=Language.EN, theme=Theme.DARK))
        assert is_dark(host.window.palette())
    finally:
        apply_theme(qapp, Theme.SYSTEM)


def test_the_guide_shows_the_tab_of_each_task(qtbot: QtBot, live: LiveWorkspace, catalog: Catalog) -> None:
    window = MainWindow(catalog, Language.EN)
    window.attach(live)
    on_screen(qtbot, window, 1200, 800)
    window.show_guide()
    assert window.guide is not None
    links = window.guide.html().count("href='tab:")
    assert links == 5
    window.guide.browser.anchorClicked.emit(__import__("PySide6.QtCore").QtCore.QUrl("tab:programs"))
    assert window.tabs.currentWidget() is window.programs_tab


def test_about_names_the_version_the_licence_and_the_science(qtbot: QtBot) -> None:
    text = about_text()
    assert __version__ in text and "MIT" in text and "Schoenfeld" in text and "ACSM" not in text
    box = QMessageBox(QMessageBox.Icon.NoIcon, "About", text)
    qtbot.addWidget(box)
    assert "American College of Sports Medicine 2009 (progression models)" in box.text()


def test_the_rest_timer_follows_the_preferences(qtbot: QtBot, live: LiveWorkspace,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from glueplan.ui.log.page import LogPage

    page = on_screen(qtbot, LogPage(live), 900, 700)
    save_preferences(Preferences(default_rest_s=45))
    page.extra.setCurrentIndex(page.extra.findData("clamshell"))
    page.add_unplanned()  # no plan: the preferences' rest, not the catalogue's
    (block,) = [b for b in page.blocks if b.planned is None]
    block.weight.setText("0")
    block.reps.setText("15")
    block.log_entered()
    assert page.rest.isVisibleTo(page) and page.rest.remaining == 45

    beeps: list[bool] = []
    monkeypatch.setattr(QApplication, "beep", lambda: beeps.append(True))
    page.rest.start(1)
    qtbot.waitUntil(lambda: beeps == [True], timeout=3000)
    save_preferences(Preferences(rest_timer=False))
    page.rest.start(90)
    assert not page.rest.isVisibleTo(page)


@pytest.mark.parametrize("theme", [Theme.LIGHT, Theme.DARK])
def test_the_colours_glueplan_chooses_read_on_either_palette(qtbot: QtBot, qapp: QApplication, theme: Theme) -> None:
    try:
        apply_theme(qapp, theme)
        problem = ProblemLabel()
        qtbot.addWidget(problem)
        window = qapp.palette().color(QPalette.ColorRole.Window)
        assert contrast(problem.palette().color(QPalette.ColorRole.WindowText), window) >= 4.5
        assert contrast(MUTED_TEXT.on(), window) >= 4.5
        base = qapp.palette().color(QPalette.ColorRole.Base)  # check boxes are outlined in a darker window colour
        assert contrast(window.darker(140), base) >= 1.3
    finally:
        apply_theme(qapp, Theme.SYSTEM)


@pytest.mark.parametrize("theme", [Theme.LIGHT, Theme.DARK])
def test_a_date_fields_calendar_reads_on_either_palette_with_whole_day_names(qtbot: QtBot, qapp: QApplication,
                                                                            theme: Theme) -> None:
    """Seen in a dark Danish window: Qt's red Saturdays and Sundays on a dark grey field, and 'm…' for 'man.'."""
    try:
        apply_theme(qapp, theme)
        install_translators(qapp, Language.DA)
        field = with_calendar(QDateEdit(), Language.DA)
        qtbot.addWidget(field)
        calendar = field.calendarWidget()
        base = calendar.palette().color(QPalette.ColorRole.Base)
        assert contrast(calendar.weekdayTextFormat(Qt.DayOfWeek.Saturday).foreground().color(), base) >= 4.5
        widest = max(calendar.fontMetrics().horizontalAdvance(QLocale().dayName(day, QLocale.FormatType.ShortFormat))
                     for day in range(1, 8))
        assert calendar.minimumWidth() >= 8 * widest
        assert calendar.verticalHeaderFormat() is QCalendarWidget.VerticalHeaderFormat.ISOWeekNumbers
    finally:
        apply_theme(qapp, Theme.SYSTEM)


def test_new_widgets_take_the_languages_locale(qapp: QApplication) -> None:
    install_translators(qapp, Language.NB)
    assert QLocale().language() is QLocale.Language.NorwegianBokmal
    assert QLocale().standaloneMonthName(1) == "januar"
    install_translators(qapp, Language.EN)
    assert QLocale().standaloneMonthName(1) == "January"


def test_the_undo_history_is_said_in_the_new_language(qtbot: QtBot, host: WindowHost) -> None:
    """Edit > Undo names the step in the language switched to, whether the domain named it (a
    plan edit) or a page (a log edit)."""
    window = host.window
    live = window.live
    assert live is not None
    move = MoveSession(0, 0, Weekday.TUE)
    live.apply(move)
    window.tabs.setCurrentWidget(window.log_tab)
    log = window.log_tab.build()
    log.session_note.setText("Slept badly")
    log.save_session_note()
    plan, logged = live.undo_stacks[History.PLAN], live.undo_stacks[History.LOG]
    assert (plan.text(0), logged.text(0)) == (move.describe(Language.EN), "Note on the day")

    with qtbot.waitSignal(host.rebuilt):
        window.preferences_changed.emit(Preferences(language=Language.DA))
    danish_note = QCoreApplication.translate("LogPage", "Note on the day")
    assert danish_note != "Note on the day"
    assert (plan.text(0), logged.text(0)) == (move.describe(Language.DA), danish_note)
    undo = host.window.menuBar().actions()[1].menu().actions()[0]
    assert danish_note in undo.text() and undo.text().startswith("&Fortryd")  # the Log tab is still in front


def test_a_new_theme_keeps_the_language_the_command_line_chose(qtbot: QtBot, qapp: QApplication,
                                                               workspace: Workspace) -> None:
    """glueplan --lang nb on an English system: OK in Preferences with only the theme changed
    (the language still 'as the system') must not turn the window English."""
    install_translators(qapp, Language.NB)
    host = WindowHost(qapp, workspace.catalog, Language.NB)
    host.attach(LiveWorkspace(workspace))
    host.window.show()
    qtbot.waitExposed(host.window)
    try:
        with qtbot.waitSignal(host.rebuilt):
            host.window.preferences_changed.emit(Preferences(theme=Theme.DARK))
        assert host.window.language is Language.NB and host.window.menuBar().actions()[0].text() == "&Fil"
        with qtbot.waitSignal(host.rebuilt):  # choosing a language in Preferences still switches
            host.window.preferences_changed.emit(Preferences(language=Language.DA, theme=Theme.DARK))
        assert host.window.language is Language.DA
    finally:
        apply_theme(qapp, Theme.SYSTEM)
        host.window.close()
        host.window.deleteLater()


@pytest.mark.parametrize(("setting", "speaking", "said"), [
    (None, Language.DA, "glueplan blev startet med --lang da: dette vindue beholder det sprog, til du vælger et her."),
    (None, Language.NB, "glueplan ble startet med --lang nb: dette vinduet beholder det språket til du velger "
                        "et her."),
    (Language.NB, Language.EN, "glueplan was started with --lang en: this window keeps that language until you "
                               "choose one here."),
    (None, Language.EN, None),
    (Language.DA, Language.DA, None),
])
def test_preferences_say_why_the_window_speaks_another_language_than_the_one_chosen(
        qtbot: QtBot, qapp: QApplication, live: LiveWorkspace, monkeypatch: pytest.MonkeyPatch,
        setting: Language | None, speaking: Language, said: str | None) -> None:
    """glueplan --lang da on an English system: Edit > Preferences showed 'Som systemet (English)'
    chosen in a Danish window and said nothing of why the window was Danish (another reviewer's walk).
    The system's language is still English (--lang is for the run): the dialog says --lang holds."""
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    save_preferences(Preferences(language=setting))
    install_translators(qapp, speaking)
    window = MainWindow(live.workspace.catalog, speaking)
    window.attach(live)
    on_screen(qtbot, window, 1200, 800)
    shown: list[tuple[str, str | None]] = []

    def look(dialog: PreferencesDialog) -> int:
        dialog.show()
        note = dialog.language_note
        shown.append((dialog.language.currentText(), note.text() if note is not None and note.isVisible() else None))
        if note is not None:  # another language chosen: the note's "until you choose one here" is past (H71)
            dialog.language.setCurrentIndex(dialog.language.findData(speaking.value))
            assert not note.isVisible()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(PreferencesDialog, "exec", look)
    window.edit_preferences()
    chosen = {None: QCoreApplication.translate("PreferencesDialog", "As the system (%1)").replace("%1", "English"),
              Language.NB: "Norsk bokmål", Language.DA: "Dansk"}[setting]
    assert shown == [(chosen, said)]


def test_switching_language_keeps_what_is_typed_on_the_log_page(qtbot: QtBot, host: WindowHost) -> None:
    """A Norwegian walk lost its typed reps and RIR, and the keyboard went to the library search:
    the Log page goes on in the new window from where the old one was (day, added exercises, typed
    fields, the keyboard, the rest being taken)."""
    old = host.window
    old.tabs.setCurrentWidget(old.log_tab)
    log = old.log_tab.page
    assert log is not None
    log.date.setDate(QDate(2026, 11, 23))  # seed-000's first Monday
    log.extra.setCurrentIndex(log.extra.findData("clamshell"))
    log.add_unplanned()
    squat, clamshell = log.blocks[0], log.blocks[-1]
    squat.reps.setText("8")
    squat.rir.setText("2")
    clamshell.note.setText("slowly")
    log.rest.start(90)
    squat.rir.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is squat.rir)

    with qtbot.waitSignal(host.rebuilt):
        old.preferences_changed.emit(Preferences(language=Language.NB))
    window = host.window
    page = window.log_tab.page
    assert page is not None and window.tabs.currentWidget() is window.log_tab
    assert page.day().isoformat() == "2026-11-23"
    assert [block.exercise.id for block in page.blocks] == [block.exercise.id for block in log.blocks]
    assert (page.blocks[0].reps.text(), page.blocks[0].rir.text()) == ("8", "2")
    assert page.blocks[-1].note.text() == "slowly"
    assert 85 <= page.rest.remaining <= 90 and page.rest.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.blocks[0].rir)
