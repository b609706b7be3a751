"""Edit > Preferences' text size (a physiotherapist with poor eyes had only the desktop's scale factor, which
enlarges every program): the app's fonts, the platform's fonts of its own for some kinds of widget too, a size
chosen redraws the window at once, 100 % puts the desktop's back."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from glueplan.app.opening import open_workspace
from glueplan.domain.catalog import Catalog
from glueplan.domain.language import Language
from glueplan.domain.trainee import kilograms
from glueplan.store.database import Store
from glueplan.ui.application import install_translators
from glueplan.ui.library.panel import LibraryPanel
from glueplan.ui.settings import text_size
from glueplan.ui.settings.dialog import PreferencesDialog
from glueplan.ui.settings.preferences import TEXT_SIZES, Preferences, read_preferences
from glueplan.ui.settings.text_size import apply_text_size, scaled
from glueplan.ui.shared.live_workspace import LiveWorkspace
from glueplan.ui.window_host import WindowHost
from tests.conftest import on_screen, seed_000
from tests.ui.test_settings import host  # noqa: F401 - the fixture: the app's window host, as run_gui makes it


def test_a_text_size_scales_every_font_and_100_puts_the_desktops_back(qapp: QApplication,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(text_size, "_desktop", None)  # the fonts as this test's platform gives them
    general = QApplication.font()
    menu = scaled(general, 110)  # as Windows and KDE give a menu a font of its own, which Qt forgets on setFont
    qapp.setFont(menu, "QMenu")
    try:
        apply_text_size(qapp, 150)
        assert QApplication.font().pointSizeF() == pytest.approx(general.pointSizeF() * 1.5)
        assert QApplication.font("QMenu").pointSizeF() == pytest.approx(menu.pointSizeF() * 1.5)
        assert QApplication.font("QTipLabel") == QApplication.font()  # no font of its own where it had none
        apply_text_size(qapp, 100)
        assert QApplication.font() == general and QApplication.font("QMenu") == menu
    finally:
        qapp.setFont(general)  # which drops the menu's own font again


def test_a_font_given_in_pixels_is_scaled_in_pixels() -> None:
    font = QFont()
    font.setPixelSize(12)
    assert scaled(font, 150).pixelSize() == 18


def test_choosing_a_text_size_redraws_the_window_in_it_and_100_undoes_it(qtbot: QtBot, qapp: QApplication,
                                                                        host: WindowHost) -> None:  # noqa: F811
    points = host.window.font().pointSizeF()
    view = host.window.library.view
    line = view.fontMetrics().height()
    try:
        with qtbot.waitSignal(host.rebuilt):
            host.window.preferences_changed.emit(Preferences(language=Language.EN, text_size=150))
        window = host.window
        assert window.font().pointSizeF() == pytest.approx(points * 1.5)
        assert window.map.font().pointSizeF() == pytest.approx(points * 1.5)  # its captions and legend
        # The rows hold the larger text (whether their 40 px pictures are drawn yet or not: the thumbnails are
        # the process's, ready or not from an earlier test, and a row is as high as the higher of the two).
        assert window.library.view.fontMetrics().height() > line
        assert window.library.view.sizeHintForRow(0) >= window.library.view.fontMetrics().height()
        with qtbot.waitSignal(host.rebuilt):
            host.window.preferences_changed.emit(Preferences(language=Language.EN, text_size=100))
        assert host.window.font().pointSizeF() == pytest.approx(points)
        assert host.window.library.view.fontMetrics().height() == line
    finally:
        apply_text_size(qapp, 100)


def test_the_preferences_offer_the_sizes_and_keep_the_one_chosen(qtbot: QtBot, live: LiveWorkspace) -> None:
    dialog = PreferencesDialog(live)
    qtbot.addWidget(dialog)
    assert [dialog.text_size.itemData(row) for row in range(dialog.text_size.count())] == list(TEXT_SIZES)
    assert dialog.text_size.currentText() == "100% (as the desktop)"
    dialog.text_size.setCurrentIndex(dialog.text_size.findData(130))
    assert dialog.apply().text_size == 130 and read_preferences().text_size == 130
    again = PreferencesDialog(live)
    qtbot.addWidget(again)
    assert again.text_size.currentText() == "130%"


def test_a_filter_cut_short_by_a_large_text_ends_in_an_ellipsis(qtbot: QtBot, qapp: QApplication,
                                                                catalog: Catalog) -> None:
    """The library at its narrowest in Danish at 150 %: Qt's box showed "Træner en af de valgt", cut mid-letter."""
    install_translators(qapp, Language.DA)
    panel = LibraryPanel(catalog, Language.DA)
    panel.setFont(scaled(panel.font(), 150))
    on_screen(qtbot, panel, panel.minimumSizeHint().width(), 700)
    box = panel.match
    assert box.shown_text() != box.currentText() and box.shown_text().endswith("…"), box.shown_text()
    assert box.toolTip() == "Med flere valgte muskler: øvelser, der træner en af dem, eller alle"  # its own, kept


def test_the_heat_maps_box_says_its_choice_whole_where_the_bar_has_room(qtbot: QtBot, qapp: QApplication,
                                                                        store: Store) -> None:
    """The Week tab at 1366 px in Danish at 130 %: "Hårde sæt om ug…", cut with half the bar empty beside it."""
    from glueplan.ui.week.page import WeekPage

    install_translators(qapp, Language.DA)
    opened = open_workspace(store, Language.DA, kilograms)
    opened.load_program(opened.repository.add_program(opened.trainee_id, seed_000(), "seed-000"))
    page = WeekPage(LiveWorkspace(opened))
    page.setFont(scaled(page.font(), 130))
    on_screen(qtbot, page, 1040, 700)  # the tabs' part of a 1366 px window
    box = page.heat_mode
    assert box.currentText() == "Hårde sæt om ugen" and box.shown_text() == box.currentText()
