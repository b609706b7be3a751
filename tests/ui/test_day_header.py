"""A day's header shown again as it is asks for no new layout: every edit shows the seven
headers anew, and each new layout of the week repaints the calendar around them. Its date and
week share a line where there is room, else each has a line of its own. A day's findings show as the
findings list's icons, counted in the tooltip. Today's is marked."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from pytestqt.qtbot import QtBot

from glueplan.domain.catalog import Catalog
from glueplan.domain.findings import Severity
from glueplan.domain.language import Language
from glueplan.domain.plan import Weekday
from glueplan.ui.library.exercise_model import ExerciseListModel
from glueplan.ui.settings.theme import LEAST_CONTRAST, contrast
from glueplan.ui.shared.live_workspace import LiveWorkspace
from glueplan.ui.week.day_header import DayHeader
from glueplan.ui.week.page import WeekPage
from tests.conftest import PROGRAM_START, on_screen


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


def test_a_days_findings_show_the_severitys_icon_and_are_counted_on_hover(qtbot: QtBot) -> None:
    """A 10-px dot told a warning from an error by colour alone, and said nothing on hover (a walk at 150 %)."""
    header = DayHeader()
    qtbot.addWidget(header)
    header.show_day("Tirsdag", "Tirs.", ("25.11.", "uge\u00a048"), Severity.WARNING, "Fund for dagen: 2 advarsler")
    header.resize(300, 60)
    warning = header.text()
    assert "<img" in warning and "●" not in warning
    assert "Fund for dagen: 2 advarsler" in header.toolTip()
    header.show_day("Tirsdag", "Tirs.", ("25.11.", "uge\u00a048"), Severity.ERROR, "Fund for dagen: 1 fejl")
    assert header.text() != warning and "<img" in header.text()  # another shape, not another colour
    assert "1 fejl" in header.toolTip()
    header.show_day("Tirsdag", "Tirs.", ("25.11.", "uge\u00a048"))
    assert "<img" not in header.text() and header.toolTip() == ""


def test_the_week_counts_a_days_findings_in_its_headers_tooltip(qtbot: QtBot, live: LiveWorkspace,
                                                                 catalog: Catalog) -> None:
    page = on_screen(qtbot, WeekPage(live), 1300, 800)
    library = ExerciseListModel(catalog, Language.EN)
    mime = library.mimeData([library.index(library.row_of("barbell_hip_thrust"), 0)])
    page.model.dropMimeData(mime, Qt.DropAction.CopyAction, -1, 0, page.model.day_index(Weekday.TUE))
    header = page.calendar.headers[Weekday.TUE]
    qtbot.waitUntil(lambda: "<img" in header.text())
    tuesday = [finding for finding in page.model.findings() if finding.severity is not Severity.INFO
               and finding.week is None and any(ref.week == page.model.week and ref.day == Weekday.TUE
                                                for ref in finding.sessions)]
    errors = sum(finding.severity is Severity.ERROR for finding in tuesday)
    warnings = len(tuesday) - errors
    said = ([f"{errors} error" + "s" * (errors != 1)] if errors else []) + \
        ([f"{warnings} warning" + "s" * (warnings != 1)] if warnings else [])
    assert warnings + errors and f"Findings for this day: {', '.join(said)}" in header.toolTip()


def test_today_is_marked_in_its_header_and_moves_on_at_midnight(qtbot: QtBot, live: LiveWorkspace,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """A physiotherapist looked in vain for today's column. Today's name is set on a block in the focus colour
    (a shape, not a colour alone; 3:1 on the window and more), its tooltip saying so; at midnight the mark moves on
    in a window left open."""
    monkeypatch.setattr("glueplan.app.clock.today", lambda: PROGRAM_START - timedelta(days=1))  # a Sunday
    page = WeekPage(live)  # not shown: the clock is the test's
    qtbot.addWidget(page)
    headers = page.calendar.headers
    assert not any("background-color" in header.text() or "Today" in header.toolTip() for header in headers)
    monkeypatch.setattr("glueplan.app.clock.today", lambda: PROGRAM_START)  # midnight: the program's Monday
    page.day_clock.timeout.emit()
    marked = [day for day, header in enumerate(headers) if "background-color" in header.text()]
    assert marked == [Weekday.MON] and headers[Weekday.MON].toolTip().count("Today") == 1
    assert all("Today" not in header.toolTip() for day, header in enumerate(headers) if day != Weekday.MON)
    ground = QColor(re.search(r"background-color:(#\w+)", headers[Weekday.MON].text())[1])
    assert contrast(ground, headers[Weekday.MON].palette().color(QPalette.ColorRole.Window)) >= LEAST_CONTRAST
