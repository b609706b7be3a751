"""The wheel over a field of the Programs or Log page, or the exercise editor, scrolls the page: turned over a
template's weeks (or the start date) on the way down the cards, it changed the number (or moved the start a day),
unseen."""

from __future__ import annotations

from PySide6.QtCore import QDate, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QWidget
from pytestqt.qtbot import QtBot

from glueplan.domain.catalog import Catalog
from glueplan.domain.language import Language
from glueplan.domain.log import Side
from glueplan.store.database import Store
from glueplan.store.repository import Repository
from glueplan.ui.library.exercise_editor import ExerciseEditor
from tests.ui.test_log_form import planned_page
from tests.ui.test_main_window import make_window


def wheel_down(widget: QWidget) -> bool:
    """One notch down over the middle of ``widget``; whether the widget kept it (else Qt offers a real
    wheel's event to the parents: the page scrolls)."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0), QPoint(0, -120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
                        False)
    QApplication.sendEvent(widget, event)
    return event.isAccepted()


def test_the_wheel_over_a_field_not_in_use_goes_on_to_the_page(qtbot: QtBot, repository: Repository) -> None:
    window = make_window(qtbot, repository)
    page = window.programs_page()
    page.template_cards[0].start_button.click()
    window.show_programs()
    weeks = page.template_cards[0].weeks
    start = page.start.date()
    assert not wheel_down(weeks) and not wheel_down(page.start)
    assert weeks.value() == 6 and page.start.date() == start
    weeks.setFocus()
    qtbot.waitUntil(weeks.hasFocus)
    assert wheel_down(weeks) and weeks.value() == 5  # in use, it turns
    page.start.setFocus()
    qtbot.waitUntil(page.start.hasFocus)
    assert wheel_down(page.start) and page.start.date() == QDate(start).addDays(-1)


def test_the_wheel_over_a_sets_side_not_in_use_goes_on_to_the_log(qtbot: QtBot, store: Store, catalog: Catalog) -> None:
    """Scrolling down the Log tab over a one-sided exercise's Side turned "On each side" to "Left" unseen, and the
    sets logged next went to one side."""
    page = planned_page(qtbot, store, catalog, Language.EN)
    side = page.blocks[1].side  # the single-leg hip thrust
    assert not wheel_down(side) and side.currentData() == Side.BOTH
    side.setFocus()
    qtbot.waitUntil(side.hasFocus)
    assert wheel_down(side) and side.currentData() == Side.LEFT  # in use, it turns


def test_the_wheel_over_the_exercise_editors_fields_not_in_use_scrolls_the_dialog(qtbot: QtBot,
                                                                                  catalog: Catalog) -> None:
    """File > New exercise scrolls its fields: a notch over a muscle's role or the sets on the way down changed
    which muscles the exercise trains, or its prescription, unseen."""
    editor = ExerciseEditor(catalog, Language.EN, catalog.exercise("clamshell"))
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    fields = (editor.looks_like, editor.category, editor.laterality, *editor.weights.values(), editor.sets,
              editor.reps_low, editor.reps_high, editor.rir, editor.rest)
    before = [field.currentIndex() if isinstance(field, QComboBox) else field.value() for field in fields]
    assert not any(wheel_down(field) for field in fields)
    assert [field.currentIndex() if isinstance(field, QComboBox) else field.value() for field in fields] == before
