"""The start-up copy of the database file (at most one a day), made beside the opening window.

A 10-year log's file (68 MB) takes 100-290 ms to copy, and the first start of a day is most starts.
SQLite's online backup runs without Python's lock (the sqlite3 module releases it around the copy), so
in a thread of its own it overlaps opening the workspace and filling the pages instead of delaying
them. It copies the file as it was when it began: a set logged meanwhile goes to the database alone.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from glueplan.domain.language import Language
from glueplan.ui.shared.plain_text import ask


class DailyBackup(QObject):
    """Takes the day's copy of ``path`` in a thread; one that cannot be written is said in the main window of the
    moment, ``window()`` (glueplan goes on: the database itself is fine). Not the window of the start: kept here,
    the first window, replaced by a language, theme or text size chosen, stayed alive for the rest of the run."""

    _failed = Signal(str)  # from the copy's thread: queued to this object's, the window's

    def __init__(self, path: Path, language: Language, window: Callable[[], QWidget]) -> None:
        super().__init__()
        self._window = window
        self._failed.connect(self._say)
        self._thread = threading.Thread(target=self._copy, args=(path, language), name="glueplan daily backup")
        self._thread.start()

    def _copy(self, path: Path, language: Language) -> None:
        from glueplan.store import backup
        from glueplan.store.atomic_file import WriteFailed

        try:
            backup.daily_backup(path)
        except OSError as error:  # no room, or a folder that cannot be made
            failure = error if isinstance(error, WriteFailed) else WriteFailed(backup.backup_folder(path), error)
            self._failed.emit(failure.text(language))

    @Slot(str)
    def _say(self, text: str) -> None:
        ask(self._window(), QMessageBox.Icon.Warning, "glueplan", text)

    def wait(self) -> None:
        """Until the copy is written (or failed): glueplan does not leave a copy half made."""
        self._thread.join()
