"""Lays a program sheet out on paper: the first page, one section per session, header and footer.

``paint_sheet`` is the one painting function behind the print preview, the printer and PDF
files; it takes the paint device as an argument and never opens a dialog.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPen,
)

from glueplan.domain.catalog import LoadKind
from glueplan.domain.dose_words import rir_said
from glueplan.domain.figure.pose_file import builtin_motions
from glueplan.domain.figure.scene import scene_at
from glueplan.domain.language import Language, decimal
from glueplan.domain.messages import messages
from glueplan.domain.program_sheet import (
    ExerciseBlock,
    Paper,
    ProgramSheet,
    SessionSection,
    WeekRun,
    week_span,
)
from glueplan.ui.illustration.renderer import layers_bounds, paint_scene, scene_layers
from glueplan.ui.print.page_flow import (INK, MUTED, RULE, SHADE, Block, Stack, Text, Units, paginate, text_block,
                                         together)
from glueplan.ui.shared.logged_text import clock_text, locale_of
from glueplan.ui.shared.rir_meaning import rir_defined

PAGE_SIZES = {Paper.A4: QPageSize.PageSizeId.A4, Paper.LETTER: QPageSize.PageSizeId.Letter}


MARGINS_MM = QMarginsF(16, 12, 16, 12)
HEADER_MM, FOOTER_MM = 11.0, 9.0
MAX_WEEKS_PER_GRID = 6
FIGURE_MM = (27.0, 33.0)
NOTES_GAP_MM = 2.0
# Spaces between blocks and the rows written on, as designed and at their tightest: a sheet is laid out
# as designed unless drawing them tighter (half-way, then all the way) puts it on fewer pages.
SPACES_MM = {"heading": (7.0, 5.0), "session": (12.0, 6.0), "exercise": (5.0, 2.5), "grid": (2.0, 1.0),
             "log_row": (7.0, 6.0), "notes_row": (6.5, 6.0)}
SQUEEZES = (0.0, 0.5, 1.0)
DATE_FORMATS = {Language.EN: ("d MMM", "d MMMM"), Language.DA: ("d. MMM", "d. MMMM"),
                Language.NB: ("d. MMM", "d. MMMM")}


def page_layout(paper: Paper) -> QPageLayout:
    return QPageLayout(QPageSize(PAGE_SIZES[paper]), QPageLayout.Orientation.Portrait, MARGINS_MM,
                       QPageLayout.Unit.Millimeter)


def paint_sheet(sheet: ProgramSheet, device: QPagedPaintDevice, set_layout: bool = True) -> int:
    """Paint every page of the sheet onto the device (a QPrinter or QPdfWriter) and return how
    many there are: none when the device cannot be painted on (a file that cannot be opened).
    With ``set_layout`` the device gets the sheet's paper, portrait, margins; without, the page
    the device has (a printer the user set up) is kept."""
    if set_layout:
        device.setPageLayout(page_layout(sheet.options.paper))
    units = Units(device)
    width, height = float(device.width()), float(device.height())
    body_top, body_height = units.mm(HEADER_MM), height - units.mm(HEADER_MM + FOOTER_MM)
    pages = min((paginate(_SheetLayout(sheet, units, width, squeeze).blocks(), body_height) for squeeze in SQUEEZES),
                key=len)  # the first of the fewest pages: spaces no tighter than that needs
    painter = QPainter(device)
    if not painter.isActive():
        return 0
    try:
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        for number, placed in enumerate(pages, start=1):
            if number > 1:
                device.newPage()
            _header_footer(painter, sheet, units, width, height, number, len(pages))
            for item in placed:
                item.block.paint(painter, 0.0, body_top + item.y)
    finally:
        painter.end()
    return len(pages)


def _text(key: str, language: Language, **params: object) -> str:
    return messages()(key, language, **params)


def _date(day: date, language: Language, long: bool = False, year: bool = False) -> str:
    form = DATE_FORMATS[language][long] + (" yyyy" if year else "")
    return locale_of(language).toString(QDate(day.year, day.month, day.day), form)


def _period(first: date, last: date, language: Language, long: bool = False) -> str:
    """Both ends in one form, the month written out or short, the year once when they share it:
    "2 Mar – 6 Apr 2026", "7 Dec 2026 – 8 Feb 2027". Each date is kept on one line, so that a
    narrow column breaks the period at its dash."""
    if first == last:
        return _date(last, language, long, year=True).replace(" ", "\u00a0")
    ends = (_date(first, language, long, year=first.year != last.year), _date(last, language, long, year=True))
    return " – ".join(end.replace(" ", "\u00a0") for end in ends)


def _header_footer(painter: QPainter, sheet: ProgramSheet, units: Units, width: float, height: float,
                   page: int, pages: int) -> None:
    language = sheet.language
    small = units.font(7.5)
    painter.setFont(small)
    metrics = QFontMetricsF(small, units.device)
    painter.setPen(MUTED)
    right = sheet.trainee
    left = metrics.elidedText(sheet.program, Qt.TextElideMode.ElideRight, width - metrics.horizontalAdvance(right)
                              - units.mm(8))
    baseline = metrics.ascent()
    painter.drawText(QPointF(0, baseline), left)
    painter.drawText(QPointF(width - metrics.horizontalAdvance(right), baseline), right)
    pen = QPen(RULE, units.mm(0.2))
    painter.setPen(pen)
    painter.drawLine(QPointF(0, metrics.height() + units.mm(1.2)), QPointF(width, metrics.height() + units.mm(1.2)))
    footer_top = height - metrics.height()
    painter.drawLine(QPointF(0, footer_top - units.mm(1.2)), QPointF(width, footer_top - units.mm(1.2)))
    painter.setPen(MUTED)
    printed = _text("sheet.printed", language, date=_date(sheet.printed_on, language, long=True, year=True))
    page_text = _text("sheet.page", language, page=page, pages=pages)
    painter.drawText(QPointF(0, footer_top + baseline), printed)
    painter.drawText(QPointF(width - metrics.horizontalAdvance(page_text), footer_top + baseline), page_text)


class _SheetLayout:
    """Builds the blocks of one sheet for one page width."""

    def __init__(self, sheet: ProgramSheet, units: Units, width: float, squeeze: float = 0.0) -> None:
        """``squeeze`` from 0 to 1: how far the spaces go from their designed size to their tightest."""
        self.squeeze = squeeze
        self.sheet = sheet
        self.units = units
        self.width = width
        self.language = sheet.language
        self.motions = builtin_motions() if sheet.options.illustrations else {}

    def space(self, name: str) -> float:
        designed, tightest = SPACES_MM[name]
        return self.units.mm(designed + self.squeeze * (tightest - designed))

    def t(self, key: str, **params: object) -> str:
        return _text(key, self.language, **params)

    def para(self, text: str, points: float, width: float | None = None, bold: bool = False,
             italic: bool = False, color: QColor = INK, centred: bool = False, lead: str = "") -> Text:
        return Text(self.units, text, self.units.font(points, bold, italic), self.width if width is None else width,
                    color, centred, lead)

    def blocks(self) -> list[Block]:
        mm = self.units.mm
        blocks = [self._title(), self._heading(self.t("sheet.week_plan"), self.space("heading"))]
        for run in self.sheet.runs:
            blocks.extend(self._week_run(run))
        blocks.append(together(self._heading(self.t("sheet.volume_heading"), self.space("heading")),
                                text_block(self.para(self.t("sheet.volume_explained"), 8, color=MUTED)),
                                self._volume(),  # and the words of the page under it, not alone atop the next
                                text_block(self.para(self.t("sheet.rir_explained", rir=rir_defined(self.language)), 8,
                                                     color=MUTED),
                                           space_before=mm(6))))
        blocks.extend(self._section(section) for section in self.sheet.sections)
        return blocks

    # -- the first page ---------------------------------------------------------------------

    def _title(self) -> Block:
        mm = self.units.mm
        stack = Stack()
        stack.add(text_block(self.para(self.sheet.program or self.t("sheet.program"), 18, bold=True)))
        if self.sheet.start is not None and self.sheet.end is not None:
            dates = _period(self.sheet.start, self.sheet.end, self.language, long=True)
        else:
            dates = self.t("sheet.no_dates")
        facts = [(self.t("sheet.trainee"), self.sheet.trainee), (self.t("sheet.dates"), dates),
                 (self.t("sheet.level"), self.sheet.level)]
        facts = [(label, value) for label, value in facts if value]  # no trainee named on one's own sheet
        column = (self.width - mm(8)) / 3
        cells = [(self.para(label, 7.5, column, color=MUTED), self.para(value, 10.5, column)) for label, value in facts]
        row_height = max(label.height + value.height for label, value in cells)

        def paint(painter: QPainter, x: float, y: float) -> None:
            for index, (label, value) in enumerate(cells):
                left = x + index * (column + mm(4))
                label.paint(painter, left, y)
                value.paint(painter, left, y + label.height)

        stack.add(Block(row_height, paint), mm(4))
        return stack.block()

    def _heading(self, text: str, space_before: float, points: float = 12.5) -> Block:
        heading = self.para(text, points, bold=True)
        mm = self.units.mm

        def paint(painter: QPainter, x: float, y: float) -> None:
            heading.paint(painter, x, y)
            painter.setPen(QPen(INK, mm(0.35)))
            painter.drawLine(QPointF(x, y + heading.height + mm(0.8)), QPointF(x + self.width, y + heading.height
                                                                                + mm(0.8)))

        return Block(heading.height + mm(2.5), paint, space_before)

    def _week_run(self, run: WeekRun) -> list[Block]:
        mm = self.units.mm
        label = self._weeks(range(run.first, run.last + 1))
        first_day = run.days[0].date
        if first_day is not None:
            label += "  ·  " + self.t("sheet.from_date", date=_date(first_day, self.language, long=True, year=True))
        if run.deload:
            label += "  ·  " + self.t("sheet.deload")
        widths = [mm(27), mm(30), 0.0, mm(34), mm(11), mm(15)]
        widths[2] = self.width - sum(widths)
        header = [self.t(f"sheet.column.{key}") for key in ("day", "session", "exercise", "sets_reps", "rir", "rest")]
        rows: list[Block] = [text_block(self.para(label, 10, bold=True), space_before=mm(3)),
                             self._table_row(header, widths, 8, header=True)]
        for day in run.days:
            name = self.t(f"weekday.{day.day.code}").capitalize()
            day_text = name if day.date is None or run.first != run.last else \
                f"{name}\n{_date(day.date, self.language)}"
            if not day.sessions:
                rows.append(self._table_row([day_text, self.t("sheet.rest_day"), "", "", "", ""], widths, 8.5,
                                            muted=True))
                continue
            lines = Stack()
            for session in day.sessions:
                for index, dose in enumerate(session.doses or [None]):
                    first = index == 0
                    cells = [day_text if first and session is day.sessions[0] else "",
                             f"{clock_text(session.time, self.language)}  {session.title}" if first else "",
                             dose.name if dose else "", dose.sets_reps if dose else "",
                             str(dose.rir) if dose else "", dose.rest if dose else ""]
                    lines.add(self._table_row(cells, widths, 8.5, rule=first))
            rows.append(lines.block())
        return [together(*rows)]

    def _table_row(self, cells: Sequence[str], widths: Sequence[float], points: float, header: bool = False,
                   muted: bool = False, rule: bool = True) -> Block:
        mm = self.units.mm
        pad = mm(1.2)
        texts = [self.para(cell, points, max(width - 2 * pad, 1.0), bold=header,
                           color=MUTED if muted or header else INK)
                 for cell, width in zip(cells, widths, strict=True)]
        height = max(text.height for text in texts) + 2 * pad

        def paint(painter: QPainter, x: float, y: float) -> None:
            if header:
                painter.fillRect(QRectF(x, y, sum(widths), height), SHADE)
            elif rule:
                painter.setPen(QPen(RULE, mm(0.2)))
                painter.drawLine(QPointF(x, y), QPointF(x + sum(widths), y))
            left = x
            for text, width in zip(texts, widths, strict=True):
                text.paint(painter, left + pad, y + pad)
                left += width

        return Block(height, paint)

    def _volume(self) -> Block:
        """The plan's numbers, plainly: a client reads a count marked against the level's band as
        "too much" (or too little), a judgement that is the coach's, made on screen."""
        mm = self.units.mm
        runs = self.sheet.runs
        widths = [mm(50)] + [mm(22)] * len(runs)
        header = [self.t("sheet.column.muscle")] + [
            self._weeks(range(run.first, run.last + 1)) + ("  ·  " + self.t("sheet.deload") if run.deload else "")
            for run in runs]  # why its count is low
        if sum(widths) > self.width:  # many different weeks: the week columns share what is left
            widths[1:] = [(self.width - mm(50)) / len(runs)] * len(runs)
        table = Stack()
        table.add(self._table_row(header, widths, 8, header=True))
        for row in self.sheet.volume:
            values = [decimal(sets, self.language) for sets in row.hard_sets]
            table.add(self._table_row([row.muscle, *values], widths, 8.5))
        return table.block(space_before=mm(2))

    # -- the sessions -----------------------------------------------------------------------

    def _section(self, section: SessionSection) -> Block:
        """A session, split between its exercises where that saves a page or it is taller than
        one (paginate), its title kept with the first and said again over the next page's."""
        mm = self.units.mm
        schedule = section.schedule()
        if len(schedule) == 1:  # on one day and time every week: they head it
            _weeks, day, clock = schedule[0]
            when = f"{self.t(f'weekday.{day.code}').capitalize()} {clock_text(clock, self.language)}"
            title = when + (f"  ·  {section.title}" if section.title else "")
            weeks = self._weeks(section.weeks)
        else:  # moved in some weeks: each week's day under the title ("Week 1: Tuesday 17:30  ·  Weeks 2–6: ...")
            weeks = "  ·  ".join(self.t("sheet.weeks_on", weeks=self._weeks(numbers),
                                        day=self.t(f"weekday.{day.code}"), time=clock_text(clock, self.language))
                                 for numbers, day, clock in schedule)
            title = section.title
            if not title:  # the days head it
                title, weeks = weeks, self._weeks(section.weeks)
        dates = [d for d in section.dates if d is not None]
        if dates:
            weeks += "  ·  " + _period(dates[0], dates[-1], self.language)
        if self.sheet.options.log_grids:
            weeks += "  ·  " + self.t("sheet.log_heading")
        head = Stack()
        head.add(text_block(self.para(title, 15, bold=True)))
        head.add(text_block(self.para(weeks, 9, color=MUTED)), mm(0.8))
        continued = text_block(self.para(self.t("sheet.continued", title=title), 11, bold=True, color=MUTED))
        exercises = [self._exercise(section, exercise, continued) for exercise in section.exercises]
        session = Stack()
        for part in (together(head.block(), *exercises[:1]), *exercises[1:]):  # a session of none: its title
            session.add(part, part.space_before)
        return session.block(space_before=self.space("session"), breakable=True)

    def _weeks(self, numbers: Sequence[int]) -> str:
        """Week numbers as the sheet heads them: "Week 3", "Weeks 1–3, 5"."""
        return self.t("sheet.week_one" if len(numbers) == 1 else "sheet.week_many", week=week_span(numbers))

    def _exercise(self, section: SessionSection, exercise: ExerciseBlock, continued: Block) -> Block:
        mm = self.units.mm
        motion = self.motions.get(exercise.figure_id) if exercise.figure_id is not None else None
        figure_width = 2 * mm(FIGURE_MM[0]) + mm(2) if motion is not None else 0.0
        text_left = figure_width + (mm(5) if motion is not None else 0.0)
        text_width = self.width - text_left
        column = Stack()
        column.add(text_block(self.para(exercise.name, 12, text_width, bold=True)))
        dose = "   ·   ".join([exercise.sets_reps, rir_said(exercise.rir, self.language), exercise.rest])
        column.add(text_block(self.para(dose, 10, text_width, bold=True, color=QColor(38, 84, 124))), mm(0.8))
        for variation in exercise.variations:
            column.add(text_block(self.para(self.t("sheet.variation", week=variation.weeks,
                                                   sets_reps=variation.sets_reps,
                                                   rir=rir_said(variation.rir, self.language)), 8.5,
                                            text_width, color=MUTED)), mm(0.5))
        column.add(self._labelled(self.t("sheet.load"), exercise.load, text_width), mm(1.2))
        if exercise.note:
            column.add(self._labelled(self.t("sheet.note"), exercise.note, text_width, italic=True), mm(0.8))
        if exercise.cues:
            column.add(text_block(self.para(self.t("sheet.cues"), 8, text_width, bold=True, color=MUTED)), mm(1.6))
            for cue in exercise.cues:
                column.add(self._bullet(cue, text_width), mm(0.4))
        if exercise.mistake:  # a single one: its label runs into it rather than head a list of one
            column.add(text_block(self.para(exercise.mistake, 9, text_width, lead=f"{self.t('sheet.mistake')}: ")),
                       mm(1.6))
        figure_height = mm(FIGURE_MM[1]) if motion is not None else 0.0
        notes_beside = None
        if self.sheet.options.log_grids and motion is not None:
            # under the figures, where the taller text beside them left paper blank, instead of a line of its own
            room = column.height - figure_height - mm(NOTES_GAP_MM)
            notes_beside = self._notes(figure_width, max(2, int(room // self.space("notes_row"))))
        left_height = figure_height + (mm(NOTES_GAP_MM) + notes_beside.height if notes_beside is not None else 0.0)
        top_height = max(column.height, left_height)
        column_block = column.block()

        def paint_top(painter: QPainter, x: float, y: float) -> None:
            if motion is not None:
                scenes = [scene_at(motion, t) for t in (0.0, 1.0)]
                bounds = layers_bounds(scene_layers(scenes[0], {})).united(layers_bounds(scene_layers(scenes[1], {})))
                for index, scene in enumerate(scenes):  # start and end at one scale, on one floor
                    box = QRectF(x + index * (mm(FIGURE_MM[0]) + mm(2)), y, mm(FIGURE_MM[0]), figure_height)
                    painter.fillRect(box, SHADE)
                    paint_scene(painter, box.adjusted(mm(1), mm(1), -mm(1), -mm(1)), scene, dict(exercise.muscles),
                                bounds)
            column_block.paint(painter, x + text_left, y)
            if notes_beside is not None:  # after the text: a reader of the file reads the exercise, then its notes
                notes_beside.paint(painter, x, y + figure_height + mm(NOTES_GAP_MM))

        whole = Stack()
        whole.add(Block(top_height, paint_top))
        if self.sheet.options.log_grids:
            for band in self._bands(section.weeks):
                whole.add(self._grid(section, exercise, band), self.space("grid"))
            if notes_beside is None:
                whole.add(self._notes(self.width, 1), mm(1))
        return whole.block(space_before=self.space("exercise"), carry=continued)

    def _labelled(self, label: str, value: str, width: float, italic: bool = False) -> Block:
        return text_block(self.para(f"{label}: {value}", 9, width, italic=italic))

    def _bullet(self, text: str, width: float) -> Block:
        mm = self.units.mm
        body = self.para(text, 9, width - mm(4))
        dot = self.para("•", 9, mm(4))

        def paint(painter: QPainter, x: float, y: float) -> None:
            dot.paint(painter, x + mm(0.5), y)
            body.paint(painter, x + mm(4), y)

        return Block(body.height, paint)

    @staticmethod
    def _bands(weeks: Sequence[int]) -> list[list[int]]:
        """Weeks in groups of at most six, as even as they can be, for grids that fit the page."""
        count = -(-len(weeks) // MAX_WEEKS_PER_GRID)
        size = -(-len(weeks) // count)
        return [list(weeks[i:i + size]) for i in range(0, len(weeks), size)]

    def _grid(self, section: SessionSection, exercise: ExerciseBlock, weeks: list[int]) -> Block:
        mm = self.units.mm
        set_width = mm(10)
        group = min((self.width - set_width) / len(weeks), mm(42))
        shares = (0.4, 0.33, 0.27)
        row_height = self.space("log_row")
        sets = max(exercise.sets_per_week) if exercise.sets_per_week else 0
        planned = dict(zip(section.weeks, exercise.sets_per_week, strict=True))
        dates = dict(zip(section.weeks, section.dates, strict=True))
        tops = []
        for week in weeks:
            label = self.t("sheet.week_one", week=week)
            if dates[week] is not None:
                label += f" · {_date(dates[week], self.language)}"
            tops.append(self.para(label, 7.5, group - mm(1.6), bold=True, centred=True))
        top_height = max(text.height for text in tops) + mm(1.6)
        load = self.t("sheet.column.band") if exercise.load_kind is LoadKind.BAND else self.sheet.units.value
        subs = [self.para(text, 7, group * share - mm(1), color=MUTED, centred=True)
                for text, share in zip((load, self.t("sheet.column.reps"), "RIR"), shares,
                                       strict=True)]
        sub_height = max(text.height for text in subs) + mm(1.2)
        set_label = self.para(self.t("sheet.column.set"), 7, set_width - mm(1), color=MUTED, centred=True)
        numbers = [self.para(str(n), 8.5, set_width - mm(1), color=MUTED, centred=True) for n in range(1, sets + 1)]
        height = top_height + sub_height + sets * row_height
        total = set_width + group * len(weeks)

        def paint(painter: QPainter, x: float, y: float) -> None:
            body_top = y + top_height + sub_height
            painter.fillRect(QRectF(x, y, total, top_height + sub_height), SHADE)
            for index, week in enumerate(weeks):
                left = x + set_width + index * group
                tops[index].paint(painter, left + mm(0.8), y + mm(0.8))
                sub_left = left
                for text, share in zip(subs, shares, strict=True):
                    text.paint(painter, sub_left + mm(0.5), y + top_height + mm(0.4))
                    sub_left += group * share
                for row in range(planned[week], sets):  # no such set this week
                    painter.fillRect(QRectF(left, body_top + row * row_height, group, row_height),
                                     QColor(226, 229, 234))
            set_label.paint(painter, x + mm(0.5), y + top_height + mm(0.4))
            for row, number in enumerate(numbers):
                number.paint(painter, x + mm(0.5), body_top + row * row_height + (row_height - number.height) / 2)
            thin, thick = QPen(RULE, mm(0.2)), QPen(MUTED, mm(0.35))
            painter.setPen(thin)
            for row in range(sets + 1):
                painter.drawLine(QPointF(x, body_top + row * row_height),
                                 QPointF(x + total, body_top + row * row_height))
            for index in range(len(weeks)):
                left = x + set_width + index * group
                painter.setPen(thin)
                sub_left = left
                for share in shares[:-1]:
                    sub_left += group * share
                    painter.drawLine(QPointF(sub_left, y + top_height), QPointF(sub_left, y + height))
                painter.setPen(thick)
                painter.drawLine(QPointF(left, y), QPointF(left, y + height))
            painter.setPen(thick)
            painter.drawRect(QRectF(x, y, total, height))

        return Block(height, paint)

    def _notes(self, width: float, lines: int) -> Block:
        """Lines to write on, the first labelled."""
        mm = self.units.mm
        label = self.para(self.t("sheet.notes"), 8, color=MUTED)
        row = self.space("notes_row")

        def paint(painter: QPainter, x: float, y: float) -> None:
            label.paint(painter, x, y + row - label.height - mm(0.5))
            painter.setPen(QPen(RULE, mm(0.25)))
            for line in range(lines):
                painter.drawLine(QPointF(x + (mm(14) if line == 0 else 0.0), y + (line + 1) * row),
                                 QPointF(x + width, y + (line + 1) * row))

        return Block(lines * row, paint)
