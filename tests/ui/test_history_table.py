"""The History tab: every set, newest first, read a page at a time after the last row's key,
filtered, edited in place; nothing read or sized before the tab is first shown."""

from __future__ import annotations

import gc
import tracemalloc
import weakref
from array import array
from collections.abc import Callable, Sequence
from datetime import datetime, time, timedelta
from functools import partial

import pytest
from PySide6.QtCore import QDate, QEvent, QModelIndex, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QAction, QContextMenuEvent, QMouseEvent, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QDateTimeEdit,
    QMainWindow,
    QMenu,
    QScrollBar,
    QStyle,
    QStyleOptionSlider,
    QToolTip,
)
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import insert

from glueplan.app import clock
from glueplan.app.command import History
from glueplan.app.log_edits import LogSet
from glueplan.app.trainees import switch_to
from glueplan.app.workspace import Workspace
from glueplan.domain.catalog import Catalog
from glueplan.domain.language import Language
from glueplan.domain.log import LoggedSet
from glueplan.domain.trainee import Trainee, Units
from glueplan.store.database import Store
from glueplan.store.history import (
    HistoryFilter,
    HistoryIds,
    HistoryKey,
    HistoryOrder,
    HistoryRow,
    SortColumn,
    history_page,
    history_rows,
)
from glueplan.store.repository import Repository
from glueplan.store.schema import LoggedSetRow
from glueplan.store.set_identity import new_identity
from glueplan.ui.history.rows import BLOCK, HistoryRows
from glueplan.ui.history.table import DATE, EXERCISE, NOTE, PAGE, REPS, RIR, WEIGHT, HistoryModel, HistoryPage
from glueplan.ui.shared.plain_text import plain_tooltip
from glueplan.ui.shared.logged_text import short_text
from glueplan.ui.shared.live_workspace import LiveWorkspace
from tests.conftest import on_screen
from tests.ui.test_date_typing import said

START = datetime(2026, 1, 5, 18)
ALL_OF_2026 = HistoryFilter(since=START.date() - timedelta(days=4))


def log_hourly(store: Store, trainee_id: int, count: int, exercise: str | None = None, weight_kg: float = 60) -> None:
    """``count`` sets an hour apart from START (clamshells and squats in turn unless an exercise
    is named), in one transaction."""
    with store.transaction() as session:
        session.execute(insert(LoggedSetRow), [
            {"trainee_id": trainee_id, "exercise_id": exercise or ("back_squat" if n % 2 else "clamshell"),
             "performed_at": START + timedelta(hours=n), "weight_kg": weight_kg + (0 if exercise else n % 7),
             "reps": 8, "rir": 2, "note": "", "import_key": new_identity()} for n in range(count)])


class CountedPages:
    """The store's pages and rows, with the requests counted."""

    def __init__(self, store: Store, trainee_id: int) -> None:
        self._page = partial(history_page, store, trainee_id)
        self._rows = partial(history_rows, store)
        self.asked: list[tuple[HistoryKey | None, int]] = []
        self.rows_read = 0

    def history_page(self, filters: HistoryFilter, after: HistoryKey | None, limit: int) -> HistoryIds:
        self.asked.append((after, limit))
        return self._page(filters, after, limit)

    def history_rows(self, ids: Sequence[int]) -> dict[int, HistoryRow]:
        self.rows_read += len(ids)
        return self._rows(ids)


def history_model(repository: Repository, trainee_id: int) -> HistoryModel:
    """The model on a workspace of the trainee (in the trainee's units), its pages counted."""
    live = LiveWorkspace(Workspace(repository, trainee_id, Language.EN))
    return HistoryModel(live, CountedPages(repository.store, trainee_id))


def log_stack(model: HistoryModel) -> QUndoStack:
    return model.live.undo_stacks[History.LOG]


@pytest.fixture
def trainee(repository: Repository) -> int:
    return repository.add_trainee(Trainee("Ida"))


def shown_page(qtbot: QtBot, model: HistoryModel) -> HistoryPage:
    history = on_screen(qtbot, HistoryPage(model), 900, 500)
    history.since.setDate(QDate(2026, 1, 1))
    return history


def test_the_table_pages_filters_edits_and_deletes(qtbot: QtBot, repository: Repository, trainee: int,
                                                  catalog: Catalog) -> None:
    log_hourly(repository.store, trainee, 2600)
    model = history_model(repository, trainee)
    stack = log_stack(model)
    history = shown_page(qtbot, model)
    assert model.rowCount() == PAGE and model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 2600 and not model.canFetchMore(QModelIndex())
    assert [model.row(n)[1] for n in (0, 999, 1000, 2599)] == [
        START + timedelta(hours=hours) for hours in (2599, 1600, 1599, 0)]
    history.exercise.setCurrentIndex(history.exercise.findData("clamshell"))
    assert model.rowCount() == PAGE and all(model.row(r)[2] == "clamshell" for r in range(PAGE))
    first = model.row(0)
    assert not model.setData(model.index(0, 3), "0")  # 0 reps: refused, the row is unchanged
    assert history.problem.text().startswith("0 reps is not possible")
    assert model.setData(model.index(0, 2), "52,5")
    assert repository.logged_set(first[0]).weight_kg == 52.5
    stack.undo()
    assert repository.logged_set(first[0]).weight_kg == first[3]
    model.delete(0)
    assert model.rowCount() == PAGE - 1 and model.row(0)[0] != first[0]


def test_the_model_keeps_qt_s_rules_while_it_fetches_and_edits(
        qtbot: QtBot, qtmodeltester: ModelTester, repository: Repository, trainee: int, catalog: Catalog) -> None:
    """Checked from the first page on, through every page, a deletion, an edit and other units.
    Not through a new filter's reset: both of Qt's testers fetch more inside their own handling
    of modelReset and then report their own insertion as one in the middle of the reset (a
    model of ten lines that can fetch more after a reset shows it too)."""
    log_hourly(repository.store, trainee, 2 * PAGE + 300)
    model = history_model(repository, trainee)
    shown_page(qtbot, model)
    assert model.rowCount() == PAGE
    qtmodeltester.check(model, force_py=True)  # from here on every signal is checked
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 2 * PAGE + 300
    model.delete(5)
    assert model.setData(model.index(7, 3), "9")
    model.units = Units.LB
    assert model.rowCount() == 2 * PAGE + 299


def test_nothing_is_read_or_sized_before_the_page_is_first_shown(qtbot: QtBot, repository: Repository,
                                                                 trainee: int, catalog: Catalog) -> None:
    log_hourly(repository.store, trainee, 30)
    model = history_model(repository, trainee)
    pages = model.source
    assert isinstance(pages, CountedPages)
    history = HistoryPage(model)
    qtbot.addWidget(history)
    history.since.setDate(QDate(2026, 1, 1))
    model.refresh()  # e.g. a set logged on the Log tab
    assert pages.asked == [] and history.table.model() is None
    on_screen(qtbot, history, 900, 500)
    assert pages.asked == [(None, PAGE)] and model.rowCount() == 30
    history.hide()
    history.show()
    assert len(pages.asked) == 1


def test_date_and_exercise_are_wide_enough_when_the_table_is_first_shown_empty(
        qtbot: QtBot, repository: Repository, trainee: int, catalog: Catalog) -> None:
    model = history_model(repository, trainee)
    history = on_screen(qtbot, HistoryPage(model), 900, 500)
    assert model.rowCount() == 0
    log_hourly(repository.store, trainee, 3, exercise="bulgarian_split_squat")
    history.since.setDate(QDate(2026, 1, 1))
    assert model.rowCount() == 3
    metrics = history.table.fontMetrics()
    header = history.table.horizontalHeader()
    assert header.sectionSize(DATE) > metrics.horizontalAdvance(short_text(datetime(2026, 12, 31, 23, 59), Language.EN))
    assert header.sectionSize(EXERCISE) > metrics.horizontalAdvance(model.data(model.index(0, EXERCISE)))


def test_an_empty_period_says_so_until_a_set_is_in_it(qtbot: QtBot, repository: Repository, trainee: int) -> None:
    """A new user's History, or a period with nothing in it, says why the table is empty."""
    model = history_model(repository, trainee)
    history = on_screen(qtbot, HistoryPage(model), 900, 500)
    assert history.empty.isVisible() and "Nothing logged" in history.empty.text()
    log_hourly(repository.store, trainee, 3)
    history.since.setDate(QDate(2026, 1, 1))
    assert model.rowCount() == 3 and not history.empty.isVisible()
    history.until.setDate(QDate(2026, 1, 2))  # before the first set
    assert model.rowCount() == 0 and history.empty.isVisible()


def test_headings_are_written_once_and_follow_the_units(repository: Repository, trainee: int, catalog: Catalog,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    model = history_model(repository, trainee)
    changed: list[tuple[Qt.Orientation, int, int]] = []
    model.headerDataChanged.connect(lambda *section: changed.append(section))
    model.units = Units.LB
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Weight (lb)"
    assert changed == [(Qt.Orientation.Horizontal, 2, 2)]

    def no_translation(*_args: object) -> str:
        raise AssertionError("a heading was translated again")

    monkeypatch.setattr(HistoryModel, "tr", no_translation)
    for _ in range(3):  # views ask this thousands of times while scrolling
        assert model.columnCount() == 6
        assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)] == [
            "Date", "Exercise", "Weight (lb)", "Reps", "RIR", "Note"]


def test_an_edit_keeps_the_rows_loaded_and_changes_only_its_field(repository: Repository, catalog: Catalog) -> None:
    trainee_id = repository.add_trainee(Trainee("Joe", units=Units.LB))
    log_hourly(repository.store, trainee_id, PAGE + 600, exercise="back_squat", weight_kg=100.0)
    model = history_model(repository, trainee_id)
    model.set_filter(ALL_OF_2026)
    model.fetchMore(QModelIndex())
    assert model.rowCount() == PAGE + 600
    assert model.data(model.index(1550, 2)) == "220.46"  # 100 kg, shown rounded in pounds (read back: 99.998 kg)
    assert model.setData(model.index(1550, 3), "9")
    edited = repository.logged_set(model.row(1550)[0])
    assert (edited.reps, edited.weight_kg) == (9, 100.0)  # not 220.5 lb read back: the exact weight stays
    assert model.rowCount() == PAGE + 600  # the table did not jump back to the newest page


def test_a_set_deleted_elsewhere_is_reported_not_crashed_on(qtbot: QtBot, repository: Repository, trainee: int,
                                                           catalog: Catalog) -> None:
    set_id = repository.log_set(trainee, LoggedSet("back_squat", START, 60, 8, 2))
    model = history_model(repository, trainee)
    stack = log_stack(model)
    history = shown_page(qtbot, model)
    repository.delete_logged_set(set_id)  # e.g. from the Log tab, before the table was refreshed
    assert not model.setData(model.index(0, 3), "9")
    assert "no longer in the log" in history.problem.text()
    model.delete(0)
    assert "no longer in the log" in history.problem.text()
    assert stack.count() == 0  # nothing that did not happen can be undone


def test_an_edit_or_delete_keeps_the_chosen_cell(qtbot: QtBot, repository: Repository, trainee: int,
                                                catalog: Catalog) -> None:
    log_hourly(repository.store, trainee, 30, exercise="back_squat")
    model = history_model(repository, trainee)
    history = shown_page(qtbot, model)
    history.table.setCurrentIndex(model.index(20, 3))
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    assert model.setData(model.index(20, 3), "9")
    assert history.table.currentIndex().row() == 20 and model.data(model.index(20, 3)) == "9"
    model.delete(5)
    assert model.rowCount() == 29 and history.table.currentIndex().row() == 19  # the same set, one row up
    assert resets == []


class SyntheticHistory:
    """``count`` sets a minute apart, made up as asked for: only the model holds memory."""

    def __init__(self, count: int) -> None:
        self.count = count

    def history_page(self, filters: HistoryFilter, after: HistoryKey | None, limit: int) -> HistoryIds:
        first = self.count if after is None else after.id - 1
        ids = array("q", range(first, max(0, first - limit), -1))
        return HistoryIds(ids, HistoryKey(self.moment(ids[-1]), ids[-1]) if ids else None)

    def history_rows(self, ids: Sequence[int]) -> dict[int, HistoryRow]:
        return {n: (n, self.moment(n), "back_squat" if n % 2 else "clamshell", 60.0 + n % 50, 8, 2 if n % 3 else None,
                    "", "both", False, "") for n in ids}

    def moment(self, n: int) -> datetime:
        return START - timedelta(minutes=self.count - n)


def test_years_of_rows_are_held_as_ids_alone(repository: Repository, trainee: int, catalog: Catalog) -> None:
    """200,000 sets loaded (about 13 years of a careful lifter's log) take the 8 bytes of their
    id each, not a row (over 100 bytes held a column at a time): a 10-year history scrolled to
    its end must fit in the app's memory budget (issue 9). The sets shown are read by id."""
    count = 200_000
    model = HistoryModel(LiveWorkspace(Workspace(repository, trainee, Language.EN)), SyntheticHistory(count))
    tracemalloc.start()
    try:
        model.set_filter(HistoryFilter())
        while model.canFetchMore(QModelIndex()):
            model.fetchMore(QModelIndex())
        held = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    assert model.rowCount() == count
    assert model.row(count - 1) == (1, START - timedelta(minutes=count - 1), "back_squat", 61.0, 8, 2, "", "both",
                                    False, "")
    assert model.data(model.index(0, DATE)) == "05/01/2026 18:00"  # START
    assert held / count < 12, f"{held / count:.0f} bytes a row"


@pytest.mark.parametrize(("language", "written"), [(Language.EN, "05/01/2026 18:00"), (Language.DA, "05.01.2026 18.00"),
                                                   (Language.NB, "05.01.2026 18.00")])
def test_a_set_s_moment_is_written_as_its_language_writes_it(repository: Repository, trainee: int,
                                                             language: Language, written: str) -> None:
    model = HistoryModel(LiveWorkspace(Workspace(repository, trainee, language)), SyntheticHistory(1))
    model.set_filter(HistoryFilter())
    assert model.data(model.index(0, DATE)) == written


@pytest.mark.parametrize("language", list(Language))
def test_the_date_fields_write_a_date_as_the_rows_do(qtbot: QtBot, repository: Repository, trainee: int,
                                                     language: Language) -> None:
    """In English the fields said 05.01.2026 over rows saying 05/01/2026."""
    page = HistoryPage(HistoryModel(LiveWorkspace(Workspace(repository, trainee, language))))
    qtbot.addWidget(page)
    page.since.setDate(QDate(2026, 1, 5))
    assert page.since.text() == short_text(START.date(), language)


def test_a_refused_edit_says_why_at_its_cell(qtbot: QtBot, repository: Repository, trainee: int) -> None:
    """The reason shows at the cell too (it has its old value back): under a tall table, the line
    below was out of sight (seen by a helper typing -5 kg as a Norwegian user)."""
    log_hourly(repository.store, trainee, 3)
    model = history_model(repository, trainee)
    history = shown_page(qtbot, model)
    cell = model.index(1, WEIGHT)
    history.table.setCurrentIndex(cell)
    assert not model.setData(cell, "<b>-5</b>")
    assert QToolTip.isVisible() and history.problem.text()
    assert QToolTip.text() == plain_tooltip(history.problem.text())  # what was typed is not markup
    tip = next(widget for widget in QApplication.topLevelWidgets() if widget.inherits("QTipLabel"))
    shown = history.table.viewport().mapFromGlobal(tip.pos())
    rect = history.table.visualRect(cell)
    assert rect.left() <= shown.x() <= rect.right() and rect.top() <= shown.y() <= rect.bottom() + 2 * rect.height()


def test_rows_replaced_are_freed_at_once() -> None:
    """A new filter replaces the table's rows: the old ids (1.2 MB for 10 years) go at once, not
    at some later collection of reference cycles."""
    history = SyntheticHistory(3000)
    rows = HistoryRows(history.history_rows, history.history_page(HistoryFilter(), None, 3000))
    assert rows.row(2999) == history.history_rows([1])[1]
    gone = weakref.ref(rows)
    gc.disable()
    try:
        del rows
        assert gone() is None
    finally:
        gc.enable()


def test_only_the_sets_on_screen_are_read_whole(qtbot: QtBot, repository: Repository, trainee: int,
                                               catalog: Catalog) -> None:
    """Scrolled from the newest set to the oldest of 2,600, the table reads every id but only
    the sets of the rows it has shown, a block of them at a time."""
    log_hourly(repository.store, trainee, 2600)
    model = history_model(repository, trainee)
    pages = model.source
    assert isinstance(pages, CountedPages)
    history = shown_page(qtbot, model)
    bar = history.table.verticalScrollBar()
    while model.canFetchMore(QModelIndex()):
        end = bar.maximum()
        bar.setValue(end)  # the view asks for the next page
        history.table.viewport().repaint()
        qtbot.waitUntil(lambda: bar.maximum() > end)  # noqa: B023 (waited for here)
    bar.setValue(bar.maximum())
    history.table.viewport().repaint()
    bottom = history.table.indexAt(history.table.viewport().rect().bottomLeft() + QPoint(1, -2))
    assert model.rowCount() == 2600 and bottom.row() == 2599 and bottom.data() == short_text(START, Language.EN)
    assert 0 < pages.rows_read <= 8 * BLOCK < 2600


def test_a_set_gone_before_its_row_was_read_shows_blank_and_refuses_edits(
        qtbot: QtBot, repository: Repository, trainee: int, catalog: Catalog) -> None:
    log_hourly(repository.store, trainee, 2, exercise="back_squat")
    model = history_model(repository, trainee)
    history = HistoryPage(model)
    qtbot.addWidget(history)
    model.refused.connect(history.problem.setText)
    model.set_filter(ALL_OF_2026)
    repository.delete_logged_set(model.source.history_page(ALL_OF_2026, None, 1).ids[0])  # e.g. another instance
    assert model.rowCount() == 2 and model.row(0) is None and model.data(model.index(0, DATE)) is None
    assert model.data(model.index(1, DATE)) == short_text(START, Language.EN)
    assert not model.setData(model.index(0, 3), "9")
    assert "no longer in the log" in history.problem.text()


def test_tab_leaves_the_table_and_a_cell_edit_goes_on_with_tab(qtbot: QtBot, repository: Repository,
                                                               trainee: int) -> None:
    """Tab went from cell to cell through every set of the log, never out of the table; the arrows
    move between cells, and Tab in a cell being edited saves it and edits the next."""
    log_hourly(repository.store, trainee, 30)
    history = shown_page(qtbot, history_model(repository, trainee))
    table = history.table
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, WEIGHT))
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert not table.hasFocus()
    table.setFocus()
    table.edit(table.model().index(0, WEIGHT))
    editor = QApplication.focusWidget()
    assert editor is not None and table.isAncestorOf(editor)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert table.currentIndex().column() == WEIGHT + 1 and table.state() is table.State.EditingState


def test_tabbing_into_the_table_chooses_the_set_delete_would_delete(qtbot: QtBot, repository: Repository,
                                                                     trainee: int) -> None:
    """Delete acts on the current set; tabbed into, the table made the newest one current without
    choosing it, so nothing showed which set the key would delete."""
    log_hourly(repository.store, trainee, 5)
    history = shown_page(qtbot, history_model(repository, trainee))
    history.activateWindow()
    history.until.setFocus()
    qtbot.waitUntil(history.until.hasFocus)
    while QApplication.focusWidget() is not history.table:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert history.table.selectionModel().isSelected(history.table.currentIndex())


def test_a_sets_time_is_corrected_in_its_date_cell_with_a_date_and_time_editor(
        qtbot: QtBot, repository: Repository, trainee: int, catalog: Catalog) -> None:
    """Logged at 18:00 by the clock of a late entry, it was done at 17:30 the day before: the date
    cell edits the date and the time (a calendar to pick the day), one undoable step; the set keeps
    its identity, so a backup taken before the correction does not bring it back a second time."""
    from PySide6.QtCore import QDateTime, QTime, QTimeZone
    from PySide6.QtWidgets import QDateTimeEdit, QStyleOptionViewItem

    from glueplan.ui.history.table import DATE
    from glueplan.ui.shared.logged_text import wall_clock

    logged = LoggedSet("back_squat", START.replace(hour=18, microsecond=250_123), 60, 8, 2)
    set_id = repository.log_set(trainee, logged)
    model = history_model(repository, trainee)
    history = shown_page(qtbot, model)
    cell = model.index(0, DATE)
    assert model.flags(cell) & Qt.ItemFlag.ItemIsEditable
    editor = history.table.itemDelegateForColumn(DATE).createEditor(history.table.viewport(),
                                                                     QStyleOptionViewItem(), cell)
    assert isinstance(editor, QDateTimeEdit) and editor.calendarPopup() and "mm" in editor.displayFormat()
    assert model.data(cell, Qt.ItemDataRole.EditRole) == wall_clock(logged.performed_at)
    assert model.setData(cell, wall_clock(logged.performed_at))  # left as it was: nothing to undo
    assert log_stack(model).count() == 0 and repository.logged_set(set_id) == logged
    earlier = QDateTime(QDate(2026, 1, 4), QTime(17, 30), QTimeZone.utc())
    assert model.setData(cell, earlier)
    assert repository.logged_set(set_id).performed_at == datetime(2026, 1, 4, 17, 30)
    assert log_stack(model).count() == 1
    log_stack(model).undo()
    assert repository.logged_set(set_id) == logged


def test_a_warm_up_set_says_so_beside_its_exercise(repository: Repository, trainee: int) -> None:
    """An imported 40 kg warm-up is not read as a work set of 40 kg."""
    repository.log_set(trainee, LoggedSet("back_squat", START, 40, 8, warm_up=True))
    repository.log_set(trainee, LoggedSet("back_squat", START.replace(minute=5), 100, 8, 2))
    model = history_model(repository, trainee)
    model.set_filter(ALL_OF_2026)
    assert [model.data(model.index(row, 1)) for row in range(2)] == ["Back squat (deep)",
                                                                    "Back squat (deep) · warm-up"]


@pytest.mark.parametrize(("language", "shown"), [(Language.EN, ["Bodyweight", "Resistance band", "62.5"]),
                                                 (Language.DA, ["Kropsvægt", "Elastik", "62,5"]),
                                                 (Language.NB, ["Kroppsvekt", "Strikk", "62,5"])])
def test_a_set_without_load_names_what_carried_it_and_is_edited_as_0(repository: Repository, trainee: int,
                                                                     language: Language, shown: list[str]) -> None:
    """A clamshell done without load read "0" under Weight (kg), as if nothing had been lifted.
    Its editor holds the 0 to type over, and an edit of its reps keeps it without load."""
    clamshell = repository.log_set(trainee, LoggedSet("clamshell", START, 0, 20, 2))
    repository.log_set(trainee, LoggedSet("monster_walk", START.replace(minute=5), 0, 12))
    repository.log_set(trainee, LoggedSet("glute_bridge", START.replace(minute=10), 62.5, 12))
    model = HistoryModel(LiveWorkspace(Workspace(repository, trainee, language)))
    model.set_filter(ALL_OF_2026)
    assert [model.data(model.index(row, WEIGHT)) for row in (2, 1, 0)] == shown
    assert model.data(model.index(2, WEIGHT), Qt.ItemDataRole.EditRole) == "0"
    assert model.setData(model.index(2, 3), "22")
    assert (repository.logged_set(clamshell).weight_kg, repository.logged_set(clamshell).reps) == (0, 22)
    assert model.data(model.index(2, WEIGHT)) == shown[0]


@pytest.mark.parametrize("leaving", [Qt.Key.Key_Return, Qt.Key.Key_Tab], ids=["enter", "tab"])
def test_a_day_the_month_has_not_is_not_saved_in_a_date_cell(qtbot: QtBot, repository: Repository, trainee: int,
                                                            leaving: Qt.Key) -> None:
    """"31" typed over 07.04.2026 saved 30.04 without a word: the cell keeps its moment and says why.
    Tab went past SectionTyping (the delegate's filter, installed after it, saved first)."""
    logged = LoggedSet("back_squat", datetime(2026, 4, 7, 18), 60, 8, 2)
    set_id = repository.log_set(trainee, logged)
    history = shown_page(qtbot, history_model(repository, trainee))
    history.table.edit(history.model.index(0, DATE))
    editor = history.table.findChild(QDateTimeEdit)
    qtbot.keyClick(editor, Qt.Key.Key_Home)
    qtbot.keyClicks(editor, "31")
    qtbot.keyClick(editor, leaving)
    assert repository.logged_set(set_id) == logged and said(history) == "There is no 31 April."


def test_ctrl_end_and_end_reach_the_oldest_set_at_once_and_ctrl_home_the_newest(
        qtbot: QtBot, repository: Repository, trainee: int) -> None:
    """Ctrl+End stopped at the end of the pages loaded: 7 presses to the first set of 3 years."""
    log_hourly(repository.store, trainee, 5 * PAGE + 300)
    history = shown_page(qtbot, history_model(repository, trainee))
    table, model = history.table, history.model
    for keys in (Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.NoModifier):
        model.reload()
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                         pos=table.visualRect(model.index(2, WEIGHT)).center())
        qtbot.keyClick(table, Qt.Key.Key_End, keys)
        assert model.rowCount() == 5 * PAGE + 300 and not model.canFetchMore(QModelIndex())
        assert (table.currentIndex().row(), table.currentIndex().column()) == (5 * PAGE + 299, WEIGHT)
        assert model.row(table.currentIndex().row())[1] == START
        assert table.viewport().rect().contains(table.visualRect(table.currentIndex()))
        qtbot.keyClick(table, Qt.Key.Key_Home, keys)
        assert (table.currentIndex().row(), table.currentIndex().column()) == (0, WEIGHT)


def test_the_scroll_bar_dragged_to_the_bottom_shows_the_oldest_set(qtbot: QtBot, repository: Repository,
                                                                   trainee: int) -> None:
    log_hourly(repository.store, trainee, 5 * PAGE + 300)
    history = shown_page(qtbot, history_model(repository, trainee))
    table, model, bar = history.table, history.model, history.table.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.isVisible() and bar.maximum() > 0)
    handle = bar.style().subControlRect(QStyle.ComplexControl.CC_ScrollBar, scroll_bar_option(bar),
                                        QStyle.SubControl.SC_ScrollBarSlider, bar)
    bottom = QPoint(handle.center().x(), bar.height() - 1)
    qtbot.mousePress(bar, Qt.MouseButton.LeftButton, pos=handle.center())
    QApplication.sendEvent(bar, QMouseEvent(QEvent.Type.MouseMove, QPointF(bottom), QPointF(bar.mapToGlobal(bottom)),
                                            Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton,
                                            Qt.KeyboardModifier.NoModifier))
    qtbot.mouseRelease(bar, Qt.MouseButton.LeftButton, pos=bottom)
    assert model.rowCount() == 5 * PAGE + 300 and bar.value() == bar.maximum()
    assert model.row(table.rowAt(table.viewport().height() - 2))[1] == START


def scroll_bar_option(bar: QScrollBar) -> QStyleOptionSlider:
    option = QStyleOptionSlider()
    bar.initStyleOption(option)
    return option


def click_heading(qtbot: QtBot, history: HistoryPage, column: int) -> None:
    header = history.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(column) + 5, header.height() // 2))


def log_tied(store: Store, trainee_id: int) -> None:
    """Hip thrusts and squats, four loads and three rep counts over 40 days: equal loads on many dates."""
    with store.transaction() as session:
        session.execute(insert(LoggedSetRow), [
            {"trainee_id": trainee_id, "exercise_id": ("barbell_hip_thrust", "back_squat")[n % 2],
             "performed_at": START + timedelta(days=n % 40, minutes=n % 3), "weight_kg": (60, 100, 100, 120)[n % 4],
             "reps": (8, 5, 12)[n % 3], "rir": 2, "note": "", "import_key": new_identity()} for n in range(2500)])


def test_a_click_on_date_weight_or_reps_lists_the_sets_by_it_a_second_reverses_and_the_filter_stays(
        qtbot: QtBot, repository: Repository, trainee: int) -> None:
    """A header click did nothing: "my heaviest hip thrusts" or "the sets with the most reps" could not be
    found among years of sets."""
    log_tied(repository.store, trainee)
    history = shown_page(qtbot, history_model(repository, trainee))
    model, table, header = history.model, history.table, history.table.horizontalHeader()
    history.exercise.setCurrentIndex(history.exercise.findData("barbell_hip_thrust"))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(model.index(2, 3)).center())

    def listed(key: Callable[[HistoryRow], tuple[object, ...]], descending: bool) -> None:
        model.fetch_all()
        rows = [model.row(n) for n in range(model.rowCount())]
        assert len(rows) == 1250 and {row[2] for row in rows} == {"barbell_hip_thrust"}  # the filter stays
        assert rows == sorted(rows, key=lambda row: (*key(row), row[1], row[0]), reverse=descending)

    descending, ascending = Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder
    for column, order, key in ((WEIGHT, descending, lambda row: (row[3],)), (WEIGHT, ascending, lambda row: (row[3],)),
                               (REPS, descending, lambda row: (row[4],)), (EXERCISE, descending, lambda row: (row[4],)),
                               (NOTE, descending, lambda row: (row[4],)), (DATE, descending, lambda row: ()),
                               (DATE, ascending, lambda row: ())):
        click_heading(qtbot, history, column)
        sorted_by = REPS if column in (EXERCISE, NOTE) else column  # nothing sorts by the exercise or the note
        assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (sorted_by, order)
        listed(key, order == descending)
        assert table.selectedIndexes() == []  # a click on a heading chooses no column
    assert model.row(0)[1] == START  # the oldest hip thrust
    click_heading(qtbot, history, WEIGHT)
    history.since.setDate(QDate(2026, 1, 20))  # a new filter keeps the order
    assert model.filters.order == HistoryOrder(SortColumn.WEIGHT, descending=True)
    assert [model.row(n)[3] for n in (0, model.rowCount() - 1)] == [100, 60]
    tips = {column: model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
            for column in (DATE, WEIGHT, REPS, RIR)}
    assert tips[DATE] == tips[WEIGHT] == tips[REPS] != tips[RIR] and "weight or reps" in tips[RIR]


def test_the_model_keeps_qt_s_rules_while_it_fetches_sorted_by_weight(
        qtbot: QtBot, qtmodeltester: ModelTester, repository: Repository, trainee: int) -> None:
    """Sorted by weight, through every page, a deletion, an edit that moves its row and other units."""
    log_tied(repository.store, trainee)
    model = history_model(repository, trainee)
    history = shown_page(qtbot, model)
    click_heading(qtbot, history, WEIGHT)
    assert model.rowCount() == PAGE and model.row(0)[3] == 120
    qtmodeltester.check(model, force_py=True)  # from here on every signal is checked
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 2500
    model.delete(5)
    assert model.setData(model.index(7, WEIGHT), "55")  # the lightest now: it goes to the end
    assert model.rowCount() == 2499 and model.row(2498)[3] == 55
    model.units = Units.LB
    assert model.rowCount() == 2499


def test_the_filter_is_kept_per_trainee_and_database_until_it_is_reset(
        qtbot: QtBot, repository: Repository, trainee: int) -> None:
    """The From date went back to a year ago on every start."""
    other = repository.add_trainee(Trainee("Bo"))
    live = LiveWorkspace(Workspace(repository, trainee, Language.EN))
    history = on_screen(qtbot, HistoryPage(HistoryModel(live)), 900, 500)
    a_year_ago = QDate(clock.today()).addYears(-1)
    assert history.since.date() == a_year_ago and not history.reset.isEnabled()
    history.since.setFocus()
    history.since.setCurrentSection(QDateTimeEdit.Section.YearSection)
    qtbot.keyClick(history.since, Qt.Key.Key_Down)
    qtbot.keyClick(history.since, Qt.Key.Key_Down)
    history.exercise.setFocus()
    qtbot.keyClicks(history.exercise, "Clamshell")
    chosen = (a_year_ago.addYears(-2), "clamshell")
    assert (history.since.date(), history.exercise.currentData()) == chosen
    assert history.model.filters == HistoryFilter("clamshell", chosen[0].toPython(), history.until.date().toPython())
    live.change_trainee(lambda workspace: switch_to(workspace, other))  # Bo has his own
    assert (history.since.date(), history.exercise.currentData()) == (a_year_ago, None)
    assert history.model.filters.since == a_year_ago.toPython()
    live.change_trainee(lambda workspace: switch_to(workspace, trainee))
    assert (history.since.date(), history.exercise.currentData()) == chosen
    history.close()
    again = on_screen(qtbot, HistoryPage(HistoryModel(LiveWorkspace(Workspace(repository, trainee, Language.EN)))),
                      900, 500)  # the next start
    assert (again.since.date(), again.exercise.currentData()) == chosen and again.reset.isEnabled()
    qtbot.mouseClick(again.reset, Qt.MouseButton.LeftButton)
    assert (again.since.date(), again.exercise.currentData()) == (a_year_ago, None)
    assert again.model.filters == HistoryFilter(None, a_year_ago.toPython(), again.until.date().toPython())
    assert not again.reset.isEnabled()
    last = on_screen(qtbot, HistoryPage(HistoryModel(LiveWorkspace(Workspace(repository, trainee, Language.EN)))),
                     900, 500)
    assert (last.since.date(), last.exercise.currentData()) == (a_year_ago, None)


def test_the_filter_ends_today_or_on_the_day_of_a_set_logged_ahead(qtbot: QtBot, repository: Repository,
                                                                   trainee: int) -> None:
    """The end went a year ahead, where a lifter looks for today; a set logged ahead of today (the Log takes a
    future day's) brings it to that day, so the set is seen, unless an end was chosen."""
    live = LiveWorkspace(Workspace(repository, trainee, Language.EN))
    history = on_screen(qtbot, HistoryPage(HistoryModel(live)), 900, 500)
    today = QDate(clock.today())
    assert history.until.date() == today and not history.reset.isEnabled()
    ahead = today.addDays(3)
    live.run(LogSet(LoggedSet("clamshell", datetime.combine(ahead.toPython(), time(18)), 0, 15), "Log set"))
    assert history.until.date() == ahead and history.model.rowCount() == 1 and not history.reset.isEnabled()
    history.until.setDate(today)  # chosen: kept as it is
    live.run(LogSet(LoggedSet("clamshell", datetime.combine(ahead.toPython(), time(19)), 0, 15), "Log set"))
    assert history.until.date() == today and history.model.rowCount() == 0 and history.reset.isEnabled()


def action(menu: QMenu, text: str) -> QAction:
    return next(item for item in menu.actions() if item.text() == text)


def choose_in_menu(text: str, meanwhile: Callable[[], object] = lambda: None) -> None:
    """Choose ``text`` in the menu about to open (its exec waits for a choice), as a click on it does, after
    ``meanwhile`` has happened while it was open."""
    def choose() -> None:
        popup = QApplication.activePopupWidget()
        if not isinstance(popup, QMenu):
            QTimer.singleShot(10, choose)
            return
        meanwhile()
        chosen = action(popup, text)
        popup.close()
        chosen.trigger()
    QTimer.singleShot(0, choose)


def page_in_window(qtbot: QtBot, model: HistoryModel) -> tuple[QMainWindow, HistoryPage]:
    """The page shown in a main window, whose status bar says what a deletion deleted."""
    window = QMainWindow()
    history = HistoryPage(model)
    window.setCentralWidget(history)
    on_screen(qtbot, window, 900, 500)
    history.since.setDate(QDate(2026, 1, 1))
    return window, history


def test_a_set_is_deleted_with_the_mouse_said_in_the_status_bar_and_undone(qtbot: QtBot, repository: Repository,
                                                                         trainee: int) -> None:
    """H145's walk: a right click in the History showed no menu and no button deleted a set; only the Delete key did,
    at once and without a word. The menu (a real right click) and the Delete button delete the set chosen, the key
    still does; each says which set went and that Edit > Undo brings it back, and Ctrl+Z does."""
    log_hourly(repository.store, trainee, 4)  # a clamshell (one-sided) and a squat, in turn
    model = history_model(repository, trainee)
    window, history = page_in_window(qtbot, model)
    table, stack = history.table, log_stack(model)
    cell = table.visualRect(model.index(0, WEIGHT)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.RightButton, pos=cell)
    choose_in_menu("&Delete set")
    QApplication.sendEvent(table.viewport(), QContextMenuEvent(QContextMenuEvent.Reason.Mouse, cell,
                                                               table.viewport().mapToGlobal(cell)))  # as a window's
    assert model.rowCount() == 3
    assert window.statusBar().currentMessage() == (
        "Deleted Back squat (deep): 63 kg × 8 · RIR 2 (05/01/2026 21:00). Edit > Undo (Ctrl+Z) brings it back.")
    stack.undo()
    assert model.rowCount() == 4 and model.row(0)[3] == 63
    table.clearSelection()
    assert not history.delete_button.isEnabled()  # no set chosen
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(model.index(1, NOTE)).center())
    assert history.delete_button.isEnabled()
    qtbot.mouseClick(history.delete_button, Qt.MouseButton.LeftButton)
    assert [model.row(n)[1].hour for n in range(3)] == [21, 19, 18] and not history.delete_button.isEnabled()
    assert window.statusBar().currentMessage().startswith(
        "Deleted Clamshell: 62 kg × 8 · RIR 2 · each side (05/01/2026 20:00).")
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Delete)  # the key deletes the current set, and says so too
    assert model.rowCount() == 2 and window.statusBar().currentMessage().startswith("Deleted ")


def test_the_menu_acts_on_its_set_when_another_windows_set_came_in_above_it_meanwhile(
        qtbot: QtBot, repository: Repository, trainee: int) -> None:
    """The menu runs its own event loop: a set logged in another window, caught up with while it was open, moves
    the rows down, and Delete deleted the new set, which had taken the row the menu was opened on (failed before).
    Delete, Copy set and Edit act on the set the pointer was on, wherever it is now."""
    log_hourly(repository.store, trainee, 2, exercise="back_squat")
    model = history_model(repository, trainee)
    window, history = page_in_window(qtbot, model)
    table, aimed = history.table, model.row(0)

    def logged_elsewhere() -> None:
        with repository.store.transaction() as session:  # the newest, above the set aimed at
            session.execute(insert(LoggedSetRow), {
                "trainee_id": trainee, "exercise_id": "barbell_hip_thrust", "performed_at": START + timedelta(hours=5),
                "weight_kg": 100, "reps": 8, "rir": 2, "note": "", "import_key": new_identity()})
        model.refresh()  # the catch-up with the other window's change

    menu = table.context_menu(model.index(0, REPS))
    assert menu is not None and aimed is not None
    logged_elsewhere()
    assert model.row(1) == aimed
    action(menu, "&Copy set").trigger()
    assert QApplication.clipboard().text() == "05/01/2026 19:00 Back squat (deep): 60 kg × 8 · RIR 2"
    action(menu, "&Edit").trigger()
    editor = table.indexWidget(model.index(1, REPS))
    assert table.state() is table.State.EditingState and editor is not None
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    choose_in_menu("&Delete set", logged_elsewhere)
    cell = table.visualRect(model.index(1, REPS)).center()
    QApplication.sendEvent(table.viewport(), QContextMenuEvent(QContextMenuEvent.Reason.Mouse, cell,
                                                               table.viewport().mapToGlobal(cell)))
    assert model.rowCount() == 3 and aimed[0] not in model.set_ids()  # the two hip thrusts kept, above it
    assert window.statusBar().currentMessage().startswith("Deleted Back squat (deep): 60 kg × 8 · RIR 2 (05/01/2026 "
                                                          "19:00).")


def test_the_menu_edits_the_cell_and_copies_the_set(qtbot: QtBot, repository: Repository, trainee: int) -> None:
    log_hourly(repository.store, trainee, 1, exercise="back_squat")
    model = history_model(repository, trainee)
    history = shown_page(qtbot, model)
    menu = history.table.context_menu(model.index(0, REPS))
    assert menu is not None and history.table.context_menu(QModelIndex()) is None
    assert [a.text() for a in menu.actions() if not a.isSeparator()] == ["&Edit", "&Copy set", "&Delete set"]
    action(menu, "&Copy set").trigger()
    assert QApplication.clipboard().text() == "05/01/2026 18:00 Back squat (deep): 60 kg × 8 · RIR 2"
    action(menu, "&Edit").trigger()
    assert history.table.state() is history.table.State.EditingState and history.table.currentIndex().column() == REPS
    assert not action(history.table.context_menu(model.index(0, EXERCISE)), "&Edit").isEnabled()


def test_a_days_note_is_shown_under_its_first_set_and_in_each_sets_tooltip(
        qtbot: QtBot, repository: Repository, trainee: int, catalog: Catalog) -> None:
    """A Norwegian physiotherapist's note on the day ("knee sore, went less deep") was saved with the Log but shown
    nowhere else. The History shows it under the first of the day's sets in the table's order, in the note's
    tooltip of every set of that day, and again when it is changed."""
    log_hourly(repository.store, trainee, 30)  # 18:00 on 5 January to 23:00 on the 6th
    repository.set_session_note(trainee, START.date(), "", "Knee sore: less deep")
    model = history_model(repository, trainee)
    shown_page(qtbot, model)
    notes = [model.data(model.index(number, NOTE)) for number in range(model.rowCount())]
    day = [number for number in range(model.rowCount()) if model.row(number)[1].date() == START.date()]
    assert notes[day[0]] == "Note on the day: Knee sore: less deep"  # the newest of the day, the table's first
    assert [number for number, note in enumerate(notes) if note] == [day[0]]
    assert all("Knee sore: less deep" in model.data(model.index(number, NOTE), Qt.ItemDataRole.ToolTipRole)
               for number in day)
    assert model.data(model.index(0, NOTE), Qt.ItemDataRole.ToolTipRole) is None  # the 6th has no note
    assert model.data(model.index(day[0], NOTE), Qt.ItemDataRole.EditRole) == ""  # the set's own note is edited
    repository.set_session_note(trainee, START.date(), "Knee sore: less deep", "Knee fine")
    model.refresh()
    assert model.data(model.index(day[0], NOTE)) == "Note on the day: Knee fine"
