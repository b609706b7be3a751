"""Copies of the database file taken before anything risky, such as a schema upgrade."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

BACKUP_FOLDER = "backups"


def backup_sqlite(path: Path, reason: str) -> Path:
    """Copy a live SQLite file consistently (the online backup API, WAL included).

    The copy goes to ``backups/`` beside the file, named with the time and the reason.
    """
    folder = path.parent / BACKUP_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"{path.stem}-{stamp}-{reason}{path.suffix}"
    source = sqlite3.connect(path)
    try:
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        source.close()
    return target
