"""The notice across the top of a window (above the pages, wrapping its text to the window's
width): a second copy of glueplan on the same database says so for as long as the other copy
is open; a database glueplan may only read says that instead."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMainWindow, QStyle, QVBoxLayout, QWidget

from glueplan.ui.shared.database_lock import DatabaseLock
from glueplan.ui.shared.live_workspace import LiveWorkspace
from glueplan.ui.shared.plain_text import filled


class Notice(QFrame):
    """A framed line with a warning icon and the reason (plain text: it may name a file)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_LargeIconSize)
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size))
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)


class ReadOnlyNotice(Notice):
    """Shown for as long as the window is open on a database it may only read."""

    def __init__(self, path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text.setText(self.tr(
            "This database is read-only (%1): you can look at everything, but no change can be saved. To edit it, "
            "copy the file to a folder you may write to, or ask for write permission.").replace("%1", path))


class CopyNotice(Notice):
    """Hidden while this copy holds the lock."""

    def __init__(self, lock: DatabaseLock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lock = lock
        lock.changed.connect(self.follow)
        self.follow()

    def follow(self) -> None:
        owner = self.lock.owner
        if self.lock.other_copy and owner is not None:
            self.text.setText(filled(self.tr(
                "glueplan is already open on this database (process %1 on %2). You can work in both, but an "
                "edit made here to a program the other copy has changed is refused, and the program reloads. "
                "Close one of them to be sure what you see is saved."), str(owner[0]), owner[1] or "?"))
        self.setVisible(self.lock.other_copy)


def show_copy_notice(window: QMainWindow, live: LiveWorkspace) -> Notice:
    """The notice for the window's workspace; its lock belongs to the workspace, so that a window
    rebuilt for another language keeps the same lock. A read-only database takes no lock (it
    writes nothing, not even a lock file beside it): its window says it is read-only."""
    store = live.workspace.repository.store
    pages = window.takeCentralWidget()
    container = QWidget(window)
    notice: Notice
    if store.read_only:
        notice = ReadOnlyNotice(str(store.engine.url.database), container)
    else:
        lock = live.findChild(DatabaseLock)
        if lock is None:
            lock = DatabaseLock(store.engine.url, live)
        notice = CopyNotice(lock, container)
    column = QVBoxLayout(container)
    column.setContentsMargins(0, 0, 0, 0)
    column.addWidget(notice)
    column.addWidget(pages, 1)
    window.setCentralWidget(container)
    return notice
