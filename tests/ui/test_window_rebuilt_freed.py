"""A window rebuilt after start-up (a language, theme or text size chosen) leaves its old one to be freed: start-up
freezes what it made out of Python's full collections (StartUp._settled, gc.freeze), and the old window's Python
side, a web of cycles (its slots connected to its signals), was then kept for the rest of the session."""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QTranslator
from PySide6.QtWidgets import QApplication

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
