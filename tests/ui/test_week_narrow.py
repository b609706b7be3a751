"""The Week tab in a narrow window (800 px: two windows side by side on a 1600 px screen; the
window's least width) in every language: no button cut off ("Kopier uka fram", "Gjør til
deload-uke" were), each day as wide as names need to be read, the week scrolled sideways instead
(a day was 53 px: "Kneb… med stang"); the in-place editor within its own day."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget
from pytestqt.qtbot import QtBot

from glueplan.domain.language import Language
from glueplan.store.repository import Repository
from glueplan.ui.main_window import MainWindow
from glueplan.ui.shared.plain_text import plain_tooltip
from glueplan.ui.week.editors import FloatingEditor
from glueplan.ui.week.model import PLANNED_ROLE
from glueplan.ui.week.page import WeekPage
from tests.ui.test_week_calendar import drag, item_index, library_mime

MON, TUE, WED, THU, FRI, SAT, SUN = range(7)
READABLE_CHARS = 20  # the least a day may be, in average characters ("Copenhagen-planke" is 20)


def week_in(qtbot: QtBot, repository: Repository, language: Language, width: int,
            height: int = 860) -> tuple[MainWindow, WeekPage]:
    """The window at ``width`` (1: its least) and ``height`` showing the Week tab of a program just started."""
    from tests.ui.test_main_window import make_window

    window = make_window(qtbot, repository, language)
    window.programs_page().template_cards[0].start_button.click()
    window.show_week()
    page = window.week_page
    assert page is not None
    window.layout().activate()  # the Week tab's least width, not the Programs tab's, bounds the window's
    window.resize(width, height)
    assert window.width() == max(width, window.minimumSizeHint().width())
    qtbot.waitUntil(lambda: page.calendar.days[MON].width() < 300)
    return window, page


@pytest.mark.parametrize("language", [Language.EN, Language.DA, Language.NB])
@pytest.mark.parametrize("width", [800, 1])
def test_no_button_is_cut_off_and_the_days_stay_readable_in_a_narrow_window(
        qtbot: QtBot, repository: Repository, language: Language, width: int) -> None:
    window, page = week_in(qtbot, repository, language, width)
    assert window.width() <= 800
    page.set_week(1)  # "Week 2 of 6" and "Make deload week" enabled, as long as they get
    buttons = [b for b in page.findChildren(QAbstractButton) if b.isVisibleTo(window)]
    assert page.copy_forward in buttons and page.deload in buttons and page.next in buttons
    for button in buttons:
        qtbot.waitUntil(lambda button=button: button.width() >= button.sizeHint().width())
        shown = button.visibleRegion().boundingRect()
        assert shown == button.rect(), f"{button.text()!r} is cut off: {shown} of {button.rect()}"
    calendar = page.calendar
    least = calendar.fontMetrics().averageCharWidth() * READABLE_CHARS
    assert all(day.width() >= least for day in calendar.days), [day.width() for day in calendar.days]
    assert calendar.scroll.horizontalScrollBar().isVisible()  # seven readable days do not fit: they scroll


def test_a_drag_held_at_the_weeks_edge_scrolls_it(qtbot: QtBot, repository: Repository) -> None:
    """A day out of sight is reached by dragging: held near the right edge, the week scrolls on."""
    window, page = week_in(qtbot, repository, Language.EN, 800)
    calendar = page.calendar
    bar = calendar.scroll.horizontalScrollBar()
    assert bar.value() == 0 and bar.maximum() > 0
    edge = calendar.scroll.viewport().width() - 4
    view = next(day for day in calendar.days if day.geometry().right() - bar.value() >= edge)
    point = view.viewport().mapFrom(calendar.scroll.viewport(), QPoint(edge, 100))
    drag(view, library_mime(page.live.catalog, "clamshell"), point, Qt.DropAction.CopyAction, drop=False)
    qtbot.waitUntil(lambda: bar.value() == bar.maximum())
    calendar.drag_ended()
    value = bar.value()
    QApplication.processEvents()
    assert bar.value() == value  # stopped with the drag


@pytest.mark.parametrize("size", [(1600, 860), (800, 860), (1366, 768), (683, 740)])
def test_the_editor_stays_within_its_own_day(qtbot: QtBot, repository: Repository, size: tuple[int, int]) -> None:
    """F2 on an exercise or a session's header: the editor is under the row (over it where the day has no
    room for both: a window 768 px high, or on half of that screen), within the row's day, and hides none of
    the days beside it (it covered most of the next one) nor what is under the days (it ran past the day's
    bottom over the findings). At 800 px the day is first scrolled into sight, whole."""
    window, page = week_in(qtbot, repository, Language.NB, *size)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    model, calendar = page.model, page.calendar
    for day, index in ((WED, item_index(model, WED, 2)), (FRI, model.index(0, 0, model.day_index(FRI)))):
        view = calendar.days[day]
        view.setFocus()
        view.setCurrentIndex(index)
        qtbot.keyClick(view, Qt.Key.Key_F2)
        editor = next((e for e in window.findChildren(FloatingEditor) if e.isVisible()), None)
        assert editor is not None
        shown = editor.geometry()
        column = QRect(view.mapTo(window, QPoint(0, 0)), view.size())
        assert column.contains(shown), (shown, column)
        for other in calendar.days:
            if other is not view and other.visibleRegion().boundingRect().isValid():
                assert not QRect(other.mapTo(window, QPoint(0, 0)), other.size()).intersects(shown), other.day
        row = view.visualRect(index).translated(view.viewport().mapTo(window, QPoint(0, 0)))
        assert shown.top() <= row.bottom() + 1  # on or under its own row
        sight, day_rect = calendar.scroll.viewport().rect(), QRect(view.mapTo(calendar.scroll.viewport(), QPoint(0, 0)),
                                                                   view.size())
        assert sight.left() <= day_rect.left() and day_rect.right() <= sight.right()  # the day scrolled into sight
        for field in editor.findChildren(QWidget):
            if field.isVisible() and field.focusPolicy() != Qt.FocusPolicy.NoFocus:
                assert field.width() >= field.minimumSizeHint().width()
        qtbot.keyClick(editor.field(0), Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda editor=editor: not editor.isVisible())


def in_sight(page: WeekPage, day: int) -> bool:
    calendar = page.calendar
    view, sight = calendar.days[day], calendar.scroll.viewport()
    return sight.rect().contains(QRect(view.mapTo(sight, QPoint(0, 0)), view.size()))


def test_the_day_with_the_keyboard_is_scrolled_into_sight(qtbot: QtBot, repository: Repository) -> None:
    """Tab into Sunday, or Ctrl+Right an exercise onto a day out of sight: the day comes whole into sight."""
    window, page = week_in(qtbot, repository, Language.DA, 800)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert in_sight(page, MON) and not in_sight(page, SUN)
    page.calendar.days[SUN].setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: in_sight(page, SUN))
    assert not in_sight(page, MON)
    friday = page.calendar.days[FRI]
    friday.setFocus(Qt.FocusReason.BacktabFocusReason)
    friday.setCurrentIndex(item_index(page.model, FRI, 0))
    qtbot.keyClick(friday, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)  # to Thursday
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)  # Wednesday
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)  # Tuesday
    assert QApplication.focusWidget() is page.calendar.days[TUE] and in_sight(page, TUE)


def test_shift_and_the_wheel_over_a_day_scroll_the_week_sideways(qtbot: QtBot, repository: Repository) -> None:
    """In a narrow window Shift with the wheel over the days scrolled nothing sideways (H71's walk);
    it is how a mouse without a sideways wheel scrolls sideways in most programs. The wheel alone
    still scrolls the day's own rows, not the week."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QWheelEvent

    window, page = week_in(qtbot, repository, Language.EN, 800)
    bar = page.calendar.scroll.horizontalScrollBar()
    day = page.calendar.days[MON]

    def wheel(modifiers: Qt.KeyboardModifier) -> None:
        at = QPointF(day.viewport().rect().center())
        QApplication.sendEvent(day.viewport(), QWheelEvent(
            at, QPointF(day.viewport().mapToGlobal(at)), QPoint(), QPoint(0, -120), Qt.MouseButton.NoButton,
            modifiers, Qt.ScrollPhase.NoScrollPhase, False))

    wheel(Qt.KeyboardModifier.NoModifier)
    assert bar.value() == 0
    wheel(Qt.KeyboardModifier.ShiftModifier)
    assert bar.value() > 0
    before = bar.value()
    wheel(Qt.KeyboardModifier.ShiftModifier)
    assert bar.value() > before


@pytest.mark.parametrize(("size", "covers"), [((683, 740), True), ((1600, 860), False)])
def test_an_editor_over_its_row_names_the_exercise_it_edits(qtbot: QtBot, repository: Repository,
                                                           size: tuple[int, int], covers: bool) -> None:
    """On half a 1366x768 screen the day has no room under or above the row, so the editor lies over
    it (H83's walk: "which exercise am I changing?"). Over its row, it names the exercise; under or
    above it, the row itself says which, and the editor spends no line on it."""
    window, page = week_in(qtbot, repository, Language.NB, *size)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    model, view = page.model, page.calendar.days[WED]
    index = item_index(model, WED, 1)
    view.setFocus()
    view.setCurrentIndex(index)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = next(e for e in window.findChildren(FloatingEditor) if e.isVisible())
    row = view.visualRect(index).translated(view.viewport().mapTo(window, QPoint(0, 0)))
    assert editor.geometry().intersects(row) is covers
    name = page.live.catalog.exercise(index.data(PLANNED_ROLE).exercise_id).name[Language.NB]
    assert editor.heading.isVisible() is covers
    if covers:
        shown = editor.heading.text()
        assert editor.heading.textFormat() == Qt.TextFormat.PlainText
        assert shown == name or (shown.endswith("…") and name.startswith(shown[:-1].rstrip())
                                 and editor.heading.toolTip() == plain_tooltip(name))
        assert heading_has_its_room(editor)
        assert editor.heading.geometry().bottom() < editor.field(0).geometry().top()


@pytest.mark.parametrize("language", [Language.EN, Language.DA, Language.NB])
def test_on_half_a_laptop_the_editors_fields_and_heading_are_whole_in_every_language(
        qtbot: QtBot, qapp: QApplication, repository: Repository, language: Language) -> None:
    """The rest field, now "15:00" at the most, was 2 px short in Danish: the heading was elided to the day's
    width less the margins but not the frame, so it asked 2 px more than the day had and a field gave them up."""
    from glueplan.ui.application import install_translators

    install_translators(qapp, language)
    window, page = week_in(qtbot, repository, language, 683, 740)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view = page.calendar.days[WED]
    view.setFocus()
    view.setCurrentIndex(item_index(page.model, WED, 0))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = next(e for e in window.findChildren(FloatingEditor) if e.isVisible())
    assert editor.heading.isVisible() and heading_has_its_room(editor)
    for at in range(7):
        field = editor.field(at)
        assert field.width() >= field.minimumSizeHint().width(), field.accessibleName()


@pytest.mark.parametrize(("language", "day", "item"), [(Language.EN, MON, 1), (Language.DA, WED, 2)])
def test_on_a_laptop_an_editor_over_its_row_names_the_exercise_whole(
        qtbot: QtBot, qapp: QApplication, repository: Repository, language: Language, day: int, item: int) -> None:
    """At 1366x768 the editor over Monday's second row said "Single-leg hip th…" (the walk's finding 13): which of
    two hip thrusts? Where the day has the room, the name wraps onto a second line, whole, and the editor stays in
    its place, over its row and inside the day."""
    from glueplan.ui.application import install_translators

    install_translators(qapp, language)
    window, page = week_in(qtbot, repository, language, 1366, 740)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view = page.calendar.days[day]
    index = item_index(page.model, day, item)  # Single-leg hip thrust; Stående hofteabduktion i kabel
    name = page.live.catalog.exercise(index.data(PLANNED_ROLE).exercise_id).name[language]
    view.setFocus()
    view.setCurrentIndex(index)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = next(e for e in window.findChildren(FloatingEditor) if e.isVisible())
    window.grab()  # painted, the editor is placed again: the grid kept the rows of the heading cut short first
    assert editor.heading.isVisible() and editor.heading.text() == name and editor.heading.toolTip() == ""
    assert heading_has_its_room(editor) and editor.heading.geometry().bottom() < editor.field(0).geometry().top()
    row = view.visualRect(index).translated(view.viewport().mapTo(window, QPoint(0, 0)))
    assert editor.geometry().intersects(row) and QRect(view.mapTo(window, QPoint(0, 0)), view.size()).contains(
        editor.geometry())
    for at in range(7):
        assert editor.field(at).width() >= editor.field(at).minimumSizeHint().width()


def heading_has_its_room(editor: FloatingEditor) -> bool:
    """The editor's heading shows all it holds: on one line within its width, or wrapped onto lines it has."""
    heading = editor.heading
    if heading.wordWrap():
        return heading.height() >= heading.heightForWidth(heading.width()) and all(
            heading.fontMetrics().horizontalAdvance(word) <= heading.width() for word in heading.text().split())
    return heading.fontMetrics().horizontalAdvance(heading.text()) <= heading.width()
