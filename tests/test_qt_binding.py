"""The installed Qt binding keeps Python's reference counts: PySide6-Essentials 6.12.0 took one
reference from ``None`` on every call of a Qt method that returns nothing (and one from ``True`` on
every signal sent); before Python 3.12 the process aborts when none is left ("none_dealloc")."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage, QPainter, QPen
from PySide6.QtWidgets import QApplication, QLabel, QWidget

CALLS = 10_000
# What a failing binding took is given back here, so that the rest of the run can report
# instead of aborting.
_GIVEN_BACK: list[object] = []


class Sender(QObject):
    sent = Signal()


@pytest.fixture
def calls(qapp: QApplication) -> Iterator[dict[str, tuple[object, Callable[[], object]]]]:
    """Calls the app makes by the thousand, with the singleton a broken binding takes from."""
    image = QImage(16, 16, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    pen, label, widget, sender = QPen(), QLabel(), QWidget(), Sender()
    yield {"QPainter.setPen": (None, lambda: painter.setPen(pen)),
           "QLabel.setText": (None, lambda: label.setText("glute bridge")),
           "QWidget.resize": (None, lambda: widget.resize(120, 80)),
           "Signal.emit": (True, sender.sent.emit)}
    painter.end()


def references_lost(singleton: object, call: Callable[[], object]) -> int:
    """How many references to ``singleton`` CALLS calls took and did not give back."""
    guard = [singleton] * CALLS  # keeps it alive while counting, even on a binding that drops it
    before = sys.getrefcount(singleton)
    for _ in range(CALLS):
        call()
    lost = before - sys.getrefcount(singleton)
    _GIVEN_BACK.extend([singleton] * max(0, lost))
    del guard
    return lost


@pytest.mark.parametrize("name", ["QPainter.setPen", "QLabel.setText", "QWidget.resize", "Signal.emit"])
def test_qt_calls_give_back_the_references_they_take(calls: dict[str, tuple[object, Callable[[], object]]],
                                                     name: str) -> None:
    singleton, call = calls[name]
    assert references_lost(singleton, call) < CALLS // 100
