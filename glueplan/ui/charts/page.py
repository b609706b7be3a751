"""Charts of progress (pyqtgraph, imported only when this page is first shown: it alone takes
0.4 s to import). Per exercise: e1RM, top set and volume load, or for one done without added load
the most reps in a set, hard sets and total reps; per muscle: weekly hard sets against the plan and
the level's band; adherence: the open program's sessions planned, done and partly done per week (as the Week tab
marks them), and the training days.
Each trainee's chart opens as they left it, for the next start too (the mode, the exercise or muscle, the range
they chose); a range never chosen is the shortest that holds their log, a year at most. A range is the weeks up to
the end of this one: the plan's weeks after it show under All (the hint under the chart says how many).
Hover shows the exact values, and so do Left and Right on the plot, date by date (KeyboardPlot); the wheel zooms
and dragging pans the dates.

Whatever the number of points (none, one, many), the date axis shows the chosen range's dates
(days at the finest: the log is kept by day) with a margin that keeps the newest point clear of the
edge, zooming and panning stay inside them, and a day's bar is a day wide; the values' axis starts
at zero or a little under the lowest value, never below it (a muscle's, against the level's band, at zero: the band
is drawn with nothing logged too, and a chart that draws nothing shows no scale of made-up values); the line
under the plot says why nothing logged is drawn (no set yet; the last one's day, before the range); the legend is a
line above the plot, where it covers no point, on more lines in a narrow page (between names, never in one), names
greyed a line that has no points and why (an e1RM of sets of more than 12 reps), and names nothing not drawn."""

from __future__ import annotations

import bisect
import html
import math
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from functools import partial
from pathlib import Path

import pyqtgraph as pg
from msgspec.structs import replace
from PySide6.QtCore import QDate, QPointF, QRect, QRectF, QSettings, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QFont, QFontMetrics, QFontMetricsF, QImage, QKeyEvent, QPainter, \
    QPaintEvent, QPalette
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from glueplan.app import clock
from glueplan.app.changes import ChangeSet
from glueplan.domain.catalog import Exercise, Laterality
from glueplan.domain.language import Language, decimal
from glueplan.domain.log import KG_PER_LB
from glueplan.domain.messages import messages
from glueplan.domain.plan import monday_of
from glueplan.domain.progress import MAX_TRUSTED_REPS
from glueplan.domain.recovery import is_hard
from glueplan.domain.session_done import WeekDone
from glueplan.domain.thresholds import builtin_thresholds
from glueplan.domain.trainee import Units
from glueplan.store.formats.csv_export import CHART_HEADER, spreadsheet_csv
from glueplan.store.errors import StoreError
from glueplan.store.history import DayResult, ExerciseProgress, HistoryFilter, HistoryOrder, RepsDay
from glueplan.ui.settings.theme import MUTED_TEXT, Tone
from glueplan.ui.shared import file_dialogs
from glueplan.ui.shared.flow_layout import FlowLayout
from glueplan.ui.shared.keyboard_focus import paint_focus_frame
from glueplan.ui.shared.live_workspace import LiveWorkspace
from glueplan.ui.shared.logged_text import locale_of, short_text
from glueplan.ui.shared.narrow_choice import FittingChoice
from glueplan.ui.shared.plain_text import filled, plain
from glueplan.ui.shared.refresh_when_shown import RefreshWhenShown
from glueplan.ui.shared.saved_file import offered_file, png_bytes, save_or_say
from glueplan.ui.shared.trainee_settings import trainee_settings
from glueplan.ui.shared.wheel_when_focused import change_when_open
from glueplan.domain.record import Record

RANGES_DAYS = (28, 91, 365, None)
LONGEST_FITTED = 2  # "1 year": a log longer than a year opens on its last year, unless All is chosen
MODES = ("exercise", "muscle", "sessions")  # the mode box's, as kept in the settings
DAY_S = 24 * 3600
WEEK_S = 7 * DAY_S
YEAR_S = 365.25 * DAY_S
SHORTEST_VIEW_S = WEEK_S  # how far the wheel zooms in
FRAME_PADDING = 0.05  # of the dates (values) shown, each side: a point of today a twentieth of the plot from its edge
# Okabe and Ito's colours, told apart with any colour vision: blue and orange for what is done and what is planned
# (or the top set), over 3:1 on the plot of either theme (the window's colour). The fixed blue was 2.5:1 on the dark.
ACCENT = Tone("#0072b2", "#56b4e9")
SECOND = Tone("#d55e00", "#e69f00")
BAND = Tone("#2d009e73", "#46009e73")  # a level's band of weekly sets: a faint fill behind the bars
VOLUME = Tone("#5d6a8a", "#a3acc8")


def range_start(days: int | None) -> date | None:
    """The Monday a range of ``days`` before today starts in, so the first week's bar counts the whole week;
    None for all."""
    return None if days is None else monday_of(clock.today() - timedelta(days=days))


def range_key(days: int | None) -> str:
    """A range as kept in the settings."""
    return "all" if days is None else str(days)


def stamp(day: date) -> float:
    """Seconds since the epoch at the day's noon (what the date axis counts in)."""
    return datetime.combine(day, time(12)).timestamp()


# A day of the week, and a day of the month, as each language writes them on the date axis: "Tue 5",
# "5 May"; "tirs. 5.", "5. maj".
_DAY_FORMATS = {Language.EN: ("ddd d", "d MMM"), Language.DA: ("ddd d.", "d. MMM"), Language.NB: ("ddd d.", "d. MMM")}


class DateTicks(Record):
    """Dates marked every ``every`` days, weeks (Mondays), months or years, on the day's noon as
    points are (``stamp``); a label says the month, the year, where it changed since the tick before."""

    unit: str  # "day", "week", "month" or "year"
    every: int = 1
    longest_view_s: float = math.inf  # beyond it the marking is not offered

    @property
    def spacing(self) -> float:
        """The seconds between two ticks, about: what pyqtgraph hands tickStrings to say which marking."""
        return {"day": DAY_S, "week": WEEK_S, "month": YEAR_S / 12, "year": YEAR_S}[self.unit] * self.every

    @property
    def _days(self) -> int:
        """The days from one tick to the next, 0 when counted in months."""
        return {"day": 1, "week": 7}.get(self.unit, 0) * self.every

    @property
    def _months(self) -> int:
        """The months from one tick to the next, 0 when counted in days."""
        return {"month": 1, "year": 12}.get(self.unit, 0) * self.every

    def values(self, low: float, high: float) -> list[float]:
        """The ticks between two points of the axis (seconds), the same ones however the view moves."""
        first, last = day_of(low), day_of(high)
        if self._days:
            start = first + timedelta(days=-(first - date.min).days % self._days)  # date.min is a Monday
            days = [start + timedelta(days=n) for n in range(0, (last - start).days + 1, self._days)]
        else:
            month = first.year * 12 + first.month - 1 + (first.day > 1)
            month += -month % self._months  # counted from year 0: every 3 months (or 5 years) marks January (of 2025)
            days = []
            while month // 12 <= last.year and (day := date(month // 12, month % 12 + 1, 1)) <= last:
                days.append(day)
                month += self._months
        return [value for value in map(stamp, days) if low <= value <= high]

    def label_format(self, day: date, weekday: str, day_month: str) -> str:
        """The Qt date format of the day's label, given the language's "ddd d" and "d MMM"."""
        if self.unit == "year":
            return "yyyy"
        if self._days:
            before = day - timedelta(days=self._days)
        else:
            month = day.year * 12 + day.month - 1 - self._months
            before = date(month // 12, month % 12 + 1, 1)
        if self.unit == "month":
            return "yyyy" if before.year != day.year else "MMM"
        if before.year != day.year:
            return f"{day_month} yyyy"
        return day_month if self.unit == "week" or before.month != day.month else weekday

    def finer(self) -> DateTicks | None:
        """The marks between two of these, unlabelled: the single unit, or the unit below it."""
        if self.every > 1:
            return DateTicks(self.unit)
        return {"week": DateTicks("day"), "month": DateTicks("week"), "year": DateTicks("month")}.get(self.unit)


# From the finest to the coarsest: the axis writes the finest whose labels all have room.
# Every other day only in a view of under two weeks (the wheel's nearest, in a narrow window): in a
# longer one Mondays read better.
DATE_TICKS = (DateTicks("day"), DateTicks("day", 2, 2 * WEEK_S), DateTicks("week"), DateTicks("week", 2),
              *(DateTicks("month", n) for n in (1, 2, 3, 6)),
              *(DateTicks("year", n) for n in (1, 2, 5, 10, 25, 50, 100)))
_BY_SPACING = {ticks.spacing: ticks for ticks in DATE_TICKS}
SMALLEST_MARK_PX = 4  # unlabelled ticks closer than this would be a grey smear


def day_of(value: float) -> date:
    """The day of a point in the axis' seconds (local time, as ``stamp`` counts)."""
    return datetime.fromtimestamp(value).date()


class DateAxis(pg.AxisItem):
    """Dates a reader expects at any zoom: days, Mondays, months or years, the finest whose labels
    each have room in the font they are drawn in, with the year written where it changes and months
    and weekdays named in the app's language. pyqtgraph's own date axis chose its ticks by a sample
    text ("MMM") and put a month's name beside the day numbers of a finer row, where they ran into
    each other ('30Sept'), and wrote names in the process locale, whatever language the user chose."""

    def __init__(self, language: Language) -> None:
        super().__init__("bottom")
        self._locale = locale_of(language)
        self._formats = _DAY_FORMATS[language]
        self.setStyle(maxTextLevel=0)  # the finer ticks are marks between the dates written

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list[tuple[float, list[float]]]:  # noqa: N803
        """The labelled ticks, and the finer ones between them where they are apart enough to tell."""
        low, high = sorted((minVal, maxVal))
        if high <= low or size <= 0:
            return []
        per_px = (high - low) / size
        ticks, values = self._labelled(low, high, size)
        levels = [(ticks.spacing, values)]
        finer = ticks.finer()
        if finer is not None and finer.spacing / per_px >= SMALLEST_MARK_PX:
            levels.append((finer.spacing, [value for value in finer.values(low, high) if value not in values]))
        return levels

    def _labelled(self, low: float, high: float, size: float) -> tuple[DateTicks, list[float]]:
        """The finest marking that writes two dates or more, each with room, in the font they are drawn in: blank
        between two at least half as wide as they are, so that the dates read apart at a glance. Judged by the
        labels drawn: pyqtgraph leaves out one that would stick out past an end of the axis. Judged by all, the
        4 weeks up to a Monday at 360 px in Norwegian were marked every other Monday, of which the two at the ends
        went, leaving one date; Mondays had been refused for the room of one never drawn. The finest with room for
        one date if none has for two (a view of a few days), the coarsest if none has for any."""
        metrics = QFontMetricsF(self.style["tickFont"] or QFont())
        per_px = (high - low) / size
        length = size - 2  # the axis' own: pyqtgraph asks for ticks a pixel past each end
        one_date: tuple[DateTicks, list[float]] | None = None
        for ticks in DATE_TICKS:
            if high - low > ticks.longest_view_s:
                continue
            if ticks.spacing / per_px < 2 * metrics.horizontalAdvance("0"):
                continue  # not even a digit would have room: spared writing thousands of labels
            values = ticks.values(low, high)
            widths = [metrics.horizontalAdvance(text) for text in self.tickStrings(values, 1.0, ticks.spacing)]
            drawn = [(value, width) for value, width in zip(values, widths, strict=True)
                     if width / 2 <= (value - low) / (high - low) * length <= length - width / 2]
            if all((right - left) / per_px >= 0.75 * (left_width + right_width)
                   for (left, left_width), (right, right_width) in zip(drawn, drawn[1:], strict=False)):
                if len(drawn) >= 2:
                    return ticks, values
                if len(drawn) == 1:
                    one_date = one_date or (ticks, values)
        return one_date or (DATE_TICKS[-1], DATE_TICKS[-1].values(low, high))

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        ticks = _BY_SPACING[spacing]
        return [self._locale.toString(QDate(day.year, day.month, day.day), ticks.label_format(day, *self._formats))
                for day in map(day_of, values)]


class NumberAxis(pg.AxisItem):
    """Loads, sets and sessions as the language writes numbers: pyqtgraph wrote "17.5" in a Danish
    window, a million as "1e+06", and values under 1 (a muscle's quarter sets) in thousandths with
    "(x0.001)" after the axis' title. Counted things (sessions, reps) are counted whole: pyqtgraph
    marked 10.5 reps."""

    def __init__(self, language: Language) -> None:
        super().__init__("left")
        self._locale = locale_of(language)  # as weight_text writes a load
        self.enableAutoSIPrefix(False)
        self.whole = False

    def count_whole(self, whole: bool) -> None:
        if whole != self.whole:
            self.whole = whole
            self.picture = None  # drawn again, as setTickSpacing does
            self.update()

    def boundingRect(self) -> QRectF:
        """Room for half a label under the axis' foot: pyqtgraph keeps that room only on an axis without a
        grid, and dropped the 0 under a range that starts at zero."""
        return super().boundingRect().adjusted(0, 0, 0, QFontMetricsF(self.style["tickFont"] or QFont()).height() / 2)

    def tickSpacing(self, minVal: float, maxVal: float, size: float) -> list[tuple[float, float]]:  # noqa: N803
        """pyqtgraph's steps (1, 2 or 5 times a power of ten), those of a whole number or more when
        counting: they fall on whole numbers."""
        levels = super().tickSpacing(minVal, maxVal, size)
        if not self.whole:
            return levels
        return [(spacing, offset) for spacing, offset in levels if spacing >= 1 - 1e-9] or [(1.0, 0.0)]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        """As many decimals as the step between ticks has, as pyqtgraph writes them."""
        places = max(0, math.ceil(-math.log10(spacing * scale)))
        return [self._locale.toString(round(value * scale, places) + 0.0, "f", places) for value in values]


class Series(Record):
    """One line or row of bars; ``shift_days`` places weekly bars inside their week (drawing
    and hovering use the same places)."""

    name: str
    days: tuple[date, ...]
    values: tuple[float, ...]
    shift_days: float = 0.0
    colour: QColor | None = None  # as drawn, for the legend; None: not drawn
    absent: str = ""  # why it has no points where it could be expected to: the legend says it, greyed
    planned: bool = False  # the program's, not the log's: drawn with nothing logged, which the hint then says

    def xs(self) -> list[float]:
        return [stamp(day) + self.shift_days * DAY_S for day in self.days]


FIRST, LAST = -2, 2  # KeyboardPlot's steps for Home and End; -1 and 1 are the date before and after


class KeyboardPlot(pg.PlotWidget):
    """The main plot, a Tab stop: Left and Right step to the date before or after, Home and End to the first and the
    last (``stepped``), framed while it has the keyboard. Only the mouse's hover told a point's values: a
    physiotherapist working from the keyboard could read none."""

    stepped = Signal(int)  # -1, 1, FIRST or LAST
    STEPS = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Home: FIRST, Qt.Key.Key_End: LAST}

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier == Qt.KeyboardModifier.NoModifier
        step = self.STEPS.get(Qt.Key(event.key())) if plain else None
        if step is None:
            super().keyPressEvent(event)
        else:
            self.stepped.emit(step)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.hasFocus():
            paint_focus_frame(self.viewport())

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.viewport().update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.viewport().update()


def without_context_menu(plot: pg.PlotWidget) -> None:
    """No pyqtgraph context menu on the plot: its View All put back pyqtgraph's own ranges, as the "A" button hidden
    beside it did, and it, its Plot Options and Export… were English in every language. pyqtgraph makes its menus
    without a parent, Python's alone: a window replaced by a language chosen kept them (55 widgets a plot) in its
    Python cycles until a full collection. The view's menu goes now; the plot's own, never shown, holds the controls
    pyqtgraph reads the plot's options from, and is deleted with the plot."""
    item = plot.getPlotItem()
    item.setMenuEnabled(False)  # the view's menu too
    plot.destroyed.connect(item.ctrlMenu.deleteLater)


class ChartsPage(QWidget):
    """Redraws when the log, the plan, the catalogue or the profile changed, and only while visible."""

    def __init__(self, live: LiveWorkspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        pg.setConfigOptions(antialias=True, background=self.palette().color(self.backgroundRole()),
                            foreground=self.palette().color(self.foregroundRole()))
        self.live = live
        self.workspace = live.workspace
        # The theme's colours (a new window is made when the theme changes, as for the background above).
        self.accent, self.second, self.volume, self.band = (tone.on(self.palette())
                                                            for tone in (ACCENT, SECOND, VOLUME, BAND))
        language = live.language
        self.series: list[Series] = []
        self.bands: list[tuple[str, QColor]] = []  # filled areas drawn, named in the legend: the level's target
        self.mode = QComboBox()
        self.mode.addItem(self.tr("An exercise"))
        self.mode.addItem(self.tr("A muscle"))
        self.mode.addItem(self.tr("Sessions per week"))
        # As wide as its longest name where the bar has room; cut with an ellipsis, never widening the window,
        # where it has not (683 px: half a laptop's).
        self.subject = FittingChoice()
        self.logged: set[str] = set()  # the exercises the trainee shown has logged
        self.range = QComboBox()
        for days, text in zip(RANGES_DAYS, (self.tr("4 weeks"), self.tr("3 months"), self.tr("1 year"),
                                            self.tr("All")), strict=True):
            self.range.addItem(text, days)
        change_when_open(self.mode, self.range)  # Ctrl+5 lands on the mode: a Down redrew another chart unseen
        self.export_png = QPushButton(self.tr("Save as PNG…"))
        self.export_csv = QPushButton(self.tr("Save data as CSV…"))
        self.export_png.clicked.connect(self.save_png)
        self.export_csv.clicked.connect(self.save_csv)
        self.hover = plain(QLabel())  # may name the trainee
        self.plots = QWidget()  # both plots, so a saved picture has both
        self.legend = Legend()
        self.plot = KeyboardPlot(axisItems={"bottom": DateAxis(language), "left": NumberAxis(language)})
        self.plot.setMouseEnabled(x=True, y=False)  # the wheel zooms, dragging pans: the dates
        self.plot.stepped.connect(self.step_reading)
        self.plot.setAccessibleDescription(self.tr("Left and Right read the values date by date, Home and End the "
                                                   "first and the last date."))
        self.reading: float | None = None  # the date read last, by the keys or the mouse (the axis' seconds)
        self.plot.setLimits(minXRange=SHORTEST_VIEW_S)
        self.plot.scene().sigMouseMoved.connect(self._mouse_moved)
        # Volume load has its own scale: a small plot under the main one, on the same dates; its
        # name is its title (as the left axis' label it was longer than the short plot is high).
        self.volume_plot = pg.PlotWidget(axisItems={"bottom": DateAxis(language), "left": NumberAxis(language)})
        self.volume_plot.setMouseEnabled(x=False, y=False)  # it follows the main plot's dates
        self.volume_plot.setXLink(self.plot)
        self.volume_plot.setMaximumHeight(180)
        # Where the keys read, on both plots, as the pointer shows where the mouse reads
        self.markers = [pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen(
            self.palette().color(QPalette.ColorRole.WindowText), width=1, style=Qt.PenStyle.DashLine))
            for _plot in (self.plot, self.volume_plot)]
        self.plot.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.volume_plot.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # no Tab stop: the main plot reads its values too
        for plot in (self.plot, self.volume_plot):
            plot.hideButtons()  # pyqtgraph's "A" put back its own ranges: dates of the points alone, values under 0
            without_context_menu(plot)
        # What to draw above the plots, the values read and the saving under them: one row of
        # all five was wider than the page in a longer language.
        bar = QHBoxLayout()
        for widget in (self.mode, self.subject, self.range):
            bar.addWidget(widget)
        bar.addStretch(1)
        self.hover.setWordWrap(True)
        self.hover.setMinimumHeight(2 * self.hover.fontMetrics().lineSpacing())  # no jump when a reading wraps
        under = QHBoxLayout()
        under.addWidget(self.hover, 1)
        under.addWidget(self.export_png, 0, Qt.AlignmentFlag.AlignTop)
        under.addWidget(self.export_csv, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        plots = QVBoxLayout(self.plots)
        plots.setContentsMargins(0, 0, 0, 0)
        plots.addWidget(self.legend)
        plots.addWidget(self.plot, 1)
        plots.addWidget(self.volume_plot)
        layout.addWidget(self.plots, 1)
        layout.addLayout(under)
        QWidget.setTabOrder(self.range, self.plot)  # from the boxes to the plot under them, then its buttons
        QWidget.setTabOrder(self.plot, self.export_png)
        self.planned_after = 0  # the plan's weeks after the range, not drawn
        self.drawn_for: int | None = None  # the trainee whose chart is drawn
        self.mode.currentIndexChanged.connect(self._mode_chosen)
        self.subject.currentIndexChanged.connect(self._subject_chosen)
        self.range.currentIndexChanged.connect(self._range_chosen)
        self.refresher = RefreshWhenShown(self, live, _shows, self.follow)
        self._show_kept()

    @property
    def language(self) -> Language:
        return self.live.language

    def follow(self, change: ChangeSet) -> None:
        if change.catalog or change.log or change.trainee:
            self._show_kept()  # the user's own exercises can be charted too; the logged ones come first
        else:
            self.redraw()

    def kept(self) -> QSettings:
        """The chart chosen for the trainee shown, kept for the next start too, as the History tab's filter."""
        return trainee_settings("charts", self.workspace.repository.store, self.workspace.trainee_id)

    def _show_kept(self) -> None:
        """The trainee's chart as they left it: the mode and the range they chose, else an exercise over the
        shortest range that holds their log (_fitting_range); the exercise or muscle is chosen by _mode_changed."""
        kept = self.kept()
        mode, days = (str(kept.value(key, "") or "") for key in ("mode", "range"))
        keys = [range_key(days) for days in RANGES_DAYS]
        try:
            ranged = keys.index(days) if days in keys else self._fitting_range()
        except StoreError as error:
            self._unreadable(error)
            return
        for box, index in ((self.mode, MODES.index(mode) if mode in MODES else 0), (self.range, ranged)):
            box.blockSignals(True)
            box.setCurrentIndex(index)
            box.blockSignals(False)
        self._mode_changed()

    def _fitting_range(self) -> int:
        """The shortest range that holds the trainee's whole log, a year at most: the first week's two points
        showed squeezed against the right edge of a year."""
        oldest = self.workspace.history_page(HistoryFilter(order=HistoryOrder(descending=False)), None, 1).last
        first = clock.today() if oldest is None else oldest.performed_at.date()
        return next((index for index, days in enumerate(RANGES_DAYS[:LONGEST_FITTED])
                     if (start := range_start(days)) is not None and start <= first), LONGEST_FITTED)

    def _mode_chosen(self) -> None:
        self.kept().setValue("mode", MODES[self.mode.currentIndex()])
        self._mode_changed()

    def _range_chosen(self) -> None:
        self.kept().setValue("range", range_key(self.range.currentData()))
        self.redraw()

    def _mode_changed(self) -> None:
        """Fill the subjects for the mode, choosing the trainee's muscle (the one shown if none was chosen for
        them) or exercise (_exercise_for), read before the list is emptied: a server away leaves it as it was."""
        wanted, mode, logged = self.subject.currentData(), self.mode.currentIndex(), self.logged
        if mode == 0:
            try:
                logged = self.live.workspace.logged_exercises()
                wanted = self._exercise_for(wanted, logged)
            except StoreError as error:
                self._unreadable(error)
                return
        elif mode == 1:
            wanted = self.kept().value("muscle") or wanted
        self.subject.blockSignals(True)
        self.subject.clear()
        if mode == 0:
            self._list_exercises(logged)
        elif mode == 1:
            for muscle in self.live.catalog.muscles.values():
                self.subject.addItem(muscle.name[self.language], muscle.id)
        index = self.subject.findData(wanted)
        self.subject.setCurrentIndex(index if index >= 0 else max(0, self.subject.findData("back_squat")))
        self.subject.setVisible(mode < 2)
        self.subject.blockSignals(False)
        self.subject.updateGeometry()  # room for the longest name of these
        self.redraw()

    def _exercise_for(self, shown: str | None, logged: set[str]) -> str | None:
        """The exercise to show: the one chosen for this trainee before (while still offered: in the catalogue),
        else the one shown if they logged it, else the one they logged last. The chart stayed on the exercise
        chosen for the trainee shown before, empty for a client who never did it."""
        for exercise_id in (self.kept().value("exercise"), shown if shown in logged else None):
            if exercise_id is not None and exercise_id in self.live.catalog.exercises:
                return str(exercise_id)
        return self._newest_logged()

    def _subject_chosen(self) -> None:
        """Keep the exercise or muscle chosen for the trainee shown (_mode_changed), and draw it."""
        if self.mode.currentIndex() < 2:
            self.kept().setValue(MODES[self.mode.currentIndex()], self.subject.currentData())
        self.redraw()

    def _list_exercises(self, logged: set[str]) -> None:
        """The trainee's logged exercises first, each list in the language's alphabet, a line between, the others
        greyed (nothing to draw): all 60 in one alphabet hid the few a client does among those never done."""
        self.logged = logged
        exercises = self.live.catalog.sorted_exercises(self.language)
        done = [exercise for exercise in exercises if exercise.id in logged]
        for exercise in done:
            self.subject.addItem(exercise.name[self.language], exercise.id)
        if done and len(done) < len(exercises):
            self.subject.insertSeparator(len(done))
        grey = MUTED_TEXT.on(self.subject.palette())
        for exercise in exercises:
            if exercise.id not in logged:
                self.subject.addItem(exercise.name[self.language], exercise.id)
                self.subject.setItemData(self.subject.count() - 1, grey, Qt.ItemDataRole.ForegroundRole)

    def _newest_logged(self) -> str | None:
        """The exercise of the newest set logged, which the page first shows: an exercise never
        logged would show an empty chart (the back squat's, for someone who logs only bridges)."""
        workspace = self.live.workspace
        ids = workspace.history_page(HistoryFilter(), None, 1).ids
        return next((row[2] for row in workspace.history_rows(ids).values()), None) if len(ids) else None

    def since(self) -> date | None:
        return range_start(self.range.currentData())

    def date_range(self) -> tuple[float, float]:
        """From the range's first day (all: at least 4 weeks back) to today, widened to all that is
        drawn (the first point, a bar's width, the last week planned), in the axis' seconds."""
        since = self.since()
        low = stamp(since if since is not None else clock.today() - timedelta(days=28))
        high = stamp(clock.today())
        for plot in (self.plot, self.volume_plot):
            drawn = plot.plotItem.vb.childrenBounds()[0]  # pyqtgraph's bounds: a bar's, with its width
            if drawn is not None:
                low, high = min(low, drawn[0]), max(high, drawn[1])
        return low, high

    def _in_range(self, days: Sequence[date]) -> list[int]:
        """The planned weeks' indexes in the range: from its first week to this one (All: every one). "4 weeks" of
        a program started last week spanned ten, the eight planned after this one too; those are counted in
        ``planned_after``, which the hint under the chart names."""
        since = self.since()
        if since is None:
            return list(range(len(days)))
        last = monday_of(clock.today())
        self.planned_after = sum(day > last for day in days)
        return [i for i, day in enumerate(days) if since <= day <= last]

    def marker_size(self) -> int:
        """A point's width, half the font's height (7 px at 1x): at 4 px a single day's point was lost at 150 %."""
        return round(QFontMetricsF(self.font()).height() / 2)

    def redraw(self) -> None:
        """The chart of the mode, subject and range chosen, its reads made before the last chart is taken down: a
        server away leaves it, and says why (_unreadable)."""
        mode, subject, since = self.mode.currentIndex(), self.subject.currentData(), self.since()
        try:
            if mode == 0:
                draw = partial(self._exercise, subject, self.workspace.exercise_progress(subject, since))
            elif mode == 1:
                draw = partial(self._muscle, subject, self.workspace.weekly_hard_sets(subject, since))
            else:
                draw = partial(self._adherence, self.workspace.weeks_done(clock.today()),
                               self.workspace.training_days_per_week(since))
        except StoreError as error:
            self._unreadable(error)
            return
        self._take_down()
        self.volume_plot.setVisible(mode == 0)
        for plot in (self.plot, self.volume_plot):  # sessions are counted whole; reps too (_exercise)
            plot.getAxis("left").count_whole(mode == 2)
        self.series = draw()
        self.drawn_for = self.workspace.trainee_id
        self.legend.show_series(self.series, self.bands)
        # A level's band is drawn without a set logged (a client's first look at the muscle's target): its values
        # are read up the axis from none, as the bars' are; with nothing at all drawn, no scale: values, marks, grid.
        empty = not any(s.days for s in self.series) and not self.bands
        for plot in (self.plot, self.volume_plot):
            plot.getAxis("left").setStyle(showValues=not empty)
            plot.getAxis("left").setTicks([] if empty else None)
            plot.showGrid(x=False, y=not empty, alpha=0.25)
            drawn = None if empty else plot.plotItem.vb.childrenBounds()[1]
            if drawn is not None and self.bands:
                drawn = (0.0, drawn[1])
            plot.setYRange(*value_range(drawn), padding=0)
        # The range's own dates, whatever the points (none would show 1970, one a few seconds), padded
        # so that a point of today stands clear of the edge; the wheel and dragging stay inside them.
        self.plot.setLimits(xMin=None, xMax=None)  # the last range's limits would clip this one
        self.plot.setXRange(*self.date_range(), padding=FRAME_PADDING)
        low, high = self.plot.viewRange()[0]
        self.plot.setLimits(xMin=low, xMax=high)
        self.reading = None
        self.plot.setAccessibleName(filled(self.tr("Chart of %1"), self.subject_title()))
        # The plan's weeks (or nothing) alone drawn: why none of the log, in place of how to read it.
        hint = self.tr("Point at the chart, or press Left or Right on it, to read its values.") \
            if any(any(s.values) for s in self.series if not s.planned) else self._nothing_logged()
        if self.planned_after:
            hint += " " + self.tr("The plan's %n week(s) after this one show under All.", "", self.planned_after)
        self.hover.setText(hint)

    def _take_down(self) -> None:
        """No chart: the plots, the bands and the series emptied."""
        self.plot.clear()
        self.volume_plot.clear()
        self.bands = []
        self.series = []
        self.planned_after = 0

    def _unreadable(self, error: StoreError) -> None:
        """Why the chart could not be read (a server away), where its readings show; a draw raised out of the Qt
        slot that asked for it. The last chart stays while it is the trainee's shown: one of the trainee shown
        before is taken down, not to be read, or saved, as theirs."""
        if self.drawn_for != self.workspace.trainee_id:
            self._take_down()
            self.legend.show_series(self.series, self.bands)
        self.hover.setText(error.text(self.language))

    def _nothing_logged(self) -> str:
        """Why nothing logged is drawn: an exercise the trainee never logged, beside others they did, is said to be one
        (those are listed first); no set logged at all; the day of the last set (of the exercise), before the range;
        else no hard set of the muscle, or nothing, in the range."""
        mode, subject = self.mode.currentIndex(), self.subject.currentData()
        if mode == 0 and self.logged and subject not in self.logged:
            return filled(self.tr("%1 has not logged this exercise yet: the exercises logged are first in the list."),
                          self.live.trainee.name)
        try:
            newest = self.workspace.newest_logged_day(subject if mode == 0 else None)
        except StoreError as error:
            return error.text(self.language)
        since = self.since()
        if newest is None:
            return self.tr("No sets logged yet.")
        if since is not None and newest < since:
            return filled(self.tr("Nothing logged in this range: the last set was logged on %1."),
                          short_text(newest, self.language))
        if mode == 1:
            return self.tr("No hard sets for this muscle logged in this range yet.")
        return self.tr("Nothing logged in this range yet.")

    # -- the three charts -----------------------------------------------------------------

    def _exercise(self, exercise_id: str, progress: ExerciseProgress) -> list[Series]:
        """Lines on the main plot, bars of the day's volume under it: of load (e1RM, top set, volume
        load), or of reps for an exercise done without added load (domain.progress.progress_in_reps)."""
        if progress.reps is not None:
            lines, volume, label = self._reps(progress.reps, self.live.catalog.exercise(exercise_id))
            for plot in (self.plot, self.volume_plot):
                plot.getAxis("left").count_whole(True)
        else:
            lines, volume, label = self._loads(progress.loads or [])
        for series, width in zip(lines, (2, 1.5), strict=False):  # the main line the wider
            self.plot.plot(series.xs(), list(series.values), pen=pg.mkPen(series.colour, width=width),
                           symbol="o", symbolSize=self.marker_size(), symbolBrush=series.colour)
        # A day wide, centred on the day; the outline keeps a bar visible when a year is shown.
        self.volume_plot.addItem(pg.BarGraphItem(x=volume.xs(), height=list(volume.values), width=DAY_S * 0.8,
                                                 brush=self.volume, pen=pg.mkPen(self.volume, width=1.5)))
        self.volume_plot.setTitle(volume.name, size=f"{self.font().pointSizeF():g}pt")
        self.plot.setLabel("left", label)
        return [*lines, volume]

    def _loads(self, days: Sequence[DayResult]) -> tuple[list[Series], Series, str]:
        """The e1RM and the top set, the volume load, and the axis' title: in the user's units."""
        units = self.live.trainee.units
        per_kg = 1.0 if units is Units.KG else 1 / KG_PER_LB  # shown in the user's units
        trusted = [d for d in days if d.e1rm_kg is not None]
        # Loaded sets in the range (else the reps are charted) and none to estimate from: say why no line.
        absent = self.tr("only from sets of %1 reps or fewer").replace("%1", str(MAX_TRUSTED_REPS)) \
            if days and not trusted else ""
        e1rm = Series(self.tr("Estimated 1RM (%1)").replace("%1", units.value), tuple(d.day for d in trusted),
                      tuple((d.e1rm_kg or 0.0) * per_kg for d in trusted), colour=self.accent, absent=absent)
        top = Series(self.tr("Top set (%1)").replace("%1", units.value), tuple(d.day for d in days),
                     tuple(d.top_kg * per_kg for d in days), colour=self.second)
        volume = Series(self.tr("Volume load (%1 × reps)").replace("%1", units.value), tuple(d.day for d in days),
                        tuple(d.volume_kg * per_kg for d in days), colour=self.volume)
        return [e1rm, top], volume, units.value

    def _reps(self, days: Sequence[RepsDay], exercise: Exercise) -> tuple[list[Series], Series, str]:
        """The most reps in a set and the hard sets, the reps done, and the axis' title. An exercise
        no set of which is hard (activation work, domain.recovery.is_hard) has no hard sets to draw,
        where a line at 0 would say it was done too easily; a one-sided one's reps done add up its sides."""
        when = tuple(d.day for d in days)
        most = Series(self.tr("Most reps in a set"), when, tuple(float(d.most_reps) for d in days), colour=self.accent)
        lines = [most]
        if is_hard(0, exercise.category):
            lines.append(Series(self.tr("Hard sets"), when, tuple(d.hard_sets for d in days), colour=self.second))
        total = self.tr("Total reps (left + right)") if exercise.laterality is Laterality.UNILATERAL \
            else self.tr("Total reps")
        volume = Series(total, when, tuple(float(d.reps) for d in days), colour=self.volume)
        return lines, volume, self.tr("reps and hard sets") if len(lines) > 1 else self.tr("reps")

    def _muscle(self, muscle_id: str, weeks: Sequence[tuple[date, float]]) -> list[Series]:
        logged = Series(self.tr("Hard sets logged"), tuple(w for w, _s in weeks), tuple(s for _w, s in weeks), 3,
                        self.accent)
        bars = pg.BarGraphItem(x=logged.xs(), height=list(logged.values), width=WEEK_S * 0.7, brush=self.accent)
        self.plot.addItem(bars)
        volume = builtin_thresholds()[self.live.trainee.level].volume.get(muscle_id)
        if volume is not None:
            band = pg.LinearRegionItem((volume.band.low, volume.band.high), orientation="horizontal", movable=False,
                                       brush=self.band, pen=pg.mkPen(None))
            band.setZValue(-10)
            self.plot.addItem(band)
            level = messages()(f"level.{self.live.trainee.level.value}", self.language)
            self.bands.append((filled(self.tr("Target, %1: %2–%3 hard sets a week"), level,
                                      decimal(volume.band.low, self.language),
                                      decimal(volume.band.high, self.language)), self.band))
        planned = self._planned_sets(muscle_id)
        if planned.days:
            self.plot.plot(planned.xs(), list(planned.values), pen=pg.mkPen(self.second, width=2), symbol="t",
                           symbolBrush=self.second)
        self.plot.setLabel("left", self.tr("hard sets a week"))
        return [logged, planned]

    def _planned_sets(self, muscle_id: str) -> Series:
        """The open program's hard sets a week, as its report (the editor's, with the time budgets) says."""
        program, report = self.workspace.program, self.workspace.report
        if program is None or report is None or program.start is None:
            return Series(self.tr("Planned"), (), (), 3, planned=True)
        days = program.week_starts()
        shown = self._in_range(days)
        return Series(self.tr("Planned"), tuple(days[i] for i in shown),
                      tuple(report.weeks[i].muscles[muscle_id].hard_sets for i in shown), 3, self.second, planned=True)

    def _adherence(self, weeks_done: Sequence[WeekDone], days: Sequence[tuple[date, int]]) -> list[Series]:
        """Sessions a week: the open program's planned, and done and partly done (stacked on done) as the Week tab
        marks them (domain.session_done), so that both say one number for a week; and, as points, the training
        days (days with a set logged), with a plan or without. Training days are not sessions done on purpose: a
        day of two sessions is one, a day of extra work one more; that is how often one trains."""
        planned: list[tuple[date, float]] = []
        program = self.workspace.program
        if program is not None and program.start is not None:
            planned = [(monday, float(len(week.sessions)))
                       for monday, week in zip(program.week_starts(), program.weeks, strict=True)]
            planned = [planned[i] for i in self._in_range([w for w, _n in planned])]
        planned_series = Series(self.tr("Sessions planned"), tuple(w for w, _n in planned),
                                tuple(n for _w, n in planned), 2.2, self.second,  # as the muscle chart's planned line
                                planned=True)
        since = self.since()  # the weeks begun by today: none after this one (_in_range counts the plan's alone)
        weeks = [week for week in weeks_done if since is None or week.monday >= since]
        mondays = tuple(week.monday for week in weeks)
        done = Series(self.tr("Sessions done"), mondays, tuple(float(week.done) for week in weeks), 3.8, self.accent)
        partly = Series(self.tr("Partly done"), mondays, tuple(float(week.partly) for week in weeks), 3.8,
                        self.volume)
        # Bars of none done in any week show nothing: not drawn, nor named in the legend (their 0 is still read)
        done, partly = (series if any(series.values) else replace(series, colour=None) for series in (done, partly))
        for series, base in ((planned_series, None), (done, None), (partly, done.values)):
            if series.days and series.colour is not None:
                self.plot.addItem(pg.BarGraphItem(x=series.xs(), height=list(series.values), width=WEEK_S * 0.3,
                                                  y0=list(base) if base is not None else 0, brush=series.colour))
        trained = Series(self.tr("Training days"), tuple(w for w, _n in days), tuple(float(n) for _w, n in days),
                         3.5, self.palette().color(QPalette.ColorRole.WindowText))
        if trained.days:
            self.plot.plot(trained.xs(), list(trained.values), pen=None, symbol="o", symbolSize=self.marker_size(),
                           symbolBrush=trained.colour, symbolPen=trained.colour)
        self.plot.setLabel("left", self.tr("sessions"))
        return [planned_series, done, partly, trained]

    # -- reading and saving ---------------------------------------------------------------

    def nearest(self, x: float) -> str:
        """The values of every series at the date nearest to ``x`` (seconds)."""
        parts = []
        for series in self.series:
            if not series.days:
                continue
            xs = series.xs()
            index = min(range(len(xs)), key=lambda i: abs(xs[i] - x))
            parts.append(f"{series.name}: {decimal(series.values[index], self.language)} "
                         f"({short_text(series.days[index], self.language)})")
        return " · ".join(parts)

    def _mouse_moved(self, position: QPointF) -> None:
        if self.plot.sceneBoundingRect().contains(position):
            x = self.plot.plotItem.vb.mapSceneToView(position).x()
            text = self.nearest(x)
            if text:
                self.hover.setText(text)
                self.reading = x  # the keys go on from here
                for marker in self.markers:
                    marker.hide()  # the pointer shows where

    def dates(self) -> list[float]:
        """Every date drawn, in the axis' seconds (a day's noon), oldest first."""
        return sorted({stamp(day) for series in self.series for day in series.days})

    def step_reading(self, step: int) -> None:
        """Read the values at the date before or after the one read last (``step`` -1 or 1; the first or the
        last with none read yet), or at the first or the last (FIRST, LAST): in the readout the mouse's hover
        fills, in the plot's accessible name (a screen reader says it), and marked on the plot, in sight."""
        dates = self.dates()
        if not dates:
            return
        if step in (FIRST, LAST) or self.reading is None:
            index = 0 if step in (FIRST, 1) else len(dates) - 1
        elif step > 0:
            index = min(bisect.bisect_right(dates, self.reading), len(dates) - 1)
        else:
            index = max(bisect.bisect_left(dates, self.reading) - 1, 0)
        self.reading = x = dates[index]
        text = self.nearest(x)
        self.hover.setText(text)
        self.plot.setAccessibleName(filled(self.tr("Chart of %1: %2"), self.subject_title(), text))
        for plot, marker in zip((self.plot, self.volume_plot), self.markers, strict=True):
            if marker.scene() is None:  # the chart was drawn again since
                plot.addItem(marker, ignoreBounds=True)
            marker.setValue(x)
            marker.show()
        low, high = self.plot.viewRange()[0]
        if not low <= x <= high:  # zoomed in elsewhere: the date read comes into the middle
            self.plot.setXRange(x - (high - low) / 2, x + (high - low) / 2, padding=0)

    def subject_title(self) -> str:
        """What the chart is of, in the app's language: the exercise or muscle, or sessions per
        week."""
        return self.mode.currentText() if self.subject.isHidden() else self.subject.currentText()

    def file_title(self) -> str:
        """The name a saved chart is offered under: what it is of and whose, so that a coach's
        charts of three clients' hip thrusts do not take each other's place."""
        return f"{self.subject_title()} – {self.live.trainee.name}"

    def save_png(self, path: str | None = None) -> Path | None:
        offered = offered_file(self.file_title(), ".png")
        chosen = path or file_dialogs.save_file_name(self, self.tr("Save chart"), offered, "PNG (*.png)")[0]
        if not chosen:
            return None
        return Path(chosen) if save_or_say(self, Path(chosen), png_bytes(self.picture()), self.language) else None

    def picture(self) -> QImage:
        """What Save as PNG writes: the plots under a line that says what they are of, whose, and over
        which dates, as a chart handed to a client is read away from the app; without the keys' marker."""
        shown = [marker.isVisible() for marker in self.markers]
        for marker in self.markers:
            marker.hide()
        plots = self.plots.grab().toImage()
        for marker, visible in zip(self.markers, shown, strict=True):
            marker.setVisible(visible)
        ratio = plots.devicePixelRatio()
        font = QFont(self.font())
        font.setBold(True)
        metrics = QFontMetrics(font)
        header = metrics.height() * 2
        width = round(plots.width() / ratio)
        title = metrics.elidedText(f"{self.file_title()} · {self.range.currentText()}", Qt.TextElideMode.ElideRight,
                                   width)
        image = QImage(plots.width(), plots.height() + round(header * ratio), QImage.Format.Format_ARGB32)
        image.setDevicePixelRatio(ratio)
        image.fill(self.palette().color(QPalette.ColorRole.Window))
        painter = QPainter(image)
        painter.setFont(font)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.drawText(QRect(0, 0, width, header), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         title)  # in line with the legend under it
        painter.drawImage(0, header, plots)
        painter.end()
        return image

    def save_csv(self, path: str | None = None) -> Path | None:
        offered = offered_file(self.file_title(), ".csv")
        chosen = path or file_dialogs.save_file_name(self, self.tr("Save data"), offered, "CSV (*.csv)")[0]
        if not chosen:
            return None
        data = csv_text(self.series, self.language).encode("utf-8")
        return Path(chosen) if save_or_say(self, Path(chosen), data, self.language) else None


class Legend(QWidget):
    """Each drawn series' name after a square of its colour, on as many lines as the width needs,
    a line breaking between names and never in one: one wrapped label broke the Danish
    "Volumen (kg × gentagelser)" after its × at 683 px (half a laptop's screen)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries = FlowLayout(self)
        self.entries.setContentsMargins(0, 0, 0, 0)
        self.entries.setSpacing(self.fontMetrics().horizontalAdvance("   "))  # names apart as in a list, not 6 px

    def show_series(self, series: Sequence[Series], bands: Sequence[tuple[str, QColor]] = ()) -> None:
        """The series drawn, then the filled areas behind them (a level's band), each named with its colour."""
        while (item := self.entries.takeAt(0)) is not None:
            item.widget().setParent(None)  # gone now, not at the next event: a grab straight after shows none
        for one in series:
            if one.colour is not None and one.days:
                self._entry(one.name, one.colour)
            elif one.colour is not None and one.absent:  # greyed where its line would be, saying why there is none
                entry = plain(QLabel(f"■\u00a0{one.name} – {one.absent}"))
                palette = entry.palette()  # grey that reads, in either theme: a disabled label's was too faint
                palette.setColor(QPalette.ColorRole.WindowText, MUTED_TEXT.on(palette))
                entry.setPalette(palette)
                self.entries.addWidget(entry)
        for name, colour in bands:
            self._entry(name, colour)

    def _entry(self, name: str, colour: QColor) -> None:
        """A square of the colour as it shows on the window (a see-through band's too), then the name."""
        ground = self.palette().color(QPalette.ColorRole.Window)
        alpha = colour.alphaF()
        shown = QColor.fromRgbF(*(alpha * c + (1 - alpha) * g
                                  for c, g in zip(colour.getRgbF()[:3], ground.getRgbF()[:3], strict=True)))
        entry = QLabel(f'<span style="color:{shown.name()}">■</span>&nbsp;{html.escape(name)}')
        entry.setTextFormat(Qt.TextFormat.RichText)
        self.entries.addWidget(entry)


def value_range(drawn: Sequence[float] | None) -> tuple[float, float]:
    """The values' axis for what is drawn (its lowest and highest value, None: nothing): from a little
    under the lowest value, never below zero (loads, reps, sets and sessions are none of them negative),
    and from zero for a flat line. pyqtgraph's own range put the foot of a volume bar at -140 lb, and
    kept the scale of the chart shown before around a flat line: a frog pump's 25 lb on -100 to 150 lb."""
    if drawn is None or drawn[1] <= 0:
        return 0.0, 1.0
    low, high = drawn
    if low >= high:
        low = 0.0
    margin = (high - low) * FRAME_PADDING
    return max(0.0, low - margin), high + margin


def _shows(change: ChangeSet) -> bool:
    return change.log or change.plan or change.catalog or change.trainee


def csv_text(series: Sequence[Series], language: Language) -> str:
    """One row per series and date: the same numbers the chart shows, as a spreadsheet in the window's
    language opens it (Danish: semicolons and "126,67"; with commas it opened as one column)."""
    rows = ([one.name, day.isoformat(), float(value)] for one in series
            for day, value in zip(one.days, one.values, strict=True))
    return spreadsheet_csv(CHART_HEADER, rows, language, digits=2)
