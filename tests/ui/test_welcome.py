"""A new user's first start: the welcome in the window asks the units and the name before the first set and points
to a program; it goes for good once a program or a set exists or it is closed, and an existing database never shows
it. (Sam, who thinks in pounds, typed "135" into the kg field the first start gave him: a 135 kg squat.)"""

from __future__ import annotations

from datetime import datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QSettings, QSize, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QListView
from pytestqt.qtbot import QtBot

from glueplan.app import clock
from glueplan.app.opening import open_workspace
from glueplan.app.trainees import remember
from glueplan.app.workspace import Workspace
from glueplan.domain.catalog import Catalog, builtin_catalog
from glueplan.domain.language import Language
from glueplan.domain.log import KG_PER_LB, LoggedSet, as_typed
from glueplan.domain.trainee import Units, kilograms
from glueplan.store.database import open_store
from glueplan.store.location import database_url
from glueplan.store.repository import Repository
from glueplan.ui import application
from glueplan.ui.application import install_translators
from glueplan.ui.library.exercise_model import THUMBNAIL_SIZE
from glueplan.ui.log.page import LogPage
from glueplan.ui.main_window import MainWindow
from glueplan.ui.first_start import COMPUTER_CLOSED_KEY, carry_over_computer_mark
from glueplan.ui.welcome import Welcome
from glueplan.ui.window_host import WindowHost
from tests.ui.test_log_and_charts import monday_program
from tests.ui.test_log_typed_sets import MONDAY, type_set
from tests.ui.test_main_window import make_window
from tests.ui.test_menu_mnemonics import MNEMONIC
from tests.ui.test_start_from_snapshot import window_with


ROWS_UNDER_THE_WELCOME = 4  # of the library's, whole, at 1366x768: 6 without the welcome


def shown(window: MainWindow) -> bool:
    return window.welcome is not None and window.welcome.isVisible()


def whole_rows(view: QListView) -> int:
    """The rows the library shows whole once each has its picture (drawn in idle turns, 60 of them: not waited for):
    the picture's height and Fusion's pixel above and below it."""
    return view.viewport().height() // (THUMBNAIL_SIZE.height() + 2)


def cut(welcome: Welcome) -> list[str]:
    """The texts of the welcome not seen whole: a label or button narrower than its text, a wrapped label lower
    than its lines, the name field narrower than its placeholder (its widest)."""
    texts = [label.text() for label in welcome.findChildren(QLabel) if label.isVisible() and (
        label.heightForWidth(label.width()) > label.height() if label.wordWrap()
        else label.sizeHint().width() > label.width())]
    texts += [button.text() for button in welcome.findChildren(QAbstractButton)
              if button.isVisible() and button.sizeHint().width() > button.width()]
    name = welcome.name
    return texts + ([name.placeholderText()] if name.width() < name.maximumWidth() else [])


def settled(welcome: Welcome) -> bool:
    """Laid out for the window's size: as high as its lines at its width (the panels under it have the rest)."""
    return welcome.height() == welcome.heightForWidth(welcome.width())


def seen(welcome: Welcome) -> list[str]:
    return [label.text() for label in welcome.findChildren(QLabel) if label.isVisible()]


@pytest.mark.parametrize(("language", "heading", "units"), [(Language.EN, "Welcome to glueplan", "&Kilograms (kg)"),
                                                            (Language.DA, "Velkommen til glueplan", "&Kilogram (kg)")])
def test_a_new_database_opens_with_the_welcome_and_its_choices(qtbot: QtBot, qapp: QApplication, repository: Repository,
                                                                language: Language, heading: str, units: str) -> None:
    install_translators(qapp, language)
    window = make_window(qtbot, repository, language)
    welcome = window.welcome
    assert welcome is not None and welcome.isVisible()
    assert welcome.geometry().bottom() < window.splitter.geometry().top()  # above the panels, in the window
    assert heading in [label.text() for label in welcome.findChildren(QLabel)]
    assert welcome.kilograms.text() == units and welcome.kilograms.isChecked() and not welcome.pounds.isChecked()
    assert welcome.name.text() == ""  # "Me" is glueplan's: the field waits for a name, or none ("just me")
    assert window.focusWidget() is window.library.search  # it asks, but takes the keyboard from no one
    letters = [found[1].lower() for widget in (*welcome.findChildren(QAbstractButton), *welcome.findChildren(QLabel))
               if (found := MNEMONIC.search(widget.text()))]
    menus = {found[1].lower() for action in window.menuBar().actions() if (found := MNEMONIC.search(action.text()))}
    assert len(set(letters)) == len(letters) == 6 and not menus & set(letters)  # Alt+R chose nothing: P&rograms
    welcome.programs.click()
    assert window.tabs.currentWidget() is window.programs_tab
    welcome.guide.click()
    assert window.guide is not None and window.guide.isVisible()


def test_pounds_chosen_in_the_welcome_make_the_first_logged_set_pounds(qtbot: QtBot, repository: Repository,
                                                                      catalog: Catalog) -> None:
    """Pounds chosen, a name typed, a program started and "135" logged: 135 lb, not 135 kg; the welcome is gone
    with the program, and the window's next start does not show it."""
    window = make_window(qtbot, repository)
    welcome = window.welcome
    assert welcome is not None
    welcome.pounds.click()
    welcome.name.setFocus()
    qtbot.keyClicks(welcome.name, "Sam")
    qtbot.keyClick(welcome.name, Qt.Key.Key_Return)
    live = window.live
    assert live is not None and live.trainee.units is Units.LB and live.trainee.name == "Sam"
    assert window.windowTitle() == "Sam – glueplan.sqlite – glueplan"
    live.open_program(repository.add_program(live.workspace.trainee_id, monday_program(catalog)))
    assert window.welcome is None and not welcome.isVisible()
    window.show_tab("log")
    page = window.log_tab.page
    assert isinstance(page, LogPage)
    page.date.setDate(QDate(MONDAY.year, MONDAY.month, MONDAY.day))
    qtbot.waitUntil(lambda: len(page.blocks) == 3 and page.blocks[0].weight.isVisible())
    type_set(qtbot, page.blocks[0], "135", "10", "2")
    qtbot.keyClick(page.blocks[0].rir, Qt.Key.Key_Return)
    [(_id, logged)] = repository.sets_on(live.workspace.trainee_id, MONDAY)
    assert (logged.weight_kg == pytest.approx(135 * KG_PER_LB)
            and as_typed(logged.weight_kg, Units.LB) == (135, Units.LB))
    assert make_window(qtbot, repository).welcome is None


@pytest.mark.parametrize(("environment", "units"), [
    ({"LANG": "en_US.UTF-8"}, Units.LB),
    ({"LANG": "en_GB.UTF-8"}, Units.KG),
    ({"LANG": "da_DK.UTF-8", "LC_MEASUREMENT": "en_US.UTF-8"}, Units.LB),
])
def test_a_first_start_makes_the_first_profile_in_the_desktops_likely_units(
        qtbot: QtBot, qapp: QApplication, db_path: Path, monkeypatch: pytest.MonkeyPatch, environment: dict[str, str],
        units: Units) -> None:
    """The first profile's units were read from the environment inside the domain (LC_MEASUREMENT, LANG), then from
    Qt's locale apart from the paper: a first start makes it in the units the desktop's LC_MEASUREMENT (else LC_ALL,
    LANG) measures in (en_US: pounds; en_GB: kilograms, a British gym's plates), as `glueplan trainee add` does, and
    the welcome offers them chosen."""
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    host = WindowHost(qapp, builtin_catalog(), Language.EN)
    startup = application.StartUp(qapp, host, str(db_path), Language.EN)
    try:
        assert startup._open_at_once(str(db_path)) is None  # a new file's start, without _settled's timer after it
        live = host.window.live
        assert live is not None and live.trainee.units is units and live.trainee.name == "Me"
        welcome = host.window.welcome
        assert welcome is not None and welcome.pounds.isChecked() is (units is Units.LB)
    finally:
        startup.close()
        host.window.close()
        host.window.deleteLater()


def test_the_welcome_closed_does_not_come_back(qtbot: QtBot, repository: Repository) -> None:
    window = make_window(qtbot, repository)
    assert window.welcome is not None
    window.welcome.close_button.click()
    assert window.welcome is None
    assert make_window(qtbot, repository).welcome is None


def test_the_welcome_closed_on_one_database_is_new_on_another(qtbot: QtBot, repository: Repository,
                                                               tmp_path: Path) -> None:
    """A clinic's file opened with --db after the welcome was closed on one's own is that file's first start
    (failed before: the mark was the computer's); the own one's stays closed."""
    window = make_window(qtbot, repository)
    assert window.welcome is not None
    window.welcome.close_button.click()
    clinic = Repository(open_store(database_url(str(tmp_path / "klinik.sqlite"))))
    try:
        assert shown(make_window(qtbot, clinic))
        assert make_window(qtbot, repository).welcome is None
    finally:
        clinic.store.close()


def test_the_welcome_closed_before_stays_closed_where_it_was_closed(qtbot: QtBot, repository: Repository,
                                                                    tmp_path: Path) -> None:
    """Closed under the computer's one mark, on the database remembered here: closed there after the upgrade, the
    mark gone, and a database new to this computer has its first start (failed before: it was closed everywhere)."""
    QSettings().setValue(COMPUTER_CLOSED_KEY, True)
    remember(repository.store.engine.url, open_workspace(repository.store, Language.EN, kilograms).trainee_id)
    carry_over_computer_mark()
    assert not QSettings().contains(COMPUTER_CLOSED_KEY)
    assert make_window(qtbot, repository).welcome is None
    other = Repository(open_store(database_url(str(tmp_path / "other.sqlite"))))
    try:
        assert shown(make_window(qtbot, other))
    finally:
        other.store.close()


def test_the_first_start_after_the_upgrade_on_a_new_file_welcomes(qapp: QApplication, monkeypatch: pytest.MonkeyPatch,
                                                                  tmp_path: Path) -> None:
    """The computer's mark is carried over as glueplan starts, before the file it was given is remembered: a clinic's
    new file opened by the first start after the upgrade is a first start (failed before: closed everywhere)."""
    QSettings().setValue(COMPUTER_CLOSED_KEY, True)
    welcomed: list[bool] = []
    window_with(qapp, monkeypatch, lambda _workspace: welcomed.extend(  # shown on the loop's next turn
        window.welcome is not None for window in QApplication.topLevelWidgets() if isinstance(window, MainWindow)))
    assert application.run_gui(str(tmp_path / "klinik.sqlite"), Language.EN) == 0
    assert welcomed == [True] and not QSettings().contains(COMPUTER_CLOSED_KEY)


def test_the_computers_mark_with_no_database_remembered_closes_the_default_one(qtbot: QtBot,
                                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    QSettings().setValue(COMPUTER_CLOSED_KEY, True)
    carry_over_computer_mark()
    monkeypatch.delenv("GLUEPLAN_DB")
    default = Repository(open_store(database_url()))  # the data folder's
    try:
        assert make_window(qtbot, default).welcome is None
    finally:
        default.store.close()


@pytest.mark.parametrize("language", [Language.DA, Language.NB])
def test_a_laptops_window_keeps_the_librarys_rows_and_every_word(qtbot: QtBot, qapp: QApplication,
                                                                 repository: Repository, language: Language) -> None:
    """At 1366x768 (a laptop, where the window opens maximized) the welcome's five lines (132 px) left the library two
    rows whole (failed before); in two it leaves four. There and at 1024x700, in the two longest languages, no word of
    it is cut (before, the window could not be 700 px high with it: 703 at the least, and there the name's placeholder
    was cut to "Valgfrit: tomt, hvis glueplan kun er...")."""
    install_translators(qapp, language)
    window = make_window(qtbot, repository, language)
    welcome = window.welcome
    assert welcome is not None
    for size in (QSize(1366, 768), QSize(1024, 700)):
        window.resize(size)
        qtbot.waitUntil(lambda size=size: window.size() == size and settled(welcome))
        assert cut(welcome) == []
        assert welcome.geometry().bottom() < window.splitter.geometry().top()
        if size.height() == 768:
            assert whole_rows(window.library.view) >= ROWS_UNDER_THE_WELCOME


def test_the_compact_welcome_keeps_its_other_words_in_tooltips_and_goes_back_where_there_is_room(
        qtbot: QtBot, repository: Repository) -> None:
    """Two lines in a short window, the sentences for coaches and for the next step in the tooltips of the name and
    of Choose a program; the full welcome in a tall window, and in a short one too narrow for the two lines (half a
    laptop's screen, 683 px), which the two lines do not hold wider (failed before: no two lines)."""
    window = make_window(qtbot, repository)  # 1400x900
    welcome = window.welcome
    assert welcome is not None
    coaching = next(text for text in seen(welcome) if text.startswith("Coaching others?"))
    next_step = next(text for text in seen(welcome) if text.startswith("Next:"))
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: coaching not in seen(welcome) and next_step not in seen(welcome))
    assert welcome.name.toolTip() != coaching  # the field's own: its placeholder whole
    assert [label.toolTip() for label in welcome.findChildren(QLabel) if label.buddy() is welcome.name] == [coaching]
    assert welcome.programs.toolTip() == next_step
    window.resize(683, 768)
    qtbot.waitUntil(lambda: window.width() == 683 and coaching in seen(welcome) and next_step in seen(welcome))
    assert welcome.programs.toolTip() == ""
    window.resize(1400, 900)
    qtbot.waitUntil(lambda: window.width() == 1400 and coaching in seen(welcome))


def test_a_set_logged_ends_the_first_start(qtbot: QtBot, repository: Repository) -> None:
    """A set, without a program (another app's log imported, a set logged by hand), is no new user's database."""
    first = make_window(qtbot, repository)
    assert first.welcome is not None
    first.close()
    assert first.live is not None
    logged = LoggedSet("back_squat", datetime.combine(clock.today(), time(18)), 60.0, 10, 2)
    repository.log_set(first.live.workspace.trainee_id, logged)
    assert make_window(qtbot, repository).welcome is None


def test_an_existing_database_shows_no_welcome(qtbot: QtBot, workspace: Workspace) -> None:
    """The tests' database, with a program started, as any user's after the first day."""
    assert make_window(qtbot, workspace.repository).welcome is None
