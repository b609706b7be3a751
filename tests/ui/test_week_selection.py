"""The chosen row follows what moved: after a drop, a keyboard move, an undo and a redo, the day
with the keyboard and its chosen row are where the moved exercise or session now is (the row
stayed chosen on the day it left, or another row was: a Norwegian coach's walk)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from glueplan.app.command import History
from glueplan.ui.shared.live_workspace import LiveWorkspace
from glueplan.ui.week.calendar import WeekCalendar
from tests.ui.test_week_calendar import drag, item_index, names, session_index
from tests.ui.test_week_editing import calendar  # noqa: F401 - the fixture: the week in an active window

MON, TUE, WED, THU, FRI, SAT, SUN = range(7)


def chosen(calendar: WeekCalendar) -> list[tuple[int, str]]:
    """Each day's selected rows (their first line)."""
    return [(view.day, index.data().split("\n")[0]) for view in calendar.days
            for index in view.selectionModel().selectedIndexes()]


def current(calendar: WeekCalendar, day: int) -> str:
    view = calendar.days[day]
    assert QApplication.focusWidget() is view, "the day it went to has the keyboard"
    return view.currentIndex().data().split("\n")[0]


def choose(calendar: WeekCalendar, day: int, index: object) -> None:
    view = calendar.days[day]
    view.setFocus()
    view.setCurrentIndex(index)  # as a click on the row (a drag starts with one)


def test_a_dropped_exercise_is_chosen_where_it_landed(calendar: WeekCalendar, live: LiveWorkspace) -> None:
    model = calendar.model
    thrust = item_index(model, MON, 1)
    choose(calendar, MON, thrust)
    drag(calendar.days[WED], model.mimeData([thrust]), QPoint(40, 400))  # Wednesday's background: joins Workout 2
    assert names(live, WED) == [["romanian_deadlift", "barbell_hip_thrust", "cable_hip_abduction",
                                 "single_leg_hip_thrust"]]
    assert chosen(calendar) == [(WED, "Single-leg hip thrust")]
    assert current(calendar, WED) == "Single-leg hip thrust"


def test_a_dropped_session_is_chosen_where_it_landed(calendar: WeekCalendar) -> None:
    model = calendar.model
    choose(calendar, FRI, session_index(model, FRI))
    drag(calendar.days[SAT], model.mimeData([session_index(model, FRI)]), QPoint(40, 400))
    assert chosen(calendar) == [(SAT, "17:30 Workout 3")] and current(calendar, SAT) == "17:30 Workout 3"


def test_keyboard_moves_choose_the_exercise_not_a_session_of_the_same_id(qtbot: QtBot, calendar: WeekCalendar,
                                                                         live: LiveWorkspace) -> None:
    """Sessions and exercises are numbered apart: the single-leg hip thrust (exercise 2) moved into
    Wednesday's session (session 2) chose that session, and a second Ctrl+Right moved all of it."""
    model = calendar.model
    choose(calendar, MON, item_index(model, MON, 2))
    qtbot.keyClick(calendar.days[MON], Qt.Key.Key_Right,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert names(live, TUE) == [["cable_kickback"]]  # a copy: the original stays chosen, to be copied again
    assert chosen(calendar) == [(MON, "Cable glute kickback")] and current(calendar, MON) == "Cable glute kickback"
    live.undo_stacks[History.PLAN].undo()
    choose(calendar, MON, item_index(model, MON, 1))
    qtbot.keyClick(calendar.days[MON], Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert chosen(calendar) == [(TUE, "Single-leg hip thrust")] and current(calendar, TUE) == "Single-leg hip thrust"
    qtbot.keyClick(calendar.days[TUE], Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert chosen(calendar) == [(WED, "Single-leg hip thrust")] and current(calendar, WED) == "Single-leg hip thrust"
    qtbot.keyClick(calendar.days[WED], Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert names(live, WED) == [["romanian_deadlift", "barbell_hip_thrust", "cable_hip_abduction"]]
    assert names(live, THU) == [["single_leg_hip_thrust"]]
    assert chosen(calendar) == [(THU, "Single-leg hip thrust")]
    calendar.shift_day(session_index(model, FRI), 1)  # Friday free: the thrust takes its session along
    choose(calendar, THU, item_index(model, THU, 0))
    qtbot.keyClick(calendar.days[THU], Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert names(live, FRI) == [["single_leg_hip_thrust"]]
    assert chosen(calendar) == [(FRI, "Single-leg hip thrust")] and current(calendar, FRI) == "Single-leg hip thrust"


def test_undo_and_redo_choose_what_they_moved(calendar: WeekCalendar, live: LiveWorkspace) -> None:
    model = calendar.model
    stack = live.undo_stacks[History.PLAN]
    choose(calendar, MON, item_index(model, MON, 1))
    calendar.shift_day(item_index(model, MON, 1), 1)
    choose(calendar, FRI, session_index(model, FRI))
    calendar.shift_day(session_index(model, FRI), 1)
    choose(calendar, WED, item_index(model, WED, 2))  # another row chosen since
    stack.undo()  # the session back to Friday
    assert chosen(calendar) == [(FRI, "17:30 Workout 3")] and current(calendar, FRI) == "17:30 Workout 3"
    stack.undo()  # the exercise back into Monday's session, between the two it was between
    assert chosen(calendar) == [(MON, "Single-leg hip thrust")] and current(calendar, MON) == "Single-leg hip thrust"
    stack.redo()
    assert chosen(calendar) == [(TUE, "Single-leg hip thrust")] and current(calendar, TUE) == "Single-leg hip thrust"
    stack.redo()
    assert chosen(calendar) == [(SAT, "17:30 Workout 3")] and current(calendar, SAT) == "17:30 Workout 3"


def test_a_reorder_undone_chooses_the_exercise_it_moved(calendar: WeekCalendar, live: LiveWorkspace) -> None:
    """Within a session too: the first exercise moved to the end, then another day chosen."""
    from glueplan.domain.commands import MoveExercise
    from glueplan.domain.plan import Weekday

    live.apply(MoveExercise(0, 0, 0, Weekday.MON, 0, 3))
    assert names(live, MON) == [["single_leg_hip_thrust", "cable_kickback", "back_squat"]]
    choose(calendar, WED, item_index(calendar.model, WED, 0))
    live.undo_stacks[History.PLAN].undo()
    assert chosen(calendar) == [(MON, "Back squat (deep)")] and current(calendar, MON) == "Back squat (deep)"
