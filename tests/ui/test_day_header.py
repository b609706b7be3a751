"""A day's column head fits however narrow the day: the date wraps under the name, and the
name shortens with the whole of it in the tooltip."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics
from pytestqt.qtbot import QtBot

from glueplan.ui.week.day_header import NO_BREAK, DayHeader
from tests.conftest import on_screen


def test_a_narrow_day_shows_the_short_name_and_tells_the_whole_one(qtbot: QtBot) -> None:
    header = on_screen(qtbot, DayHeader(), 200, 60)
    header.show_day("Wednesday", "Wed", f"09.12. · week{NO_BREAK}50")
    bold = QFont(header.font())
    bold.setBold(True)
    whole = QFontMetrics(bold).horizontalAdvance("Wednesday")
    assert header.minimumSizeHint().width() < whole  # seven of them fit beside the library
    header.resize(whole + 20, 60)
    assert "Wednesday" in header.text() and not header.toolTip()
    header.resize(header.minimumSizeHint().width(), 60)
    assert "<b>Wed</b>" in header.text() and header.toolTip() == "Wednesday"
    assert f"week{NO_BREAK}50" in header.text()  # the week and its number stay together
