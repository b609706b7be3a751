"""The weekly calendar: seven day columns, Monday first, each a view onto one day of the
WeekModel. While something is dragged over a day, the day is tinted by what the rules
engine says the drop would do: calm for fine, amber for a warning, red for an error.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QIcon,
    QKeyEvent,
    QPalette,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QLabel,
    QMenu,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from glueplan.domain import limits
from glueplan.domain.catalog import Prescription, RepRange
from glueplan.domain.commands import Change, MoveExercise, MoveSession, RemoveExercise, RemoveSession
from glueplan.domain.findings import Severity, describe, worst_new
from glueplan.domain.messages import messages
from glueplan.domain.plan import Weekday
from glueplan.ui.shared.problem_label import ProblemLabel
from glueplan.ui.week.model import PRESCRIPTION_ROLE, WeekModel

PICTURE_ROOM = 4  # an exercise's picture shows in a day at least four pictures wide

TINTS = {None: QColor(47, 143, 157, 40), Severity.INFO: QColor(47, 143, 157, 40),
         Severity.WARNING: QColor(224, 160, 48, 70), Severity.ERROR: QColor(200, 85, 61, 80)}


class PrescriptionEditor(QWidget):
    """Sets, reps from-to, RIR and rest as spin boxes; reps must not run backwards."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(True)
        self.sets = _spin(*limits.SETS, self.tr("sets"))
        self.reps_low = _spin(*limits.REPS, self.tr("lowest reps"))
        self.reps_high = _spin(*limits.REPS, self.tr("highest reps"))
        self.rir = _spin(*limits.RIR, self.tr("reps in reserve"))
        self.rest = _spin(*limits.REST_S, self.tr("rest in seconds"))
        self.rest.setSingleStep(15)
        self.problem = ProblemLabel()
        layout = QGridLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        for column, (label, spin) in enumerate(((self.tr("Sets"), self.sets), (self.tr("Reps"), self.reps_low),
                                                ("–", self.reps_high), ("RIR", self.rir),
                                                (self.tr("Rest s"), self.rest))):
            layout.addWidget(QLabel(label), 0, column)
            layout.addWidget(spin, 1, column)
        layout.addWidget(self.problem, 2, 0, 1, 5)

    def set_prescription(self, p: Prescription) -> None:
        self.sets.setValue(p.sets)
        self.reps_low.setValue(p.reps.low)
        self.reps_high.setValue(p.reps.high)
        self.rir.setValue(p.rir)
        self.rest.setValue(p.rest_s)

    def prescription(self) -> Prescription | None:
        """What was entered, or None (with the reason shown) when it cannot be."""
        if self.reps_low.value() > self.reps_high.value():
            self.problem.setText(self.tr("The lowest reps must not be above the highest."))
            return None
        self.problem.clear()
        return Prescription(self.sets.value(), RepRange(self.reps_low.value(), self.reps_high.value()),
                            self.rir.value(), self.rest.value())


def _spin(low: int, high: int, name: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setAccessibleName(name)
    return spin


class PrescriptionDelegate(QStyledItemDelegate):
    """Edits a planned exercise's prescription in place (F2 or a double-click), and leaves out an
    exercise's picture where the day is too narrow to show it beside the text."""

    refused = Signal(str)

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        picture = option.decorationSize.width()
        if index.parent().parent().isValid() and option.rect.width() < PICTURE_ROOM * picture:
            option.features &= ~QStyleOptionViewItem.ViewItemFeature.HasDecoration
            option.icon = QIcon()

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        return PrescriptionEditor(parent)

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, PrescriptionEditor)
        editor.set_prescription(index.data(PRESCRIPTION_ROLE))

    def setModelData(self, editor: QWidget, model: object, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, PrescriptionEditor)
        prescription = editor.prescription()
        if prescription is None:
            self.refused.emit(editor.problem.text())
            return
        index.model().setData(index, prescription, Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,
                             index: QModelIndex | QPersistentModelIndex) -> None:
        """As wide as the spin boxes need, even in a narrow day column (it may overlap the next)."""
        hint = editor.sizeHint()
        editor.setGeometry(option.rect.left(), option.rect.top(), max(option.rect.width(), hint.width()),
                           hint.height())


class DayView(QTreeView):
    """One day's sessions; shows what a drop here would do before the drop."""

    def __init__(self, calendar: WeekCalendar, day: int) -> None:
        super().__init__(calendar)
        self.calendar = calendar
        self.day = day
        self.verdict: Severity | None = None
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)  # lines are broken by the model; wrapping is slow
        self.setUniformRowHeights(True)  # every row is two lines: Qt need not measure each one
        self.setIndentation(10)
        self.setMinimumWidth(48)  # seven of them must fit beside the library on a small screen
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        super().dragEnterEvent(event)
        self._judge(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        super().dragMoveEvent(event)
        self._judge(event)

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        super().dragLeaveEvent(event)
        self._tint(None, "")

    def dropEvent(self, event: QDropEvent) -> None:
        self._tint(None, "")
        super().dropEvent(event)

    def _judge(self, event: QDragMoveEvent) -> None:
        """Tint the day by the worst new finding the drop would bring about."""
        model = self.calendar.model
        action = Qt.DropAction.CopyAction if event.modifiers() & Qt.KeyboardModifier.ControlModifier \
            else Qt.DropAction.MoveAction
        target = self.indexAt(event.position().toPoint())
        change = model.change_for(event.mimeData(), action, -1, target if target.isValid() else self.rootIndex())
        if change is None:
            self._tint(None, "")
            return
        severity, reason = self.calendar.verdict(change, self.day)
        self._tint(severity if severity is not None else Severity.INFO, reason)

    def _tint(self, severity: Severity | None, reason: str) -> None:
        if severity == self.verdict and reason == self.toolTip():
            return
        self.verdict = severity
        self.calendar.drop_reason.setText(reason)
        palette = self.viewport().palette()
        base = self.calendar.palette().color(QPalette.ColorRole.Base)
        if severity is not None:
            tint = TINTS[severity]
            base = QColor.fromRgbF(*(b * (1 - tint.alphaF()) + t * tint.alphaF() for b, t in
                                     zip(base.getRgbF()[:3], tint.getRgbF()[:3], strict=True)))
        palette.setColor(QPalette.ColorRole.Base, base)
        self.viewport().setPalette(palette)
        self.setToolTip(reason)
        self.viewport().update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """The keyboard does what dragging does: Ctrl+Left/Right moves the chosen exercise or
        session a day (with Shift: copies the exercise), Alt+Up/Down moves an exercise within
        its session, Delete removes."""
        index = self.currentIndex()
        key, modifiers = event.key(), event.modifiers()
        if index.isValid() and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.calendar.remove(index)
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
        index = self.indexAt(point)
        if not index.isValid():
            return
        menu = QMenu(self)
        node = self.calendar.model.node(index)
        if node is not None and node.item is not None:
            menu.addAction(self.tr("Edit sets and reps"), self._edit_current)
            menu.addAction(self.tr("Remove exercise"), self._remove_current)
        else:
            menu.addAction(self.tr("Remove session"), self._remove_current)
        self.setCurrentIndex(index)
        menu.exec(self.viewport().mapToGlobal(point))

    def _edit_current(self) -> None:
        self.edit(self.currentIndex())

    def _remove_current(self) -> None:
        self.calendar.remove(self.currentIndex())


class WeekCalendar(QWidget):
    """Emits ``refused`` with the reason when an edit in place cannot be saved."""

    refused = Signal(str)

    def __init__(self, model: WeekModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.headers: list[QLabel] = []
        self.days: list[DayView] = []
        self.delegates: list[PrescriptionDelegate] = []  # one per view, as Qt requires
        self.drop_reason = QLabel()  # tooltips do not show during a drag; this does
        self.drop_reason.setWordWrap(True)
        layout = QGridLayout(self)
        layout.setSpacing(4)
        layout.setContentsMargins(0, 0, 0, 0)
        for day in range(7):
            header = QLabel()
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            view = DayView(self, day)
            view.setModel(model)
            delegate = PrescriptionDelegate(view)
            delegate.refused.connect(self.refused)
            view.setItemDelegate(delegate)
            self.delegates.append(delegate)
            self.headers.append(header)
            self.days.append(view)
            layout.addWidget(header, 0, day)
            layout.addWidget(view, 1, day)
            layout.setColumnStretch(day, 1)
        layout.addWidget(self.drop_reason, 2, 0, 1, 7)
        model.modelReset.connect(self._rooted)
        model.rowsInserted.connect(self._expand_inserted)
        self._rooted()

    def _rooted(self) -> None:
        """After a reset: each view shows its day, fully expanded; headers name the dates."""
        for day, view in enumerate(self.days):
            view.setRootIndex(self.model.day_index(day))
            view.expandAll()
        self.show_headers()

    def _expand_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        """A session that an edit added shows its exercises at once."""
        node = self.model.node(parent)
        if node is not None and node.session is None:
            view = self.days[node.day]
            for row in range(first, last + 1):
                view.expand(self.model.index(row, 0, parent))

    def show_headers(self) -> None:
        """Each day's name, date and ISO week, with a dot when a finding concerns the day."""
        live = self.model.live
        worst: dict[int, set[Severity]] = {}
        for finding in live.report.findings:
            if finding.severity is not Severity.INFO and finding.week is None:
                for ref in finding.sessions:
                    if ref.week == self.model.week:
                        worst.setdefault(int(ref.day), set()).add(finding.severity)
        for day in range(7):
            name = messages()(f"weekday.{Weekday(day).code}", live.language).capitalize()
            date = live.program.date_of(self.model.week, Weekday(day))
            if date is not None:
                week_number = date.isocalendar().week
                text = f"<b>{name}</b><br>{date:%d.%m.} · " + self.tr("week %1").replace("%1", str(week_number))
            else:
                text = f"<b>{name}</b>"
            if day in worst:
                colour = TINTS[Severity.ERROR if Severity.ERROR in worst[day] else Severity.WARNING].name()
                text += f" <span style='color:{colour}'>●</span>"
            if self.headers[day].text() != text:  # rich-text labels re-lay out on every setText
                self.headers[day].setText(text)

    def verdict(self, change: Change, day: int) -> tuple[Severity | None, str]:
        """The worst error or warning the change would add on this day, with its sentence."""
        live = self.model.live
        worst = worst_new(live.report.findings, live.preview(change).findings, self.model.week, Weekday(day))
        if worst is None:
            return None, self.tr("Fine: no new warning.")
        return worst.severity, describe(worst, live.language, live.catalog, len(live.program.weeks))

    def shift_day(self, index: QModelIndex, step: int, copy: bool = False) -> None:
        """Move (or copy) an exercise, or move a whole session, to the day before or after."""
        node = self.model.node(index)
        if node is None or node.session is None or not 0 <= node.day + step <= 6:
            return
        day = Weekday(node.day + step)
        week = self.model.week
        if node.item is None:
            self.model.live.apply(MoveSession(week, node.session, day))
        else:
            self.model.live.apply(MoveExercise(week, node.session, node.item, day, copy=copy))
        self.days[int(day)].setFocus()

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
        self.model.live.apply(MoveExercise(self.model.week, node.session, node.item, Weekday(node.day),
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
        self.model.live.apply(change)


def main() -> int:
    """Preview: ``python -m glueplan.ui.week.calendar [seed-000|seed-002] [en|da|nb]`` (throwaway database)."""
    import tempfile
    from dataclasses import replace
    from datetime import date

    from PySide6.QtWidgets import QApplication

    from glueplan.app.opening import open_workspace
    from glueplan.app.setup_edits import StartProgram
    from glueplan.domain.language import Language
    from glueplan.domain.templates import builtin_templates
    from glueplan.store.database import open_store
    from glueplan.store.location import database_url
    from glueplan.ui.shared.live_workspace import LiveWorkspace

    app = QApplication.instance() or QApplication(sys.argv)
    template = builtin_templates()[sys.argv[1] if len(sys.argv) > 1 else "seed-000"]
    language = Language(sys.argv[2]) if len(sys.argv) > 2 else Language.from_environment()
    folder = tempfile.mkdtemp(prefix="glueplan-preview-")
    workspace = open_workspace(open_store(database_url(f"{folder}/preview.sqlite")), language)
    program = replace(template.program(workspace.catalog, language), start=date.today())
    workspace.execute(StartProgram(program, template.id, ""))
    calendar = WeekCalendar(WeekModel(LiveWorkspace(workspace)))
    calendar.resize(1200, 600)
    calendar.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())

