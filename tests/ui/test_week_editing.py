"""Issue 12 in the Week tab: the complete in-place editor (keyboard: focused on Sets, Tab through
and out saves, Enter saves, Escape cancels), sessions' time and title and new sessions, every day
tinted during a drag, no cut-off text at the window's default size, load targets shown, and the
summary saying that activation work is no hard sets."""

from __future__ import annotations

from datetime import time

from msgspec.structs import replace
import pytest
from PySide6.QtCore import QModelIndex, QPoint, QRect, Qt
from PySide6.QtGui import QAction, QFontMetrics, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QStyle, QStyleOptionViewItem, QWidget
from pytestqt.qtbot import QtBot

from glueplan.app.command import History
from glueplan.app.setup_edits import EditProfile
from glueplan.domain.catalog import Prescription, RepRange
from glueplan.domain.findings import Severity
from glueplan.domain.language import Language, rest_clock
from glueplan.domain.trainee import Units
from glueplan.store.repository import Repository
from glueplan.ui.shared.live_workspace import LiveWorkspace
from glueplan.ui.week.calendar import DayView, WeekCalendar
from glueplan.ui.week.editors import PlannedEditor, SessionEditor
from glueplan.ui.week.model import PLANNED_ROLE, WeekModel
from tests.conftest import on_screen
from tests.ui.test_menu_mnemonics import clashes
from tests.ui.test_week_calendar import drag, item_index, library_mime, names, session_index, stored

MON, TUE, WED, THU, FRI, SAT, SUN = range(7)


@pytest.fixture
def calendar(qtbot: QtBot, live: LiveWorkspace) -> WeekCalendar:
    shown = on_screen(qtbot, WeekCalendar(WeekModel(live)), 1100, 600)
    shown.activateWindow()
    qtbot.waitUntil(shown.isActiveWindow)
    return shown


def steps(live: LiveWorkspace) -> int:
    return live.undo_stacks[History.PLAN].count()


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def type_into_focus(qtbot: QtBot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def open_editor(qtbot: QtBot, view: DayView, index: QModelIndex) -> None:
    view.setFocus()
    view.setCurrentIndex(index)
    qtbot.keyClick(view, Qt.Key.Key_F2)


def test_the_editor_is_complete_fits_and_starts_in_sets(qtbot: QtBot, calendar: WeekCalendar) -> None:
    view = calendar.days[SUN]  # the last day: the editor must not run off the window
    calendar.model.live.apply(calendar.model.change_for(  # type: ignore[arg-type]
        library_mime(calendar.model.live.catalog, "clamshell"), Qt.DropAction.CopyAction, -1,
        calendar.model.day_index(SUN)))
    open_editor(qtbot, view, item_index(calendar.model, SUN, 0))
    editor = calendar.findChild(PlannedEditor)
    assert editor is not None and editor.isVisible()
    assert focused() is editor.sets
    for field in (editor.sets, editor.reps_low, editor.reps_high, editor.rir, editor.rest, editor.load, editor.note):
        assert field.isVisible() and field.width() >= field.minimumSizeHint().width()
    assert calendar.rect().contains(editor.geometry()), "the editor is cut off at the window's edge"


def test_typing_tab_through_and_out_saves_one_undoable_edit(qtbot: QtBot, calendar: WeekCalendar,
                                                            live: LiveWorkspace) -> None:
    view = calendar.days[MON]
    open_editor(qtbot, view, item_index(calendar.model, MON, 1))
    for text in ("4", "12", "15", "1", "150", "60", "pause at the top"):
        type_into_focus(qtbot, text)
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # the last Tab leaves the editor
    qtbot.waitUntil(lambda: calendar.findChild(PlannedEditor) is None or not calendar.findChild(PlannedEditor)
                    .isVisible())
    item = live.program.weeks[0].sessions[0].items[1]
    assert item.prescription == Prescription(4, RepRange(12, 15), 1, 150)
    assert (item.load_kg, item.note) == (60, "pause at the top")
    assert stored(live) == live.program and steps(live) == 1
    assert focused() is view  # back on the row
    live.undo_stacks[History.PLAN].undo()
    assert live.program.weeks[0].sessions[0].items[1].load_kg is None


def test_enter_saves_escape_cancels_and_a_click_elsewhere_saves(qtbot: QtBot, calendar: WeekCalendar,
                                                                 live: LiveWorkspace) -> None:
    view = calendar.days[WED]
    open_editor(qtbot, view, item_index(calendar.model, WED, 0))
    type_into_focus(qtbot, "5")
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert live.program.weeks[0].sessions[1].items[0].prescription.sets == 2 and steps(live) == 0
    open_editor(qtbot, view, item_index(calendar.model, WED, 0))
    type_into_focus(qtbot, "3")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    type_into_focus(qtbot, "6")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert live.program.weeks[0].sessions[1].items[0].prescription.sets == 3
    assert live.program.weeks[0].sessions[1].items[0].prescription.reps.low == 6 and steps(live) == 1
    open_editor(qtbot, view, item_index(calendar.model, WED, 1))
    type_into_focus(qtbot, "4")
    calendar.days[THU].setFocus()  # a click on another day
    assert live.program.weeks[0].sessions[1].items[1].prescription.sets == 4 and steps(live) == 2


def test_reps_running_backwards_keep_the_editor_open_with_the_reason(qtbot: QtBot, calendar: WeekCalendar,
                                                                      live: LiveWorkspace) -> None:
    view = calendar.days[MON]
    open_editor(qtbot, view, item_index(calendar.model, MON, 0))
    editor = calendar.findChild(PlannedEditor)
    assert editor is not None
    editor.reps_low.setValue(12)
    editor.reps_high.setValue(6)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert editor.isVisible() and "lowest reps" in editor.problem.text() and steps(live) == 0
    editor.reps_high.setValue(14)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert live.program.weeks[0].sessions[0].items[0].prescription.reps == RepRange(12, 14)


@pytest.mark.parametrize(("typed", "seconds"), [("150", 150), ("2:45", 165), ("1.5", 90), ("2,50", 150), ("3", 180)])
def test_the_rest_is_shown_and_typed_in_minutes_and_seconds(qtbot: QtBot, calendar: WeekCalendar, live: LiveWorkspace,
                                                            typed: str, seconds: int) -> None:
    """The editor asked "Rest s 150" under a row saying "2:30" (a Danish coach's walk): it shows the rest as the
    row does, takes it as a user writes it, and the arrows step 15 s."""
    view = calendar.days[MON]
    planned = live.program.weeks[0].sessions[0].items[1].prescription.rest_s
    open_editor(qtbot, view, item_index(calendar.model, MON, 1))
    editor = calendar.findChild(PlannedEditor)
    assert editor is not None
    assert editor.rest.text() == rest_clock(planned) and rest_clock(planned) in calendar.model.data(
        item_index(calendar.model, MON, 1))
    for _field in range(4):
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is editor.rest
    qtbot.keyClick(focused(), Qt.Key.Key_Up)
    assert editor.rest.text() == rest_clock(planned + 15)
    editor.rest.selectAll()
    type_into_focus(qtbot, typed)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert live.program.weeks[0].sessions[0].items[1].prescription.rest_s == seconds
    assert rest_clock(seconds) in calendar.model.data(item_index(calendar.model, MON, 1))


def test_a_rest_it_cannot_read_keeps_the_editor_open_with_how_to_write_it(qtbot: QtBot, calendar: WeekCalendar,
                                                                           live: LiveWorkspace) -> None:
    """"2,05" was saved as 2:05 and "2,50" as 2:50, a decimal comma read as a clock's colon (failed before): a
    decimal minute is a quarter, and one that is none is refused, said with its clock's reading, not saved."""
    view = calendar.days[MON]
    planned = live.program.weeks[0].sessions[0].items[1].prescription.rest_s
    open_editor(qtbot, view, item_index(calendar.model, MON, 1))
    editor = calendar.findChild(PlannedEditor)
    assert editor is not None
    editor.rest.setFocus()
    editor.rest.selectAll()
    type_into_focus(qtbot, "2,05")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert editor.isVisible() and steps(live) == 0
    assert "“2,05”" in editor.problem.text() and "2:05" in editor.problem.text()
    assert (editor.rest.text(), editor.rest.value()) == ("2,05", planned)  # what was typed stays, not taken
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert editor.isVisible() and steps(live) == 0  # Enter again does not save the rest it had instead
    editor.rest.selectAll()
    type_into_focus(qtbot, "2:05")
    assert editor.problem.text() == ""  # typing again takes the reason away
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert live.program.weeks[0].sessions[0].items[1].prescription.rest_s == 125 and steps(live) == 1


def test_load_targets_show_in_the_week_in_the_profiles_units(calendar: WeekCalendar, live: LiveWorkspace) -> None:
    model = calendar.model
    index = item_index(model, MON, 0)
    model.setData(index, replace(model.data(index, PLANNED_ROLE), load_kg=60.0))
    assert "60 kg" in model.data(item_index(model, MON, 0)).replace("\u00a0", " ")
    live.run(EditProfile(live.trainee, replace(live.trainee, units=Units.LB), "units"))
    assert "132.28 lb" in model.data(item_index(model, MON, 0)).replace("\u00a0", " ")
    assert stored(live).weeks[0].sessions[0].items[0].load_kg == 60.0


def test_a_session_header_edits_time_and_title(qtbot: QtBot, calendar: WeekCalendar, live: LiveWorkspace) -> None:
    view = calendar.days[FRI]
    index = session_index(calendar.model, FRI)
    view.setFocus()
    where = view.visualRect(index).center()
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=where)  # QTest's double click sends no press
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    editor = calendar.findChild(SessionEditor)
    assert editor is not None and editor.isVisible() and focused() is editor.time
    editor.time.setTime(editor.time.time().fromString("07:15", "HH:mm"))
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # from the minutes to the title
    assert focused() is editor.title
    type_into_focus(qtbot, "Morning legs")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    friday = live.program.weeks[0].sessions[2]
    assert (friday.time, friday.title) == (time(7, 15), "Morning legs") and stored(live) == live.program
    assert calendar.model.data(session_index(calendar.model, FRI)).startswith("07:15 Morning legs")
    live.undo_stacks[History.PLAN].undo()
    assert (live.program.weeks[0].sessions[2].time, live.program.weeks[0].sessions[2].title) == \
        (time(17, 30), "Workout 3")


def test_new_session_from_the_days_menu(qtbot: QtBot, calendar: WeekCalendar, live: LiveWorkspace,
                                        qtmodeltester: object) -> None:
    view = calendar.days[THU]
    menu = view.context_menu(QModelIndex())
    new = next(action for action in menu.actions() if action.text() == "&New session")
    new.trigger()
    thursday = [s for s in live.program.weeks[0].sessions if s.day == THU]
    assert [(s.time, s.title, s.items) for s in thursday] == [(time(17, 30), "Extra workout", ())]
    editor = calendar.findChild(SessionEditor)
    assert editor is not None and editor.isVisible() and editor.title.text() == "Extra workout"
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert stored(live) == live.program and steps(live) == 1
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Insert)  # the keyboard's way
    assert [s.title for s in live.program.weeks[0].sessions if s.day == THU] == ["Extra workout", "Extra workout 2"]
    qtmodeltester.check(calendar.model)  # type: ignore[attr-defined]
    live.undo_stacks[History.PLAN].undo()
    live.undo_stacks[History.PLAN].undo()
    assert names(live, THU) == []
    qtmodeltester.check(calendar.model)  # type: ignore[attr-defined]


def test_a_drop_on_an_empty_day_starts_a_titled_session_at_the_weeks_time(calendar: WeekCalendar,
                                                                          live: LiveWorkspace) -> None:
    model = calendar.model
    model.dropMimeData(library_mime(live.catalog, "clamshell"), Qt.DropAction.CopyAction, -1, 0, model.day_index(TUE))
    tuesday = next(s for s in live.program.weeks[0].sessions if s.day == TUE)
    assert (tuesday.time, tuesday.title) == (time(17, 30), "Extra workout")


def test_every_day_is_tinted_as_soon_as_a_drag_starts(qtbot: QtBot, calendar: WeekCalendar,
                                                      live: LiveWorkspace) -> None:
    thrust = library_mime(live.catalog, "barbell_hip_thrust")
    drag(calendar.days[SAT], thrust, QPoint(40, 200), drop=False)
    verdicts = [day.verdict for day in calendar.days]
    assert None not in verdicts, "a day shows no tint during the drag"
    assert verdicts[SAT] is Severity.ERROR and verdicts[THU] is Severity.WARNING  # a day after Friday's session
    tinted = [day.viewport().palette().base().color().name() for day in calendar.days]
    assert tinted[SAT] != tinted[THU] and "recovered" in calendar.days[SAT].toolTip()
    calendar.days[SAT].dragLeaveEvent(None)  # type: ignore[arg-type]  the drag left the week
    qtbot.waitUntil(lambda: all(day.verdict is None for day in calendar.days))
    drag(calendar.days[SAT], thrust, QPoint(40, 200))  # a drop clears every tint at once
    assert all(day.verdict is None for day in calendar.days) and names(live, SAT) == [["barbell_hip_thrust"]]


@pytest.mark.parametrize("size", [(1400, 860), (1280, 800), (800, 860)])  # 800: half a 1600 px screen
@pytest.mark.parametrize("language", [Language.EN, Language.DA, Language.NB])
def test_no_text_is_cut_off_in_the_days_at_the_default_size(qtbot: QtBot, repository: Repository,
                                                             size: tuple[int, int], language: Language) -> None:
    from tests.ui.test_main_window import make_window

    window = make_window(qtbot, repository, language)
    window.programs_page().template_cards[0].start_button.click()
    window.resize(*size)
    page = window.week_page
    assert page is not None
    qtbot.waitUntil(lambda: page.calendar.days[MON].viewport().width() < 400)
    model = page.model
    for view in page.calendar.days:
        metrics = QFontMetrics(view.font())
        for session_row in range(model.rowCount(view.rootIndex())):
            session = model.index(session_row, 0, view.rootIndex())
            for index in (session, *(model.index(r, 0, session) for r in range(model.rowCount(session)))):
                qtbot.waitUntil(lambda index=index, view=view: view.visualRect(index).height() > 0)
                option = QStyleOptionViewItem()
                view.initViewItemOption(option)
                option.rect = view.visualRect(index)
                view.itemDelegate().initStyleOption(option, index)  # the picture left out where narrow
                style = view.style()
                rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, view)
                room = rect.width() - 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
                text = index.data()
                needed = metrics.boundingRect(QRect(0, 0, room, 10_000), Qt.TextFlag.TextWordWrap, text)
                words = [w for line in text.split("\n") for w in line.split(" ")]
                assert max(metrics.horizontalAdvance(w) for w in words) <= room, f"{text!r} cut off"
                assert needed.height() <= rect.height(), f"{text!r} needs {needed.height()} px, has {rect.height()}"


def test_the_summary_says_activation_work_is_no_hard_sets(qtbot: QtBot, live: LiveWorkspace) -> None:
    from glueplan.ui.week.page import WeekPage

    page = on_screen(qtbot, WeekPage(live), 1300, 800)
    assert "activation" not in page.summary.text().lower()
    page.model.dropMimeData(library_mime(live.catalog, "side_lying_hip_abduction"), Qt.DropAction.CopyAction, -1, 0,
                            page.model.day_index(MON))
    text = page.summary.text()
    assert "Side-lying hip abduction" in text and "not counted as hard sets" in text


def test_removing_the_row_being_edited_neither_crashes_nor_saves(qtbot: QtBot, calendar: WeekCalendar,
                                                                 live: LiveWorkspace) -> None:
    """Qt commits an open editor when its row goes; a nested edit inside the removal crashed."""
    from glueplan.domain.commands import RemoveExercise

    open_editor(qtbot, calendar.days[MON], item_index(calendar.model, MON, 2))
    type_into_focus(qtbot, "5")
    live.apply(RemoveExercise(0, 0, 2))
    assert names(live, MON) == [["back_squat", "single_leg_hip_thrust"]] and steps(live) == 1


def menu_action(menu: QMenu, text: str) -> QAction:
    return next(action for action in menu.actions() if action.text() == text)


def test_the_rows_menu_moves_and_copies_to_any_day_as_a_drop_does(calendar: WeekCalendar,
                                                                   live: LiveWorkspace) -> None:
    """The keyboard's drag and drop, shown where it can be found (the Menu key opens it on the chosen
    row): Move to and Copy to a day, Move up and down, each one undoable step; every item has a letter
    of its own."""
    view = calendar.days[MON]
    menu = view.context_menu(item_index(calendar.model, MON, 0))
    assert not clashes(menu)
    assert [a.text() for a in menu.actions() if not a.isSeparator()] == [
        "&Edit sets, reps, load and note", "&Remove exercise", "&Move to", "&Copy to", "Move &up", "Move &down",
        "&New session"]
    assert not menu_action(menu, "Move &up").isEnabled() and menu_action(menu, "&Edit sets, reps, load and note"
                                                                        ).shortcut() == QKeySequence(Qt.Key.Key_F2)
    moved = live.program.weeks[0].sessions[0].items[0].exercise_id
    days = menu_action(menu, "&Move to").menu()
    assert [a.text() for a in days.actions()] == [f"{day}day" for day in ("Mon", "Tues", "Wednes", "Thurs", "Fri",
                                                                          "Satur", "Sun")]
    assert not days.actions()[MON].isEnabled()
    days.actions()[THU].trigger()
    assert names(live, THU) == [[moved]] and moved not in names(live, MON)[0] and steps(live) == 1
    menu = calendar.days[THU].context_menu(item_index(calendar.model, THU, 0))
    menu_action(menu, "&Copy to").menu().actions()[FRI].trigger()
    assert names(live, THU) == [[moved]] and moved in names(live, FRI)[0] and steps(live) == 2
    session = calendar.days[THU].context_menu(session_index(calendar.model, THU))
    assert not clashes(session) and "&Copy to" not in [a.text() for a in session.actions()]
    menu_action(session, "&Move to").menu().actions()[SAT].trigger()
    assert names(live, THU) == [] and names(live, SAT) == [[moved]] and steps(live) == 3
    live.undo_stacks[History.PLAN].undo()
    assert names(live, THU) == [[moved]]


@pytest.mark.parametrize(("exercise_id", "step"), [("kettlebell_swing", 4.0), ("clamshell", 1.25)])
def test_the_load_target_steps_by_the_exercises_own_implement(qtbot: QtBot, calendar: WeekCalendar,
                                                             exercise_id: str, step: float) -> None:
    """The load box stepped 2.5 kg for everything: a kettlebell swing's Up gave 2.5 kg, a bell no gym has (the
    Log suggests its loads in the implement's steps, domain.progress.LOAD_STEPS)."""
    calendar.model.live.apply(calendar.model.change_for(  # type: ignore[arg-type]
        library_mime(calendar.model.live.catalog, exercise_id), Qt.DropAction.CopyAction, -1,
        calendar.model.day_index(SUN)))
    open_editor(qtbot, calendar.days[SUN], item_index(calendar.model, SUN, 0))
    editor = calendar.findChild(PlannedEditor)
    assert editor is not None and editor.load.value() == 0
    editor.load.setFocus()
    qtbot.keyClick(editor.load, Qt.Key.Key_Up)
    qtbot.keyClick(editor.load, Qt.Key.Key_Up)
    assert editor.load.value() == 2 * step
