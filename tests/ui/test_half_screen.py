"""The main window on half a common laptop screen (1366x768: a window snapped to one half is 683 px wide
and about 740 px high) and on the whole of it, in every language: it may be that narrow, and every page
is read and used there, nothing cut off or squeezed below what its text needs."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel, QLineEdit, QStyle, QWidget
from pytestqt.qtbot import QtBot

from glueplan.app.trainees import first_trainee
from glueplan.domain.language import Language
from glueplan.domain.log import LoggedSet
from glueplan.domain.trainee import Units
from glueplan.store.repository import Repository
from glueplan.ui.application import install_translators
from glueplan.ui.history.table import (
    DATE,
    EXERCISE,
    EXERCISE_THREE_LINES_CHARS,
    NOTE,
    NOTE_THREE_LINES_CHARS,
    REPS,
    RIR,
)
from glueplan.ui.main_window import MainWindow
from tests.ui.test_main_window import make_window

HALF = (683, 740)
WHOLE = (1366, 768)
LANGUAGES = [Language.EN, Language.DA, Language.NB]


def window_in(qtbot: QtBot, repository: Repository, language: Language, size: tuple[int, int]) -> MainWindow:
    """The whole window in ``language`` at ``size``, with seed-000 started next week (whatever today is: this
    week's start, offered from Monday to Wednesday, put a session on today's Log)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_translators(app, language)
    window = make_window(qtbot, repository, language)
    card = window.programs_page().template_cards[0]
    card.starts.setCurrentIndex(card.starts.count() - 1)
    card.start_button.click()
    window.resize(*size)
    return window


def squeezed(page: QWidget) -> list[str]:
    """The page's widgets in sight narrower than their text needs (a label not wrapped, a button, a choice)."""
    found = []
    for widget in page.findChildren(QWidget):
        if not widget.isVisibleTo(page) or not widget.visibleRegion().boundingRect().isValid():
            continue
        plain_label = isinstance(widget, QLabel) and not widget.wordWrap() and widget.text()
        if (plain_label or isinstance(widget, (QAbstractButton, QComboBox, QLineEdit))) and \
                widget.width() < widget.minimumSizeHint().width():
            text = widget.currentText() if isinstance(widget, QComboBox) else getattr(widget, "text", str)()
            found.append(f"{type(widget).__name__} {text!r}: {widget.width()} < {widget.minimumSizeHint().width()}")
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_window_fits_half_a_laptop_screen_with_every_page_whole(
        qtbot: QtBot, repository: Repository, language: Language) -> None:
    """The window's least width was 714-730 px on the Week to Charts tabs and 918-934 px beside the map or
    the programs (the exercise's details took 200 px more); on half the screen the details give way."""
    window = window_in(qtbot, repository, language, HALF)
    for page in (window.map, window.week_tab, window.log_tab, window.history_tab, window.charts_tab,
                 window.programs_tab):
        window.tabs.setCurrentWidget(page)
        window.layout().activate()
        assert window.minimumSizeHint().width() <= HALF[0], (page, window.minimumSizeHint())
        window.resize(*HALF)
        qtbot.waitUntil(lambda: window.width() == HALF[0])
        qtbot.waitUntil(lambda page=page: page.width() > 0 and window.library.width() > 0)
        QApplication.processEvents()
        assert squeezed(page) + squeezed(window.library) == []
        assert not window.detail.isVisible()
    window.resize(*WHOLE)
    window.show_map()
    qtbot.waitUntil(window.detail.isVisible)  # beside the map where there is room


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_history_shows_the_exercise_load_reps_and_rir_on_half_the_screen(
        qtbot: QtBot, repository: Repository, language: Language) -> None:
    """The exercise's column was 24 letters wide whatever the room, and the reps and RIR were out of sight
    to the right; the time goes under the date and the name onto a second line first."""
    window = window_in(qtbot, repository, language, HALF)
    window.tabs.setCurrentWidget(window.history_tab)
    table = window.history_tab.build().table
    header = table.horizontalHeader()
    qtbot.waitUntil(lambda: header.sectionViewportPosition(RIR) + header.sectionSize(RIR)
                    <= table.viewport().width())
    assert header.sectionSize(EXERCISE) >= table.fontMetrics().averageCharWidth() * EXERCISE_THREE_LINES_CHARS
    half = header.sectionSize(DATE), header.sectionSize(EXERCISE)
    window.resize(*WHOLE)
    qtbot.waitUntil(lambda: header.sectionSize(DATE) > half[0] and header.sectionSize(EXERCISE) > half[1])


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_historys_note_is_in_sight_on_half_the_screen(
        qtbot: QtBot, repository: Repository, language: Language) -> None:
    """The note started at 381 px of a 395 px table, behind a horizontal scroll bar: the load, reps and RIR came
    first and two lines of the name took the rest. The rows are three lines high there, the name and the note
    narrower; a name or note cut short is whole in its tooltip."""
    trainee = first_trainee(repository, language, Units.KG)
    note = "Lars: dybt, pause i bunden <b>"
    repository.log_set(trainee, LoggedSet("b_stance_hip_thrust", datetime(2026, 11, 30, 17, 45), 60, 8, 2, note=note))
    window = window_in(qtbot, repository, language, HALF)
    qtbot.waitUntil(lambda: window.width() == HALF[0])
    window.tabs.setCurrentWidget(window.history_tab)
    table = window.history_tab.build().table
    header, model, letter = table.horizontalHeader(), table.model(), table.fontMetrics().averageCharWidth()
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    qtbot.waitUntil(lambda: header.sectionViewportPosition(NOTE) + letter * NOTE_THREE_LINES_CHARS
                    <= table.viewport().width() and table.horizontalScrollBar().maximum() == 0)
    assert header.sectionSize(NOTE) >= letter * NOTE_THREE_LINES_CHARS
    assert header.sectionSize(EXERCISE) >= letter * EXERCISE_THREE_LINES_CHARS
    assert table.rowHeight(0) >= 3 * table.fontMetrics().lineSpacing()
    assert QTextDocumentFragment.fromHtml(model.index(0, NOTE).data(Qt.ItemDataRole.ToolTipRole)).toPlainText() == note
    window.resize(*WHOLE)
    qtbot.waitUntil(lambda: table.rowHeight(0) < 3 * table.fontMetrics().lineSpacing())  # two lines where there is room


@pytest.mark.parametrize(("language", "whole", "short"), [(Language.DA, "Gentagelser", "Gent."),
                                                         (Language.NB, "Repetisjoner", "Rep.")])
def test_the_reps_heading_is_abbreviated_only_where_the_table_is_narrow(
        qtbot: QtBot, repository: Repository, language: Language, whole: str, short: str) -> None:
    """The heading abbreviated for half the screen was abbreviated on the whole screen too."""
    window = window_in(qtbot, repository, language, HALF)
    window.tabs.setCurrentWidget(window.history_tab)
    table = window.history_tab.build().table
    header = table.horizontalHeader()
    model = table.model()
    for size, heading in ((HALF, short), (WHOLE, whole), (HALF, short)):
        window.resize(*size)
        qtbot.waitUntil(lambda heading=heading: model.headerData(REPS, Qt.Orientation.Horizontal) == heading)
        qtbot.waitUntil(lambda: header.sectionViewportPosition(RIR) + header.sectionSize(RIR)
                        <= table.viewport().width())  # the RIR in sight
        whole = header.fontMetrics().horizontalAdvance(heading) + 2 * header.style().pixelMetric(
            QStyle.PixelMetric.PM_HeaderMargin, None, header)  # without the sort arrow's room: the date has it
        assert header.sectionSize(REPS) >= whole, (size, heading)  # the heading whole


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_logs_note_goes_under_the_numbers_on_half_the_screen(
        qtbot: QtBot, repository: Repository, language: Language) -> None:
    """The entry's one line left the note a few letters wide ("N…") in a narrow window: there the note and
    Log set go onto a line of their own, with room for the note's hint; a wide window keeps one line."""
    window = window_in(qtbot, repository, language, HALF)
    window.tabs.setCurrentWidget(window.log_tab)
    page = window.log_tab.build()
    program = page.live.workspace.program
    assert program is not None and program.start is not None
    page.date.setDate(QDate(program.start.year, program.start.month, program.start.day))
    qtbot.waitUntil(lambda: bool(page.blocks))
    for block in page.blocks:  # the note on a line of its own, as wide as its hint
        qtbot.waitUntil(lambda block=block: block.note.y() > block.weight.geometry().bottom()
                        and block.note.width() >= block.note.sizeHint().width())
    window.resize(*WHOLE)
    block = page.blocks[0]
    qtbot.waitUntil(lambda: block.note.y() == block.weight.y())


@pytest.mark.parametrize(("language", "bodyweight"), [
    (Language.EN, "Bodyweight"), (Language.DA, "Kropsvægt"), (Language.NB, "Kroppsvekt")])
def test_the_unit_stands_beside_a_weight_not_beside_the_hint(
        qtbot: QtBot, repository: Repository, language: Language, bodyweight: str) -> None:
    """An empty weight read "Kropsvægt kg" (and a loaded exercise's "kg kg"): the hint says it alone, and
    the unit comes beside a number typed, in the room kept for it."""
    window = window_in(qtbot, repository, language, HALF)
    window.tabs.setCurrentWidget(window.log_tab)
    page = window.log_tab.build()
    page.extra.setCurrentIndex(page.extra.findData("clamshell"))
    page.add_unplanned()
    clamshell = page.blocks[-1]
    assert clamshell.weight.placeholderText() == bodyweight and clamshell.weight.text() == ""
    assert clamshell.unit.text() == ""
    place = clamshell.reps.x()
    clamshell.weight.setText("5")
    assert clamshell.unit.text() == "kg" and clamshell.reps.x() == place
    clamshell.weight.clear()
    assert clamshell.unit.text() == ""
