"""The proposal of Plan my week as the Week tab shows a program: its days, sessions and
exercises in the week calendar (the Week tab's own model and views, read-only), a week at a
time, and under it the rules' verdict, what would fix what it breaks, and why it is as it is."""

from __future__ import annotations

from datetime import date
from html import escape

from msgspec.structs import replace
from PySide6.QtCore import QObject, QSize, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from glueplan.app.changes import ChangeSet
from glueplan.domain.catalog import Catalog
from glueplan.domain.language import Language
from glueplan.domain.plan import Program, next_monday
from glueplan.domain.planner import Proposal, broken_rules
from glueplan.domain.rules import Report
from glueplan.domain.trainee import Trainee
from glueplan.ui.settings.theme import ERROR_TEXT
from glueplan.ui.shared.live_workspace import LiveWorkspace
from glueplan.ui.shared.plain_text import filled
from glueplan.ui.week.calendar import WeekCalendar
from glueplan.ui.week.model import WeekModel


class ProposedWeek(QObject):
    """A proposal as the week's model reads it (a WeekSource): dated from next Monday, as it
    would start, with the engine's report on it; ``changed`` when another proposal replaces it."""

    changed = Signal(object)

    def __init__(self, live: LiveWorkspace, proposal: Proposal, today: date, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._live = live
        self._start = next_monday(today)
        self._take(proposal)

    def show(self, proposal: Proposal) -> None:
        self._take(proposal)
        self.changed.emit(ChangeSet(program=True, report=True))

    def _take(self, proposal: Proposal) -> None:
        self._program = replace(proposal.program, start=self._start)
        self._report = proposal.report

    @property
    def catalog(self) -> Catalog:
        return self._live.catalog

    @property
    def language(self) -> Language:
        return self._live.language

    @property
    def trainee(self) -> Trainee:
        return self._live.trainee

    @property
    def program(self) -> Program:
        return self._program

    @property
    def report(self) -> Report:
        return self._report

    @property
    def has_program(self) -> bool:
        return True


class PlanPreview(QWidget):
    """The proposed program, week by week, and the text about it (``text``)."""

    def __init__(self, live: LiveWorkspace, proposal: Proposal, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = ProposedWeek(live, proposal, today, self)
        self.model = WeekModel(self.source, self)
        self.calendar = WeekCalendar(self.model)
        self.name = QLabel()
        self.previous = QPushButton("◀")
        self.previous.setToolTip(self.tr("Previous week"))
        self.previous.clicked.connect(lambda: self.set_week(self.model.week - 1))
        self.next = QPushButton("▶")
        self.next.setToolTip(self.tr("Next week"))
        self.next.clicked.connect(lambda: self.set_week(self.model.week + 1))
        self.week_label = QLabel()
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        bar = QHBoxLayout()
        bar.addWidget(self.name, 1)
        for widget in (self.previous, self.week_label, self.next):
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.calendar, 3)
        layout.addWidget(self.text, 2)
        self.show_proposal(proposal)

    def sizeHint(self) -> QSize:
        """The calendar asks Qt's 256 px for each day's list (1,816 px a week), more than a laptop
        has beside the form: as wide as the seven days at their least (948 px: beside the form on
        a 1280-px laptop), so that none is scrolled out of sight; narrower, the week scrolls."""
        return QSize(self.calendar.least_width(), super().sizeHint().height())

    def show_proposal(self, proposal: Proposal) -> None:
        """Another proposal: shown from its first week."""
        self.source.show(proposal)
        self.name.setText(f"<b>{escape(proposal.program.name)}</b>")
        self.text.setHtml(self._html(proposal))
        self.set_week(0)

    def set_week(self, week: int) -> None:
        weeks = self.source.program.weeks
        self.model.set_week(max(0, min(week, len(weeks) - 1)))
        shown = self.model.week
        label = filled(self.tr("Week %1 of %2"), str(shown + 1), str(len(weeks)))
        deload = self.tr("deload")
        self.week_label.setText(f"{label} · {deload}" if weeks[shown].deload else label)
        self.previous.setEnabled(shown > 0)
        self.next.setEnabled(shown < len(weeks) - 1)

    def _html(self, proposal: Proposal) -> str:
        """The verdict first (the rules it had to break and what would fix them), then the reasons."""
        language, catalog = self.source.language, self.source.catalog
        broken, fixing, why = self.tr("Rules it had to break"), self.tr("What would fix it"), self.tr("Why this plan")
        parts = []
        if proposal.broken:
            parts.append(f"<h4 style='color:{ERROR_TEXT.name(self.palette())}'>{escape(broken)}</h4><ul>")
            parts += [f"<li>{escape(line)}</li>" for line in broken_rules(proposal.broken, language, catalog)]
            parts.append(f"</ul><h4>{escape(fixing)}</h4><ul>")
            parts += [f"<li>{escape(line.text(language, catalog))}</li>" for line in proposal.fixes]
            parts.append("</ul>")
        parts.append(f"<h4>{escape(why)}</h4><ul>")
        parts += [f"<li>{escape(line.text(language, catalog))}</li>" for line in proposal.explanation]
        parts.append("</ul>")
        return "".join(parts)
