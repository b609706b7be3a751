"""An edit lays out and repaints what it changed, not the window around it (issue 9: a drop
under 16 ms, a logged set under 16 ms). A layout request that reaches the main window's tab
widget repaints the whole window; a view told its model changed repaints all of itself."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QCoreApplication, QEvent, QObject
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
