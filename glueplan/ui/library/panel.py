"""The exercise library panel: search, filters, a keyboard-friendly muscle list, the list itself."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from enum import StrEnum

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QMargins,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from glueplan.domain.catalog import Catalog, Category, Equipment, Exercise, Laterality
from glueplan.domain.language import Language
from glueplan.domain.messages import messages
from glueplan.ui.library.exercise_model import THUMBNAIL_SIZE, ExerciseFilter, ExerciseListModel, Role
from glueplan.ui.shared.keyboard_focus import choose_current_when_tabbed_into, paint_focus_frame
from glueplan.ui.shared.narrow_choice import NarrowChoice
from glueplan.ui.shared.own_viewport import own_viewport
from glueplan.ui.shared.plain_text import filled, plain
from glueplan.ui.shared.wheel_when_focused import change_when_open


class ExerciseListView(QListView):
    """Focus alone chooses nothing: tabbed into, Qt makes the first row current (the keys' place,
    framed) without choosing it, and the list used to choose it then, so passing through with Tab
    changed the details and the map. Enter chooses the current row, as Space does in Qt, so that
    with one exercise found (no arrow moves) the keyboard can still choose it and Ctrl+Return add it;
    the arrows and a click choose as Qt has them. The row the keys would choose is framed in the
    focus colour while the list has the keyboard: Fusion's own frame, 1.18:1 on the dark theme's
    field, was all that showed it. Up from the first row goes back up to the search (``left_at_top``),
    as Down from the search comes down to it."""

    left_at_top = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        own_viewport(self)  # the first screen's list: see own_viewport.py

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        current = self.currentIndex()
        if self.hasFocus() and current.isValid():
            paint_focus_frame(self.viewport(), self.visualRect(current), self.selectionModel().isSelected(current))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier == Qt.KeyboardModifier.NoModifier
        current = self.currentIndex()
        if event.key() == Qt.Key.Key_Up and plain and current.row() <= 0:
            self.left_at_top.emit()
            return
        if enter and plain and current.isValid():
            self.selectionModel().select(current, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        super().keyPressEvent(event)  # emits activated and lets the event on, as Qt does


class ChecklistDelegate(QStyledItemDelegate):
    """Rows of tick boxes that read in either theme. Fusion makes a row as high as its 14-pixel box,
    so the boxes stood edge to edge and the first touched the list's frame: each row has room above
    and below its box. (Its outline reads on either theme's field: theme.ContrastStyle draws it.)"""

    PADDING = 2  # pixels above and below a row's box

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return super().sizeHint(option, index).grownBy(QMargins(0, self.PADDING, 0, self.PADDING))


class SearchField(QLineEdit):
    """Shows its hint in full where the field is wide enough for it, else the short one: the panel at its
    narrowest (a window on half a 1366 px screen) has no room for "Søg: engelske, danske eller norske
    navne", and a hint cut off in mid-word read as a fault. Down says so (``down``): the exercises
    found are below, seven Tabs away past the filters."""

    down = Signal()

    def __init__(self, hint: str, short: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hint, self._short = hint, short
        self.setClearButtonEnabled(True)
        self.setAccessibleName(hint)
        self.setPlaceholderText(hint)
        self.setMinimumWidth(self._room_for(short))

    def _room_for(self, text: str) -> int:
        """The width that shows ``text`` whole: Qt's size hint is room for 17 "x" and the frame; the
        clear button, about as wide as the field is high, comes on top."""
        metrics, hint = self.fontMetrics(), super().sizeHint()
        return hint.width() - 17 * metrics.horizontalAdvance("x") + hint.height() + metrics.horizontalAdvance(text)

    def sizeHint(self) -> QSize:
        """Wide enough for the whole hint, where there is room."""
        return QSize(max(super().sizeHint().width(), self._room_for(self._hint)), super().sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.setPlaceholderText(self._hint if self.width() >= self._room_for(self._hint) else self._short)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier == Qt.KeyboardModifier.NoModifier
        if event.key() == Qt.Key.Key_Down and plain:
            self.down.emit()
        else:
            super().keyPressEvent(event)


class LibraryPanel(QWidget):
    """Emits ``exercise_selected`` (an Exercise or None) and ``muscles_picked`` (muscle ids)."""

    exercise_selected = Signal(object)
    muscles_picked = Signal(tuple)

    def __init__(self, catalog: Catalog, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self.model = ExerciseListModel(catalog, language, self)
        self.proxy = ExerciseFilter(language, self)
        self.proxy.setSourceModel(self.model)

        self.search = SearchField(self.tr("Search: English, Danish or Norwegian names"), self.tr("Search"))
        self.search.textChanged.connect(self.proxy.set_query)
        self.search.down.connect(self.choose_first)
        self.search.returnPressed.connect(self.choose_first)

        self.category = self._combo(self.tr("All categories"), Category, "category")
        self.equipment = self._combo(self.tr("Any equipment"), Equipment, "equipment")
        self.laterality = self._combo(self.tr("One side or both"), Laterality, "laterality")
        self.category.currentIndexChanged.connect(self._category_changed)
        self.equipment.currentIndexChanged.connect(self._equipment_changed)
        self.laterality.currentIndexChanged.connect(self._laterality_changed)
        change_when_open(self.category, self.equipment, self.laterality)

        self.muscle_list = QListWidget()
        self.muscle_list.setAccessibleName(self.tr("Muscles"))
        for muscle in catalog.muscles.values():
            item = QListWidgetItem(muscle.name[language])
            item.setData(Qt.ItemDataRole.UserRole, muscle.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setToolTip(muscle.function[language])
            self.muscle_list.addItem(item)
        # Every muscle in sight: a checklist, not a box to scroll, as high as Qt measures its rows.
        self.muscle_list.setItemDelegate(ChecklistDelegate(self.muscle_list))
        self.muscle_list.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.muscle_list.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.muscle_list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.muscle_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # it would cover a row
        self.muscle_list.itemChanged.connect(self._muscle_checked)
        choose_current_when_tabbed_into(self.muscle_list)  # the muscle Space ticks shows which it is
        self.muscle_list.setMinimumWidth(self.muscle_list.sizeHint().width())  # each name whole at the panel's least
        self.match = NarrowChoice(
            tooltip=self.tr("With several muscles picked: exercises that train any of them, or all"))
        self.match.addItem(self.tr("Trains any picked"), False)
        self.match.addItem(self.tr("Trains all picked"), True)
        change_when_open(self.match)
        self.match.currentIndexChanged.connect(lambda: self.proxy.set_match_all(bool(self.match.currentData())))
        self.clear_muscles = QPushButton(self.tr("Clear muscles"))
        self.clear_muscles.clicked.connect(self.clear_picked)

        self.view = ExerciseListView()
        self.view.setModel(self.proxy)
        self.view.setDragEnabled(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setUniformItemSizes(True)
        self.view.setIconSize(THUMBNAIL_SIZE)
        # A long name ("B-stance hip thrust (forskudt fodstilling)") wraps onto the row's second
        # line (a picture's height has room for two) instead of scrolling the list sideways.
        self.view.setWordWrap(True)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setAccessibleName(self.tr("Exercises"))
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.view.left_at_top.connect(self.search.setFocus)
        self.count = QLabel()
        # What the list shows, where it is not what was asked for: close names, or nothing and why.
        self.notice = plain(QLabel())
        self.notice.setWordWrap(True)
        self.clear_filters = QPushButton(self.tr("Clear filters"))
        self.clear_filters.clicked.connect(self.clear_all_filters)
        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset,
                       self.proxy.layoutChanged, self.proxy.searched):
            signal.connect(self._tell_what_is_listed)
        # A filter that hides the chosen exercise deselects it without selectionChanged: say so.
        for signal in (self.proxy.rowsRemoved, self.proxy.modelReset, self.proxy.layoutChanged):
            signal.connect(self._announce_selection)
        self._announced: Exercise | None = None

        # The muscle filter is a form row like the others (the panel is narrow: a row holding the
        # label, the choice and the button cut them in a longer language); Clear sits under the list.
        filters = QFormLayout()
        filters.addRow(self.tr("Category"), self.category)
        filters.addRow(self.tr("Equipment"), self.equipment)
        filters.addRow(self.tr("Sides"), self.laterality)
        filters.addRow(self.tr("Muscles"), self.match)
        clear_row = QHBoxLayout()
        clear_row.addStretch(1)
        clear_row.addWidget(self.clear_muscles)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.muscle_list)
        layout.addLayout(clear_row)
        layout.addWidget(self.notice)
        layout.addWidget(self.clear_filters, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count)
        self._tell_what_is_listed()

    def _combo(self, everything: str, enum: type[StrEnum], prefix: str) -> QComboBox:
        combo = NarrowChoice()
        combo.addItem(everything, None)
        for member in enum:
            combo.addItem(messages()(f"{prefix}.{member.value}", self._language), member.value)
        return combo

    def _category_changed(self) -> None:
        value = self.category.currentData()
        self.proxy.set_category(Category(value) if value else None)

    def _equipment_changed(self) -> None:
        value = self.equipment.currentData()
        self.proxy.set_equipment(Equipment(value) if value else None)

    def _laterality_changed(self) -> None:
        value = self.laterality.currentData()
        self.proxy.set_laterality(Laterality(value) if value else None)

    # -- muscles ----------------------------------------------------------------------------

    def set_picked(self, muscles: Iterable[str]) -> None:
        """Filter by these muscles and tick them in the list (the map picked them)."""
        chosen = tuple(muscles)
        self.muscle_list.blockSignals(True)
        for row in range(self.muscle_list.count()):
            item = self.muscle_list.item(row)
            state = Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in chosen else Qt.CheckState.Unchecked
            item.setCheckState(state)
        self.muscle_list.blockSignals(False)
        self.proxy.set_muscles(chosen)

    def clear_picked(self) -> None:
        self.set_picked(())
        self.muscles_picked.emit(())

    def clear_all_filters(self) -> None:
        """Every exercise the search finds, whatever its category, equipment, sides and muscles."""
        for combo in (self.category, self.equipment, self.laterality):
            combo.setCurrentIndex(0)
        self.clear_picked()

    def _muscle_checked(self) -> None:
        chosen = tuple(self.muscle_list.item(row).data(Qt.ItemDataRole.UserRole)
                       for row in range(self.muscle_list.count())
                       if self.muscle_list.item(row).checkState() == Qt.CheckState.Checked)
        self.proxy.set_muscles(chosen)
        self.muscles_picked.emit(chosen)

    # -- exercises --------------------------------------------------------------------------

    def selected(self) -> Exercise | None:
        indexes = self.view.selectionModel().selectedIndexes()
        return indexes[0].data(Role.EXERCISE) if indexes else None

    def select(self, exercise_id: str) -> None:
        source = self.model.index(self.model.row_of(exercise_id), 0)
        index = self.proxy.mapFromSource(source)
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)

    def choose_first(self) -> None:
        """The first exercise listed chosen, as a click on it would, and the keyboard in the list."""
        first = self.proxy.index(0, 0)
        if first.isValid():
            self.view.selectionModel().setCurrentIndex(first, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.view.scrollTo(first)
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def visible_ids(self) -> list[str]:
        return [self.proxy.index(row, 0).data(Role.EXERCISE_ID) for row in range(self.proxy.rowCount())]

    def set_catalog(self, catalog: Catalog) -> None:
        self.model.set_catalog(catalog)

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._announce_selection()

    def _announce_selection(self, *_args: object) -> None:
        chosen = self.selected()
        if chosen != self._announced:
            self._announced = chosen
            self.exercise_selected.emit(chosen)

    def _tell_what_is_listed(self, *_args: QModelIndex | int) -> None:
        """How many are listed, and where the list is not what was asked for, why: close names, or an empty
        list and what to do (a word of the search field's, or a filter that hides what it found)."""
        self.count.setText(self.tr("%1 of %n exercises", "", self.model.rowCount())
                           .replace("%1", str(self.proxy.rowCount())))
        typed = self.search.text().strip()
        hidden = self.proxy.rowCount() == 0 and self.proxy.found_any and self.proxy.filtering
        if self.proxy.rowCount() and self.proxy.close_names:
            notice = filled(self.tr("No exercise contains “%1”; showing close names."), typed)
        elif hidden and typed:
            notice = filled(self.tr("The filters hide every exercise found for “%1”."), typed)
        elif hidden:
            notice = self.tr("No exercise matches these filters.")
        elif not self.proxy.found_any:
            notice = filled(self.tr("No exercise is called “%1” or anything like it. Check the spelling, or add it "
                                    "with File > New exercise…"), typed)
        else:
            notice = ""
        self.notice.setText(notice)
        self.notice.setVisible(bool(notice))
        self.clear_filters.setVisible(hidden)


def main() -> int:
    """Preview: ``python -m glueplan.ui.library.panel [en|da|nb]``."""
    from PySide6.QtWidgets import QApplication

    from glueplan.app.system_language import system_language
    from glueplan.domain.catalog import builtin_catalog

    app = QApplication.instance() or QApplication(sys.argv)
    language = Language(sys.argv[1]) if len(sys.argv) > 1 else system_language()
    panel = LibraryPanel(builtin_catalog(), language)
    panel.resize(360, 700)
    panel.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
