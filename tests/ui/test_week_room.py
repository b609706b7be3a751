"""The Week page's room on the supported screens: the days reach down to the week's sums (a line kept for what a drop
would do took 20 px under them at all times, empty but during a drag), that line shows over the week during a drag
without moving a day (the drop targets), and the heat map is never squeezed below the map's own least size (on half a
laptop it was 200x160: "Deep l…", bodies 55 px high)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QDragLeaveEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from glueplan.domain.language import Language
from glueplan.store.repository import Repository
from glueplan.ui.application import install_translators
from glueplan.ui.map.muscle_map import MuscleMap
from glueplan.ui.shared.plain_text import plain_tooltip
from glueplan.ui.week.page import WeekPage
from tests.ui.test_week_calendar import drag, library_mime
from tests.ui.test_week_narrow import TUE, week_in

SIZES = [(683, 740), (1024, 768), (1366, 768), (1400, 860)]  # half a laptop, small and common screens


def placed(widget: QWidget, page: WeekPage) -> QRect:
    return QRect(widget.mapTo(page, QPoint(0, 0)), widget.size())


@pytest.mark.parametrize("size", SIZES)
def test_nothing_dragged_the_week_reaches_down_to_its_sums(qtbot: QtBot, repository: Repository,
                                                         size: tuple[int, int]) -> None:
    _, page = week_in(qtbot, repository, Language.EN, *size)
    week, sums = placed(page.calendar.scroll, page), placed(page.summary_holder, page)
    assert 0 <= sums.top() - (week.bottom() + 1) <= page.summary_holder.parentWidget().layout().spacing()


@pytest.mark.parametrize("language", [Language.EN, Language.DA, Language.NB])
def test_a_drag_says_what_a_drop_would_do_over_the_week_and_moves_no_day(
        qtbot: QtBot, qapp: QApplication, repository: Repository, language: Language) -> None:
    """Tooltips do not show during a drag: the sentence shows over the bottom of the week, in sight wherever it is
    scrolled to, over the days (on its own ground), and the days stay where they were: a line laid out as a drag
    starts moves the drop targets under the pointer. The pointer's drop goes through it to the day under it."""
    install_translators(qapp, language)
    window, page = week_in(qtbot, repository, language, 683, 740)
    calendar, reason = page.calendar, page.calendar.drop_reason
    tuesday = calendar.days[TUE]

    def days() -> list[QRect]:
        return [placed(day, page) for day in calendar.days]

    before = days()
    assert not reason.isVisible()
    drag(tuesday, library_mime(page.live.catalog, "clamshell"), QPoint(40, 60), Qt.DropAction.CopyAction, drop=False)
    assert days() == before
    assert reason.isVisible() and reason.text() and plain_tooltip(reason.text()) == tuesday.toolTip()
    assert reason.textFormat() == Qt.TextFormat.PlainText
    sight = calendar.scroll.viewport()
    over = QRect(sight.mapTo(calendar.scroll, QPoint(0, 0)), sight.size())
    shown = reason.geometry()
    assert (shown.left(), shown.right(), shown.bottom()) == (over.left(), over.right(), over.bottom())
    assert shown.height() >= reason.heightForWidth(shown.width())  # wrapped, whole
    ground = reason.palette().color(reason.backgroundRole())
    assert ground != tuesday.viewport().palette().base().color()
    painted = calendar.grab().toImage()
    spot = reason.mapTo(calendar, QPoint(shown.width() - reason.margin() - 3, shown.height() // 2))  # past the text
    assert painted.pixelColor(spot * painted.devicePixelRatio()).rgb() == ground.rgb()  # over the day painted there
    under = QPoint(tuesday.mapTo(calendar.scroll, QPoint(tuesday.width() // 2, 0)).x(), shown.center().y())
    assert calendar.scroll.childAt(under) is tuesday.viewport()
    QApplication.sendEvent(tuesday.viewport(), QDragLeaveEvent())
    qtbot.waitUntil(lambda: not reason.isVisible())
    assert days() == before


@pytest.mark.parametrize("language", [Language.EN, Language.DA, Language.NB])
@pytest.mark.parametrize("size", SIZES)
def test_the_heat_map_is_never_below_the_maps_own_least_size(
        qtbot: QtBot, qapp: QApplication, repository: Repository, size: tuple[int, int], language: Language) -> None:
    install_translators(qapp, language)
    window, page = week_in(qtbot, repository, language, *size)
    assert window.size().toTuple() == size
    own = MuscleMap(page.live.catalog, language, side_view=False)
    qtbot.addWidget(own)
    least = own.minimumSize()
    assert page.heat.width() >= least.width() and page.heat.height() >= least.height(), page.heat.size()
