"""Reading a history file on a worker thread of Qt's pool, so that the window stays responsive
for a long file, with progress reported and a Cancel that stops the reading between rows."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from glueplan.domain.language import Language
from glueplan.store.imports.detection import read_history
from glueplan.store.imports.record import Format, ImportCancelled, ImportRejected


class HistoryReader(QObject):
    """Reads one file at a time. Emits ``progress(done, total)`` while reading, then one of
    ``read(ParsedHistory)``, ``refused(message)`` or ``cancelled()``; signals arrive on the
    thread that made the reader (the UI's)."""

    progress = Signal(int, int)
    read = Signal(object)
    refused = Signal(str)
    cancelled = Signal()

    def __init__(self, language: Language, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self._stop = threading.Event()
        self._pool = QThreadPool(self)  # its own: waiting for it waits for this reading only
        self._pool.setMaxThreadCount(1)
        self.busy = False

    def start(self, path: Path, format: Format | None, trainee: str) -> None:
        self._stop = threading.Event()
        self.busy = True
        self._pool.start(_Reading(self, path, format, trainee, self._stop))

    def cancel(self) -> None:
        """Stop reading (within a few thousand rows); ``cancelled`` follows."""
        self._stop.set()

    def stop_and_wait(self) -> None:
        """Cancel and wait for the worker to end, so that nothing outlives a closed dialog."""
        self._stop.set()
        self._pool.waitForDone()


class _Reading(QRunnable):
    def __init__(self, reader: HistoryReader, path: Path, format: Format | None, trainee: str,
                 stop: threading.Event) -> None:
        super().__init__()
        self._reader, self._path, self._format, self._trainee, self._stop = reader, path, format, trainee, stop

    def run(self) -> None:
        reader = self._reader

        def going_on(done: int, total: int) -> bool:
            reader.progress.emit(done, total)
            return not self._stop.is_set()

        try:
            parsed = read_history(self._path, self._format, going_on, self._trainee, reader.language)
        except ImportCancelled:
            reader.busy = False
            reader.cancelled.emit()
        except ImportRejected as error:
            reader.busy = False
            reader.refused.emit(error.text(reader.language))
        else:
            reader.busy = False
            reader.read.emit(parsed)
