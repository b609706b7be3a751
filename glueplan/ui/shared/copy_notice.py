"""The notice across the top of a window (above the pages, wrapping its text to the window's
width): a second copy of glueplan on the same database file says so for as long as the other
copy is open (a server's database is meant to be open in many places, and says nothing); a
database glueplan may only read says that instead. A window whose file a restore in another
window replaced says so in red, with a button that starts glueplan again on the file now in
place: it went on showing the old file's data as current, and only its next edit was refused."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QStyle, QVBoxLayout, QWidget

from glueplan.store.location import sqlite_file
from glueplan.ui.settings.theme import ERROR_TEXT
from glueplan.ui.shared.changes_elsewhere import ChangesElsewhere, follow_changes_elsewhere
from glueplan.ui.shared.database_lock import DatabaseLock
from glueplan.ui.shared.live_workspace import LiveWorkspace
from glueplan.ui.shared.plain_text import filled
from glueplan.ui.shared.start_again import start_again


class Notice(QFrame):
    """A framed line with a warning icon and the reason (plain text: it may name a file)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.icon = QLabel()
        self._show_icon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.row = QHBoxLayout(self)
        self.row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        self.row.addWidget(self.text, 1)

    def _show_icon(self, icon: QStyle.StandardPixmap) -> None:
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_LargeIconSize)
        self.icon.setPixmap(self.style().standardIcon(icon).pixmap(size, size))


class ReadOnlyNotice(Notice):
    """Shown for as long as the window is open on a database it may only read."""

    def __init__(self, path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text.setText(self.tr(
            "This database is read-only (%1): you can look at everything, but no change can be saved. To edit it, "
            "copy the file to a folder you may write to, or ask for write permission.").replace("%1", path))


class CopyNotice(Notice):
    """Hidden while this copy holds the lock, or has yet to take it (DatabaseLock.take, once the store behind a
    first screen opens: a second copy is said up to a second or two after the window shows), unless its file was
    replaced (``elsewhere``)."""

    def __init__(self, lock: DatabaseLock, elsewhere: ChangesElsewhere, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lock, self.elsewhere = lock, elsewhere
        self.start_again_button = QPushButton(self.tr("&Start again"))
        self.start_again_button.clicked.connect(self._start_again)
        self.start_again_button.hide()
        self.row.addWidget(self.start_again_button, 0, Qt.AlignmentFlag.AlignVCenter)
        lock.changed.connect(self.follow)
        elsewhere.file_replaced.connect(self.follow)
        self.follow()

    def follow(self) -> None:
        if self.elsewhere.replaced:
            self._say_replaced()
            return
        owner = self.lock.owner
        if self.lock.other_copy and owner is not None:
            self.text.setText(filled(self.tr(
                "glueplan is already open on this database (process %1 on %2). You can work in both, but an "
                "edit made here to a session or week the other copy has changed is refused, and the program reloads. "
                "Close one of them to be sure what you see is saved."), str(owner[0]), owner[1] or "?"))
        self.setVisible(self.lock.other_copy)

    def _say_replaced(self) -> None:
        """For good: the window shows the old file, and saves nothing (Store.transaction refuses)."""
        color = ERROR_TEXT.name(self.palette())
        self.setStyleSheet(f"CopyNotice {{ border: 2px solid {color}; }} QLabel {{ color: {color}; }}")
        self._show_icon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        self.text.setText(self.tr(
            "A backup was restored into this database in another window. What this window shows is the "
            "database as it was before, and no change made here can be saved. Start glueplan again to work "
            "on the restored database."))
        self.start_again_button.show()
        self.show()

    def _start_again(self) -> None:
        start_again()
        self.window().close()


def show_copy_notice(column: QVBoxLayout, live: LiveWorkspace) -> Notice | None:
    """The notice for the window's workspace, put at the top of ``column`` (the window's, above its pages, which stay
    where they are: put in a new column around them, every page was laid out and painted again as the first screen
    came, 2-4 ms of it). Its lock belongs to the workspace, so that a window rebuilt for another language keeps the
    same lock. A read-only database takes no lock (it writes nothing, not even a lock file beside it): its window
    says it is read-only. A server's database is meant to be open in many places: no lock, no notice (None)."""
    store = live.workspace.repository.store
    if not store.read_only and sqlite_file(store.engine.url) is None:
        return None
    container = column.parentWidget()
    notice: Notice
    if store.read_only:
        notice = ReadOnlyNotice(str(store.engine.url.database), container)
    else:
        elsewhere = follow_changes_elsewhere(live)
        lock = live.findChild(DatabaseLock)
        if lock is None:
            lock = DatabaseLock(store.engine.url, live)
            if elsewhere.watch is None:  # a first screen read from the file: held once the store is open
                elsewhere.watching.connect(lock.take)
            else:
                lock.take()
        notice = CopyNotice(lock, elsewhere, container)
    column.insertWidget(0, notice)
    return notice
