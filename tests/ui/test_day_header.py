"""A day's header shown again as it is asks for no new layout: every edit shows the seven
headers anew, and each new layout of the week repaints the calendar around them."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from glueplan.ui.week.day_header import DayHeader


def test_the_same_day_again_asks_for_no_layout(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    header = DayHeader()
    qtbot.addWidget(header)
    header.show_day("Wednesday", "Wed", "25.11. · week\u00a048")
    asked: list[str] = []
    monkeypatch.setattr(header, "updateGeometry", lambda: asked.append("layout"))
    monkeypatch.setattr(header, "setText", lambda text: asked.append(text))
    header.show_day("Wednesday", "Wed", "25.11. · week\u00a048")
    assert asked == []
    header.show_day("Thursday", "Thu", "26.11. · week\u00a048")
    assert asked[0] == "layout" and "Thu" in asked[-1]
