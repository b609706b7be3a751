"""The exercise library as a Qt model, and the filter proxy that searches and narrows it.

Rows are catalogue exercises (built-in and the user's own). Names show in the UI language,
but a search matches the name in any language, so a Norwegian coach finds "markløft" in a
Danish session. Items drag out carrying their exercise id for the calendar to drop.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from enum import IntEnum
from functools import cmp_to_key

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QByteArray,
    QCollator,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from glueplan.domain.catalog import ROLES, Catalog, Category, Equipment, Exercise, Laterality
from glueplan.domain.language import Language
from glueplan.domain.messages import messages
from glueplan.domain.name_search import Closeness, NameSearch
from glueplan.ui.illustration.thumbnails import thumbnails
from glueplan.ui.library.other_names import other_names
from glueplan.ui.shared.logged_text import locale_of

THUMBNAIL_SIZE = QSize(40, 40)  # the end pose beside each name, drawn when its row is first shown
EXERCISE_MIME_TYPE = "application/x-glueplan-exercise-ids"
Index = QModelIndex | QPersistentModelIndex


class Role(IntEnum):
    EXERCISE_ID = Qt.ItemDataRole.UserRole + 1
    EXERCISE = Qt.ItemDataRole.UserRole + 2


def exercise_ids_from_mime(mime: QMimeData) -> list[str]:
    """The exercise ids a drag carries (empty when it carries none)."""
    if not mime.hasFormat(EXERCISE_MIME_TYPE):
        return []
    try:
        ids = json.loads(bytes(mime.data(EXERCISE_MIME_TYPE).data()).decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return []
    return [value for value in ids if isinstance(value, str)] if isinstance(ids, list) else []


class ExerciseListModel(QAbstractListModel):
    """The catalogue's exercises in alphabetical order by the rules of the UI language (æ, ø, å last):
    sorted here once, the filter over it need not sort them again on every keystroke."""

    def __init__(self, catalog: Catalog, language: Language, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._collator = QCollator(locale_of(language))
        self._collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._catalog = catalog
        self._exercises = self._in_order(catalog)
        self._italic = QFont()  # the user's own exercises stand apart from the built-in ones
        self._italic.setItalic(True)
        thumbnails().ready.connect(self._thumbnail_ready)

    @property
    def catalog(self) -> Catalog:
        return self._catalog

    def set_catalog(self, catalog: Catalog) -> None:
        """A changed catalogue (a custom exercise added or edited): rows are rebuilt."""
        self.beginResetModel()
        self._catalog = catalog
        self._exercises = self._in_order(catalog)
        self.endResetModel()

    def _in_order(self, catalog: Catalog) -> list[Exercise]:
        by_name = cmp_to_key(lambda a, b: self._collator.compare(a.name[self._language], b.name[self._language]))
        return sorted(catalog.exercises.values(), key=by_name)

    def _thumbnail_ready(self, exercise_id: str) -> None:
        for row, exercise in enumerate(self._exercises):
            if exercise.id == exercise_id:
                index = self.index(row)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._exercises)

    @property
    def exercises(self) -> Sequence[Exercise]:
        """Every row's exercise, in the rows' order."""
        return self._exercises

    def exercise(self, row: int) -> Exercise:
        return self._exercises[row]

    def row_of(self, exercise_id: str) -> int:
        return next(row for row, exercise in enumerate(self._exercises) if exercise.id == exercise_id)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        exercise = self._exercises[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return exercise.name[self._language]
        if role == Qt.ItemDataRole.ToolTipRole:
            if exercise.custom:
                return self.tr("Your own exercise")
            return "\n".join(other_names(exercise, self._language))
        if role == Qt.ItemDataRole.DecorationRole:
            return thumbnails().pixmap_or_room(exercise, THUMBNAIL_SIZE)
        if role == Qt.ItemDataRole.FontRole and exercise.custom:
            return self._italic
        if role == Role.EXERCISE_ID:
            return exercise.id
        if role == Role.EXERCISE:
            return exercise
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        default = super().flags(index)
        return default | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else default

    def mimeTypes(self) -> list[str]:
        return [EXERCISE_MIME_TYPE, "text/plain"]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        exercises = [self._exercises[index.row()] for index in indexes if index.isValid()]
        mime = QMimeData()
        mime.setData(EXERCISE_MIME_TYPE, QByteArray(json.dumps([e.id for e in exercises]).encode("utf-8")))
        mime.setText("\n".join(exercise.name[self._language] for exercise in exercises))
        return mime

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction


class ExerciseFilter(QSortFilterProxyModel):
    """Search text (any language), muscles, category, equipment and laterality, all combined.

    With muscles chosen, exercises that train them most come first (primary, then secondary,
    then minor), each name followed by that role; an exercise must train any of the muscles, or
    all of them (``set_match_all``). A search no name holds finds the close names instead
    (``glueplan.domain.name_search``), closest first; ``close_names`` says so. Otherwise the list
    keeps the source's alphabetical order, unsorted: sorting 560 rows (500 own exercises) by a
    Python comparison took 50-100 ms, where each keystroke has 16.
    """

    searched = Signal()  # after every change of the search or a filter: what the list shows may be said anew

    def __init__(self, language: Language, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._query = ""
        self._muscles: tuple[str, ...] = ()
        self._match_all = False
        self._language = language
        self._category: Category | None = None
        self._equipment: Equipment | None = None
        self._laterality: Laterality | None = None
        self._model: ExerciseListModel | None = None
        self._catalog: Catalog | None = None  # the source's, as last searched
        self._names: NameSearch | None = None  # its names, made ready at the first search
        self._result: tuple[dict[str, Closeness], bool] | None = None  # the search's (None: to be made)
        self._ranks: list[tuple[float, ...]] | None = None  # per source row, what it is sorted by
        self.setDynamicSortFilter(True)

    @property
    def muscles(self) -> tuple[str, ...]:
        return self._muscles

    @property
    def close_names(self) -> bool:
        """No name holds the search: the exercises listed are those with a name nearly like it."""
        return self._searched()[1]

    @property
    def found_any(self) -> bool:
        """The search finds some exercise, whether the filters show it or not (no search: every one)."""
        return not self._query or bool(self._searched()[0])

    @property
    def filtering(self) -> bool:
        """A filter other than the search narrows the list."""
        return bool(self._muscles) or any(value is not None for value in (self._category, self._equipment,
                                                                           self._laterality))

    def set_query(self, text: str) -> None:
        self.beginFilterChange()
        was_close = self._result is not None and self._result[1]
        self._query = text.casefold().strip()
        self._result = self._ranks = None
        self._filter_changed(reordered=was_close or self._searched()[1])  # close names: ranked anew

    def setSourceModel(self, source: QAbstractItemModel) -> None:
        """A catalogue changed under a search may turn close names into found ones, or back: sorted as it is now.
        The source is kept as itself: asked of Qt in every comparison, it took a third of a keystroke's time."""
        assert isinstance(source, ExerciseListModel)
        super().setSourceModel(source)
        self._model = source
        source.modelReset.connect(self._catalog_changed)

    def _catalog_changed(self) -> None:
        self.beginFilterChange()
        self._filter_changed(reordered=True)

    def _searched(self) -> tuple[dict[str, Closeness], bool]:
        """What the search finds (ids with their closeness), whatever the filters, and whether only close
        names; made again once the search or the source's catalogue changes."""
        assert self._model is not None, "a source model is set first"
        catalog = self._model.catalog
        if catalog is not self._catalog:
            self._catalog, self._names, self._result, self._ranks = catalog, None, None, None
        if self._result is None:
            if not self._query:
                self._result = {}, False
            else:
                self._names = self._names or NameSearch(catalog.exercises.values())
                self._result = self._names.found(self._query)
        return self._result

    def _filter_changed(self, reordered: bool = False) -> None:
        """Filtered anew, after ``beginFilterChange``: the rows that stay keep their places, new ones
        go into theirs. Sorted only where the order is not the source's, and then only the rows the
        filter leaves: ``reordered`` when what they are sorted by changed."""
        ordered = bool(self._muscles) or self._searched()[1]
        if self.sortColumn() != -1 and (reordered or not ordered):
            self.sort(-1)  # the source's order, with no comparison made
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        if ordered and self.sortColumn() != 0:
            self.sort(0)
        self.searched.emit()

    def set_muscles(self, muscles: Iterable[str]) -> None:
        self.beginFilterChange()
        self._muscles = tuple(muscles)
        self._ranks = None
        self._filter_changed(reordered=True)

    def set_match_all(self, match_all: bool) -> None:
        """True: an exercise must train every chosen muscle; False: any of them."""
        self.beginFilterChange()
        self._match_all = match_all
        self._filter_changed()

    def set_category(self, category: Category | None) -> None:
        self.beginFilterChange()
        self._category = category
        self._filter_changed()

    def set_equipment(self, equipment: Equipment | None) -> None:
        self.beginFilterChange()
        self._equipment = equipment
        self._filter_changed()

    def set_laterality(self, laterality: Laterality | None) -> None:
        self.beginFilterChange()
        self._laterality = laterality
        self._filter_changed()

    def weight(self, exercise: Exercise) -> float:
        """How much the exercise trains the chosen muscles (the most it trains any of them)."""
        return max((exercise.weight(muscle) for muscle in self._muscles), default=0.0)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        found, _close = self._searched()
        exercise = self._model.exercise(source_row)
        if self._query and exercise.id not in found:
            return False
        if self._muscles and self.weight(exercise) == 0:
            return False
        if self._match_all and not all(exercise.weight(muscle) for muscle in self._muscles):
            return False
        if self._category is not None and exercise.category is not self._category:
            return False
        if self._equipment is not None and not any(self._equipment in option for option in exercise.equipment):
            return False
        return self._laterality is None or exercise.laterality is self._laterality

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """With muscles chosen, the name says how the exercise trains them ("Clamshell · primary")."""
        value = super().data(index, role)
        if role != Qt.ItemDataRole.DisplayRole or not self._muscles or not index.isValid():
            return value
        weight = self.weight(index.data(Role.EXERCISE))
        role_name = messages()(f"role.{ROLES[weight]}", self._language)
        return f"{value} · {role_name}"

    def lessThan(self, left: Index, right: Index) -> bool:
        """Closest first (close names), then what trains the muscles most, then by name (the source's order).
        Looked up, made once per search: a sort of 500 rows makes some 4,000 comparisons."""
        found, close = self._searched()  # first: a catalogue changed drops the ranks of its rows
        if self._ranks is None:
            unranked = (0.0, 0.0)
            self._ranks = [(*(-closeness for closeness in (found.get(exercise.id, unranked) if close else unranked)),
                            -self.weight(exercise), row) for row, exercise in enumerate(self._model.exercises)]
        return self._ranks[left.row()] < self._ranks[right.row()]
