"""Which database to open: --db, then GLUEPLAN_DB, then the per-user data folder."""

from __future__ import annotations

import os
import re
from pathlib import Path
from urllib.parse import quote
from typing import TYPE_CHECKING

import platformdirs

from glueplan.store.errors import BAD_LOCATION, StoreError

if TYPE_CHECKING:  # SQLAlchemy is imported when a URL is made: 0.13 s of a command that opens no database
    from sqlalchemy.engine import URL

DB_ENVIRONMENT_VARIABLE = "GLUEPLAN_DB"
DB_FILE_NAME = "glueplan.sqlite"


def default_database_path() -> Path:
    return platformdirs.user_data_path("glueplan", appauthor=False) / DB_FILE_NAME


def _location(option: str | None) -> str:
    """A path or an SQLAlchemy URL from the option, the environment or the default folder."""
    value = option if option is not None else os.environ.get(DB_ENVIRONMENT_VARIABLE) or str(default_database_path())
    if not value.strip():
        raise StoreError("store.empty_location")
    return value


def database_file(option: str | None = None) -> Path | None:
    """The file of the SQLite database ``database_url`` names, None for a server or memory; a path
    is read without SQLAlchemy (for a command that opens no database)."""
    file = named_file(option)
    return file if file is not None else sqlite_file(database_url(option))


def named_file(option: str | None = None) -> Path | None:
    """The file named by a path (not a URL) in the option, the environment or the default folder; None for a
    URL. Read without SQLAlchemy: a window's first screen is read from such a file before it is imported."""
    value = _location(option)
    return None if "://" in value else _absolute(value)


def database_url(option: str | None = None) -> URL:
    """A path or an SQLAlchemy URL from the option, the environment or the default folder."""
    from sqlalchemy.engine import URL, make_url
    from sqlalchemy.exc import ArgumentError

    value = _location(option)
    if "://" in value:
        try:
            url = make_url(value)
            url.get_dialect().import_dbapi()  # an unknown scheme, or a driver that is not installed
        except (ArgumentError, ImportError, ValueError) as error:
            raise BadLocation(_without_password(value), str(error)) from error
        if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
            url = url.set(database=str(_absolute(url.database)))
        return url
    return URL.create("sqlite", database=str(_absolute(value)))


def _absolute(path: str) -> Path:
    return Path(path).expanduser().absolute()


def app_database_url(option: str | None = None) -> URL:
    """The database the desktop app opens: as ``database_url``, but never one in memory,
    whose content would be lost without a word when the window closes."""
    url = database_url(option)
    if url.get_backend_name() == "sqlite" and sqlite_file(url) is None:
        raise StoreError("store.memory_refused", url=url.render_as_string(hide_password=True))
    return url


class FileUrl:
    """The URL of an SQLite file as a window uses it before SQLAlchemy is imported (app/opening.py): what
    ``sqlite_file``, ``database_name``, the lock beside the file and the last trainee's memory ask of
    SQLAlchemy's URL, rendered as it renders ``database_url``'s."""

    def __init__(self, path: Path) -> None:
        self.database = str(path)
        self.host: str | None = None
        self.port: int | None = None

    def get_backend_name(self) -> str:
        return "sqlite"

    def render_as_string(self, hide_password: bool = True) -> str:
        return "sqlite:///" + quote(self.database, safe=" +/")  # as sqlalchemy.engine.URL quotes it


class BadLocation(StoreError):
    """--db or GLUEPLAN_DB names nothing glueplan can open: a bad argument (exit 2)."""

    def __init__(self, value: str, reason: str) -> None:
        shown = value if len(value) <= 120 else value[:120] + "…"
        super().__init__(BAD_LOCATION, value=shown, reason=reason[:200])


def sqlite_file(url: URL | FileUrl) -> Path | None:
    """The file behind an SQLite URL, or None for memory databases and other servers."""
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database)


def database_name(url: URL | FileUrl) -> str:
    """The database as a window's title names it, to tell two apart: an SQLite file by its name
    ("klinik.sqlite"), a server's database by its name and host ("klinik@db.example.dk:5433"),
    never with the user or the password."""
    file = sqlite_file(url)
    if file is not None:
        return file.name
    host = f"{url.host}:{url.port}" if url.host and url.port else url.host or ""
    return "@".join(part for part in (url.database or "", host) if part) or url.get_backend_name()


def _without_password(value: str) -> str:
    """A URL as a message may show it: "user:secret@host" becomes "user:***@host"."""
    return re.sub(r"(://[^:/@]*:)[^@]*@", r"\1***@", value)
