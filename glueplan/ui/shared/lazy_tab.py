"""A tab whose page is built the first time it is chosen: start-up builds only what is seen."""

from __future__ import annotations

import threading
from collections.abc import Callable
from importlib import import_module
from typing import Generic, TypeVar

from PySide6.QtWidgets import QStackedWidget, QWidget

Page = TypeVar("Page", bound=QWidget)


class LazyTab(QStackedWidget, Generic[Page]):
    """Holds the place of a page in a QTabWidget; ``page`` is None until ``build`` is called,
    which the window does when the tab is chosen, once it has its workspace (blank before: the tab is there from the
    first paint, the page needs the user's data). Not from a show event: a tab widget being
    destroyed shows its pages as it removes them, and nothing may be built then.

    ``ahead`` names a module the page needs that is slow to import (pyqtgraph: 0.4 s and more), one
    ``import_ahead`` brings in beforehand, in a thread, so that the first build does not wait for it."""

    def __init__(self, make: Callable[[], Page], parent: QWidget | None = None, ahead: str | None = None) -> None:
        super().__init__(parent)
        self._make = make
        self._ahead = ahead
        self.page: Page | None = None

    def build(self) -> Page:
        if self.page is None:
            self.page = self._make()
            self.addWidget(self.page)
            self.setCurrentWidget(self.page)
        return self.page

    def import_ahead(self) -> None:
        """Import ``ahead`` in a thread of its own, while the window goes on answering: the thread gives Python's
        lock up every few milliseconds, where importing it between two events froze the window for as long. Only a
        module that imports nothing of glueplan's: the window's own imports then never wait for it, nor it for
        them. Chosen before it is imported, the page's build waits for the rest of it (no longer than before)."""
        if self._ahead is not None and self.page is None:
            threading.Thread(target=_import_quietly, args=(self._ahead,), name=f"glueplan import {self._ahead}").start()


def _import_quietly(name: str) -> None:
    """A module imported ahead; one that cannot be (a broken installation) is left for the page's build, which
    imports it again and says why where the page would be: raised here, Python printed it as a traceback."""
    try:
        import_module(name)
    except Exception:  # whatever a broken installation raises (ui/shared/broken_install.py)
        pass
