"""The start-up copy of the database file (at most one a day), made beside the opened window.

A 10-year log's file (68 MB) takes 100-290 ms to copy, and the first start of a day is most starts.
SQLite's online backup runs without Python's lock (the sqlite3 module releases it around the copy), so
in a thread of its own it overlaps what follows the first screen (the store's import and opening) instead of
delaying it. It copies the file as it was when it began: a set logged meanwhile goes to the database alone.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QMessageBox

from glueplan.ui.shared.plain_text import ask

if TYPE_CHECKING:
    from glueplan.store.atomic_file import WriteFailed
    from glueplan.ui.main_window import MainWindow


class DailyBackup(QObject):
    """Takes the day's copy of ``path`` in a thread, once started; one that cannot be written is said in the main
    window of the moment, ``window()``, in its language (glueplan goes on: the database itself is fine). Not the
    window of the start: kept here, the first window, replaced by a language, theme or text size chosen, stayed alive
    for the rest of the run, and its language was said in after a switch to another."""

    _failed = Signal(object)  # the WriteFailed, from the copy's thread: queued to this object's, the window's

    def __init__(self, path: Path, window: Callable[[], MainWindow]) -> None:
        super().__init__()
        self._window = window
        self._failed.connect(self._say)
        self._thread = threading.Thread(target=self._copy, args=(path,), name="glueplan daily backup")

    def start(self) -> None:
        if self._thread.ident is None:
            self._thread.start()

    def _copy(self, path: Path) -> None:
        from glueplan.store import backup
        from glueplan.store.atomic_file import WriteFailed

        try:
            backup.daily_backup(path)
        except OSError as error:  # no room, or a folder that cannot be made
            failure = error if isinstance(error, WriteFailed) else WriteFailed(backup.backup_folder(path), error)
            self._failed.emit(failure)

    @Slot(object)
    def _say(self, failure: WriteFailed) -> None:
        window = self._window()
        ask(window, QMessageBox.Icon.Warning, "glueplan", failure.text(window.language))

    def wait(self) -> None:
        """Until the copy is written (or failed): glueplan does not leave a copy half made, nor a start without its
        copy (one not begun yet, the window closed before its first screen was still, is made now)."""
        self.start()
        self._thread.join()
