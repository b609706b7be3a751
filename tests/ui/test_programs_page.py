"""The Programs page (issue 12): rename, move the start, duplicate, delete (asked first) and
choose the active program, each one undoable step through the window's Undo."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from msgspec.structs import replace
import pytest
from PySide6.QtCore import QDate, QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QLineEdit, QMessageBox, QPushButton, QTableView
from pytestqt.qtbot import QtBot

from glueplan.app import clock
from glueplan.app.command import History
from glueplan.domain.language import Language
from glueplan.domain.trainee import Trainee
from glueplan.store.repository import Repository
from glueplan.ui.application import install_translators
from glueplan.ui.main_window import MainWindow
from glueplan.ui.programs.copy_dialog import CopyToTraineeDialog
from glueplan.ui.programs.page import ProgramsPage
from glueplan.ui.shared.logged_text import date_text, day_text, short_text
from tests.app.test_copy_and_own_templates import with_a_load
from tests.conftest import seed_000
from tests.ui.test_date_typing import said
from tests.ui.test_main_window import make_window


def two_programs(qtbot: QtBot, repository: Repository,
                 language: Language = Language.EN) -> tuple[MainWindow, ProgramsPage]:
    window = make_window(qtbot, repository, language)
    page = window.programs_page()
    page.template_cards[0].start_button.click()
    page.template_cards[1].start_button.click()
    window.show_programs()
    return window, page


def answer_copy(monkeypatch: pytest.MonkeyPatch, name: str, keep_loads: bool = False) -> None:
    """Programs > Copy to trainee answers at once: ``name`` chosen, the loads kept or not, Copy pressed."""
    def chosen(dialog: CopyToTraineeDialog) -> int:
        dialog.trainees.setCurrentItem(dialog.trainees.findItems(name, Qt.MatchFlag.MatchExactly)[0])
        dialog.keep_loads.setChecked(keep_loads)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(CopyToTraineeDialog, "exec", chosen)


def listed(page: ProgramsPage) -> list[str]:
    return [page.program_list.item(row).text() for row in range(page.program_list.count())]


def undo(window: MainWindow) -> None:
    assert window.live is not None
    window.live.undo_stacks[History.PLAN].undo()


def test_the_list_shows_start_weeks_and_which_is_active(qtbot: QtBot, repository: Repository) -> None:
    _window, page = two_programs(qtbot, repository)
    first, second = listed(page)
    assert first.startswith("Glute program: three workouts · starts ") and "6 weeks" in first
    assert second.endswith(" · active") and not first.endswith("active")
    assert page.program_list.currentItem().font().bold() and page.name.text().startswith("Gluteus medius")


def test_with_no_program_the_fields_are_empty(qtbot: QtBot, repository: Repository) -> None:
    """No made-up start date (it showed 01.01.2000) beside the empty list."""
    window = make_window(qtbot, repository)
    page = window.programs_page()
    window.show_programs()
    assert page.chosen() is None
    assert page.name.text() == "" and page.start.text().strip() == "" and not page.start.isEnabled()
    page.template_cards[0].start_button.click()
    assert page.start.text().strip() != ""


def test_rename_and_move_the_start_from_the_fields(qtbot: QtBot, repository: Repository) -> None:
    window, page = two_programs(qtbot, repository)
    page.name.setText("Spring block")
    page.name.editingFinished.emit()
    assert listed(page)[1].startswith("Spring block")
    assert window.live is not None and window.live.program.name == "Spring block"
    page.start.setDate(QDate(2027, 3, 1))
    page.start.editingFinished.emit()
    assert window.live.program.start == date(2027, 3, 1)
    assert window.week_page is not None and "01/03 ·" in window.week_page.calendar.headers[0].text()
    page.name.setText("   ")  # an empty name is not taken
    page.name.editingFinished.emit()
    assert page.name.text() == "Spring block"
    undo(window)
    undo(window)
    assert window.live.program.name.startswith("Gluteus medius") and window.live.program.start != date(2027, 3, 1)
    assert listed(page)[1].startswith("Gluteus medius")


def test_duplicate_and_undo(qtbot: QtBot, repository: Repository) -> None:
    window, page = two_programs(qtbot, repository)
    page.program_list.setCurrentRow(0)
    page.duplicate_button.click()
    assert len(listed(page)) == 3 and listed(page)[2].startswith("Glute program: three workouts (copy)")
    assert page.program_list.currentRow() == 2  # the copy is chosen
    undo(window)
    assert len(listed(page)) == 2


def test_delete_asks_first_and_undo_brings_it_back(qtbot: QtBot, repository: Repository,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    window, page = two_programs(qtbot, repository)
    assert window.live is not None
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def answer(box: QMessageBox) -> QMessageBox.StandardButton:
        asked.append(box.text())
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "exec", answer)  # the question is asked as plain text (plain_text.ask)
    active = window.live.workspace.program_id
    page.delete_button.click()
    assert len(listed(page)) == 2 and "stay in the log" in asked[0]
    page.delete_button.click()
    assert len(listed(page)) == 1 and listed(page)[0].endswith(" · active")
    assert window.live.workspace.program_id != active  # the other one is open now
    undo(window)
    assert len(listed(page)) == 2 and window.live.workspace.program_id == active


def test_choosing_the_active_program_plans_it_and_is_undoable(qtbot: QtBot, repository: Repository) -> None:
    window, page = two_programs(qtbot, repository)
    assert window.live is not None
    page.program_list.setCurrentRow(0)
    page.open_button.click()
    assert window.tabs.currentWidget() is window.week_tab
    assert window.live.program.name == "Glute program: three workouts" and listed(page)[0].endswith(" · active")
    assert repository.active_program(window.live.workspace.trainee_id) == window.live.workspace.program_id
    undo(window)
    assert window.live.program.name.startswith("Gluteus medius")
    window.show_programs()
    item = page.program_list.item(0)
    page.program_list.itemActivated.emit(item)  # a double-click or Enter on the row
    assert window.live.program.name == "Glute program: three workouts"


def test_a_program_is_copied_to_another_trainee_and_kept_as_a_template(qtbot: QtBot, repository: Repository,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    window, page = two_programs(qtbot, repository)
    ane = repository.add_trainee(Trainee("Ane"))
    page.program_list.setCurrentRow(0)
    chosen = page.chosen()
    assert chosen is not None
    answer_copy(monkeypatch, "Ane")
    page.copy_button.click()
    assert [name for _id, name in repository.programs(ane)] == [chosen.name]
    assert "Copied" in window.statusBar().currentMessage()

    monkeypatch.setattr(QInputDialog, "exec", lambda dialog: dialog.setTextValue("Clinic hip block") or 1)
    page.template_button.click()
    assert [card.template.name.en for card in page.template_cards][-1] == "Clinic hip block"
    page.template_cards[-1].start_button.click()  # offered like a built-in one
    assert listed(page)[-1].startswith("Clinic hip block")
    window.show_programs()  # starting a program showed the Week tab
    own = page.template_cards[-1]
    assert [card.delete_button is None for card in page.template_cards] == [True, True, False]
    assert own.delete_button is not None
    own.delete_button.click()
    assert [card.template.id for card in page.template_cards] == ["seed-000", "seed-002"]
    undo(window)
    assert [card.template.name.en for card in page.template_cards][-1] == "Clinic hip block"
    undo(window)
    undo(window)
    window.show_programs()
    assert [card.template.id for card in page.template_cards] == ["seed-000", "seed-002"]
    undo(window)
    assert repository.programs(ane) == []


def test_another_trainees_active_program_is_chosen_after_a_switch(qtbot: QtBot, repository: Repository,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Switching to a trainee with the Programs tab in front showed their program listed, but none
    chosen: the name and start fields empty and every button off, as the program chosen before
    was the other trainee's."""
    window, page = two_programs(qtbot, repository)
    ane = repository.add_trainee(Trainee("Ane"))
    answer_copy(monkeypatch, "Ane")
    page.copy_button.click()
    bar = window.trainee_bar
    bar.fill()
    bar.switcher.setCurrentIndex(bar.switcher.findData(ane))
    bar.switcher.activated.emit(bar.switcher.currentIndex())
    qtbot.waitUntil(lambda: window.windowTitle() == "Ane – glueplan.sqlite – glueplan")
    chosen = page.chosen()
    assert chosen is not None and chosen.active and page.name.text().startswith("Gluteus medius")
    assert page.copy_button.isEnabled()


@pytest.mark.parametrize(("language", "width", "height"), [(Language.DA, 1024, 768), (Language.EN, 1024, 768),
                                                           (Language.NB, 1024, 768), (Language.DA, 1280, 800)])
def test_at_1024_pixels_nothing_on_the_programs_tab_is_cut_off(qtbot: QtBot, repository: Repository,
                                                              language: Language, width: int, height: int) -> None:
    """Every tab in sight, no sideways scrolling, every button as wide as its text asks and inside
    the page, every program's line inside the list. (At 1024 px the page was 316 px wide: the tabs
    scrolled, and the page scrolled sideways under five buttons in a row.)"""
    window = make_window(qtbot, repository, language)
    page = window.programs_page()
    page.template_cards[0].start_button.click()
    page.template_cards[1].start_button.click()
    window.show_programs()
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.width() == width)
    QApplication.processEvents()
    bar = window.tabs.tabBar()
    assert all(0 <= bar.tabRect(tab).left() and bar.tabRect(tab).right() < bar.width() for tab in range(bar.count()))
    assert page.horizontalScrollBar().maximum() == 0
    viewport = page.viewport().rect()
    for button in page.widget().findChildren(QPushButton):
        if button.isVisibleTo(page):
            place = button.geometry().translated(button.parentWidget().mapTo(page.viewport(), QPoint(0, 0)))
            assert button.width() >= button.sizeHint().width() and viewport.left() <= place.left(), button.text()
            assert place.right() <= viewport.right(), button.text()
    items = page.program_list
    assert all(items.visualItemRect(items.item(row)).right() <= items.viewport().width()
               for row in range(items.count()))


WRITTEN = {Language.EN: "{:02}/{:02}/{}", Language.DA: "{:02}.{:02}.{}", Language.NB: "{:02}.{:02}.{}"}


def typed_start(qtbot: QtBot, page: ProgramsPage, language: Language, day: date, home: bool) -> None:
    """The start typed as a coach types it: over the whole date (selected), or from Home, then Enter."""
    page.start.setFocus()
    if home:
        qtbot.keyClick(page.start, Qt.Key.Key_Home)
    else:
        page.start.findChild(QLineEdit).selectAll()
    qtbot.keyClicks(page.start, WRITTEN[language].format(day.day, day.month, day.year))
    qtbot.keyClick(page.start, Qt.Key.Key_Return)


@pytest.mark.parametrize("language", [Language.DA, Language.NB, Language.EN])
@pytest.mark.parametrize("home", [False, True])
def test_the_start_is_typed_in_the_languages_date(qtbot: QtBot, repository: Repository, language: Language,
                                                  home: bool) -> None:
    """Seen in Bokmål: "30.11.2026" typed over the start changed nothing, and typed after Home
    stored 07.11.2026, a Saturday, listed as the start while the Week tab began on Monday 02.11.
    A day that is not a Monday becomes its week's Monday, and the page says so."""
    window = make_window(qtbot, repository, language)
    page = window.programs_page()
    page.template_cards[0].start_button.click()
    window.show_programs()
    page.start.setDate(QDate(2026, 12, 7))
    page.start.editingFinished.emit()
    assert window.live is not None
    typed_start(qtbot, page, language, date(2026, 11, 30), home)
    assert window.live.program.start == date(2026, 11, 30) and not page.start_moved.isVisibleTo(page)
    assert short_text(date(2026, 11, 30), language) in listed(page)[0]
    page.start.setFocus()
    qtbot.keyClick(page.start, Qt.Key.Key_Home)
    qtbot.keyClicks(page.start, "14")
    qtbot.keyClick(page.start, Qt.Key.Key_Return)
    assert window.live.program.start == date(2026, 11, 9)  # the 14th, a Saturday: its Monday
    typed_start(qtbot, page, language, date(2026, 11, 7), home)  # a Saturday
    assert window.live.program.start == date(2026, 11, 2) and page.start.date() == QDate(2026, 11, 2)
    assert page.start_moved.isVisibleTo(page)
    assert date_text(date(2026, 11, 7), language) in page.start_moved.text()
    assert date_text(date(2026, 11, 2), language) in page.start_moved.text()


@pytest.mark.parametrize(("language", "said"), [(Language.EN, "Copied “{}” to “Deg”."),
                                                (Language.DA, "»{}« er kopieret til »Deg«."),
                                                (Language.NB, "«{}» er kopiert til «Deg».")])
def test_a_copy_to_another_trainee_names_them_in_quotes(qtbot: QtBot, qapp: QApplication, repository: Repository,
                                                        monkeypatch: pytest.MonkeyPatch, language: Language,
                                                        said: str) -> None:
    """A trainee named Deg ('you') was named bare: 'kopiert til Deg' read as 'copied to you' (a trainee "Meg",
    the first profile's name in Bokmål, can no longer be added beside it)."""
    install_translators(qapp, language)
    window, page = two_programs(qtbot, repository)
    repository.add_trainee(Trainee("Deg"))
    answer_copy(monkeypatch, "Deg")
    page.copy_button.click()
    chosen = page.chosen()
    assert chosen is not None and window.statusBar().currentMessage() == said.format(chosen.name)


def test_a_name_holding_a_placeholder_is_said_as_written(qtbot: QtBot, repository: Repository,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """'Copied “%1” to “%2”.' was filled one placeholder after the other, so a program named 'Week %2
    heavy' was said (and its undo step named) 'Week Deg heavy' (H68). Filled in one pass, as Qt's
    QString.arg does, what a user wrote stays as written."""
    window, page = two_programs(qtbot, repository)
    repository.add_trainee(Trainee("Deg"))
    page.name.setFocus()
    page.name.selectAll()
    qtbot.keyClicks(page.name, "Week %2 heavy")
    qtbot.keyClick(page.name, Qt.Key.Key_Return)
    assert window.live is not None and window.live.program.name == "Week %2 heavy"
    answer_copy(monkeypatch, "Deg")
    page.copy_button.click()
    assert window.statusBar().currentMessage() == "Copied “Week %2 heavy” to “Deg”."
    assert window.live.undo_stacks[History.PLAN].undoText() == "Copy “Week %2 heavy” to “Deg”"


def redo(window: MainWindow) -> None:
    assert window.live is not None
    window.live.undo_stacks[History.PLAN].redo()


def starting_monday_14_december(qtbot: QtBot, repository: Repository,
                                language: Language = Language.EN) -> tuple[MainWindow, ProgramsPage, int]:
    """Two programs, the chosen one moved to start on Monday 14.12.2026; and the steps to undo so far."""
    window, page = two_programs(qtbot, repository, language)
    page.start.setDate(QDate(2026, 12, 14))
    page.start.editingFinished.emit()
    assert window.live is not None
    return window, page, window.live.undo_stacks[History.PLAN].count()


@pytest.mark.parametrize("language", [Language.DA, Language.EN])
def test_the_moved_to_monday_note_says_what_the_last_change_did(qtbot: QtBot, repository: Repository,
                                                                 language: Language) -> None:
    """Seen in Danish: "moved from Tuesday 8 to Monday 7" stayed under a start typed afterwards as Monday 30.11."""
    window, page, _steps = starting_monday_14_december(qtbot, repository, language)
    typed_start(qtbot, page, language, date(2026, 12, 8), home=False)
    assert page.start_moved.isVisibleTo(page) and date_text(date(2026, 12, 8), language) in page.start_moved.text()
    typed_start(qtbot, page, language, date(2026, 11, 30), home=False)  # a Monday: nothing moved
    assert window.live is not None and window.live.program.start == date(2026, 11, 30)
    assert not page.start_moved.isVisibleTo(page)
    undo(window)  # back to Monday 7, moved from Tuesday 8
    undo(window)  # back to Monday 14: nothing moved
    assert window.live.program.start == date(2026, 12, 14) and not page.start_moved.isVisibleTo(page)
    typed_start(qtbot, page, language, date(2026, 12, 8), home=False)
    undo(window)
    assert not page.start_moved.isVisibleTo(page)
    redo(window)
    assert window.live.program.start == date(2026, 12, 7) and page.start_moved.isVisibleTo(page)
    page.program_list.setCurrentRow(0)  # another program
    assert not page.start_moved.isVisibleTo(page)
    page.program_list.setCurrentRow(1)
    assert not page.start_moved.isVisibleTo(page)


def test_a_day_picked_in_the_calendar_moves_the_start_at_once(qtbot: QtBot, repository: Repository) -> None:
    """A pick in the pop-up showed in the field, but the program moved only once the field lost focus."""
    window, page, steps = starting_monday_14_december(qtbot, repository)
    assert window.live is not None
    arrow = QPoint(page.start.width() - 6, page.start.height() // 2)  # the pop-up's button
    qtbot.mouseClick(page.start, Qt.MouseButton.LeftButton, pos=arrow)
    calendar = page.start.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    days = calendar.findChild(QTableView)
    model = days.model()
    cell = next(model.index(row, column) for row in range(model.rowCount()) for column in range(model.columnCount())
                if model.index(row, column).data() == 8)
    qtbot.mouseClick(days.viewport(), Qt.MouseButton.LeftButton, pos=days.visualRect(cell).center())
    assert window.live.program.start == date(2026, 12, 7) and page.start_moved.isVisibleTo(page)
    assert window.live.undo_stacks[History.PLAN].count() == steps + 1  # once
    page.name.setFocus()  # leaving the field moves nothing again
    assert window.live.undo_stacks[History.PLAN].count() == steps + 1 and page.start_moved.isVisibleTo(page)


def test_a_start_that_does_not_exist_moves_nothing(qtbot: QtBot, repository: Repository) -> None:
    """"31.2.2027" typed as the start became 28.02 and then Monday 22.02, without a word."""
    window, page, steps = starting_monday_14_december(qtbot, repository)
    assert window.live is not None
    page.start.setFocus()
    page.start.findChild(QLineEdit).selectAll()
    qtbot.keyClicks(page.start, "31/2/2027")
    qtbot.keyClick(page.start, Qt.Key.Key_Return)
    assert window.live.program.start == date(2026, 12, 14) and page.start.date() == QDate(2026, 12, 14)
    assert window.live.undo_stacks[History.PLAN].count() == steps and not page.start_moved.isVisibleTo(page)
    assert said(page.start) == "There is no 31 February."


@pytest.mark.parametrize(("language", "moved", "renamed"), [
    (Language.EN, "Move the start of “{}” to 30/11/2026", "Rename “{}” to “Spring block”"),
    (Language.DA, "Flyt starten af »{}« til 30.11.2026", "Omdøb »{}« til »Spring block«"),
    (Language.NB, "Flytt starten på «{}» til 30.11.2026", "Endre navnet på «{}» til «Spring block»")],
    ids=["en", "da", "nb"])
def test_the_undo_step_says_what_the_edit_did(qtbot: QtBot, qapp: QApplication, repository: Repository,
                                               language: Language, moved: str, renamed: str) -> None:
    """Seen in Bokmål: Ctrl+Z on the Week tab took back a start moved on the Programs tab, and Edit >
    Undo had named the step 'Gi nytt navn til eller flytt «…»', not saying which of the two it was."""
    install_translators(qapp, language)
    window, page = two_programs(qtbot, repository, language)
    assert window.live is not None
    name = window.live.program.name
    page.start.setDate(QDate(2026, 11, 30))
    page.start.editingFinished.emit()
    window.show_tab("week")
    stack = window.live.undo_stacks[History.PLAN]
    assert stack.undoText() == moved.format(name) and window.undo_action.text().endswith(moved.format(name))
    window.show_programs()
    page.name.setText("Spring block")
    page.name.editingFinished.emit()
    assert stack.undoText() == renamed.format(name)
    page.name.setText("Autumn block")
    page.name.setModified(True)
    page.start.setDate(QDate(2026, 12, 7))  # a new name still being typed goes with the move
    page.start.editingFinished.emit()
    assert window.live.program.name == "Autumn block" and window.live.program.start == date(2026, 12, 7)
    assert "Spring block" in stack.undoText() and "Autumn block" in stack.undoText()
    assert short_text(date(2026, 12, 7), language) in stack.undoText()


@pytest.mark.parametrize("language", [Language.EN, Language.DA])
def test_a_copy_to_another_trainee_leaves_the_loads_and_notes_unless_asked(
        qtbot: QtBot, qapp: QApplication, repository: Repository, tmp_path: Path, language: Language) -> None:
    """A coach copied Line's program to Camilla and Camilla's week prescribed Line's 62.5 kg and note,
    unsaid, from a 200x94 px dialog titled "Kopiér… døver" (walk H113). The dialog now lists the trainees,
    says what the copy holds and leaves loads and notes behind unless its box is ticked; one Undo takes
    the copy back."""
    install_translators(qapp, language)
    window, page = two_programs(qtbot, repository, language)
    assert window.live is not None
    line = window.live.workspace.trainee_id
    names = ["Ane", "Camilla Holm-Andersen", "Ida"]
    others = {name: repository.add_trainee(Trainee(name)) for name in names}
    loaded = replace(with_a_load(seed_000()), name="Line's block")
    item = loaded.weeks[0].sessions[0].items[0]
    original = repository.add_program(line, loaded)
    page.refresh(choose=original)
    seen: list[CopyToTraineeDialog] = []

    def answer(keep_loads: bool) -> None:
        dialog = qapp.activeModalWidget()
        if isinstance(dialog, CopyToTraineeDialog) and dialog.isVisible() and dialog not in seen:
            seen.append(dialog)
            view = dialog.trainees
            assert [view.item(row).text() for row in range(view.count())] == names
            for row in range(view.count()):  # every name whole, none out of sight
                assert view.viewport().rect().contains(view.visualItemRect(view.item(row)))
                assert view.visualItemRect(view.item(row)).width() >= view.fontMetrics().horizontalAdvance(names[row])
            assert dialog.width() >= dialog.fontMetrics().horizontalAdvance(dialog.windowTitle()) + 100
            assert not dialog.keep_loads.isChecked() and dialog.what.textFormat() == Qt.TextFormat.PlainText
            told = dialog.what.text()
            assert window.live is not None and window.live.trainee.name in told  # whose loads they are
            view.setCurrentRow(1)
            dialog.keep_loads.setChecked(keep_loads)
            assert (dialog.what.text() != told) == keep_loads
            dialog.grab().save(str(tmp_path / f"copy-{language.value}-{keep_loads}.png"))
            qtbot.keyClick(view, Qt.Key.Key_Return)

    timer = QTimer(window)
    timer.timeout.connect(lambda: answer(False))
    timer.start(20)
    page.copy_button.click()
    timer.stop()
    camilla = others["Camilla Holm-Andersen"]
    (copy_id, _name), = repository.programs(camilla)
    items = [i for w in repository.program(copy_id).weeks for s in w.sessions for i in s.items]
    assert [(i.load_kg, i.note) for i in items] == [(None, "")] * len(items)
    assert repository.program(original).weeks[0].sessions[0].items[0] == item  # Line's own stay
    undo(window)
    assert repository.programs(camilla) == []
    timer = QTimer(window)
    timer.timeout.connect(lambda: answer(True))
    timer.start(20)
    page.copy_button.click()
    timer.stop()
    (copy_id, _name), = repository.programs(camilla)
    assert repository.program(copy_id).weeks[0].sessions[0].items[0] == item
    assert len(seen) == 2


@pytest.mark.parametrize(("language", "said_as"), [(Language.EN, "Started “{}” from {}."),
                                                   (Language.DA, "»{}« er startet og begynder {}.")])
def test_starting_a_program_says_the_day_it_begins(qtbot: QtBot, qapp: QApplication, repository: Repository,
                                                   language: Language, said_as: str) -> None:
    """Started on a Tuesday, a program begins next Monday: 'Started "Glute program: three workouts".' alone sent the
    lifter to look for today's training (the walk's finding 13)."""
    install_translators(qapp, language)
    window = make_window(qtbot, repository, language)
    window.programs_page().template_cards[0].start_button.click()
    assert window.live is not None and window.live.program.start is not None
    monday = window.live.program.start
    assert monday.weekday() == 0 and monday > clock.today() - timedelta(days=7)
    said_on = day_text(monday, language)
    assert window.statusBar().currentMessage() == said_as.format(window.live.program.name, said_on)


@pytest.mark.parametrize(("language", "this_week", "next_week"), [
    (Language.EN, "This week, from Monday 30 November (the days before today are past)",
     "Next week, from Monday 7 December"),
    (Language.DA, "Denne uge, fra mandag 30. november (dagene før i dag er forbi)",
     "Næste uge, fra mandag 7. december")])
def test_a_program_starts_this_week_or_next_as_chosen(qtbot: QtBot, qapp: QApplication, repository: Repository,
                                                       monkeypatch: pytest.MonkeyPatch, language: Language,
                                                       this_week: str, next_week: str) -> None:
    """Given a program on a Tuesday, a physiotherapist's client could not log that day's session: it began next
    Monday (the Norwegian walk's finding 10). Each template offers this week and next; this week is chosen while two
    of its first week's sessions are still ahead (FRQ-1's least), and the status bar says the Monday chosen."""
    monkeypatch.setattr("glueplan.app.clock.today", lambda: date(2026, 12, 1))
    install_translators(qapp, language)
    window = make_window(qtbot, repository, language)
    three_days, two_days = window.programs_page().template_cards  # Monday, Wednesday, Friday; Monday, Thursday
    assert [three_days.starts.itemText(row) for row in range(three_days.starts.count())] == [this_week, next_week]
    assert three_days.starts.currentText() == this_week and two_days.starts.currentText() == next_week
    three_days.start_button.click()
    assert window.live is not None and window.live.program.start == date(2026, 11, 30)
    assert day_text(date(2026, 11, 30), language) in window.statusBar().currentMessage()
    three_days.starts.setCurrentIndex(1)
    three_days.start_button.click()
    assert window.live.program.start == date(2026, 12, 7)
    assert day_text(date(2026, 12, 7), language) in window.statusBar().currentMessage()


def test_the_weeks_offered_follow_the_day_the_page_is_shown(qtbot: QtBot, repository: Repository,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """In a window left open over a weekend, "This week" still offered the week gone until something changed."""
    monkeypatch.setattr("glueplan.app.clock.today", lambda: date(2026, 12, 1))
    window = make_window(qtbot, repository)
    card = window.programs_page().template_cards[0]
    window.show_week()
    monkeypatch.setattr("glueplan.app.clock.today", lambda: date(2026, 12, 7))  # the Monday after
    window.show_programs()
    assert card.starts.currentText() == "This week, from today, Monday 7 December"
    assert card.starts.itemData(1) == date(2026, 12, 14)


def test_the_weeks_offered_follow_each_day_not_only_each_week(qtbot: QtBot, repository: Repository,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """Shown on a Monday and again on the Thursday: the offer still said "from today, Monday", and still chose this
    week, whose Monday to Wednesday are past."""
    monkeypatch.setattr("glueplan.app.clock.today", lambda: date(2026, 12, 7))
    window = make_window(qtbot, repository)
    card = window.programs_page().template_cards[0]
    window.show_programs()
    assert card.starts.currentText() == "This week, from today, Monday 7 December"
    window.show_week()
    monkeypatch.setattr("glueplan.app.clock.today", lambda: date(2026, 12, 10))  # Thursday
    window.show_programs()
    assert card.starts.itemText(0) == "This week, from Monday 7 December (the days before today are past)"
    assert card.starts.currentData() == date(2026, 12, 14)
