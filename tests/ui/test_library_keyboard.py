"""The exercise list from the keyboard: passing through it with Tab chooses nothing (the details and
the map's highlight stay as they were); the arrows, Space, Enter and a click choose."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from glueplan.domain.catalog import Category, Exercise
from glueplan.domain.language import Language
from glueplan.store.repository import Repository
from glueplan.ui.library.exercise_model import Role
from glueplan.ui.main_window import MainWindow
from glueplan.ui.settings.theme import Theme, apply_theme, focus_colour
from tests.ui.test_main_window import make_window
from tests.ui.test_wheel_over_fields import wheel_down


def window_with_search(qtbot: QtBot, repository: Repository, text: str) -> tuple[MainWindow, list[Exercise | None]]:
    """The Norwegian window with a program (so Ctrl+Return can be enabled), ``text`` typed in the
    search field; the exercises announced as chosen from then on are listed."""
    window = make_window(qtbot, repository, Language.NB)
    window.programs_page().template_cards[0].start_button.click()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.library.search)
    qtbot.keyClicks(window.library.search, text)
    announced: list[Exercise | None] = []
    window.library.exercise_selected.connect(announced.append)
    return window, announced


def tab_to_the_list(qtbot: QtBot, window: MainWindow) -> None:
    while QApplication.focusWidget() is not window.library.view:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: window.library.view.hasFocus())


def test_tabbing_through_the_list_chooses_nothing(qtbot: QtBot, repository: Repository) -> None:
    """The first exercise was chosen by Tab alone: the details and the map changed under a user who
    only passed through the list."""
    window, announced = window_with_search(qtbot, repository, "hip")
    assert window.library.proxy.rowCount() > 1
    tab_to_the_list(qtbot, window)
    assert window.library.view.currentIndex().isValid()  # the keys' place shows, as Qt makes it
    qtbot.keyClick(window.library.view, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: not window.library.view.hasFocus())
    assert window.library.selected() is None and announced == []
    assert not window.add_to_day_action.isEnabled()


def test_tabbing_through_leaves_the_chosen_exercise_chosen(qtbot: QtBot, repository: Repository) -> None:
    window, announced = window_with_search(qtbot, repository, "")
    window.library.select("clamshell")
    announced.clear()
    tab_to_the_list(qtbot, window)
    assert window.library.view.currentIndex().data(Role.EXERCISE_ID) == "clamshell"
    qtbot.keyClick(window.library.view, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: not window.library.view.hasFocus())
    chosen = window.library.selected()
    assert chosen is not None and chosen.id == "clamshell" and announced == []


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space])
def test_enter_or_space_chooses_the_one_exercise_found(qtbot: QtBot, repository: Repository, key: Qt.Key) -> None:
    """With one exercise found no arrow moves, so Enter (or Space) chooses it, and Ctrl+Return can add it."""
    window, announced = window_with_search(qtbot, repository, "clam")
    assert window.library.proxy.rowCount() == 1
    tab_to_the_list(qtbot, window)
    assert window.library.selected() is None
    qtbot.keyClick(window.library.view, key)
    qtbot.waitUntil(lambda: window.library.selected() is not None)
    chosen = window.library.selected()
    assert chosen is not None and chosen.id == "clamshell" and announced == [chosen]
    assert window.add_to_day_action.isEnabled()


def test_an_arrow_or_a_click_chooses(qtbot: QtBot, repository: Repository) -> None:
    window, announced = window_with_search(qtbot, repository, "hip")
    view = window.library.view
    tab_to_the_list(qtbot, window)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: window.library.selected() is not None)
    assert window.library.selected() == view.model().index(1, 0).data(Role.EXERCISE)
    assert announced == [window.library.selected()]
    third = view.model().index(2, 0)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(third).center())
    qtbot.waitUntil(lambda: view.currentIndex() == third)
    assert announced[-1] == window.library.selected() and view.selectionModel().isSelected(third)


@pytest.mark.parametrize("theme", [Theme.LIGHT, Theme.DARK])
def test_the_row_the_keys_would_choose_is_framed(qtbot: QtBot, repository: Repository, qapp: QApplication,
                                                 theme: Theme) -> None:
    """Tabbed into, the list chooses nothing, so the current row showed only by Fusion's focus
    frame: 1.18:1 on the dark theme's field (1.72:1 on the light one), where Enter or Space would
    choose an exercise no one could see. It is framed in the focus colour, as the week's days are."""
    try:
        apply_theme(qapp, theme)
        window, _announced = window_with_search(qtbot, repository, "hip")
        view = window.library.view
        tab_to_the_list(qtbot, window)
        assert window.library.selected() is None
        row = view.visualRect(view.currentIndex())
        image = view.viewport().grab().toImage()
        assert image.pixelColor(row.left() + 1, row.center().y()) == focus_colour(view.palette())
        qtbot.keyClick(view, Qt.Key.Key_Tab)
        qtbot.waitUntil(lambda: not view.hasFocus())
        image = view.viewport().grab().toImage()
        assert image.pixelColor(row.left() + 1, row.center().y()) != focus_colour(view.palette())
    finally:
        apply_theme(qapp, Theme.SYSTEM)


def test_down_from_the_search_chooses_the_first_exercise_found_and_up_goes_back(qtbot: QtBot,
                                                                                 repository: Repository) -> None:
    """The list was seven Tabs from the search, past the filters: Down there did nothing."""
    window, announced = window_with_search(qtbot, repository, "hip")
    view = window.library.view
    qtbot.keyClick(window.library.search, Qt.Key.Key_Down)
    qtbot.waitUntil(view.hasFocus)
    first = view.model().index(0, 0)
    assert view.currentIndex() == first and window.library.selected() == first.data(Role.EXERCISE)
    assert announced == [window.library.selected()]
    qtbot.keyClick(view, Qt.Key.Key_Down)  # the arrows go on down the list, as before
    qtbot.waitUntil(lambda: view.currentIndex().row() == 1)
    qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: view.currentIndex().row() == 0)
    assert view.hasFocus()
    qtbot.keyClick(view, Qt.Key.Key_Up)  # from the first row: back to the search, the exercise still chosen
    qtbot.waitUntil(window.library.search.hasFocus)
    assert window.library.selected() == first.data(Role.EXERCISE) and window.library.search.text() == "hip"


def test_enter_in_the_search_chooses_the_first_exercise_found_as_a_click_would(qtbot: QtBot,
                                                                             repository: Repository) -> None:
    """Enter and Ctrl+Return in the search chose nothing, so no day could be asked for."""
    window, announced = window_with_search(qtbot, repository, "clam")
    assert not window.add_to_day_action.isEnabled()
    qtbot.keyClick(window.library.search, Qt.Key.Key_Return)
    qtbot.waitUntil(window.library.view.hasFocus)
    chosen = window.library.selected()
    assert chosen is not None and chosen.id == "clamshell" and announced == [chosen]
    assert window.add_to_day_action.isEnabled()  # Ctrl+Return now offers the days


def test_an_arrow_on_a_closed_filter_opens_it_instead_of_changing_it(qtbot: QtBot, repository: Repository) -> None:
    """One Tab from the search and Down set the Category to "Compound" unseen, and the list went empty."""
    window, _announced = window_with_search(qtbot, repository, "")
    category = window.library.category
    shown = window.library.visible_ids()
    qtbot.keyClick(window.library.search, Qt.Key.Key_Tab)
    qtbot.waitUntil(category.hasFocus)
    qtbot.keyClick(category, Qt.Key.Key_Down)
    qtbot.waitUntil(category.view().isVisible)  # the choices in sight
    assert category.currentIndex() == 0 and window.library.visible_ids() == shown
    qtbot.keyClick(category.view(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not category.view().isVisible())
    assert category.currentIndex() == 0 and window.library.visible_ids() == shown
    assert not wheel_down(category) and category.currentIndex() == 0  # the wheel passes over it, in use or not
    qtbot.keyClick(category, Qt.Key.Key_Down)
    qtbot.waitUntil(category.view().isVisible)
    qtbot.keyClick(category.view(), Qt.Key.Key_Down)
    qtbot.keyClick(category.view(), Qt.Key.Key_Return)  # chosen in the open list, it changes
    qtbot.waitUntil(lambda: category.currentIndex() == 1)
    assert set(window.library.visible_ids()) < set(shown)


def test_a_letter_typed_on_a_closed_filter_opens_it_at_the_choice_so_named(qtbot: QtBot,
                                                                          repository: Repository) -> None:
    """A letter meant for the search, typed one Tab too far, chose "Isolation" unseen."""
    window, _announced = window_with_search(qtbot, repository, "")
    category = window.library.category
    shown = window.library.visible_ids()
    category.setFocus()
    qtbot.waitUntil(category.hasFocus)
    qtbot.keyClicks(category, "I")
    qtbot.waitUntil(category.view().isVisible)
    isolation = category.findData(Category.ISOLATION.value)
    assert category.view().currentIndex().row() == isolation  # the choice so named, not yet made
    assert category.currentIndex() == 0 and window.library.visible_ids() == shown
    qtbot.keyClick(category.view(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: category.currentIndex() == isolation)
