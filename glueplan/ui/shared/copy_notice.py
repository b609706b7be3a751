"""The notice a second copy of glueplan on the same database shows across the top of its
window (above the pages, wrapping its text to the window's width), for as long as the other
copy is open."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMainWindow, QStyle, QVBoxLayout, QWidget

from glueplan.ui.shared.database_lock import DatabaseLock
from glueplan.ui.shared.live_workspace import LiveWorkspace


class CopyNotice(QFrame):
    """A framed line with a warning icon and the reason; hidden while this copy holds the lock."""

    def __init__(self, lock: DatabaseLock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_LargeIconSize)
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size))
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)
        self.lock = lock
        lock.changed.connect(self.follow)
        self.follow()

    def follow(self) -> None:
        owner = self.lock.owner
        if self.lock.other_copy and owner is not None:
            self.text.setText(self.tr(
                "glueplan is already open on this database (process %1 on %2). You can work in both, but an "
                "edit made here to a program the other copy has changed is refused, and the program reloads. "
                "Close one of them to be sure what you see is saved.").replace("%1", str(owner[0]))
                .replace("%2", owner[1] or "?"))
        self.setVisible(self.lock.other_copy)


def show_copy_notice(window: QMainWindow, live: LiveWorkspace) -> CopyNotice:
    """The notice for the window's workspace; its lock belongs to the workspace, so that a window
    rebuilt for another language keeps the same lock."""
    lock = live.findChild(DatabaseLock)
    if lock is None:
        lock = DatabaseLock(live.workspace.repository.store.engine.url, live)
    pages = window.takeCentralWidget()
    container = QWidget(window)
    notice = CopyNotice(lock, container)
    column = QVBoxLayout(container)
    column.setContentsMargins(0, 0, 0, 0)
    column.addWidget(notice)
    column.addWidget(pages, 1)
    window.setCentralWidget(container)
    return notice
