"""An edit lays out and repaints what it changed, not the window around it (issue 9: a drop
under 16 ms, a logged set under 16 ms). A layout request that reaches the main window's tab
widget repaints the whole window; a view told its model changed repaints all of itself."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import datetime, timedelta

from msgspec.structs import replace
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, QSize, Qt
from PySide6.QtGui import QGuiApplication, QPaintEvent
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from glueplan.app.changes import ChangeSet
from glueplan.app.log_edits import LogSet
from glueplan.domain.catalog import Catalog
from glueplan.domain.dose_words import rest_said
from glueplan.domain.findings import Finding, describe
from glueplan.domain.language import Language
from glueplan.domain.log import LoggedSet
from glueplan.domain.plan import Weekday
from glueplan.ui.library.exercise_model import ExerciseListModel
from glueplan.ui.log.page import LogPage
from glueplan.ui.shared.live_workspace import LiveWorkspace
from glueplan.ui.week import model as week_model
from glueplan.ui.week import page as week_page
from glueplan.ui.week.page import FINDING_ROLE, WeekPage
from tests.conftest import on_screen
from tests.ui.test_log_and_charts import page  # noqa: F401  (the fixture: this Monday's form, on screen)
from tests.ui.test_log_form import enter


class Events(QObject):
    """Counts the events of some types each watched object receives."""

    def __init__(self, *types: QEvent.Type) -> None:
        super().__init__()
        self.types = types
        self.seen: Counter[QObject] = Counter()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self.types:
            self.seen[watched] += 1
        return False


def settled() -> None:
    """Everything posted so far delivered (layout requests are posted events)."""
    QCoreApplication.sendPostedEvents()
    QCoreApplication.processEvents()


def test_a_logged_set_lays_out_its_form_not_the_page(page: LogPage) -> None:  # noqa: F811
    """Logging cleared the page's (empty) problem label, and a cleared QLabel asks for room
    whatever it held: the page, its tab and the main window were laid out and repainted whole."""
    block = page.blocks[0]
    enter(block, "60", "8", "2")  # the first set shows the rest timer: that is the page's to lay out
    settled()
    requests = Events(QEvent.Type.LayoutRequest)
    page.installEventFilter(requests)
    enter(block, "60", "8", "2")
    settled()
    page.removeEventFilter(requests)
    assert len(block.shown_sets or []) == 2
    assert requests.seen[page] == 0


class Painted(QObject):
    """Adds up the area each watched widget is asked to paint."""

    def __init__(self) -> None:
        super().__init__()
        self.area: Counter[QObject] = Counter()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QPaintEvent):
            self.area[watched] += sum(r.width() * r.height() for r in event.region())
        return False


def test_a_logged_set_moves_the_blocks_below_without_painting_them_again(page: LogPage) -> None:  # noqa: F811
    """The first block grows by a line and every block under it moves down: they were painted
    again whole (the form is laid out top down, so what is above the new line stays where it is)."""
    block = page.blocks[0]
    enter(block, "60", "8", "2")
    settled()
    painted = Painted()
    below = [b for b in page.blocks[1:] if b.visibleRegion().boundingRect().height() > 0]
    assert below  # the form shows more than the first block
    for widget in below:
        widget.installEventFilter(painted)
    enter(block, "62.5", "8", "2")
    settled()
    whole = sum(widget.width() * widget.height() for widget in below)
    assert sum(painted.area[widget] for widget in below) < whole / 4
    shown = QGuiApplication.primaryScreen().grabWindow(page.winId()).toImage()
    assert shown == page.grab().toImage().convertToFormat(shown.format())  # what is on screen is right


class CountedFindings(tuple):  # type: ignore[type-arg]
    """A report's findings that count how often they are read through."""

    reads = 0

    def __iter__(self) -> Iterator[Finding]:
        CountedFindings.reads += 1
        return super().__iter__()


def test_the_week_reads_the_reports_findings_once_per_report(qtbot: QtBot, live: LiveWorkspace) -> None:
    """The rows' badges, the day headers and the findings list each went through every finding
    of the program (thousands in a year's plan) after each edit."""
    page = on_screen(qtbot, WeekPage(live), 1300, 800)
    report = live.workspace.report
    assert report is not None
    live.workspace.report = replace(report, findings=CountedFindings(report.findings))
    CountedFindings.reads = 0
    live.changed.emit(ChangeSet(report=True))  # what an edit announces
    assert CountedFindings.reads == 1


def test_a_drop_words_only_the_findings_it_brought(qtbot: QtBot, live: LiveWorkspace, catalog: Catalog,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    page = on_screen(qtbot, WeekPage(live), 1300, 800)
    worded: list[Finding] = []

    def counted(finding: Finding, *args: object) -> str:
        worded.append(finding)
        return describe(finding, *args)  # type: ignore[arg-type]

    def listed() -> set[Finding]:
        return {page.findings.list.item(row).data(FINDING_ROLE) for row in range(page.findings.list.count())}

    def drop(exercise_id: str, day: Weekday) -> None:
        library = ExerciseListModel(catalog, Language.EN)
        mime = library.mimeData([library.index(library.row_of(exercise_id), 0)])
        page.model.dropMimeData(mime, Qt.DropAction.CopyAction, -1, 0, page.model.day_index(day))

    drop("barbell_hip_thrust", Weekday.TUE)
    monkeypatch.setattr(week_page, "describe", counted)
    before = listed()
    drop("barbell_hip_thrust", Weekday.SAT)
    after = listed()
    assert after - before and after & before  # the drop brought a finding and kept some
    assert set(worded) == after - before


def test_a_drop_shows_in_one_paint(qtbot: QtBot, live: LiveWorkspace, catalog: Catalog) -> None:
    """The day's rows and the findings list were laid out on their timers a turn after the
    labels were painted, and painted again in a second pass."""
    page = on_screen(qtbot, WeekPage(live), 1300, 800)
    settled()
    headers = [header.text() for header in page.calendar.headers]
    passes = Events(QEvent.Type.UpdateRequest)
    page.installEventFilter(passes)
    library = ExerciseListModel(catalog, Language.EN)
    mime = library.mimeData([library.index(library.row_of("frog_pump"), 0)])
    page.model.dropMimeData(mime, Qt.DropAction.CopyAction, -1, 0, page.model.day_index(Weekday.MON))
    for _ in range(3):  # a second pass would come a turn or two later
        settled()
    page.removeEventFilter(passes)
    assert page.model.rowCount(page.model.index(0, 0, page.model.day_index(Weekday.MON))) > 1  # joined a session
    assert [header.text() for header in page.calendar.headers] == headers  # (a header's new dot lays out more)
    assert passes.seen[page] == 1
    shown = QGuiApplication.primaryScreen().grabWindow(page.winId()).toImage()
    assert shown == page.grab().toImage().convertToFormat(shown.format())


def test_a_days_new_finding_dot_lays_out_the_calendar_not_the_page(qtbot: QtBot, live: LiveWorkspace,
                                                                    catalog: Catalog) -> None:
    """A day header whose text changes asks for room, and every layout above it was done again
    up to the main window, whose tab widget then repaints all of itself."""
    page = on_screen(qtbot, WeekPage(live), 1300, 800)
    settled()
    header = page.calendar.headers[Weekday.TUE]
    before = header.text()
    requests = Events(QEvent.Type.LayoutRequest)
    page.installEventFilter(requests)
    library = ExerciseListModel(catalog, Language.EN)
    mime = library.mimeData([library.index(library.row_of("barbell_hip_thrust"), 0)])
    page.model.dropMimeData(mime, Qt.DropAction.CopyAction, -1, 0, page.model.day_index(Weekday.TUE))
    for _ in range(3):
        settled()
    page.removeEventFilter(requests)
    assert header.text() != before  # Tuesday's header shows the new finding's dot
    assert requests.seen[page] == 0
    shown = QGuiApplication.primaryScreen().grabWindow(page.winId()).toImage()
    assert shown == page.grab().toImage().convertToFormat(shown.format())


def test_a_logged_set_reads_readiness_again_only_when_it_can_change(page: LogPage,  # noqa: F811
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Readiness is read at the start of the day's training from the week before it: a set
    logged after that start leaves it as it was (a read of the log and the model each time), and so
    does one logged in the start's very second, which tires nothing at it (a right side logged at once
    after its left; each set of tests/perf/bench_edits.py: a read more, 2 of its statements)."""
    workspace = page.live.workspace
    reads: list[datetime] = []
    read = workspace.readiness_at

    def counted(moment: datetime) -> dict[str, float]:
        reads.append(moment)
        return read(moment)

    monkeypatch.setattr(workspace, "readiness_at", counted)
    first = page.moment() + timedelta(minutes=1)  # after the moment the form read readiness for
    clock = iter([first] + [first + timedelta(minutes=n) for n in range(10)])  # a set a minute, the first two at once
    monkeypatch.setattr(page, "moment", lambda: next(clock))
    block = page.blocks[0]
    enter(block, "60", "8", "2")  # the day's first set: its start moves to this set
    assert len(reads) == 1
    enter(block, "60", "8", "2")
    assert len(reads) == 1
    enter(block, "60", "8", "2")
    enter(page.blocks[1], "40", "10", "2")
    assert len(reads) == 1
    earlier = LogSet(LoggedSet("barbell_hip_thrust", reads[0] - timedelta(days=1), 100, 10, 0), "set")
    page.live.run(earlier)  # a set the day before: read again
    assert len(reads) == 2


def test_a_set_logged_after_the_rest_ended_lays_out_the_form_not_the_page(page: LogPage) -> None:  # noqa: F811
    """The rest timer hides when the rest is over and shows again at the next set: the page,
    its tab and the main window were laid out, and the whole window painted, at every such set."""
    block = page.blocks[0]
    enter(block, "60", "8", "2")
    page.rest.stop()  # the rest is over
    settled()
    requests = Events(QEvent.Type.LayoutRequest)
    page.installEventFilter(requests)
    enter(block, "60", "8", "2")
    settled()
    settled()
    page.removeEventFilter(requests)
    assert page.rest.isVisibleTo(page)
    assert requests.seen[page] == 0
    shown = QGuiApplication.primaryScreen().grabWindow(page.winId()).toImage()
    assert shown == page.grab().toImage().convertToFormat(shown.format())


def test_the_findings_list_measures_only_the_sentences_a_drop_brought(qtbot: QtBot, live: LiveWorkspace,
                                                                      catalog: Catalog,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """Laying out the list wraps each sentence to find its height, every sentence after every
    edit that changed the findings."""
    page = on_screen(qtbot, WeekPage(live), 1300, 800)
    findings = page.findings.list
    findings.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)  # (one coming narrows every line)
    measured: list[str] = []
    measure = QStyledItemDelegate.sizeHint

    def counted(self: QStyledItemDelegate, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        if self is findings.itemDelegate():
            measured.append(index.data())
        return measure(self, option, index)

    def drop(exercise_id: str, day: Weekday) -> set[str]:
        """The sentences listed after the drop."""
        library = ExerciseListModel(catalog, Language.EN)
        mime = library.mimeData([library.index(library.row_of(exercise_id), 0)])
        page.model.dropMimeData(mime, Qt.DropAction.CopyAction, -1, 0, page.model.day_index(day))
        settled()
        return {findings.item(row).text() for row in range(findings.count())}

    monkeypatch.setattr(QStyledItemDelegate, "sizeHint", counted)
    before = drop("barbell_hip_thrust", Weekday.TUE)
    assert before <= set(measured)  # each measured once at least
    measured.clear()
    after = drop("barbell_hip_thrust", Weekday.SAT)
    assert after - before and after & before
    assert set(measured) <= after - before


def test_a_drop_words_only_the_exercises_it_changed(qtbot: QtBot, live: LiveWorkspace, catalog: Catalog,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """The week's rows were all worded again (name, sets, reps, rest, load) after every edit."""
    page = on_screen(qtbot, WeekPage(live), 1300, 800)
    worded: list[int] = []

    def counted(seconds: int, language: Language) -> str:
        worded.append(seconds)
        return rest_said(seconds, language)

    monkeypatch.setattr(week_model, "rest_said", counted)
    library = ExerciseListModel(catalog, Language.EN)
    mime = library.mimeData([library.index(library.row_of("frog_pump"), 0)])
    page.model.dropMimeData(mime, Qt.DropAction.CopyAction, -1, 0, page.model.day_index(Weekday.MON))
    settled()
    assert page.model.rowCount(page.model.index(0, 0, page.model.day_index(Weekday.MON))) > 1
    assert len(worded) == 1  # the exercise dropped


def test_an_edit_draws_the_heat_map_again_only_for_what_it_changed(qtbot: QtBot, live: LiveWorkspace,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """With no finding chosen, an edit that changes no week's sums leaves the heat map's picked
    muscles alone: clearing them after every edit drew the map again each time (a third of a drop)."""
    from glueplan.ui.map.muscle_map import MuscleMap

    page = on_screen(qtbot, WeekPage(live), 1300, 800)
    picked: list[tuple[str, ...]] = []
    original = MuscleMap.set_picked
    monkeypatch.setattr(MuscleMap, "set_picked", lambda heat, muscles: (picked.append(tuple(muscles)),
                                                                        original(heat, muscles)))
    live.changed.emit(ChangeSet(report=True))  # what an edit announces
    assert picked == []
