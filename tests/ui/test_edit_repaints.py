"""An edit lays out and repaints what it changed, not the window around it (issue 9: a drop
under 16 ms, a logged set under 16 ms). A layout request that reaches the main window's tab
widget repaints the whole window; a view told its model changed repaints all of itself."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QGuiApplication, QPaintEvent
from pytestqt.qtbot import QtBot

from glueplan.ui.log.page import LogPage
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
