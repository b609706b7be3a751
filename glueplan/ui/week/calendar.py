"""The weekly calendar: seven day columns, Monday first, each a view onto one day of the
WeekModel. As soon as something is dragged over the week, every day is tinted by what the rules
engine says a drop there would do: calm for fine, amber for a warning, red for an error.

A day is never narrower than a name's longest words need (MIN_DAY_CHARS): where seven such days
do not fit (a window half a screen wide), the week scrolls sideways, and a drag held near its edge
scrolls it on, rather than squeeze the days until names read "Kneb…".
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QFocusEvent,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QFrame,
    QGridLayout,
    QMenu,
    QScrollArea,
    QVBoxLayout,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from glueplan.app.command import History
from glueplan.domain.commands import Change, MoveExercise, RemoveExercise, RemoveSession, SessionHead
from glueplan.domain.findings import Severity, describe, worst_new
from glueplan.domain.language import Language
from glueplan.domain.messages import messages
from glueplan.domain.plan import PlannedExercise, Weekday
from glueplan.ui.shared.keyboard_focus import choose_current_on_keyboard_focus, paint_focus_frame
from glueplan.ui.shared.logged_text import day_month_text, locale_of
from glueplan.ui.shared.own_viewport import own_viewport
from glueplan.ui.shared.plain_text import plain_tooltip
from glueplan.ui.week.day_header import NO_BREAK, DayHeader
from glueplan.ui.week.drop_reason import DropReason
from glueplan.ui.week.model import PLANNED_ROLE, WeekModel

if TYPE_CHECKING:  # the editors (their fields' types, dates' and clocks') are imported as the first one opens
    from glueplan.ui.week.editors import FloatingEditor

PICTURE_ROOM = 5  # an exercise's picture shows in a day at least five pictures wide (names need the rest)
MIN_DAY_CHARS = 22  # a day's least width, in average characters: "Copenhagen-planke", or its editor's fields
EDGE_SCROLL_MS = 30  # a drag held at the week's edge scrolls it by a step this often

TINTS = {None: QColor(47, 143, 157, 40), Severity.INFO: QColor(47, 143, 157, 40),
         Severity.WARNING: QColor(224, 160, 48, 70), Severity.ERROR: QColor(200, 85, 61, 80)}


def add_day_actions(menu: QMenu, language: Language, chosen: Callable[[Weekday], object],
                    skip: int | None = None) -> None:
    """Monday to Sunday as the menu's items, each calling ``chosen`` with its day; ``skip`` greyed."""
    for day in Weekday:
        action = menu.addAction(messages()(f"weekday.{day.code}", language).capitalize(),
                                lambda day=day: chosen(day))
        action.setEnabled(int(day) != skip)


def _number_kept(header: str) -> str:
    """A session header with its title's number bound to the word before it ("Træning 1"): beside a finding's
    icon, in the day a 960 px window gives, the number went onto a line of its own ("17.30 Træning / 1") or was
    cut ("17.30 T… 3"); the time gives way instead ("17.30 / Træning 1")."""
    return re.sub(r" (?=\d+(?:[\n\u2028]|$))", NO_BREAK, header, count=1)  # the view's lines end in U+2028


class PlanDelegate(QStyledItemDelegate):
    """Edits a planned exercise (F2 or a double-click) or a session's header in place, in a
    floating editor as wide as the day (see editors.py), and leaves out an exercise's picture where
    the day is too narrow to show it beside the text."""

    refused = Signal(str)

    def __init__(self, view: DayView) -> None:
        super().__init__(view)
        self.view = view

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        if index.parent().isValid() and not index.parent().parent().isValid():  # a session's header
            option.text = _number_kept(option.text)
        picture = option.decorationSize.width()
        if index.parent().parent().isValid() and option.rect.width() < PICTURE_ROOM * picture:
            option.features &= ~QStyleOptionViewItem.ViewItemFeature.HasDecoration
            option.icon = QIcon()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        """As high as the text wrapped at the day's width (a tree measures its rows unwrapped)."""
        sized = QStyleOptionViewItem(option)
        indent = self.view.indentation() if index.parent().parent().isValid() else 0  # exercises sit inside
        sized.rect = QRect(0, 0, self.view.viewport().width() - indent, 1)
        return super().sizeHint(sized, index)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        """Floats over the window (a child of the day would be cut off at its bottom), the day in sight."""
        from glueplan.ui.week.editors import PlannedEditor, SessionEditor  # not at start-up: 3-5 ms of it

        value = index.data(PLANNED_ROLE)
        host = parent.window()
        self.view.calendar.show_day(self.view)
        live = self.view.calendar.model.live
        editor: FloatingEditor = SessionEditor(host, live.language) if isinstance(value, SessionHead) else \
            PlannedEditor(host, live.trainee.units, live.language)
        editor.only_in_week(self.view.calendar.model.week, len(live.program.weeks))
        row = QPersistentModelIndex(index)
        editor.left.connect(lambda by_keyboard: self._left(editor, row, by_keyboard))
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        from glueplan.ui.week.editors import PlannedEditor, SessionEditor

        value = index.data(PLANNED_ROLE)
        if isinstance(editor, SessionEditor) and isinstance(value, SessionHead):
            editor.set_head(value)
        elif isinstance(editor, PlannedEditor) and isinstance(value, PlannedExercise):
            editor.set_planned(value, self.view.calendar.model.live.catalog.exercise(value.exercise_id))

    def setModelData(self, editor: QWidget, model: object, index: QModelIndex | QPersistentModelIndex) -> None:
        from glueplan.ui.week.editors import FloatingEditor

        assert isinstance(editor, FloatingEditor)
        reason = self._saved(editor, index)
        if reason is not None:
            self.refused.emit(reason)

    def _saved(self, editor: FloatingEditor, index: QModelIndex | QPersistentModelIndex) -> str | None:
        """Save what the editor holds; why not, if it was not (values that cannot be saved, or the
        database refused them: nothing was written)."""
        value = editor.value()
        if value is None:
            return editor.problem.text()
        model = self.view.calendar.model
        error = model.save(index, value)
        return None if error is None else error.text(model.live.language)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,
                             index: QModelIndex | QPersistentModelIndex) -> None:
        """Under its row (which stays in sight), within the day's edges (the days beside it and the findings
        under them stay in sight: the user plans by them); above the row where the day ends below it, and
        over the row, in its place, where the day (a window 768 px high) has room for neither: under a row
        above it then, not over half a line. Over its row, it names what it edits."""
        from glueplan.ui.week.editors import FloatingEditor

        assert isinstance(editor, FloatingEditor)  # createEditor's: it has a heading to show or hide
        host = editor.parentWidget()
        row = QRect(self.view.viewport().mapTo(host, QPoint(0, option.rect.top())),
                    QSize(self.view.viewport().width(), option.rect.height()))
        day = QRect(self.view.mapTo(host, QPoint(0, 0)), self.view.size())
        editor.heading.hide()
        height = _height(editor, day.width())
        if row.bottom() + 1 + height <= day.bottom() + 1:
            top = row.bottom() + 1
        elif row.top() - height >= day.top():
            top = row.top() - height
        else:
            value = index.data(PLANNED_ROLE)
            name = None
            if isinstance(value, PlannedExercise):  # a session's editor shows its title in a field
                live = self.view.calendar.model.live
                name = live.catalog.exercise(value.exercise_id).name[live.language]
                editor.name_what_it_edits(name, day.width(), whole=False)
            height = _height(editor, day.width())
            top = row.top() if row.top() + height <= day.bottom() + 1 else \
                self._under_a_row_above(index, day.bottom() + 1 - height, host)
            if name is not None:  # whole where the day has the lines it wraps onto below that top: it covers no more
                editor.name_what_it_edits(name, day.width(), whole=True)
                if top + _height(editor, day.width()) > day.bottom() + 1:
                    editor.name_what_it_edits(name, day.width(), whole=False)
                height = _height(editor, day.width())
        editor.setGeometry(day.left(), max(0, top), day.width(), height)
        layout = editor.layout()  # laid out now for the heading it ended with: of the same size as before, the grid
        layout.invalidate()  # kept the rows of the heading shown before, a wrapped name in one line's room
        layout.activate()
        editor.raise_()

    def _under_a_row_above(self, index: QModelIndex | QPersistentModelIndex, lowest: int, host: QWidget) -> int:
        """The top of the lowest row above ``index`` that ends at ``lowest`` or above, in the host's pixels."""
        above = self.view.indexAbove(QModelIndex(index))
        while above.isValid():
            bottom = self.view.viewport().mapTo(host, QPoint(0, self.view.visualRect(above).bottom() + 1)).y()
            if bottom <= lowest:
                return bottom
            above = self.view.indexAbove(above)
        return self.view.mapTo(host, QPoint(0, 0)).y()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter saves (unless the values cannot be saved: then the reason shows), Escape cancels."""
        from glueplan.ui.week.editors import FloatingEditor  # the delegate watches the editors it made only

        if isinstance(watched, FloatingEditor) and isinstance(event, QKeyEvent) \
                and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                watched.leave(by_keyboard=True)
                return True
            if event.key() == Qt.Key.Key_Escape:
                watched.close_quietly()
                self.closeEditor.emit(watched, QAbstractItemDelegate.EndEditHint.RevertModelCache)
                self.view.setFocus()
                return True
        return super().eventFilter(watched, event)

    def _left(self, editor: FloatingEditor, row: QPersistentModelIndex, by_keyboard: bool) -> None:
        """Tab out of the last field, Enter or a click elsewhere: saved and closed. Left by the
        keyboard with values that cannot be saved, the editor stays open with the reason. The
        view may have let go of it already (it moves the focus to itself as it closes one)."""
        if self.view.indexWidget(QModelIndex(row)) is not editor:
            return
        if by_keyboard and editor.value() is None:
            editor.stay_open()
            self.view.updateEditorGeometries()  # as high as the reason now shown needs
            return
        reason = self._saved(editor, row)
        if reason is not None and self.view.indexWidget(QModelIndex(row)) is editor:
            editor.stay_open(reason)  # what was typed stays: the server may be back in a moment
            self.view.updateEditorGeometries()
            return
        if reason is not None:  # refused, the program reloaded under the editor (saved elsewhere): said as other edits
            self.view.calendar.model.editing.failed.emit(History.PLAN, reason, False)
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        if by_keyboard:
            self.view.setFocus()  # back on the row, as after editing a cell


def _height(editor: QWidget, width: int) -> int:
    """The editor's height at ``width``, its words wrapped."""
    layout = editor.layout()
    return layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else editor.sizeHint().height()


class DayView(QTreeView):
    """One day's sessions; while something is dragged over the week, shows what a drop here would do."""

    def __init__(self, calendar: WeekCalendar, day: int) -> None:
        super().__init__(calendar)
        own_viewport(self)
        self.calendar = calendar
        self.day = day
        self.verdict: Severity | None = None
        editable = not calendar.model.read_only
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setDragEnabled(editable)
        self.setAcceptDrops(editable)
        self.setDropIndicatorShown(editable)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop if editable
                             else QAbstractItemView.DragDropMode.NoDragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                             if editable else QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)  # names and prescriptions wrap in a narrow day, between their parts
        self.setTextElideMode(Qt.TextElideMode.ElideRight)  # only what cannot wrap (one long word)
        self.setIndentation(10)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * MIN_DAY_CHARS)  # else the week scrolls
        self.header().setMinimumSectionSize(1)  # the one column is the day's width: text wraps,
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # nothing to scroll sideways
        if editable:
            self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            self.customContextMenuRequested.connect(self._context_menu)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Wrapped rows take another height at another width (Qt keeps the old ones otherwise)."""
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()

    def updateGeometries(self) -> None:
        """The one column is as wide as the viewport, also once a scroll bar takes room: the hidden
        header that should stretch it never hears of its new width, and the rows ran under the bar."""
        super().updateGeometries()
        header = self.header()
        if header.count() and header.sectionSize(0) != self.viewport().width():
            header.resizeSection(0, self.viewport().width())

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Tabbed into, the day chooses its current row (Delete removed a whole session shown nowhere). A day with
        none starts on its first, as Qt starts one, scrolled nowhere (Qt turns its own scrolling off for it too); Qt
        found it by laying out the rows first, at start-up at a width the day does not keep (the keyboard is put on
        Monday before the page's first paint), and again at the next. Unlike Qt's, also a day whose current row went
        (its sessions deleted, one added again)."""
        first = self.model().index(0, 0, self.rootIndex())
        if not self.currentIndex().isValid() and first.isValid() and event.reason() != Qt.FocusReason.MouseFocusReason:
            scrolls = self.hasAutoScroll()
            self.setAutoScroll(False)
            self.selectionModel().setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.setAutoScroll(scrolls)
        super().focusInEvent(event)
        choose_current_on_keyboard_focus(self, event)
        self.calendar.remember_chosen(self.currentIndex())  # a day clicked into, on the row it had chosen
        self.calendar.show_day(self)  # Ctrl+Right to a day out of sight
        self.viewport().update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """Tabbed out of, the day lets go of its chosen row: one day shows one, the day with the keys."""
        super().focusOutEvent(event)
        if event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
            self.clearSelection()
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        """The day with the keyboard is framed in the highlight colour: an empty day (where Insert
        starts a session) showed no sign of it, nor, in some styles, a day with one."""
        super().paintEvent(event)
        if self.hasFocus():
            paint_focus_frame(self.viewport())

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        """Also right after a day is entered: Qt follows every DragEnter with a DragMove."""
        super().dragMoveEvent(event)
        self.calendar.drag_over(self, event, *self.drop_place(event))

    def drop_place(self, event: QDragMoveEvent) -> tuple[int, QModelIndex]:
        """The row and parent a drop at the event's point is given (dropMimeData's), read from the
        drop indicator Qt has just placed: onto a row, before or after it among its siblings (between
        two sessions: onto the day), or onto the day. Where Qt refuses the drop (a row over itself),
        the row pointed at."""
        index = self.indexAt(event.position().toPoint())
        if not index.isValid():
            return -1, self.rootIndex()
        where = self.dropIndicatorPosition() if event.isAccepted() else QAbstractItemView.DropIndicatorPosition.OnItem
        if where is QAbstractItemView.DropIndicatorPosition.AboveItem:
            return index.row(), index.parent()
        if where is QAbstractItemView.DropIndicatorPosition.BelowItem:
            return index.row() + 1, index.parent()
        return -1, index

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Shift with the wheel scrolls the week sideways, as in most programs (a narrow window shows
        a few days at a time); the wheel alone scrolls this day's rows."""
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier and event.angleDelta().y():
            self.calendar.scroll_sideways(event.angleDelta().y() / 120)
            event.accept()
            return
        super().wheelEvent(event)

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        super().dragLeaveEvent(event)
        self.calendar.drag_left(self)

    def dropEvent(self, event: QDropEvent) -> None:
        self.calendar.drag_ended()
        super().dropEvent(event)

    def tint(self, severity: Severity | None, reason: str) -> None:
        """The day's colour for what a drop would do (None: no drag), the reason as its tooltip."""
        if severity == self.verdict and plain_tooltip(reason) == self.toolTip():
            return
        self.verdict = severity
        palette = self.viewport().palette()
        base = self.calendar.palette().color(QPalette.ColorRole.Base)
        if severity is not None:
            tint = TINTS[severity]
            base = QColor.fromRgbF(*(b * (1 - tint.alphaF()) + t * tint.alphaF() for b, t in
                                     zip(base.getRgbF()[:3], tint.getRgbF()[:3], strict=True)))
        palette.setColor(QPalette.ColorRole.Base, base)
        self.viewport().setPalette(palette)
        self.setToolTip(plain_tooltip(reason))
        self.viewport().update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """The keyboard does what dragging does: Ctrl+Left/Right moves the chosen exercise or
        session a day (with Shift: copies the exercise), Alt+Up/Down moves an exercise within
        its session, Delete removes (in a week that is only shown, the keys only move around)."""
        if self.calendar.model.read_only:
            super().keyPressEvent(event)
            return
        index = self.currentIndex()
        key, modifiers = event.key(), event.modifiers()
        if index.isValid() and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.calendar.remove(index)
            return
        if key == Qt.Key.Key_Insert:
            self.calendar.new_session(self.day)
            return
        if index.isValid() and modifiers & Qt.KeyboardModifier.ControlModifier and key in (Qt.Key.Key_Left,
                                                                                           Qt.Key.Key_Right):
            step = -1 if key == Qt.Key.Key_Left else 1
            self.calendar.shift_day(index, step, copy=bool(modifiers & Qt.KeyboardModifier.ShiftModifier))
            return
        if index.isValid() and modifiers & Qt.KeyboardModifier.AltModifier and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.calendar.shift_within(index, -1 if key == Qt.Key.Key_Up else 1)
            return
        super().keyPressEvent(event)

    def _context_menu(self, point: QPoint) -> None:
        menu = self.context_menu(self.indexAt(point))
        menu.exec(self.viewport().mapToGlobal(point))
        menu.deleteLater()  # a new one each time: the row's and the day's

    def context_menu(self, index: QModelIndex) -> QMenu:
        """What can be done with the row (if any) and the day; the keys that do it without the menu
        are shown beside (keyPressEvent does them). Move to and Copy to are the drops onto a day."""
        menu = QMenu(self)
        node = self.calendar.model.node(index)
        row = QPersistentModelIndex(index)
        if node is not None and node.item is not None:
            edit = menu.addAction(self.tr("&Edit sets, reps, load and note"), self._edit_current)
            remove = menu.addAction(self.tr("&Remove exercise"), self._remove_current)
        elif node is not None:
            edit = menu.addAction(self.tr("&Edit time and title"), self._edit_current)
            remove = menu.addAction(self.tr("&Remove session"), self._remove_current)
        if node is not None:
            edit.setShortcut(QKeySequence(Qt.Key.Key_F2))
            remove.setShortcut(QKeySequence(Qt.Key.Key_Delete))
            language = self.calendar.model.live.language
            moves = [(self.tr("&Move to"), False)] + ([(self.tr("&Copy to"), True)] if node.item is not None else [])
            for title, copy in moves:
                add_day_actions(menu.addMenu(title), language,
                                lambda day, copy=copy: self.calendar.move_to_day(QModelIndex(row), day, copy),
                                skip=None if copy else node.day)
            if node.item is not None:
                count = len(self.calendar.model.session(node).items)
                for text, step, key in ((self.tr("Move &up"), -1, Qt.Key.Key_Up),
                                        (self.tr("Move &down"), 1, Qt.Key.Key_Down)):
                    action = menu.addAction(text, lambda step=step: self.calendar.shift_within(QModelIndex(row), step))
                    action.setShortcut(QKeySequence(Qt.KeyboardModifier.AltModifier | key))
                    action.setEnabled(0 <= node.item + step < count)
            self.setCurrentIndex(index)
            menu.addSeparator()
        new = menu.addAction(self.tr("&New session"), lambda: self.calendar.new_session(self.day))
        new.setShortcut(QKeySequence(Qt.Key.Key_Insert))
        return menu

    def _edit_current(self) -> None:
        self.edit(self.currentIndex())

    def _remove_current(self) -> None:
        self.calendar.remove(self.currentIndex())


class SidewaysScroll(QScrollArea):
    """Scrolls the days sideways only: they are as high as the room (each scrolls its own rows)
    and as wide as it, or as their least width needs. A resizable widget would take the height its
    wrapped headers and rows prefer, and the week would scroll up and down as a whole."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        own_viewport(self, QPalette.ColorRole.NoRole)  # the area's own ground, as QScrollArea sets it
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from day to day, each brought into sight

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Also the viewport's (a scroll bar shown or hidden): a scroll area hands them on here."""
        super().resizeEvent(event)
        widget, room = self.widget(), self.viewport().size()
        if widget is not None:
            widget.resize(max(room.width(), widget.minimumSizeHint().width()), room.height())


class WeekCalendar(QWidget):
    """Emits ``refused`` with the reason when an edit in place cannot be saved."""

    refused = Signal(str)

    def __init__(self, model: WeekModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.headers: list[DayHeader] = []
        self.days: list[DayView] = []
        self.delegates: list[PlanDelegate] = []  # one per view, as Qt requires
        self._dragged: tuple[int, Qt.DropAction] | None = None  # the drag the days are tinted for
        self._day_verdicts: list[tuple[Severity | None, str]] = []
        self._under: DayView | None = None  # the day the drag is over
        self._chosen: object = None  # the key of the row chosen last (by the user, not by an edit's rows)
        self._edge_step = 0  # pixels a drag at the week's edge scrolls it by, each EDGE_SCROLL_MS
        self._edge_timer = QTimer(self)
        self._edge_timer.setInterval(EDGE_SCROLL_MS)
        self._edge_timer.timeout.connect(self._scroll_at_edge)
        self.scroll = SidewaysScroll(self)
        self.drop_reason = DropReason(self.scroll)  # in sight wherever the week is scrolled to
        week = QWidget(self.scroll)  # Qt's from the start: PySide is not told of setWidget's, and collected it
        layout = QGridLayout(week)
        layout.setSpacing(4)
        layout.setContentsMargins(0, 0, 0, 0)
        self.scroll.setWidget(week)
        self.scroll.horizontalScrollBar().valueChanged.connect(self._scrolled)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll, 1)
        for day in range(7):
            header = DayHeader()
            view = DayView(self, day)
            view.setModel(model)
            delegate = PlanDelegate(view)
            delegate.refused.connect(self.refused)
            view.setItemDelegate(delegate)
            view.selectionModel().currentChanged.connect(self.remember_chosen)
            self.delegates.append(delegate)
            self.headers.append(header)
            self.days.append(view)
            layout.addWidget(header, 0, day)
            layout.addWidget(view, 1, day)
            layout.setColumnStretch(day, 1)
        model.modelReset.connect(self._rooted)
        model.rowsInserted.connect(self._expand_inserted)
        model.moved.connect(self._follow_moved)
        self._rooted()

    def let_go(self) -> None:
        """The program is gone and the page taken out: the model shows nothing from now on (WeekModel.let_go), and
        the calendar follows it no more (its reset would have the headers read the findings of no program)."""
        self.model.modelReset.disconnect(self._rooted)
        self.model.rowsInserted.disconnect(self._expand_inserted)
        self.model.moved.disconnect(self._follow_moved)
        self.model.let_go()

    def _rooted(self) -> None:
        """After a reset: each view shows its day, fully expanded; headers name the dates. Each session is expanded
        while the view's layout is still pending (setRootIndex), so that it is only marked: expandAll laid every row
        out at once, at start-up at a width the page does not keep (7 ms), to lay them out again at the right one."""
        for day, view in enumerate(self.days):
            root = self.model.day_index(day)
            view.setRootIndex(root)
            for row in range(self.model.rowCount(root)):
                view.expand(self.model.index(row, 0, root))
        self.show_headers()

    def _expand_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        """A session that an edit added shows its exercises at once."""
        node = self.model.node(parent)
        if node is not None and node.session is None:
            view = self.days[node.day]
            for row in range(first, last + 1):
                view.expand(self.model.index(row, 0, parent))

    def remember_chosen(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        """The row the user chose last, by the key, in the day with the keyboard; not while an edit's
        rows change (a view chooses the next row when its chosen one goes)."""
        node = self.model.node(current)
        if node is not None and not self.model.following:
            self._chosen = node.key

    def _follow_moved(self, moved: QModelIndex) -> None:
        """The row an edit, undo or redo moved is chosen where it is now, alone in the week, and its
        day takes the keyboard if a day had it: after a move the keys went on with a row on the day
        left (a second Ctrl+Right moved that one). A session moved along with its one exercise
        (which was moved to an empty day) leaves that exercise chosen."""
        node = self.model.node(moved)
        if node is None:
            return
        children = (self.model.index(r, 0, moved) for r in range(self.model.rowCount(moved)))
        row = next((child for child in children if getattr(self.model.node(child), "key", None) == self._chosen), moved)
        view = self.days[node.day]
        had_keys = QApplication.focusWidget() in self.days
        for other in self.days:
            if other is not view:
                other.clearSelection()
        if had_keys:
            view.setFocus()
        view.setCurrentIndex(row)  # and selects it: one row at a time

    def lay_out_now(self) -> None:
        """Lay out the days whose rows changed now, not on the view's timer a turn of the event
        loop later: the edit then shows in one paint with the page's labels and findings."""
        for view in self.days:
            view.executeDelayedItemsLayout()

    def show_headers(self) -> None:
        """Each day's name, date and ISO week, with the worst severity's icon when a finding concerns the day."""
        live = self.model.live
        counts: dict[int, dict[Severity, int]] = {}
        behind = self.model.behind()  # a record of the week lived: no mark on its days
        for finding in self.model.findings():
            if finding.severity is not Severity.INFO and finding.week is None and finding not in behind:
                for day in {int(ref.day) for ref in finding.sessions if ref.week == self.model.week}:
                    day_counts = counts.setdefault(day, {Severity.ERROR: 0, Severity.WARNING: 0})
                    day_counts[finding.severity] += 1
        locale = locale_of(live.language)
        for day in range(7):
            name = messages()(f"weekday.{Weekday(day).code}", live.language).capitalize()
            short = locale.dayName(day + 1, QLocale.FormatType.ShortFormat).capitalize()
            date = live.program.date_of(self.model.week, Weekday(day))
            below: list[str] = []
            if date is not None:
                week = self.tr("week %1").replace("%1", str(date.isocalendar().week)).replace(" ", NO_BREAK)
                below = [day_month_text(date, live.language), week]
            mark, findings = None, ""
            if day in counts:
                errors, warnings = counts[day][Severity.ERROR], counts[day][Severity.WARNING]
                mark = Severity.ERROR if errors else Severity.WARNING
                said = [self.tr("%n errors", "", errors)] if errors else []
                said += [self.tr("%n warnings", "", warnings)] if warnings else []
                findings = self.tr("Findings for this day: %1").replace("%1", ", ".join(said))
            self.headers[day].show_day(name, short, tuple(below), mark, findings,
                                       date is not None and date == self.model.today())

    def drag_over(self, view: DayView, event: QDragMoveEvent, row: int, parent: QModelIndex) -> None:
        """As soon as a drag comes over the week, tint every day by what a drop onto it would do
        (so the good days show at a glance); the day under the cursor by what a drop at ``row`` of
        ``parent``, where Qt would drop, would do."""
        model, mime = self.model, event.mimeData()
        action = Qt.DropAction.CopyAction if event.modifiers() & Qt.KeyboardModifier.ControlModifier \
            else Qt.DropAction.MoveAction
        if self._dragged != (id(mime), action):
            self._dragged = (id(mime), action)
            self._day_verdicts = [self._judged(model.change_for(mime, action, -1, model.day_index(day.day)), day.day)
                                  for day in self.days]
            for day, (severity, reason) in zip(self.days, self._day_verdicts, strict=True):
                day.tint(severity, reason)
        self._under = view
        severity, reason = self._judged(model.change_for(mime, action, row, parent), view.day)
        view.tint(severity, reason)
        self.drop_reason.say(reason)
        self._scroll_near_edge(view.viewport().mapTo(self.scroll.viewport(), event.position().toPoint()).x())

    def least_width(self) -> int:
        """The seven days side by side at their least width: narrower, the week scrolls sideways."""
        week = self.scroll.widget()
        return week.minimumSizeHint().width() if week is not None else 0

    def show_day(self, view: DayView) -> None:
        """The week scrolled so that the whole day is in sight (QScrollArea.ensureWidgetVisible
        leaves its last pixel out)."""
        bar = self.scroll.horizontalScrollBar()
        room = self.scroll.viewport().width()
        if view.x() < bar.value():
            bar.setValue(view.x())
        elif view.x() + view.width() > bar.value() + room:
            bar.setValue(view.x() + view.width() - room)

    def scroll_sideways(self, notches: float) -> None:
        """The week scrolled by a wheel's ``notches`` as Qt scrolls an area by the wheel: the
        desktop's lines per notch, each a step of the scroll bar."""
        bar = self.scroll.horizontalScrollBar()
        bar.setValue(bar.value() - round(notches * QApplication.wheelScrollLines() * bar.singleStep()))

    def _scroll_near_edge(self, x: int) -> None:
        """A drag within a day's quarter of the week's left or right edge scrolls it that way, on
        and on while it is held there (Qt sends no drag events to a pointer that stands still)."""
        margin = self.days[0].minimumWidth() // 4
        step = self.fontMetrics().averageCharWidth() * 2
        self._edge_step = -step if x < margin else step if x > self.scroll.viewport().width() - margin else 0
        if self._edge_step and not self._edge_timer.isActive():
            self._edge_timer.start()
        elif not self._edge_step:
            self._edge_timer.stop()

    def _scroll_at_edge(self) -> None:
        bar = self.scroll.horizontalScrollBar()
        bar.setValue(bar.value() + self._edge_step)
        if bar.value() in (bar.minimum(), bar.maximum()):
            self._edge_timer.stop()

    def _scrolled(self) -> None:
        """An editor open in a day (floating over the window) goes along with its day."""
        for view in self.days:
            view.updateEditorGeometries()

    def _judged(self, change: Change | None, day: int) -> tuple[Severity | None, str]:
        """A day's tint and reason for a drop: none where nothing can be dropped, calm where it is fine."""
        if change is None:
            return None, ""
        severity, reason = self.verdict(change, day)
        return severity if severity is not None else Severity.INFO, reason

    def drag_left(self, view: DayView) -> None:
        """Left a day: onto the next day (which says so at once), or out of the week, or cancelled.
        The day left shows again what a drop anywhere on it would do, not what one at the place the
        pointer left it would (Qt tells a day it is left before the next that it is entered)."""
        if self._day_verdicts:
            view.tint(*self._day_verdicts[view.day])
        self._under = None
        QTimer.singleShot(0, self._maybe_gone)

    def _maybe_gone(self) -> None:
        if self._under is None:
            self.drag_ended()

    def drag_ended(self) -> None:
        self._edge_timer.stop()
        self._dragged, self._under, self._day_verdicts = None, None, []
        for day in self.days:
            day.tint(None, "")
        self.drop_reason.say("")

    def new_session(self, day: int) -> None:
        """An empty session on the day (undoable), its time and title open for editing at once."""
        sessions = self.model.live.program.weeks[self.model.week].sessions
        self.model.add_session(Weekday(day))
        added = self.model.live.program.weeks[self.model.week].sessions
        if len(added) == len(sessions):
            return  # refused; the window says why
        view = self.days[day]
        root = view.rootIndex()
        for row in range(self.model.rowCount(root)):
            index = self.model.index(row, 0, root)
            node = self.model.node(index)
            if node is not None and node.session == len(added) - 1:
                view.setFocus()
                view.setCurrentIndex(index)
                view.edit(index)

    def verdict(self, change: Change, day: int) -> tuple[Severity | None, str]:
        """The worst error or warning the change would add on this day, with its sentence."""
        live = self.model.live
        after = self.model.editing.preview(change)
        worst = worst_new(live.report.findings, after.findings, self.model.week, Weekday(day))
        if worst is None:
            return None, self.tr("Fine: no new warning.")
        return worst.severity, describe(worst, live.language, live.catalog, len(live.program.weeks))

    def shift_day(self, index: QModelIndex, step: int, copy: bool = False) -> None:
        """Move (or copy) an exercise, or move a whole session, to the day before or after."""
        node = self.model.node(index)
        if node is not None and 0 <= node.day + step <= 6:
            self.move_to_day(index, Weekday(node.day + step), copy)

    def move_to_day(self, index: QModelIndex, day: Weekday, copy: bool = False) -> None:
        """Move (or copy) an exercise, or move a whole session, to a day: the change a drop of the
        row onto that day makes (model.change_for), so the keyboard and the mouse do the same."""
        node = self.model.node(index)
        if node is None or node.session is None:
            return
        action = Qt.DropAction.CopyAction if copy else Qt.DropAction.MoveAction
        change = self.model.change_for(self.model.mimeData([index]), action, -1, self.model.day_index(int(day)))
        if change is None:
            return
        self.model.editing.apply(change)  # a moved row is chosen where it lands (_follow_moved), a copied one stays

    def shift_within(self, index: QModelIndex, step: int) -> None:
        """Move an exercise up or down in its session."""
        node = self.model.node(index)
        if node is None or node.item is None or node.session is None:
            return
        count = len(self.model.session(node).items)
        target = node.item + step
        if not 0 <= target < count:
            return
        position = target + 1 if step > 0 else target  # an insertion point, counted before the move
        self.model.editing.apply(MoveExercise(self.model.week, node.session, node.item, Weekday(node.day),
                                             node.session, position))
        view = self.days[node.day]
        session_index = next(self.model.index(r, 0, view.rootIndex()) for r in range(self.model.rowCount(
            view.rootIndex())) if (n := self.model.node(self.model.index(r, 0, view.rootIndex()))) is not None
            and n.session == node.session)
        view.setCurrentIndex(self.model.index(target, 0, session_index))

    def remove(self, index: QModelIndex) -> None:
        node = self.model.node(index)
        if node is None or node.session is None:
            return
        week = self.model.week
        change = RemoveSession(week, node.session) if node.item is None else RemoveExercise(week, node.session,
                                                                                            node.item)
        self.model.editing.apply(change)


def main() -> int:
    """Preview: ``python -m glueplan.ui.week.calendar [seed-000|seed-002] [en|da|nb]`` (throwaway database)."""
    import tempfile
    from msgspec.structs import replace

    from PySide6.QtWidgets import QApplication

    from glueplan.app import clock
    from glueplan.app.opening import open_workspace
    from glueplan.app.setup_edits import StartProgram
    from glueplan.app.system_language import system_language
    from glueplan.domain.language import Language
    from glueplan.domain.template_start import started
    from glueplan.domain.templates import builtin_templates
    from glueplan.domain.trainee import kilograms
    from glueplan.store.database import open_store
    from glueplan.store.location import database_url
    from glueplan.ui.shared.live_workspace import LiveWorkspace

    app = QApplication.instance() or QApplication(sys.argv)
    template = builtin_templates()[sys.argv[1] if len(sys.argv) > 1 else "seed-000"]
    language = Language(sys.argv[2]) if len(sys.argv) > 2 else system_language()
    folder = tempfile.mkdtemp(prefix="glueplan-preview-")
    workspace = open_workspace(open_store(database_url(f"{folder}/preview.sqlite")), language, kilograms)
    program = replace(started(template, workspace.catalog, language, workspace.trainee.level), start=clock.today())
    workspace.execute(StartProgram(program, template.id, ""))
    calendar = WeekCalendar(WeekModel(LiveWorkspace(workspace)))
    calendar.resize(1200, 600)
    calendar.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())

