"""The user's own backups, listed by File > Restore from backup beside the copies glueplan takes:
the files File > Back up now… wrote (wherever they went, a USB stick too) and glueplan's JSON
backups in the save folder (File > Export… writes one there). A restore list without them offered
the automatic daily copy of the first start, empty, while the backup the user had made only showed
after Choose a file…."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from glueplan.store.chosen_backup import is_json_backup
from glueplan.ui.shared.saved_file import save_folder

WRITTEN_KEY = "backup/written"  # the files Back up now wrote, newest last
REMEMBERED, LISTED = 20, 6


def remember_backup(path: Path) -> None:
    written = [name for name in _written() if name != str(path)] + [str(path)]
    QSettings().setValue(WRITTEN_KEY, written[-REMEMBERED:])


def own_backup_files() -> list[Path]:
    """The newest few of the user's own backups still there, newest first (each is read whole to be listed)."""
    found: dict[Path, float] = {}
    try:
        in_folder = sorted(save_folder().glob("*.json"))
    except OSError:  # a folder that cannot be looked through (a stick pulled out)
        in_folder = []
    for path in [Path(name) for name in _written()] + in_folder:
        try:
            if path.resolve() not in found and is_json_backup(path):
                found[path.resolve()] = path.stat().st_mtime
        except OSError:  # gone while looked at
            continue
    return sorted(found, key=found.__getitem__, reverse=True)[:LISTED]


def _written() -> list[str]:
    value = QSettings().value(WRITTEN_KEY, [])
    return [value] if isinstance(value, str) else [str(name) for name in value or []]
