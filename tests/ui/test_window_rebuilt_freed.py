"""A window rebuilt after start-up (a language, theme or text size chosen) leaves its old one to be freed: start-up
freezes what it made out of Python's full collections (StartUp._settled, gc.freeze), and the old window's Python
side, a web of cycles (its slots connected to its signals), was then kept for the rest of the session."""

from __future__ import annotations

import gc
import weakref

from PySide6.QtCore import QCoreApplication, QEvent, QTranslator
from PySide6.QtWidgets import QApplication

from glueplan.domain.language import Language
from glueplan.ui.window_host import WindowHost
from tests.ui.test_settings import host  # noqa: F401  (the fixture)


def test_the_window_replaced_after_start_up_is_freed(host: WindowHost) -> None:  # noqa: F811
    gc.collect()
    gc.freeze()  # as start-up leaves things once the window is usable
    try:
        old = weakref.ref(host.window)
        host.switch_language(Language.DA)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()
        assert old() is None
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
