"""The main window: map and library linked both ways, templates offered, layout remembered."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from glueplan.app import clock
from glueplan.app.command import History
from glueplan.domain.catalog import Catalog
from glueplan.domain.language import Language
from glueplan.app.opening import first_trainee, open_workspace
from glueplan.domain.plan import next_monday
from glueplan.domain.trainee import Units, kilograms
from glueplan.store.repository import Repository
from glueplan.ui.main_window import MainWindow
from glueplan.ui.shared.live_workspace import LiveWorkspace
from tests.conftest import on_screen, trainee_ids


def make_window(qtbot: QtBot, repository: Repository, language: Language = Language.EN) -> MainWindow:
    """The whole window on the test's database, as the app starts it."""
    workspace = open_workspace(repository.store, language, kilograms)
    window = MainWindow(workspace.catalog, language)
    window.attach(LiveWorkspace(workspace, window))
    return on_screen(qtbot, window, 1400, 900)


def test_first_run_creates_one_trainee_in_the_users_language(repository: Repository) -> None:
    trainee_id = first_trainee(repository, Language.NB, Units.KG)
    assert repository.trainee(trainee_id).name == "Meg selv"
    assert first_trainee(repository, Language.DA, Units.KG) == trainee_id
    assert trainee_ids(repository) == [trainee_id]


def test_clicking_a_region_filters_the_library(qtbot: QtBot, repository: Repository, catalog: Catalog) -> None:
    window = make_window(qtbot, repository)
    point = window.map.point_in("gluteus_medius", view_number=2)
    with qtbot.waitSignal(window.map.muscles_picked):
        qtbot.mouseClick(window.map, Qt.MouseButton.LeftButton, pos=point)
    assert set(window.library.visible_ids()) == {e.id for e in catalog.training("gluteus_medius")}
    first = catalog.exercise(window.library.visible_ids()[0])
    assert first.weight("gluteus_medius") == 1.0


def test_ctrl_click_adds_a_muscle_and_empty_space_clears(qtbot: QtBot, repository: Repository,
                                                        catalog: Catalog) -> None:
    window = make_window(qtbot, repository)
    qtbot.mouseClick(window.map, Qt.MouseButton.LeftButton, pos=window.map.point_in("quadriceps"))
    qtbot.mouseClick(window.map, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier,
                     pos=window.map.point_in("calves"))
    assert window.map.picked == ("quadriceps", "calves")
    expected = {e.id for e in catalog.training("quadriceps")} | {e.id for e in catalog.training("calves")}
    assert set(window.library.visible_ids()) == expected
    qtbot.mouseClick(window.map, Qt.MouseButton.LeftButton, pos=QPoint(2, 2))
    assert window.map.picked == () and len(window.library.visible_ids()) == len(catalog.exercises)


def test_picking_from_the_muscle_list_shows_on_the_map(qtbot: QtBot, repository: Repository) -> None:
    window = make_window(qtbot, repository)
    item = next(window.library.muscle_list.item(r) for r in range(window.library.muscle_list.count())
                if window.library.muscle_list.item(r).data(Qt.ItemDataRole.UserRole) == "hamstrings")
    item.setCheckState(Qt.CheckState.Checked)
    assert window.map.picked == ("hamstrings",)


def test_selecting_an_exercise_highlights_its_muscles(qtbot: QtBot, repository: Repository,
                                                      catalog: Catalog) -> None:
    window = make_window(qtbot, repository)
    window.library.select("clamshell")
    assert window.map._involvement == dict(catalog.exercise("clamshell").muscles)
    assert "Clamshell" in window.detail.text.text()
    assert window.duplicate_action.isEnabled() and not window.edit_action.isEnabled()


def test_both_templates_are_offered_and_start_a_program(qtbot: QtBot, repository: Repository) -> None:
    window = make_window(qtbot, repository, Language.DA)
    cards = window.programs_page().template_cards
    assert [card.template.id for card in cards] == ["seed-000", "seed-002"]
    assert cards[0].title() == "Balleprogram: tre træninger"
    cards[1].start_button.click()
    assert window.live is not None
    (program_id, name), = repository.programs(window.live.workspace.trainee_id)
    assert name == "Gluteus medius: stabilitet og styrke"
    program = repository.program(program_id)
    assert program.start is not None and program.start.weekday() == 0 and program.start >= clock.today()


class WindowsShown(QObject):
    """The widgets Qt shows as windows of their own. One shown before it has a parent is one: on a
    desktop it flashes up and takes the focus from the main window, which then stops following
    what other windows save (ui/shared/changes_elsewhere.py looks only while glueplan is active)."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow() \
                and not isinstance(watched, MainWindow):
            self.seen.append(type(watched).__name__)
        return False


def test_every_page_opens_inside_the_window(qtbot: QtBot, repository: Repository) -> None:
    shown = WindowsShown()
    QApplication.instance().installEventFilter(shown)
    try:
        window = make_window(qtbot, repository)
        window.programs_page().template_cards[0].start_button.click()  # a program: every page has something to show
        for tab in range(window.tabs.count()):
            window.tabs.setCurrentIndex(tab)
            QApplication.processEvents()
    finally:
        QApplication.instance().removeEventFilter(shown)
    assert shown.seen == []


def test_layout_is_remembered_between_runs(qtbot: QtBot, repository: Repository) -> None:
    window = make_window(qtbot, repository)
    window.splitter.setSizes([500, 600, 300])
    window.show_programs()
    sizes = window.splitter.sizes()
    window.close()
    again = make_window(qtbot, repository)
    assert again.splitter.sizes() == sizes
    assert again.tabs.currentWidget() is again.programs_tab and again.programs_tab.page is not None


def test_next_monday() -> None:
    assert next_monday(date(2026, 11, 22)) == date(2026, 11, 23)  # a Sunday
    assert next_monday(date(2026, 11, 23)) == date(2026, 11, 23)  # already Monday


def test_an_empty_program_opens_on_the_week_tab(qtbot: QtBot, repository: Repository) -> None:
    window = make_window(qtbot, repository)
    window.programs_page().empty_button.click()
    assert window.week_page is not None and window.tabs.currentWidget() is window.week_tab
    program = window.week_page.live.program
    assert len(program.weeks) == 4 and all(not week.sessions for week in program.weeks)


def test_undoing_the_first_program_shows_how_to_start_one_and_redo_brings_it_back(
        qtbot: QtBot, repository: Repository) -> None:
    window = make_window(qtbot, repository)
    window.programs_page().template_cards[1].start_button.click()
    assert window.live is not None and window.week_page is not None
    plan = window.live.undo_stacks[History.PLAN]
    plan.undo()  # the week page followed the program's disappearance and read a program not there
    assert window.live.workspace.program is None
    assert window.week_page is None and window.week_tab.currentWidget() is window.week_hint
    plan.redo()
    assert window.week_page is not None and window.week_tab.currentWidget() is window.week_page
    assert window.week_page.model.rowCount() == 7
