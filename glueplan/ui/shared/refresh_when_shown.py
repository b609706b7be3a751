"""Views refresh from the changes they show, and only when they can be seen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from glueplan.app.changes import ChangeSet
from glueplan.ui.shared.live_workspace import LiveWorkspace


class RefreshWhenShown(QObject):
    """Hands a page the changes it shows (``wants``) at once while it is visible; while it is
    hidden it only gathers them, and refreshes the page from all of them when it is shown."""

    def __init__(self, page: QWidget, live: LiveWorkspace, wants: Callable[[ChangeSet], bool],
                 refresh: Callable[[ChangeSet], None]) -> None:
        super().__init__(page)
        self._page = page
        self._wants = wants
        self._refresh = refresh
        self.pending: ChangeSet | None = None
        page.installEventFilter(self)
        self._live = live
        live.changed.connect(self._changed)

    def stop(self) -> None:
        """Follow no more changes: the page is being retired (deleted later by Qt)."""
        self._live.changed.disconnect(self._changed)

    def _changed(self, change: ChangeSet) -> None:
        if not self._wants(change):
            return
        if self._page.isVisible():
            self._refresh(change)
        else:
            self.pending = change if self.pending is None else self.pending | change

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self.pending is not None:
            change, self.pending = self.pending, None
            self._refresh(change)
        return False
