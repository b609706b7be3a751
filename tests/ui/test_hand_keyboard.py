"""Handing the keyboard to a field for later (shared/keyboard_focus.hand_keyboard with ``now`` False: the
Log form rebuilt while the keyboard is elsewhere in the window) is not noticed by the widget that has
the keyboard meanwhile. It was: the keyboard went to the field and came back, so that widget had a
focus-out (a line edit's editingFinished, its chosen text let go) and the application a focusChanged
there and back (on which the Week's in-place editor saves and closes)."""

from __future__ import annotations


from msgspec.structs import replace
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLineEdit, QTabWidget, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from glueplan.app.setup_edits import EditProfile
from glueplan.domain.catalog import Catalog
from glueplan.domain.language import Language
from glueplan.domain.trainee import Units
from glueplan.store.database import Store
from glueplan.ui.shared.keyboard_focus import hand_keyboard
from tests.conftest import on_screen
from tests.ui.test_log_form import planned_page, typing_in_the_squat


class FocusEvents(QObject):
    """Writes down the focus events of the widgets it watches."""

    def __init__(self, seen: list[str]) -> None:
        super().__init__()
        self.seen = seen

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.FocusAboutToChange, QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self.seen.append(f"{watched.objectName()} {event.type().name}")
        return False


def test_a_field_handed_the_keyboard_for_later_takes_it_from_nobody(qtbot: QtBot, qapp: QApplication) -> None:
    tabs = QTabWidget()
    log, week = QWidget(), QWidget()
    weight = QLineEdit(objectName="weight")  # a block's field made anew while the Log tab is hidden
    QVBoxLayout(log).addWidget(weight)
    name = QLineEdit(objectName="name")  # an edit in progress on the tab shown
    QVBoxLayout(week).addWidget(name)
    tabs.addTab(log, "Log")
    tabs.addTab(week, "Week")
    on_screen(qtbot, tabs, 400, 200)
    tabs.setCurrentIndex(1)
    tabs.activateWindow()
    name.setFocus()
    qtbot.waitUntil(name.hasFocus)
    name.setText("Glute day")
    name.setModified(True)
    name.setSelection(0, 5)
    seen: list[str] = []
    events = FocusEvents(seen)
    for field in (name, weight):
        field.installEventFilter(events)
    name.editingFinished.connect(lambda: seen.append("name editingFinished"))

    def moved(_old: QWidget | None, new: QWidget | None) -> None:
        seen.append(f"focusChanged to {new.objectName() if new is not None else None}")

    qapp.focusChanged.connect(moved)
    hand_keyboard(weight, False)
    qapp.focusChanged.disconnect(moved)
    assert seen == [], seen
    assert QApplication.focusWidget() is name and name.selectedText() == "Glute"
    tabs.setCurrentIndex(0)  # and the field has the keyboard once its tab is back
    assert QApplication.focusWidget() is weight


def test_the_log_form_built_anew_leaves_the_chosen_text_of_a_field_beside_it(
        qtbot: QtBot, store: Store, catalog: Catalog) -> None:
    """The same in the Log form: its blocks made anew (the units changed) while the keyboard is in a field
    beside the form, in the same window. That field's chosen text was let go."""
    page = planned_page(qtbot, store, catalog, Language.DA)
    window = QWidget()
    beside = QLineEdit("Hip thrust")
    layout = QVBoxLayout(window)
    layout.addWidget(beside)
    layout.addWidget(page)
    on_screen(qtbot, window, 900, 800)
    window.activateWindow()
    typing_in_the_squat(qtbot, page)
    beside.setFocus()
    qtbot.waitUntil(beside.hasFocus)
    beside.setSelection(0, 3)
    trainee = page.live.trainee
    assert page.live.run(EditProfile(trainee, replace(trainee, units=Units.LB), "units")) is None
    assert QApplication.focusWidget() is beside and beside.selectedText() == "Hip"
