"""A day's header shown again as it is asks for no new layout: every edit shows the seven
headers anew, and each new layout of the week repaints the calendar around them."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from glueplan.ui.week.day_header import DayHeader


class LayoutRequests(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        self.count += event.type() == QEvent.Type.LayoutRequest
        return False


def test_the_same_day_again_asks_for_no_layout(qtbot: QtBot) -> None:
    week = QWidget()
    qtbot.addWidget(week)
    header = DayHeader(week)
    QVBoxLayout(week).addWidget(header)
    header.show_day("Wednesday", "Wed", "25.11. · week\u00a048")
    week.show()
    qtbot.waitExposed(week)
    qtbot.wait(10)  # the first layout done
    requests = LayoutRequests()
    week.installEventFilter(requests)
    header.show_day("Wednesday", "Wed", "25.11. · week\u00a048")
    qtbot.wait(1)  # posted events delivered (a LayoutRequest is posted to the parent)
    assert requests.count == 0
    header.show_day("Thursday", "Thu", "26.11. · week\u00a048")
    qtbot.waitUntil(lambda: requests.count > 0)
