"""A label whose text changes after every edit (the week's summary) asks no layout for room:
each request made Qt lay out every level up to the main window and repaint all of it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from glueplan.ui.shared.steady_label import SteadyLabel


class LayoutRequests(QObject):
    seen = 0

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        self.seen += event.type() == QEvent.Type.LayoutRequest
        return False


@pytest.mark.parametrize("steady", [True, False])
def test_a_new_text_lays_out_nothing_around_the_label(qtbot: QtBot, steady: bool) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    label = QLabel("Gluteus maximus: 3 sessions, 17 sets (12–18)")
    label.setWordWrap(True)
    QVBoxLayout(page).addWidget(SteadyLabel(label) if steady else label)
    page.resize(600, 200)
    page.show()
    qtbot.waitExposed(page)
    QCoreApplication.sendPostedEvents()
    requests = LayoutRequests()
    page.installEventFilter(requests)
    label.setText("Gluteus maximus: 4 sessions, 19 sets (12–18) · Gluteus medius: 2 sessions, 6 sets (4–10)")
    QCoreApplication.sendPostedEvents()
    assert (requests.seen == 0) is steady  # a plain QLabel asks: the check can see it
    assert label.height() >= 2 * label.fontMetrics().lineSpacing() or not steady  # two lines of room


def test_a_text_longer_than_its_lines_ends_in_an_ellipsis_and_shows_whole_in_its_tooltip(qtbot: QtBot) -> None:
    """The week's summary names the activation exercises, which for a rehabilitation plan ran past
    its two lines and was cut off mid-name at the edge (H47, H52)."""
    page = QWidget()
    qtbot.addWidget(page)
    label = QLabel()
    holder = SteadyLabel(label)
    QVBoxLayout(page).addWidget(holder)
    page.resize(420, 200)
    page.show()
    qtbot.waitExposed(page)
    names = ", ".join(f"Sideliggende benløft {n}" for n in range(12))
    text = f"Gluteus maximus: 3 træninger, 13 sæt\nAktiveringsøvelser tæller ikke som hårde sæt: {names}."
    holder.set_text(text)
    shown = label.text()
    assert shown.endswith(" …") and text.startswith(shown.removesuffix(" …"))
    assert label.heightForWidth(label.width()) <= 2 * label.fontMetrics().lineSpacing() + 2
    assert "Sideliggende benløft 11" in label.toolTip()
    holder.set_text("Gluteus maximus: 3 træninger")
    assert label.text() == "Gluteus maximus: 3 træninger" and label.toolTip() == ""
