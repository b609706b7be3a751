"""The window from the keyboard alone: Tab follows the layout (switcher, library, tabs, the page
shown, details) on every page, also on the pages built the first time they are chosen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from glueplan.domain.language import Language
from glueplan.domain.plan import Weekday
from glueplan.domain.paper import Paper
from glueplan.store.repository import Repository
from glueplan.ui.application import install_translators
from glueplan.ui.settings.dialog import PreferencesDialog
from glueplan.ui.settings.theme import focus_colour
from glueplan.ui.shared.live_workspace import LiveWorkspace
from glueplan.ui.shared.modal import asked
from glueplan.ui.week.calendar import WeekCalendar
from glueplan.ui.week.model import WeekModel
from tests.conftest import on_screen
from glueplan.ui.main_window import MainWindow
from tests.ui.test_main_window import make_window
from tests.ui.test_menu_mnemonics import MNEMONIC


def tab_stops(window: MainWindow) -> list[QWidget]:
    """The widgets Tab stops at, in order, from the trainee switcher once round the window."""
    start = window.trainee_bar.switcher
    stops, widget = [start], start.nextInFocusChain()
    while widget is not start:
        if widget.isVisible() and widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus \
                and widget.window() is window:
            stops.append(widget)
        widget = widget.nextInFocusChain()
    return stops


def region(window: MainWindow, widget: QWidget) -> str:
    for name, part in (("switcher", window.trainee_bar), ("library", window.library), ("details", window.detail),
                       ("tabs", window.tabs)):
        if part.isAncestorOf(widget) or part is widget:
            return name
    return "elsewhere"


def test_tab_follows_the_layout_on_every_page(qtbot: QtBot, repository: Repository) -> None:
    window = make_window(qtbot, repository, Language.NB)
    window.programs_page().template_cards[0].start_button.click()
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
        regions = [region(window, stop) for stop in tab_stops(window)]
        order = [name for i, name in enumerate(regions) if i == 0 or regions[i - 1] != name]
        assert order in (["switcher", "library", "tabs", "details"], ["switcher", "library", "tabs"]), \
            window.tabs.tabText(tab)
        page_stops = [stop for stop in tab_stops(window) if window.tabs.currentWidget().isAncestorOf(stop)]
        assert page_stops, window.tabs.tabText(tab)


def test_the_view_menu_shows_every_tab_by_its_number(qtbot: QtBot, repository: Repository) -> None:
    """Log, History and Charts had no menu item and no shortcut: from the library a keyboard user
    reached them only by tabbing to the tab bar. Ctrl+1 to Ctrl+6 are the tabs in their order."""
    window = make_window(qtbot, repository, Language.NB)
    window.programs_page().template_cards[0].start_button.click()
    view = next(action.menu() for action in window.menuBar().actions() if action.text() == "&View")
    shown = []
    for action in view.actions():
        action.trigger()
        shown.append((window.tabs.currentIndex(), action.shortcut().toString()))
    assert shown == [(tab, f"Ctrl+{tab + 1}") for tab in range(window.tabs.count())]


def test_preferences_have_a_shortcut_where_the_desktop_names_none(qtbot: QtBot, repository: Repository) -> None:
    window = make_window(qtbot, repository, Language.NB)
    preferences = next(action for action in window.findChildren(QAction) if action.text() == "Pr&eferences…")
    assert not preferences.shortcut().isEmpty()


def test_ctrl_return_puts_the_chosen_exercise_on_a_day(qtbot: QtBot, repository: Repository) -> None:
    window = make_window(qtbot, repository, Language.NB)
    window.programs_page().template_cards[0].start_button.click()
    window.library.select("clamshell")
    offered: list[str] = []

    def choose_thursday() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        offered.extend(action.text() for action in menu.actions())
        menu.actions()[3].trigger()
        menu.close()

    QTimer.singleShot(0, choose_thursday)
    window.add_to_day_action.trigger()
    assert offered[0] == "Mandag" and len(offered) == 7
    assert window.live is not None and window.tabs.currentWidget() is window.week_tab
    thursday = [s for s in window.live.program.weeks[0].sessions if s.day == Weekday.THU]
    assert [item.exercise_id for s in thursday for item in s.items] == ["clamshell"]


def dialogs(live: LiveWorkspace) -> dict[str, QDialog]:
    from glueplan.ui.files.restore_dialog import RestoreDialog
    from glueplan.ui.importing.dialog import ImportDialog
    from glueplan.ui.library.exercise_editor import ExerciseEditor
    from glueplan.ui.print.print_dialog import PrintOptionsDialog
    from glueplan.ui.profile_dialog import ProfileDialog
    from glueplan.ui.programs.copy_dialog import CopyToTraineeDialog
    from glueplan.ui.programs.page import template_dialog
    from glueplan.ui.programs.plan_dialog import PlanDialog
    from glueplan.ui.trainee_bar import new_trainee_dialog

    return {"preferences": PreferencesDialog(live),
            "print": PrintOptionsDialog(6, live.workspace.trainee_id, live.trainee.language, "Print", Paper.A4),
            "profile": ProfileDialog(live.trainee, live.language),
            "plan": PlanDialog(live),
            "exercise": ExerciseEditor(live.catalog, live.language),
            "import": ImportDialog(live),
            "restore": RestoreDialog(Path("no such folder") / "glueplan.db", live.language),
            "new trainee": new_trainee_dialog(None, live.trainee, live.language),
            "copy to trainee": CopyToTraineeDialog(None, "Knee & hip", "Cy", [(1, "Ane"), (2, "Bo")]),
            "save as template": template_dialog(None, "Knee & hip")}


@pytest.mark.parametrize("language", list(Language))
@pytest.mark.parametrize("name", ["preferences", "print", "profile", "plan", "exercise", "import", "restore",
                                  "new trainee", "copy to trainee", "save as template"])
def test_every_field_of_a_dialog_has_a_letter_of_its_own(qtbot: QtBot, qapp: QApplication, live: LiveWorkspace,
                                                         language: Language, name: str) -> None:
    """Alt+letter goes to each field and button of a dialog (none had one): a label's letter to the
    field it names, a box's or a button's to itself, a group's (the days, the equipment, the muscles:
    more boxes than letters) to its first field; no two alike. The buttons Qt names (OK, Cancel) too,
    as the dialog is asked (Preferences and Print options had none)."""
    install_translators(qapp, language)
    with asked(dialogs(live)[name]) as dialog:
        qtbot.addWidget(dialog)
        if isinstance(dialog, QInputDialog):
            dialog.show()  # it puts up its field (a list or a line), the label's buddy, when shown
        letters: dict[QWidget, str] = {}  # who has each letter
        reached: set[QWidget] = set()
        for label in dialog.findChildren(QLabel):
            if (found := MNEMONIC.search(label.text())) and label.buddy() is not None:
                letters[label] = found.group(1).lower()
                reached.add(label.buddy())
        for group in dialog.findChildren(QGroupBox):
            if found := MNEMONIC.search(group.title()):
                letters[group] = found.group(1).lower()
                reached.update(group.findChildren(QWidget))
        for button in dialog.findChildren(QAbstractButton):
            if found := MNEMONIC.search(button.text()):
                letters[button] = found.group(1).lower()
                reached.add(button)
        forms = dialog.findChildren(QFormLayout)
        fields = [widget for widget in dialog.findChildren(QWidget) if isinstance(widget, (QComboBox, QCheckBox,
                  QRadioButton)) or (isinstance(widget, (QSpinBox, QLineEdit)) and any(form.labelForField(widget)
                                                                                        for form in forms))
                  or (isinstance(widget, (QLineEdit, QPlainTextEdit)) and not widget.isReadOnly()
                      and not widget.isHidden() and widget.parent() is not None
                      and not isinstance(widget.parent(), (QAbstractSpinBox, QComboBox)))
                  or (isinstance(widget, QPushButton)
                      and any(character.isalpha() for character in widget.text()))]  # not the preview's ◀ ▶
        assert [field for field in fields if field not in reached] == []
        assert len(set(letters.values())) == len(letters), sorted(letters.values())


def test_the_window_opens_with_the_keyboard_in_the_search_field(qtbot: QtBot, repository: Repository) -> None:
    """Nothing had the focus at first, and the first Tab went to the details panel."""
    window = make_window(qtbot, repository, Language.NB)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert QApplication.focusWidget() is window.library.search


def test_a_day_tabbed_into_shows_what_the_keys_would_act_on(qtbot: QtBot, live: LiveWorkspace) -> None:
    """Shift+Tab onto a day made its first row (a whole session) current without showing it, and
    Delete removed that session; the row the keys act on is now chosen, and the day is framed."""
    calendar = on_screen(qtbot, WeekCalendar(WeekModel(live)), 1200, 500)
    calendar.activateWindow()
    monday, tuesday = calendar.days[0], calendar.days[1]
    tuesday.setFocus()
    qtbot.waitUntil(tuesday.hasFocus)
    unfocused = monday.viewport().grab().toImage().pixelColor(1, monday.viewport().height() // 2)
    qtbot.keyClick(tuesday, Qt.Key.Key_Backtab)
    assert monday.hasFocus() and monday.selectionModel().isSelected(monday.currentIndex())
    framed = monday.viewport().grab().toImage().pixelColor(1, monday.viewport().height() // 2)
    assert framed == focus_colour(monday.palette()) and framed != unfocused
    qtbot.keyClick(monday, Qt.Key.Key_Tab)  # on to Tuesday: one day shows a chosen row, the one with the keys
    assert tuesday.hasFocus() and not monday.selectionModel().hasSelection()


def test_the_details_show_when_they_have_the_keyboard(qtbot: QtBot, repository: Repository) -> None:
    """Tab stops at the details (the arrows scroll them), where nothing showed that it had."""
    window = make_window(qtbot, repository, Language.NB)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.library.search)
    detail = window.detail

    def left_edge() -> object:
        return detail.grab().toImage().pixelColor(1, detail.height() // 2)

    unfocused = left_edge()
    while QApplication.focusWidget() is not detail:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert left_edge() == focus_colour(detail.palette()) != unfocused


def test_tab_stops_at_the_main_chart_alone(qtbot: QtBot, live: LiveWorkspace) -> None:
    """Tab stopped at both charts, which showed no focus and did nothing with a key. The main one reads its values
    from the keys now, framed (test_charts_readable); the volume chart under it, whose values it reads too, is
    passed by."""
    from glueplan.ui.charts.page import ChartsPage

    charts = on_screen(qtbot, ChartsPage(live), 1000, 700)
    assert charts.plot.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert not charts.volume_plot.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_every_frameless_scroll_area_tab_stops_at_is_framed_then(qtbot: QtBot, repository: Repository) -> None:
    """The details, the Programs page and the log's form: Tab stops at each (the arrows scroll
    it), and none showed that it had the keyboard."""
    window = make_window(qtbot, repository, Language.NB)
    window.programs_page().template_cards[0].start_button.click()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    framed = []
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
        for area in window.findChildren(QScrollArea):
            if area.isVisible() and area.frameShape() == QFrame.Shape.NoFrame \
                    and area.focusPolicy() & Qt.FocusPolicy.TabFocus and area not in framed:
                area.setFocus(Qt.FocusReason.TabFocusReason)
                qtbot.waitUntil(area.hasFocus)
                edge = area.grab().toImage().pixelColor(1, area.height() // 2)
                assert edge == focus_colour(area.palette()), type(area).__name__
                framed.append(area)
    assert len(framed) == 3


def test_ctrl_right_twice_carries_the_same_exercise_on(qtbot: QtBot, live: LiveWorkspace) -> None:
    """After a move the keys went on with the next day's first row (or none): a second Ctrl+Right
    moved Wednesday's whole session instead of the exercise, and Delete would have removed it. The
    moved row is now the chosen one where it landed, and a moved session too."""
    calendar = on_screen(qtbot, WeekCalendar(WeekModel(live)), 1200, 500)
    calendar.activateWindow()
    monday = calendar.days[0]
    monday.setFocus()
    qtbot.waitUntil(monday.hasFocus)
    monday.setCurrentIndex(calendar.model.index(2, 0, calendar.model.index(0, 0, monday.rootIndex())))
    moved = live.program.weeks[0].sessions[0].items[2].exercise_id
    wednesday = [i.exercise_id for s in live.program.weeks[0].sessions if s.day == Weekday.WED for i in s.items]
    for _ in range(2):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    week = live.program.weeks[0]
    assert [[i.exercise_id for i in s.items] for s in week.sessions if s.day == Weekday.WED] == [[*wednesday, moved]]
    focused = QApplication.focusWidget()
    assert focused is calendar.days[2] and focused.selectionModel().isSelected(focused.currentIndex())
    assert [day for day in calendar.days if day.selectionModel().hasSelection()] == [focused]
    session = calendar.model.index(0, 0, focused.rootIndex())
    focused.setCurrentIndex(session)
    qtbot.keyClick(focused, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is calendar.days[3]
    assert calendar.model.node(calendar.days[3].currentIndex()).item is None  # the session, chosen where it is
