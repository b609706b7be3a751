"""User text is never read as markup: an own exercise, a session title, a planned exercise's note
and logged notes written as HTML (with a picture that would load) appear as written in every
label, tooltip and message of the window."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from msgspec.structs import replace
import pytest
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from glueplan.app import clock
from glueplan.app.workspace import Workspace
from glueplan.domain.trainee import Trainee
from glueplan.store.database import Store
from glueplan.store.repository import Repository
from glueplan.ui.week.calendar import WeekCalendar
from glueplan.domain.catalog import Catalog
from glueplan.domain.findings import Severity
from glueplan.domain.language import Localized
from glueplan.domain.log import LoggedSet
from glueplan.domain.plan import PlannedExercise, Program, Session, Week, Weekday
from glueplan.ui.main_window import MainWindow
from glueplan.ui.shared import plain_text
from glueplan.ui.shared.exercise_chooser import ExerciseChooser
from glueplan.ui.shared.plain_text import ask
from tests.conftest import workspace_on
from tests.ui.test_print_menu import window_on

MARKUP = '<b>x</b><img src="/path/big.png">'


def _raw(text: object) -> bool:
    """Markup that Qt would render: the tag itself, not its escaped form."""
    return isinstance(text, str) and "<img" in text


def _model_tooltips(model: QAbstractItemModel, parent: QModelIndex = QModelIndex()) -> list[str]:
    found = []
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            found.append(model.data(index, Qt.ItemDataRole.ToolTipRole))
            if column == 0 and not isinstance(model, QAbstractListModel) and model.rowCount(index):
                found.extend(_model_tooltips(model, index))
    return found


def rendered_markup(window: QWidget) -> list[str]:
    """Every place in the window that would render the test's markup."""
    bad = []
    for label in window.findChildren(QLabel):
        if _raw(label.text()) and label.textFormat() != Qt.TextFormat.PlainText:
            bad.append(f"label {label.text()!r}")
    for widget in window.findChildren(QWidget):
        if _raw(widget.toolTip()):
            bad.append(f"tooltip of {type(widget).__name__}: {widget.toolTip()!r}")
    for view in window.findChildren(QAbstractItemView):
        if view.model() is not None:
            bad.extend(f"item tooltip {tip!r}" for tip in _model_tooltips(view.model()) if _raw(tip))
    return bad


def marked_up(store: Store, catalog: Catalog) -> Workspace:
    """A workspace whose own exercise is named in markup, planned on today's weekday in a program
    and a session titled in markup with a markup note, and logged today with a markup note."""
    repository = Repository(store)
    trainee = repository.add_trainee(Trainee("Ida"))
    mine = repository.add_custom_exercise(replace(catalog.exercise("clamshell"), name=Localized.same(MARKUP),
                                                  custom=True))
    today = clock.today()
    item = PlannedExercise(mine.id, mine.prescription, None, MARKUP)
    week = Week((Session(Weekday(today.weekday()), time(7), MARKUP, (item,)),))
    repository.add_program(trainee, Program(MARKUP, (week, week), today - timedelta(days=today.weekday())))
    repository.log_set(trainee, LoggedSet(mine.id, datetime.combine(today, time(7, 5)), 10.0, 12, 2, MARKUP))
    return workspace_on(store)


def test_no_page_renders_user_markup(qtbot: QtBot, store: Store, catalog: Catalog) -> None:
    window: MainWindow = window_on(qtbot, marked_up(store, catalog))
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
        qtbot.waitUntil(lambda: window.tabs.currentWidget().isVisible())
    week = window.findChild(WeekCalendar)
    assert week is not None
    week.days[0].tint(Severity.WARNING, f"{MARKUP} would be trained twice")  # what a drag shows
    week.drop_reason.say(f"{MARKUP} would be trained twice")
    assert rendered_markup(window) == []


def test_messages_are_plain_text(monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[QMessageBox] = []

    def exec_(box: QMessageBox) -> int:
        shown.append(box)
        return QMessageBox.StandardButton.Ok.value

    monkeypatch.setattr(plain_text.QMessageBox, "exec", exec_)
    ask(None, QMessageBox.Icon.Warning, "glueplan", MARKUP)
    assert shown[0].textFormat() == Qt.TextFormat.PlainText


def test_an_own_exercise_named_in_markup_and_chosen_is_no_markup_in_its_choices_tooltip(
        qtbot: QtBot, store: Store, catalog: Catalog) -> None:
    """The exercise drop-downs (Log, History, Charts) carry the choice as their tooltip, said whole
    where the box cuts it: chosen, an own exercise named in markup was rendered there."""
    window: MainWindow = window_on(qtbot, marked_up(store, catalog))
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
        qtbot.waitUntil(lambda: window.tabs.currentWidget().isVisible())
    chosen = [box for box in window.findChildren(QComboBox) if box.findText(MARKUP) >= 0]
    assert len(chosen) >= 3  # the Log's, the History's and the Charts' choice
    for box in chosen:
        box.setCurrentIndex(box.findText(MARKUP))
    assert rendered_markup(window) == []
    assert window.live is not None
    for chooser in window.findChildren(ExerciseChooser):  # refilled, as when an own exercise changes
        chooser.set_catalog(window.live.catalog)
    assert rendered_markup(window) == []
