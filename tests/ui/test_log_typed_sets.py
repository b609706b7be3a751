"""What is typed on the Log tab and not logged, through the whole window: asked about before the window goes
(its close button, Ctrl+Q, File > Quit, a restore) for every trainee with a set typed; the keyboard in the first
weight when the tab is shown after another trainee was chosen; and Tab from the day's note into the first entry,
each exercise's Delete buttons after its entry."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from msgspec.structs import replace
import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from glueplan.app import clock
from glueplan.app.opening import first_trainee, open_workspace
from glueplan.domain.catalog import Catalog
from glueplan.domain.language import Language
from glueplan.domain.log import LoggedSet
from glueplan.domain.trainee import Trainee, Units, kilograms
from glueplan.store.database import open_store
from glueplan.store.repository import Repository
from glueplan.ui.application import install_translators
from glueplan.ui.files import restore_dialog
from glueplan.ui.log.exercise_block import Entry, ExerciseBlock, typed_set_text
from glueplan.ui.log.page import LogPage
from glueplan.ui.main_window import MainWindow
from glueplan.ui.shared.changes_elsewhere import ChangesElsewhere
from glueplan.ui.shared.live_workspace import LiveWorkspace
from glueplan.ui.shared.logged_text import day_text
from glueplan.ui.window_host import WindowHost
from tests.conftest import PROGRAM_START, on_screen
from tests.ui.test_log_and_charts import monday_program
from tests.ui.test_main_window import make_window

MONDAY = PROGRAM_START  # today (the app's clock in the tests), the programs' first training day, not ahead
Answer = QMessageBox.StandardButton


class _ClosedByWindowSystem(QCloseEvent):
    """The close event the window's close button sends, through the window system (Qt makes it spontaneous)."""

    def spontaneous(self) -> bool:
        return True


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def log_tab(qtbot: QtBot, repository: Repository, catalog: Catalog,
            language: Language = Language.EN) -> tuple[MainWindow, LogPage, int, int]:
    """The window on the Log tab at this week's Monday of seed-000 (back squat, single-leg hip thrust, cable
    kickback), with its keyboard; two trainees, "Me" shown and "Ane", each with the program (Ane squatted last week)."""
    me = first_trainee(repository, language, Units.KG)
    ane = repository.add_trainee(Trainee("Ane"))
    for trainee_id in (me, ane):
        repository.add_program(trainee_id, monday_program(catalog))
    last_week = datetime.combine(MONDAY - timedelta(days=7), time(18))
    repository.log_set(ane, LoggedSet("back_squat", last_week, 60.0, 10, 2))
    window = make_window(qtbot, repository, language)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(focused(), Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    page = window.log_tab.page
    assert isinstance(page, LogPage) and window.live.workspace.trainee_id == me
    page.date.setDate(QDate(MONDAY.year, MONDAY.month, MONDAY.day))
    qtbot.waitUntil(lambda: len(page.blocks) == 3 and page.blocks[0].weight.isVisible())
    return window, page, me, ane


def choose(window: MainWindow, trainee_id: int, reason: Qt.FocusReason = Qt.FocusReason.OtherFocusReason) -> None:
    """Another trainee chosen in the switcher, which has the keyboard then, as a click on it gives it."""
    switcher = window.trainee_bar.switcher
    switcher.setFocus(reason)
    switcher.setCurrentIndex(switcher.findData(trainee_id))
    switcher.activated.emit(switcher.currentIndex())
    assert window.live.workspace.trainee_id == trainee_id


def type_set(qtbot: QtBot, block: ExerciseBlock, weight: str, reps: str, rir: str = "") -> None:
    """Typed from the keyboard, over what the page put in the fields."""
    for field, text in ((block.weight, weight), (block.reps, reps), (block.rir, rir)):
        field.setFocus()
        field.selectAll()
        qtbot.keyClicks(field, text)


def sets_of(repository: Repository, trainee_id: int) -> list[tuple[str, float, int, int | None]]:
    """The trainee's sets of the Monday shown."""
    return [(s.exercise_id, s.weight_kg, s.reps, s.rir) for _id, s in repository.sets_on(trainee_id, MONDAY)]


def quit_action(window: MainWindow) -> QAction:
    """File > Quit, the menu's last entry."""
    action = window.file_menu.actions()[-1]
    assert action.text() in ("&Quit", "&Afslut")
    return action


def answering(monkeypatch: pytest.MonkeyPatch, answer: Answer) -> list[tuple[str, set[str]]]:
    """Every message box answered with ``answer``; what each said, and its buttons' names."""
    asked: list[tuple[str, set[str]]] = []

    def exec_(box: QMessageBox) -> int:
        asked.append((box.text(), {button.text() for button in box.buttons()}))
        return answer

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return asked


def on_monday(said: str) -> str:
    return said if MONDAY == clock.today() else f"{day_text(MONDAY, Language.EN)}, {said}"


@pytest.mark.parametrize("way", ["close button", "File > Quit on the Week tab"])  # Ctrl+Q's (none offscreen)
def test_quitting_asks_about_every_trainees_typed_set_and_logs_them(
        qtbot: QtBot, repository: Repository, catalog: Catalog, monkeypatch: pytest.MonkeyPatch, way: str) -> None:
    """A set typed for Me, then Ane chosen and a set typed for her: quitting threw both away without a word. Now
    it asks, naming both (not the load filled in for her squat: what the page puts in a field is not typed), and
    Log and close logs each as its trainee's (the Log tab in front or not), then closes on Ane."""
    window, page, me, ane = log_tab(qtbot, repository, catalog)
    type_set(qtbot, page.blocks[2], "15", "12")
    choose(window, ane)
    qtbot.keyClick(focused(), Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    type_set(qtbot, page.blocks[1], "40", "10", "2")
    assert page.blocks[0].weight.text() == "60"  # her load to use, after last week's squats
    asked = answering(monkeypatch, Answer.Save)
    if way == "close button":
        closing = _ClosedByWindowSystem()
        QApplication.sendEvent(window, closing)
        assert closing.isAccepted()
    else:
        qtbot.keyClick(focused(), Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
        assert not page.isVisible()
        quit_action(window).trigger()
        assert not window.isVisible()
    assert asked == [("Sets typed but not logged:\n\n"
                      f"Ane – {on_monday('Single-leg hip thrust: 40 kg × 10 · RIR 2 · each side')}\n"
                      f"Me – {on_monday('Cable glute kickback: 15 kg × 12 · each side')}\n\n"
                      "Log them before closing?", {"&Log and close", "Close &without logging", "&Cancel"})]
    assert sets_of(repository, me) == [("cable_kickback", 15.0, 12, None)]
    assert sets_of(repository, ane) == [("single_leg_hip_thrust", 40.0, 10, 2)]
    assert window.live.workspace.trainee_id == ane and page.day() == MONDAY


@pytest.mark.parametrize("answer", [Answer.Discard, Answer.Cancel], ids=["Close without logging", "Cancel"])
def test_close_without_logging_closes_and_cancel_keeps_the_set_and_the_keyboard(
        qtbot: QtBot, repository: Repository, catalog: Catalog, monkeypatch: pytest.MonkeyPatch,
        answer: Answer) -> None:
    """One set typed, for the trainee shown: asked about by name. Close without logging closes and logs nothing;
    Cancel leaves the window as it was, the set typed and the keyboard in the field typed in; the set logged then,
    what the page keeps in the fields for the next set is not typed, and quitting asks nothing."""
    window, page, me, _ane = log_tab(qtbot, repository, catalog)
    kickback = page.blocks[2]
    type_set(qtbot, kickback, "15", "12")
    asked = answering(monkeypatch, answer)
    closing = _ClosedByWindowSystem()
    QApplication.sendEvent(window, closing)
    assert [text for text, _buttons in asked] == [
        f"You have a set typed but not logged ({on_monday('Cable glute kickback: 15 kg × 12 · each side')}). "
        "Log it before closing?"]
    assert closing.isAccepted() is (answer == Answer.Discard) and sets_of(repository, me) == []
    if answer == Answer.Cancel:
        assert focused() is kickback.rir and (kickback.weight.text(), kickback.reps.text()) == ("15", "12")
        asked.clear()
        qtbot.keyClick(focused(), Qt.Key.Key_Return)  # logged now: nothing is left to ask about
        quit_action(window).trigger()
        assert asked == [] and not window.isVisible()
        assert sets_of(repository, me) == [("cable_kickback", 15.0, 12, None)]


def test_a_set_that_cannot_be_logged_keeps_the_window_open_on_it(
        qtbot: QtBot, repository: Repository, catalog: Catalog, monkeypatch: pytest.MonkeyPatch) -> None:
    """Me's set typed with a load that is no number, Ane chosen and the Week tab shown: Log and close logs Ane's,
    and stops at Me's, shown on the Log tab with why, the keyboard in its weight; the window stays."""
    window, page, me, ane = log_tab(qtbot, repository, catalog)
    type_set(qtbot, page.blocks[2], "15 kilo", "12")
    choose(window, ane)
    qtbot.keyClick(focused(), Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    type_set(qtbot, page.blocks[1], "40", "10")
    qtbot.keyClick(focused(), Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    answering(monkeypatch, Answer.Save)
    quit_action(window).trigger()
    kickback = page.blocks[2]
    assert window.isVisible() and window.tabs.currentWidget() is window.log_tab
    assert window.live.workspace.trainee_id == me and focused() is kickback.weight
    assert kickback.problem.text().startswith("The weight “15 kilo” is not a number") and \
        kickback.weight.text() == "15 kilo"
    assert sets_of(repository, me) == [] and sets_of(repository, ane) == [("single_leg_hip_thrust", 40.0, 10, None)]


def test_a_set_that_cannot_be_read_is_named_as_typed_with_its_rir_said_as_the_log_says_it(catalog: Catalog) -> None:
    """The question before quitting names a set it cannot read as typed, and its RIR as a logged set's line says it:
    "15 kilo × 12 · 2" left the bare 2 to be guessed."""
    kickback = catalog.exercise("cable_kickback")
    entry = Entry("15 kilo", "12", "2", "", 0, Units.KG, edited=frozenset({"weight"}))
    said = typed_set_text(kickback, entry, "15 kilo", Language.EN)
    assert said == f"{kickback.name.en}: 15 kilo × 12 · RIR 2 · each side"
    assert said == typed_set_text(kickback, replace(entry, rir=" 2 "), "15 kilo", Language.EN)
    no_rir = typed_set_text(kickback, replace(entry, rir="", side=1), "15 kilo", Language.EN)
    assert no_rir == f"{kickback.name.en}: 15 kilo × 12 · left"


@pytest.mark.parametrize(("load", "reps", "units", "language", "said"), [
    ("-20", "12", Units.LB, Language.EN, "-20 lb × 12 · RIR 2 · each side"),
    ("50,125", "12", Units.KG, Language.DA, "50,125 kg × 12 · RIR 2 · hver side"),
    ("-20 kg", "12", Units.LB, Language.EN, "-20 kg × 12 · RIR 2 · each side"),
    ("", "abc", Units.KG, Language.NB, "Kroppsvekt × abc · RIR 2 · hver side"),
])
def test_a_set_that_cannot_be_read_keeps_its_unit_and_side(qapp: QApplication, catalog: Catalog, load: str, reps: str,
                                                            units: Units, language: Language, said: str) -> None:
    """H145's walk: "Me has a set typed but not logged (Single-leg hip thrust: -20 × 12 · RIR 2)": the load without
    the unit and the set without the side the block shows beside them."""
    install_translators(qapp, language)
    thrust = catalog.exercise("single_leg_hip_thrust")
    entry = Entry(load, reps, "2", "", 0, units, edited=frozenset({"weight"}))
    assert typed_set_text(thrust, entry, load, language) == f"{thrust.name[language]}: {said}"


def test_a_restore_asks_first_and_logs_before_the_backups_are_listed(
        qtbot: QtBot, repository: Repository, catalog: Catalog, monkeypatch: pytest.MonkeyPatch) -> None:
    """File > Restore from backup… with a set typed: restarted on the backup, the window lost it without a word.
    Cancel goes no further; Log and restore logs it before the list of backups, which counts it as lost."""
    window, page, me, _ane = log_tab(qtbot, repository, catalog)
    type_set(qtbot, page.blocks[2], "15", "12")
    listed: list[int] = []
    monkeypatch.setattr(restore_dialog.RestoreDialog, "exec", lambda _dialog: listed.append(len(sets_of(
        repository, me))) or 0)
    restore = next(action for action in window.file_menu.actions() if action.text() == "Restore from &backup…")
    asked = answering(monkeypatch, Answer.Cancel)
    restore.trigger()
    assert [text for text, _buttons in asked] == [
        f"You have a set typed but not logged ({on_monday('Cable glute kickback: 15 kg × 12 · each side')}). Log it "
        "before restoring a backup?"]
    assert asked[0][1] == {"&Log and restore", "Restore &without logging", "&Cancel"} and listed == []
    answering(monkeypatch, Answer.Save)
    restore.trigger()
    assert listed == [1] and sets_of(repository, me) == [("cable_kickback", 15.0, 12, None)]


@pytest.mark.parametrize("way", ["Ctrl+3", "a click on the tab"])
def test_after_a_trainee_switch_the_log_tab_puts_the_keyboard_in_the_first_weight(
        qtbot: QtBot, repository: Repository, catalog: Catalog, way: str) -> None:
    """The keyboard in the Log's first weight, another trainee chosen, the Week tab shown and the Log tab again:
    the keyboard was on the form's scroll area (the field it was in went with the form), the first digit typed
    went nowhere and Tab went to the day's note."""
    window, page, _me, ane = log_tab(qtbot, repository, catalog)
    qtbot.mouseClick(page.blocks[0].weight, Qt.MouseButton.LeftButton)
    assert focused() is page.blocks[0].weight
    choose(window, ane)
    qtbot.keyClick(focused(), Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.week_tab
    if way == "Ctrl+3":
        qtbot.keyClick(focused(), Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    else:
        bar = window.tabs.tabBar()
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(window.tabs.indexOf(window.log_tab)).center())
    squat = page.blocks[0]
    assert focused() is squat.weight
    qtbot.waitUntil(squat.reps.isVisible)  # the form made for her is shown at the next turn of the event loop
    qtbot.keyClicks(focused(), "7")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "9")
    assert (squat.weight.text(), squat.reps.text(), page.session_note.text()) == ("7", "9", "")


def test_tab_from_the_days_note_goes_into_the_first_entry_and_each_exercises_deletes_come_after_it(
        qtbot: QtBot, repository: Repository, catalog: Catalog) -> None:
    """Tab from the day's note went to the first logged set's Delete, where the space bar deleted it at once. Now
    it goes to the first exercise's weight, through its entry, then its sets' Delete buttons, then the next
    exercise's entry; Shift+Tab the same way back to the note."""
    window, page, me, _ane = log_tab(qtbot, repository, catalog)
    for block, reps in ((page.blocks[0], "8"), (page.blocks[0], "7"), (page.blocks[1], "10")):
        type_set(qtbot, block, "60", reps, "2")
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: all(delete.isVisible() for block in page.blocks for delete in deletes(block)))
    qtbot.mouseClick(page.session_note, Qt.MouseButton.LeftButton)
    order = [page.session_note]
    for block in page.blocks:
        entry = [block.weight, block.reps, block.side, block.rir, block.note, block.log_button]
        order += [widget for widget in entry if widget.isVisible()] + deletes(block)
    assert len(order) == 1 + (5 + 2) + (6 + 1) + 6  # the squat two-sided, the other two one side at a time
    for widget in order[1:]:
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        assert focused() is widget
    for widget in reversed(order[:-1]):
        qtbot.keyClick(focused(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        assert focused() is widget
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    assert len(page.live.workspace.sets_on(MONDAY)) == 3


def deletes(block: ExerciseBlock) -> list[QWidget]:
    return [block.sets_grid.itemAtPosition(row, 1).widget() for row in range(len(block.shown_sets or []))]


def test_what_is_typed_comes_through_a_language_switch_and_is_asked_about_in_the_new_language(
        qtbot: QtBot, qapp: QApplication, repository: Repository, catalog: Catalog,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Edit > Preferences' language puts a new window in the old one's place (closing it asks nothing), with what
    was typed on the Log tab: still typed there, asked about in Danish when glueplan is quit."""
    me = first_trainee(repository, Language.EN, Units.KG)
    repository.add_program(me, monday_program(catalog))
    install_translators(qapp, Language.EN)
    host = WindowHost(qapp, catalog, Language.EN)
    host.attach(LiveWorkspace(open_workspace(repository.store, Language.EN, kilograms)))
    window = on_screen(qtbot, host.window, 1400, 900)
    window.tabs.setCurrentWidget(window.log_tab)
    page = window.log_tab.page
    assert isinstance(page, LogPage)
    page.date.setDate(QDate(MONDAY.year, MONDAY.month, MONDAY.day))
    type_set(qtbot, page.blocks[2], "15", "12")
    asked = answering(monkeypatch, Answer.Cancel)
    host.switch_language(Language.DA)
    qtbot.addWidget(host.window)
    assert asked == [] and host.window is not window
    quit_action(host.window).trigger()
    monday = "" if MONDAY == clock.today() else f"{day_text(MONDAY, Language.DA)}, "
    assert [text for text, _buttons in asked] == [
        f"Du har et sæt, der er skrevet ind, men ikke logget ({monday}Kickback i kabel: 15 kg × 12 · hver side). "
        "Vil du logge det, før glueplan lukker?"]
    assert asked[0][1] == {"&Log og luk", "Luk &uden at logge", "&Annuller"} and host.window.isVisible()


def log_a_squat(qtbot: QtBot, page: LogPage, weight: str) -> ExerciseBlock:
    """A squat set typed and logged from the keyboard: its weight is kept and chosen for the next."""
    squat = page.blocks[0]
    type_set(qtbot, squat, weight, "8", "2")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert focused() is squat.weight and squat.weight.selectedText() == squat.weight.text() == weight
    return squat


@pytest.mark.parametrize("away", ["Ctrl+2, Ctrl+3", "the Week tab clicked, the Log tab clicked",
                                  "another trainee and back", "Ctrl+2, another trainee and back"])
def test_the_weight_kept_after_a_set_is_still_chosen_when_the_keyboard_comes_back_to_it(
        qtbot: QtBot, repository: Repository, catalog: Catalog, away: str) -> None:
    """A clinic walk: 62,5 logged, the Week tab shown and the Log tab again, and "65" typed read "62,565" (the
    caret at the end, nothing chosen), logged as 62.565 kg. The kept weight is chosen again whichever way the
    keyboard comes back to it, and typing replaces it."""
    window, page, me, ane = log_tab(qtbot, repository, catalog)
    log_a_squat(qtbot, page, "62.5")
    bar = window.tabs.tabBar()
    if away == "Ctrl+2, Ctrl+3":
        qtbot.keyClick(focused(), Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(focused(), Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    elif away.startswith("the Week tab clicked"):
        for tab in (window.week_tab, window.log_tab):
            qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(window.tabs.indexOf(tab)).center())
    else:  # each chosen with a click in the switcher, then Ctrl+3
        for trainee_id in (ane, me):
            if away.startswith("Ctrl+2"):
                qtbot.keyClick(focused(), Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
            choose(window, trainee_id, Qt.FocusReason.MouseFocusReason)
            qtbot.keyClick(focused(), Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    squat = page.blocks[0]
    assert focused() is squat.weight and squat.weight.selectedText() == "62.5"
    qtbot.keyClicks(focused(), "65")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert sets_of(repository, me) == [("back_squat", 62.5, 8, 2), ("back_squat", 65.0, 8, 2)]


@pytest.mark.parametrize("heard", [False, True], ids=["not heard of yet", "heard of"])
def test_a_set_typed_for_a_client_archived_elsewhere_is_named_in_the_question_before_quitting(
        qtbot: QtBot, repository: Repository, catalog: Catalog, monkeypatch: pytest.MonkeyPatch, heard: bool) -> None:
    """A set typed for Ane, who was then archived in another window: Ctrl+Q closed at once and the set was gone,
    whether this window had heard of it (and shown Me, its notice silent on the set) or not yet. The notice says the
    set is kept for her; the question names it, says it cannot be logged while she is archived and is lost on
    closing, and offers no Log and close for it; Cancel keeps the window and the set. Not heard of yet, the question
    is asked as for any set (it is asked from what the window knows, never from a read: LogPage.unlogged)."""
    window, page, _me, ane = log_tab(qtbot, repository, catalog)
    choose(window, ane)
    qtbot.keyClick(focused(), Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    type_set(qtbot, page.blocks[1], "40", "10", "2")
    elsewhere = open_store(repository.store.engine.url)
    Repository(elsewhere).archive_trainee(ane)  # by the other window
    elsewhere.close()
    if heard:
        window.live.findChild(ChangesElsewhere).check()
        notice = window.findChild(QMessageBox)
        assert notice is not None and window.live.workspace.trainee_id != ane
        assert notice.text().endswith("The set typed for “Ane” and not logged is kept, there again once they are "
                                      "restored; closing glueplan before that loses it.")
        notice.close()
    asked = answering(monkeypatch, Answer.Cancel)
    quit_action(window).trigger()
    said = on_monday("Single-leg hip thrust: 40 kg × 10 · RIR 2 · each side")
    archived = (f"Ane has a set typed but not logged ({said}). It cannot be logged while Ane is archived, and it is "
                "lost when glueplan closes: Cancel, and restore Ane first (File > Restore archived trainee) to log it.",
                {"Close &without logging", "&Cancel"})
    as_any = (f"Ane has a set typed but not logged ({said}). Log it before closing?",
              {"&Log and close", "Close &without logging", "&Cancel"})
    assert asked == [archived if heard else as_any]
    assert window.isVisible() and (heard or page.blocks[1].weight.text() == "40")


def test_emptied_fields_are_no_set_to_ask_about(qtbot: QtBot, repository: Repository, catalog: Catalog,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """The weight filled in, the reps and RIR kept after a set, each emptied from the keyboard: the question before
    quitting named "Back squat:  × ", a set of nothing. Emptied fields are no set; a field typed back to what the
    page put there is none either."""
    window, page, me, _ane = log_tab(qtbot, repository, catalog)
    squat = log_a_squat(qtbot, page, "60")
    for field in (squat.weight, squat.reps, squat.rir):
        field.setFocus()
        field.selectAll()
        qtbot.keyClick(field, Qt.Key.Key_Backspace)
    kickback = page.blocks[2]
    type_set(qtbot, kickback, "", "", "")
    asked = answering(monkeypatch, Answer.Cancel)
    quit_action(window).trigger()
    assert asked == [] and not window.isVisible()
    assert sets_of(repository, me) == [("back_squat", 60.0, 8, 2)]
