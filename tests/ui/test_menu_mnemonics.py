"""Each menu's Alt-letters are distinct in every language: two items on one letter make the
letter step between them instead of choosing (Alt+F, P chose nothing when Print and Export
shared the P)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from glueplan.app.workspace import Workspace
from glueplan.domain.language import Language
from glueplan.ui.application import install_translators
from glueplan.ui.main_window import MainWindow
from glueplan.ui.shared.live_workspace import LiveWorkspace

MNEMONIC = re.compile(r"&([^&\s])")


def clashes(menu: QMenu) -> list[str]:
    found: dict[str, list[str]] = {}
    for action in menu.actions():
        if action.isVisible() and not action.isSeparator() and (letter := MNEMONIC.search(action.text())):
            found.setdefault(letter.group(1).lower(), []).append(action.text())
    inside = [clash for action in menu.actions() if action.menu() is not None for clash in clashes(action.menu())]
    return inside + [f"{menu.title()}: {' / '.join(texts)}" for texts in found.values() if len(texts) > 1]


@pytest.mark.parametrize("language", list(Language))
def test_no_two_items_of_a_menu_share_a_letter(qtbot: QtBot, qapp: QApplication, workspace: Workspace,
                                               language: Language) -> None:
    install_translators(qapp, language)
    workspace.set_language(language)
    window = MainWindow(workspace.catalog, language)
    qtbot.addWidget(window)
    window.attach(LiveWorkspace(workspace, window))
    bar = window.menuBar()
    found = [clash for action in bar.actions() if action.menu() is not None for clash in clashes(action.menu())]
    titles: dict[str, list[str]] = {}
    for action in bar.actions():
        if letter := MNEMONIC.search(action.text()):
            titles.setdefault(letter.group(1).lower(), []).append(action.text())
    found += [" / ".join(texts) for texts in titles.values() if len(texts) > 1]
    assert not found
