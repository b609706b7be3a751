"""The exercise library as a Qt model, and the filter proxy that searches and narrows it.

Rows are catalogue exercises (built-in and the user's own). Names show in the UI language,
but a search matches the name in any language, so a Norwegian coach finds "markløft" in a
Danish session. Items drag out carrying their exercise id for the calendar to drop.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from enum import IntEnum

from PySide6.QtCore import (
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
)
from PySide6.QtGui import QFont

from glueplan.domain.catalog import ROLES, Catalog, Category, Equipment, Exercise, Laterality
from glueplan.domain.language import Language
from glueplan.domain.messages import messages
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
    def __init__(self, catalog: Catalog, language: Language, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._catalog = catalog
        self._exercises: list[Exercise] = list(catalog.exercises.values())
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
        self._exercises = list(catalog.exercises.values())
        self.endResetModel()

    def _thumbnail_ready(self, exercise_id: str) -> None:
        for row, exercise in enumerate(self._exercises):
            if exercise.id == exercise_id:
                index = self.index(row)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._exercises)

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
            return thumbnails().pixmap_later(exercise, THUMBNAIL_SIZE)
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
    all of them (``set_match_all``). Otherwise the list is alphabetical by the rules of the UI
    language (æ, ø, å last).
    """

    def __init__(self, language: Language, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._query = ""
        self._muscles: tuple[str, ...] = ()
        self._match_all = False
        self._language = language
        self._category: Category | None = None
        self._equipment: Equipment | None = None
        self._laterality: Laterality | None = None
        self._collator = QCollator(locale_of(language))
        self._collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setDynamicSortFilter(True)
        self.sort(0)

    @property
    def muscles(self) -> tuple[str, ...]:
        return self._muscles

    def set_query(self, text: str) -> None:
        self._query = text.casefold().strip()
        self.invalidate()

    def set_muscles(self, muscles: Iterable[str]) -> None:
        self._muscles = tuple(muscles)
        self.invalidate()

    def set_match_all(self, match_all: bool) -> None:
        """True: an exercise must train every chosen muscle; False: any of them."""
        self._match_all = match_all
        self.invalidate()

    def set_category(self, category: Category | None) -> None:
        self._category = category
        self.invalidate()

    def set_equipment(self, equipment: Equipment | None) -> None:
        self._equipment = equipment
        self.invalidate()

    def set_laterality(self, laterality: Laterality | None) -> None:
        self._laterality = laterality
        self.invalidate()

    def weight(self, exercise: Exercise) -> float:
        """How much the exercise trains the chosen muscles (the most it trains any of them)."""
        return max((exercise.weight(muscle) for muscle in self._muscles), default=0.0)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        exercise: Exercise = self.sourceModel().index(source_row, 0, source_parent).data(Role.EXERCISE)
        if self._query and not exercise.matches(self._query):
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
        a: Exercise = left.data(Role.EXERCISE)
        b: Exercise = right.data(Role.EXERCISE)
        if self._muscles and self.weight(a) != self.weight(b):
            return self.weight(a) > self.weight(b)
        return self._collator.compare(left.data(), right.data()) < 0
