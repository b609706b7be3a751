"""Shared fixtures: every test gets its own database file and never touches the user's."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import pytest

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget
    from pytestqt.qtbot import QtBot

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from glueplan.domain.catalog import Catalog, builtin_catalog  # noqa: E402
from glueplan.store.database import Store, open_store  # noqa: E402
from glueplan.store.location import database_url  # noqa: E402
from glueplan.store.repository import Repository  # noqa: E402

REPO_ROOT = Path(__file__).resolve().parent.parent
RESOURCES = REPO_ROOT / "resources"
Shown = TypeVar("Shown", bound="QWidget")


def on_screen(qtbot: QtBot, widget: Shown, width: int, height: int) -> Shown:
    """A widget at a real size, shown and exposed (and closed after the test)."""
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture(autouse=True)
def private_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A throwaway database and data folder per test, and English unless a test says otherwise."""
    db = tmp_path / "glueplan.sqlite"
    monkeypatch.setenv("GLUEPLAN_DB", str(db))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.delenv("LANGUAGE", raising=False)
    monkeypatch.delenv("GLUEPLAN_RESOURCES", raising=False)
    return db


@pytest.fixture
def db_path(private_environment: Path) -> Path:
    return private_environment


@pytest.fixture
def catalog() -> Catalog:
    return builtin_catalog()


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    opened = open_store(database_url(str(db_path)))
    yield opened
    opened.close()


@pytest.fixture
def repository(store: Store) -> Repository:
    return Repository(store)


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    """End the test process as the app ends (see ``glueplan.cli.run``): without Python's last
    garbage collection, in which PySide6 6.12 with pyqtgraph can abort after every test passed.
    Only when pytest is the program: a caller of ``pytest.main()`` must get control back."""
    session = getattr(config, "glueplan_session", None)
    program = Path(sys.argv[0])
    is_pytest = program.name in ("pytest", "py.test") or program.parent.name == "pytest"  # or python -m pytest
    if session is not None and is_pytest and "PySide6.QtCore" in sys.modules:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(int(session.exitstatus))


def pytest_sessionfinish(session: pytest.Session) -> None:
    session.config.glueplan_session = session  # type: ignore[attr-defined]
