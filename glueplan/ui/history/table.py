"""Every logged set, newest first, a page at a time (years of sets load in a blink),
filterable by exercise and dates, editable and deletable (undoable)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QTableView, QVBoxLayout, QWidget

from glueplan.domain.catalog import Catalog
from glueplan.domain.language import Language
from glueplan.domain.log import read_entry
from glueplan.domain.progress import shown
from glueplan.domain.trainee import Units
from glueplan.store.errors import StoreError
from glueplan.store.history import HistoryRow, history_rows
from glueplan.store.repository import Repository
from glueplan.ui.shared.exercise_chooser import ExerciseChooser
from glueplan.ui.log.log_edits import DeleteSet, EditSet
from glueplan.ui.shared.problem_label import ProblemLabel

PAGE = 500
Index = QModelIndex | QPersistentModelIndex
WEIGHT, REPS, RIR, NOTE = 2, 3, 4, 5


class HistoryModel(QAbstractTableModel):
    """Emits ``refused`` with the reason when an edit cannot be saved."""

    refused = Signal(str)

    def __init__(self, repository: Repository, trainee_id: int, catalog: Catalog, language: Language, units: Units,
                 undo_stack: QUndoStack, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.repository = repository
        self.trainee_id = trainee_id
        self.catalog = catalog
        self.language = language
        self.units = units
        self.undo_stack = undo_stack
        self.exercise_id: str | None = None
        self.since: date | None = None
        self.until: date | None = None
        self._rows: list[HistoryRow] = []
        self._more = True
        self.reload()

    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("Exercise"), self.tr("Weight (%1)").replace("%1", self.units.value),
                self.tr("Reps"), "RIR", self.tr("Note")]

    def set_filter(self, exercise_id: str | None, since: date | None, until: date | None) -> None:
        self.exercise_id, self.since, self.until = exercise_id, since, until
        self.reload()

    def reload(self) -> None:
        """From the newest set again (a new filter)."""
        self._load(PAGE)

    def refresh(self) -> None:
        """The rows loaded so far, after an edit: an edited row changes in place and a deleted
        one leaves, so the table keeps its place and the chosen cell."""
        count = max(PAGE, len(self._rows))
        rows = self._page(0, count)
        old, new = [r.id for r in self._rows], [r.id for r in rows]
        kept = set(new)
        gone = [i for i, row_id in enumerate(old) if row_id not in kept]
        if old == new:
            self._rows = rows
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, self.columnCount() - 1))
        elif len(gone) == 1 and [i for i in old if i in kept] == new[:len(old) - 1]:
            self.beginRemoveRows(QModelIndex(), gone[0], gone[0])
            self._rows = rows[:len(old) - 1]
            self.endRemoveRows()
            self._more = len(rows) == count
        else:
            self._reset(rows, count)

    def _load(self, count: int) -> None:
        self._reset(self._page(0, count), count)

    def _reset(self, rows: list[HistoryRow], count: int) -> None:
        self.beginResetModel()
        self._rows = rows
        self._more = len(rows) == count
        self.endResetModel()

    def _page(self, offset: int, count: int = PAGE) -> list[HistoryRow]:
        return history_rows(self.repository.store, self.trainee_id, self.exercise_id, self.since, self.until,
                            limit=count, offset=offset)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index) -> None:
        more = self._page(len(self._rows))
        self._more = len(more) == PAGE
        if more:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def row(self, number: int) -> HistoryRow:
        return self._rows[number]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if column == 0:
            return f"{row.performed_at:%d.%m.%Y %H:%M}"
        if column == 1:
            return self.catalog.exercise(row.exercise_id).name[self.language]
        if column == WEIGHT:
            return shown(row.weight_kg, self.units, self.language)
        if column == REPS:
            return str(row.reps)
        if column == RIR:
            return "" if row.rir is None else str(row.rir)
        return row.note

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() >= WEIGHT else flags

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """An edit is checked like a new set and changes only its own field (a weight shown
        rounded keeps its exact value when the reps change); a refused one says why."""
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row = self._rows[index.row()]
        column = index.column()
        try:
            logged = self.repository.logged_set(row.id)
        except StoreError as error:
            self._say(error)
            return False
        if column == NOTE:
            changed = replace(logged, note=str(value).strip())
        else:
            texts = {WEIGHT: shown(row.weight_kg, self.units, self.language), REPS: str(row.reps),
                     RIR: "" if row.rir is None else str(row.rir), column: str(value)}
            result = read_entry(texts[WEIGHT], texts[REPS], texts[RIR], self.units, self.language)
            if isinstance(result, str):
                self.refused.emit(result)
                return False
            weight, reps, rir = result
            changed = {WEIGHT: replace(logged, weight_kg=weight), REPS: replace(logged, reps=reps),
                       RIR: replace(logged, rir=rir)}[column]
        error = EditSet(self.repository, row.id, logged, changed, self.tr("Edit set"), self.refresh,
                        self._say).push_to(self.undo_stack)
        self._say(error)
        return error is None

    def delete(self, number: int) -> None:
        row = self._rows[number]
        self._say(DeleteSet(self.repository, self.trainee_id, row.id, self.tr("Delete set"), self.refresh,
                            self._say).push_to(self.undo_stack))

    def _say(self, error: StoreError | None) -> None:
        """Why the last change was refused, or nothing once one went through."""
        self.refused.emit("" if error is None else error.text(self.language))


class HistoryView(QTableView):
    def keyPressEvent(self, event: QKeyEvent) -> None:
        model = self.model()
        if event.key() == Qt.Key.Key_Delete and isinstance(model, HistoryModel) and self.currentIndex().isValid():
            model.delete(self.currentIndex().row())
            return
        super().keyPressEvent(event)


class HistoryPage(QWidget):
    def __init__(self, model: HistoryModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.exercise = ExerciseChooser(model.catalog, model.language, self.tr("All exercises"))
        self.since = QDateEdit(QDate.currentDate().addYears(-1))
        self.until = QDateEdit(QDate.currentDate().addYears(1))  # sets logged ahead of today stay in view
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.dateChanged.connect(self.apply_filter)
        self.exercise.currentIndexChanged.connect(self.apply_filter)
        self.table = HistoryView()
        self.table.setModel(model)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.problem = ProblemLabel()
        model.refused.connect(self.problem.setText)
        bar = QHBoxLayout()
        for widget in (QLabel(self.tr("Exercise")), self.exercise, QLabel(self.tr("From")), self.since,
                       QLabel(self.tr("to")), self.until):
            bar.addWidget(widget)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problem)
        self.apply_filter()

    def apply_filter(self) -> None:
        self.model.set_filter(self.exercise.currentData(), self.since.date().toPython(), self.until.date().toPython())
        self.table.resizeColumnsToContents()
