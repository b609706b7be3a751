"""A Delete takes no click meant for what was under the pointer before it came there: a double-click on Log set
logged the set and deleted it again, as the form moved down a line and the new set's Delete landed under the
pointer; a set logged in another window moves the form the same way; and a double-click on an own template's
Delete template deleted the template below it too."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from glueplan.app.log_edits import LogSet
from glueplan.app.program_list_edits import SaveAsTemplate
from glueplan.app.opening import open_workspace
from glueplan.domain.catalog import Catalog
from glueplan.domain.language import Language
from glueplan.domain.log import LoggedSet
from glueplan.domain.trainee import kilograms
from glueplan.store.database import Store, open_store
from glueplan.store.repository import Repository
from glueplan.ui.log.page import LogPage
from glueplan.ui.shared.changes_elsewhere import follow_changes_elsewhere
from tests.ui.test_log_and_charts import delete_button, stored_sets
from tests.ui.test_log_form import planned_page
from tests.ui.test_main_window import make_window


def centre(widget: QWidget) -> QPoint:
    return widget.mapToGlobal(widget.rect().center())


def under(page: QWidget, point: QPoint) -> QWidget | None:
    """What is on screen at ``point`` in the page's window."""
    window = page.window()
    return window.childAt(window.mapFromGlobal(point))


def click_at(qtbot: QtBot, page: QWidget, point: QPoint, double: bool = False) -> None:
    """A click where the pointer is, on whatever is there now; ``double``: the second of a double-click (QTest's
    sends no release after it, where a hand's ends as a click does)."""
    widget = under(page, point)
    assert widget is not None
    at = widget.mapFromGlobal(point)
    if double:
        qtbot.mouseDClick(widget, Qt.MouseButton.LeftButton, pos=at)
        qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=at)
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=at)


def shown_form(qtbot: QtBot, store: Store, catalog: Catalog) -> LogPage:
    """This Monday of seed-000, its form on screen, where it is clicked."""
    page = planned_page(qtbot, store, catalog, Language.EN)
    qtbot.waitUntil(lambda: all(block.log_button.isVisible() for block in page.blocks))
    return page


def test_a_double_click_on_log_set_logs_the_set_and_keeps_it(qtbot: QtBot, store: Store, catalog: Catalog) -> None:
    page = shown_form(qtbot, store, catalog)
    block = page.blocks[0]
    block.weight.setText("60")
    block.reps.setText("8")
    pointer = centre(block.log_button)
    click_at(qtbot, page, pointer)
    assert len(stored_sets(page)) == 1
    delete = delete_button(block, 0)
    qtbot.waitUntil(lambda: under(page, pointer) is delete)  # the form moved down under the pointer
    click_at(qtbot, page, pointer, double=True)  # the rest of the double-click
    click_at(qtbot, page, pointer)  # and a second click to log the same set again
    assert len(stored_sets(page)) == 1
    qtbot.waitUntil(delete.settled)
    click_at(qtbot, page, pointer)  # aimed at it, once it has stood there
    assert stored_sets(page) == []


def test_a_delete_moved_by_a_set_logged_elsewhere_takes_no_click_at_once(qtbot: QtBot, store: Store,
                                                                         catalog: Catalog) -> None:
    page = shown_form(qtbot, store, catalog)
    follower = follow_changes_elsewhere(page.live)
    squat, below = page.blocks[0], page.blocks[1]
    assert squat.planned is not None
    below.weight.setText("20")
    below.reps.setText("10")
    below.log_button.click()
    delete = delete_button(below, 0)
    qtbot.waitUntil(lambda: delete.isVisible() and delete.settled())
    before = centre(delete)
    elsewhere = open_store(store.engine.url)
    open_workspace(elsewhere, Language.EN, kilograms).execute(LogSet(LoggedSet(
        squat.exercise.id, page.moment(), 80, 5, planned_exercise_id=squat.planned.id), "log"))
    elsewhere.close()
    follower.check()
    qtbot.waitUntil(lambda: centre(delete).y() > before.y())  # pushed down by the squat's new line
    pointer = centre(delete)
    click_at(qtbot, page, pointer)
    assert len(stored_sets(page)) == 2
    delete.setFocus()
    qtbot.keyClick(delete, Qt.Key.Key_Space)  # the keyboard chose it: pressed at once
    assert [s.exercise_id for s in stored_sets(page)] == [squat.exercise.id]


def test_a_double_click_on_delete_template_deletes_one_template(qtbot: QtBot, repository: Repository) -> None:
    window = make_window(qtbot, repository)
    page = window.programs_page()
    page.template_cards[0].start_button.click()
    window.show_programs()
    program_id = window.live.workspace.program_id
    assert program_id is not None
    for name in ("Clinic hip block", "Clinic knee block"):
        window.live.run(SaveAsTemplate(program_id, name, "Save as a template"))
    first = page.template_cards[-2].delete_button
    assert first is not None
    # A window the page fits in: scrolled to its end, a delete would take the end up and bring the card above down
    # under the pointer (one with no Delete), where this is about the card below coming up into its place.
    window.resize(window.width(), 2000)
    qtbot.waitUntil(lambda: page.verticalScrollBar().maximum() == 0 and first.isVisible() and first.settled())
    pointer = centre(first)
    click_at(qtbot, page, pointer)
    next_one = page.template_cards[-1].delete_button
    assert page.template_cards[-1].template.name.en == "Clinic knee block" and next_one is not None
    qtbot.waitUntil(lambda: under(page, pointer) is next_one)  # the next card in its place
    click_at(qtbot, page, pointer, double=True)
    assert page.template_cards[-1].template.name.en == "Clinic knee block"
    qtbot.waitUntil(next_one.settled)
    click_at(qtbot, page, pointer)
    assert [card.template.own_number for card in page.template_cards] == [None, None]
