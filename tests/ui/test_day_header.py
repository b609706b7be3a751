"""A day's header shown again as it is asks for no new layout: every edit shows the seven
headers anew, and each new layout of the week repaints the calendar around them. Its date and
week share a line where there is room, else each has a line of its own."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from glueplan.ui.week.day_header import DayHeader


def test_the_same_day_again_asks_for_no_layout(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    header = DayHeader()
    qtbot.addWidget(header)
    header.show_day("Wednesday", "Wed", ("25.11.", "week\u00a048"))
    asked: list[str] = []
    monkeypatch.setattr(header, "updateGeometry", lambda: asked.append("layout"))
    monkeypatch.setattr(header, "setText", lambda text: asked.append(text))
    header.show_day("Wednesday", "Wed", ("25.11.", "week\u00a048"))
    assert asked == []
    header.show_day("Thursday", "Thu", ("26.11.", "week\u00a048"))
    assert asked[0] == "layout" and "Thu" in asked[-1]


def test_a_narrow_header_puts_the_date_and_the_week_on_lines_of_their_own(qtbot: QtBot) -> None:
    """In a 1024 x 700 window Monday's header read "07.12. ·" over "uge 50 ●": the separator was
    left at the end of the line."""
    header = DayHeader()
    qtbot.addWidget(header)
    header.show_day("Mandag", "Man.", ("07.12.", "uge\u00a050\u00a0<span style='color:#d08000'>●</span>"))
    header.show()
    header.resize(300, 60)
    assert "07.12. · uge" in header.text()
    header.resize(header.minimumSizeHint().width(), 60)
    assert "07.12.<br" in header.text() and "·" not in header.text()
