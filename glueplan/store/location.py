"""Which database to open: --db, then GLUEPLAN_DB, then the per-user data folder."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs
from sqlalchemy.engine import URL, make_url

from glueplan.store.errors import StoreError

DB_ENVIRONMENT_VARIABLE = "GLUEPLAN_DB"
DB_FILE_NAME = "glueplan.sqlite"


def default_database_path() -> Path:
    return platformdirs.user_data_path("glueplan", appauthor=False) / DB_FILE_NAME


def database_url(option: str | None = None) -> URL:
    """A path or an SQLAlchemy URL from the option, the environment or the default folder."""
    value = option if option is not None else os.environ.get(DB_ENVIRONMENT_VARIABLE) or str(default_database_path())
    if not value.strip():
        raise StoreError("store.empty_location")
    if "://" in value:
        url = make_url(value)
        if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
            url = url.set(database=str(Path(url.database).expanduser().absolute()))
        return url
    return URL.create("sqlite", database=str(Path(value).expanduser().absolute()))


def sqlite_file(url: URL) -> Path | None:
    """The file behind an SQLite URL, or None for memory databases and other servers."""
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database)
