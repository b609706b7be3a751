"""A tab whose page is built the first time it is chosen: start-up builds only what is seen."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtWidgets import QStackedWidget, QWidget

Page = TypeVar("Page", bound=QWidget)


class LazyTab(QStackedWidget, Generic[Page]):
    """Holds the place of a page in a QTabWidget; ``page`` is None until ``build`` is called,
    which the window does when the tab is chosen. Not from a show event: a tab widget being
    destroyed shows its pages as it removes them, and nothing may be built then."""

    def __init__(self, make: Callable[[], Page], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._make = make
        self.page: Page | None = None

    def build(self) -> Page:
        if self.page is None:
            self.page = self._make()
            self.addWidget(self.page)
            self.setCurrentWidget(self.page)
        return self.page
