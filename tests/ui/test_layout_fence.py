"""A layout inside a fence is done again without laying out what is around the fence, unless
what the fenced widget asks for changed (then the layouts above follow, as without a fence)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from glueplan.ui.shared.layout_fence import LayoutFence


class LayoutRequests(QObject):
    seen = 0

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        self.seen += event.type() == QEvent.Type.LayoutRequest
        return False


def fenced(qtbot: QtBot) -> tuple[QWidget, QWidget, QLabel]:
    """A window holding a fence around a widget that holds a label, laid out and still."""
    window = QWidget()
    qtbot.addWidget(window)
    content = QWidget()
    label = QLabel("12 sets")
    QVBoxLayout(content).addWidget(label)
    QVBoxLayout(window).addWidget(LayoutFence(content))
    window.resize(400, 300)
    window.show()
    qtbot.waitExposed(window)
    delivered()
    return window, content, label


def delivered() -> None:
    """Every request posted, and those posted in turn, delivered (each level posts to the next)."""
    for _ in range(5):
        QCoreApplication.sendPostedEvents()


def test_a_layout_inside_stays_inside(qtbot: QtBot) -> None:
    window, content, label = fenced(qtbot)
    requests = LayoutRequests()
    window.installEventFilter(requests)
    label.setText("14 sets")  # asks its layout for room: the content is laid out again, asking no more
    delivered()
    assert requests.seen == 0
    assert content.geometry() == content.parentWidget().rect()


def test_what_the_content_asks_for_still_reaches_the_layouts_above(qtbot: QtBot) -> None:
    window, content, label = fenced(qtbot)
    requests = LayoutRequests()
    window.installEventFilter(requests)
    label.setMinimumHeight(500)  # more than the window has
    delivered()
    assert requests.seen >= 1
    assert window.minimumSizeHint().height() >= 500
