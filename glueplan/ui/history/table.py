"""Every logged set, newest first or by the date, weight or reps a heading is clicked for, a page of
ids at a time (years of sets scroll in a blink), filterable by exercise and dates, editable and
deletable (undoable)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from functools import partial
from typing import NamedTuple, Protocol

from msgspec.structs import replace
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QDate,
    QDateTime,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence, QMouseEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSlider,
    QApplication,
    QDateEdit,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from glueplan.app import clock
from glueplan.app.changes import ChangeSet
from glueplan.app.log_edits import DeleteSet, EditSet
from glueplan.domain.catalog import Catalog
from glueplan.domain.language import Language, decimal
from glueplan.domain.log import LoggedSet, Refusal, Side, read_entry
from glueplan.domain.trainee import Units
from glueplan.store.database import Store
from glueplan.store.errors import StoreError
from glueplan.store.history import HistoryFilter, HistoryIds, HistoryKey, HistoryOrder, HistoryRow, SortColumn
from glueplan.ui.history.kept_filter import KeptFilter, keep_filter, kept_filter
from glueplan.ui.history.rows import HistoryRows
from glueplan.ui.shared.date_time_fields import SectionTyping, with_calendar
from glueplan.ui.shared.exercise_chooser import ExerciseChooser
from glueplan.ui.shared.keyboard_focus import KEYBOARD, choose_current_on_keyboard_focus
from glueplan.ui.shared.live_workspace import LiveWorkspace
from glueplan.ui.shared.logged_text import load_text, set_text, short_text, side_text, wall_clock, weight_text
from glueplan.ui.shared.plain_text import filled, plain_tooltip
from glueplan.ui.shared.problem_label import ProblemLabel
from glueplan.ui.shared.refresh_when_shown import RefreshWhenShown
from glueplan.ui.shared.two_lines import TwoLines
from glueplan.ui.shared.undo_text import UndoText
from glueplan.ui.shared.window_undo import undo_keys

PAGE = 1000  # rows read at first, and the least read at once
LONGEST_PAGE = 50_000  # ids: about 30 ms of reading
Index = QModelIndex | QPersistentModelIndex
DATE, EXERCISE, WEIGHT, REPS, RIR, NOTE = range(6)
COLUMNS = 6
SORTS = {DATE: SortColumn.DATE, WEIGHT: SortColumn.WEIGHT, REPS: SortColumn.REPS}  # the columns a click sorts by
EXERCISE_CHARS = 20  # the least the exercise column narrows to, in average characters: two lines of a name
NOTE_CHARS = 18  # the note's share before the exercise's name is given all it could take: 960 px left it none
# Where two lines of the name and the note's share do not fit (683 px left the note none), the rows are three lines
# high and both narrow: three lines of 15 letters cut fewer names than two of 20 (11 of 60 in English, 16 in Danish
# and Norwegian, against 13 and 22), and three of 11 hold a short note ("Lars: dybt, / pause i / bunden").
EXERCISE_THREE_LINES_CHARS = 15
NOTE_THREE_LINES_CHARS = 11
_MOVES = frozenset({Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_PageUp,
                    Qt.Key.Key_PageDown, Qt.Key.Key_Home, Qt.Key.Key_End})


class ColumnWidths(NamedTuple):
    """The columns' widths with all they show on one line, and the least the narrowed ones take."""

    moment: int  # the date and time
    day_alone: int  # the date with the time under it
    exercise: int
    reps: int  # under the whole heading
    reps_short: int  # under the abbreviated one
    reps_bare: int  # under the abbreviated one without room for the sort arrow: cut short when the arrow is on it
    weight: int  # with room for the sort arrow beside the heading
    weight_bare: int  # without
    weight_words: int  # with a load in words on as many lines as it has ("Resistance / band"), and the arrow
    weight_words_bare: int  # without


class HistorySource(Protocol):
    """Where the table reads the trainee's history (the ``Workspace``)."""

    def history_page(self, filters: HistoryFilter, after: HistoryKey | None, limit: int) -> HistoryIds:
        """The ids of up to ``limit`` sets after ``after``, in the filter's order."""

    def history_rows(self, ids: Sequence[int]) -> dict[int, HistoryRow]:
        """The sets of these ids still in the log, by id."""


class HistoryModel(QAbstractTableModel):
    """Reads nothing until it is given a filter (the page does that when first shown), then a
    page of ids at a time as the view scrolls (``fetchMore``), each page after the last row's
    key, and the sets of the rows on screen by id (``HistoryRows``). Edits are the workspace's
    log commands. Emits ``refused`` with the reason when an edit cannot be saved (an empty text
    once one went through), and ``unanswered`` with the reason when a read of its own (a heading's sort, the next
    page, the rows shown) is not answered (an empty text once one is)."""

    refused = Signal(str)
    unanswered = Signal(str)

    def __init__(self, live: LiveWorkspace, source: HistorySource | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.live = live
        self.source: HistorySource = source or live.workspace
        self.filters: HistoryFilter | None = None
        self.order = HistoryOrder()  # kept when the filter changes
        self._rows = HistoryRows(self._read_rows)
        self._more = False
        self._headers: list[str] = []
        self._short_reps = False
        self.units = live.trainee.units

    @property
    def catalog(self) -> Catalog:
        return self.live.catalog

    @property
    def language(self) -> Language:
        return self.live.language

    @property
    def units(self) -> Units:
        return self._units

    @units.setter
    def units(self, units: Units) -> None:
        """Kg or lb: the weight column's heading says which (headings are written once, here:
        views ask for them thousands of times)."""
        self._units = units
        self._headers = [self.tr("Date"), self.tr("Exercise"), self.tr("Weight (%1)").replace("%1", units.value),
                         self._reps_heading(), "RIR", self.tr("Note")]
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, WEIGHT, WEIGHT)

    def abbreviate_reps(self, short: bool) -> None:
        """The reps column's heading abbreviated ("Gent.", "Rep.") in a narrow table, else whole
        ("Gentagelser", "Repetisjoner"): the word is long beside the column's numbers."""
        if short != self._short_reps:
            self._short_reps = short
            self._headers[REPS] = self._reps_heading()
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, REPS, REPS)

    def _reps_heading(self) -> str:
        return self.tr("Reps", "abbreviated: a narrow table's heading") if self._short_reps else self.tr("Reps")

    def set_filter(self, filters: HistoryFilter) -> None:
        """The filter's first page, the filter kept only once it is read: the rows shown stay those of the filter."""
        page = self.source.history_page(filters, None, PAGE)
        self.filters = filters
        self._reset(page, PAGE)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The sets by the column's value (the heaviest or most reps first, descending), of one value
        the newest first; a column nothing sorts by (the exercise, the note) leaves the order as it is."""
        by = SORTS.get(column)
        if by is None:
            return
        chosen, filters = HistoryOrder(by, order == Qt.SortOrder.DescendingOrder), self.filters
        if filters is not None and not self._answered(partial(self.set_filter, replace(filters, order=chosen))):
            return  # the sets stay in the order they are listed in, as the heading's arrow does (_keep_arrow)
        self.order = chosen

    def sort_column(self) -> tuple[int, Qt.SortOrder]:
        """The column the sets are listed by and which way, for the heading's arrow."""
        column = next(column for column, by in SORTS.items() if by is self.order.by)
        return column, Qt.SortOrder.DescendingOrder if self.order.descending else Qt.SortOrder.AscendingOrder

    def reload(self) -> None:
        """From the first set again (a new filter or order, other units)."""
        if self.filters is not None:
            self.set_filter(self.filters)

    def clear(self) -> None:
        """No sets and no filter, nothing read: the sets shown were another trainee's, and theirs could not be read."""
        self.filters = None
        self._reset(None)

    def refresh(self) -> None:
        """The rows loaded so far, after an edit: an edited row changes in place and a deleted
        one leaves, so the table keeps its place and the chosen cell."""
        if self.filters is None:
            return
        count = max(PAGE, len(self._rows))
        page = self.source.history_page(self.filters, None, count)
        old, new = self._rows.ids(), page.ids
        kept = set(new)
        gone = [i for i, row_id in enumerate(old) if row_id not in kept]
        if old == new:
            self._rows = HistoryRows(self._read_rows, page)
            if new:
                self.dataChanged.emit(self.index(0, 0), self.index(len(new) - 1, COLUMNS - 1))
        elif len(gone) == 1 and [i for i in old if i in kept] == new[:len(old) - 1].tolist():
            self.beginRemoveRows(QModelIndex(), gone[0], gone[0])
            self._rows.remove(gone[0])
            self.endRemoveRows()
            self._more = len(new) == count
        else:
            self._reset(page, count)

    def _reset(self, page: HistoryIds | None, count: int = 0) -> None:
        self.beginResetModel()
        self._rows = HistoryRows(self._read_rows, page)
        self._more = page is not None and len(page.ids) == count
        self.endResetModel()

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index) -> None:
        """The next page, half as long as what is loaded: whoever keeps scrolling to the bottom is
        heading far back, and each page costs a query and a repaint besides its rows."""
        if not parent.isValid():
            self._answered(partial(self._fetch, min(LONGEST_PAGE, max(PAGE, len(self._rows) // 2))))

    def fetch_all(self) -> None:
        """Every row to the last set: Ctrl+End stopped at the end of what was loaded, and took 7
        presses from May 2026 back to December 2023 (10 years load in about 0.1 s). Up to a page not answered."""
        while self._more and self._answered(partial(self._fetch, LONGEST_PAGE)):
            pass

    def _fetch(self, count: int) -> None:
        if self.filters is None:
            return
        page = self.source.history_page(self.filters, self._rows.last, count)
        self._more = len(page.ids) == count
        if page.ids:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page.ids) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def _answered(self, read: Callable[[], None]) -> bool:
        """Whether ``read`` (from a Qt virtual, sort or fetchMore, or a slot: a StoreError raised there, PySide may
        not survive) was answered; if not, the reason is said (``unanswered``) and what is shown stays."""
        try:
            read()
        except StoreError as error:
            self.unanswered.emit(error.text(self.language))
            return False
        self.unanswered.emit("")
        return True

    def _read_rows(self, ids: Sequence[int]) -> dict[int, HistoryRow]:
        """The sets of these ids (``HistoryRows``' reader, asked from ``data``); none where the database did not
        answer (said): their cells are blank until the rows are read again (a change, the filter), rather than
        each paint waiting for the server again, cell by cell."""
        rows: dict[int, HistoryRow] = {}
        self._answered(lambda: rows.update(self.source.history_rows(ids)))
        return rows

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            if section in SORTS:
                return self.tr("Click to list the sets by this column; click again to reverse the order")
            return self.tr("Sets can be listed by date, weight or reps: click one of those headings")
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.InitialSortOrderRole:
            return Qt.SortOrder.DescendingOrder.value  # the newest, heaviest, most reps first at the first click
        return None

    def row(self, number: int) -> HistoryRow | None:
        """The set on row ``number``; None if it has left the log since the row was loaded."""
        return self._rows.row(number)

    def set_id(self, number: int) -> int:
        """The id of the set on row ``number`` (known even when the set has left the log)."""
        return self._rows.id(number)

    def set_ids(self) -> Sequence[int]:
        """The ids of the rows loaded, in the table's order: whether a set is still in the table."""
        return self._rows.ids()

    def number_of(self, set_id: int) -> int | None:
        """The row the set is on now (another window's sets caught up with move the rows); None if it left the table."""
        try:
            return self._rows.ids().index(set_id)
        except ValueError:
            return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """A name's or a note's whole text as its tooltip too: on half a laptop's screen three lines cut a long one.
        The note of a set's day (the Log's "Note on the day") is shown with the notes, under the first of the
        day's sets in the table's order, and in the tooltip of each."""
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (EXERCISE, NOTE):
            text = self.data(index) if index.column() == EXERCISE else self._notes(index.row(), every_set=True)
            return plain_tooltip(text) if text else None
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        row = self._rows.row(index.row())
        if row is not None and index.column() == DATE and role == Qt.ItemDataRole.EditRole:
            return wall_clock(row[1])  # the editor's value: a date and a time
        if index.column() == NOTE and role == Qt.ItemDataRole.DisplayRole:
            return self._notes(index.row())
        return None if row is None else self._text(row, index.column(), role == Qt.ItemDataRole.DisplayRole)

    def _notes(self, number: int, every_set: bool = False) -> str | None:
        """The set's note, and its day's on a line of its own under the first of the day's sets (``every_set``:
        under any): a note written for the day, kept with the Log, was nowhere else to be seen."""
        row = self._rows.row(number)
        if row is None:
            return None
        note, day_note = row[6], row[9]
        above = self._rows.row(number - 1) if number > 0 else None
        if not day_note or not (every_set or above is None or above[1].date() != row[1].date()):
            return note
        return "\n".join(filter(None, [note, self.tr("Note on the day: %1").replace("%1", day_note)]))

    def _text(self, row: HistoryRow, column: int, shown: bool = False) -> str:
        """A cell's text as an editor takes it, or ``shown`` as it reads (a set without load names
        what carried it, its editor holds the 0 to type over)."""
        _id, performed_at, exercise_id, weight_kg, reps, rir, note, side, warm_up, _day_note = row
        if column == DATE:
            return short_text(performed_at, self.language)
        if column == EXERCISE:  # a warm-up (an imported one, say) is told from a work set of its load
            exercise = self.catalog.exercise(exercise_id)
            marks = [side_text(Side(side), exercise.laterality), self.tr("warm-up") if warm_up else ""]
            return " · ".join([exercise.name[self.language], *filter(None, marks)])
        if column == WEIGHT and shown:
            return load_text(weight_kg, self.catalog.exercise(exercise_id), self.units, self.language, unit=False)
        if column == WEIGHT:
            return weight_text(weight_kg, self.units, self.language)
        if column == REPS:
            return str(reps)
        if column == RIR:
            return "" if rir is None else str(rir)
        return note

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.isValid() and index.column() != EXERCISE else flags

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """An edit is checked like a new set and changes only its own field (a weight shown
        rounded keeps its exact value when the reps change); a refused one says why."""
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        set_id, column = self._rows.id(index.row()), index.column()
        logged = self._stored_set(set_id)
        row = self._rows.row(index.row())
        if logged is None or row is None:
            return False
        if column == NOTE:
            changed = replace(logged, note=str(value).strip())
        elif column == DATE:
            assert isinstance(value, QDateTime)
            if wall_clock(logged.performed_at) == value:  # the editor left as it was: keep the microseconds
                return True
            changed = replace(logged, performed_at=datetime.combine(value.date().toPython(), value.time().toPython()))
        else:
            texts = {field: self._text(row, field) for field in (WEIGHT, REPS, RIR)} | {column: str(value)}
            result = read_entry(texts[WEIGHT], texts[REPS], texts[RIR], self.units, self.language)
            if isinstance(result, Refusal):
                self.refused.emit(result.text)
                return False
            weight, reps, rir = result
            changed = {WEIGHT: replace(logged, weight_kg=weight), REPS: replace(logged, reps=reps),
                       RIR: replace(logged, rir=rir)}[column]
        error = self.live.run(EditSet(set_id, logged, changed, UndoText(lambda: self.tr("Edit set"))))
        self._say(error)
        return error is None

    def delete(self, number: int) -> bool:
        """Delete the set on row ``number`` (undoable); whether it went (a refusal is said)."""
        set_id = self._rows.id(number)
        logged = self._stored_set(set_id)
        if logged is None:
            return False
        error = self.live.run(DeleteSet(set_id, logged, UndoText(lambda: self.tr("Delete set"))))
        self._say(error)
        return error is None

    def named(self, number: int) -> tuple[str, str] | None:
        """The set on row ``number`` as the Log names it, and when it was done; None if it has left the log."""
        row = self._rows.row(number)
        if row is None:
            return None
        _id, performed_at, exercise_id, weight_kg, reps, rir, note, side, _warm_up, _day_note = row
        exercise = self.catalog.exercise(exercise_id)
        load = load_text(weight_kg, exercise, self.units, self.language)
        return (set_text(exercise, load, reps, rir, Side(side), note, self.language),
                short_text(performed_at, self.language))

    def _stored_set(self, set_id: int) -> LoggedSet | None:
        """The set as stored now (an edit changes only its own field); None, said, if it is gone."""
        try:
            return self.live.workspace.repository.logged_set(set_id)
        except StoreError as error:
            self._say(error)
            return None

    def _say(self, error: StoreError | None) -> None:
        """Why the last change was refused, or nothing once one went through."""
        self.refused.emit("" if error is None else error.text(self.language))


class MomentDelegate(QStyledItemDelegate):
    """The date column's editor: the day from a calendar and the time typed, as the language writes them."""

    def __init__(self, language: Language, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        return with_calendar(QDateTimeEdit(parent), self._language)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        """The date typed settled first: Tab or a click away saved 30.04 for a 31 typed over April."""
        typing = editor.findChild(SectionTyping)
        if typing is not None:
            typing.settle()
        super().setModelData(editor, model, index)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: Index) -> None:
        """As wide as the editor needs (its calendar button beside the date and time), over the
        next cell if the column is narrower: the column is as wide as the text it shows."""
        cell = option.rect  # type: ignore[attr-defined]
        editor.setGeometry(cell.x(), cell.y(), max(cell.width(), editor.sizeHint().width()), cell.height())


class HistoryView(QTableView):
    """The log's sets; Delete asks for the current one to be deleted (``delete_requested``, with its row), as the
    context menu does. Tab goes on to the next control: through every cell of a whole log (Qt's default) a keyboard
    user never got out; the arrows move between cells, and Tab in a cell being edited still saves it and edits the
    next."""

    delete_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabKeyNavigation(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)
        self._aimless = False  # the chosen set went: keys act on no set until a click, a move or Tab chooses one
        bar = self.verticalScrollBar()
        bar.valueChanged.connect(self._dragged)
        bar.actionTriggered.connect(self._bar_action)

    def _dragged(self, value: int) -> None:
        """The scroll bar dragged to the bottom shows the last set, not one page further back."""
        bar = self.verticalScrollBar()
        if bar.isSliderDown() and value == bar.maximum():
            self._load_all()

    def _bar_action(self, action: int) -> None:
        """The scroll bar's Bottom (its menu, Ctrl+End on it) as its drag to the bottom."""
        if action == QAbstractSlider.SliderAction.SliderToMaximum.value:
            self._load_all()

    def _load_all(self) -> None:
        model = self.model()
        if isinstance(model, HistoryModel) and model.canFetchMore(QModelIndex()):
            model.fetch_all()
            self.scrollToBottom()

    def moveCursor(self, cursorAction: QAbstractItemView.CursorAction,
                   modifiers: Qt.KeyboardModifier) -> QModelIndex:
        """Home and End, with Ctrl or without, go to the first and the last set (loaded to the end
        first), in the same column: a list of sets, not a sheet whose rows end in a note."""
        model = self.model()
        column = max(0, self.currentIndex().column())
        if cursorAction == QAbstractItemView.CursorAction.MoveHome:
            return model.index(0, column)
        if cursorAction == QAbstractItemView.CursorAction.MoveEnd:
            if isinstance(model, HistoryModel):
                model.fetch_all()
            return model.index(model.rowCount() - 1, column)
        return super().moveCursor(cursorAction, modifiers)

    def lose_aim(self) -> None:
        """No set chosen, and none taken at a key: Qt moves the current cell to the next set (or, with none,
        makes the first one current as the table gets the keyboard back), and the digits and Enter typed on
        for the set that went were saved into that one (60 kg became 72). A click, a move or Tab chooses again."""
        self.selectionModel().clear()
        self._aimless = True

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Tabbed into, the table chooses its current set: the one Delete would delete showed nowhere."""
        super().focusInEvent(event)
        choose_current_on_keyboard_focus(self, event)
        if event.reason() in KEYBOARD:
            self._aimless = False
        elif self._aimless:  # Qt makes the first set current as the window gets the keyboard back
            self.selectionModel().clearCurrentIndex()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._aimless = False
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._aimless and event.key() not in _MOVES:
            return
        self._aimless = False
        if event.key() == Qt.Key.Key_Delete and self.currentIndex().isValid():
            self.delete_requested.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)

    def chosen_row(self) -> int | None:
        """The row of the set chosen (current and selected, not gone: lose_aim), which the Delete button deletes."""
        index = self.currentIndex()
        chosen = index.isValid() and not self._aimless and self.selectionModel().isSelected(index)
        return index.row() if chosen else None

    def _context_menu(self, point: QPoint) -> None:
        menu = self.context_menu(self.indexAt(point))
        if menu is not None:
            menu.exec(self.viewport().mapToGlobal(point))
            menu.deleteLater()  # a new one each time: the set's

    def context_menu(self, index: QModelIndex) -> QMenu | None:
        """What can be done with the set under the pointer (chosen first), for a mouse: without the menu a set could
        be deleted only with the Delete key. The keys that do it without the menu are shown beside."""
        model = self.model()
        if not index.isValid() or not isinstance(model, HistoryModel) or model.named(index.row()) is None:
            return None
        self._aimless = False
        self.setCurrentIndex(index)
        set_id, column = model.set_id(index.row()), index.column()

        def on_the_set(act: Callable[[int], object]) -> Callable[[], None]:
            """``act`` on the set's row when chosen: the menu runs its own event loop, in which a catch-up with
            another window's set can move the rows, and the row the menu opened on then holds another set."""
            def chosen() -> None:
                row = model.number_of(set_id)
                if row is not None:
                    act(row)
            return chosen

        menu = QMenu(self)
        edit = menu.addAction(self.tr("&Edit"), on_the_set(lambda row: self.edit(model.index(row, column))))
        edit.setShortcut(QKeySequence(Qt.Key.Key_F2))
        edit.setEnabled(bool(model.flags(index) & Qt.ItemFlag.ItemIsEditable))
        menu.addAction(self.tr("&Copy set"), on_the_set(self._copy))
        menu.addSeparator()
        delete = menu.addAction(self.tr("&Delete set"), on_the_set(self.delete_requested.emit))
        delete.setShortcut(QKeySequence(Qt.Key.Key_Delete))
        return menu

    def _copy(self, row: int) -> None:
        """The set as the Log names it, after its date and time, for a message or a note."""
        model = self.model()
        named = model.named(row) if isinstance(model, HistoryModel) else None
        if named is not None:
            QApplication.clipboard().setText(f"{named[1]} {named[0]}")


class HistoryPage(QWidget):
    """Reads and sizes nothing until it is first shown (the window builds it at start-up, when
    the user has not asked for the history yet): then the model is given the filter and the
    columns their widths."""

    def __init__(self, model: HistoryModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.exercise = ExerciseChooser(model.catalog, model.language, self.tr("All exercises"))
        self.since, self.until = QDateEdit(), QDateEdit()
        self.reset = QPushButton(self.tr("Reset filter"))
        self.reset.setToolTip(self.tr("All exercises over the last year, as the tab shows at first"))
        self.reset.clicked.connect(lambda: self._read_or_say_why(partial(self._show_filter, KeptFilter())))
        self._shown_for: int | None = None  # the trainee whose filter the fields show
        self._unread = ""  # the reason said for a read the database did not answer
        self._defaults = _default_filter(None)  # the dates the fields were given where nothing was chosen
        self._set_fields(KeptFilter())
        for edit in (self.since, self.until):
            with_calendar(edit, model.language)
            edit.dateChanged.connect(self.apply_filter)
        self.exercise.currentIndexChanged.connect(self.apply_filter)
        self.table = HistoryView()
        header = self.table.horizontalHeader()
        header.setSortIndicator(*model.sort_column())
        self.table.setSortingEnabled(True)  # a heading's click sorts the model (and selects no column)
        header.sortIndicatorChanged.connect(self._keep_arrow)
        self.table.setItemDelegateForColumn(DATE, MomentDelegate(model.language, self.table))
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.delete_requested.connect(self.delete)
        self.problem = ProblemLabel()
        model.refused.connect(self._refused)
        model.unanswered.connect(self._say_unread)
        self.delete_button = QPushButton(self.tr("Delete set"))  # the way a mouse finds, besides the context menu
        self.delete_button.setToolTip(self.tr("Delete the chosen set (the Delete key does too); Edit > Undo brings it "
                                              "back"))
        self.delete_button.setEnabled(False)
        self.delete_button.clicked.connect(self._delete_chosen)
        for signal in (model.modelReset, model.rowsRemoved):
            signal.connect(self._show_chosen)
        # Said over the empty table, so that a new user (or an empty period) is not left guessing.
        self.empty = QLabel(self.tr("Nothing logged in this period. Sets logged on the Log tab, or a history "
                                    "imported with File > Import history…, are listed here."))
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        over_rows = QVBoxLayout(self.table.viewport())
        over_rows.addWidget(self.empty)
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
            signal.connect(self._say_if_empty)
        which, when = QHBoxLayout(), QHBoxLayout()
        which.addWidget(QLabel(self.tr("Exercise")))
        which.addWidget(self.exercise, 1)
        which.addWidget(self.reset)
        for widget in (QLabel(self.tr("From")), self.since, QLabel(self.tr("to")), self.until):
            when.addWidget(widget)
        when.addStretch(1)
        bar = TwoLines(which, when)  # the dates under the exercise on half a laptop's screen
        under = QHBoxLayout()
        under.addWidget(self.problem, 1)
        under.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(under)
        self.refresher = RefreshWhenShown(self, model.live, _shows, self.follow)
        self._widths: ColumnWidths | None = None
        self._two_lines = self.table.verticalHeader().defaultSectionSize()  # the style's row: two lines of text
        self.table.viewport().installEventFilter(self)  # its width, once laid out, fits the columns

    def follow(self, change: ChangeSet) -> None:
        """The log changed: rows in place; other units: headings and weights; own exercises: the chooser."""
        self._read_or_say_why(partial(self._follow, change))

    def _follow(self, change: ChangeSet) -> None:
        current = self.table.currentIndex()
        chosen = self.model.set_id(current.row()) if current.isValid() else None
        if change.catalog:
            self.exercise.set_catalog(self.model.catalog)
        units = change.trainee and self.model.units is not self.model.live.trainee.units
        if units:
            self.model.units = self.model.live.trainee.units
        if self.table.model() is not None and self._shown_for != self._trainee():  # or theirs not read yet
            self._show_filter(kept_filter(self._store(), self._trainee()))  # another trainee: their own filter
        elif units:
            self.model.reload()
        elif (change.log or change.catalog) and self.model.filters is not None and self._defaults_moved():
            self._show_filter(self._chosen())  # a set logged past the end the tab gave: the end moves on to it
        elif change.log or change.catalog:
            self.model.refresh()
        if change.whole_log and chosen is not None and chosen not in self.model.set_ids():
            self._chosen_gone(chosen)

    def _chosen_gone(self, set_id: int) -> None:
        """The chosen set (the one being edited, as a click into the other window closes and saves the edit)
        left the table by a change not made here, deleted in another window, or another trainee's log shown:
        no other set takes its place under the keys, and a deletion is said."""
        self.table.lose_aim()
        if not self.model.source.history_rows([set_id]):
            self.problem.setText(self.tr("The set you were editing was deleted elsewhere."))

    def _keep_arrow(self, column: int, order: Qt.SortOrder) -> None:
        """The arrow stays where the sets are sorted when a heading nothing sorts by is clicked."""
        if (column, order) != self.model.sort_column():
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(*self.model.sort_column())
            header.blockSignals(False)

    def _say_if_empty(self) -> None:
        """Nothing logged in the period, where it was read (with nothing read, the reason is said: _read_or_say_why)."""
        self.empty.setVisible(self.model.rowCount() == 0 and self.model.filters is not None)

    def _read_or_say_why(self, act: Callable[[], None]) -> None:
        """``act``, whose reads a database server away may not answer (a slot's, showEvent's: raised there, PySide
        may not survive it). Then the reason is said under the table, which keeps its sets and fields, unless they
        are another trainee's (a switch made), taken down so as not to be edited as theirs; said no more once a
        read goes through."""
        try:
            act()
        except StoreError as error:
            self._say_unread(error.text(self.model.language))
            if self._shown_for != self._trainee():
                self.model.clear()
            return
        self._say_unread("")

    def _say_unread(self, reason: str) -> None:
        """Why a read was not answered (the page's or the model's own: HistoryModel.unanswered), under the table;
        with none, the last reason said no more (another problem said since stays)."""
        if reason:
            self.problem.setText(reason)
        elif self._unread and self.problem.text() == self._unread:
            self.problem.clear()
        self._unread = reason

    def showEvent(self, event: QShowEvent) -> None:
        if self.table.model() is None:
            self.table.setModel(self.model)
            self.table.selectionModel().selectionChanged.connect(self._show_chosen)
            self.table.selectionModel().currentChanged.connect(self._show_chosen)
            self._size_columns()
            self._read_or_say_why(partial(self._show_filter, kept_filter(self._store(), self._trainee())))
        super().showEvent(event)

    def _show_chosen(self) -> None:
        """The Delete button is for the set chosen; with none, it cannot be pressed."""
        self.delete_button.setEnabled(self.table.chosen_row() is not None)

    def _delete_chosen(self) -> None:
        row = self.table.chosen_row()
        if row is not None:
            self.delete(row)

    def delete(self, row: int) -> None:
        """Delete the set on ``row`` (the Delete key, the context menu or the button) and say which it was and how it
        comes back: it went at once, without a word, from a long list where a slip of a row is easy."""
        named = self.model.named(row)
        if named is None or not self.model.delete(row):
            return
        said = filled(self.tr("Deleted %1 (%2). Edit > Undo (%3) brings it back."), *named, undo_keys())
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(said, 10_000)
        self._show_chosen()

    def _refused(self, reason: str) -> None:
        """Why an edit was refused, under the table and at the cell it was typed in: the cell
        shows its old value again, and the line under a tall table is out of sight of it."""
        self.problem.setText(reason)
        if reason:
            cell = self.table.visualRect(self.table.currentIndex())
            QToolTip.showText(self.table.viewport().mapToGlobal(cell.bottomLeft()), plain_tooltip(reason),
                              self.table.viewport(), cell)

    def apply_filter(self) -> None:
        """Shows the sets the fields choose, and keeps the choice for the trainee (for the next start too). While the
        fields still show the trainee before's choice (the switch's read was not answered), the trainee's own kept
        choice is read and shown instead: kept as theirs, the other's fields became their filter at the next start."""
        if self.table.model() is not None and self._shown_for != self._trainee():
            self._read_or_say_why(partial(self._show_filter, kept_filter(self._store(), self._trainee())))
        else:
            self._read_or_say_why(self._apply_filter)

    def _apply_filter(self) -> None:
        if self.table.model() is None:
            return
        self.model.set_filter(HistoryFilter(self.exercise.currentData(), self.since.date().toPython(),
                                            self.until.date().toPython(), self.model.order))
        chosen = self._chosen()
        keep_filter(self._store(), self._trainee(), chosen)
        self._shown_for = self._trainee()
        self.reset.setEnabled(chosen != KeptFilter())

    def _chosen(self) -> KeptFilter:
        """What the fields show, None for a date still at the default it was given (not the one a new day gives)."""
        since, until = self.since.date().toPython(), self.until.date().toPython()
        return KeptFilter(self.exercise.currentData(), None if since == self._defaults.since else since,
                          None if until == self._defaults.until else until)

    def _defaults_moved(self) -> bool:
        """Whether the defaults are other than the fields were given: a new day, or a set logged past the end."""
        return _default_filter(self.model.live.workspace.newest_logged_day()) != self._defaults

    def _show_filter(self, chosen: KeptFilter) -> None:
        self._defaults = _default_filter(self.model.live.workspace.newest_logged_day())
        self._set_fields(chosen)
        self._apply_filter()

    def _set_fields(self, chosen: KeptFilter) -> None:
        """The fields as chosen, the defaults where nothing is (an exercise deleted since: all), changed
        without a word: the table reads once, after all three."""
        default = self._defaults
        widgets = (self.exercise, self.since, self.until)
        for widget in widgets:
            widget.blockSignals(True)
        self.exercise.setCurrentIndex(max(0, self.exercise.findData(chosen.exercise_id)))
        self.since.setDate(chosen.since or default.since)
        self.until.setDate(chosen.until or default.until)
        for widget in widgets:
            widget.blockSignals(False)

    def _store(self) -> Store:
        return self.model.live.workspace.repository.store

    def _trainee(self) -> int:
        return self.model.live.workspace.trainee_id

    def _size_columns(self) -> None:
        """Wide enough for the heading and for what the column holds, whatever rows are loaded
        (the table may first be shown empty): a long date, the longest exercise name (up to a
        limit), a heavy weight or what carried a set without one; the note takes the rest."""
        model = self.model
        samples = {DATE: [short_text(datetime(2026, 12, 31, 23, 59), model.language)],
                   EXERCISE: [exercise.name[model.language] for exercise in model.catalog.exercises.values()],
                   WEIGHT: [decimal(999.75, model.language, 2),
                            *{load_text(0.0, exercise, model.units, model.language)
                              for exercise in model.catalog.exercises.values()}],
                   REPS: ["100"], RIR: ["10"]}
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        margin = 4 * (self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.table) + 1)
        widest = metrics.horizontalAdvance("M") * 24

        # Room for the sort arrow only in the headings a click sorts by: in the RIR's too, it pushed the RIR
        # out of sight on half a laptop's screen. The reps' under its abbreviated heading, the one it narrows under.
        model.abbreviate_reps(True)
        header.setSortIndicatorShown(False)
        bare = {column: header.sectionSizeHint(column) for column in samples}
        header.setSortIndicatorShown(True)

        def width(column: int, arrow: bool = True) -> int:
            content = min(widest, max(metrics.horizontalAdvance(text) for text in samples[column]) + margin)
            return max(header.sectionSizeHint(column) if arrow and column in SORTS else bare[column], content)

        reps_short, reps_bare = width(REPS), width(REPS, arrow=False)
        model.abbreviate_reps(False)
        for column in samples:
            header.resizeSection(column, width(column))

        def wrapped(column: int) -> int:
            """The column's longest word and the margin: its texts on as many lines as they have words."""
            return max(metrics.horizontalAdvance(word) for text in samples[column] for word in text.split()) + margin

        self._widths = ColumnWidths(header.sectionSize(DATE), wrapped(DATE), header.sectionSize(EXERCISE),
                                    header.sectionSize(REPS), reps_short, reps_bare, width(WEIGHT),
                                    width(WEIGHT, arrow=False), max(header.sectionSizeHint(WEIGHT), wrapped(WEIGHT)),
                                    max(bare[WEIGHT], wrapped(WEIGHT)))
        self._fit_columns()

    def _fit_columns(self) -> None:
        """In a narrow window (960 px) the reps' heading is abbreviated, the time goes under the date and
        the exercise's name wraps onto its row's second line, down to EXERCISE_CHARS, while the note keeps
        NOTE_CHARS, wrapped as the name is. Narrower still (half a 1366 px screen) the rows are three lines
        high, the name and the note take as many letters on three lines as on two, and a load in words
        ("Resistance band") wraps; then the reps' and the weight's headings give up the room of the sort
        arrow (cut short while the arrow is on them) before the note goes below its share."""
        widths = self._widths
        if widths is None:
            return
        header = self.table.horizontalHeader()
        letter = self.table.fontMetrics().averageCharWidth()
        width = self.table.viewport().width()
        note = letter * NOTE_CHARS
        room = width - widths.weight - header.sectionSize(RIR) - note
        short = room - widths.reps < widths.moment + widths.exercise
        self.model.abbreviate_reps(short)
        header.resizeSection(REPS, widths.reps_short if short else widths.reps)
        room -= header.sectionSize(REPS)
        moment = widths.moment if room >= widths.moment + widths.exercise else widths.day_alone
        least = letter * EXERCISE_CHARS
        three = room - moment < least
        weight = widths.weight_words if three else widths.weight
        if three:
            note, least = letter * NOTE_THREE_LINES_CHARS, letter * EXERCISE_THREE_LINES_CHARS
            room += widths.weight - weight + letter * NOTE_CHARS - note
        self.table.verticalHeader().setDefaultSectionSize(
            self._two_lines + self.table.fontMetrics().lineSpacing() if three else self._two_lines)
        header.resizeSection(WEIGHT, weight)
        header.resizeSection(DATE, moment)
        header.resizeSection(EXERCISE, max(least, min(widths.exercise, room - moment)))
        header.resizeSection(NOTE, note)  # the least the stretch leaves it: Qt's 100 px ran past a narrow table
        weight_bare = widths.weight_words_bare if three else widths.weight_bare
        for column, bare in ((REPS, widths.reps_bare), (WEIGHT, weight_bare)):
            over = sum(map(header.sectionSize, (DATE, EXERCISE, WEIGHT, REPS, RIR))) + (note if three else 0) - width
            if over > 0:
                header.resizeSection(column, max(bare, header.sectionSize(column) - over))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)


def _default_filter(newest: date | None) -> KeptFilter:
    """All exercises over the last year, up to today, or to ``newest``, the newest set's day, where the Log took one
    ahead of today, so that it stays in view (an end a year ahead, as before, read as a slip of the filter's)."""
    today = clock.today()
    year_before = QDate(today.year, today.month, today.day).addYears(-1).toPython()  # Qt's: 29 February to the 28th
    return KeptFilter(None, year_before, max(today, newest or today))


def _shows(change: ChangeSet) -> bool:
    return change.log or change.catalog or change.trainee
