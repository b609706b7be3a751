"""The planner page: week navigation, the calendar, the findings, a heat map and the week's sums."""

from __future__ import annotations

from datetime import datetime, time

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSignalBlocker,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSlider,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from glueplan.app import clock
from glueplan.app.changes import ChangeSet
from glueplan.domain.catalog import Catalog, Category
from glueplan.domain.commands import CopyWeekForward, CopyWeekOnward, MakeDeload
from glueplan.domain.change_fixes import suggest, why_no_fix
from glueplan.domain.findings import Finding, Fix, describe, describe_done, describe_fix, fix_gist
from glueplan.domain.language import decimal
from glueplan.domain.messages import messages
from glueplan.domain.past import Past
from glueplan.domain.plan import Program, Weekday
from glueplan.domain.recovery import readiness_series
from glueplan.domain.thresholds import Thresholds, builtin_thresholds
from glueplan.store.errors import StoreError
from glueplan.ui.map.map_heat import HeatMode, mode_name, readiness_paint, volume_paint
from glueplan.ui.map.muscle_map import MuscleMap
from glueplan.ui.settings.theme import MUTED_TEXT
from glueplan.ui.shared.flow_layout import FlowLayout
from glueplan.ui.shared.keyboard_focus import choose_current_when_tabbed_into
from glueplan.ui.shared.layout_fence import LayoutFence
from glueplan.ui.shared.live_workspace import LiveWorkspace
from glueplan.ui.shared.logged_text import clock_text
from glueplan.ui.shared.narrow_choice import FittingChoice
from glueplan.ui.shared.plain_text import ask, filled, plain
from glueplan.ui.shared.refresh_when_shown import RefreshWhenShown
from glueplan.ui.shared.steady_label import SteadyLabel
from glueplan.ui.shared.wheel_when_focused import change_when_open
from glueplan.ui.shared.window_undo import undo_keys
from glueplan.ui.week.calendar import WeekCalendar
from glueplan.ui.week.model import WeekModel, severity_icon

FINDING_ROLE = Qt.ItemDataRole.UserRole + 20


def _shows(change: ChangeSet) -> bool:
    return change.plan or change.catalog or change.trainee


def past_now(live: LiveWorkspace) -> Past:
    """The days a fix or a copy leaves alone: gone, or logged (a log the database cannot read now: gone ones only,
    and the edit itself would be refused with the reason)."""
    try:
        return live.workspace.past(clock.today())
    except StoreError:
        return Past(clock.today())


class RememberedHeights(QStyledItemDelegate):
    """Measures each sentence once at a width: the findings list is laid out anew after every
    edit that changes the findings, and most of its sentences stay (wrapping them is most of
    the work)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._sizes: dict[tuple[object, int, str], QSize] = {}

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        key = (index.data(), option.rect.width(), option.font.key())
        size = self._sizes.get(key)
        if size is None:
            if len(self._sizes) > 2000:  # sentences of weeks long gone, or of an old width
                self._sizes.clear()
            size = self._sizes[key] = super().sizeHint(option, index)
        return size


class FindingsPanel(QWidget):
    """The findings of the program, worst first; the engine's fix is one click away."""

    finding_chosen = Signal(object)

    def __init__(self, live: LiveWorkspace, model: WeekModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.live = live
        self.model = model  # whose week is shown
        self._listed: tuple[list[Finding], Catalog, int] | None = None
        self._said: dict[Finding, str] = {}  # the sentences listed: most stay through an edit
        self._fix: Fix | None = None  # of the finding chosen
        self._fix_of: Program | None = None  # the program it was found in
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setItemDelegate(RememberedHeights(self.list))
        self.list.setAccessibleName(self.tr("Findings"))
        self.list.currentItemChanged.connect(self._chosen)
        choose_current_when_tabbed_into(self.list)  # its fix shown and Apply fix ready for a row that looks chosen
        self.fix_button = QPushButton(self.tr("Apply fix"))
        self.fix_button.setEnabled(False)
        self.fix_button.clicked.connect(self.apply_fix)
        self.fix_text = plain(QLabel())  # names own exercises
        self.fix_text.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.fix_text, 1)
        row.addWidget(self.fix_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        self.refresh()

    def refresh(self) -> None:
        """List the week's findings again, unless they are the ones listed (most edits change few)."""
        shown, weeks, behind = self.model.findings(), len(self.live.program.weeks), self.model.behind()
        listed = (shown, self.live.catalog, weeks, behind)  # the names from the catalogue, "in week 3" from the weeks
        if self._listed is not None and self._listed == listed:
            if self._fix_of is not self.live.program:  # the findings stayed, the rows the fix edits may not
                self._show_fix(self.chosen())
            return
        said = self._said if self._listed is not None and self._listed[1:3] == listed[1:3] else {}
        self._listed = listed
        self._said = {f: said.get(f) or describe(f, self.live.language, self.live.catalog, weeks) for f in shown}
        # Quiet while it is filled: clear() tells of the current finding going while its items go, and
        # a finding chosen shows its week, whose findings were listed again inside that clear() (each
        # item of the first deleted twice: the window crashed when a week was paged with one chosen).
        with QSignalBlocker(self.list):
            self.list.clear()
            for finding in (f for f in shown if f not in behind):
                self._add(finding)
            if not shown:
                self.list.addItem(self.tr("No findings this week: the plan follows every rule."))
            if behind:
                self._add_behind([f for f in shown if f in behind])
        self._chosen(None)

    def _add(self, finding: Finding) -> QListWidgetItem:
        item = QListWidgetItem(severity_icon(finding.severity), self._said[finding])
        item.setData(FINDING_ROLE, finding)
        self.list.addItem(item)
        return item

    def _add_behind(self, findings: list[Finding]) -> None:
        """The findings about days gone (or logged) last, under "Behind you" and muted: a record of the week lived,
        which a coach reads after the problems still ahead; each can still be chosen, and says why it has no fix."""
        heading = QListWidgetItem(self.tr("Behind you"))
        heading.setFlags(Qt.ItemFlag.NoItemFlags)  # a heading: the keys and the mouse pass it by
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        muted = MUTED_TEXT.on(self.palette())
        heading.setForeground(muted)
        heading.setToolTip(self.tr("Findings about days gone or logged: a fix changes only what is still ahead."))
        self.list.addItem(heading)
        for finding in findings:
            self._add(finding).setForeground(muted)

    def chosen(self) -> Finding | None:
        item = self.list.currentItem()
        return item.data(FINDING_ROLE) if item is not None else None

    def _chosen(self, _item: QListWidgetItem | None) -> None:
        finding = self.chosen()
        self._show_fix(finding)
        if finding is not None:
            self.finding_chosen.emit(finding)

    def _show_fix(self, finding: Finding | None) -> None:
        """Find the finding's fix in the program as it is now. A fix edits rows by their place with
        what they held when it was found: kept past an edit of the load, the note or the order, it
        put back the old load and note, or changed another exercise."""
        self._fix_of = self.live.program
        if finding is None:
            self._fix = None
            self.fix_button.setEnabled(False)
            self.fix_text.setText("")
            return
        past = past_now(self.live)
        self._fix = suggest(self.live.program, self.live.report, finding, self.live.language, past)
        self.fix_button.setEnabled(self._fix is not None)
        self.fix_text.setText(self._fix_said(self._fix) if self._fix is not None else  # else why the button is greyed
                              why_no_fix(self.live.program, self.live.report, finding, self.live.language, past))

    def _fix_said(self, fix: Fix) -> str:
        return describe_fix(fix, self.live.language, self.live.catalog, len(self.live.program.weeks))

    def apply_fix(self) -> None:
        """Make the fix, its undo step named by it ("Undo Take Cable glute kickback out of ..."), and say in the
        status bar what it did, as done, and how it comes back: after "Change sets, reps, RIR or rest" nothing told
        what the fix had done, and its own imperative there ("Flytt «B» … til fredag.") read as still to do."""
        fix = self._fix
        if fix is None:
            return
        language, catalog, weeks = self.live.language, self.live.catalog, len(self.live.program.weeks)
        done = describe_done(fix, language, catalog, weeks)
        window = self.window()
        if self.live.apply(fix.edit, lambda: fix_gist(fix, language, catalog, weeks)) \
                and isinstance(window, QMainWindow):
            window.statusBar().showMessage(filled(self.tr("Fix applied: %1 Edit > Undo (%2) takes it back."), done,
                                                  undo_keys()), 8000)


class WeekPage(QWidget):
    def __init__(self, live: LiveWorkspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.live = live
        self.model = WeekModel(live, self, lambda: clock.today())  # looked up at each call: tests set the day
        # Today's header and the sessions missed move on at midnight in a window left open: looked at each minute
        # while the page shows, as a timer set to midnight fires late after the computer slept (Qt's clock stops).
        self._day = clock.today()
        self.day_clock = QTimer(self)
        self.day_clock.setInterval(60_000)
        self.day_clock.timeout.connect(self._next_day)
        self.calendar = WeekCalendar(self.model)
        self.findings = FindingsPanel(live, self.model)
        self.findings.finding_chosen.connect(self.show_finding)
        self.heat = MuscleMap(live.catalog, live.language, side_view=False)
        self.heat_mode = FittingChoice()  # whole where the bar has room; the findings keep theirs in a narrow window
        for mode in HeatMode:
            self.heat_mode.addItem(mode_name(mode))
        change_when_open(self.heat_mode)  # Ctrl+2 back to it and a Down turned the map to readiness unseen
        self.heat_mode.currentIndexChanged.connect(self.show_heat)
        self.hour = QSlider(Qt.Orientation.Horizontal)
        self.hour.setRange(0, 167)
        self.hour.setValue(18)
        self.hour.setAccessibleName(self.tr("Hour of the week"))
        self.hour.valueChanged.connect(self.show_heat)
        hour_policy = self.hour.sizePolicy()
        hour_policy.setRetainSizeWhenHidden(True)  # the mode's box keeps its width
        self.hour.setSizePolicy(hour_policy)
        self.hour_label = QLabel()
        self.summary = plain(QLabel())  # names own exercises

        self.previous = QToolButton()  # an arrow: a push button is as wide as a word
        self.previous.setText("◀")
        self.previous.setToolTip(self.tr("Previous week"))
        self.previous.setAccessibleName(self.tr("Previous week"))
        self.previous.clicked.connect(self.previous_week)
        self.next = QToolButton()
        self.next.setText("▶")
        self.next.setToolTip(self.tr("Next week"))
        self.next.setAccessibleName(self.tr("Next week"))
        self.next.clicked.connect(self.next_week)
        self.week_label = QLabel()
        self.copy_forward = QPushButton(self.tr("Copy week forward"))  # a menu: to the next week or all after it
        copy_menu = QMenu(self.copy_forward)
        self.copy_to_next = copy_menu.addAction(self.tr("To the next week"), self.copy_week_forward)
        self.copy_onward = copy_menu.addAction(self.tr("To every week after it"), self.copy_week_onward)
        self.copy_forward.setMenu(copy_menu)
        self.deload = QPushButton(self.tr("Make deload week"))
        self.deload.clicked.connect(self.make_deload)

        paging = QWidget(self)  # the week and its arrows stay together
        paging_layout = QHBoxLayout(paging)
        paging_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.previous, self.week_label, self.next):
            paging_layout.addWidget(widget)
        bar = FlowLayout()  # the buttons go on a line of their own in a narrow window, whole
        for widget in (paging, self.copy_forward, self.deload):
            bar.addWidget(widget)
        heat_bar = QHBoxLayout()
        heat_bar.addWidget(self.heat_mode)
        heat_bar.addWidget(self.hour, 1)
        heat_bar.addWidget(self.hour_label)
        heat_box = QWidget()
        heat_layout = QVBoxLayout(heat_box)
        heat_layout.setContentsMargins(0, 0, 0, 0)
        heat_layout.setSpacing(0)  # the map keeps room above its captions itself
        heat_layout.addLayout(heat_bar)
        heat_layout.addWidget(self.heat, 1)
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(self.findings)
        lower.addWidget(heat_box)
        lower.setSizes([500, 400])
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(bar)
        upper_layout.addWidget(self.calendar, 1)
        self.summary_holder = SteadyLabel(self.summary)  # changes with every edit: no new layout
        upper_layout.addWidget(self.summary_holder)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(upper)
        self.splitter.addWidget(lower)
        # Sized for a window 768 px high, the findings at their least, and grown alike: else the days were
        # too short for the in-place editor under its row (the heat map's captions are cut short sooner,
        # with their tooltips).
        self.splitter.setSizes([430, self.splitter.widget(1).minimumSizeHint().height()])
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        # No margin above or below: the tabs have no frame (document mode), the tab bar's line and the status bar set
        # the page off. The 18 px are the days': with the heat map at its own least height, a day on half a 1366x768
        # screen (683x740) holds the in-place editor over its row (274 px) only with them.
        layout = QVBoxLayout(self)
        sides = layout.contentsMargins()
        layout.setContentsMargins(sides.left(), 0, sides.right(), 0)
        layout.addWidget(LayoutFence(self.splitter))  # a day header's new dot lays out the calendar, not the window
        self.refresher = RefreshWhenShown(self, live, _shows, self.follow)
        self.log_refresher = RefreshWhenShown(self, live, lambda change: change.log, self._log_changed)
        self._refresh()

    def stop_following(self) -> None:
        """The program is gone (its start undone): follow no more changes, not even the rest of
        the one that took it away, so nothing here reads a program that is not there."""
        self.live.changed.disconnect(self.model.follow)
        self.refresher.stop()
        self.log_refresher.stop()
        self.calendar.let_go()

    def _log_changed(self, change: ChangeSet) -> None:
        """Sets logged (or edited, deleted): the sessions done and missed, the findings behind you (a day logged
        is history), and the readiness logged."""
        self.model.log_changed(change)
        self.calendar.show_headers()
        self.findings.refresh()
        self.show_heat()

    def follow(self, _change: ChangeSet) -> None:
        """The calendar's model follows edits itself; the labels, findings and heat map here.
        The lists are laid out at once, so that one paint shows all of the edit."""
        self._refresh()
        self.calendar.lay_out_now()
        self.findings.list.executeDelayedItemsLayout()

    # -- weeks ------------------------------------------------------------------------------

    @property
    def week(self) -> int:
        return self.model.week

    def set_week(self, week: int) -> None:
        self.model.set_week(max(0, min(week, len(self.live.program.weeks) - 1)))
        self._refresh()

    def previous_week(self) -> None:
        self.set_week(self.week - 1)

    def next_week(self) -> None:
        self.set_week(self.week + 1)

    def copy_week_forward(self) -> None:
        """Copy this week over the next (asking first when it has sessions) or add one, leaving what of it is behind
        you as it was."""
        change = CopyWeekForward.ahead(self.live.program, self.week, past_now(self.live), self._limits())
        if self._copied(change, self.week + 2, self.tr(
                "The week after week %1 is behind you: a copy changes no day gone or logged.")):
            self.set_week(self.week + 1)

    def copy_week_onward(self) -> None:
        """Copy this week over every week after it not lived, one step (asking first: they are replaced)."""
        program = self.live.program
        self._copied(CopyWeekOnward.ahead(program, self.week, past_now(self.live), self._limits()), len(program.weeks),
                     self.tr("The weeks after week %1 are behind you: a copy changes no day gone or logged."))

    def _copied(self, change: CopyWeekForward | CopyWeekOnward, end: int, all_behind: str) -> bool:
        """Whether ``change``, a copy of this week over the weeks after it before ``end``, was made: asked first
        when it replaces sessions. What is behind you stays, and the question says so (the Week tab judges a week
        lived by what it planned); when that is all there is after it, ``all_behind`` says so and nothing is made."""
        program = self.live.program
        if change.first >= end:
            if change.kept:
                ask(self, QMessageBox.Icon.Information, self.tr("Copy week forward"),
                    filled(all_behind, str(self.week + 1)))
            return False
        later = program.weeks[change.first:end]
        if len(later) <= 1:
            question = filled(self.tr("Week %1 already has sessions. Replace them with a copy of week %2?"),
                              str(change.first + 1), str(self.week + 1))
        else:
            question = filled(self.tr("Replace weeks %1–%2 with a copy of week %3?"),
                              str(change.first + 1), str(end), str(self.week + 1))
        if change.kept:
            question += " " + self.tr("What is behind you, the days gone or with sets logged, stays as it was.")
        if any(week.deload for week in later):
            question += " " + self.tr("A deload week stays one: it is made again from the copy.")
        if any(s.day not in change.kept_in(n) for n, week in enumerate(later, change.first) for s in week.sessions) \
                and not self._may_replace(question):
            return False
        self.live.apply(change)
        return True

    def _may_replace(self, question: str) -> bool:
        """Whether the user said Yes to ``question``, asked before a copy replaces planned weeks."""
        return ask(self, QMessageBox.Icon.Question, self.tr("Copy week forward"), question,
                   QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No) == QMessageBox.StandardButton.Yes

    def make_deload(self) -> None:
        self.live.apply(MakeDeload(self.week, self._limits()))

    def _limits(self) -> Thresholds:
        """The trainee's rules, whose PER-2 numbers a deload week is made by."""
        return builtin_thresholds()[self.live.trainee.level]

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._next_day()  # shown again a day later
        self.day_clock.start()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.day_clock.stop()

    def _next_day(self) -> None:
        """A new day: the week shows which day is today, and what was missed, as of it."""
        if clock.today() != self._day:
            self._day = clock.today()
            self.model.update()
            self._refresh()

    def _refresh(self) -> None:
        self.calendar.show_headers()
        self.findings.refresh()  # the week may have changed under it (an undone copy forward)
        if self.findings.chosen() is None and self.heat.picked:  # listed anew: a finding's muscles go
            self.heat.set_picked(())  # (only then: the map is drawn again, a third of a drop's time)
        weeks = len(self.live.program.weeks)
        deload = self.live.program.weeks[self.week].deload
        label = filled(self.tr("Week %1 of %2"), str(self.week + 1), str(weeks))
        deload_word = self.tr("deload")  # outside the f-string, where lupdate finds it
        self.week_label.setText(f"<b>{label}</b>" + (f" · {deload_word}" if deload else ""))
        self.previous.setEnabled(self.week > 0)
        self.next.setEnabled(self.week < weeks - 1)
        self.copy_forward.setEnabled(not deload)  # copied, a deload week's doses would go on in training weeks
        self.copy_forward.setToolTip(self.tr(
            "A deload week is not copied forward: the weeks after it would take its lighter doses, and a deload "
            "week among them would be made lighter again. Copy the training week before it; a deload week after "
            "it is made again from the copy.") if deload else "")
        self.copy_to_next.setEnabled(not deload)
        self.copy_onward.setEnabled(not deload and self.week < weeks - 1)
        self.deload.setEnabled(self.week > 0 and not deload)
        self.deload.setToolTip(self.tr("A deload week is made from the week before it: the same exercises "
                                       "and days, fewer sets, more reps in reserve.") if self.week > 0 else
                               self.tr("The first week has no week before it to make a deload from."))
        self.summary_holder.set_text(self._summary_text())
        self.show_heat()

    def _summary_text(self) -> str:
        week = self.live.report.weeks[self.week]
        language = self.live.language
        parts = []
        for muscle_id, summary in week.muscles.items():
            if summary.band is None:
                continue
            name = self.live.catalog.muscle(muscle_id).name[language]
            band = f" ({decimal(summary.band.low, language)}–{decimal(summary.band.high, language)})" \
                if summary.band is not None else ""
            sessions = self.tr("%n sessions", "", summary.hard_sessions)
            sets = summary.hard_sets  # fractional sets are plural in all three languages
            sets_text = self.tr("%n sets", "", int(sets)) if sets == int(sets) else \
                self.tr("%1 sets").replace("%1", decimal(sets, language))
            parts.append(filled(self.tr("%1: %2, %3%4"), name, sessions, sets_text, band))
        total = self.tr("%1 min in all").replace("%1", str(round(week.minutes)))
        text = " · ".join([*parts, total])
        activation = dict.fromkeys(  # in plan order, each once
            exercise.name[language] for session in self.live.program.weeks[self.week].sessions
            for item in session.items
            if (exercise := self.live.catalog.exercise(item.exercise_id)).category is Category.ACTIVATION)
        if activation:
            text += "\n" + self.tr("Activation work is not counted as hard sets: %1.").replace(
                "%1", ", ".join(activation))
        return text

    # -- heat and findings ------------------------------------------------------------------

    def show_heat(self) -> None:
        mode = HeatMode(self.heat_mode.currentIndex())
        self.hour.setVisible(mode is HeatMode.PLANNED_READINESS)  # an hour means nothing to the weekly sets
        week = self.live.program.weeks[self.week]
        limits = self._limits()
        if mode is HeatMode.LOGGED_READINESS:
            now = datetime.now()
            self.heat.show_heat(readiness_paint(self.live.workspace.readiness_at(now), limits))
            self.hour_label.setText(self.tr("now, %1").replace("%1", clock_text(now.time(), self.live.language)))
        elif mode is HeatMode.PLANNED_READINESS:
            hour = self.hour.value()
            series = readiness_series(week, self.live.catalog)
            self.heat.show_heat(readiness_paint({m: values[hour] for m, values in series.items()}, limits))
            day = messages()(f"weekday.{Weekday(hour // 24).code}", self.live.language)
            self.hour_label.setText(f"{day} {clock_text(time(hour % 24), self.live.language)}")
        else:
            self.heat.show_heat(volume_paint(self.live.report.weeks[self.week]))
            self.hour_label.setText("")

    def show_finding(self, finding: Finding) -> None:
        """Show where a finding is: its week, its sessions selected, its muscles picked on the map."""
        if finding.sessions and finding.sessions[0].week != self.week:
            self.set_week(finding.sessions[0].week)
        self.heat.set_picked(finding.muscles)
        for view in self.calendar.days:
            view.clearSelection()
        for ref in finding.sessions:
            if ref.week != self.week:
                continue
            view = self.calendar.days[int(ref.day)]
            root = view.rootIndex()
            for row in range(self.model.rowCount(root)):
                index = self.model.index(row, 0, root)
                node = self.model.node(index)
                if node is not None and node.session == ref.index:
                    view.selectionModel().select(index, QItemSelectionModel.SelectionFlag.Select)
