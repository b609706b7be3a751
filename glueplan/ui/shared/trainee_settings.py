"""What a user chose for one trainee, kept across runs (QSettings): the History tab's filter, the Charts tab's
chart. One group per database and trainee: trainee 1 of another file is someone else."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QSettings

from glueplan.store.database import Store


def trainee_settings(prefix: str, store: Store, trainee_id: int) -> QSettings:
    """The settings opened on the group of ``prefix`` for this database (its address, without a password, hashed:
    a path's slashes would nest groups) and trainee."""
    url = store.engine.url.render_as_string(hide_password=True)
    settings = QSettings()
    settings.beginGroup(f"{prefix}/{hashlib.sha256(url.encode()).hexdigest()[:16]}/{trainee_id}")
    return settings
