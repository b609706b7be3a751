"""Every menu item the README names ("File > Export…", "Edit > Undo history") is in the window's
menus under that name, in English: a renamed or missing item would send the reader looking."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from glueplan.store.repository import Repository
from tests.conftest import REPO_ROOT
from tests.ui.test_main_window import make_window

MENU_PATH = re.compile(r"\b(File|Edit|View|Programs|Help) > ([^.,;:()`]+(?:…)?)")


def _plain(text: str) -> str:
    return " ".join(text.replace("&", "").replace("…", "").split())


def items(menu: QMenu) -> list[str]:
    """The menu's items and its submenus' titles, as read (no & or …)."""
    return [_plain(action.text()) for action in menu.actions() if action.text()]


def test_every_menu_item_the_readme_names_is_there(qtbot: QtBot, repository: Repository) -> None:
    window = make_window(qtbot, repository)
    menus = {_plain(action.text()): items(action.menu()) for action in window.menuBar().actions()
             if isinstance(action.menu(), QMenu)}
    readme = " ".join((REPO_ROOT / "README.md").read_text(encoding="utf-8").split())
    named = MENU_PATH.findall(readme)
    assert len(named) >= 10
    missing = [f"{menu} > {rest.strip()}" for menu, rest in named
               if not any(_plain(rest).startswith(item) for item in menus[menu])]
    assert not missing, f"the README names menu items the window does not have: {missing}"
