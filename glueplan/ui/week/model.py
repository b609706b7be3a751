"""One week of the program as a Qt tree: days, their sessions, the sessions' exercises.

Drops are decoded here into domain changes and handed to the workspace: an exercise from the
library joins a day or a session, a planned exercise moves (Ctrl copies), a session header
moves to another day.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from typing import Protocol

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QColor, QFontMetrics, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QApplication, QStyle

from glueplan.app.changes import ChangeSet
from glueplan.domain.catalog import Catalog, Laterality, Prescription
from glueplan.domain.commands import (
    AddExercise,
    AddSession,
    Change,
    EditPlanned,
    EditSession,
    MoveExercise,
    MoveSession,
    SessionHead,
    new_session_head,
)
from glueplan.domain.change_fixes import findings_behind
from glueplan.domain.dose_words import rest_said, rir_said, sets_reps_parts
from glueplan.domain.findings import Finding, Severity
from glueplan.domain.language import Language, decimal
from glueplan.domain.log import LoggedSet
from glueplan.domain.past import Past
from glueplan.domain.plan import PlannedExercise, Program, Session, Weekday
from glueplan.domain.progress import shown
from glueplan.domain.rules import Report
from glueplan.domain.session_done import Done, SessionDone, week_done
from glueplan.domain.trainee import Trainee
from glueplan.store.errors import StoreError
from glueplan.ui.illustration.thumbnails import thumbnails
from glueplan.ui.library.exercise_model import EXERCISE_MIME_TYPE, exercise_ids_from_mime
from glueplan.ui.settings.theme import ERROR_TEXT, Tone, is_dark
from glueplan.ui.shared.live_workspace import LiveWorkspace
from glueplan.ui.shared.logged_text import clock_text
from glueplan.ui.shared.plain_text import filled, plain_tooltip
from glueplan.ui.shared.rir_meaning import rir_defined

PLANNED_MIME_TYPE = "application/x-glueplan-planned"
Index = QModelIndex | QPersistentModelIndex
PLANNED_ROLE = Qt.ItemDataRole.UserRole + 10  # a planned exercise's PlannedExercise, a session's SessionHead
NBSP = "\u00a0"  # inside one part of a line ("RIR 2", "3 min"): lines wrap between parts only
SEVERITY_ROLE = Qt.ItemDataRole.UserRole + 11


class WeekSource(Protocol):
    """What the week's model and views read: the LiveWorkspace, whose program they edit, or a
    program proposed and not saved (Plan my week), which they only show."""

    changed: SignalInstance  # with a ChangeSet; ``program`` set when another program is shown

    @property
    def catalog(self) -> Catalog: ...
    @property
    def language(self) -> Language: ...
    @property
    def trainee(self) -> Trainee: ...
    @property
    def program(self) -> Program: ...
    @property
    def report(self) -> Report: ...
    @property
    def has_program(self) -> bool: ...


@dataclass(eq=False)
class _Node:
    day: int
    session: int | None = None  # index in the week's session list
    item: int | None = None
    parent: _Node | None = None
    row: int = 0
    text: str = ""  # what the cell shows, worked out once per change (views ask thousands of times)
    tooltip: str = ""
    severity: Severity | None = None
    key: object = None  # the session's or exercise's row id (with which of the two): the same through an edit
    children: list[_Node] = field(default_factory=list)
    done: Done | None = None  # a session of a week lived: done, partly done or missed

    def shows_same(self, other: _Node) -> bool:
        return (self.text, self.tooltip, self.severity, self.done) == (other.text, other.tooltip, other.severity,
                                                                      other.done)


_ICONS: dict[Severity, QIcon] = {}


def severity_icon(severity: Severity) -> QIcon:
    """The style's error, warning or information icon (made once: views ask for it on every paint)."""
    if severity not in _ICONS:
        pixmap = {Severity.ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
                  Severity.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
                  Severity.INFO: QStyle.StandardPixmap.SP_MessageBoxInformation}[severity]
        _ICONS[severity] = QApplication.style().standardIcon(pixmap)
    return _ICONS[severity]


_DONE_ICONS: dict[tuple[Done, bool], QIcon] = {}
_DONE_TONES = {Done.DONE: Tone("#2e7d32", "#81c995"), Done.PARTLY: Tone("#9a6700", "#fdd663"), Done.MISSED: ERROR_TEXT}


def done_icon(done: Done) -> QIcon:
    """A session done, partly done or missed, told apart by shape, not colour alone: a disc with a tick, a disc
    half filled, a ring with a cross, as big as the style's icons, at 3:1 or more on the theme's ground (made
    once for each theme)."""
    dark = is_dark()
    if (done, dark) not in _DONE_ICONS:
        side = 64
        picture = QPixmap(side, side)
        picture.fill(Qt.GlobalColor.transparent)
        painter = QPainter(picture)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = _DONE_TONES[done].on()
        ring = QRectF(6, 6, side - 12, side - 12)
        painter.setPen(QPen(colour, 6))
        painter.setBrush(colour if done is Done.DONE else Qt.BrushStyle.NoBrush)
        painter.drawEllipse(ring)
        if done is Done.PARTLY:
            painter.setBrush(colour)
            painter.drawPie(ring, 90 * 16, 180 * 16)  # the left half, as a day half done
        tick = QColor("black" if dark else "white")  # on the disc
        painter.setPen(QPen(tick if done is Done.DONE else colour, 7, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                            Qt.PenJoinStyle.RoundJoin))
        if done is Done.DONE:
            painter.drawPolyline([QPointF(19, 33), QPointF(28, 42), QPointF(45, 23)])
        elif done is Done.MISSED:
            painter.drawLine(QPointF(22, 22), QPointF(42, 42))
            painter.drawLine(QPointF(42, 22), QPointF(22, 42))
        painter.end()
        _DONE_ICONS[done, dark] = QIcon(picture)
    return _DONE_ICONS[done, dark]


def thumbnail_size() -> QSize:
    """An exercise row's picture: as tall as its two lines of text, so rows keep one height."""
    side = 2 * QFontMetrics(QApplication.font()).lineSpacing()
    return QSize(side, side)


# Combined once: views ask for flags thousands of times per repaint, and enum "|" is slow.
_DAY_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsDropEnabled
_SESSION_FLAGS = _DAY_FLAGS | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
_SESSION_FLAGS = _SESSION_FLAGS | Qt.ItemFlag.ItemIsEditable  # a header edits time and title
_SHOWN_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable  # a week only shown


class WeekModel(QAbstractItemModel):
    """After an edit, ``update`` brings the tree to the program's new state with row signals
    (rows inserted, removed, moved, and dataChanged for cells whose text changed), so views keep
    their selection, scroll position and open editors; only a new week or program resets it.
    Only the LiveWorkspace's program is edited; any other source's week is ``read_only``.

    Emits ``moved`` with the row of the one exercise or session an edit, undo or redo moved (to
    another day or session, or within its own), once the rows show it there: the views' chosen
    row follows it, which Qt does only within a parent (a row moved across is removed and inserted)."""

    moved = Signal(QModelIndex)

    def __init__(self, live: WeekSource, parent: QObject | None = None,
                 today: Callable[[], date] | None = None) -> None:
        """``today``: the day the weeks lived end, for a week whose sessions are marked done or missed (the
        program's own; a week only shown has no log)."""
        super().__init__(parent)
        self.live = live
        self.read_only = not isinstance(live, LiveWorkspace)
        self._today = today
        self._logged: list[LoggedSet] | None = None  # the week's sets, read once per week and log change
        self._made_of: tuple[int | None, date | None] | None = None  # the program shown, the day it was made
        self.week = 0
        self._bold = QApplication.font()
        self._bold.setBold(True)
        self._about_week: tuple[Report, int, list[Finding]] | None = None  # see findings()
        self._behind: tuple[Report, int, date, list[LoggedSet], frozenset[Finding]] | None = None  # see behind()
        self._said: dict[PlannedExercise, tuple[str, str]] = {}  # the week's exercises' text and tooltip
        self._days: list[_Node] = self._built()
        self._following = False  # rows are changing to follow an edit: no edit may start now
        self._gone: set[object] = set()  # while following: the keys of the rows removed,
        self._came: dict[object, _Node] = {}  # the rows inserted by key,
        self._shifted: list[_Node] = []  # and the rows moved within their parent
        self._thumbnail = thumbnail_size()
        live.changed.connect(self.follow)
        thumbnails().ready.connect(self._thumbnail_ready)

    @property
    def editing(self) -> LiveWorkspace:
        """Where edits go (a read-only week starts none)."""
        assert isinstance(self.live, LiveWorkspace)
        return self.live

    def follow(self, change: ChangeSet) -> None:
        """An edit, undo, redo or reload: rows change in place; a replaced program shows anew."""
        if change.catalog or change.trainee:  # names of own exercises, units of loads
            self._said = {}
        if change.program:
            self.reset()
        elif self.week in change.weeks or change.report or change.catalog or change.trainee:
            self.update()

    # -- structure --------------------------------------------------------------------------

    def log_changed(self, change: ChangeSet) -> None:
        """Sets logged, edited or deleted: the week's sessions are judged again where their days changed."""
        if change.program or self._logged is not None and not (
                change.whole_log or change.log_days & set(self._days_shown())):
            return  # a program shown anew (another trainee's) was read anew
        self._logged = None
        self.update()

    def _days_shown(self) -> list[date]:
        monday = self.live.program.date_of(self.week, Weekday.MON)
        return [] if monday is None else [monday + timedelta(days=day) for day in range(7)]

    def _week_sets(self) -> list[LoggedSet] | None:
        """The sets logged in the week shown, read once per week and log change (None for a week only shown, or
        one whose log the database cannot give now)."""
        if self.today() is None:
            return None
        if self._logged is None:
            try:
                self._logged = self.editing.workspace.sets_in_week(self.week)
            except StoreError:
                return None
        return self._logged

    def _done(self) -> dict[int, SessionDone]:
        """What was done of each session of the week shown."""
        logged = self._week_sets()
        if logged is None or self._today is None:
            return {}
        return week_done(self.live.program, self.week, logged, self._today(), self._made())

    def _made(self) -> date | None:
        """The day the program shown was made, before which no session of it was missed (read once a program)."""
        workspace = self.editing.workspace
        if self._made_of is None or self._made_of[0] != workspace.program_id:
            try:
                made = workspace.repository.program_made(workspace.program_id) if workspace.program_id else None
            except StoreError:
                return None  # asked again next time
            self._made_of = (workspace.program_id, made.date() if made is not None else None)
        return self._made_of[1]

    def behind(self) -> frozenset[Finding]:
        """The findings listed (``findings``) that are behind you: every day they are about is gone, or logged
        this week (domain.change_fixes.findings_behind, the days a fix leaves alone). None in a week only shown."""
        logged = self._week_sets()
        if logged is None or self._today is None:
            return frozenset()
        today, report, cached = self._today(), self.live.report, self._behind
        if cached is None or cached[0] is not report or cached[1:3] != (self.week, today) or cached[3] is not logged:
            past = Past.of(today, logged)  # the week's sets: what of it is history, as the fixes read it
            cached = self._behind = (report, self.week, today, logged,
                                     findings_behind(self.findings(), self.live.program, past))
        return cached[4]

    def today(self) -> date | None:
        """The day the weeks lived end, for a week of the program's own (None: a week only shown)."""
        return self._today() if self._today is not None and not self.read_only else None

    def set_week(self, week: int) -> None:
        self.week = week
        self.reset()

    def reset(self) -> None:
        """Show the week anew (another week, or the program was replaced)."""
        self.week = min(self.week, len(self.live.program.weeks) - 1)
        self._logged = None
        self.beginResetModel()
        self._days = self._built()
        self.endResetModel()

    def let_go(self) -> None:
        """Show nothing from now on: the page is taken out, its program gone, and deleted on a later turn; laid out
        in between (a box's own event loop), its days asked for sessions of a program no longer open."""
        self.beginResetModel()
        self._days = [_Node(day, row=day) for day in range(7)]
        self.endResetModel()

    @property
    def following(self) -> bool:
        """Rows are changing to follow an edit (a view's current row moves on from a row removed)."""
        return self._following

    def update(self) -> None:
        """Follow an edit of the program with row-level signals."""
        self.week = min(self.week, len(self.live.program.weeks) - 1)
        self._following = True
        self._gone, self._came, self._shifted = set(), {}, []
        try:
            for day_node, wanted in zip(self._days, self._built(), strict=True):
                self._sync(day_node, wanted.children)
        finally:
            self._following = False
        across = {key: node for key, node in self._came.items() if key in self._gone}  # removed and inserted
        moved = [node for node in across.values() if node.parent is None or node.parent.key not in across]
        moved += self._shifted  # (a moved session's exercises moved with it: the session is what moved)
        if len(moved) == 1:
            self.moved.emit(self.createIndex(moved[0].row, 0, moved[0]))

    def _sync(self, parent: _Node, wanted: list[_Node]) -> None:
        """Make ``parent``'s children the ``wanted`` ones, matched by key, one row signal at a time."""
        where = self.createIndex(parent.row, 0, parent)
        old = parent.children
        keys = {node.key for node in wanted}
        for row in reversed(range(len(old))):
            if old[row].key not in keys:
                self.beginRemoveRows(where, row, row)
                self._gone.update(_keys(old[row]))
                del old[row]
                _renumber(old)
                self.endRemoveRows()
        self._shifted += _shifted(old, wanted)
        for row, new in enumerate(wanted):
            found = next((r for r in range(row, len(old)) if old[r].key == new.key), None)
            if found is None:
                self.beginInsertRows(where, row, row)
                new.parent = parent
                old.insert(row, new)
                _renumber(old)
                self._came.update((node.key, node) for node in _nodes(new))
                self.endInsertRows()
                continue
            if found != row:
                self.beginMoveRows(where, found, found, where, row)
                old.insert(row, old.pop(found))
                _renumber(old)
                self.endMoveRows()
            node = old[row]
            node.session, node.item = new.session, new.item
            if not node.shows_same(new):
                node.text, node.tooltip, node.severity, node.done = new.text, new.tooltip, new.severity, new.done
                index = self.createIndex(row, 0, node)
                self.dataChanged.emit(index, index)
            if new.item is None:
                self._sync(node, new.children)

    def findings(self) -> list[Finding]:
        """The findings about the week shown and those about the program as a whole, worst
        first. Worked out once per report and week: the rows' badges, the day headers and the
        findings list read them after every edit, and a long program has thousands."""
        report, week = self.live.report, self.week
        if self._about_week is None or self._about_week[0] is not report or self._about_week[1] != week:
            self._about_week = (report, week, [
                f for f in report.findings if f.week == week or (f.week is None and (not f.sessions or any(
                    ref.week == week for ref in f.sessions)))])
        return self._about_week[2]

    def _built(self) -> list[_Node]:
        """The tree the week should show now."""
        days = [_Node(day, row=day) for day in range(7)]
        sessions = self.live.program.weeks[self.week].sessions
        said, self._said = self._said, {}  # an edit changes few exercises: the rest keep their text
        minutes = {s.ref.index: round(s.minutes) for s in self.live.report.weeks[self.week].sessions}
        worst: dict[int, Severity] = {}
        behind = self.behind()
        for finding in self.findings():
            if finding.week is not None or finding.severity is Severity.INFO or finding in behind:
                continue  # week-wide findings, notes and what is behind you badge no session
            for ref in finding.sessions:
                if ref.week == self.week and (ref.index not in worst or finding.severity.rank < worst[ref.index].rank):
                    worst[ref.index] = finding.severity
        done = self._done()
        for day_node in days:
            found = sorted((i for i, s in enumerate(sessions) if int(s.day) == day_node.day),
                           key=lambda i: (sessions[i].time, i))
            for row, index in enumerate(found):
                session = sessions[index]
                title = f" {session.title}" if session.title else ""
                clock = clock_text(session.time, self.live.language)
                length = f"{minutes.get(index, 0)} min"
                text = tooltip = f"{clock}{title}\n{length}"  # two lines, as exercises
                if index in done:  # first on its line, beside the icon
                    mark, why = self._done_said(done[index])
                    text, tooltip = f"{clock}{title}\n{mark}{NBSP}· {length}", f"{text}\n{why}"
                node = _Node(day_node.day, index, None, day_node, row, text, tooltip, worst.get(index),
                             _key("session", session.id, index), done=done[index].done if index in done else None)
                node.children = [self._item_node(node, session.items[item], item, said)
                                 for item in range(len(session.items))]
                day_node.children.append(node)
        return days

    def _done_said(self, done: SessionDone) -> tuple[str, str]:
        """The session's word beside its icon (the words stay where a finding's icon takes the place), and its
        tooltip."""
        if done.done is Done.DONE:
            return self.tr("done"), self.tr("Done: every planned set was logged that day.")
        if done.done is Done.PARTLY:
            return self.tr("partly done"), filled(
                self.tr("Partly done: %1 of the %2 planned sets were logged that day."),
                decimal(done.sets, self.live.language), str(done.planned))
        return self.tr("missed"), self.tr("Missed: nothing of this session was logged on its day.")

    def _item_node(self, parent: _Node, planned: PlannedExercise, item: int,
                   said: dict[PlannedExercise, tuple[str, str]]) -> _Node:
        """``said``: texts worked out before, by exercise as planned."""
        if planned in said:
            text, tooltip = said[planned]
        else:
            language = self.live.language
            exercise = self.live.catalog.exercise(planned.exercise_id)
            name, p = exercise.name[language], planned.prescription
            parts = [rir_said(p.rir, language), rest_said(p.rest_s, language)]
            if planned.load_kg is not None:
                units = self.live.trainee.units
                parts.append(f"{shown(planned.load_kg, units, language)} {units.value}")
            dose = _sets_reps(p, exercise.laterality is Laterality.UNILATERAL, language)
            # a line ends after a dot, or before a lift's words for one side (_sets_reps)
            text = f"{name}\n" + f"{NBSP}· ".join([dose, *(part.replace(" ", NBSP) for part in parts)])
            tooltip = "\n".join(line for line in (name, planned.note, rir_defined(language)) if line)
        self._said[planned] = (text, tooltip)
        key = _key("exercise", planned.id, item)
        return _Node(parent.day, parent.session, item, parent, item, text, tooltip, None, key)

    def node(self, index: Index) -> _Node | None:
        return index.internalPointer() if index.isValid() else None

    def day_index(self, day: int) -> QModelIndex:
        return self.createIndex(day, 0, self._days[day])

    def session(self, node: _Node) -> Session:
        assert node.session is not None
        return self.live.program.weeks[self.week].sessions[node.session]

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0:
            return QModelIndex()
        node = self.node(parent)
        children = self._days if node is None else node.children
        return self.createIndex(row, 0, children[row]) if 0 <= row < len(children) else QModelIndex()

    def parent(self, index: Index) -> QModelIndex:  # type: ignore[override]
        node = self.node(index)
        if node is None or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.parent.row, 0, node.parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        node = self.node(parent)
        return len(self._days) if node is None else len(node.children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    # -- what cells show -------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        node = self.node(index)
        if node is None or node.session is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return node.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(node.tooltip)
        if node.item is None:
            if role in (PLANNED_ROLE, Qt.ItemDataRole.EditRole):
                session = self.session(node)
                return SessionHead(session.time, session.title)
            if role == Qt.ItemDataRole.DecorationRole:  # a finding's icon first: the plan can still change
                return severity_icon(node.severity) if node.severity is not None else \
                    done_icon(node.done) if node.done is not None else None
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
            return None
        if role in (PLANNED_ROLE, Qt.ItemDataRole.EditRole):
            return self.session(node).items[node.item]
        if role == Qt.ItemDataRole.DecorationRole:
            exercise = self.live.catalog.exercise(self.session(node).items[node.item].exercise_id)
            return thumbnails().pixmap_or_room(exercise, self._thumbnail)
        return None

    def _thumbnail_ready(self, exercise_id: str) -> None:
        """The rows of the exercise whose picture has just been drawn show it (none while no
        program is open: another trainee's, say, until the week is shown again)."""
        if not self.live.has_program:
            return
        for day in self._days:
            for session in day.children:
                items = self.session(session).items
                for node in session.children:
                    if node.item is not None and items[node.item].exercise_id == exercise_id:
                        index = self.createIndex(node.row, 0, node)
                        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    def flags(self, index: Index) -> Qt.ItemFlag:
        node = self.node(index)
        if self.read_only:
            return Qt.ItemFlag.NoItemFlags if node is None else Qt.ItemFlag.ItemIsEnabled if node.session is None \
                else _SHOWN_FLAGS
        if node is None:
            return Qt.ItemFlag.ItemIsDropEnabled
        return _DAY_FLAGS if node.session is None else _SESSION_FLAGS

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """A planned exercise takes a PlannedExercise (prescription, load target, note), a session
        header a SessionHead (time, title); each is one undoable edit."""
        change = self._edit(index, value) if role == Qt.ItemDataRole.EditRole else None
        if change is None:
            return False
        self.editing.apply(change)
        return True

    def save(self, index: Index, value: object) -> StoreError | None:
        """setData's edit, with why the store refused it (nothing was written): the week's editor keeps
        what was typed and says why, where a refusal said in a dialog left it closed and its values lost."""
        change = self._edit(index, value)
        return None if change is None else self.editing.run(self.editing.program_edit(change))

    def _edit(self, index: Index, value: object) -> Change | None:
        """The change ``value`` makes at ``index``, None when it makes none."""
        node = self.node(index)
        if node is None or node.session is None or self._following:
            return None  # the view commits an open editor when an undo removes its row: too late
        if node.item is None and isinstance(value, SessionHead):
            return None if value == self.data(index, PLANNED_ROLE) else EditSession(self.week, node.session, value)
        if node.item is not None and isinstance(value, PlannedExercise):
            if value == self.session(node).items[node.item]:
                return None
            return EditPlanned(self.week, node.session, node.item, value.prescription, value.load_kg, value.note)
        return None

    def add_session(self, day: Weekday) -> None:
        """An empty session on the day, at the week's usual time, titled as new_session_head says."""
        week = self.live.program.weeks[self.week]
        self.editing.apply(AddSession(self.week, day, new_session_head(week, self.live.language, day)))

    def new_head(self, day: Weekday, at: time | None = None) -> SessionHead:
        return new_session_head(self.live.program.weeks[self.week], self.live.language, day, at)

    # -- drag and drop ---------------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def mimeTypes(self) -> list[str]:
        return [PLANNED_MIME_TYPE, EXERCISE_MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        nodes = [self.node(index) for index in indexes]
        node = next((n for n in nodes if n is not None and n.session is not None), None)
        if node is not None:
            payload = {"week": self.week, "session": node.session, "item": node.item}
            mime.setData(PLANNED_MIME_TYPE, QByteArray(json.dumps(payload).encode("utf-8")))
            mime.setText(self.data(self.createIndex(node.row, 0, node)) or "")  # type: ignore[arg-type]
        return mime

    def change_for(self, mime: QMimeData, action: Qt.DropAction, row: int, parent: Index) -> Change | None:
        """The domain change a drop would make, or None when it would make none."""
        target = self.node(parent)
        if target is None:
            return None
        day = Weekday(target.day)
        session, position = target.session, None
        if target.item is not None:  # dropped onto an exercise: in after it
            position = target.item + 1
        elif target.session is not None and row >= 0:
            position = row
        planned = _planned(mime)
        if planned is not None:
            if planned["week"] != self.week:
                return None
            if planned["item"] is None:  # a whole session goes to the day, wherever on the day it is dropped
                return MoveSession(self.week, planned["session"], day)
            source = self.live.program.weeks[self.week].sessions[planned["session"]]
            return MoveExercise(self.week, planned["session"], planned["item"], day, session, position,
                                copy=action == Qt.DropAction.CopyAction, head=self.new_head(day, source.time))
        ids = exercise_ids_from_mime(mime)
        if len(ids) != 1 or ids[0] not in self.live.catalog.exercises:
            return None
        prescription = self.live.catalog.exercise(ids[0]).prescription
        return AddExercise(self.week, day, ids[0], prescription, session, position, self.new_head(day))

    def canDropMimeData(self, mime: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        return self.change_for(mime, action, row, parent) is not None

    def dropMimeData(self, mime: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        change = self.change_for(mime, action, row, parent)
        if change is None:
            return False
        self.editing.apply(change)
        return False  # the editor has made the change; the view must not remove the dragged row itself


def _sets_reps(p: Prescription, unilateral: bool, language: Language) -> str:
    """The sets and reps as everywhere else (dose_words.sets_reps_parts), kept whole ("2 × 10–12"), a lift's words
    for one side after a space a narrow day breaks at ("per side" on the next line): whole, "2 × 10–12 per side" ran
    past a day 114 px wide (1280 px, or half a 1600 px screen)."""
    return " ".join(part.replace(" ", NBSP) for part in sets_reps_parts(p, unilateral, language) if part)


def _key(kind: str, row_id: int | None, index: int) -> object:
    """A row's id, with its kind (sessions and exercises are numbered apart: exercise 2 is no
    session 2); a row not stored yet (only in previews) is known by its place."""
    return (kind, row_id) if row_id is not None else (kind, "unsaved", index)


def _nodes(node: _Node) -> list[_Node]:
    """The node and every row under it."""
    return [node, *(below for child in node.children for below in _nodes(child))]


def _keys(node: _Node) -> list[object]:
    return [each.key for each in _nodes(node)]


def _shifted(old: list[_Node], wanted: list[_Node]) -> list[_Node]:
    """The one row of ``old`` that moved among the rows kept, if one did: the row without which
    the rows kept are in the same order before and after (two neighbours swapped: either, so none)."""
    kept = {node.key for node in wanted}
    before = [node.key for node in old if node.key in kept]
    present = set(before)
    after = [node.key for node in wanted if node.key in present]
    if before == after:
        return []
    moved = [node for node in old if node.key in present and
             [k for k in before if k != node.key] == [k for k in after if k != node.key]]
    return moved if len(moved) == 1 else []


def _renumber(nodes: list[_Node]) -> None:
    for row, node in enumerate(nodes):
        node.row = row


def _planned(mime: QMimeData) -> dict[str, int | None] | None:
    if not mime.hasFormat(PLANNED_MIME_TYPE):
        return None
    try:
        data = json.loads(bytes(mime.data(PLANNED_MIME_TYPE).data()).decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return None
    return data if isinstance(data, dict) else None
