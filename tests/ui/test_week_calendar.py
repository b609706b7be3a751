"""The weekly calendar: drops through the model and through real drag events, undo and redo,
the tint before a drop, and a findings round trip."""

from __future__ import annotations

from collections.abc import Callable
from datetime import time

from msgspec.structs import replace
import pytest
from PySide6.QtCore import QEvent, QMimeData, QModelIndex, QPersistentModelIndex, QPoint, QSize, Qt
from PySide6.QtGui import (QAction, QColor, QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent,
                           QDropEvent, QFocusEvent, QUndoStack)
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from glueplan.domain.catalog import Catalog, Prescription, RepRange
from glueplan.domain.findings import Severity
from glueplan.domain.language import Language
from glueplan.domain.plan import Program, Weekday
from glueplan.domain.trainee import Level
from glueplan.store.repository import Repository
from glueplan.ui.library.exercise_model import ExerciseListModel
from glueplan.app.command import History
from glueplan.app.setup_edits import EditProfile
from glueplan.domain.commands import AddExercise, AddSession, MoveSession, RemoveSession, SessionHead
from glueplan.ui.shared.live_workspace import LiveWorkspace
from glueplan.ui.week.calendar import DayView, PlanDelegate, WeekCalendar
from glueplan.ui.week.editors import PlannedEditor
from glueplan.ui.week.model import PLANNED_ROLE, WeekModel
from glueplan.ui.week.page import FindingsPanel
from tests.conftest import identity, on_screen

MON, TUE, WED, THU, FRI, SAT, SUN = range(7)


@pytest.fixture
def calendar(qtbot: QtBot, live: LiveWorkspace) -> WeekCalendar:
    return on_screen(qtbot, WeekCalendar(WeekModel(live)), 1400, 600)


def plan_stack(live: LiveWorkspace) -> QUndoStack:
    return live.undo_stacks[History.PLAN]


def library_mime(catalog: Catalog, exercise_id: str) -> QMimeData:
    model = ExerciseListModel(catalog, Language.EN)
    return model.mimeData([model.index(model.row_of(exercise_id), 0)])


def names(live: LiveWorkspace, day: int) -> list[list[str]]:
    return [[i.exercise_id for i in s.items] for s in live.program.weeks[0].sessions if int(s.day) == day]


def session_index(model: WeekModel, day: int, row: int = 0) -> QModelIndex:
    return model.index(row, 0, model.day_index(day))


def item_index(model: WeekModel, day: int, item: int, session_row: int = 0) -> QModelIndex:
    return model.index(item, 0, session_index(model, day, session_row))


def stored(live: LiveWorkspace) -> Program:
    workspace = live.workspace
    return workspace.repository.program_state(workspace.program_id or 0)[0]


def test_days_are_headed_with_date_and_iso_week(calendar: WeekCalendar) -> None:
    assert "Monday" in calendar.headers[MON].text() and "23/11 ·" in calendar.headers[MON].text()  # English: 23/11
    assert "week\u00a048" in calendar.headers[SUN].text()  # never broken between the word and the number


def test_a_library_drop_on_an_empty_day_starts_a_session_and_is_saved(calendar: WeekCalendar, catalog: Catalog,
                                                                      live: LiveWorkspace) -> None:
    model = calendar.model
    mime = library_mime(catalog, "clamshell")
    assert model.canDropMimeData(mime, Qt.DropAction.CopyAction, -1, 0, model.day_index(TUE))
    model.dropMimeData(mime, Qt.DropAction.CopyAction, -1, 0, model.day_index(TUE))
    assert names(live, TUE) == [["clamshell"]]
    assert stored(live) == live.program
    assert model.rowCount(model.day_index(TUE)) == 1


def test_a_library_drop_into_a_session_at_a_row(calendar: WeekCalendar, catalog: Catalog,
                                                live: LiveWorkspace) -> None:
    model = calendar.model
    model.dropMimeData(library_mime(catalog, "clamshell"), Qt.DropAction.CopyAction, 0, 0,
                       session_index(model, MON))
    assert names(live, MON)[0][0] == "clamshell"


def test_move_copy_and_reorder_through_the_model(calendar: WeekCalendar, live: LiveWorkspace) -> None:
    model = calendar.model
    kickback = model.mimeData([item_index(model, MON, 2)])
    model.dropMimeData(kickback, Qt.DropAction.MoveAction, -1, 0, model.day_index(WED))
    assert names(live, MON) == [["back_squat", "single_leg_hip_thrust"]]
    assert names(live, WED)[0][-1] == "cable_kickback"
    squat = model.mimeData([item_index(model, MON, 0)])
    model.dropMimeData(squat, Qt.DropAction.CopyAction, -1, 0, model.day_index(SAT))
    assert names(live, SAT) == [["back_squat"]] and names(live, MON)[0][0] == "back_squat"
    first = model.mimeData([item_index(model, MON, 0)])
    model.dropMimeData(first, Qt.DropAction.MoveAction, 2, 0, session_index(model, MON))
    assert names(live, MON) == [["single_leg_hip_thrust", "back_squat"]]


def test_a_drop_that_empties_a_session_takes_it_away_and_undo_brings_it_back(
        calendar: WeekCalendar, live: LiveWorkspace, qtmodeltester: object) -> None:
    """Tuesday's only exercise dropped into Wednesday's session: Tuesday's session, with nothing
    left to train, goes from the week and its row from the day; undo brings both back as they were.
    Moved from the keyboard to a free day instead, the session goes along with its header."""
    model = calendar.model
    model.dropMimeData(library_mime(live.catalog, "clamshell"), Qt.DropAction.CopyAction, -1, 0, model.day_index(TUE))
    start = identity(live.program)
    model.dropMimeData(model.mimeData([item_index(model, TUE, 0)]), Qt.DropAction.MoveAction, -1, 0,
                       model.day_index(WED))
    assert names(live, TUE) == [] and names(live, WED)[0][-1] == "clamshell"
    assert model.rowCount(model.day_index(TUE)) == 0 and stored(live) == live.program
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    plan_stack(live).undo()
    assert identity(live.program) == start and identity(stored(live)) == start
    assert model.rowCount(model.day_index(TUE)) == 1 and model.rowCount(session_index(model, TUE)) == 1
    calendar.move_to_day(item_index(model, TUE, 0), Weekday.SAT)  # Ctrl+Right, or Move to
    assert names(live, TUE) == [] and names(live, SAT) == [["clamshell"]]
    assert str(model.data(session_index(model, SAT))).startswith("17:30 Extra workout")


def test_a_session_header_drag_moves_the_whole_session(calendar: WeekCalendar, live: LiveWorkspace) -> None:
    model = calendar.model
    model.dropMimeData(model.mimeData([session_index(model, WED)]), Qt.DropAction.MoveAction, -1, 0,
                       model.day_index(THU))
    assert names(live, WED) == [] and names(live, THU)[0][0] == "romanian_deadlift"


def test_delete_and_undo_redo_of_each_edit(calendar: WeekCalendar, live: LiveWorkspace) -> None:
    start = live.program
    calendar.remove(item_index(calendar.model, FRI, 1))
    assert names(live, FRI) == [["bulgarian_split_squat", "cable_pull_through"]]
    calendar.remove(session_index(calendar.model, MON))
    assert names(live, MON) == []
    stack = plan_stack(live)
    assert [stack.text(i) for i in range(stack.count())] == ["Remove exercise", "Remove session"]
    stack.undo()
    stack.undo()
    assert live.program == start and stored(live) == start
    stack.redo()
    stack.redo()
    assert names(live, MON) == [] and stored(live) == live.program


def test_editing_a_prescription_in_place(qtbot: QtBot, calendar: WeekCalendar, live: LiveWorkspace) -> None:
    view = calendar.days[MON]
    index = item_index(calendar.model, MON, 0)
    view.setCurrentIndex(index)
    view.edit(index)
    widget = calendar.findChild(PlannedEditor)
    assert isinstance(widget, PlannedEditor)
    widget.sets.setValue(4)
    widget.reps_low.setValue(12)
    widget.reps_high.setValue(6)
    delegate = calendar.delegates[MON]
    with qtbot.waitSignal(calendar.refused) as refused:
        delegate.setModelData(widget, calendar.model, index)
    assert "lowest reps" in refused.args[0] and live.program.weeks[0].sessions[0].items[0].prescription.sets == 2
    widget.reps_high.setValue(15)
    delegate.setModelData(widget, calendar.model, index)
    assert live.program.weeks[0].sessions[0].items[0].prescription == Prescription(4, RepRange(12, 15), 2, 180)
    plan_stack(live).undo()
    assert live.program.weeks[0].sessions[0].items[0].prescription.sets == 2


def test_the_delete_key_removes(qtbot: QtBot, calendar: WeekCalendar, live: LiveWorkspace) -> None:
    view = calendar.days[WED]
    view.setCurrentIndex(item_index(calendar.model, WED, 0))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert names(live, WED) == [["barbell_hip_thrust", "cable_hip_abduction"]]


def drag(view: DayView, mime: QMimeData, point: QPoint, action: Qt.DropAction = Qt.DropAction.MoveAction,
         drop: bool = True) -> None:
    target = view.viewport()
    position = point  # QPoint: the constructors of PySide6 below 6.12 take no QPointF
    actions = Qt.DropAction.MoveAction | Qt.DropAction.CopyAction
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(target, QDragEnterEvent(position, actions, mime, buttons, modifiers))
    QApplication.sendEvent(target, QDragMoveEvent(position, actions, mime, buttons, modifiers))
    if drop:
        event = QDropEvent(position, actions, mime, buttons, modifiers)
        event.setDropAction(action)
        QApplication.sendEvent(target, event)


def test_synthetic_drag_events_drop_from_the_library(calendar: WeekCalendar, catalog: Catalog,
                                                     live: LiveWorkspace) -> None:
    view = calendar.days[THU]
    drag(view, library_mime(catalog, "side_lying_hip_abduction"), QPoint(40, 200), Qt.DropAction.CopyAction)
    assert names(live, THU) == [["side_lying_hip_abduction"]]


def test_synthetic_drag_events_move_onto_another_day(calendar: WeekCalendar, live: LiveWorkspace) -> None:
    model = calendar.model
    drag(calendar.days[SUN], model.mimeData([item_index(model, FRI, 0)]), QPoint(40, 200))
    assert names(live, SUN) == [["bulgarian_split_squat"]]
    assert names(live, FRI) == [["reverse_lunge", "cable_pull_through"]]


def tuesday_of_two_sessions(calendar: WeekCalendar, live: LiveWorkspace) -> QModelIndex:
    """Tuesday: an empty session at 07:00 (New session) before one at 18:00 with a clamshell only.
    Returns the clamshell's row, for dragging."""
    clamshell = live.catalog.exercise("clamshell").prescription
    live.apply(AddSession(0, Weekday.TUE, SessionHead(time(18), "Evening")))
    live.apply(AddExercise(0, Weekday.TUE, "clamshell", clamshell, len(live.program.weeks[0].sessions) - 1))
    live.apply(AddSession(0, Weekday.TUE, SessionHead(time(7), "Morning")))
    return item_index(calendar.model, TUE, 0, session_row=1)


def dropped_through_the_model(calendar: WeekCalendar, mime: QMimeData, day: int) -> None:
    model = calendar.model
    assert model.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, model.day_index(day))
    model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, model.day_index(day))


def dropped_by_drag_events(calendar: WeekCalendar, mime: QMimeData, day: int) -> None:
    view, below_the_rows = calendar.days[day], QPoint(40, 400)
    view.executeDelayedItemsLayout()
    assert not view.indexAt(below_the_rows).isValid()  # the day's background
    drag(view, mime, below_the_rows)


@pytest.mark.parametrize("dropped", [dropped_through_the_model, dropped_by_drag_events])
def test_a_drop_onto_a_days_background_does_what_the_keyboard_does(
        qtbot: QtBot, calendar: WeekCalendar, live: LiveWorkspace,
        dropped: Callable[[WeekCalendar, QMimeData, int], None]) -> None:
    """The only exercise of Tuesday's later session, dropped onto Tuesday's background, stays where
    it is (it joined the empty first session, and its own session went); dropped onto Wednesday's,
    it goes where Ctrl+Right takes it."""
    model = calendar.model
    clamshell = tuesday_of_two_sessions(calendar, live)
    start, steps = identity(live.program), plan_stack(live).count()
    dropped(calendar, model.mimeData([clamshell]), TUE)
    assert identity(live.program) == start and plan_stack(live).count() == steps
    assert names(live, TUE) == [["clamshell"], []]
    dropped(calendar, model.mimeData([item_index(model, TUE, 0, session_row=1)]), WED)
    by_mouse = identity(live.program)
    plan_stack(live).undo()
    view = calendar.days[TUE]
    view.setCurrentIndex(item_index(model, TUE, 0, session_row=1))
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert identity(live.program) == by_mouse and names(live, TUE) == [[]]
    assert names(live, WED)[0][-1] == "clamshell"


def test_the_tint_before_a_drop_shows_what_it_would_do(calendar: WeekCalendar, catalog: Catalog,
                                                       live: LiveWorkspace) -> None:
    thrust = library_mime(catalog, "barbell_hip_thrust")
    drag(calendar.days[TUE], thrust, QPoint(40, 200), drop=False)  # Monday and Wednesday are hard glute days
    assert calendar.days[TUE].verdict in (Severity.WARNING, Severity.ERROR)
    assert "Gluteus maximus" in calendar.days[TUE].toolTip()
    activation = library_mime(catalog, "clamshell")
    drag(calendar.days[SUN], activation, QPoint(40, 200), drop=False)
    assert calendar.days[SUN].verdict is Severity.INFO  # calm: fine
    tinted = calendar.days[SUN].viewport().palette().base().color()
    assert tinted.green() > tinted.red()
    assert plan_stack(live).count() == 0  # nothing was changed by looking


def test_a_session_dropped_onto_a_days_session_or_exercise_moves_to_that_day(calendar: WeekCalendar,
                                                                            live: LiveWorkspace) -> None:
    """Sessions are not reordered (a day lists them by time), so a session's header dropped anywhere on
    a day moves it there; over another session's rows the drop was refused and the day turned white."""
    model = calendar.model
    monday = model.mimeData([session_index(model, MON)])
    assert model.canDropMimeData(monday, Qt.DropAction.MoveAction, -1, 0, session_index(model, WED))
    model.dropMimeData(monday, Qt.DropAction.MoveAction, -1, 0, item_index(model, WED, 1))
    assert names(live, MON) == [] and len(names(live, WED)) == 2
    friday, wednesday = calendar.days[FRI], model.mimeData([session_index(model, WED)])
    drag(friday, wednesday, QPoint(40, 400), drop=False)
    anywhere = friday.verdict, friday.toolTip()
    over_its_header = friday.visualRect(session_index(model, FRI)).center()
    drag(friday, wednesday, over_its_header, drop=False)
    assert anywhere[0] is not None and (friday.verdict, friday.toolTip()) == anywhere
    drag(friday, wednesday, over_its_header)
    assert len(names(live, WED)) == 1 and len(names(live, FRI)) == 2


def painted_tint(view: DayView) -> QColor:
    """The day's colour as painted: a pixel of its background below its rows."""
    picture = view.viewport().grab().toImage()
    return picture.pixelColor(picture.width() // 2, picture.height() - 4)


def test_across_the_days_only_the_day_under_the_pointer_shows_the_place_it_points_at(
        calendar: WeekCalendar, live: LiveWorkspace) -> None:
    """Every day shows what a drop anywhere on it would do, the day under the pointer what a drop
    where it points would. A day the pointer had left kept the tint of the place it left it at
    (white where a session was dragged over a session), whichever day that was: Qt tells a day it
    is left before the next that it is entered, and only the entered day put back the one before."""
    for at, title in ((time(7), "Morning"), (time(21), "Evening")):
        live.apply(AddSession(0, Weekday.SAT, SessionHead(at, title)))
    thrust, below_the_rows = library_mime(live.catalog, "barbell_hip_thrust"), QPoint(40, 400)
    drag(calendar.days[TUE], thrust, below_the_rows, drop=False)
    whole_days = [(day.verdict, painted_tint(day)) for day in calendar.days]
    QApplication.sendEvent(calendar.days[TUE].viewport(), QDragLeaveEvent())
    saturday = calendar.days[SAT]
    drag(saturday, thrust, saturday.visualRect(session_index(calendar.model, SAT, 1)).center(), drop=False)
    shown = [(day.verdict, painted_tint(day)) for day in calendar.days]
    assert whole_days[SAT][0] is Severity.ERROR and shown[SAT][0] is Severity.WARNING  # 21:00 is further from Friday
    assert shown[:SAT] + shown[SAT + 1:] == whole_days[:SAT] + whole_days[SAT + 1:]
    QApplication.sendEvent(saturday.viewport(), QDragLeaveEvent())
    drag(calendar.days[SUN], thrust, below_the_rows, drop=False)
    assert [(day.verdict, painted_tint(day)) for day in calendar.days] == whole_days


def test_the_day_under_the_pointer_shows_what_a_drop_where_it_points_does(calendar: WeekCalendar,
                                                                         live: LiveWorkspace) -> None:
    """Along the top and bottom of a session's header Qt drops between the day's sessions, onto the day
    (into its first session); the tint judged the header's session there, amber where the drop was red."""
    for at, title in ((time(7), "Morning"), (time(21), "Evening")):
        live.apply(AddSession(0, Weekday.SAT, SessionHead(at, title)))
    thrust, saturday = library_mime(live.catalog, "barbell_hip_thrust"), calendar.days[SAT]
    calendar.lay_out_now()
    evening = saturday.visualRect(session_index(calendar.model, SAT, 1))
    for point, verdict, joined in ((QPoint(40, evening.top() + 1), Severity.ERROR, [["barbell_hip_thrust"], []]),
                                   (QPoint(40, evening.bottom() - 1), Severity.ERROR, [["barbell_hip_thrust"], []]),
                                   (evening.center(), Severity.WARNING, [[], ["barbell_hip_thrust"]])):
        drag(saturday, thrust, point, drop=False)
        assert saturday.verdict is verdict
        drag(saturday, thrust, point)
        assert names(live, SAT) == joined
        plan_stack(live).undo()


def test_findings_round_trip_with_the_engines_fix(qtbot: QtBot, live: LiveWorkspace) -> None:
    from glueplan.ui.week.page import WeekPage

    page = WeekPage(live)
    qtbot.addWidget(page)
    page.resize(1300, 900)
    page.show()

    def recovery_findings() -> list[str]:
        return [page.findings.list.item(r).text() for r in range(page.findings.list.count())
                if "apart" in page.findings.list.item(r).text()]

    assert recovery_findings() == []
    live.apply(MoveSession(0, 1, Weekday.TUE))  # Workout 2 on Tuesday: a Monday/Tuesday conflict
    assert recovery_findings() and "Monday 17:30 and Tuesday 17:30 of week 1 are only 24 hours apart" in \
        recovery_findings()[0]
    row = next(r for r in range(page.findings.list.count()) if "apart" in page.findings.list.item(r).text())
    page.findings.list.setCurrentRow(row)
    assert page.findings.fix_button.isEnabled() and page.findings.fix_text.text() == \
        "Move “Workout 2” (week 1, Tuesday 17:30) to Wednesday."
    page.findings.fix_button.click()
    assert recovery_findings() == [] and live.program.weeks[0].sessions[1].day is Weekday.WED
    plan_stack(live).undo()
    assert recovery_findings() != []
    assert stored(live).weeks[0].sessions[1].day is Weekday.TUE


def test_a_finding_without_a_fix_says_why_the_button_is_grey(qtbot: QtBot, live: LiveWorkspace) -> None:
    from glueplan.domain.change_fixes import suggest
    from glueplan.ui.week.page import FINDING_ROLE, WeekPage

    page = WeekPage(live)
    qtbot.addWidget(page)
    page.show()
    live.apply(RemoveSession(0, 1))  # two sessions a week: the medius trained hard once, which no one change mends
    findings = [page.findings.list.item(r).data(FINDING_ROLE) for r in range(page.findings.list.count())]
    row = next(r for r, finding in enumerate(findings)
               if finding is not None and suggest(live.program, live.report, finding, Language.EN) is None)
    page.findings.list.setCurrentRow(row)
    assert not page.findings.fix_button.isEnabled()
    assert page.findings.fix_text.text() == ("No single change clears this without bringing another finding: "
                                             "adjust the plan yourself.")


def test_too_many_sets_are_fixed_with_the_pages_button(qtbot: QtBot, live: LiveWorkspace) -> None:
    """The Norwegian walk: 20-odd hard sets against 12-18 offered no suggestion."""
    from glueplan.domain.commands import EditPlanned
    from glueplan.ui.week.page import FINDING_ROLE, WeekPage

    page = WeekPage(live)
    qtbot.addWidget(page)
    page.show()
    thrust = live.program.weeks[0].sessions[1].items[1]
    live.apply(EditPlanned(0, 1, 1, replace(thrust.prescription, sets=6)))  # Wednesday's hip thrust: 21 sets a week
    findings = [page.findings.list.item(r).data(FINDING_ROLE) for r in range(page.findings.list.count())]
    row = next(r for r, finding in enumerate(findings) if finding is not None and finding.rule == "VOL-1")
    warnings = {f.identity() for f in live.report.findings if f.severity is not Severity.INFO}
    page.findings.list.setCurrentRow(row)
    assert page.findings.fix_button.isEnabled()
    assert page.findings.fix_text.text() == "Plan 3 sets of Barbell hip thrust on week 1, Wednesday 17:30 instead of 6."
    page.findings.fix_button.click()
    assert live.program.weeks[0].sessions[1].items[1].prescription.sets == 3
    after = {f.identity() for f in live.report.findings if f.severity is not Severity.INFO}
    assert not [f for f in live.report.findings if f.rule == "VOL-1"] and after <= warnings
    plan_stack(live).undo()
    assert live.program.weeks[0].sessions[1].items[1].prescription.sets == 6


def choose_too_many_sets(findings: FindingsPanel, live: LiveWorkspace) -> None:
    """Wednesday's hip thrust at 6 sets (21 hard sets a week: VOL-1), and that finding chosen."""
    from glueplan.domain.commands import EditPlanned
    from glueplan.ui.week.page import FINDING_ROLE

    thrust = live.program.weeks[0].sessions[1].items[1]
    live.apply(EditPlanned(0, 1, 1, replace(thrust.prescription, sets=6)))
    listed = [findings.list.item(r).data(FINDING_ROLE) for r in range(findings.list.count())]
    findings.list.setCurrentRow(next(r for r, f in enumerate(listed) if f is not None and f.rule == "VOL-1"))


def test_a_fix_applied_names_its_undo_step_and_says_so(qtbot: QtBot, live: LiveWorkspace) -> None:
    """The English walk: after Apply fix, Edit > Undo read "Undo Change sets, reps, RIR or rest", and the
    status bar said nothing."""
    from PySide6.QtWidgets import QMainWindow

    from glueplan.ui.week.page import WeekPage

    window = QMainWindow()
    qtbot.addWidget(window)
    page = WeekPage(live)
    window.setCentralWidget(page)
    window.show()
    choose_too_many_sets(page.findings, live)
    page.findings.fix_button.click()
    said = "Plan 3 sets of Barbell hip thrust on week 1, Wednesday 17:30 instead of 6"
    assert plan_stack(live).undoText() == said
    assert window.statusBar().currentMessage() == ("Fix applied: Barbell hip thrust on week 1, Wednesday 17:30: "
                                                   "3 sets planned instead of 6. Edit > Undo (Ctrl+Z) takes it back.")


def test_a_finding_about_days_gone_offers_no_fix(qtbot: QtBot, live: LiveWorkspace,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """On the Wednesday, Monday and Tuesday are history: "Move Workout 2 (Tuesday) to Wednesday" rewrote
    them. The clock is read by the page, and the domain is told."""
    from datetime import timedelta

    from glueplan.ui.week.page import FINDING_ROLE, WeekPage
    from tests.conftest import PROGRAM_START

    monkeypatch.setattr("glueplan.app.clock.today", lambda: PROGRAM_START + timedelta(days=WED))
    page = WeekPage(live)
    qtbot.addWidget(page)
    page.show()
    live.apply(MoveSession(0, 1, Weekday.TUE))  # Workout 2 on Tuesday: a Monday/Tuesday conflict
    findings = [page.findings.list.item(r).data(FINDING_ROLE) for r in range(page.findings.list.count())]
    page.findings.list.setCurrentRow(next(r for r, f in enumerate(findings) if f is not None and f.rule == "REC-1"))
    assert not page.findings.fix_button.isEnabled()
    assert page.findings.fix_text.text().startswith("This is behind you: the sessions it is about are past or logged")


def test_a_fix_applied_after_an_edit_that_kept_the_findings_keeps_that_edit(qtbot: QtBot,
                                                                             live: LiveWorkspace) -> None:
    """A finding chosen, then the exercise its fix changes given a load target and a note (the findings
    stay as they were): Apply fix put back the old load and note, found before that edit."""
    from glueplan.domain.commands import EditPlanned
    from glueplan.ui.week.page import WeekPage

    page = WeekPage(live)
    qtbot.addWidget(page)
    page.show()
    choose_too_many_sets(page.findings, live)
    said = page.findings.fix_text.text()
    thrust = live.program.weeks[0].sessions[1].items[1]
    live.apply(EditPlanned(0, 1, 1, thrust.prescription, load_kg=80.0, note="pause at the top"))
    assert page.findings.chosen() is not None and page.findings.fix_text.text() == said
    page.findings.fix_button.click()
    fixed = live.program.weeks[0].sessions[1].items[1]
    assert (fixed.prescription.sets, fixed.load_kg, fixed.note) == (3, 80.0, "pause at the top")
    plan_stack(live).undo()
    assert live.program.weeks[0].sessions[1].items[1].load_kg == 80.0


def test_heat_mode_and_readiness_slider(qtbot: QtBot, live: LiveWorkspace) -> None:
    from glueplan.ui.week.page import WeekPage

    page = WeekPage(live)
    qtbot.addWidget(page)
    assert page.heat._heat is not None and "gluteus_maximus" in page.heat._heat.colours
    assert page.hour.isHidden()  # the weekly sets have no hour to choose
    page.heat_mode.setCurrentIndex(1)
    assert not page.hour.isHidden()
    page.hour.setValue(24 + 17)  # Tuesday 17:00, a day after Monday's workout
    assert page.hour_label.text() == "Tuesday 17:00"
    assert page.heat._heat is not None and len(page.heat._heat.legend) == 3
    assert "sessions" in page.summary.text() and "min in all" in page.summary.text()


def test_an_edit_the_database_refuses_is_reported_and_not_kept(live: LiveWorkspace, qtbot: QtBot,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from glueplan.domain.commands import RemoveExercise
    from glueplan.store.errors import StoreError

    start = live.program

    def refuse(*_args: object) -> Program:
        raise StoreError("store.write_failed", reason="disk full")

    monkeypatch.setattr(live.workspace.repository, "save_program_edit", refuse)
    with qtbot.waitSignal(live.failed) as failed:
        live.apply(RemoveExercise(0, 0, 0))
    assert "disk full" in failed.args[1] and "nothing was written" in failed.args[1]
    assert live.program == start and plan_stack(live).count() == 0


EDITS = {
    "add": lambda m, c: m.dropMimeData(library_mime(c, "clamshell"), Qt.DropAction.CopyAction, -1, 0, m.day_index(TUE)),
    "move": lambda m, c: m.dropMimeData(m.mimeData([item_index(m, MON, 2)]), Qt.DropAction.MoveAction, -1, 0,
                                        m.day_index(WED)),
    "copy": lambda m, c: m.dropMimeData(m.mimeData([item_index(m, MON, 2)]), Qt.DropAction.CopyAction, -1, 0,
                                        m.day_index(WED)),
    "reorder": lambda m, c: m.dropMimeData(m.mimeData([item_index(m, MON, 0)]), Qt.DropAction.MoveAction, 3, 0,
                                           session_index(m, MON)),
    "move session": lambda m, c: m.dropMimeData(m.mimeData([session_index(m, FRI)]), Qt.DropAction.MoveAction, -1,
                                                0, m.day_index(SAT)),
    "edit": lambda m, c: m.setData(item_index(m, WED, 1),
                                   replace(m.data(item_index(m, WED, 1), PLANNED_ROLE),
                                           prescription=Prescription(4, RepRange(6, 8), 1, 200))),
}


@pytest.mark.parametrize("name", list(EDITS))
def test_undo_and_redo_of_each_edit_in_memory_and_database(calendar: WeekCalendar, catalog: Catalog,
                                                           live: LiveWorkspace, name: str) -> None:
    start = live.program
    EDITS[name](calendar.model, catalog)  # type: ignore[no-untyped-call]
    after = live.program
    assert after != start and stored(live) == after and plan_stack(live).count() == 1
    plan_stack(live).undo()
    assert live.program == start and stored(live) == start
    plan_stack(live).redo()
    assert live.program == after and stored(live) == after


def test_the_undo_history_menu_lists_and_jumps(qtbot: QtBot, repository: Repository) -> None:
    from tests.ui.test_main_window import make_window

    window = make_window(qtbot, repository)
    window.programs_page().template_cards[0].start_button.click()
    assert window.week_page is not None and window.tabs.currentWidget() is window.week_tab
    assert window.live is not None
    live = window.live
    plan_stack(live).clear()  # the history of edits since the program was opened
    window.add_exercise_on(live.catalog.exercise("clamshell"), Weekday.TUE)  # the keyboard path
    window.add_exercise_on(live.catalog.exercise("frog_pump"), Weekday.THU)
    window._fill_history()
    texts = [action.text() for action in window.history_menu.actions()]
    assert texts == ["The program as opened", "Add exercise", "Add exercise"]
    window.history_menu.actions()[0].trigger()
    assert plan_stack(live).index() == 0 and all(s.day in (Weekday.MON, Weekday.WED, Weekday.FRI)
                                                  for s in live.program.weeks[0].sessions)


def test_the_profile_changes_the_rules_at_once(live: LiveWorkspace) -> None:
    assert not [f for f in live.report.findings if f.rule == "FRQ-1" and f.muscles == ("gluteus_maximus",)]
    live.run(EditProfile(live.trainee, replace(live.trainee, level=Level.BEGINNER), "profile"))  # 2 sessions a week
    assert [f for f in live.report.findings if f.rule == "FRQ-1" and f.muscles == ("gluteus_maximus",)]
    assert live.workspace.repository.trainee(live.workspace.trainee_id).level is Level.BEGINNER


def test_redo_is_ctrl_shift_z_without_ambiguity(qtbot: QtBot, repository: Repository) -> None:
    from PySide6.QtGui import QKeySequence

    from tests.ui.test_main_window import make_window

    window = make_window(qtbot, repository)
    redo = next(a for a in window.findChildren(QAction) if a.shortcut() == QKeySequence("Ctrl+Shift+Z"))
    shortcuts = [s.toString() for a in window.findChildren(QAction) for s in a.shortcuts()]
    assert shortcuts.count("Ctrl+Shift+Z") == 1 and redo.shortcuts()[1] == QKeySequence("Ctrl+Y")


def test_a_drop_that_changes_nothing_is_not_an_edit(calendar: WeekCalendar, live: LiveWorkspace) -> None:
    model = calendar.model
    model.dropMimeData(model.mimeData([session_index(model, MON)]), Qt.DropAction.MoveAction, -1, 0,
                       model.day_index(MON))
    assert plan_stack(live).count() == 0


def test_a_new_own_exercise_can_be_planned_at_once(qtbot: QtBot, repository: Repository,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from glueplan.domain.catalog import PRIMARY
    from glueplan.ui.library.exercise_editor import ExerciseEditor
    from tests.ui.test_main_window import make_window

    window = make_window(qtbot, repository)
    window.programs_page().template_cards[0].start_button.click()

    def fill(editor: ExerciseEditor) -> int:
        editor.name.setText("Sofa thrust")
        editor.weights["gluteus_maximus"].setCurrentIndex(editor.weights["gluteus_maximus"].findData(PRIMARY))
        editor.accept()
        return editor.result()

    monkeypatch.setattr(ExerciseEditor, "exec", fill)
    window.new_exercise()
    mine = repository.custom_exercises()[0]
    window.add_exercise_on(mine, Weekday.SUN)
    assert window.week_page is not None
    assert [i.exercise_id for s in window.week_page.live.program.weeks[0].sessions for i in s.items
            if s.day is Weekday.SUN] == [mine.id]


def test_the_keyboard_moves_copies_and_reorders(qtbot: QtBot, calendar: WeekCalendar, live: LiveWorkspace) -> None:
    view = calendar.days[MON]
    view.setCurrentIndex(item_index(calendar.model, MON, 2))  # cable kickback
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert names(live, TUE) == [["cable_kickback"]] and len(names(live, MON)[0]) == 3  # copied
    view.setCurrentIndex(item_index(calendar.model, MON, 0))
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert names(live, MON) == [["single_leg_hip_thrust", "back_squat", "cable_kickback"]]
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert names(live, MON) == [["back_squat", "single_leg_hip_thrust", "cable_kickback"]]
    friday = calendar.days[FRI]
    friday.setCurrentIndex(session_index(calendar.model, FRI))
    qtbot.keyClick(friday, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert names(live, FRI) == [] and names(live, SAT)[0][0] == "bulgarian_split_squat"  # the whole session
    view.setCurrentIndex(item_index(calendar.model, MON, 2))
    qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)  # no day before Monday
    assert len(names(live, MON)[0]) == 3


def test_copy_forward_asks_before_replacing_a_planned_week(qtbot: QtBot, live: LiveWorkspace,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from glueplan.ui.week.page import WeekPage

    page = WeekPage(live)
    qtbot.addWidget(page)
    asked: list[str] = []

    def answer(box: QMessageBox) -> QMessageBox.StandardButton:
        asked.append(box.text())
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "exec", answer)  # asked as plain text (plain_text.ask)
    page.copy_week_forward()
    assert asked == ["Week 2 already has sessions. Replace them with a copy of week 1?"]
    assert plan_stack(live).count() == 0 and page.week == 0


def test_edits_change_rows_in_place_without_a_reset(qtbot: QtBot, calendar: WeekCalendar, catalog: Catalog,
                                                    qtmodeltester: object) -> None:
    """A drop inserts one row, a move moves or removes and inserts, an edit changes one cell: the
    views keep their selection and scroll position because the model never resets for an edit."""
    model = calendar.model
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    signals: list[str] = []
    model.modelReset.connect(lambda: signals.append("reset"))
    model.rowsInserted.connect(lambda parent, first, last: signals.append(f"insert {model.node(parent).day}"))
    model.rowsRemoved.connect(lambda parent, first, last: signals.append("remove"))
    model.dataChanged.connect(lambda first, last: signals.append("changed"))
    kickback = QPersistentModelIndex(item_index(model, MON, 2))
    model.dropMimeData(library_mime(catalog, "clamshell"), Qt.DropAction.CopyAction, -1, 0, model.day_index(MON))
    assert "reset" not in signals and "insert 0" in signals
    assert kickback.isValid() and kickback.data().startswith("Cable glute kickback")
    signals.clear()
    model.setData(item_index(model, MON, 0), replace(model.data(item_index(model, MON, 0), PLANNED_ROLE),
                                                     prescription=Prescription(4, RepRange(6, 8), 1, 200)))
    assert "reset" not in signals and "changed" in signals and "remove" not in signals
    signals.clear()
    plan_stack_of(calendar).undo()
    plan_stack_of(calendar).undo()
    assert "reset" not in signals and "remove" in signals
    assert not kickback.isValid() or kickback.data().startswith("Cable glute kickback")
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def plan_stack_of(calendar: WeekCalendar) -> QUndoStack:
    return calendar.model.live.undo_stacks[History.PLAN]


def test_rows_fit_beside_the_scroll_bar(qtbot: QtBot, live: LiveWorkspace) -> None:
    """A day too short for its rows gets a scroll bar, and its rows end beside it, wrapped at the
    width left (at 150 % scale the rows kept the day's whole width and the bar hid their ends)."""
    calendar = on_screen(qtbot, WeekCalendar(WeekModel(live)), 1400, 600)
    view = calendar.days[0]
    assert not view.verticalScrollBar().isVisible()
    calendar.resize(700, 200)  # as a window made lower, or one at 150 % scale
    qtbot.waitUntil(lambda: view.verticalScrollBar().isVisible())
    view.executeDelayedItemsLayout()
    for item in range(len(live.program.weeks[0].sessions[0].items)):
        assert view.visualRect(item_index(calendar.model, 0, item)).right() < view.viewport().width()


def test_paging_the_weeks_with_a_finding_chosen_shows_the_week_paged_to(qtbot: QtBot, live: LiveWorkspace) -> None:
    """A finding chosen, then the next week: the list's clear() told of the chosen finding going,
    which showed its own week again, whose findings were listed inside that clear(): each item was
    deleted twice, and the window crashed (H47, 3 of 3 times). Now the next week is shown."""
    from glueplan.ui.week.page import WeekPage

    page = on_screen(qtbot, WeekPage(live), 1300, 900)
    live.apply(MoveSession(0, 1, Weekday.TUE))  # Monday and Tuesday: a finding in week 1
    page.findings.list.setCurrentRow(0)
    assert page.findings.chosen() is not None and page.heat.picked
    for _turn in range(5):
        page.next_week()
        assert page.week == 1 and page.findings.chosen() is None
        assert page.heat.picked == ()  # the finding's muscles were left picked on the map (H52)
        page.previous_week()
        assert page.week == 0
        page.findings.list.setCurrentRow(0)


def test_the_days_lay_out_their_rows_only_at_the_width_they_are_shown_at(qtbot: QtBot, live: LiveWorkspace,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Each session is shown expanded, and its rows are measured once the day has its width: at start-up a week built
    at a provisional width had every row laid out at it first, then again (7 ms of the first screen)."""
    measured_at: list[int] = []
    measure = PlanDelegate.sizeHint

    def measuring(delegate: PlanDelegate, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        measured_at.append(delegate.view.viewport().width())
        return measure(delegate, option, index)

    monkeypatch.setattr(PlanDelegate, "sizeHint", measuring)
    calendar = WeekCalendar(WeekModel(live))
    # The keyboard put on Monday before the page's first paint, as a start on the Week tab does: its first row
    # is current, as Qt makes it, and nothing is measured for it
    calendar.days[MON].focusInEvent(QFocusEvent(QEvent.Type.FocusIn, Qt.FocusReason.ShortcutFocusReason))
    assert calendar.days[MON].currentIndex() == session_index(calendar.model, MON)
    assert measured_at == []
    on_screen(qtbot, calendar, 1400, 600)
    for day, view in enumerate(calendar.days):
        for row in range(calendar.model.rowCount(calendar.model.day_index(day))):
            session = session_index(calendar.model, day, row)
            assert view.isExpanded(session)
            assert all(view.visualRect(calendar.model.index(item, 0, session)).height() > 0
                       for item in range(calendar.model.rowCount(session)))
    planned = [view for day, view in enumerate(calendar.days) if calendar.model.rowCount(calendar.model.day_index(day))]
    assert measured_at and set(measured_at) == {view.viewport().width() for view in planned}


def test_a_day_scrolled_down_and_tabbed_into_stays_where_it_was_scrolled(qtbot: QtBot, live: LiveWorkspace) -> None:
    """Its first row made current as Qt makes it, without scrolling to it (R210: a day scrolled down with the wheel
    jumped back to its top when Tab or Ctrl+Right came into it)."""
    calendar = on_screen(qtbot, WeekCalendar(WeekModel(live)), 1400, 160)
    monday = calendar.days[MON]
    bar = monday.verticalScrollBar()
    assert bar.maximum() > 0  # the day's rows need more than its height
    bar.setValue(bar.maximum())
    monday.focusInEvent(QFocusEvent(QEvent.Type.FocusIn, Qt.FocusReason.TabFocusReason))
    assert monday.currentIndex() == session_index(calendar.model, MON)
    assert bar.value() == bar.maximum()
