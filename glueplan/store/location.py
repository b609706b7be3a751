"""Which database to open: --db, then GLUEPLAN_DB, then the per-user data folder."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs
from sqlalchemy.engine import URL, make_url

DB_ENVIRONMENT_VARIABLE = "GLUEPLAN_DB"
DB_FILE_NAME = "glueplan.sqlite"


def default_database_path() -> Path:
    return platformdirs.user_data_path("glueplan", appauthor=False) / DB_FILE_NAME


def database_url(option: str | None = None) -> URL:
    """A path or an SQLAlchemy URL from the option, the environment or the default folder."""
    value = option or os.environ.get(DB_ENVIRONMENT_VARIABLE) or str(default_database_path())
    if "://" in value:
        return make_url(value)
    path = Path(value).expanduser().absolute()
    return URL.create("sqlite", database=str(path))


def sqlite_file(url: URL) -> Path | None:
    """The file behind an SQLite URL, or None for memory databases and other servers."""
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database)
