"""A long session on the Charts page, through the real ``glueplan`` command, ended the way a
user ends it (closing the window): ``python charts_session.py DB SWITCHES``.

The database gets a year of logged sets first; then each step switches the chart's mode or its
range, which redraws it, and lets the event loop paint it before the next. Prints what it did
("switches 240 paints 240") so that the caller can tell the session really ran; the exit code
and stderr are the command's own.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from glueplan.cli import run
from glueplan.domain.language import Language
from glueplan.domain.trainee import Trainee
from glueplan.store.database import open_store
from glueplan.store.location import database_url
from glueplan.store.repository import Repository
from glueplan.store.synthetic_log import fill_log
from glueplan.ui.application import create_application
from glueplan.ui.main_window import MainWindow
from glueplan.ui.screenshot import SAMPLE_WEEK


def fill(db: str) -> None:
    store = open_store(database_url(db))
    try:
        trainee = Repository(store).add_trainee(Trainee(name="Session", language=Language.EN))
        fill_log(store, trainee, SAMPLE_WEEK, weeks=12)
    finally:
        store.close()


class ChartsSession(QObject):
    """Waits for the window and its database, opens the Charts page, switches, closes."""

    def __init__(self, app: QApplication, switches: int) -> None:
        super().__init__()
        self.app = app
        self.switches = switches
        self.done = 0
        self.paints = 0

    def step(self) -> None:
        window = next((w for w in self.app.topLevelWidgets() if isinstance(w, MainWindow)), None)
        if window is None or window.live is None:  # the database opens after the first paint
            QTimer.singleShot(10, self.step)
            return
        window.tabs.setCurrentWidget(window.charts_tab)
        page = window.charts_tab.build()
        if self.done == 0:
            page.plot.viewport().installEventFilter(self)
        if self.done == self.switches:
            window.close()  # the last window: the app quits and the command ends
            return
        if self.done % 2 == 0:
            page.mode.setCurrentIndex((page.mode.currentIndex() + 1) % page.mode.count())
        else:
            page.range.setCurrentIndex((page.range.currentIndex() + 1) % page.range.count())
        self.done += 1
        QTimer.singleShot(0, self.step)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def main() -> None:
    db, switches = sys.argv[1], int(sys.argv[2])
    fill(db)
    session = ChartsSession(create_application(["glueplan"]), switches)
    QTimer.singleShot(0, session.step)
    sys.argv = ["glueplan", "--db", db, "--lang", "en"]
    try:
        run()
    finally:
        print(f"switches {session.done} paints {session.paints}", flush=True)


if __name__ == "__main__":
    main()
