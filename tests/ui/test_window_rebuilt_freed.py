"""A window rebuilt after start-up (a language, theme or text size chosen) leaves its old one to be freed: start-up
freezes what it made out of Python's full collections (StartUp._settled, gc.freeze), and the old window's Python
side, a web of cycles (its slots connected to its signals), was then kept for the rest of the session."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTranslator
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot
from shiboken6 import Shiboken

from glueplan.domain.catalog import builtin_catalog
from glueplan.domain.language import Language
from glueplan.ui import application as app_module
from glueplan.ui.window_host import WindowHost
from tests.ui.test_settings import host  # noqa: F401  (the fixture)


def freed_after_a_switch(host: WindowHost) -> bool:
    """Whether the window is freed once replaced by a Danish one, Qt has deleted it and Python collected."""
    old = weakref.ref(host.window)
    host.switch_language(Language.DA)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.sendPostedEvents()  # the collection its deletion asked for, as the next turn of the event loop
    gc.collect()
    return old() is None


def test_the_window_replaced_after_start_up_is_freed(host: WindowHost) -> None:  # noqa: F811
    gc.collect()
    gc.freeze()  # as start-up leaves things once the window is usable
    try:
        assert freed_after_a_switch(host)
    finally:
        gc.unfreeze()


def test_a_language_switch_leaves_the_app_only_the_translators_it_speaks_in(qapp: QApplication,
                                                                           host: WindowHost) -> None:  # noqa: F811
    """The translators of the language left were removed from the app but stayed its children, one or two more
    at each switch (and at each UI test's end, tests/ui/conftest.py), for as long as the app."""
    for language in (Language.DA, Language.EN, Language.DA):
        host.switch_language(language)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert len(qapp.findChildren(QTranslator)) == 2  # Qt's Danish and glueplan's


def test_the_first_window_is_not_kept_by_the_days_backup(qapp: QApplication, db_path: Path) -> None:
    """The day's copy, made as the first window opens, says a copy that cannot be written in the window of the
    moment: it held the first window itself, kept for the rest of the run once a language was chosen."""
    made = WindowHost(qapp, builtin_catalog(), Language.EN)
    startup = app_module.StartUp(qapp, made, str(db_path), Language.EN)
    try:
        startup.open_store()
        assert freed_after_a_switch(made)
    finally:
        startup.close()
        made.window.close()
        made.window.deleteLater()


@contextmanager
def no_collections() -> Iterator[None]:
    """Python's cyclic collector off: after start-up's gc.freeze and the switch's unfreeze a full collection comes
    rarely, and what waits for one is what a user's session keeps."""
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def test_a_switch_leaves_none_of_the_old_windows_widgets_alive(host: WindowHost) -> None:  # noqa: F811
    """Every page built (the Charts tab's plots among them), the language switched: not one widget of the old window
    is left once Qt has deleted it, without waiting for Python's collector. pyqtgraph makes each plot's context
    menus without a parent (55 widgets a plot), and they lived on, in the old window's cycles."""
    window = host.window
    outside = [widget for widget in QApplication.allWidgets() if widget.window() is not window]  # not the window's
    for tab in (window.log_tab, window.history_tab, window.charts_tab, window.programs_tab):
        tab.build()
    with no_collections():
        made = [weakref.ref(widget) for widget in QApplication.allWidgets() if widget not in outside]
        host.switch_language(Language.DA)
        for _turn in range(2):  # the window, then what its deletion handed to Qt to delete (the plots' hidden menus)
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        left = [type(widget).__name__ for made_one in made
                if (widget := made_one()) is not None and Shiboken.isValid(widget)
                and widget.window() is not host.window]
    assert left == []


def test_a_chart_opens_no_context_menu_of_pyqtgraphs(host: WindowHost, qtbot: QtBot) -> None:  # noqa: F811
    """A right click on a chart opened pyqtgraph's menu, English in every language, whose View All put back the
    ranges glueplan chose against (the "A" button is hidden for that)."""
    page = host.window.charts_tab.build()
    qtbot.waitExposed(page.plot)
    viewport = page.plot.viewport()
    QTest.mouseClick(viewport, Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier, viewport.rect().center())
    QApplication.processEvents()
    assert not [widget for widget in QApplication.topLevelWidgets() if isinstance(widget, QMenu) and widget.isVisible()]


def test_the_switch_frees_the_old_window_itself_and_freezes_what_start_up_froze(host: WindowHost,  # noqa: F811
                                                                                 qtbot: QtBot) -> None:
    """The old window's Python side, a web of cycles, is collected at the switch (once Qt has deleted the window),
    not left to a full collection of Python's own: after start-up's gc.freeze and the switch's unfreeze one came
    rarely, and 8 switches kept 8 old windows (about 2 MiB each). What start-up froze is frozen again after."""
    with no_collections():
        gc.freeze()
        try:
            old = weakref.ref(host.window)
            host.switch_language(Language.DA)
            qtbot.waitUntil(lambda: old() is None, timeout=2000)
            assert gc.get_freeze_count() > 0
        finally:
            gc.unfreeze()
