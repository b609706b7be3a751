"""What a user chose for one database or one of its trainees, kept across runs (QSettings): the History tab's filter,
the Charts tab's chart, the first start's welcome closed. One group per database (and trainee): trainee 1 of another
file is someone else, and another file is another start."""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

if TYPE_CHECKING:  # the welcome asks before SQLAlchemy is imported (app/opening.py)
    from glueplan.store.database import Store


def database_group(prefix: str, address: str) -> str:
    """The group of ``prefix`` for the database at ``address`` (its URL without a password, as
    ``render_as_string(hide_password=True)`` writes it), hashed: a path's slashes would nest groups."""
    return f"{prefix}/{hashlib.sha256(address.encode()).hexdigest()[:16]}"


def database_settings(prefix: str, store: Store) -> QSettings:
    """The settings opened on the group of ``prefix`` for this database."""
    settings = QSettings()
    settings.beginGroup(database_group(prefix, store.engine.url.render_as_string(hide_password=True)))
    return settings


def trainee_settings(prefix: str, store: Store, trainee_id: int) -> QSettings:
    """The settings opened on the group of ``prefix`` for this database and trainee."""
    settings = database_settings(prefix, store)
    settings.beginGroup(str(trainee_id))
    return settings
