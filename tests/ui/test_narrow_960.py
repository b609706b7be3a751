"""Two windows side by side on a 1920 px screen (960 px each) and half a laptop's (683 px), in every language:
texts that were cut there are whole (H125's clinic walk)."""

from __future__ import annotations

import re
from datetime import datetime

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication, QStatusBar, QStyle, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from glueplan.app.trainees import first_trainee
from glueplan.domain.language import Language
from glueplan.domain.log import LoggedSet
from glueplan.domain.plan import Weekday
from glueplan.domain.trainee import Units
from glueplan.store.errors import StoreError
from glueplan.store.repository import Repository
from glueplan.ui.history.table import EXERCISE, EXERCISE_CHARS, NOTE, NOTE_CHARS
from glueplan.ui.main_window import MainWindow
from glueplan.ui.shared.status_line import StatusLine
from glueplan.ui.week.calendar import DayView
from tests.ui.test_half_screen import HALF, LANGUAGES, window_in
from tests.ui.test_week_calendar import session_index

SIDE_BY_SIDE = (960, 1050)
SIZES = [SIDE_BY_SIDE, HALF]
MON = 0


def narrow_window(qtbot: QtBot, repository: Repository, language: Language, size: tuple[int, int]) -> MainWindow:
    window = window_in(qtbot, repository, language, size)
    qtbot.waitUntil(lambda: window.width() == size[0])
    return window


def painted_lines(view: DayView, index: QModelIndex) -> list[str]:
    """The row's text as the style lays it out in its text's rectangle (word wrap, as viewItemDrawText does)."""
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = view.visualRect(index)
    view.itemDelegateForIndex(index).initStyleOption(option, index)
    width = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, view).width() - 2 * (
        view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
    lines = []
    for paragraph in re.split("[\n\u2028]", option.text):
        layout = QTextLayout(paragraph, option.font)
        text_option = QTextOption()
        text_option.setWrapMode(QTextOption.WrapMode.WordWrap)
        layout.setTextOption(text_option)
        layout.beginLayout()
        while (line := layout.createLine()).isValid():
            line.setLineWidth(width)
            lines.append(paragraph[line.textStart():line.textStart() + line.textLength()].strip())
        layout.endLayout()
    return lines


def one_line_bar(qtbot: QtBot, window: MainWindow) -> int:
    """The height of Qt's own status bar with a message, in the window's style and font: one line."""
    bar = QStatusBar()
    qtbot.addWidget(bar)
    bar.setFont(window.statusBar().font())
    bar.showMessage("Ok")
    return bar.sizeHint().height()


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_session_header_beside_a_findings_icon_keeps_its_number(
        qtbot: QtBot, repository: Repository, language: Language, size: tuple[int, int]) -> None:
    """Beside the warning icon the number went onto a line of its own ("17.30 Træning / 1") or was cut
    ("17.30 T… 3"): the time gives way instead, and the title keeps its number."""
    window = narrow_window(qtbot, repository, language, size)
    window.show_week()
    calendar = window.week_page.calendar
    calendar.move_to_day(session_index(calendar.model, MON), Weekday.TUE)  # a day before Wednesday's: warned
    QApplication.processEvents()
    model = calendar.model
    badged = [(view, session_index(model, view.day, row)) for view in calendar.days
              for row in range(model.rowCount(model.day_index(view.day)))
              if model.data(session_index(model, view.day, row), Qt.ItemDataRole.DecorationRole) is not None]
    assert len(badged) >= 2
    for view, index in badged:
        lines = [line.replace("\u00a0", " ") for line in painted_lines(view, index)]
        title = model.data(index, Qt.ItemDataRole.EditRole).title
        assert not any(re.fullmatch(r"\d+", line) for line in lines), lines
        assert any(line.endswith(title) for line in lines), (title, lines)


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_logs_nothing_planned_line_wraps_whole(
        qtbot: QtBot, repository: Repository, language: Language, size: tuple[int, int]) -> None:
    """"Intet er planlagt denne dag; næste træning er mandag 7. december. Tilføj en øvelse for at logge alligevel"
    ran off the right edge at 960 px and gave the page a horizontal scroll bar."""
    window = narrow_window(qtbot, repository, language, size)
    window.tabs.setCurrentWidget(window.log_tab)
    page = window.log_tab.build()
    qtbot.waitUntil(lambda: page.empty.isVisible() and page.empty.width() > 0)  # today: the program starts on Monday
    window.layout().activate()
    QApplication.processEvents()
    assert page.scroll.horizontalScrollBar().maximum() == 0
    label = page.empty
    assert label.geometry().right() <= page.scroll.viewport().width()
    assert label.height() >= label.heightForWidth(label.width()) > label.fontMetrics().height()  # two lines or more


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_historys_note_shares_the_width_at_960_px(qtbot: QtBot, repository: Repository, language: Language) -> None:
    """The note column was out of sight behind a horizontal scroll bar at 960 px: the exercise's column took
    24 letters and the date and time one line, leaving the note nothing. The exercise's name wraps first."""
    trainee = first_trainee(repository, language, Units.KG)
    note = "Lars: dybt, pause i bunden"
    repository.log_set(trainee, LoggedSet("b_stance_hip_thrust", datetime(2026, 11, 30, 17, 45), 60, 8, 2,
                                          note=note))
    window = narrow_window(qtbot, repository, language, SIDE_BY_SIDE)
    window.tabs.setCurrentWidget(window.history_tab)
    page = window.history_tab.build()
    table, header = page.table, page.table.horizontalHeader()
    least = table.fontMetrics().averageCharWidth() * NOTE_CHARS
    qtbot.waitUntil(lambda: table.model().rowCount() == 1)
    qtbot.waitUntil(lambda: header.sectionViewportPosition(NOTE) + least <= table.viewport().width())
    assert header.sectionSize(NOTE) >= least and table.horizontalScrollBar().maximum() == 0
    assert header.sectionSize(EXERCISE) >= table.fontMetrics().averageCharWidth() * EXERCISE_CHARS


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_long_word_in_the_status_bar_is_whole_to_what_it_says_to_do(
        qtbot: QtBot, repository: Repository, language: Language, size: tuple[int, int]) -> None:
    """The refusal of a set for a trainee archived elsewhere was cut at 960 px just where it says what to do
    ("… Hent udøveren tilbage med Filer > Gendan"): the status bar's message wraps, and the bar grows for it."""
    window = narrow_window(qtbot, repository, language, size)
    refusal = StoreError("store.archived_log", name="Ingrid Solberg").text(language)
    window.statusBar().showMessage(refusal)
    bar = window.statusBar()
    assert isinstance(bar, StatusLine)
    qtbot.waitUntil(lambda: bar.line.height() >= bar.line.heightForWidth(bar.line.width()))
    assert bar.line.text() == refusal == bar.currentMessage()
    assert bar.line.geometry().right() < bar.width() and bar.geometry().bottom() < window.height()
    assert bar.line.height() >= 2 * bar.line.fontMetrics().height()  # wrapped, two lines or more
    one_line = one_line_bar(qtbot, window)
    bar.clearMessage()
    qtbot.waitUntil(lambda: bar.height() == one_line)  # the room given back


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_one_line_message_keeps_the_status_bar_as_high_as_qts_own(
        qtbot: QtBot, repository: Repository, language: Language, size: tuple[int, int]) -> None:
    """The wrapping bar was 33 px high for a one-line message (22 in Qt's own): every page lost 11 px, and the
    narrow week its room for the in-place editor and its sideways scroll bar."""
    window = narrow_window(qtbot, repository, language, size)
    bar = window.statusBar()
    started = bar.currentMessage()
    assert started  # "Started …": one line
    bar.showMessage(started)  # held: shown for 5 s, a pass could otherwise be the bar emptied
    one_line = one_line_bar(qtbot, window)
    qtbot.waitUntil(lambda: bar.height() == one_line)
    assert window.centralWidget().geometry().bottom() + 1 == bar.y()  # the pages have the rest
